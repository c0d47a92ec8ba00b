"""Rows an .xlsx keeps out of sight: hidden by hand, or left out by a filter.

A shop owner filters the list in Excel ("Chưa thanh toán" only), saves it and
opens it here, expecting the message to go to the customers the sheet shows.
The reader gives every row, seen or not, so the rows Excel hides are found here
(the checks hold them back, saying so). Only .xlsx and .xlsm: an .ods says so in its
own way (``importing.ods_sheet``), and an .xls is said to hide what it may
(``checks.audience_rules``).
"""

from __future__ import annotations

import io
import re
import zipfile

from esms_desktop.importing.formulas import sheet_part

#: A row's start tag, any prefix (``<x:row``), its attributes in the group.
_ROW = re.compile(rb"<(?:[\w.\-]{1,64}:)?row\b([^<>]{0,4096})>")
_NUMBER = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*([0-9]{1,7})\s*["']""")
_HIDDEN = re.compile(rb"""(?:^|\s)hidden\s*=\s*["']\s*(?:1|true)\s*["']""")


def hidden_rows(data: bytes, sheet: str, parts: set[str] | None = None) -> frozenset[int]:
    """The numbers (from 1) of the rows of ``sheet`` that Excel does not show.

    ``parts``: the parts the size scan found saying "hidden" (``limits.check_xlsx``),
    or None when the sheet was not scanned; a sheet not among them has none, and is
    not read again. Empty for anything that is not an .xlsx.
    """
    if parts is not None and not parts:
        return frozenset()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = sheet_part(archive, sheet)
            if part is None or (parts is not None and part not in parts):
                return frozenset()
            xml = archive.read(part)
    except Exception:  # BadZipFile, zlib.error...: the reader read what it could, as it is
        return frozenset()
    if b"hidden" not in xml:
        return frozenset()
    return _rows_hidden_in(xml)


def _rows_hidden_in(xml: bytes) -> frozenset[int]:
    """The hidden rows of a sheet's XML; a row written without its number follows the one
    before it, as the reader counts it."""
    hidden: set[int] = set()
    number = 0
    for attributes in _ROW.findall(xml):
        found = _NUMBER.search(attributes)
        number = int(found[1]) if found else number + 1
        if b"hidden" in attributes and _HIDDEN.search(attributes):
            hidden.add(number)
    return frozenset(hidden)
