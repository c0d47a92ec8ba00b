"""Open a spreadsheet from its bytes with python-calamine, in whichever process reads it.

Shared by :mod:`esms_desktop.importing.reader` (in the app's process, after
:mod:`esms_desktop.importing.limits` measured the file) and
:mod:`esms_desktop.importing.isolated` (in a child process), so neither imports
the other. The file is read once (:func:`importing.file_access.read_once`) and
parsed from those bytes: a file saved again during the read is refused, never
read half old, half new.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from esms_desktop.base import bulk
from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import words
from esms_desktop.importing.cells import has_data
from esms_desktop.importing.file_access import read_once, refuse
from esms_desktop.importing.limits import UsedRange, check_range

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_workbook(path: Path, data: bytes):  # type: ignore[no-untyped-def]
    """A CalamineWorkbook over ``data`` (the bytes of ``path``), or a plain refusal."""
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError:
        raise refuse(path, words("importing.password"), "password") from None
    except BaseException as exc:
        if not _failed(exc):
            raise
        if path.suffix.lower() in (".xlsx", ".xlsm") and data[:8] == _OLE_MAGIC:
            raise refuse(path, words("importing.password"), "password") from None
        raise refuse(path, words("importing.damaged"), type(exc).__name__) from None


def _failed(exc: BaseException) -> bool:
    """Whether ``exc`` is the reader failing on the file: an error, or a panic of its Rust
    code (pyo3's ``PanicException`` derives from BaseException, so ``except Exception`` let
    it through: a date cell -1e308 days away made the command print a traceback)."""
    kind = type(exc)
    panic = kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"
    return isinstance(exc, Exception) or panic


def read_workbook_here(
    path: Path,
    sheet: str | None,
    *,
    names_only: bool = False,
    data: bytes | None = None,
    parsing: Callable[[], None] | None = None,
) -> tuple[list[str], str, list[list[object]]]:
    """Sheet names, the sheet read and its rows, in this process (see ``importing.isolated``).

    ``data`` is the file's bytes when the caller already read them (and measured them);
    ``parsing`` is called as the reader starts parsing a sheet, which it does without
    the GIL (see ``importing.ahead``).
    """
    if data is None:
        data = read_once(path)
    workbook = open_workbook(path, data)
    names = list(workbook.sheet_names)
    if names_only:
        return names, "", []
    if sheet is not None and sheet not in names:
        raise refuse(
            path, words("importing.no_such_sheet", sheet=sheet, sheets=", ".join(names)), "sheet"
        )
    try:
        for name in [sheet] if sheet is not None else _looked_in_order(workbook, names):
            assert name is not None
            if parsing is not None:
                parsing()
            found = workbook.get_sheet_by_name(name)
            check_range(path, UsedRange(found.height, found.width))
            rows = sheet_rows(found)
            if has_data(rows):
                return names, name, rows
    except InputFileError:
        raise
    except BaseException as exc:
        if not _failed(exc):
            raise  # Ctrl+C, the process ending
        raise refuse(path, words("importing.damaged"), type(exc).__name__) from None
    if sheet is not None:
        raise refuse(path, words("importing.sheet_empty", sheet=sheet), "empty")
    raise refuse(path, words("importing.no_data"), "empty")


def _looked_in_order(workbook: Any, names: list[str]) -> list[str]:
    """Where to look for the customers when no sheet is named: the visible sheets first, in
    the file's order. A hidden sheet (an old list kept out of sight) came first once and
    was read instead of the list the shop owner sees in Excel."""
    from python_calamine import SheetVisibleEnum

    try:
        shown = {m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible}
    except Exception:  # a format the reader has no such flag for: the file's order
        return names
    return [n for n in names if n in shown] + [n for n in names if n not in shown]


def sheet_rows(sheet: Any, size: int | None = None) -> list[list[object]]:  # a CalamineSheet
    """The sheet's rows from A1, as ``to_python(skip_empty_area=False)`` gives them.

    That call converts the whole sheet holding the GIL (0.7 s for a million rows,
    the window standing still meanwhile), so a long sheet is converted a slice of
    rows at a time through its row iterator, which gives the same rows when the
    data starts in column A (it leaves out empty columns on the left, not rows
    above: a test holds both to that).
    """
    size = size or bulk.SLICE_ROWS
    start = sheet.start
    if sheet.height <= size or start is None or start[1] != 0:
        whole: list[list[object]] = sheet.to_python(skip_empty_area=False)
        return whole
    rows: list[list[object]] = []
    found = iter(sheet.iter_rows())
    while some := list(islice(found, size)):
        rows += some
    return rows
