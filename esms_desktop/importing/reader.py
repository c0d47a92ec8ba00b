"""Open a customer file and return its cells, whatever the format.

Spreadsheets (.xlsx, .xlsm, .xls, .ods) are read with python-calamine, which
is fast, reads old .xls files and gives the cached value of formulas. Text
tables (.csv, .txt) go through :mod:`esms_desktop.importing.text_files`.
Every failure becomes an :class:`InputFileError` that says what to do.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from esms_desktop import bulk
from esms_desktop.bulk import slices
from esms_desktop.errors import InputFileError
from esms_desktop.importing.isolated import read_in_child
from esms_desktop.importing.limits import (
    MAX_TEXT_BYTES,
    UsedRange,
    check_file_size,
    check_range,
    check_xlsx,
)
from esms_desktop.importing.text_files import TextTableError, read_text_table

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Table:
    """The cells of one sheet. ``rows[i]`` is spreadsheet row ``i + 1``."""

    path: Path
    sheet: str
    sheets: list[str]
    rows: list[list[object]]
    #: How a text file was read (encoding, delimiter), for display.
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((max(map(len, some)) for some in slices(self.rows) if some), default=0)


def cell_text(value: Any) -> str:  # Any: a cast per call costs more than the work
    """A cell as text, the way Excel shows it to the user (NFC)."""
    kind = type(value)
    if kind is str:
        text: str = value
        if text.isascii():
            return text.strip()
        return unicodedata.normalize("NFC", text).strip()
    if value is None:
        return ""
    if kind is float:
        number: float = value
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return _other_text(value)


def _other_text(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return unicodedata.normalize("NFC", str(value)).strip()


def _fail(path: Path, why: str, what: str) -> InputFileError:
    return InputFileError(f"{path.name}: {why}", detail=what)


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook, PasswordError

    with path.open("rb") as file:
        head = file.read(8)
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise _fail(path, "the file is protected with a password", "password") from None
    except Exception as exc:
        if path.suffix.lower() in (".xlsx", ".xlsm") and head == _OLE_MAGIC:
            raise _fail(path, "the file is protected with a password", "password") from None
        raise _fail(
            path, "the file is damaged or is not a spreadsheet", f"{type(exc).__name__}"
        ) from None


def _check_path(path: Path) -> None:
    if not path.exists():
        raise _fail(path, "the file does not exist", "missing")
    if path.is_dir():
        raise _fail(path, "this is a folder, not a file", "folder")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise _fail(
            path,
            f"files of type {path.suffix or '(none)'} cannot be opened; "
            "use Excel (.xlsx, .xls), OpenDocument (.ods) or CSV",
            "unsupported type",
        )
    if path.stat().st_size == 0:
        raise _fail(path, "the file is empty", "empty")


def _isolated(path: Path) -> bool:
    """Formats read in a child process: their cost cannot be measured before reading."""
    return path.suffix.lower() in (".xls", ".ods")


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a spreadsheet; a text file has one sheet named after it."""
    path = Path(path)
    _check_path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return [path.stem]
    if _isolated(path):
        return read_in_child(path, None, names_only=True)[0]
    check_xlsx(path)
    return list(_open_workbook(path).sheet_names)


def _has_data(rows: list[list[object]]) -> bool:
    return any(cell_text(c) for row in rows for c in row)


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The cells of ``sheet`` (default: the first sheet that holds data)."""
    path = Path(path)
    _check_path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        check_file_size(path, MAX_TEXT_BYTES)
        try:
            rows, encoding, delimiter = read_text_table(path.read_bytes())
        except TextTableError as exc:
            raise InputFileError(
                f"{path.name}: {exc.message}", detail=exc.detail, reason=exc.reason
            ) from None
        except (ValueError, UnicodeError):
            raise _fail(path, "the file is not a text table", "binary") from None
        if not _has_data(rows):
            raise _fail(path, "the file holds no data", "empty")
        shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}[delimiter]
        return Table(path, path.stem, [path.stem], rows, [f"encoding {encoding}", shown])
    check_file_size(path)
    if _isolated(path) or not check_xlsx(path):
        names, name, rows = read_in_child(path, sheet)
    else:
        names, name, rows = read_workbook_here(path, sheet)
    return Table(path, name, names, rows)


def read_workbook_here(
    path: Path, sheet: str | None, *, names_only: bool = False
) -> tuple[list[str], str, list[list[object]]]:
    """Sheet names, the sheet read and its rows, in this process (see ``importing.isolated``)."""
    workbook = _open_workbook(path)
    names = list(workbook.sheet_names)
    if names_only:
        return names, "", []
    if sheet is not None and sheet not in names:
        raise _fail(path, f"there is no sheet named {sheet!r}", "sheet")
    try:
        for name in [sheet] if sheet is not None else names:
            assert name is not None
            found = workbook.get_sheet_by_name(name)
            check_range(path, UsedRange(found.height, found.width))
            rows = sheet_rows(found)
            if _has_data(rows):
                return names, name, rows
    except InputFileError:
        raise
    except Exception as exc:
        raise _fail(path, "the file is damaged", type(exc).__name__) from None
    if sheet is not None:
        raise _fail(path, f"the sheet {sheet!r} holds no data", "empty")
    raise _fail(path, "the file holds no data", "empty")


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
