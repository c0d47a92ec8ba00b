"""eSMS's clock, read from the ``Date`` of its answers, decides when a retry is still safe."""

from __future__ import annotations

import datetime as dt
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest
from files import write_text

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.esms_clock import LOOSE_SECONDS, SAME, ClockOffset, EsmsClock, offset_from
from esms_desktop.api.policy import NO_RETRY, RETRY_MARGIN, RetryPolicy, retry_allowed
from esms_desktop.base.errors import BadAnswerError, TransportError
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
)

#: 23:57 Vietnam time by eSMS's clock.
LATE = dt.datetime(2026, 11, 27, 23, 57, tzinfo=VIETNAM).timestamp()
MIDNIGHT = dt.datetime(2026, 11, 28, 0, 0, tzinfo=VIETNAM).timestamp()


def test_an_answer_places_esms_clock_within_its_round_trip() -> None:
    date = formatdate(LATE + 600, usegmt=True)  # eSMS is 10 minutes ahead
    found = offset_from(date, sent=LATE - 0.2, heard=LATE + 0.3)
    assert found is not None
    assert found.low == pytest.approx(599.7)
    assert found.high == pytest.approx(601.2)  # the Date is cut to the second


@pytest.mark.parametrize(
    "date", [None, "", "yesterday", "Fri, 27 Nov 2026 16:57:00 -0000", "Fri, 99 Nov 2026"]
)
def test_a_missing_or_unreadable_date_measures_nothing(date: str | None) -> None:
    assert offset_from(date, LATE, LATE + 1) is None


def test_a_slow_answer_is_too_loose_to_keep_and_a_quick_one_replaces_it() -> None:
    clock = EsmsClock()
    date = formatdate(LATE, usegmt=True)
    clock.observe(date, LATE - LOOSE_SECONDS - 5, LATE)
    assert clock.offset is None
    clock.observe(date, LATE - 0.5, LATE)
    quick = clock.offset
    assert quick is not None and quick.high - quick.low == pytest.approx(1.5)
    # A looser one soon after does not replace it; one ten minutes later does.
    clock.observe(formatdate(LATE + 60, usegmt=True), LATE + 50, LATE + 60)
    assert clock.offset == quick
    clock.observe(formatdate(LATE + 700, usegmt=True), LATE + 689, LATE + 700)
    assert clock.offset is not None and clock.offset.low == pytest.approx(0.0)


def test_this_computers_clock_set_back_takes_the_next_answer() -> None:
    clock = EsmsClock()
    clock.observe(formatdate(LATE, usegmt=True), LATE - 0.1, LATE)
    clock.observe(formatdate(LATE + 30, usegmt=True), LATE - 600 - 10, LATE - 600)
    assert clock.offset is not None and clock.offset.low == pytest.approx(630)


def test_retry_is_judged_by_esms_day_not_this_computers() -> None:
    ahead = ClockOffset(599.0, 601.0)  # eSMS's clock is 10 minutes ahead of ours
    first = LATE - 600  # 23:47 here, 23:57 for eSMS
    assert retry_allowed(first, first + 60, SAME)  # 23:48 here: "the same day"
    assert not retry_allowed(first, first + 60, ahead)  # 23:58 for eSMS: within the margin
    # A clock ahead of eSMS's: eSMS's day goes on after ours ends.
    behind = ClockOffset(-601.0, -599.0)
    late_here = MIDNIGHT + 120  # 00:02 here, 23:52 for eSMS, first sent at 23:50
    assert not retry_allowed(late_here - 720, late_here, SAME)
    assert retry_allowed(late_here - 720, late_here, behind)


def test_the_first_attempt_is_taken_as_early_and_now_as_late_as_the_measure_allows() -> None:
    first = MIDNIGHT - 1  # could have arrived just before or after eSMS's midnight
    loose = ClockOffset(-2.0, 2.0)
    # If it arrived at 23:59:57 eSMS forgets it at midnight: no retry after 23:55.
    assert not retry_allowed(first, first + 60, loose)
    now = MIDNIGHT - RETRY_MARGIN - 10
    assert retry_allowed(now - 60, now, loose)
    assert not retry_allowed(now - 60, now + 8, loose)  # +8 s and eSMS may be 2 s ahead


def _client(handler: httpx.MockTransport, clock: float) -> EsmsClient:
    return EsmsClient(
        Credentials("k" * 8, "s" * 8),
        transport=handler,
        retry=NO_RETRY,
        clock=lambda: clock,
    )


def test_only_esms_answers_are_measured() -> None:
    """A Wi-Fi sign-in page or a proxy's error carries another machine's time."""
    portal_date = formatdate(LATE + 3600, usegmt=True)

    def portal(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>Sign in</html>", headers={"Date": portal_date})

    client = _client(httpx.MockTransport(portal), LATE)
    with pytest.raises(BadAnswerError):
        client.get_balance()
    assert client.esms_clock.offset is None
    assert client.clock_offset == SAME

    def esms(request: httpx.Request) -> httpx.Response:
        answer = {"Balance": 1000, "CodeResponse": "100", "UserID": 1}
        return httpx.Response(200, json=answer, headers={"Date": formatdate(LATE, usegmt=True)})

    client = _client(httpx.MockTransport(esms), LATE - 600)
    client.get_balance()
    assert client.clock_offset.low == pytest.approx(600)


def test_the_loopback_simulator_dates_its_answers_by_its_own_clock() -> None:
    sim = EsmsSimulator(clock=lambda: LATE)
    with SimulatorServer(sim) as server:
        client = EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
            server.base_url,
            retry=NO_RETRY,
            clock=lambda: LATE - 180,
        )
        with client:
            client.get_balance()
            offset = client.clock_offset
    assert offset.low <= 180 <= offset.high


def test_advertising_opens_again_on_a_whole_minute_whatever_the_clocks() -> None:
    """Found by trying the window: "from 06:59" with eSMS's clock a second ahead."""
    from esms_desktop.sending.batches import ad_hours_closed

    night = dt.datetime(2026, 11, 27, 23, 30, tzinfo=VIETNAM).timestamp()
    seven = dt.datetime(2026, 11, 28, 7, 0, tzinfo=VIETNAM).timestamp()
    assert ad_hours_closed(night, SAME) == seven
    assert ad_hours_closed(night, ClockOffset(1.2, 2.4)) == seven
    assert ad_hours_closed(seven + 60, SAME) is None
    # eSMS's clock 10 minutes behind: its 07:00 is 07:10 here.
    assert ad_hours_closed(seven + 60, ClockOffset(-600.5, -599.5)) == seven + 660


def test_a_check_judges_a_send_time_by_esms_clock_when_it_is_ahead(tmp_path: Path) -> None:
    """Found from the command line: with this computer 10 minutes behind eSMS, a time 8
    minutes ahead was "Ready to send", then every message was "send time passed"."""
    from esms_desktop.base.vntime import now as app_now
    from esms_desktop.checks import load_account_for, run_checks
    from esms_desktop.message.spec import CampaignSpec
    from esms_desktop.recipients.recipient_list import open_recipients
    from esms_desktop.simulator import SimulatorTransport

    path = write_text(tmp_path / "one.csv", [["SĐT"], ["0961234567"]])

    def checked(ahead: float) -> set[str]:
        sim = EsmsSimulator(clock=lambda: app_now() + ahead)
        client = EsmsClient(
            Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
        )
        when = dt.datetime.fromtimestamp(app_now() + 8 * 60, VIETNAM).replace(microsecond=0)
        spec = CampaignSpec("fixed", content="Hello", schedule=when)
        report = run_checks(
            open_recipients(path), spec, account=load_account_for(client, spec), client=client
        )
        return {p.code for p in report.problems}

    assert "schedule_past" not in checked(0)
    assert "schedule_past" in checked(10 * 60)


# ---------------------------------------------------------------- this computer's clock changed

#: 10:00 Vietnam time, on eSMS's clock and (at first) this computer's.
MORNING = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM).timestamp()
DAY = 24 * 3600.0
#: A measure of two clocks that agree (eSMS dates its answers to the second).
AGREE = ClockOffset(-0.5, 0.5)


def test_a_retry_after_the_clock_was_set_back_is_judged_by_the_attempts_measure() -> None:
    """Attempted at 10:00 and lost; the computer's clock then set back a day; resumed the
    next day at 09:00, which this computer calls the attempt's day. eSMS's block ended at
    its midnight: a retry would be delivered and paid twice."""
    now = MORNING + 23 * 3600 - DAY  # 09:00 the next day, read on the clock set back
    set_back = ClockOffset(DAY - 0.5, DAY + 0.5)  # measured now: eSMS is a day ahead
    assert not retry_allowed(MORNING, now, set_back, AGREE)
    # Without the measure kept with the attempt (a journal from before it was kept), the
    # attempt's time is taken to be on today's clock: this case is not caught.
    assert retry_allowed(MORNING, now, set_back)


def test_a_clock_set_forward_after_the_attempt_does_not_refuse_a_retry_esms_still_blocks() -> None:
    now = MORNING + 30 * 60 + DAY  # 10:30 the same day, on a clock set a day forward
    set_forward = ClockOffset(-DAY - 0.5, -DAY + 0.5)
    assert retry_allowed(MORNING, now, set_forward, AGREE)
    assert not retry_allowed(MORNING, now, set_forward)  # unkept: only a delay
    # 23:57 for eSMS: within the margin before its midnight, whatever this clock says.
    late = MORNING + 13 * 3600 + 57 * 60 + DAY
    assert not retry_allowed(MORNING, late, set_forward, AGREE)


def test_a_retry_that_cannot_be_placed_on_esms_clock_is_refused() -> None:
    """Kept with the attempt, but nothing measured now (the computer's clock was changed
    since the last answer): now cannot be placed on eSMS's clock."""
    assert not retry_allowed(MORNING, MORNING + 60, None, AGREE)
    # Neither: both times are this computer's, the clocks taken to agree (as before).
    assert retry_allowed(MORNING, MORNING + 60, None, None)
    assert retry_allowed(MORNING, MORNING + 60, None) == retry_allowed(MORNING, MORNING + 60)


class StepClocks:
    """This computer's clock and a monotonic one, moved by hand."""

    def __init__(self, start: float) -> None:
        self.wall = start
        self.steady = 1000.0

    def passes(self, seconds: float) -> None:
        self.wall += seconds
        self.steady += seconds


def test_a_measure_is_dropped_when_this_computers_clock_is_changed() -> None:
    clocks = StepClocks(MORNING)
    clock = EsmsClock(lambda: clocks.wall, lambda: clocks.steady)
    clock.observe(formatdate(MORNING, usegmt=True), MORNING - 0.2, MORNING)
    kept = clock.offset
    assert kept is not None and kept.low <= 0 <= kept.high
    clocks.passes(3600)
    clocks.wall += 20  # a time service's small correction: kept
    assert clock.offset == kept
    clocks.wall -= DAY  # set back a day
    assert clock.offset is None
    clocks.passes(60)
    assert clock.offset is None  # until the next answer
    heard = clocks.wall  # eSMS's clock: 3,660 s after MORNING
    clock.observe(formatdate(MORNING + 3660, usegmt=True), heard - 0.2, heard)
    again = clock.offset
    assert again is not None and again.low == pytest.approx(DAY - 20)


def test_a_send_is_not_retried_within_its_call_when_the_clock_is_set_back_meanwhile() -> None:
    """Sent at 23:59:50 (within the margin before midnight: no retry), the answer lost, and
    the computer's clock set back an hour before the client decides: the retry's time is
    the first attempt's plus what really passed, not the clock set back."""
    t = [MIDNIGHT - 10]
    calls: list[str] = []

    def lost(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        t[0] -= 3600  # the clock is set back while the answer is awaited
        raise httpx.ReadError("connection reset", request=request)

    client = EsmsClient(
        Credentials("k" * 8, "s" * 8),
        transport=httpx.MockTransport(lost),
        retry=RetryPolicy(max_attempts=4, base_delay=0.0, max_delay=0.0),
        sleep=lambda _s: None,
        clock=lambda: t[0],
    )
    with pytest.raises(TransportError):
        client.send_customer_care("0961234567", "Hello", "SHOPHOA_DEMO", "req-1")
    assert len(calls) == 1
