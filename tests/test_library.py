"""The message library: saved in the journal's file, reused with --message, exported and
imported as JSON, recorded with every campaign made from it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from files import SAMPLE_ROWS, write_xlsx

from esms_desktop.app.library import (
    LibraryEntry,
    LibraryError,
    MessageLibrary,
    entries_from_json,
    entries_to_json,
)
from esms_desktop.base.texts import speaking
from esms_desktop.cli.main import main
from esms_desktop.journal import Journal
from esms_desktop.journal.extra_tables import journal_path
from esms_desktop.message.spec import ParamSource

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--demo", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def library() -> MessageLibrary:
    return MessageLibrary(journal_path(demo=True))


def test_save_get_replace_delete() -> None:
    lib = library()
    zns = LibraryEntry(
        "Xác nhận đơn",
        "zalo",
        oaid="OA1",
        template_id="226012",
        params={"customer_name": ParamSource(column="Họ và tên"), "amount": ParamSource(value="0")},
    )
    lib.save(zns)
    lib.save(LibraryEntry("Cảm ơn", "cskh", ORDER, "SHOPHOA_DEMO"))
    got = lib.get("  xác nhận   ĐƠN ")  # spacing and case aside
    assert got.params == zns.params and got.template_id == "226012"
    assert lib.get("Cảm ơn").placeholders == ["Họ và tên", "Mã đơn"]
    first = lib.get("Cảm ơn").created_at
    lib.save(LibraryEntry("Cảm ơn", "cskh", "Cam on {Họ và tên}", "SHOPHOA_DEMO"))
    assert lib.get("Cảm ơn").content == "Cam on {Họ và tên}"
    assert lib.get("Cảm ơn").created_at == first
    with speaking("en"), pytest.raises(LibraryError, match="already"):
        lib.save(LibraryEntry("Cảm ơn", "cskh", "x"), replace=False)
    lib.delete("Cảm ơn")
    assert [e.name for e in lib.entries()] == ["Xác nhận đơn"]
    with pytest.raises(LibraryError) as caught:
        lib.get("Xac nhan")
    with speaking("en"):
        assert "Did you mean: Xác nhận đơn" in str(caught.value)
    with speaking("vi"):
        assert "Có phải: Xác nhận đơn" in str(caught.value)


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (LibraryEntry("", "cskh", "x"), "name"),
        (LibraryEntry("a", "sms", "x"), "no channel"),
        (LibraryEntry("a", "zalo"), "ZNS template"),
        (LibraryEntry("a", "qc", "  "), "no text"),
    ],
)
def test_entries_that_cannot_be_saved(entry: LibraryEntry, words: str) -> None:
    with speaking("en"), pytest.raises(LibraryError, match=words):
        library().save(entry)


def test_tables_are_made_on_their_own_and_leave_the_schema_version_alone() -> None:
    path = journal_path(demo=True)
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    library().save(LibraryEntry("a", "fixed", "x"))
    library().save(LibraryEntry("b", "fixed", "y"))  # the tables already there: no error
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    assert conn.execute("SELECT count(*) FROM message_library").fetchone()[0] == 2
    with Journal(demo=True) as journal:  # the journal still opens as sound
        assert journal.campaigns() == []


def test_export_then_import_reproduces_the_library(tmp_path: Path) -> None:
    lib = library()
    lib.save(LibraryEntry("Cảm ơn", "cskh", ORDER, "SHOPHOA_DEMO"))
    lib.save(
        LibraryEntry("ZNS", "zalo", oaid="O", template_id="1", params={"a": ParamSource("Tên")})
    )
    before = lib.entries()
    text = entries_to_json(before)
    for e in before:
        lib.delete(e.name)
    assert lib.import_entries(entries_from_json(text)) == 2
    after = lib.entries()
    key = [
        (e.name, e.channel, e.content, e.brandname, e.oaid, e.template_id, e.params) for e in after
    ]
    assert key == [
        (e.name, e.channel, e.content, e.brandname, e.oaid, e.template_id, e.params) for e in before
    ]
    assert [e.created_at for e in after] == [e.created_at for e in before]


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({"format": "other", "messages": []}),
        json.dumps(
            {
                "format": "esms-desktop-message-library/1",
                "messages": [{"name": "ok", "channel": "cskh", "content": "x"}, {"name": "bad"}],
            }
        ),
    ],
)
def test_a_bad_import_imports_nothing(text: str) -> None:
    with speaking("en"), pytest.raises(LibraryError, match=r"[Nn]othing was imported"):
        library().import_entries(entries_from_json(text))
    assert library().entries() == []


def test_cli_save_list_message_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    code, out, _ = cli(
        capsys, "library", "save", "Cảm ơn đơn", "--channel", "cskh",
        "--brandname", "SHOPHOA_DEMO", "--content", ORDER, "--lang", "en",
    )  # fmt: skip
    assert code == 0 and "Saved: Cảm ơn đơn" in out
    code, out, _ = cli(capsys, "library")
    assert "Cảm ơn đơn" in out and "cskh" in out
    code, direct, _ = cli(
        capsys, "check", str(path), "--channel", "cskh", "--brandname", "SHOPHOA_DEMO",
        "--content", ORDER, "--json",
    )  # fmt: skip
    code, saved, _ = cli(capsys, "check", str(path), "--message", "cảm ơn đơn", "--json")
    direct_data, saved_data = json.loads(direct), json.loads(saved)
    assert saved_data.pop("library_entry") == "Cảm ơn đơn"
    assert saved_data == direct_data
    code, out, err = cli(capsys, "send", str(path), "--message", "Cảm ơn đơn", "--yes")
    assert code in (0, 1), err
    with Journal(demo=True) as journal:
        (campaign,) = journal.campaigns()
    assert json.loads(campaign.spec_json)["library_entry"] == "Cảm ơn đơn"


def test_cli_unknown_message_and_bad_import_are_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    cli(capsys, "library", "save", "Cảm ơn", "--channel", "fixed", "--content", "x")
    code, _, err = cli(capsys, "check", str(path), "--message", "Cam on", "--lang", "en")
    assert code == 2 and "Did you mean: Cảm ơn" in err
    assert "esms-desktop check --help" in err and "usage:" not in err
    bad = tmp_path / "lib.json"
    bad.write_bytes(b"\x00\xff garbage")
    code, _, err = cli(capsys, "library", "import", str(bad), "--lang", "en")
    assert code == 2 and "not a message library" in err and "Traceback" not in err
    # A file that is not there, a folder that is not there: said in the user's words, with
    # the command line's next step; never the system's "No such file or directory".
    code, _, err = cli(capsys, "library", "import", str(tmp_path / "nope.json"))
    assert code == 2 and "Không tìm thấy file" in err and "đường dẫn trong lệnh" in err
    code, _, err = cli(capsys, "library", "export", str(tmp_path / "no" / "x.json"))
    assert code == 2 and "không có thư mục đó" in err
    assert "No such file" not in err


def test_cli_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "library", "save", "A", "--channel", "fixed", "--content", "Don {Mã đơn}")
    cli(
        capsys, "library", "save", "B", "--channel", "zalo", "--oaid", "O",
        "--template-id", "226012", "--param", "customer_name=Họ và tên",
        "--param-value", "amount=100",
    )  # fmt: skip
    out_file = tmp_path / "lib.json"
    code, out, _ = cli(capsys, "library", "export", str(out_file), "--lang", "en")
    assert code == 0 and "Exported 2 messages" in out
    cli(capsys, "library", "delete", "A")
    cli(capsys, "library", "delete", "B")
    assert "No saved messages" in cli(capsys, "library", "--lang", "en")[1]
    code, out, _ = cli(capsys, "library", "import", str(out_file), "--lang", "en")
    assert code == 0 and "Imported 2 messages" in out
    b = library().get("B")
    assert b.params == {
        "customer_name": ParamSource(column="Họ và tên"),
        "amount": ParamSource(value="100"),
    }


def test_hostile_names_never_reach_the_terminal_raw(capsys: pytest.CaptureFixture[str]) -> None:
    lib = library()
    lib.save(LibraryEntry("Khuyến mãi\x1b[2J\x1b]0;owned\x07 tháng", "fixed", "x"))
    assert [e.name for e in lib.entries()] == ["Khuyến mãi[2J]0;owned tháng"]
    # A journal written by something else may still hold one: the terminal never gets it.
    with sqlite3.connect(journal_path(demo=True)) as conn:
        conn.execute("UPDATE message_library SET name=?", ("Khuyến mãi\x1b[2J tháng",))
    code, out, err = cli(capsys, "library", "show", "Khuyến mãi tháng", "--lang", "en")
    assert code == 2 and "Did you mean" in err
    assert "\x1b" not in err + out


def test_cli_export_never_writes_over_a_file_that_is_not_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A slip of the name ("export khach-hang.xlsx") left the shop's customer list replaced
    by JSON. Only an earlier export is written over."""
    cli(capsys, "library", "save", "A", "--channel", "fixed", "--content", "Don {Mã đơn}")
    tmp_path = tmp_path / "shop"
    tmp_path.mkdir()
    customers = write_xlsx(tmp_path / "khach-hang.xlsx", SAMPLE_ROWS)
    before = customers.read_bytes()
    code, _, err = cli(capsys, "library", "export", str(customers), "--lang", "en")
    assert code == 2 and "is not a message library" in err and "left as it is" in err
    assert customers.read_bytes() == before
    notes = tmp_path / "notes.json"
    notes.write_text('{"shop": "Hoa"}', encoding="utf-8")
    assert cli(capsys, "library", "export", str(notes))[0] == 2
    assert notes.read_text(encoding="utf-8") == '{"shop": "Hoa"}'
    earlier = tmp_path / "lib.json"
    assert cli(capsys, "library", "export", str(earlier))[0] == 0
    cli(capsys, "library", "save", "B", "--channel", "fixed", "--content", "Chao {Tên}")
    assert cli(capsys, "library", "export", str(earlier), "--lang", "en")[0] == 0
    assert [e.name for e in entries_from_json(earlier.read_text("utf-8"))] == ["A", "B"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "khach-hang.xlsx",
        "lib.json",
        "notes.json",
    ]
