"""A .csv report is split where Excel on this computer splits it.

Excel opens a .csv at Windows' list separator, ";" on a Windows whose decimal mark is a
comma: a comma report opened there as one column of whole lines (the tenth pass left it
unverified). The report is written with the computer's separator now, recognised as a
report of this app whatever it was written with, and read back by the app the same.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from engine_helpers import phones
from files import write_text
from test_reports_and_files import sent_campaign

from esms_desktop.base.errors import ReportPathError
from esms_desktop.base.texts import speaking
from esms_desktop.journal import Journal
from esms_desktop.reports import campaign_report
from esms_desktop.reports.campaign_report import write_report
from esms_desktop.reports.csv_separator import excel_list_separator


def _windows(value: str) -> str:
    return excel_list_separator("win32", lambda: value)


def test_the_separator_is_windows_list_separator_and_a_comma_elsewhere() -> None:
    assert _windows(";") == ";"
    assert _windows(",") == ","
    assert _windows("\t") == "\t"
    # A setting no program would read back as meant: the comma.
    for odd in ("", "ab", '"', "x", ";;"):
        assert _windows(odd) == ",", odd

    def missing() -> str:
        raise FileNotFoundError(2, "The system cannot find the file specified")

    assert excel_list_separator("win32", missing) == ","
    for platform in ("darwin", "linux"):
        assert excel_list_separator(platform, lambda: ";") == ","


def test_a_report_follows_the_computer_and_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    numbers = phones(3)
    rows = [["Tên", "Số điện thoại", "Mã đơn", "Ghi chú"]]
    rows += [["Lan", p, f"00{123 + i}", "giao chiều, gọi trước"] for i, p in enumerate(numbers)]
    cid = sent_campaign(tmp_path, journal, rows)
    path = tmp_path / "report.csv"
    monkeypatch.setattr(campaign_report, "excel_list_separator", lambda: ";")
    with speaking("vi"):
        write_report(journal, cid, path)
    text = path.read_text("utf-8-sig")
    table = list(csv.reader(text.splitlines(), delimiter=";"))
    header, first = table[0], table[1]
    assert header[0] == "Dòng" and len(header) > 8, header
    assert all(len(row) == len(header) for row in table)
    assert first[header.index("Số điện thoại")] == f'="{numbers[0]}"'
    assert first[header.index("Ghi chú")] == "giao chiều, gọi trước"  # its comma is text
    # The app reads it back as a customer list: the same numbers, codes and notes.
    from esms_desktop.recipients.recipient_list import open_recipients

    back = open_recipients(path)
    assert [r.phone for r in back.ready] == numbers
    code, note = back.columns.index("Mã đơn"), back.columns.index("Ghi chú")
    assert [r.value(code) for r in back.ready] == ["00123", "00124", "00125"]
    assert {r.value(note) for r in back.ready} == {"giao chiều, gọi trước"}
    # A report of this app, whichever separator wrote it: saved over, in either language.
    with speaking("en"):
        write_report(journal, cid, path, separator=",")
    assert path.read_text("utf-8-sig").startswith("Row,")
    write_report(journal, cid, path, separator=";")


def test_a_semicolon_customer_list_is_still_not_a_report(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    cid = sent_campaign(tmp_path, journal)
    shop = write_text(
        tmp_path / "khach.csv", [["Tên", "SĐT"], ["Lan", phones(1)[0]]], delimiter=";"
    )
    before = shop.read_bytes()
    with pytest.raises(ReportPathError), speaking("en"):
        write_report(journal, cid, shop, separator=";")
    assert shop.read_bytes() == before
