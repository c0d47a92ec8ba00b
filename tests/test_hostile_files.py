"""Hostile and unlucky customer files: bounded time and memory, a plain message, no customer lost.

Each file is built at test time by ``tests/hostile/make.py``. Files that could
kill the process are opened in a child process running the real command line,
so a regression shows as a failed test, not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from hostile import make
from spoken import en

from esms_desktop.base.errors import InputFileError
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.telecom.phones import PhoneProblem, normalize_phone


def run_check(path: Path, home: Path) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """``esms-desktop check`` in a child: its result, its time and its peak memory (KiB)."""
    # VmHWM, not ru_maxrss: the latter keeps the peak of the forked test process.
    script = (
        "import sys\n"
        "from esms_desktop.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "sys.stderr.write('\\nPEAK_KIB=%d' % int(peak.split()[1]))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(home)}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, "--lang", "en", "check", str(path), "--channel",
         "fixed", "--content", "Hi"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    peak = int(done.stderr.rsplit("PEAK_KIB=", 1)[-1]) if "PEAK_KIB=" in done.stderr else -1
    return done, elapsed, peak


def check_command(path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """``esms-desktop check`` as a user types it (in English), in a child."""
    return subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--lang", "en", "check", str(path),
         "--channel", "fixed", "--content", "Hi"],
        env={**os.environ, "ESMS_DESKTOP_HOME": str(home)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(
    ("builder", "words"),
    [
        (make.far_corner, "row 1,048,576 and column 16,384"),
        (make.far_column, "column"),
        (make.zip_bomb, "zip bomb"),
        (make.far_corner_hidden, "row 1,048,576 and column 16,384"),
        (make.many_rows_wide, "row 900,000 and column 512"),
        (make.repeated_shared_strings, "repeat long texts"),
        (partial(make.far_corner_as, part="xl/worksheets/x.png"), "row 1,048,576"),
        (partial(make.far_corner_as, part="xl/media/x.jpeg"), "row 1,048,576"),
        (partial(make.far_corner_as, part="[Content_Types].xml"), "row 1,048,576"),
    ],
    ids=[
        "A1-and-XFD1048576",
        "ZZZZZZ2",
        "zip-bomb",
        "tab-before-r",
        "rows-times-columns",
        "shared-strings-x-cells",
        "sheet-named-x.png",
        "sheet-named-x.jpeg",
        "sheet-named-[Content_Types]",
    ],
)
def test_crafted_xlsx_is_refused_in_bounded_time_and_memory(
    tmp_path: Path,
    builder,
    words: str,  # type: ignore[no-untyped-def]
) -> None:
    path = builder(tmp_path / "khach.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    done, elapsed, peak = run_check(path, tmp_path / "home")
    assert done.returncode == 2, done.stderr  # unreadable input, not a crash (134)
    assert "Traceback" not in done.stderr
    assert words in done.stderr
    assert elapsed < 30 and 0 < peak < 400 * 1024, (elapsed, peak)


def test_scientific_notation_is_refused_never_completed_with_zeros(tmp_path: Path) -> None:
    recipients = open_recipients(make.scientific_phones(tmp_path / "khach.csv"))
    by_name = {r.values[0]: r for r in recipients.rows}
    assert by_name["Lan"].problem is PhoneProblem.LOST_DIGITS
    assert by_name["Mai"].problem is PhoneProblem.LOST_DIGITS
    assert by_name["Đào"].phone == "0961234567"
    assert by_name["Cúc"].phone == "0912345678"  # every digit is there: kept
    assert normalize_phone(912346000.0).problem is PhoneProblem.LOST_DIGITS
    assert normalize_phone(1234570000).problem is PhoneProblem.LOST_DIGITS
    assert normalize_phone(912345678.0).number == "0912345678"
    from esms_desktop.checks.problems import phone_reason

    assert "format the phone column as Text" in en(phone_reason(PhoneProblem.LOST_DIGITS))


@pytest.mark.parametrize(
    ("builder", "line"), [(make.stray_quote, 51), (make.swallowing_quote, 51)],
    ids=["never-closed", "closed-20-lines-later"],
)  # fmt: skip
def test_a_stray_quote_refuses_the_file_naming_the_line(
    tmp_path: Path,
    builder,
    line: int,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(InputFileError) as refused:
        open_recipients(builder(tmp_path / "khach.csv"))
    assert f"line {line}" in refused.value.message


def test_quoted_notes_over_several_lines_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "khach.csv"
    path.write_text(
        'Tên,Số điện thoại,Ghi chú\nLan,0961234561,"Giao sáng\ngọi trước, để ở cổng"\n'
        "Mai,0961234562,\n",
        encoding="utf-8",
    )
    recipients = open_recipients(path)
    assert [r.phone for r in recipients.rows] == ["0961234561", "0961234562"]


def test_an_over_long_field_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as refused:
        open_recipients(make.long_field(tmp_path / "khach.csv"))
    assert "line 2" in refused.value.message and "too long" in refused.value.message


def test_a_huge_csv_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "khach.csv"
    with path.open("wb") as f:  # sparse: no disk space used
        f.write(b"Ten,So dien thoai\n")
        f.truncate(3 * 1024**3)
    with pytest.raises(InputFileError) as refused:
        open_recipients(path)
    assert refused.value.reason is not None and "too large" in en(refused.value.reason)


def test_a_message_of_65000_characters_is_refused_per_row_not_a_traceback(
    tmp_path: Path,
) -> None:
    from esms_desktop.checks import run_checks
    from esms_desktop.message.spec import CampaignSpec
    from esms_desktop.simulator import EsmsSimulator, demo_client

    path = tmp_path / "khach.csv"
    path.write_text("Tên,Số điện thoại\nLan,0961234561\n", encoding="utf-8")
    client = demo_client(EsmsSimulator())
    spec = CampaignSpec(channel="fixed", content="Chào {Tên} " + "x" * 65_000)
    report = run_checks(open_recipients(path), spec, client=client)  # type: ignore[arg-type]
    assert not report.sendable
    assert any(p.code == "too_long" and p.rows == (2,) for p in report.problems)
    # Asked directly, the estimate is refused locally, with no traceback.
    from esms_desktop.base.errors import ApiError

    with pytest.raises(ApiError):
        client.estimate_customer_care("0961234561", "x" * 80_000, "")  # type: ignore[attr-defined]


def test_the_cost_scan_finds_every_reference_whatever_the_chunk_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from esms_desktop.importing import limits

    sheet = (
        b"<sheetData>"
        + b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>' * 40
        + b'<row r="7"><c\nr="C77"/><c r="B5" t="s"><v>1</v></c></row>'
        + b'<row r="8"><c r="AB12"/></row>'
        + b"</sheetData>"
    )  # fmt: skip
    long_tag = sheet.replace(b'<c r="AB12"', b"<c" + b" " * 5000 + b'r="AB12"')
    for size in (7, 10, 64, 1000, 1 << 20):
        monkeypatch.setattr(limits, "_CHUNK", size)
        used = limits._scan_sheet(io.BytesIO(sheet))
        assert (used.rows, used.columns) == (77, 28), size
        assert used.shared_cells >= 41
        # A tag too long to measure is not measured: that sheet is read in a child.
        with pytest.raises(limits.OddSheet):
            limits._scan_sheet(io.BytesIO(long_tag))


def test_a_far_cell_in_the_last_chunk_of_a_part_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part larger than a chunk is scanned a chunk at a time: every chunk is scanned."""
    from esms_desktop.importing import limits

    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 20_001))
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    monkeypatch.setattr(limits, "_CHUNK", 64 * 1024)
    assert limits.check_xlsx(make.xlsx(tmp_path / "ok.xlsx", make._sheet(rows))) is True
    with pytest.raises(InputFileError, match="row 1,048,576 and column 16,384"):
        limits.check_xlsx(make.xlsx(tmp_path / "far.xlsx", make._sheet(rows + far)))


#: A far cell hidden by white space other than a space (which the reader accepts
#: between attributes) or by a second reference, in a chunk that has such white space and
#: in one that has none.
FAR_BEHIND_WHITE_SPACE = {
    "tab-before-second-r": b'<c r="A2" s="0"\tr="ZZ200000"><v>1</v></c>',
    "line-break-before-r": b'<c\nr="ZZ200000"><v>1</v></c>',
    "tab-before-t": b'<c\tt="n" r="ZZ200000"><v>1</v></c>',
    "line-break-around-equals": b'<c r\n=\n"ZZ200000"><v>1</v></c>',
    "second-r": b'<c r="A2" s="0" r="ZZ200000"><v>1</v></c>',
    "second-r-after-a-quote": b'<c r="A2"r="ZZ200000"><v>1</v></c>',
    "second-r-spaced-after-a-quote": b'<c r="A2" s="0"r = "ZZ200000"><v>1</v></c>',
    "r-without-quotes-after-row": b'<row r="2" r="9"><c r="ZZ200000"/></row>',
}


@pytest.mark.parametrize(
    "cell", list(FAR_BEHIND_WHITE_SPACE.values()), ids=list(FAR_BEHIND_WHITE_SPACE)
)
def test_a_far_cell_behind_white_space_is_found_or_not_measured(cell: bytes) -> None:
    import io

    from esms_desktop.importing import limits

    plain = b'<row r="1"><c r="A1" t="n"><v>1</v></c></row>' * 300  # past the tail's guess
    for sheet in (plain + cell + plain, plain + b"\n" + cell + plain):
        try:
            used = limits._scan_sheet(io.BytesIO(sheet))
        except limits.OddSheet:
            continue  # read in a child instead
        assert (used.rows, used.columns) == (200_000, 702), cell


def test_rows_out_of_order_cannot_make_the_scan_slow() -> None:
    import io
    import time

    from esms_desktop.importing import limits

    # Ascending rows, then a tail of small ones: a naive "find a larger row" loop
    # would step through every row.
    sheet = b"".join(b'<row><c r="A%d"/></row>' % i for i in range(1, 200_001))
    sheet += b'<row><c r="A1"/></row>' * 1000
    started = time.perf_counter()
    used = limits._scan_sheet(io.BytesIO(sheet))
    assert used.rows == 200_000 and time.perf_counter() - started < 2


#: Cells the reader places far away, written in ways a scan for ``<c r="A1"`` misses.
ODD_FAR_CELLS = {
    "single-quotes": "<row r='2'><c r='ZZ200000'><v>1</v></c></row>",
    "spaces-around-equals": '<row r="2"><c r = "ZZ200000"><v>1</v></c></row>',
    "second-r": '<row r="2"><c r="A2" s="0" r="ZZ200000"><v>1</v></c></row>',
    "second-r-after-a-quote": '<row r="2"><c r="A2"r="ZZ200000"><v>1</v></c></row>',
    "second-r-after-a-single-quote": "<row r='2'><c r='A2' s='0'r='ZZ200000'><v>1</v></c></row>",
    "lower-case": '<row r="2"><c r="zz200000"><v>1</v></c></row>',
    "prefixed": '<row r="2"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" r="ZZ200000"><x:v>1</x:v></x:c></row>',
    "no-reference": '<row r="200000">' + "<c/>" * 3000 + "<c><v>1</v></c></row>",
}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("cells", list(ODD_FAR_CELLS.values()), ids=list(ODD_FAR_CELLS))
def test_cells_written_oddly_are_read_in_a_child_that_may_die(tmp_path: Path, cells: str) -> None:
    """Each of these made the reader ask for gigabytes in the app's own process."""
    from esms_desktop.importing.limits import check_xlsx

    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>SĐT</t></is></c></row>'
    path = make.xlsx(tmp_path / "khach.xlsx", make._sheet(first + cells))
    assert check_xlsx(path) is False  # not measured: read in a child
    done, elapsed, peak = run_check(path, tmp_path / "home")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "memory allocation" not in done.stderr
    assert "could not be read" in done.stderr or "more than this app reads" in done.stderr
    assert elapsed < 60 and 0 < peak < 400 * 1024, (elapsed, peak)


def test_a_small_oddly_written_file_is_still_read(tmp_path: Path) -> None:
    cells = (
        "<row r='1'><c r='A1' t='inlineStr'><is><t>SĐT</t></is></c></row>"
        "<row r='2'><c r='a2' t='inlineStr'><is><t>0912345678</t></is></c></row>"
    )
    path = make.xlsx(tmp_path / "khach.xlsx", make._sheet(cells))
    recipients = open_recipients(path)
    assert [r.phone for r in recipients.ready] == ["0912345678"]


#: Shared-string tables whose tag claims more strings than they hold, however written.
BIG_STRING_TABLES = {
    "plain": '<sst uniqueCount="4000000000">',
    "prefixed-single-quotes": "<x:sst xmlns:x='u' count='2' uniqueCount = '4000000000'>",
    "an-entity-for-a-digit": '<sst uniqueCount="&#52;000000000">',
    "a-quoted-gt-before-it": '<sst xmlns:a="1>2" uniqueCount="4000000000">',
    "a-tag-longer-than-a-chunk-cuts": "<sst" + " " * 5000 + 'uniqueCount="4000000000">',
    "a-second-table-tag": '<sst uniqueCount="2"><si><t>a</t></si></sst><sst uniqueCount="4000000000">',
}


@pytest.mark.parametrize("tag", list(BIG_STRING_TABLES.values()), ids=list(BIG_STRING_TABLES))
def test_a_string_table_that_claims_billions_is_not_read_here(tmp_path: Path, tag: str) -> None:
    from esms_desktop.importing.limits import check_xlsx

    assert check_xlsx(make.string_table(tmp_path / "khach.xlsx", tag)) is False


def test_an_honest_string_table_is_still_read_here(tmp_path: Path) -> None:
    from esms_desktop.importing.limits import check_xlsx

    path = make.string_table(tmp_path / "khach.xlsx", '<sst count="2" uniqueCount="2">')
    assert check_xlsx(path) is True
    assert [r.phone for r in open_recipients(path).ready] == ["0912345678"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_string_table_that_claims_billions_is_a_message_not_a_dead_app(tmp_path: Path) -> None:
    """A 600-byte file made the command abort (exit 134) with the reader's backtrace."""
    done, elapsed, peak = run_check(make.string_table(tmp_path / "khach.xlsx"), tmp_path / "home")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "memory allocation" not in done.stderr
    assert "could not be read" in done.stderr
    assert elapsed < 60 and 0 < peak < 400 * 1024, (elapsed, peak)


@pytest.mark.parametrize(
    ("builder", "code", "words"),
    [(make.damaged_sheet_data, 2, "is damaged"), (make.nameless_part, 0, "1 ready")],
    ids=["damaged-packed-data", "a-part-without-a-name"],
)
def test_a_damaged_zip_is_not_read_here_and_is_not_a_traceback(
    tmp_path: Path,
    builder,  # type: ignore[no-untyped-def]
    code: int,
    words: str,
) -> None:
    """zipfile raised zlib.error or IndexError out of the scan: the command printed a
    traceback. A part that cannot be unpacked was not measured, so the file is read in a
    child, which says what the reader says of it (damaged), or reads it."""
    from esms_desktop.importing.limits import check_xlsx

    path = builder(tmp_path / "khach.xlsx")
    assert check_xlsx(path) is False
    done = check_command(path, tmp_path / "home")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, done.stdout + done.stderr
    assert words in done.stdout + done.stderr


def test_a_cell_the_reader_panics_on_is_a_damaged_file_not_a_traceback(tmp_path: Path) -> None:
    """The reader's Rust code panicked on a date -1e308 days away; pyo3 raises that as a
    BaseException, which the reader's ``except Exception`` let through to a traceback."""
    path = make.date_out_of_range(tmp_path / "khach.xlsx")
    with pytest.raises(InputFileError, match="damaged"):
        open_recipients(path)
    done = check_command(path, tmp_path / "home")
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "The file is damaged or is not a spreadsheet" in done.stderr
