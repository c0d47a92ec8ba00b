"""The journal's database: opening it (one process at a time), checking and migrating it,
backing it up, and the one connection every read and write goes through.

One connection is shared by the engine's threads behind a lock; every write is one
``BEGIN IMMEDIATE`` transaction (:meth:`JournalDatabase._tx`). SQLite's failures come
out as :class:`JournalError` or :class:`JournalDamagedError`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from esms_desktop.base.errors import (
    ConfigError,
    JournalDamagedError,
    JournalError,
    JournalNewerError,
)
from esms_desktop.base.paths import app_home, file_lock, private_dir, private_file
from esms_desktop.base.vntime import now
from esms_desktop.journal.runs import count_beside, counted_beside, counted_inside, set_inside
from esms_desktop.journal.safety import (
    backup_due,
    backups,
    check_connection,
    damaged,
    doubt_unfinished,
    make_backup,
)
from esms_desktop.journal.schema import SchemaError, migrate, refuse_newer

log = logging.getLogger(__name__)


def default_path(*, demo: bool = False) -> Path:
    """The journal of real sending, or a separate one for the demo.

    Demo campaigns must never share the real journal: resuming one with real
    keys would send the demo's messages for real.
    """
    return app_home() / ("demo" if demo else "") / "journal.sqlite3"


class JournalDatabase:
    """The open journal file: its connection, lock, clock, transactions and backups."""

    def __init__(self, path: Path | None = None, *, demo: bool = False) -> None:
        self.path = path or default_path(demo=demo)
        private_dir(self.path.parent)
        self._lock = threading.RLock()
        # Two processes opening a new journal at once (two sends started together): the
        # second would find the file the first just created still empty and call it
        # damaged, or run the same migration twice. Opening is one at a time.
        with file_lock(self.path.with_name(self.path.name + ".open-lock")):
            existed = self._open()
        for suffix in ("", "-wal", "-shm"):
            private_file(self.path.with_name(self.path.name + suffix))
        self._now = now
        if existed and backup_due(self.path):
            self.backup()

    def _open(self) -> bool:
        """Connect, check an existing file, migrate; returns whether the file existed."""
        existed = self.path.exists()
        if existed and self.path.stat().st_size == 0:
            # SQLite would take an empty file for a new journal: the history would vanish.
            raise damaged(self.path, "the file is empty")
        beside = counted_beside(self.path)
        if not existed and (beside or backups(self.path)):
            # Deleted after sending (its backups or its count of runs tell): an empty start
            # would not know what was sent, and the same list sent again charged every
            # customer twice. Its newest backup is offered instead.
            missing = damaged(self.path, "the file is missing")
            if isinstance(missing, JournalNewerError) or missing.backup is not None:
                raise missing
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from None
        try:
            self._conn.row_factory = sqlite3.Row
            refuse_newer(self._conn, self.path)  # before any write, even the journal mode
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            problem = check_connection(self._conn) if existed else ""
            if problem:
                raise damaged(self.path, problem)
            migrate(self._conn)
            _doubt_if_older(self._conn, self.path, beside)
            _finish_what_has_nothing_left(self._conn, now())
        except sqlite3.OperationalError as exc:
            self._conn.close()
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from None
        except (sqlite3.DatabaseError, SchemaError) as exc:
            self._conn.close()
            raise damaged(self.path, str(exc)) from None
        except (JournalDamagedError, JournalNewerError):
            self._conn.close()
            raise
        return existed

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def backup(self) -> Path | None:
        """A consistent copy in the backups folder (rotated); None when it cannot be made."""
        with self._lock:
            try:
                return make_backup(self._conn, self.path)
            except (OSError, sqlite3.Error, ConfigError) as exc:
                log.warning("journal backup failed: %s", exc)
                return None

    def count_run(self) -> None:
        """A sending run starts: counted in the journal and, on disk before anything leaves,
        in the file beside it (``journal.runs``); JournalError when it cannot be."""
        with self._tx() as db:
            n = counted_inside(db) + 1
            set_inside(db, n)
        try:
            count_beside(self.path, n)
        except OSError as exc:
            raise JournalError(f"cannot write the journal {self.path}: {exc}") from None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, _plain_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock, _plain_errors(self.path):
            return self._conn.execute(sql, args).fetchall()

    def _query_tuples(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """:meth:`_query` with plain tuples, for reads of many rows."""
        with self._lock, _plain_errors(self.path):
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, args).fetchall()

    def now(self) -> float:
        """The journal's clock (the app's clock; tests move it)."""
        return self._now()


#: Campaigns left "sending" (or paused, or ready) with nothing to send or settle: a process
#: killed after the last answer was recorded, before the campaign was marked done.
_NOTHING_LEFT = (
    "SELECT id FROM campaigns WHERE state IN ('ready', 'sending', 'paused') AND NOT EXISTS"
    " (SELECT 1 FROM requests r WHERE r.campaign_id = campaigns.id"
    " AND (r.state IN ('pending', 'sending', 'unknown') OR r.uncertain = 1))"
)


def _doubt_if_older(conn: sqlite3.Connection, path: Path, beside: int) -> None:
    """A journal counting fewer sending runs than the file beside it is an older copy put
    back (``journal.runs``): what it still had to send may have left since its last write,
    and is settled from eSMS's records before anything goes again, as after a restore."""
    inside = counted_inside(conn)
    if inside >= beside:
        return
    newest = conn.execute(
        "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM campaigns"
        " UNION ALL SELECT MAX(COALESCE(done_at, last_attempt_at)) FROM requests)"
    ).fetchone()[0]
    log.warning(
        "journal %s: %d sending runs, %d counted beside it: an older copy", path, inside, beside
    )
    doubt_unfinished(path, since=float(newest or 0) or now(), now=now())
    set_inside(conn, beside)


def _finish_what_has_nothing_left(conn: sqlite3.Connection, at: float) -> None:
    """Mark done the campaigns with nothing left to send or settle (see
    :data:`_NOTHING_LEFT`): History showed such a campaign "sending" forever, and no
    resume was offered to finish it. Harmless beside a sender of it in another process,
    which writes "done" itself at its end; nothing makes a decided request open again.

    Read first: the usual journal has none, and every command opens the journal (a write
    would take its lock, and wait behind a sender's transaction)."""
    found = [(at, cid) for (cid,) in conn.execute(_NOTHING_LEFT)]
    if found:  # each campaign by itself (autocommit): any one of them done is right
        conn.executemany(
            "UPDATE campaigns SET state='done', pause_code='', pause_message='',"
            " updated_at=? WHERE id=? AND state IN ('ready', 'sending', 'paused')",
            found,
        )


@contextmanager
def _plain_errors(path: Path) -> Iterator[None]:
    """SQLite's failures (disk full, read-only, damage found later) as typed errors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise JournalError(f"cannot write the journal {path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        # Integrity and programming errors are ours, not the file's: they stay what they are.
        if type(exc) is not sqlite3.DatabaseError:
            raise
        raise damaged(path, str(exc)) from None
