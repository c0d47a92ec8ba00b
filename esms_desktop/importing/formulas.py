"""Formula cells an .xlsx holds without a saved value.

Excel saves each formula's last result next to it, and the reader gives that
result. A file written by another program (a web shop's export, a script)
may hold formulas that were never computed: the reader sees an empty cell. A
phone cell like that is not "empty" to the user, who sees a number in Excel,
so these cells are found here and named (open the file in Excel and save it).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from esms_desktop.importing.limits import column_number

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTRIBUTE = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
#: ``<c r="B2" ...><f>...</f></c>`` or with an empty ``<v/>``: a formula, no value.
_NO_VALUE = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]{0,512}>\s{0,64}<f\b[^>]{0,512}(?:/>|>[^<]{0,8192}</f>)'
    rb"\s{0,64}(?:<v\s{0,8}/>|<v>\s{0,64}</v>)?\s{0,64}</c>"
)


def _attributes(tag: bytes) -> dict[str, str]:
    return {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTRIBUTE.findall(tag)}


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the sheet named ``sheet``, from the workbook and its links."""
    names = {n.lower(): n for n in archive.namelist()}
    workbook, links = names.get("xl/workbook.xml"), names.get("xl/_rels/workbook.xml.rels")
    if workbook is None or links is None:
        return None
    ids = {}
    for tag in _SHEET.findall(archive.read(workbook)):
        found = _attributes(tag)
        ids[found.get("name", "")] = found.get("r:id", "")
    targets = {}
    for tag in _RELATION.findall(archive.read(links)):
        found = _attributes(tag)
        targets[found.get("Id", "")] = found.get("Target", "")
    target = targets.get(ids.get(sheet, ""), "")
    if not target:
        return None
    path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return names.get(posixpath.normpath(path).lower())


def uncomputed_cells(data: bytes, sheet: str) -> frozenset[tuple[int, int]]:
    """(row, column) of each formula cell of ``sheet`` with no saved value; rows from 1,
    columns from 0. Empty for a file that is not an .xlsx or that holds no formula."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = sheet_part(archive, sheet)
            if part is None:
                return frozenset()
            xml = archive.read(part)
    except (zipfile.BadZipFile, OSError, KeyError, EOFError, RuntimeError, ValueError):
        return frozenset()
    if b"<f" not in xml:
        return frozenset()
    return frozenset(
        (int(row), column_number(letters) - 1) for letters, row in _NO_VALUE.findall(xml)
    )
