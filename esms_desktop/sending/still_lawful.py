"""Decree 91 looked at again when an advertising campaign is written, not only when checked
(and for "send again to failures", which has no check).

A check can be old by the time its campaign is written: the window's Send button stays
under a check made before 22:00, or before other advertising went to the same numbers
(a fourth campaign sent from the same check, found by trying the window). What the law
forbids is refused here, for both fronts, with :class:`StaleCheckError`: nothing is
written, nothing is sent, and the user checks again.
"""

from __future__ import annotations

import datetime as dt

from esms_desktop.base.errors import StaleCheckError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import VIETNAM, from_esms
from esms_desktop.checks import CheckReport
from esms_desktop.checks.sms_rules import AD_HOURS, AD_WINDOW_SECONDS, window_full
from esms_desktop.journal import Journal, MessageRow


def refuse_unlawful_advertising(journal: Journal, report: CheckReport) -> None:
    """Raise :class:`StaleCheckError` when advertising checked by ``report`` may no longer be
    sent: out of its hours now (sent at once), or a 4th within 24 hours for some number."""
    spec = report.spec
    if not spec.channel.is_advertising or spec.sandbox:
        return
    now = journal.now()
    if spec.schedule is None and spec.reminder is None:
        local = dt.datetime.fromtimestamp(now, VIETNAM)
        start, end = AD_HOURS
        if not start <= local.hour < end:
            reason = words("app.stale_check.ad_hours", now=local)
            raise StaleCheckError("advertising hours are over", reason=reason)
    rows = report.sendable
    if not rows:
        return
    default = spec.schedule.timestamp() if spec.schedule is not None else now
    when = {r.row: report.send_at[r.row].timestamp() if r.row in report.send_at else default
            for r in rows}  # fmt: skip
    times = journal.ad_times(
        [r.phone or "" for r in rows],
        min(when.values()) - AD_WINDOW_SECONDS,
        max(when.values()) + AD_WINDOW_SECONDS,
        now,
    )
    over = sum(1 for r in rows if window_full(times.get(r.phone or "", []), when[r.row]))
    if over:
        reason = words("app.stale_check.ad_limit", count=over)
        raise StaleCheckError("advertising limit reached since the check", reason=reason)


def within_ad_limit(journal: Journal, messages: list[MessageRow], soon: str) -> list[MessageRow]:
    """Of advertising ``messages`` to send again, those that would not be a 4th within 24
    hours for their number: at their own time while it is after ``soon`` (an eSMS time),
    else now. "Send again to failures" writes no check, so the law is looked at here."""
    if not messages:
        return messages
    now = journal.now()
    when = {m.pk: from_esms(m.send_at) if m.send_at > soon else now for m in messages}
    times = journal.ad_times(
        [m.phone for m in messages],
        min(when.values()) - AD_WINDOW_SECONDS,
        max(when.values()) + AD_WINDOW_SECONDS,
        now,
    )
    return [m for m in messages if not window_full(times.get(m.phone, []), when[m.pk])]
