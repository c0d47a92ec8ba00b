"""Reminders from a date column: reading dates, the two rules, the per-row checks, grouping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from files import write_text
from spoken import en

from esms_desktop.base.vntime import VIETNAM
from esms_desktop.checks import run_checks
from esms_desktop.checks.run import planned_sizes, send_groups
from esms_desktop.importing.dates import CellDate, DateProblem, read_date
from esms_desktop.message.send_times import ReminderRule, parse_at
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.sending.plan import plan_campaign

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.datetime(2026, 12, 3), CellDate(2026, 12, 3)),  # an Excel date
        (dt.datetime(2026, 12, 3, 14, 30), CellDate(2026, 12, 3, dt.time(14, 30))),  # date-time
        (dt.date(2026, 12, 3), CellDate(2026, 12, 3)),
        ("03/12/2026", CellDate(2026, 12, 3)),
        ("3/12/26", CellDate(2026, 12, 3)),
        ("03-12-2026", CellDate(2026, 12, 3)),
        ("03.12.2026", CellDate(2026, 12, 3)),
        ("2026-12-03", CellDate(2026, 12, 3)),
        ("03/12/2026 14:30", CellDate(2026, 12, 3, dt.time(14, 30))),
        ("03/12/2026 2:30 PM", CellDate(2026, 12, 3, dt.time(14, 30))),
        ("2026-12-03 09h15", CellDate(2026, 12, 3, dt.time(9, 15))),
        (" 03/12/2026 ", CellDate(2026, 12, 3)),
    ],
)
def test_dates_are_read_however_they_were_typed_or_stored(cell: object, expected: CellDate) -> None:
    assert read_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        (None, DateProblem.EMPTY),
        ("  ", DateProblem.EMPTY),
        ("mai", DateProblem.UNREADABLE),
        ("03/12/2026 25:00", DateProblem.IMPOSSIBLE),
        ("31/02/2026", DateProblem.IMPOSSIBLE),
        ("12/25/2026", DateProblem.AMBIGUOUS),  # month first: not guessed
        (46000.0, DateProblem.NUMBER),  # a date column formatted as a number
        ("46000", DateProblem.NUMBER),
        ("03/12", DateProblem.NO_YEAR),
        (True, DateProblem.UNREADABLE),
    ],
)
def test_unreadable_and_ambiguous_dates_are_refused_with_the_reason(
    cell: object, problem: DateProblem
) -> None:
    assert read_date(cell) is problem


def test_a_birthday_needs_no_year() -> None:
    assert read_date("29/02", year_needed=False) == CellDate(0, 2, 29)


def test_days_before_at_a_time() -> None:
    rule = ReminderRule("Ngày hẹn", days_before=1, at=dt.time(9, 0))
    when = rule.send_time(CellDate(2026, 12, 1, dt.time(15, 0)), NOW)
    assert when == dt.datetime(2026, 11, 30, 9, 0, tzinfo=VIETNAM)
    same_day = ReminderRule("Ngày hẹn", days_before=0, at=dt.time(7, 30))
    assert same_day.send_time(CellDate(2026, 12, 1), NOW).date() == dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        (CellDate(1990, 12, 5), dt.date(2026, 12, 5)),  # later this year
        (CellDate(1990, 3, 8), dt.date(2027, 3, 8)),  # past this year: next year
        (CellDate(1990, 11, 27), dt.date(2027, 11, 27)),  # today, but 09:00 has gone
        (CellDate(1992, 2, 29), dt.date(2027, 2, 28)),  # 2027 has no 29 February
        (CellDate(0, 2, 29), dt.date(2027, 2, 28)),
    ],
)
def test_yearly_is_the_next_occurrence(born: CellDate, expected: dt.date) -> None:
    rule = ReminderRule("Ngày sinh", yearly=True, at=dt.time(9, 0))
    assert rule.send_time(born, NOW).date() == expected


def test_29_february_in_a_leap_year_stays_on_the_29th() -> None:
    rule = ReminderRule("Ngày sinh", yearly=True)
    leap = dt.datetime(2028, 1, 10, tzinfo=VIETNAM)
    assert rule.send_time(CellDate(1992, 2, 29), leap).date() == dt.date(2028, 2, 29)


def test_a_rule_is_one_or_the_other_and_times_are_checked() -> None:
    with pytest.raises(ValueError):
        ReminderRule("x")
    with pytest.raises(ValueError):
        ReminderRule("x", days_before=1, yearly=True)
    assert parse_at("7:05") == dt.time(7, 5)
    with pytest.raises(ValueError):
        parse_at("25:00")


def _list(tmp_path: Path, dates: list[object], name: str = "hen.csv") -> Path:
    rows: list[list[object]] = [["Tên", "Số điện thoại", "Ngày hẹn"]]
    rows += [[f"Khach {i}", f"09{i:08d}", d] for i, d in enumerate(dates)]
    return write_text(tmp_path / name, rows)


def _check(path: Path, channel: str = "fixed", **rule: object) -> object:
    spec = CampaignSpec(
        channel,
        content="[QC] Uu dai. Tu choi soan TC" if channel == "qc" else "Chao {Tên}",
        brandname="SHOPHOA_QC" if channel == "qc" else "",
        reminder=ReminderRule("Ngày hẹn", **rule),  # type: ignore[arg-type]
    )
    return run_checks(open_recipients(path), spec, now=NOW, max_days=30)


def test_each_row_gets_its_time_or_its_reason(tmp_path: Path) -> None:
    path = _list(
        tmp_path,
        ["05/12/2026", "27/11/2026", "", "31/02/2026", "20/03/2027", "28/11/2026 08:00"],
    )
    report = _check(path, days_before=1, at=dt.time(9, 0))
    codes = {p.code: p.rows for p in report.problems}  # type: ignore[attr-defined]
    assert report.send_at == {  # type: ignore[attr-defined]
        2: dt.datetime(2026, 12, 4, 9, 0, tzinfo=VIETNAM),
    }
    assert codes["schedule_past"] == (3, 7)  # the 26th and today's 09:00 are gone
    assert codes["schedule_far"] == (6,)  # beyond the 30 days of the setting
    unreadable = {r for p in report.problems if p.code == "schedule_date" for r in p.rows}  # type: ignore[attr-defined]
    assert unreadable == {4, 5}  # empty, 31 February
    assert not report.blocked  # type: ignore[attr-defined]


def test_advertising_outside_hours_and_small_batches_are_refused_per_row(tmp_path: Path) -> None:
    dates = ["05/12/2026"] * 30 + ["06/12/2026"] * 5
    report = _check(_list(tmp_path, dates), "qc", days_before=0, at=dt.time(9, 0))
    codes = {p.code: p.rows for p in report.problems}  # type: ignore[attr-defined]
    assert len(codes["107"]) == 5  # only 5 on the 6th: below eSMS's 30
    assert planned_sizes(report) == [30]  # type: ignore[arg-type]
    night = _check(_list(tmp_path, dates, "n.csv"), "qc", days_before=0, at=dt.time(22, 30))
    assert "qc_hours" in {p.code for p in night.problems}  # type: ignore[attr-defined]
    assert not night.send_at  # type: ignore[attr-defined]


def test_requests_never_mix_send_times(tmp_path: Path) -> None:
    dates = ["05/12/2026"] * 3 + ["06/12/2026"] * 2 + ["05/12/2026"]
    report = _check(_list(tmp_path, dates), days_before=1)
    groups = send_groups(report)  # type: ignore[arg-type]
    assert [len(g) for g in groups] == [4, 2]
    plan = plan_campaign(report)  # type: ignore[arg-type]
    sends = {m.phone: m.send_at for r in plan.requests for m in r.messages}
    assert sorted(set(sends.values())) == ["2026-12-04 09:00:00", "2026-12-05 09:00:00"]


def test_zalo_bulk_requests_are_grouped_by_send_time(tmp_path: Path) -> None:
    from esms_desktop.checks.run import planned_sizes as sizes

    dates = ["05/12/2026"] * 520 + ["06/12/2026"] * 3
    rows: list[list[object]] = [["Tên", "Số điện thoại", "Ngày hẹn"]]
    rows += [[f"K{i}", f"09{i:08d}", d] for i, d in enumerate(dates)]
    spec = CampaignSpec(
        "zalo", oaid="x", template_id="1", reminder=ReminderRule("Ngày hẹn", days_before=1)
    )
    report = run_checks(open_recipients(write_text(tmp_path / "z.csv", rows)), spec, now=NOW)
    assert sizes(report) == [260, 260, 3]


def test_a_list_run_again_does_not_schedule_anyone_twice(tmp_path: Path) -> None:
    path = _list(tmp_path, ["05/12/2026", "06/12/2026"])
    spec = CampaignSpec(
        "fixed", content="Chao {Tên}", reminder=ReminderRule("Ngày hẹn", days_before=1)
    )
    earlier = {("0900000000", "2026-12-04 09:00:00"): 7}
    report = run_checks(
        open_recipients(path), spec, now=NOW, scheduled_before=lambda _channel: earlier
    )
    codes = {p.code: p.rows for p in report.problems}
    assert codes["schedule_twice"] == (2,) and list(report.send_at) == [3]
    assert "campaign 7" in next(en(p) for p in report.problems if p.code == "schedule_twice")


def test_a_missing_date_column_blocks(tmp_path: Path) -> None:
    path = _list(tmp_path, ["05/12/2026"])
    spec = CampaignSpec("fixed", content="x", reminder=ReminderRule("Ngày sinh", yearly=True))
    report = run_checks(open_recipients(path), spec, now=NOW)
    assert report.blocked and "schedule_column" in {p.code for p in report.problems}


def test_zalo_then_sms_cannot_be_sent_per_row(tmp_path: Path) -> None:
    path = _list(tmp_path, ["05/12/2026"])
    spec = CampaignSpec(
        "zalo-sms", oaid="x", template_id="1", brandname="B",
        reminder=ReminderRule("Ngày hẹn", days_before=1),
    )  # fmt: skip
    report = run_checks(open_recipients(path), spec, now=NOW)
    assert "schedule_zalo_sms" in {p.code for p in report.problems} and report.blocked


def test_sending_again_keeps_each_reminder_at_its_own_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
    from esms_desktop.catalogue import UNDELIVERED

    monkeypatch.setenv(CLOCK_OFFSET_ENV, repr(NOW.timestamp() - time.time()))
    from esms_desktop.journal import Journal, RequestState
    from esms_desktop.sending import plan_retry

    path = _list(tmp_path, ["05/12/2026", "06/12/2026", "05/12/2026"])
    report = _check(path, days_before=1)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        cid = journal.create_campaign(plan_campaign(report))  # type: ignore[arg-type]
        for r in journal.requests(cid):
            journal.record(r.pk, RequestState.FAILED, code=UNDELIVERED)
        again = plan_retry(journal, cid)
    times = sorted(m.send_at for r in again.requests for m in r.messages)
    assert times == ["2026-12-04 09:00:00", "2026-12-04 09:00:00", "2026-12-05 09:00:00"]


def test_another_time_still_ahead_for_the_same_customer_is_a_warning(tmp_path: Path) -> None:
    path = _list(tmp_path, ["05/12/2026", "06/12/2026"])
    spec = CampaignSpec(
        "fixed", content="Chao {Tên}", reminder=ReminderRule("Ngày hẹn", days_before=1)
    )
    earlier = {
        ("0900000000", "2026-12-01 09:00:00"): 4,  # the appointment moved: both would go
        ("0900000001", "2026-11-20 09:00:00"): 3,  # long gone: nothing to say
    }
    report = run_checks(
        open_recipients(path), spec, now=NOW, scheduled_before=lambda _channel: earlier
    )
    warned = {p.code: p.rows for p in report.problems}
    assert warned["schedule_other_time"] == (2,) and len(report.send_at) == 2


def test_choosing_each_customers_time_without_a_column_blocks_rather_than_sending_now(
    tmp_path: Path,
) -> None:
    path = _list(tmp_path, ["05/12/2026"])
    spec = CampaignSpec("fixed", content="x", reminder=ReminderRule("", days_before=1))
    report = run_checks(open_recipients(path), spec, now=NOW)
    assert report.blocked and "Choose the date column" in en(report.problems[-1])
