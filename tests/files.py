"""Build customer files in every format the app reads, for tests and benchmarks."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl

Rows = Sequence[Sequence[object]]


def write_xlsx(path: Path, rows: Rows, sheet: str = "Sheet1", extra_sheets: int = 0) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(extra_sheets):
        wb.create_sheet(f"Empty {i + 1}", 0)
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_xls(path: Path, rows: Rows, sheet: str = "Sheet1") -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_ods(path: Path, rows: Rows, sheet: str = "Sheet1") -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        tr = TableRow()
        for value in row:
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            if value is not None:
                cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_text(path: Path, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else v for v in row] for row in rows
    )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx_with_cached_formula(path: Path, header: list[str], phone: str) -> Path:
    """A sheet whose phone cell is a formula with a cached value, as Excel saves it."""
    write_xlsx(path, [header, ["Lan", '=TEXT(961234567,"0000000000")']])
    with zipfile.ZipFile(path) as src:
        items = {name: src.read(name) for name in src.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = items[name].decode()
    xml, count = re.subn(
        r'(<c r="B2"[^>]*?)(?: t="[a-z]+")?>(<f>.*?</f>)<v\s*/?>(?:</v>)?',
        rf'\1 t="str">\2<v>{phone}</v>',
        xml,
    )
    assert count == 1, xml
    items[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for key, data in items.items():
            dst.writestr(key, data)
    return path


SAMPLE_ROWS: list[list[object]] = [
    ["DANH SÁCH KHÁCH HÀNG"],
    [],
    ["STT", "Họ và tên", "Số điện thoại", "Mã đơn"],
    [1, "Lan", "0961234567", "DH01"],
    [2, "Mai", 912345678, "DH02"],
    [3, "Hùng", "01623456789", "DH03"],
    [4, "Tú", "0921234567", "DH04"],
    [5, "Nam", "0961234567", "DH05"],
    [6, "Bình", "không có", "DH06"],
]


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters like ô, ơ, ư precomposed, tone marks combining."""
    import unicodedata

    out: list[str] = []
    base = -1  # index of the last letter, which takes the non-tone marks
    for ch in unicodedata.normalize("NFD", text):
        if not unicodedata.combining(ch) or base < 0:
            base = len(out)
            out.append(ch)
        elif ch in _TONE_MARKS:
            out.append(ch)
        else:
            out[base] = unicodedata.normalize("NFC", out[base] + ch)
    return "".join(out).encode("cp1258")


def write_cp1258(path: Path, rows: Rows, delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else v for v in row] for row in rows
    )
    path.write_bytes(to_cp1258(buffer.getvalue()))
    return path


def filtered_list(path: Path) -> Path:
    """A list filtered in Excel to the customers who have not paid: rows 3 and 5 hidden.
    Row 6 has row 3's number (the same customer, in sight)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên", "SĐT", "Tình trạng"])
    for name, phone, state in [
        ("An", "0912345670", "Chưa trả"),
        ("Bình", "0912345671", "Đã trả"),
        ("Cường", "0912345672", "Chưa trả"),
        ("Dũng", "0912345673", "Đã trả"),
        ("Em", "0912345671", "Chưa trả"),
        ("Phúc", "0912345675", "Chưa trả"),
    ]:
        sheet.append([name, phone, state])
    sheet.auto_filter.ref = "A1:C7"
    sheet.auto_filter.add_filter_column(2, ["Chưa trả"])
    for row in (3, 5):
        sheet.row_dimensions[row].hidden = True
    book.save(path)
    return path
