"""Read a spreadsheet in a child process, so that a file that kills the reader cannot kill the app.

Used for ``.xls`` and ``.ods``, whose cost cannot be measured cheaply before
reading (``importing.limits`` measures ``.xlsx``). The child has a memory
ceiling where the system allows one; if it dies, runs out of memory or takes
too long, the user reads a plain message and the app goes on.
"""

from __future__ import annotations

import os
import sys
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


def _child(path: str, sheet: str | None, out: Connection, *, names_only: bool) -> None:
    _limit_memory()
    _quiet()
    from esms_desktop.importing.workbook import read_workbook_here

    try:
        out.send(("ok", read_workbook_here(Path(path), sheet, names_only=names_only)))
    except InputFileError as exc:
        out.send(("error", (exc.message, exc.detail, exc.reason)))
    except MemoryError:
        out.send(("error", (f"{Path(path).name}: the file is too large to read", "memory", None)))
    finally:
        out.close()


def read_in_child(
    path: Path, sheet: str | None, *, names_only: bool = False
) -> tuple[list[str], str, list[list[object]]]:
    """``reader.read_workbook_here`` in a child process; its death becomes an InputFileError."""
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
        names, name, rows = payload
        return names, name, rows
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
