"""Builders of hostile and unlucky customer files. Each returns the path it wrote."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def _sheet(cells: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    )


def xlsx(path: Path, sheet_xml: str, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .xlsx around one sheet's XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def far_corner(path: Path) -> Path:
    """Cells at A1 and XFD1048576: the reader would allocate the whole sheet (512 GB)."""
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>0961234567</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    return xlsx(path, _sheet(cells))


def far_column(path: Path) -> Path:
    """One cell with the reference ZZZZZZ2 (beyond Excel's columns)."""
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>SĐT</t></is></c></row>'
        '<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>'
    )
    return xlsx(path, _sheet(cells))


def zip_bomb(path: Path, megabytes: int = 200) -> Path:
    """A sheet of one huge string that packs to almost nothing."""
    huge = "A" * (megabytes * 1024 * 1024)
    cells = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{huge}</t></is></c></row>'
    return xlsx(path, _sheet(cells))


def scientific_phones(path: Path) -> Path:
    """Numbers as Excel's CSV export writes them after showing them as 9.12346E+08."""
    path.write_text(
        "Tên,Số điện thoại\nLan,9.12346E+08\nMai,1.23457E+09\nĐào,0961234567\nCúc,9.12345678E+08\n",
        encoding="utf-8",
    )
    return path


def stray_quote(path: Path, rows: int = 100, at: int = 51) -> Path:
    """A CSV with one unbalanced quote on line ``at``."""
    lines = ["Tên,Số điện thoại,Mã đơn"]
    for i in range(1, rows + 1):
        name = f'"Khach {i}' if i + 1 == at else f"Khach {i}"
        lines.append(f"{name},096{i:06d}1,DH{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def swallowing_quote(path: Path, rows: int = 100, at: int = 51) -> Path:
    """A quote opened on line ``at`` and closed twenty lines later: those rows become one cell."""
    lines = ["Tên,Số điện thoại,Mã đơn"]
    for i in range(1, rows + 1):
        name = f"Khach {i}"
        if i + 1 == at:
            name = f'"Khach {i}'
        if i + 1 == at + 20:
            name = f'Khach {i}"'
        lines.append(f"{name},096{i:06d}1,DH{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def long_field(path: Path, size: int = 200 * 1024) -> Path:
    path.write_text("Tên,Số điện thoại\n" + f'"{"x" * size}",0961234567\n', encoding="utf-8")
    return path


def far_corner_hidden(path: Path) -> Path:
    """The far cell written with a tab before its reference, to slip past a naive scan."""
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>0961234567</t></is></c></row>'
        '<row r="1048576"><c\tr="XFD1048576"><v>1</v></c></row>'
    )
    return xlsx(path, _sheet(cells))


def many_rows_wide(path: Path) -> Path:
    """Rows and columns each within Excel's limits, their product far beyond memory."""
    cells = (
        '<row r="1"><c r="SR1"><v>1</v></c></row><row r="900000"><c r="A900000"><v>1</v></c></row>'
    )
    return xlsx(path, _sheet(cells))


def repeated_shared_strings(
    path: Path, strings: int = 200, size: int = 40_000, cells: int = 200_000
) -> Path:
    """A few long shared strings, each cell pointing at one: gigabytes once copied into cells."""
    table = "".join(f"<si><t>{chr(65 + i % 26) * size}</t></si>" for i in range(strings))
    shared = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{cells}" uniqueCount="{strings}">{table}</sst>'
    )
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>{r % strings}</v></c></row>'
        for r in range(1, cells + 1)
    )
    return xlsx(path, _sheet(rows), {"xl/sharedStrings.xml": shared.encode()})


def string_table(path: Path, tag: str = '<sst uniqueCount="4000000000">') -> Path:
    """A shared-string table whose tag claims four billion strings: the reader made room
    for them (96 GB) before reading one, and aborted the process."""
    shared = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"{tag}<si><t>SĐT</t></si><si><t>0912345678</t></si></sst>"
    )
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    )
    return xlsx(path, _sheet(rows), {"xl/sharedStrings.xml": shared.encode()})


def damaged_sheet_data(path: Path) -> Path:
    """A list whose sheet's packed data is damaged halfway (a download cut short and
    patched, a bad USB stick): Python's unpacker stops with zlib's own error."""
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>09123456{r:02d}</t></is></c></row>'
        for r in range(1, 60)
    )
    xlsx(path, _sheet(rows))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    start = data.index(name) + len(name)  # the local header's name, then the packed data
    data[start + 40 : start + 48] = b"\xff" * 8
    path.write_bytes(bytes(data))
    return path


def nameless_part(path: Path) -> Path:
    """A list with a part whose name is empty: Python's zip reader fails on it with an
    IndexError, not a zip error."""
    xlsx(path, _sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>0912345678</t></is></c></row>'))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(zipfile.ZipInfo(""), b"x")
    return path


def date_out_of_range(path: Path) -> Path:
    """A date cell -1e308 days from 1900: the reader's date code panics (Rust), which
    Python sees as a BaseException, not an Exception."""
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
    )
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>SĐT</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Ngày</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c>'
        '<c r="B2" s="1"><v>-1e308</v></c></row>'
    )
    return xlsx(path, _sheet(rows), {"xl/styles.xml": styles.encode()})


def far_corner_as(path: Path, part: str) -> Path:
    """The A1-and-XFD1048576 sheet stored under another part name (``xl/media/x.png``,
    ``[Content_Types].xml``...): the reader follows the workbook's link whatever the name."""
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>0961234567</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if part != "[Content_Types].xml":
            z.writestr(
                "[Content_Types].xml", _CONTENT_TYPES.replace("xl/worksheets/sheet1.xml", part)
            )
        z.writestr(part, _sheet(cells))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            _WORKBOOK_RELS.replace('Target="worksheets/sheet1.xml"', f'Target="/{part}"'),
        )
    return path
