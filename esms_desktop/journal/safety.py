"""The journal is precious: checked at open, backed up in rotation, restored on the user's word.

A damaged journal is never overwritten or silently replaced by an empty one:
the app says so, keeps the damaged file, and offers the newest backup that
passes SQLite's own check. Backups use SQLite's online backup API, so they are
consistent even while a campaign is being written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path

from esms_desktop.base.errors import JournalDamagedError, JournalNewerError
from esms_desktop.base.paths import private_dir, private_file
from esms_desktop.base.vntime import now as clock
from esms_desktop.journal.runs import counted_beside, set_inside
from esms_desktop.journal.schema import SCHEMA_VERSION, newer_journal

log = logging.getLogger(__name__)

#: Backups kept per journal.
KEEP = 10
#: A backup is made at open when the newest one is older than this.
DAILY = 24 * 3600
#: The tables every journal must have.
TABLES = ("campaigns", "requests", "messages")


def backup_folder(journal_path: Path) -> Path:
    return journal_path.parent / "backups"


def backups(journal_path: Path) -> list[Path]:
    """Backups of this journal, newest first."""
    folder = backup_folder(journal_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{journal_path.stem}-*.sqlite3"), reverse=True)


def check_connection(conn: sqlite3.Connection) -> str:
    """Empty when the database is sound; otherwise what is wrong (SQLite's words)."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:5])
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not names and version == 0:
        return ""  # created, never written: a new journal, nothing to lose
    missing = [t for t in TABLES if t not in names]
    return f"missing tables: {', '.join(missing)}" if missing else ""


def sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return not check_connection(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def schema_of(path: Path) -> int:
    """The journal schema a file was written with (0 when it cannot be read), read only."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def newer(path: Path) -> JournalNewerError:
    """A journal (or backup) a newer version wrote: this version leaves it as it is."""
    return newer_journal(path, schema_of(path))


def _newest_sound(journal_path: Path) -> Path | None:
    """The newest sound backup; :class:`JournalNewerError` when a newer version of the app
    made it. The journal was used by that version last: an older backup put back would
    forget what it sent since (the same list would go again), and this version's doubt
    after a restore would be written into a schema it does not know."""
    good = next((b for b in backups(journal_path) if sound(b)), None)
    if good is not None and schema_of(good) > SCHEMA_VERSION:
        raise newer(good)
    return good


def make_backup(conn: sqlite3.Connection, journal_path: Path) -> Path:
    """Copy the open journal to a new backup and keep the newest :data:`KEEP`."""
    folder = private_dir(backup_folder(journal_path))
    # Microseconds: names sort in the order the backups were made.
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{journal_path.stem}-{stamp}.sqlite3"
    partial = target.with_suffix(".part")
    # Private from the start: it holds customers' numbers and names, and a backup cut short
    # (disk full) is not left behind, world-readable, in the backups folder.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    private_file(target)
    for old in backups(journal_path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def backup_due(journal_path: Path, now: float | None = None) -> bool:
    newest = backups(journal_path)
    if not newest:
        return True
    return (now or time.time()) - newest[0].stat().st_mtime > DAILY


def damaged(journal_path: Path, why: str) -> JournalDamagedError | JournalNewerError:
    """What to raise for a journal that cannot be opened: damaged (with the newest sound
    backup to offer), or of a newer version when that version made the newest backup."""
    try:
        good = _newest_sound(journal_path)
    except JournalNewerError as exc:
        return exc
    return JournalDamagedError(
        f"the sending journal {journal_path} is damaged ({why})",
        path=journal_path,
        backup=good,
    )


def restore_latest(journal_path: Path, *, now: float | None = None) -> Path:
    """Put the newest sound backup in place; the damaged file is kept beside it.

    Returns where the damaged journal was moved. Raises
    :class:`JournalDamagedError` (with no backup) when none is sound, and
    :class:`JournalNewerError` when the journal, or the only sound backups, are of a
    newer version: an older copy put in a newer journal's place would forget what the
    newer version sent, and the same list would go again.
    """
    if journal_path.exists() and schema_of(journal_path) > SCHEMA_VERSION:
        raise newer(journal_path)
    good = _newest_sound(journal_path)
    if good is None:
        raise JournalDamagedError(
            f"no sound backup of {journal_path}", path=journal_path, backup=None
        )
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime())
    kept = journal_path.with_name(f"{journal_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = journal_path.with_name(journal_path.name + suffix)
        if part.exists():
            part.replace(kept.with_name(kept.name + suffix))
    shutil.copyfile(good, journal_path)
    private_file(journal_path)
    doubt_unfinished(journal_path, since=good.stat().st_mtime, now=now or clock())
    with contextlib.closing(sqlite3.connect(journal_path, isolation_level=None)) as conn:
        set_inside(conn, counted_beside(journal_path))  # doubted here, not again at open
    log.warning("journal restored from %s; damaged copy kept as %s", good, kept)
    return kept


def doubt_unfinished(journal_path: Path, since: float, now: float) -> None:
    """After a restore, whatever was still to send may have been sent after the backup.

    Such requests become doubtful, attempted between the backup and now. One the backup
    shows attempted keeps its first attempt and the measure of eSMS's clock it left under:
    the engine retries it only while eSMS surely blocks its RequestId. One the backup shows
    never attempted gets the backup's time as its first attempt, on a clock that may have
    been changed since, and no measure: it is never retried with its RequestId, only
    settled from eSMS's records (``sending.settle.may_retry``). A last attempt moved to
    now loses the measure kept with the old one (none is known here).
    """
    conn = sqlite3.connect(journal_path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(requests)")}
        with conn:
            if "last_offset_low" in columns:  # a backup of an older version has none
                conn.execute(
                    "UPDATE requests SET last_offset_low=NULL, last_offset_high=NULL"
                    " WHERE state IN ('pending', 'sending') AND COALESCE(last_attempt_at, 0) < ?",
                    (now,),
                )
            conn.execute(
                "UPDATE requests SET uncertain=1,"
                " first_attempt_at=MIN(COALESCE(first_attempt_at, ?), ?),"
                " last_attempt_at=MAX(COALESCE(last_attempt_at, 0), ?)"
                " WHERE state IN ('pending', 'sending')",
                (since, since, now),
            )
    finally:
        conn.close()
