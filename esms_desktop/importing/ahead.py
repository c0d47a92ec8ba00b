"""Read a customer file on another thread while the command line sets up.

python-calamine lets go of the GIL while it parses a sheet (about 0.4 s of a
100,000-row file): ``esms-desktop check`` starts the read first (the file's size
and safety checks run before the parse, as always), waits until the parse
begins, and loads its settings, journal and checks meanwhile, on the other core.
Whatever the read raises is raised where the table is asked for, as
:func:`importing.reader.read_table` would have raised it there.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from pathlib import Path

from esms_desktop.base.bulk import collector_paused
from esms_desktop.importing.reader import Table, read_table


class ReadAhead:
    """``read_table(path, sheet)`` on its own thread, from :meth:`start` to :meth:`close`
    (or for the length of a ``with`` block).

    The cyclic garbage collector is paused meanwhile (the rows are made on the other
    thread, and the checks that follow pause it anyway: see
    :func:`base.bulk.collector_paused`).
    """

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        self._path = path
        self._sheet = sheet
        self._parsing = threading.Event()
        self._table: Table | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._read, name="read ahead")
        self._paused: AbstractContextManager[None] = collector_paused()

    def _read(self) -> None:
        try:
            self._table = read_table(self._path, self._sheet, parsing=self._parsing.set)
        except BaseException as exc:  # raised again by table(), on the thread that asks
            self._error = exc
        finally:
            self._parsing.set()

    def start(self) -> None:
        """Start the read; return once the sheet's parse has begun or the read ended."""
        self._paused.__enter__()
        self._thread.start()
        self._parsing.wait()

    def close(self) -> None:
        """Wait for the read (used or not) and let the garbage collector run again."""
        self._thread.join()
        self._paused.__exit__(None, None, None)

    def __enter__(self) -> ReadAhead:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def table(self) -> Table:
        """The table read, or what the read raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._table is not None
        return self._table
