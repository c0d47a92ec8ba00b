"""How many sending runs this journal has seen, kept inside it and in a file beside it.

A journal put back from an older copy (a backup copied over it by hand, a synced folder
rolled back) has no trace of what was sent after the copy: its requests read "not sent",
and a resume sent them again (a money-safety audit: 240 of 299 customers charged twice).
Every sending run counts itself in the journal and, before anything leaves, in
``journal.sqlite3.runs`` beside it. A journal that counts fewer runs than that file is
older than what was sent: whatever it still had to send is treated as possibly sent and
settled from eSMS's records, as after ``journal restore``. A journal that is missing while
the file counts runs was deleted: its newest backup is offered, never an empty start.

Not caught: the journal and this file both put back from one old copy of the whole folder.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from esms_desktop.base.paths import file_lock, private_file

TABLE = "CREATE TABLE IF NOT EXISTS journal_runs (n INTEGER NOT NULL)"


def runs_file(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".runs")


def counted_beside(journal_path: Path) -> int:
    """The runs the file beside the journal counts (0 when there is none, or unreadable)."""
    try:
        return max(0, int(runs_file(journal_path).read_text(encoding="ascii").strip() or 0))
    except (OSError, ValueError):
        return 0


def counted_inside(conn: sqlite3.Connection) -> int:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "journal_runs" not in names:
        return 0
    row = conn.execute("SELECT MAX(n) FROM journal_runs").fetchone()
    return int(row[0] or 0)


def set_inside(conn: sqlite3.Connection, n: int) -> None:
    """The journal counts ``n`` runs (autocommit: one statement each)."""
    conn.execute(TABLE)
    conn.execute("DELETE FROM journal_runs")
    conn.execute("INSERT INTO journal_runs (n) VALUES (?)", (n,))


def count_beside(journal_path: Path, n: int) -> None:
    """The file beside the journal counts at least ``n`` runs, on disk before this returns
    (OSError when it cannot be written: then nothing may leave)."""
    target = runs_file(journal_path)
    with file_lock(journal_path.with_name(journal_path.name + ".runs-lock")):
        n = max(n, counted_beside(journal_path))
        partial = target.with_name(target.name + ".part")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, str(n).encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        partial.replace(target)
        private_file(target)
        with contextlib.suppress(OSError):  # the rename itself to disk, where it can be
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
