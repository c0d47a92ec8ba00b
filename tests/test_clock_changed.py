"""This computer's clock changed between a lost answer and the retry: nothing is paid twice.

In-process simulator (eSMS, on real time) and journal and client on this computer's
clock, which the user moves. Each attempt is journaled with the measure of eSMS's clock
known as it left; a retry and the records grace are judged on eSMS's clock by it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import httpx
from engine_helpers import campaign, phones

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.journal import CampaignState, Journal, RequestState
from esms_desktop.sending import Sender
from esms_desktop.sending.sender import RECORDS_PAUSE
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
    demo_account,
)

DAY = 24 * 3600.0
#: 10:00 and 23:50 Vietnam time, on eSMS's clock.
MORNING = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM).timestamp()
LATE = dt.datetime(2026, 11, 27, 23, 50, tzinfo=VIETNAM).timestamp()


class Clocks:
    """eSMS's clock (the time that really passes) and this computer's, which may be set."""

    def __init__(self, start: float) -> None:
        self.real = start
        self.shift = 0.0

    def esms(self) -> float:
        return self.real

    def computer(self) -> float:
        return self.real + self.shift

    def sleep(self, seconds: float) -> None:
        self.real += seconds


class Line(httpx.BaseTransport):
    """The simulator, whose answers to sends are lost (after eSMS took them) while ``losing``."""

    def __init__(self, sim: EsmsSimulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.losing = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.losing and "json/Send" in request.url.path:
            raise httpx.RemoteProtocolError("cut after processing", request=request)
        return response


def client_on(line: Line, clocks: Clocks) -> EsmsClient:
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=line,
        retry=NO_RETRY,
        sleep=lambda _s: None,
        clock=clocks.computer,
    )


def lost(tmp_path: Path, clocks: Clocks, **sim: object) -> tuple[EsmsSimulator, Journal, int]:
    """A campaign of 6 sent at ``clocks``' time, every answer lost: eSMS took each once."""
    simulator = EsmsSimulator(
        [demo_account(Decimal(10_000_000))],
        clock=clocks.esms,
        **sim,  # type: ignore[arg-type]
    )
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clocks.computer  # type: ignore[method-assign]
    line = Line(simulator)
    client = client_on(line, clocks)
    cid = campaign(tmp_path, journal, client, phones(6))
    line.losing = True
    outcome = Sender(
        journal, client, cid, max_in_flight=6, network_backoff=lambda _n: 0.0, sleep=clocks.sleep
    ).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "network"
    assert len(journal.doubtful(cid)) == 6
    assert_once(simulator)
    return simulator, journal, cid


def assert_once(sim: EsmsSimulator) -> None:
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(phones(6)), counts
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]


def resume(sim: EsmsSimulator, journal: Journal, cid: int, clocks: Clocks, **kw: object) -> object:
    """A resume after the app was started again: a new client, nothing measured yet."""
    client = client_on(Line(sim), clocks)
    return Sender(journal, client, cid, sleep=clocks.sleep, **kw).run()  # type: ignore[arg-type]


def test_a_clock_set_back_a_day_does_not_make_the_next_days_resume_retry(tmp_path: Path) -> None:
    """Sent at 10:00, answers lost; the computer's clock set back a day; resumed the next
    day at 09:00, which this computer calls the day of the attempts. eSMS's block ended
    at its midnight: a retry with the same RequestId would be delivered and paid twice.
    The resume settles them from eSMS's records instead: found, counted as sent."""
    clocks = Clocks(MORNING)
    sim, journal, cid = lost(tmp_path, clocks)
    clocks.shift = -DAY
    clocks.real += 23 * 3600  # eSMS: 09:00 the next day; here: 09:00 the same day

    outcome = resume(sim, journal, cid, clocks)
    assert outcome.complete, outcome  # type: ignore[attr-defined]
    assert_once(sim)
    rows = journal.requests(cid)
    # Found in eSMS's records (each with its SMSID), not a retry answered 124.
    assert {r.code for r in rows} == {"100"}
    assert {r.sms_id for r in rows} == {a.sms_id for a in sim.accepted}


def test_a_clock_set_forward_after_the_attempt_still_retries_within_esms_day(
    tmp_path: Path,
) -> None:
    """The other way: set a day forward, resumed half an hour later. eSMS still blocks the
    RequestIds: the retries are answered 124 and count as sent, nothing is paid twice."""
    clocks = Clocks(MORNING)
    sim, journal, cid = lost(tmp_path, clocks)
    clocks.shift = DAY
    clocks.real += 30 * 60

    outcome = resume(sim, journal, cid, clocks)
    assert outcome.complete, outcome  # type: ignore[attr-defined]
    assert_once(sim)
    assert {r.code for r in journal.requests(cid)} == {"124"}


def test_a_clock_set_forward_does_not_shorten_the_wait_for_esms_records(tmp_path: Path) -> None:
    """Sent at 23:50, answers lost, the clock then set a day forward; resumed 15 minutes
    later (after eSMS's midnight: no retry), while eSMS's records lag 20 minutes. By this
    computer's clock the records grace passed long ago; by eSMS's it has not: "not on
    record" proves nothing yet, and nothing is sent again."""
    clocks = Clocks(LATE)
    sim, journal, cid = lost(tmp_path, clocks, records_lag=20 * 60)
    clocks.shift = DAY
    clocks.real += 15 * 60

    outcome = resume(sim, journal, cid, clocks, records_wait=120)
    assert_once(sim)
    assert outcome.state is CampaignState.PAUSED and outcome.code == RECORDS_PAUSE  # type: ignore[attr-defined]
    assert len(journal.doubtful(cid)) == 6

    clocks.real += 30 * 60  # the grace has passed on eSMS's clock too
    outcome = resume(sim, journal, cid, clocks, records_wait=120)
    assert outcome.complete, outcome  # type: ignore[attr-defined]
    assert_once(sim)
    assert {r.code for r in journal.requests(cid)} == {"100"}


def test_a_clock_set_back_during_a_run_is_measured_again_before_a_retry(tmp_path: Path) -> None:
    """Within one run: the answers of 23:50 are lost, the computer's clock is set back a
    day while the engine waits, and eSMS's midnight passes. The measure of eSMS's clock
    taken before no longer holds (the computer's clock moved without the time passing):
    the retry is judged by a new one, and the requests are settled from eSMS's records."""
    clocks = Clocks(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clocks.esms)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clocks.computer  # type: ignore[method-assign]
    line = Line(sim)
    client = client_on(line, clocks)
    cid = campaign(tmp_path, journal, client, phones(6))
    line.losing = True

    def wait(seconds: float) -> None:
        if line.losing:  # the first wait after the lost answers
            line.losing = False
            clocks.shift = -DAY
            clocks.real += 12 * 60  # eSMS: 00:02; here: 00:02 the day before
        clocks.sleep(seconds)

    outcome = Sender(
        journal, client, cid, max_in_flight=6, network_backoff=lambda _n: 1.0, sleep=wait
    ).run()
    assert outcome.complete, outcome
    assert_once(sim)
    assert {r.code for r in journal.requests(cid)} == {"100"}


def test_every_run_measures_esms_clock_before_its_first_request_leaves(tmp_path: Path) -> None:
    """Nothing in doubt, nothing timed, a client that has seen no answer yet: each request
    still leaves with a measure journaled, for a retry after a clock change."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(
        tmp_path,
        journal,
        EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)),
        phones(6),
    )
    fresh = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
    )
    assert Sender(journal, fresh, cid, max_in_flight=1).run().complete
    rows = journal.requests(cid)
    assert {r.state for r in rows} == {RequestState.ACCEPTED}
    assert all(r.first_offset is not None and r.last_offset is not None for r in rows)


def test_settling_from_history_measures_esms_clock_first(tmp_path: Path) -> None:
    """History's "settle" on a client that has not measured eSMS's clock (just started, or
    the computer's clock was changed since): it asks first, instead of taking no time of
    this clock as trustworthy and waiting a whole records grace for an attempt of
    yesterday."""
    from esms_desktop.sending.status import resolve_unknown

    clocks = Clocks(MORNING)
    sim, journal, cid = lost(tmp_path, clocks)
    clocks.real += 25 * 3600
    client = client_on(Line(sim), clocks)
    assert client.esms_clock.offset is None
    settled = resolve_unknown(journal, client, cid)
    assert (settled.accepted, settled.waiting, settled.resend) == (6, 0, 0)
    assert_once(sim)


class DeadLine(Line):
    """eSMS takes every request, and no answer comes back, not even a look-up's."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.inner.handle_request(request)
        raise httpx.RemoteProtocolError("cut after processing", request=request)


def test_a_run_that_hears_nothing_sends_nothing(tmp_path: Path) -> None:
    """A resume on a line that loses every answer, the balance look-up's too: the requests
    went out with eSMS's clock unmeasured, so after this computer's clock was set a day
    forward, their records grace was read on it as long passed, and 5 minutes after the
    attempts (eSMS's records 20 minutes behind) "not on record" sent all 6 again (a
    money-safety audit). Nothing leaves before an answer measured eSMS's clock."""
    clocks = Clocks(MORNING)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clocks.esms, records_lag=20 * 60)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clocks.computer  # type: ignore[method-assign]
    cid = campaign(tmp_path, journal, client_on(Line(sim), clocks), phones(6))
    dead = client_on(DeadLine(sim), clocks)  # a new run: nothing measured yet
    outcome = Sender(
        journal,
        dead,
        cid,
        max_in_flight=6,
        network_backoff=lambda _n: 0.0,
        sleep=clocks.sleep,
        records_wait=120,  # as the command line's
    ).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "network"
    assert not sim.accepted and not journal.doubtful(cid)

    clocks.shift = DAY
    clocks.real += 5 * 60
    outcome = resume(sim, journal, cid, clocks, records_wait=120)
    assert outcome.complete, outcome  # type: ignore[attr-defined]
    assert_once(sim)


def test_a_restore_after_the_clock_was_set_back_retries_nothing_after_esms_day(
    tmp_path: Path,
) -> None:
    """Killed at 23:50 after everything went; the journal then damaged, this computer's
    clock set back an hour, the backup from before the run restored at eSMS's 00:10 (23:10
    here). What the backup still had to send may have left at any time since it, on a clock
    changed since: placed by today's measure, the retries looked like the same day's and
    charged everything twice (a money-safety audit: 80 of 150 through the command line).
    They are settled from eSMS's records instead."""
    import os

    from esms_desktop.journal.safety import backups, restore_latest

    clocks = Clocks(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clocks.esms)
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal._now = clocks.computer  # type: ignore[method-assign]
        client = client_on(Line(sim), clocks)
        cid = campaign(tmp_path, journal, client, phones(6))
        assert Sender(journal, client, cid).run().complete
    assert_once(sim)
    for newer in backups(path)[:-1]:
        newer.unlink()  # the run was killed: no backup after it
    os.utime(backups(path)[0], (LATE, LATE))  # written by this computer's clock
    path.write_bytes(b"damaged")
    clocks.real += 20 * 60
    clocks.shift = -3600
    restore_latest(path, now=clocks.computer())

    with Journal(path) as journal:
        journal._now = clocks.computer  # type: ignore[method-assign]
        outcome = resume(sim, journal, cid, clocks)
        assert outcome.complete, outcome  # type: ignore[attr-defined]
        assert {r.code for r in journal.requests(cid)} == {"100"}  # found in eSMS's records
    assert_once(sim)
