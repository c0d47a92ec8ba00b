"""A damaged journal: a plain message, the damaged file kept, and its newest backup restored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_helpers import campaign, phones, run_cli

from esms_desktop.base.errors import JournalDamagedError, JournalError
from esms_desktop.journal import Journal
from esms_desktop.journal.safety import backups, restore_latest
from esms_desktop.sending import Sender
from esms_desktop.simulator import EsmsSimulator, demo_client


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args)


@pytest.fixture
def journal_with_history(tmp_path: Path) -> Path:
    """The real journal of an app folder, with one sent campaign and its backup."""
    home = tmp_path / "home"
    path = home / "journal.sqlite3"
    client = demo_client(EsmsSimulator())
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(5))  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    assert backups(path)
    return path


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def bad_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = os.urandom(page)
    path.write_bytes(bytes(data))


def dropped_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DROP TABLE messages")
    conn.commit()
    conn.close()


def emptied(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "damage",
    [truncate, garbage, bad_page, dropped_table, emptied],
    ids=lambda f: f.__name__,
)
def test_damage_is_a_plain_message_the_file_is_kept_and_restore_works(
    journal_with_history: Path, damage: Callable[[Path], None]
) -> None:
    path = journal_with_history
    home = path.parent
    damage(path)
    before = path.read_bytes()
    done = cli(home, "history")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "The sending journal is damaged" in done.stderr
    assert "journal restore" in done.stderr and "Traceback" not in done.stderr
    assert path.read_bytes() == before  # kept, never overwritten or replaced
    restored = cli(home, "journal", "restore")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "sound (1 campaign)" in restored.stdout
    kept = [
        p for p in home.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == before
    history = cli(home, "history")
    assert history.returncode == 0 and "5 accepted" in history.stdout


def test_no_backup_says_so_and_touches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(JournalDamagedError) as info:
        Journal(path)
    assert info.value.backup is None
    with pytest.raises(JournalDamagedError):
        restore_latest(path)
    assert path.read_bytes() == b"not a database at all" * 100


def test_disk_full_while_sending_stops_with_a_plain_error_and_resumes_once(
    tmp_path: Path,
) -> None:
    """SQLite's 'disk is full' on a write: the engine stops, nothing is sent twice."""
    sim = EsmsSimulator()
    client = demo_client(sim)
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(20))  # type: ignore[arg-type]
        calls = [0]
        original = journal.record

        def failing_record(*args: object, **kwargs: object) -> None:
            calls[0] += 1
            if calls[0] == 8:
                raise JournalError("cannot write the journal: database or disk is full")
            original(*args, **kwargs)  # type: ignore[arg-type]

        journal.record = failing_record  # type: ignore[method-assign]
        with pytest.raises(JournalError):
            Sender(journal, client, cid, max_in_flight=1).run()  # type: ignore[arg-type]
        journal.record = original  # type: ignore[method-assign]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    assert sorted(sim.accepted_phones()) == sorted(phones(20))


def test_after_a_restore_what_was_sent_after_the_backup_is_not_sent_again(
    tmp_path: Path,
) -> None:
    """The backup says "pending"; in truth those messages left after it, on an earlier day."""
    now = [1_795_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0])
    client = demo_client(sim)
    path = tmp_path / "journal.sqlite3"
    numbers = phones(6)
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, client, numbers)  # type: ignore[arg-type]
        journal.backup()
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    for newer in backups(path)[:-1]:
        newer.unlink()  # only the backup from before the send is left
    os.utime(backups(path)[0], (now[0], now[0]))
    path.write_bytes(b"damaged")
    now[0] += 2 * 24 * 3600
    restore_latest(path, now=now[0])
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]

        def wait(seconds: float) -> None:  # eSMS's records get time to appear
            now[0] += seconds

        outcome = Sender(journal, client, cid, sleep=wait).run()  # type: ignore[arg-type]
        assert outcome.complete, outcome
    assert sorted(sim.accepted_phones()) == sorted(numbers)  # found in eSMS's records


def test_a_campaign_is_in_a_backup_before_its_first_message_leaves(tmp_path: Path) -> None:
    """A run killed half-way was in no backup: after a restore the journal had no trace
    of it, and the same list sent again charged those customers twice (found by a
    money-safety audit)."""
    import httpx

    from esms_desktop.api.client import EsmsClient
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.journal.safety import backups
    from esms_desktop.sending import Sender
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, EsmsSimulator
    from esms_desktop.simulator.transport import SimulatorTransport

    sim = EsmsSimulator()
    inner = SimulatorTransport(sim)
    journal = Journal(tmp_path / "journal.sqlite3")
    seen: list[set[int]] = []

    def line(request: httpx.Request) -> httpx.Response:
        if "Send" in request.url.path and not seen:  # the first message on its way
            newest = sqlite3.connect(backups(journal.path)[0])
            seen.append({r[0] for r in newest.execute("SELECT id FROM campaigns")})
            newest.close()
        return inner.handle_request(request)

    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=httpx.MockTransport(line)
    )
    cid = campaign(tmp_path, journal, client, phones(3))
    assert Sender(journal, client, cid).run().complete
    assert seen and all(names == {cid} for names in seen)


def test_a_restore_drops_the_measure_of_an_attempt_it_moves_to_now(tmp_path: Path) -> None:
    """After a restore, what was still to send counts as attempted until now: the measure
    of eSMS's clock kept with an older last attempt is not that moment's."""
    from esms_desktop.api.esms_clock import ClockOffset

    now = [1_795_000_000.0]
    path = tmp_path / "journal.sqlite3"
    kept = ClockOffset(-0.5, 0.5)
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, demo_client(EsmsSimulator()), phones(2))  # type: ignore[arg-type]
        sent, waiting = journal.requests(cid)
        journal.mark_sending([sent.pk], kept)
        journal.backup()
    for newer in backups(path)[1:]:
        newer.unlink()
    os.utime(backups(path)[0], (now[0], now[0]))
    path.write_bytes(b"damaged")
    restore_latest(path, now=now[0] + 3600)
    with Journal(path) as journal:
        sent, waiting = journal.requests(cid)
    assert (sent.first_attempt_at, sent.first_offset) == (now[0], kept)
    assert (sent.last_attempt_at, sent.last_offset) == (now[0] + 3600, None)
    assert waiting.first_offset is None is waiting.last_offset and waiting.uncertain


def test_a_backup_made_by_the_version_before_is_restored(tmp_path: Path) -> None:
    """A backup of journal schema 5 has no measures of eSMS's clock: restored, then migrated."""
    from esms_desktop.journal.safety import backup_folder
    from esms_desktop.journal.schema import MIGRATIONS

    path = tmp_path / "journal.sqlite3"
    folder = backup_folder(path)
    folder.mkdir(parents=True)
    old = sqlite3.connect(folder / "journal-20261127-100000-000000.sqlite3")
    for step in MIGRATIONS[:5]:
        old.executescript(step)
    old.executescript(
        "PRAGMA user_version=5;"
        "INSERT INTO campaigns (uid, name, channel, spec_json, created_at, updated_at)"
        " VALUES ('u1', 'Tết', 'cskh', '{}', 1, 1);"
        "INSERT INTO requests (campaign_id, batch, request_id) VALUES (1, 0, 'r1');"
    )
    old.close()
    path.write_bytes(b"damaged")
    restore_latest(path, now=1_795_000_000.0)
    with Journal(path) as journal:
        (row,) = journal.requests(1)
    assert row.uncertain and row.last_attempt_at == 1_795_000_000.0 and row.last_offset is None


def test_a_backup_cut_short_leaves_no_part_behind(tmp_path: Path) -> None:
    """Tried from outside on a full disk: each failed backup left an empty ``.part``, 0644
    (others could read what it held of customers' numbers) in the backups folder."""
    from esms_desktop.journal.safety import backup_folder, make_backup

    path = tmp_path / "journal.sqlite3"
    Journal(path).close()

    class _FullDisk:
        def backup(self, dest: sqlite3.Connection) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(sqlite3.OperationalError):
        make_backup(_FullDisk(), path)  # type: ignore[arg-type]
    assert not list(backup_folder(path).glob("*.part"))
    conn = sqlite3.connect(path)
    try:
        made = make_backup(conn, path)
    finally:
        conn.close()
    if os.name == "posix":
        assert made.stat().st_mode & 0o077 == 0
