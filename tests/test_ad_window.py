"""Decree 91's three advertising messages per number within 24 hours, judged at send times.

Found from the command line: three advertising campaigns at 04:28 held back a campaign
scheduled for 09:00 the next day (28.5 hours later), "send again after 24 hours"; and
advertising already handed to eSMS for tonight did not count against one sent now.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from engine_helpers import campaign, daytime, phones
from files import write_text

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.checks import load_account_for, run_checks
from esms_desktop.checks.result import CheckReport
from esms_desktop.checks.sms_rules import window_full
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.sending import Sender
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_QC_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)

AD = "[QC] Shop Hoa giam 20% tuan nay. Tu choi QC soan TC gui 1234"
HOUR = 3600.0
NUMBERS = phones(30)


def test_a_fourth_message_is_over_only_within_some_24_hours() -> None:
    t0 = 1_800_000_000.0
    three = [t0, t0 + HOUR, t0 + 2 * HOUR]
    assert window_full(three, t0 + 3 * HOUR)
    assert window_full(three, t0 - 20 * HOUR)  # before them, within 24 hours of all
    assert not window_full(three, t0 + 24 * HOUR + 1)  # the first one's day is over
    assert not window_full(three, t0 - 24 * HOUR + 2 * HOUR - 1)
    assert not window_full(three[:2], t0 + HOUR)
    # Spread over 46 hours: no 24 hours holds three of them and the new one.
    assert not window_full([t0, t0 + 23 * HOUR, t0 + 46 * HOUR], t0 + 12 * HOUR)
    assert window_full([t0, t0 + 11 * HOUR, t0 + 23 * HOUR], t0 + 12 * HOUR)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


def _sent_three(
    tmp_path: Path, journal: Journal, at: float, numbers: list[str] = NUMBERS, **spec: object
) -> None:
    """Three advertising campaigns to ``numbers``, handed to eSMS at ``at``."""
    sim = EsmsSimulator(clock=lambda: at)
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim),
        clock=lambda: at,
    )
    journal._now = lambda: at  # type: ignore[method-assign]
    for _ in range(3):
        cid = campaign(tmp_path, journal, client, numbers, "qc", again=True, **spec)
        assert Sender(journal, client, cid).run().complete


def _check(
    tmp_path: Path, journal: Journal, now: dt.datetime, schedule: dt.datetime | None = None
) -> CheckReport:
    rows = open_recipients(
        write_text(tmp_path / "new.csv", [["Tên", "Số điện thoại"]] + [["K", p] for p in NUMBERS])
    )
    spec = CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND, schedule=schedule)
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(EsmsSimulator())
    )

    def ads(numbers: list[str], start: float, end: float) -> dict[str, list[float]]:
        return journal.ad_times(numbers, start, end, now.timestamp())

    return run_checks(
        rows,
        spec,
        account=load_account_for(client, spec),
        client=client,
        now=now,
        recent_ads=ads,
    )


def _held(report: CheckReport) -> int:
    return sum(len(p.rows) for p in report.problems if p.code == "qc_daily")


def test_three_this_morning_hold_back_now_but_not_tomorrow_after_their_24_hours(
    tmp_path: Path, journal: Journal
) -> None:
    morning = daytime() - dt.timedelta(hours=2)  # 08:00
    _sent_three(tmp_path, journal, morning.timestamp())
    now = daytime()
    assert _held(_check(tmp_path, journal, now)) == 30
    assert _held(_check(tmp_path, journal, now, morning + dt.timedelta(hours=23))) == 30
    tomorrow = morning + dt.timedelta(hours=25)  # 09:00 tomorrow
    report = _check(tmp_path, journal, now, tomorrow)
    assert _held(report) == 0 and not report.blocked, report.problems


def test_three_set_for_tonight_hold_back_one_sent_now(tmp_path: Path, journal: Journal) -> None:
    tonight = daytime() + dt.timedelta(hours=10)  # 20:00, handed to eSMS at 10:00
    _sent_three(tmp_path, journal, daytime().timestamp(), schedule=tonight)
    now = daytime() + dt.timedelta(minutes=5)
    assert _held(_check(tmp_path, journal, now)) == 30
    two_days = daytime() + dt.timedelta(days=2)  # past tonight's 24 hours
    assert _held(_check(tmp_path, journal, now, two_days)) == 0


def test_a_sandbox_run_is_no_advertising_received(tmp_path: Path, journal: Journal) -> None:
    _sent_three(tmp_path, journal, daytime().timestamp(), sandbox=True)
    assert _held(_check(tmp_path, journal, daytime() + dt.timedelta(minutes=5))) == 0


def test_advertising_resumed_at_night_waits_for_the_morning(
    tmp_path: Path, journal: Journal
) -> None:
    """Checked at 21:55, confirmed (or resumed) at 22:10: nothing may go out until 07:00."""
    from esms_desktop.app.user_text import pause_reason
    from esms_desktop.base.texts import speaking
    from esms_desktop.base.vntime import from_esms
    from esms_desktop.journal import CampaignState

    clock = [daytime().replace(hour=21, minute=55).timestamp()]
    sim = EsmsSimulator(clock=lambda: clock[0])
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim),
        clock=lambda: clock[0],
    )
    journal._now = lambda: clock[0]  # type: ignore[method-assign]
    cid = campaign(tmp_path, journal, client, NUMBERS, "qc")
    clock[0] += 15 * 60
    outcome = Sender(journal, client, cid).run()
    assert sim.accepted == [] and outcome.state is CampaignState.PAUSED
    assert outcome.code == "qc_hours"
    morning = daytime().replace(hour=7) + dt.timedelta(days=1)
    assert from_esms(outcome.message) == morning.timestamp()
    with speaking("en"):
        said = pause_reason(outcome.code, outcome.message, command=f"resume {cid}")
        assert said is not None and "07:00" in said.action and f"resume {cid}" in said.action
    clock[0] = morning.timestamp() + 60
    assert Sender(journal, client, cid).run().complete
    assert sorted(sim.accepted_phones()) == sorted(NUMBERS)


def _stopped_at_daytime(journal: Journal) -> tuple[EsmsSimulator, EsmsClient]:
    """The journal, a simulator and a client on one clock standing still at 10:00 today."""
    at = daytime().timestamp()
    journal._now = lambda: at  # type: ignore[method-assign]
    sim = EsmsSimulator(clock=lambda: at)
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim),
        clock=lambda: at,
    )
    return sim, client


def _report_at(tmp_path: Path, when: dt.datetime) -> CheckReport:
    rows = open_recipients(
        write_text(tmp_path / "list.csv", [["Tên", "Số điện thoại"]] + [["K", p] for p in NUMBERS])
    )
    spec = CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND)
    report = run_checks(rows, spec, now=when)
    assert not report.blocked, report.problems
    return report


def test_a_fourth_campaign_from_an_old_check_is_refused(tmp_path: Path, journal: Journal) -> None:
    """Found in the window: the Send button of one check pressed four times sent four
    advertising campaigns to the same numbers within two minutes."""
    from esms_desktop.base.errors import StaleCheckError
    from esms_desktop.sending import create_campaign

    sim, client = _stopped_at_daytime(journal)
    report = _report_at(tmp_path, daytime())
    for _ in range(3):
        cid = create_campaign(journal, report, client=client, again=True)
        assert Sender(journal, client, cid).run().complete
    before = len(journal.campaigns())
    with pytest.raises(StaleCheckError) as refused:
        create_campaign(journal, report, client=client, again=True)
    assert len(journal.campaigns()) == before and len(sim.accepted) == 90
    from esms_desktop.app.user_text import for_error
    from esms_desktop.base.texts import speaking

    with speaking("en"):
        said = for_error(refused.value)
    assert "30 of these numbers" in said.text and "checks again by itself" in said.action


def test_two_advertising_sends_at_the_same_moment_cannot_both_be_a_third(
    tmp_path: Path, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A money-safety audit: Decree 91 was looked at again before a campaign was written,
    not in the writing transaction; two advertising sends of the same numbers at the same
    moment both passed the look (each a third) and both were written: a 4th in 24 hours.
    Here the other send is written between the first look and the write."""
    from esms_desktop.base.errors import StaleCheckError
    from esms_desktop.sending import create_campaign
    from esms_desktop.sending import plan as plan_module

    _, client = _stopped_at_daytime(journal)
    report = _report_at(tmp_path, daytime())
    for _ in range(2):
        cid = create_campaign(journal, report, client=client, again=True)
        assert Sender(journal, client, cid).run().complete
    rows = open_recipients(
        write_text(tmp_path / "other.csv", [["Tên", "Số điện thoại"]] + [["K", p] for p in NUMBERS])
    )
    other_ad = CampaignSpec("qc", content=AD.replace("20%", "30%"), brandname=DEMO_QC_BRAND)
    other_report = run_checks(rows, other_ad, now=daytime())  # another text: no twin
    planned = plan_module.plan_campaign
    other: list[int] = []

    def meanwhile(*args: object, **kwargs: object) -> object:
        if not other:  # the other send is written while this one is being planned
            other.append(-1)
            other[0] = create_campaign(journal, other_report, client=client)
        return planned(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_module, "plan_campaign", meanwhile)
    with pytest.raises(StaleCheckError):
        create_campaign(journal, report, client=client, again=True)
    assert [c.id for c in journal.campaigns()].count(other[0]) == 1
    assert len(journal.campaigns()) == 3  # two sent, the other one; not this one


def test_advertising_checked_before_22_is_not_written_after(
    tmp_path: Path, journal: Journal
) -> None:
    from esms_desktop.base.errors import StaleCheckError
    from esms_desktop.sending import create_campaign

    checked = daytime().replace(hour=21, minute=58)
    report = _report_at(tmp_path, checked)
    journal._now = lambda: checked.timestamp() + 5 * 60  # type: ignore[method-assign]
    with pytest.raises(StaleCheckError):
        create_campaign(journal, report)
    assert journal.campaigns() == []
    journal._now = lambda: checked.timestamp()  # type: ignore[method-assign]
    assert create_campaign(journal, report) > 0


def test_reminders_are_judged_at_each_rows_own_time(tmp_path: Path, journal: Journal) -> None:
    """Found from the command line: three advertising campaigns set for 09:00-09:45 on a
    day, then a reminder campaign whose rows go at 10:00 that day, sent a 4th to everyone
    (the rule was judged "now", before the rows had their times); and rows weeks away
    were held back by today's."""
    from esms_desktop.message.send_times import ReminderRule

    tomorrow = daytime() + dt.timedelta(days=1)
    sixty = phones(60)
    _sent_three(tmp_path, journal, daytime().timestamp(), sixty, schedule=tomorrow)
    dates = [tomorrow.date()] * 30 + [(tomorrow + dt.timedelta(days=20)).date()] * 30
    rows = [["Tên", "Số điện thoại", "Ngày"]] + [
        ["K", p, f"{d:%d/%m/%Y}"] for p, d in zip(sixty, dates, strict=True)
    ]
    rule = ReminderRule("Ngày", days_before=0, at=dt.time(10, 0))
    spec = CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND, reminder=rule)
    now = daytime() + dt.timedelta(minutes=5)

    def ads(numbers: list[str], start: float, end: float) -> dict[str, list[float]]:
        return journal.ad_times(numbers, start, end, now.timestamp())

    report = run_checks(
        open_recipients(write_text(tmp_path / "hen.csv", rows)), spec, now=now, recent_ads=ads
    )
    held = [p for p in report.problems if p.code == "qc_daily"]
    assert held and list(held[0].rows) == list(range(2, 32)), report.problems
    assert sorted(report.send_at) == list(range(32, 62))


def test_sending_failures_again_leaves_out_numbers_at_their_limit(
    tmp_path: Path, journal: Journal
) -> None:
    """ "Send again to failures" writes no check: it must not make a 4th within 24 hours."""
    from esms_desktop.base.texts import speaking
    from esms_desktop.journal import RequestState
    from esms_desktop.sending import plan_retry
    from esms_desktop.sending.again import choose_again

    at = daytime().timestamp()
    journal._now = lambda: at - 3600  # type: ignore[method-assign]
    # Another advertisement than the three below (those would be its failures sent again).
    other = "[QC] Mua 1 tang 1 hoa hong. Tu choi nhan tin soan TC gui 8085"
    failed = campaign(tmp_path, journal, client_for_clock(at - 3600), NUMBERS, "qc", content=other)
    for r in journal.requests(failed):
        journal.record(r.pk, RequestState.FAILED, code="105")
    _sent_three(tmp_path, journal, at)
    journal._now = lambda: at + 60  # type: ignore[method-assign]
    with pytest.raises(ValueError, match="usefully"):
        plan_retry(journal, failed)
    held = choose_again(journal, failed)  # what both fronts say of it
    assert (held.count, held.over_ad_limit) == (0, len(NUMBERS))
    with speaking("en"):
        assert "3 advertising messages in the last 24 hours" in held.why_not()
    journal._now = lambda: at + 25 * 3600  # type: ignore[method-assign]
    assert len(plan_retry(journal, failed).requests) == 1  # a day later: all 30 again


def client_for_clock(at: float) -> EsmsClient:
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(EsmsSimulator(clock=lambda: at)),
        clock=lambda: at,
    )
