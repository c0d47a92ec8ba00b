"""Tables of the journal database that are not about sending: the message library and
template registrations.

They are created here with ``CREATE TABLE IF NOT EXISTS`` on every open, outside
the numbered migrations of :mod:`esms_desktop.journal.schema`: that makes them
idempotent and independent of the schema version, so migrations added by other
parts of the app never collide with these. They live in the journal's file so
that its backups and restore carry them too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from esms_desktop.base.errors import JournalError
from esms_desktop.journal.store import Journal

TABLES = """
CREATE TABLE IF NOT EXISTS message_library (
    name TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    brandname TEXT NOT NULL DEFAULT '',
    oaid TEXT NOT NULL DEFAULT '',
    template_id TEXT NOT NULL DEFAULT '',
    -- {"name": {"column": "...", "value": "..."}}: the Zalo template's mapping.
    params_json TEXT NOT NULL DEFAULT '{}',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS template_registrations (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    brandname TEXT NOT NULL,
    -- The text as sent to eSMS, each variable written {Name:length}.
    content TEXT NOT NULL,
    service_preview_id TEXT NOT NULL DEFAULT '',
    -- moderating / approved / refused
    state TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    template_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    checked_at REAL
);
"""


def journal_path(*, demo: bool = False, path: Path | None = None) -> Path:
    """The journal's file, opened (and so checked and migrated) once by :class:`Journal`."""
    with Journal(path, demo=demo) as journal:
        return journal.path


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the journal's file with the extra tables in place; one transaction.

    A connection of its own (SQLite in WAL mode takes several): the sending journal's
    connection and lock stay the engine's.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    with closing(conn):
        conn.row_factory = sqlite3.Row
        try:
            conn.executescript(TABLES)
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise JournalError(f"the journal {path} cannot be used: {exc}") from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
