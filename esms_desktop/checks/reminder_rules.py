"""Checks of each row's own send time (reminders and birthdays from a date column).

Every row whose date cannot give a send time eSMS would accept, at a time the
law allows, is taken out of the send with its reason: an unreadable date, a
time already past, one further ahead than the app schedules, advertising
outside 07:00-22:00 (Decree 91/2020), a customer this list already scheduled
in an earlier campaign, or an advertising send time shared by fewer than 30
customers (eSMS's smallest advertising batch). Nothing is moved silently.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from esms_desktop.api.batching import QC_MIN
from esms_desktop.base.texts import words
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport, RecentAds, ScheduledBefore
from esms_desktop.checks.sms_rules import daily_limit, in_ad_hours
from esms_desktop.importing.dates import DATE_REASONS, DateProblem, read_date
from esms_desktop.message.spec import esms_send_date

#: A send time must leave this long to hand the message to eSMS.
LEAD = dt.timedelta(minutes=5)


def reminder_checks(
    report: CheckReport,
    now: dt.datetime,
    max_days: int,
    scheduled_before: ScheduledBefore | None,
    recent_ads: RecentAds | None = None,
) -> None:
    """Give each sendable row its send time, or take it out with the reason; advertising
    is then held to Decree 91's 3 per 24 hours at each row's own time."""
    rule = report.spec.reminder
    assert rule is not None
    index = _date_column(report, rule.column)
    if index is None:
        return
    left_out = _place_rows(report, index, now, max_days)
    _report_left_out(report, left_out, rule.column, max_days)
    if scheduled_before is not None:
        _already_scheduled(report, scheduled_before, now)
    if report.spec.channel.is_advertising:
        if recent_ads is not None:
            daily_limit(report, recent_ads, now)
        _advertising_batches(report)


def _date_column(report: CheckReport, column: str) -> int | None:
    """The index of the date column, or None after blocking the campaign for the reason."""
    if not column.strip():
        report.add("schedule_column", Severity.BLOCKING, words("checks.choose_date_column"))
        return None
    index = report.recipients.mapping.index_of(column)
    if index is None:
        reason = words("checks.no_date_column", column=column)
        report.add("schedule_column", Severity.BLOCKING, reason)
    return index


@dataclass
class _LeftOut:
    """The rows whose date gives no send time to keep, by reason."""

    unreadable: defaultdict[DateProblem, list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )
    past: list[int] = field(default_factory=list)
    far: list[int] = field(default_factory=list)
    #: Advertising outside the hours the law allows.
    hours: list[int] = field(default_factory=list)


def _place_rows(report: CheckReport, index: int, now: dt.datetime, max_days: int) -> _LeftOut:
    """Each sendable row's send time from its date cell into ``report.send_at``; the rows
    that get none, by reason."""
    rule = report.spec.reminder
    assert rule is not None
    left_out = _LeftOut()
    horizon = now + dt.timedelta(days=max_days)
    for r in report.sendable:
        cell = r.cells[index] if index < len(r.cells) else None
        date = read_date(cell, year_needed=not rule.yearly)
        if isinstance(date, DateProblem):
            left_out.unreadable[date].append(r.row)
            continue
        when = rule.send_time(date, now)
        if when < now + LEAD:
            left_out.past.append(r.row)
        elif when > horizon:
            left_out.far.append(r.row)
        elif report.spec.channel.is_advertising and not in_ad_hours(when):
            left_out.hours.append(r.row)
        else:
            report.send_at[r.row] = when
    return left_out


def _report_left_out(report: CheckReport, left_out: _LeftOut, column: str, max_days: int) -> None:
    """One problem per reason rows were left out, taking those rows out of the send."""
    for problem, numbers in left_out.unreadable.items():
        reason = words("checks.date_cell", column=column, reason=DATE_REASONS[problem])
        report.add("schedule_date", Severity.ROWS, reason, numbers)
    if left_out.past:
        report.add("schedule_past", Severity.ROWS, words("checks.row_time_past"), left_out.past)
    if left_out.far:
        reason = words("checks.row_time_far", max_days=max_days)
        report.add("schedule_far", Severity.ROWS, reason, left_out.far)
    if left_out.hours:
        reason = words("checks.row_outside_ad_hours")
        report.add("qc_hours", Severity.ROWS, reason, left_out.hours)


def _already_scheduled(
    report: CheckReport, scheduled_before: ScheduledBefore, now: dt.datetime
) -> None:
    """The same customer at the same time: left out. At another time still ahead: a
    warning, since eSMS will send that one too (a moved appointment, say)."""
    earlier = scheduled_before(report.spec.channel)
    ahead = esms_send_date(now)
    other: dict[str, tuple[str, int]] = {}
    for (phone, at), number in earlier.items():
        if at > ahead and (phone not in other or at < other[phone][0]):
            other[phone] = (at, number)
    twice: dict[int, list[int]] = defaultdict(list)
    elsewhen: list[int] = []
    for r in report.sendable:
        when = report.send_at.get(r.row)
        if when is None:
            continue
        campaign = earlier.get((r.phone or "", esms_send_date(when)))
        if campaign is not None:
            twice[campaign].append(r.row)
        elif (r.phone or "") in other:
            elsewhen.append(r.row)
    for campaign, numbers in sorted(twice.items()):
        reason = words("checks.scheduled_twice", campaign=campaign)
        report.add("schedule_twice", Severity.ROWS, reason, numbers)
    if elsewhen:
        reason = words("checks.scheduled_other_time")
        report.add("schedule_other_time", Severity.WARNING, reason, elsewhen)


def _advertising_batches(report: CheckReport) -> None:
    """Advertising goes in batches of 30+ numbers sharing one send time."""
    groups: dict[dt.datetime, list[int]] = defaultdict(list)
    for r in report.sendable:
        if r.row in report.send_at:
            groups[report.send_at[r.row]].append(r.row)
    for when, numbers in sorted(groups.items()):
        if len(numbers) < QC_MIN:
            reason = words("checks.ad_batch_too_small", when=when, count=len(numbers), least=QC_MIN)
            report.add("107", Severity.ROWS, reason, numbers)
