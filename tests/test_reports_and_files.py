"""Reports are safe to open in Excel, and no file the app writes holds the API keys."""

from __future__ import annotations

import csv
import logging
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from engine_helpers import phones
from files import write_text, write_xlsx

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.logs import setup_logging
from esms_desktop.app.settings import Settings
from esms_desktop.base.errors import ReportPathError
from esms_desktop.base.texts import set_front, set_language, speaking
from esms_desktop.journal import Journal
from esms_desktop.reports.campaign_report import csv_safe, report_rows, write_report
from esms_desktop.sending import Sender
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    SimulatorTransport,
)

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3", "@SUM(A1:A2)",
           "\tTAB", "\rCR", "=1+1"]  # fmt: skip


def sent_campaign(tmp_path: Path, journal: Journal, rows: list[list[str]] | None = None) -> int:
    """A campaign of ``rows`` (by default the :data:`HOSTILE` cells) sent to the simulator."""
    sim = EsmsSimulator()
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
    )
    if rows is None:
        rows = [["Tên", "Số điện thoại", "Ghi chú"]]
        rows += [[name, p, name] for name, p in zip(HOSTILE, phones(len(HOSTILE)), strict=True)]
        rows.append(["=cmd|' /C calc'!A0", "=0961234567", "bad"])
    from esms_desktop.checks import run_checks
    from esms_desktop.message.spec import CampaignSpec
    from esms_desktop.recipients.recipient_list import open_recipients
    from esms_desktop.sending import create_campaign

    # Text cells that look like formulas, as a CSV export or a text-formatted column gives them.
    recipients = open_recipients(write_text(tmp_path / "hostile.csv", rows))
    report = run_checks(recipients, CampaignSpec("fixed", content="Chao {Tên}"))
    cid = create_campaign(journal, report)
    Sender(journal, client, cid).run()
    return cid


def test_xlsx_report_from_hostile_cells_has_no_formula(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    with speaking("en"):
        path = write_report(journal, cid, tmp_path / "report.xlsx")
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    values = [c.value for row in ws.iter_rows() for c in row]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    for text in HOSTILE:
        assert text.strip() in values  # shown as the text the user typed (trimmed on import)
    assert ws.cell(1, 1).value == "Row" and "State" in values


def test_csv_report_neutralises_formulas_and_has_a_bom(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    with speaking("vi"):
        path = write_report(journal, cid, tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    cells = [c for row in rows for c in row]
    # Only the app's own ="0912345678" (digits, kept as text for Excel) starts with "=".
    kept = [c for c in cells if re.fullmatch(r'="[0-9/: -]+"', c)]
    assert kept and not any(
        c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells if c not in kept
    )
    assert '\'=HYPERLINK("http://evil.example","click")' in cells
    assert rows[0][0] == "Dòng"


def test_csv_keeps_phones_codes_and_times_as_typed_and_reads_back(tmp_path: Path) -> None:
    """A .csv report opened in Excel showed 0912345678 as 912345678 and the order code 00123
    as 123 (the .xlsx kept them): such cells are written ="0912345678", which Excel shows as
    the text inside, and which the app reads back as a customer list the same."""
    journal = Journal(tmp_path / "j.sqlite3")
    numbers = phones(3)
    rows = [["Tên", "Số điện thoại", "Mã đơn", "Giảm"]]
    rows += [["Lan", p, f"00{123 + i}", "-10%"] for i, p in enumerate(numbers)]
    cid = sent_campaign(tmp_path, journal, rows)
    with speaking("en"):
        path = write_report(journal, cid, tmp_path / "report.csv")
    text = path.read_text("utf-8-sig")
    raw = list(csv.reader(text.splitlines()))
    header = raw[0]
    first = raw[1]
    assert first[header.index("Số điện thoại")] == f'="{numbers[0]}"'
    assert first[header.index("Mã đơn")] == '="00123"'
    assert first[header.index("Phone")] == f'="{numbers[0]}"'
    assert first[header.index("Giảm")] == "-10%"  # a discount reads as written, as before
    # Excel would retype these: each is kept as text.
    for value in ("0912345678", "00123", "841234567890", "12E45", "07/12/2026 20:33", "1-2"):
        assert csv_safe(value) == f'="{value}"', value
    for value in ("123", "100234", "Lan", "12.5", "0", "-10%"):
        assert csv_safe(value) == value, value
    # Imported back as a customer list: the same numbers and codes.
    from esms_desktop.recipients.recipient_list import open_recipients

    back = open_recipients(path)
    assert [r.phone for r in back.ready] == numbers
    code = back.columns.index("Mã đơn")
    assert [r.value(code) for r in back.ready] == ["00123", "00124", "00125"]


def test_times_read_as_the_window_shows_them_in_vietnam_time(tmp_path: Path) -> None:
    """The report wrote `2026-12-07 20:33:25` where the window shows `07/12/2026 20:33`, and
    did not say whose clock: Vietnam time now, said in the header; the .xlsx holds real
    Excel date-times shown dd/mm/yyyy hh:mm, the .csv the text the window shows (kept as
    text: Excel would read 07/12 as 12 July on a Windows set to the United States)."""
    from esms_desktop.base.vntime import vietnam_time

    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal, [["Tên", "Số điện thoại"], ["Lan", phones(1)[0]]])
    sent_at = journal.messages(cid)[0].sent_at
    assert sent_at is not None
    shown = vietnam_time(sent_at).strftime("%d/%m/%Y %H:%M")
    with speaking("en"):
        header, rows = report_rows(journal, cid)
        xlsx = write_report(journal, cid, tmp_path / "r.xlsx")
        text = write_report(journal, cid, tmp_path / "r.csv").read_text("utf-8-sig")
    column = header.index("Sent at (Vietnam time)")
    assert "Scheduled for (Vietnam time)" in header
    assert rows[0][column] == shown
    csv_rows = list(csv.reader(text.splitlines()))
    assert csv_rows[1][column] == f'="{shown}"'
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    cell = sheet.cell(2, column + 1)
    assert cell.is_date and cell.number_format == "dd/mm/yyyy hh:mm"
    assert abs(cell.value - vietnam_time(sent_at).replace(tzinfo=None)).total_seconds() < 1
    with speaking("vi"):
        header, _ = report_rows(journal, cid)
    assert "Giờ gửi (giờ Việt Nam)" in header and "Hẹn gửi lúc (giờ Việt Nam)" in header
    # python-calamine reads the same date-time (the app's own reader of workbooks).
    from python_calamine import CalamineWorkbook

    with xlsx.open("rb") as f:
        value = CalamineWorkbook.from_filelike(f).get_sheet_by_index(0).to_python()[1][column]
    assert value.strftime("%d/%m/%Y %H:%M") == shown


def test_a_report_saved_before_the_time_headers_changed_may_be_replaced(tmp_path: Path) -> None:
    """The time columns gained "(Vietnam time)": a report saved before is still one of
    ours (saved over, not refused as "not a report of this app"); a customer list is not."""
    from esms_desktop.reports.campaign_report import check_report_path

    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal, [["Tên", "Số điện thoại"], ["Lan", phones(1)[0]]])
    with speaking("en"):
        path = write_report(journal, cid, tmp_path / "old.csv")
        text = path.read_text("utf-8-sig").replace(" (Vietnam time)", "")
        path.write_text(text, "utf-8-sig")
        assert check_report_path(path) == path
        path.write_text(text.replace("What to do", "Notes"), "utf-8-sig")
        with pytest.raises(ReportPathError):
            check_report_path(path)


def test_bidi_and_c1_controls_from_the_file_are_shown_not_obeyed(tmp_path: Path) -> None:
    """A U+202E in a cell showed the rest of it backwards in the report ("0912345678" read
    "8765432190"), and an 8-bit CSI (U+009B) reached the CSV raw: shown as [U+...] now, in
    the cells and in the file's own column names, in both formats."""
    journal = Journal(tmp_path / "j.sqlite3")
    number = phones(1)[0]
    rows = [["Tên\u202e", "Số điện thoại", "Ghi chú"],
            ["Lan \u202e" + number, number, "a\x9b31mb \u2067x\u2069"]]  # fmt: skip
    cid = sent_campaign(tmp_path, journal, rows)
    shown = ["Tên[U+202E]", f"Lan [U+202E]{number}", "a[U+009B]31mb [U+2067]x[U+2069]"]
    with speaking("en"):
        sheet = openpyxl.load_workbook(write_report(journal, cid, tmp_path / "r.xlsx")).active
        text = write_report(journal, cid, tmp_path / "r.csv").read_text("utf-8-sig")
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert all(s in cells for s in shown), cells
    assert all(s in text for s in shown), text
    for raw in ("\u202e", "\x9b", "\u2067", "\u2069"):
        assert not any(raw in c for c in cells) and raw not in text


def test_the_explanation_and_next_step_wrap_in_the_xlsx(tmp_path: Path) -> None:
    """They were cut at the next column: a row left out showed "Phone number not usable:
    too sh" unless the cell was clicked."""
    journal = Journal(tmp_path / "j.sqlite3")
    rows = [["Tên", "Số điện thoại", "Ghi chú"], ["Lan", phones(1)[0], "x"], ["Hoa", "12345", "y"]]
    cid = sent_campaign(tmp_path, journal, rows)
    with speaking("en"):
        sheet = openpyxl.load_workbook(write_report(journal, cid, tmp_path / "r.xlsx")).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    wraps = {
        str(header[c.column - 1]) for row in sheet.iter_rows(min_row=2) for c in row
        if c.alignment.wrap_text
    }  # fmt: skip
    assert wraps == {"Explanation", "What to do"}
    said = [str(r[header.index("What to do")].value) for r in sheet.iter_rows(min_row=2)]
    assert any(len(s) > 60 for s in said), said  # longer than the widest column


def test_csv_safe() -> None:
    assert csv_safe("=1") == "'=1" and csv_safe("+84") == "'+84" and csv_safe("abc") == "abc"
    # A discount reads as typed; anything more than a number is still neutralised.
    assert [csv_safe(v) for v in ("-10%", "-5", "-2,5%", "-0.5")] == ["-10%", "-5", "-2,5%", "-0.5"]
    for risky in ("-2+3", "-1+cmd|' /C calc'!A0", "-10%\n=1", "-A1", "-", "-10%x"):
        assert csv_safe(risky) == "'" + risky


def test_no_file_the_app_writes_contains_the_keys(
    tmp_path: Path, app_home: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    """Journal, settings, logs and reports, after a real send through the command line."""
    key, secret = "APIKEY-FILECANARY-1f2e", "SECRET-FILECANARY-9a8b"
    sim = EsmsSimulator()
    from esms_desktop.simulator import demo_account

    account = demo_account()
    account.api_key, account.secret_key = key, secret
    sim.accounts = {key: account}
    setup_logging(logging.DEBUG)
    Settings(profiles=["shop"], active_profile="shop").save()
    customers = write_xlsx(tmp_path / "c.xlsx", [["SĐT", "Tên"], *[[p, "Lan"] for p in phones(5)]])
    with SimulatorServer(sim) as server:
        env = {
            **os.environ,
            "ESMS_API_URL": server.base_url,
            "ESMS_API_KEY": key,
            "ESMS_SECRET_KEY": secret,
            "ESMS_DESKTOP_HOME": str(app_home),
        }
        for args in (
            [
                "send",
                str(customers),
                "--channel",
                "cskh",
                "--brandname",
                DEMO_CSKH_BRAND,
                "--content",
                "Cam on {Tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la 1.",
                "--yes",
                "--report",
                str(app_home / "r.xlsx"),
            ],
            ["report", "1", "--out", str(app_home / "r.csv")],
            ["status", "1"],
            ["history"],
            ["balance"],
        ):
            result = subprocess.run(
                [sys.executable, "-m", "esms_desktop", *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert result.returncode == 0, result.stdout + result.stderr
            assert key not in result.stdout + result.stderr
            assert secret not in result.stdout + result.stderr
        # The in-process logger too, at DEBUG, with httpx on.
        client = EsmsClient(Credentials(key, secret), server.base_url)
        client.get_brandnames()
        client.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = [p for p in app_home.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"journal.sqlite3", "settings.json", "esms-desktop.log", "r.xlsx", "r.csv"} <= names
    for path in written:
        data = path.read_bytes()
        for blob in [data, *_unzipped(path)]:
            assert key.encode() not in blob and secret.encode() not in blob, path


def _unzipped(path: Path) -> list[bytes]:
    if not zipfile.is_zipfile(path):
        return []
    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in z.namelist()]


def test_undelivered_messages_are_explained_in_the_report(tmp_path: Path) -> None:
    from engine_helpers import campaign, phones

    from esms_desktop.sending.status import refresh_delivery
    from esms_desktop.simulator.service import fails_delivery

    later = [0.0]
    sim = EsmsSimulator(status_delay=0, clock=lambda: time.time() + later[0])
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
    )
    journal = Journal(tmp_path / "j.sqlite3")
    numbers = phones(60)
    cid = campaign(tmp_path, journal, client, numbers, "fixed")
    Sender(journal, client, cid).run()
    later[0] = sim.records_lag  # eSMS has them on record
    refresh_delivery(journal, client, cid)
    with speaking("en"):
        header, rows = report_rows(journal, cid)
    failed = [r for r in rows if r[header.index("Delivery")] == "Not delivered"]
    assert len(failed) == sum(fails_delivery(p) for p in numbers) > 0
    assert all("could not deliver" in r[header.index("Explanation")] for r in failed)
    assert all("Send to failures again" in r[header.index("What to do")] for r in failed)
    # The command line's report of campaign N names N where its next step runs a command
    # (it said "esms-desktop report CAMPAIGN_NUMBER --out report.xlsx"; now "retry N").
    with speaking("en"):
        set_front("command")
        try:
            header, rows = report_rows(journal, cid)
        finally:
            set_front("window")
    steps = {r[header.index("What to do")] for r in rows if r[header.index("What to do")]}
    assert steps and all("CAMPAIGN_NUMBER" not in step for step in steps), steps
    assert any(f"esms-desktop retry {cid}" in step for step in steps), steps


def test_the_xlsx_writer_keeps_every_text_as_typed_and_excel_can_hold_it(tmp_path: Path) -> None:
    """Read back with openpyxl and python-calamine: each cell the text written, as text."""
    import xml.etree.ElementTree as ET

    from python_calamine import CalamineWorkbook

    from esms_desktop.reports.xlsx_text import MAX_CELL_CHARS, write_text_table

    texts = ["=1+1", "+84912345678", "-5", "@SUM(A1)", "a & b <c> ]]> \"q\" 'a'", "  x  ",
             "dòng 1\ndòng 2", "a\r\nb", "Chúc mừng 😀", "", "0961234567", "1e5"]  # fmt: skip
    odd = {"tab\x0bbed": "tab[U+000B]bed", "half \ud800": "half [U+D800]", "\ufffe": "[U+FFFE]"}
    long = "x" * (MAX_CELL_CHARS + 10)
    header = ["Dòng", "Ghi chú", "Ô khác"]
    rows = [[str(i), text, ""] for i, text in enumerate([*texts, *odd, long])]
    path = tmp_path / "t.xlsx"
    write_text_table(path, 'Báo cáo "1"', header, rows)
    expected = [[str(i), text, ""] for i, text in enumerate([*texts, *odd.values()])]
    expected.append([str(len(expected)), "x" * (MAX_CELL_CHARS - 1) + "…", ""])

    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            ET.fromstring(package.read(name))  # every part is well-formed XML
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None and sheet.title == 'Báo cáo "1"'
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == header and all(c.font.b for c in sheet[1])
    got = [[c.value or "" for c in row] for row in sheet.iter_rows(min_row=2)]
    assert got == expected
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row if c.value)
    assert not any(c.font.b for row in sheet.iter_rows(min_row=2) for c in row)
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [[str(v) for v in row] for row in calamine] == [header, *expected]


def test_a_report_that_cannot_be_saved_says_so_and_leaves_no_part_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from esms_desktop.app.user_text import for_error
    from esms_desktop.base.errors import ReportWriteError

    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    # Two saves of the same report at once (a double click): each writes its own file.
    set_language("en")  # the window's language, spoken by its workers
    saves = [threading.Thread(target=write_report, args=(journal, cid, target))
             for _ in range(2)]  # fmt: skip
    for t in saves:
        t.start()
    for t in saves:
        t.join()
    assert openpyxl.load_workbook(target).active.cell(1, 1).value == "Row"  # type: ignore[union-attr]
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]

    def refused(self: Path, other: Path) -> Path:  # Windows, while Excel has the file open
        raise PermissionError(13, "The process cannot access the file", str(other))

    monkeypatch.setattr(Path, "replace", refused)
    with pytest.raises(ReportWriteError) as caught:
        write_report(journal, cid, target)
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]
    message = for_error(caught.value)
    assert message.title == "The report was not saved" and "open in Excel" in message.text
    # Said of the report the user named, never of the temporary ".part" file, and no
    # English exception text.
    assert ".part" not in message.as_text() and "Error" not in message.as_text()


def test_a_report_path_error_blames_what_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit: a read-only file was blamed on its (writable) folder; a file that cannot
    be created showed FileNotFoundError with the '.part' path."""
    from esms_desktop.app.user_text import for_error
    from esms_desktop.base.errors import ReportPathError, ReportWriteError

    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    locked = tmp_path / "ro.csv"
    write_report(journal, cid, locked)  # an earlier report of this app
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != locked and real_access(p, mode))
    with pytest.raises(ReportPathError) as caught, speaking("vi"):
        write_report(journal, cid, locked)
    with speaking("vi"):
        said = for_error(caught.value).as_text()
    assert "chỉ cho đọc" in said and "thư mục" not in said.split("\n")[1], said
    assert "Chưa gửi tin nào" not in said  # nothing was being sent: this is `report`
    monkeypatch.undo()

    def cannot_create(self: Path, *args: object, **kwargs: object) -> object:
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "open", cannot_create)
    with pytest.raises(ReportWriteError) as failed:
        write_report(journal, cid, tmp_path / "x.csv")
    with speaking("vi"):
        said = for_error(failed.value).as_text()
    assert "Không tạo được file báo cáo" in said, said
    assert ".part" not in said and "FileNotFoundError" not in said and "No such" not in said


def test_a_report_never_overwrites_the_customer_list_or_another_file(tmp_path: Path) -> None:
    """Found from the command line: `send shop.xlsx ... --report shop.xlsx` replaced the
    workbook (its bookkeeping sheet was gone), and `report 3 --out list.csv` replaced the
    list of another campaign. A report of this app may be written again."""
    from esms_desktop.base.errors import ReportPathError

    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    book = openpyxl.Workbook()
    book.active.append(["Tên", "SĐT"])
    book.create_sheet("SoSach").append(["Thu", "Chi"])
    shop = tmp_path / "shop.xlsx"
    book.save(shop)
    for target in (shop, tmp_path / "hostile.csv"):
        before = target.read_bytes()
        with pytest.raises(ReportPathError) as refused, speaking("en"):
            write_report(journal, cid, target)
        assert target.read_bytes() == before
        with speaking("en"):
            assert "is not a report of this app" in str(refused.value.reason)
    for name in ("r.xlsx", "r.csv"):
        for lang in ("vi", "en"):  # written again, in either language
            with speaking(lang):
                write_report(journal, cid, tmp_path / name)
