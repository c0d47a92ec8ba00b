"""Rows kept out of sight and padded numbers in the formats other than a measured .xlsx.

An .xlsx read in this process holds hidden rows back and shows a number as its format
pads it (``0000000000``: a phone typed as a number, ``00000``: an order code). The same
lists saved as .ods, or as an .xlsx written in a way the size scan does not measure (read
in a child process), sent the hidden rows' customers and "Ma don 123" for "00123"; an
.xls cannot say either, and the check says so before anything is sent.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from odf.number import Number, NumberStyle
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style
from odf.table import Table, TableCell, TableRow
from odf.text import P
from spoken import en, vi

from esms_desktop.checks import Severity, run_checks
from esms_desktop.importing import limits, read_table
from esms_desktop.importing.cells import cell_text
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients

#: Name, phone typed as a number, order code; row 3 hidden by hand, row 4 by a filter.
CUSTOMERS = [("An", 912345670, 123), ("Bình", 912345671, 124), ("Chi", 912345672, 125)]
CUSTOMERS += [("Dũng", 912345673, 126)]
CONTENT = "Chao {Tên}, don {Mã đơn}"


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên", "SĐT", "Mã đơn"])
    for name, phone, code in CUSTOMERS:
        sheet.append([name, phone, code])
        sheet.cell(sheet.max_row, 2).number_format = "0000000000"
        sheet.cell(sheet.max_row, 3).number_format = "00000"
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[4].hidden = True
    book.save(path)
    return path


def _odd(path: Path, *, references: bool) -> Path:
    """``path``'s sheet with an ``x:`` prefix on every tag, as some programs save it, and
    without its cells' references (``references=False``)."""
    with zipfile.ZipFile(path) as source:
        items = {info.filename: source.read(info) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    xml = items[name].decode()
    xml = xml.replace('xmlns="http://schemas', 'xmlns:x="http://schemas')
    xml = re.sub(r"<(/?)(?![?!])([A-Za-z])", r"<\1x:\2", xml)
    if not references:
        xml = re.sub(r'<x:c r="[A-Z]+[0-9]+"', "<x:c", xml)
    items[name] = xml.encode()
    odd = path.with_name(f"odd-{references}.xlsx")
    with zipfile.ZipFile(odd, "w") as target:
        for item, data in items.items():
            target.writestr(item, data)
    return odd


def _ods(path: Path) -> Path:
    """The list as LibreOffice saves it: each number with the text it shows, row 3
    hidden (``collapse``), row 4 left out by a filter (``filter``)."""
    doc = OpenDocumentSpreadsheet()
    for digits, style in (("10", "phone"), ("5", "code")):
        number = NumberStyle(name=f"N{digits}")
        number.addElement(Number(decimalplaces="0", minintegerdigits=digits))
        doc.automaticstyles.addElement(number)
        cell = Style(name=style, family="table-cell", datastylename=f"N{digits}")
        doc.automaticstyles.addElement(cell)
    table = Table(name="Khách")
    header = TableRow()
    for title in ("Tên", "SĐT", "Mã đơn"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=title))
        header.addElement(cell)
    table.addElement(header)
    for i, (name, phone, code) in enumerate(CUSTOMERS):
        shown = {1: "collapse", 2: "filter"}.get(i)
        row = TableRow(visibility=shown) if shown else TableRow()
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=name))
        row.addElement(cell)
        for value, style, text in (
            (phone, "phone", f"{phone:010d}"),
            (code, "code", f"{code:05d}"),
        ):
            cell = TableCell(valuetype="float", value=value, stylename=style)
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def _xls(path: Path) -> Path:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Khach")
    for column, title in enumerate(("Tên", "SĐT", "Mã đơn")):
        sheet.write(0, column, title)
    phone, code = xlwt.easyxf(num_format_str="0000000000"), xlwt.easyxf(num_format_str="00000")
    for row, (name, number, order) in enumerate(CUSTOMERS, start=1):
        sheet.write(row, 0, name)
        sheet.write(row, 1, number, phone)
        sheet.write(row, 2, order, code)
    sheet.row(2).hidden = True
    book.save(str(path))
    return path


def _files(tmp_path: Path) -> dict[str, Path]:
    measured = _xlsx(tmp_path / "khach.xlsx")
    return {
        "xlsx-prefixed": _odd(measured, references=True),
        "xlsx-no-references": _odd(measured, references=False),
        "ods": _ods(tmp_path / "khach.ods"),
    }


@pytest.mark.parametrize("kind", ["xlsx-prefixed", "xlsx-no-references", "ods"])
def test_hidden_rows_are_held_back_and_padded_numbers_read_as_shown(
    tmp_path: Path, kind: str
) -> None:
    path = _files(tmp_path)[kind]
    if kind.startswith("xlsx"):
        assert limits.check_xlsx(path) is False  # read in the child process
    table = read_table(path)
    assert table.hidden == {3, 4}
    assert [cell_text(c) for c in table.rows[1]] == ["An", "0912345670", "00123"]
    assert table.rows[1][2] == 123  # still the number for comparisons and the phone reader
    report = run_checks(open_recipients(path), CampaignSpec("fixed", content=CONTENT))
    assert [r.row for r in report.sendable] == [2, 5]
    assert report.messages[2] == "Chao An, don 00123"
    assert report.messages[5] == "Chao Dũng, don 00126"
    [hidden] = [p for p in report.problems if p.code == "hidden_row"]
    assert hidden.rows == (3, 4)
    assert not [p for p in report.problems if p.code == "hidden_unseen"]


def test_an_xls_says_before_sending_that_its_hidden_rows_cannot_be_seen(tmp_path: Path) -> None:
    """The reader gives neither an .xls row's hidden flag nor its number formats: every
    row goes, and the check says so plainly, with what to do (save it as .xlsx)."""
    path = _xls(tmp_path / "khach.xls")
    report = run_checks(open_recipients(path), CampaignSpec("fixed", content=CONTENT))
    [unseen] = [p for p in report.problems if p.code == "hidden_unseen"]
    assert unseen.severity is Severity.WARNING
    assert ".xlsx" in en(unseen.reason) and "hidden" in en(unseen.reason)
    assert "00123" in en(unseen.reason)
    assert "đang ẩn" in vi(unseen.reason)


def test_a_csv_or_a_measured_xlsx_has_no_such_warning(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "khach.xlsx")
    report = run_checks(open_recipients(path), CampaignSpec("fixed", content=CONTENT))
    assert not [p for p in report.problems if p.code == "hidden_unseen"]
    assert report.messages[2] == "Chao An, don 00123"
