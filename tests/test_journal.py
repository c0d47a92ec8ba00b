"""The journal's schema: durable settings, migrations that keep data, a newer file refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from engine_helpers import campaign, phones

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.base.errors import JournalNewerError
from esms_desktop.journal import Journal
from esms_desktop.journal.schema import MIGRATIONS, SCHEMA_VERSION
from esms_desktop.sending import Sender
from esms_desktop.sending.sender import AccountMismatchError
from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, EsmsSimulator, SimulatorTransport


def client(sim: EsmsSimulator, key: str = DEMO_API_KEY) -> EsmsClient:
    return EsmsClient(Credentials(key, DEMO_SECRET_KEY), transport=SimulatorTransport(sim))


def test_wal_and_full_sync(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    assert journal._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_version_1_journal_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    old.execute(
        "INSERT INTO campaigns (uid, name, channel, spec_json, created_at, updated_at)"
        " VALUES ('u1', 'Tết', 'cskh', '{}', 1, 1)"
    )
    old.commit()
    old.close()
    journal = Journal(path)
    (row,) = journal.campaigns()
    assert row.name == "Tết" and row.account_fp == ""
    assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_journal_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Journal(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(JournalNewerError, match="newer version of the app"):
        Journal(path)


def test_a_campaign_is_only_sent_by_its_own_account(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    sim = EsmsSimulator()
    cid = campaign(tmp_path, journal, client(sim), phones(2))
    fingerprint = journal.campaign(cid).account_fp
    assert fingerprint and DEMO_API_KEY not in fingerprint
    with pytest.raises(AccountMismatchError):
        Sender(journal, client(sim, key="ANOTHER-ACCOUNT-KEY"), cid)
    assert Sender(journal, client(sim), cid).run().complete


def test_the_failures_of_a_campaign_are_picked_by_sqlite_as_the_full_list_would(
    tmp_path: Path,
) -> None:
    """The Send page lists failed requests and failed deliveries without reading a whole
    campaign; the pick must be exactly what filtering all the messages gives."""
    from esms_desktop.journal import RequestState

    journal = Journal(tmp_path / "j.sqlite3")
    cid = campaign(tmp_path, journal, client(EsmsSimulator()), phones(6), "fixed")
    first, second, third, *_ = journal.requests(cid)
    journal.record(first.pk, RequestState.FAILED, code="103")
    journal.record(second.pk, RequestState.ACCEPTED, sms_id="x")
    journal.record(third.pk, RequestState.ACCEPTED, sms_id="y")
    by_request = {m.request_pk: m.pk for m in journal.messages(cid)}
    journal.set_delivery([(by_request[second.pk], "failed"), (by_request[third.pk], "delivered")])
    everything = journal.messages(cid)
    picked = journal.messages(cid, failures_only=True)
    assert picked == [m for m in everything if m.state == "failed" or m.delivery == "failed"]
    assert [m.request_pk for m in picked] == [first.pk, second.pk]


def test_each_message_is_written_under_its_own_request(tmp_path: Path) -> None:
    """Requests and messages are written in two bulk calls: each message must end up
    under the request it was planned in, in order, and an excluded one under none."""
    from esms_desktop.journal import NewCampaign, NewMessage, NewRequest

    journal = Journal(tmp_path / "j.sqlite3")
    # An earlier campaign, so that request keys and RequestId order differ from 1, 2, 3.
    campaign(tmp_path, journal, client(EsmsSimulator()), phones(3), "fixed")
    sizes = [3, 1, 2, 4]  # messages per request; the RequestIds are not in key order
    new = NewCampaign(
        uid="u2",
        name="mixed",
        channel="qc",
        spec_json="{}",
        requests=[
            NewRequest(
                batch,
                f"u2-{9 - batch}",
                [
                    NewMessage(row=10 * batch + i, phone=f"09{batch}{i:07d}", values=[f"ế{i}"])
                    for i in range(n)
                ],
            )
            for batch, n in enumerate(sizes)
        ],
        excluded=[NewMessage(row=99, phone="0", excluded_code="108")],
    )
    cid = journal.create_campaign(new)
    requests = journal.requests(cid)
    assert [r.request_id for r in requests] == [r.request_id for r in new.requests]
    by_request: dict[int | None, list[str]] = {}
    for m in journal.messages(cid):
        by_request.setdefault(m.request_pk, []).append(m.phone)
    for written, planned in zip(requests, new.requests, strict=True):
        assert by_request[written.pk] == [m.phone for m in planned.messages]
    assert by_request[None] == ["0"]
    assert journal.messages(cid)[0].values == ["ế0"]


# ------------------------------------------- eSMS's clock as believed when each attempt left

#: 10:00 Vietnam time on 27 November 2026.
MORNING = 1_795_748_400.0
DAY = 24 * 3600.0


def test_a_journal_of_schema_5_opens_and_its_attempts_are_settled_not_retried(
    tmp_path: Path,
) -> None:
    """Attempts journaled before the measure of eSMS's clock was kept with them have none:
    they cannot be placed on eSMS's clock (this computer's may have been changed since), so
    they are settled from eSMS's records, never retried, even where the time alone would
    allow it (placed by today's measure, a clock set back a day let a retry through)."""
    from esms_desktop.api.esms_clock import ClockOffset
    from esms_desktop.api.policy import retry_allowed
    from esms_desktop.sending.settle import barred

    path = tmp_path / "schema5.sqlite3"
    old = sqlite3.connect(path)
    for step in MIGRATIONS[:5]:
        old.executescript(step)
    old.executescript("PRAGMA user_version=5;")
    old.execute(
        "INSERT INTO campaigns (uid, name, channel, spec_json, created_at, updated_at)"
        " VALUES ('u1', 'Tết', 'cskh', '{}', ?, ?)",
        (MORNING, MORNING),
    )
    old.execute(
        "INSERT INTO requests (campaign_id, batch, request_id, state, uncertain, attempts,"
        " first_attempt_at, last_attempt_at) VALUES (1, 0, 'r1', 'sending', 1, 1, ?, ?)",
        (MORNING, MORNING),
    )
    old.commit()
    old.close()

    journal = Journal(path)
    assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    (row,) = journal.doubtful(1)
    assert row.first_attempt_at == MORNING and row.first_offset is None is row.last_offset
    set_back = ClockOffset(DAY - 0.5, DAY + 0.5)
    for now, esms in [
        (MORNING + 3600, ClockOffset(-0.5, 0.5)),
        (MORNING + 23 * 3600 - DAY, set_back),  # the time alone: allowed (the old hole)
        (MORNING + 14 * 3600, ClockOffset(-0.5, 0.5)),
    ]:
        rule = retry_allowed(MORNING, now, esms)
        assert retry_allowed(row.first_attempt_at, now, esms, row.first_offset) is rule
        assert barred(journal, 1, now, esms) == [row]
    # Attempted again under a measure: its first attempt still has none (it left unmeasured).
    journal.mark_sending([row.pk], set_back)
    (again,) = journal.doubtful(1)
    assert again.first_offset is None and again.last_offset == set_back
    journal.close()


def test_each_attempt_keeps_the_measure_of_esms_clock_it_left_under(tmp_path: Path) -> None:
    from esms_desktop.api.esms_clock import ClockOffset

    journal = Journal(tmp_path / "j.sqlite3")
    cid = campaign(tmp_path, journal, client(EsmsSimulator()), phones(2))
    a, b = journal.requests(cid)
    first, second = ClockOffset(-0.25, 0.75), ClockOffset(DAY - 1, DAY)
    journal.mark_sending([a.pk, b.pk], first)
    journal.mark_sending([a.pk], second)
    journal.mark_sending([b.pk])  # nothing measured: the last attempt has none
    a, b = journal.requests(cid)
    assert (a.first_offset, a.last_offset) == (first, second)
    assert (b.first_offset, b.last_offset) == (first, None)
    # A new RequestId starts a new block: its first attempt is the next one.
    assert journal.retire_request_id(a.pk, "fresh-1", old_id=a.request_id)
    (a, _) = journal.requests(cid)
    assert a.first_attempt_at is None and a.first_offset is None
    journal.mark_sending([a.pk], second)
    (a, _) = journal.requests(cid)
    assert a.first_offset == second
    journal.close()
