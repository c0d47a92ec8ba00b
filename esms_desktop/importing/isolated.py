"""Read a spreadsheet in a child process, so that a file that kills the reader cannot kill the app.

Used for ``.xls`` and ``.ods``, whose cost cannot be measured cheaply before
reading (``importing.limits`` measures ``.xlsx``), and for an ``.xlsx`` written in
a way that scan does not measure. The child also finds what the file shows that
the reader does not give (:func:`sheet_extras`: rows out of sight, numbers as
shown), so that a file built to swamp that scan takes the child down too. It has a memory
ceiling where the system allows one; if it dies, runs out of memory or takes
too long, the user reads a plain message and the app goes on.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import speaking, words

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: The child's address-space ceiling (POSIX): far above a real customer list.
MEMORY_LIMIT = 6 * 1024**3
#: A real list reads in seconds; a hostile one is stopped.
TIME_LIMIT = 180.0


def _limit_memory() -> None:
    if sys.platform.startswith("linux"):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _quiet() -> None:
    """The reader's own last words (a Rust panic) are not for the user: the parent explains."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
    except OSError:
        pass


@dataclass
class ChildRead:
    """What the child read: the sheet names, the sheet read and its rows, and the rows
    the file keeps out of sight (numbers from 1)."""

    names: list[str]
    name: str
    rows: list[list[object]]
    hidden: frozenset[int] = frozenset()
    #: How many numbers read as the file shows them.
    shown_numbers: int = 0


def sheet_extras(
    path: Path, data: bytes, sheet: str, rows: list[list[object]]
) -> tuple[frozenset[int], int]:
    """The rows ``sheet`` keeps out of sight, and how many numbers of ``rows`` now read as
    the file shows them (wrapped in place). Nothing for an .xls: the reader gives
    neither, and the checks say so (``checks.audience_rules``)."""
    suffix = path.suffix.lower()
    if suffix == ".ods":
        from esms_desktop.importing.ods_sheet import sheet_shown

        return sheet_shown(data, sheet, rows)
    if suffix in (".xlsx", ".xlsm"):
        from esms_desktop.importing.hidden_rows import hidden_rows
        from esms_desktop.importing.number_styles import show_number_formats

        shown = show_number_formats(data, sheet, rows, measured=False)
        return hidden_rows(data, sheet), shown
    return frozenset(), 0


def _read(path: Path, sheet: str | None, *, names_only: bool) -> ChildRead:
    from esms_desktop.importing.file_access import read_once
    from esms_desktop.importing.workbook import read_workbook_here

    data = read_once(path)
    names, name, rows = read_workbook_here(path, sheet, names_only=names_only, data=data)
    if names_only:
        return ChildRead(names, name, rows)
    return ChildRead(names, name, rows, *sheet_extras(path, data, name, rows))


def _child(path: str, sheet: str | None, out: Connection, *, names_only: bool) -> None:
    _limit_memory()
    _quiet()
    try:
        out.send(("ok", _read(Path(path), sheet, names_only=names_only)))
    except InputFileError as exc:
        out.send(("error", (exc.message, exc.detail, exc.reason)))
    except MemoryError:
        out.send(("error", (f"{Path(path).name}: the file is too large to read", "memory", None)))
    finally:
        out.close()


def read_in_child(path: Path, sheet: str | None, *, names_only: bool = False) -> ChildRead:
    """``reader.read_workbook_here`` in a child process, with :func:`sheet_extras`; its
    death becomes an InputFileError."""
    import multiprocessing  # here: the window starts without it

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_child,
        args=(str(path), sheet, send),
        kwargs={"names_only": names_only},
        daemon=True,
    )
    process.start()
    send.close()
    try:
        if receive.poll(TIME_LIMIT):
            try:
                kind, payload = receive.recv()
            except EOFError:
                kind, payload = "died", None
        else:
            kind, payload = "timeout", None
    finally:
        receive.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
    if kind == "ok":
        read: ChildRead = payload
        return read
    if kind == "error":
        message, detail, reason = payload
        raise InputFileError(message, detail=detail, reason=reason, file=path.name)
    why = (
        words("importing.read_too_slow") if kind == "timeout" else words("importing.reader_stopped")
    )
    with speaking("en"):  # the error's own message, for the log: English like the others
        message = f"{path.name}: the file could not be read ({why})"
    raise InputFileError(
        message,
        detail=f"isolated:{kind}:{process.exitcode}",
        reason=words("importing.read_in_child_failed", why=why),
    )
