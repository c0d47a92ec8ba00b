"""A journal put back by hand from an older copy: what was sent after the copy is not sent
again (a money-safety audit: the app's own pre-send backup copied over the journal, then
``resume 1``, charged 240 of 299 customers a second time, 195,255 VND the journal never
knew of)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from engine_helpers import campaign, phones

from esms_desktop.base.errors import JournalDamagedError
from esms_desktop.journal import Journal, RequestState
from esms_desktop.journal.safety import backups, restore_latest
from esms_desktop.sending import Sender
from esms_desktop.simulator import DEMO_API_KEY, EsmsSimulator, demo_client


def test_an_older_copy_put_back_the_same_day_sends_nobody_twice(tmp_path: Path) -> None:
    now = [1_795_000_000.0]  # 10:26 Vietnam time: the copy and the resume on one day
    sim = EsmsSimulator(clock=lambda: now[0], records_lag=120)
    client = demo_client(sim)
    path = tmp_path / "journal.sqlite3"
    copy = tmp_path / "copy.sqlite3"
    numbers = phones(8)
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, client, numbers)  # type: ignore[arg-type]
    shutil.copyfile(path, copy)  # the user's copy: written, nothing sent yet
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    spent = sim.account(DEMO_API_KEY).balance
    now[0] += 600
    shutil.copyfile(copy, path)  # put back by hand (the app closed: no -wal left)

    def wait(seconds: float) -> None:  # eSMS's records get time to appear
        now[0] += seconds

    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        outcome = Sender(journal, client, cid, sleep=wait).run()  # type: ignore[arg-type]
        assert outcome.complete, outcome
        states = {r.state for r in journal.requests(cid)}
    assert sorted(sim.accepted_phones()) == sorted(numbers)  # each once
    assert sim.account(DEMO_API_KEY).balance == spent
    assert states == {RequestState.ACCEPTED}  # found in eSMS's records: counted as sent


def test_an_older_copy_put_back_the_next_day_is_settled_not_sent_again(tmp_path: Path) -> None:
    """eSMS has forgotten the RequestIds by then: only the journal can tell it is older."""
    now = [1_795_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0], records_lag=120)
    client = demo_client(sim)
    path = tmp_path / "journal.sqlite3"
    numbers = phones(8)
    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, client, numbers)  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    before_the_send = backups(path)[1]  # the app's own backup, made as the run began
    now[0] += 24 * 3600
    shutil.copyfile(before_the_send, path)  # put back by hand, the next day

    def wait(seconds: float) -> None:
        now[0] += seconds

    with Journal(path) as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        outcome = Sender(journal, client, cid, sleep=wait).run()  # type: ignore[arg-type]
        assert outcome.complete, outcome
        assert {r.state for r in journal.requests(cid)} == {RequestState.ACCEPTED}
    assert sorted(sim.accepted_phones()) == sorted(numbers)  # each once


def test_a_deleted_journal_offers_its_backup_instead_of_starting_empty(tmp_path: Path) -> None:
    client = demo_client(EsmsSimulator())
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(3))  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    path.unlink()
    with pytest.raises(JournalDamagedError) as info:
        Journal(path)
    assert info.value.backup is not None and not path.exists()
    restore_latest(path)
    with Journal(path) as journal:
        assert journal.summary(cid).accepted == 3


def test_a_journal_deleted_with_its_count_of_runs_still_offers_its_backup(tmp_path: Path) -> None:
    """Tried from outside: ``journal.sqlite3*`` deleted, then the same list sent again:
    299 of 299 customers charged twice. Its backups show there was a journal."""
    client = demo_client(EsmsSimulator())
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(3))  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    for part in tmp_path.glob("journal.sqlite3*"):
        part.unlink()
    with pytest.raises(JournalDamagedError) as info:
        Journal(path)
    assert info.value.backup is not None and not path.exists()
