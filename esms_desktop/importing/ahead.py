"""Read a customer file first, and let other work run while the reader parses a sheet.

python-calamine lets go of the GIL while it parses a sheet (about 0.35 s of a
100,000-row file): ``esms-desktop check`` reads its file as soon as its options
are parsed, and the modules the rest of the command needs load on another thread
meanwhile, on the other core. The file's size and safety checks still run before
the parse, as always, and the read itself stays on the calling thread (the
reader's memory then comes from that thread's allocator, as before: read on a
thread of its own, the same file took 15 MiB more at its peak).

Whatever the read raises is kept and raised where the table is asked for, as
:func:`importing.reader.read_table` would have raised it there: errors of the
options, settings or journal still come first.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from esms_desktop.base.bulk import collector_paused
from esms_desktop.importing.reader import Table, read_table


class EarlyRead:
    """``read_table(path, sheet)``, done on creation; ``meanwhile`` runs on another thread
    from the moment the reader starts parsing a sheet until the read ends.

    ``meanwhile`` must be work the caller would do anyway and that shares nothing
    with the read (loading modules, say): what it raises is dropped (the caller,
    doing the same work later, meets the error itself).
    """

    def __init__(self, path: str | Path, sheet: str | None, meanwhile: Callable[[], None]) -> None:
        self._table: Table | None = None
        self._error: Exception | None = None
        helper: list[threading.Thread] = []

        def run_meanwhile() -> None:
            # What it raises is met again, and reported, where the caller does this work.
            with contextlib.suppress(Exception):
                meanwhile()

        def parsing() -> None:
            if not helper:
                helper.append(threading.Thread(target=run_meanwhile, name="meanwhile"))
                helper[0].start()

        try:
            with collector_paused():  # the rows are many objects (see base.bulk)
                self._table = read_table(path, sheet, parsing=parsing)
        except Exception as exc:  # raised by table(), where the table was read before
            self._error = exc
        finally:
            for thread in helper:
                thread.join()

    def table(self) -> Table:
        """The table read, or what the read raised."""
        if self._error is not None:
            raise self._error
        assert self._table is not None
        return self._table
