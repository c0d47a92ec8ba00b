"""Checks of SMS campaigns: advertising rules and customer-care templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TypeVar

from esms_desktop.api.batching import QC_MIN
from esms_desktop.base.texts import words
from esms_desktop.base.typed_words import OPT_OUT
from esms_desktop.checks.account import AccountInfo
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport, RecentAds
from esms_desktop.message.content import ContentTemplate
from esms_desktop.message.spec import VIETNAM
from esms_desktop.message.templates import fits_but_too_long, matches
from esms_desktop.telecom.sms_text import nfc

#: Decree 91/2020/ND-CP: advertising only from 07:00 to 22:00, at most 3 a day per number.
AD_HOURS = (7, 22)
AD_DAILY_LIMIT = 3
#: The period of that limit.
AD_WINDOW_SECONDS = 24 * 3600

#: What :func:`over_ad_limit` keys its answer by (rows, messages).
K = TypeVar("K")


def advertising_checks(
    report: CheckReport,
    content: ContentTemplate | None,
    now: dt.datetime,
    recent_ads: RecentAds | None,
) -> None:
    """The rules of advertising SMS (Decree 91/2020 and eSMS's), one after the other."""
    if content is not None and content.personalised:
        report.add("qc_personalised", Severity.BLOCKING, words("checks.ad_personalised"))
    # First: the rows it takes out count no more towards the 30-number minimum below.
    # Reminders: once each row has its own send time (``reminder_rules``).
    if recent_ads is not None and report.spec.reminder is None:
        daily_limit(report, recent_ads, now)
    if report.spec.reminder is None:  # else checked per send time (``reminder_rules``)
        _batch_size(report)
        _ad_hours(report, report.spec.schedule or now)
    _label_and_opt_out(report, report.spec.content.strip())


def daily_limit(report: CheckReport, recent_ads: RecentAds, now: dt.datetime) -> None:
    """No number gets a 4th advertising message within 24 hours (Decree 91/2020).

    Judged at each message's send time (a reminder's own, else the campaign's, else
    now), against when the number's other advertising goes or went: a campaign for
    tomorrow is not held back by today's, and today's is held back by one set for
    tonight.
    """
    wanted = {
        r.row: (r.phone or "", report.send_time(r.row, now).timestamp()) for r in report.sendable
    }
    over = over_ad_limit(wanted, recent_ads)
    if over:
        # Rows taken out, not a warning: Decree 91 allows no 4th message, and a
        # warning alone let the command line send it.
        reason = words("checks.ad_daily_limit", limit=AD_DAILY_LIMIT)
        report.add("qc_daily", Severity.ROWS, reason, over)


def over_ad_limit(wanted: Mapping[K, tuple[str, float]], recent_ads: RecentAds) -> list[K]:
    """The keys of ``wanted`` (each a phone and its send time) whose number would get one
    advertising message too many within 24 hours, given when the others go or went."""
    if not wanted:
        return []
    moments = [at for _, at in wanted.values()]
    times = recent_ads(
        sorted({phone for phone, _ in wanted.values()}),
        min(moments) - AD_WINDOW_SECONDS,
        max(moments) + AD_WINDOW_SECONDS,
    )
    return [key for key, (phone, at) in wanted.items() if window_full(times.get(phone, []), at)]


def in_ad_hours(when: dt.datetime) -> bool:
    """Whether ``when`` falls within the hours Decree 91 allows advertising (Vietnam time)."""
    start, end = AD_HOURS
    return start <= when.astimezone(VIETNAM).hour < end


def window_full(times: list[float], at: float) -> bool:
    """Whether one more message at ``at`` would make some 24 hours hold more than
    :data:`AD_DAILY_LIMIT` of them: every 24 hours that hold ``at`` start at ``at`` or at
    one of the others less than 24 hours before it."""
    if len(times) < AD_DAILY_LIMIT:
        return False
    starts = [at] + [t for t in times if at - AD_WINDOW_SECONDS < t <= at]
    return any(
        1 + sum(1 for t in times if s <= t < s + AD_WINDOW_SECONDS) > AD_DAILY_LIMIT for s in starts
    )


def _batch_size(report: CheckReport) -> None:
    """eSMS sends advertising only to 30 numbers or more at once."""
    count = len(report.sendable)
    if 0 < count < QC_MIN:
        reason = words("checks.ad_too_few", least=QC_MIN, count=count)
        report.add("107", Severity.BLOCKING, reason)


def _ad_hours(report: CheckReport, when: dt.datetime) -> None:
    """Advertising sent at ``when`` falls within the hours the law allows."""
    if not in_ad_hours(when):
        allowed = next_ad_time(when)
        reason = words("checks.ad_hours", allowed=allowed)
        # Blocking, not a warning: Decree 91 allows none outside these hours, and a
        # warning alone let the command line send at 04:28.
        report.add("qc_hours", Severity.BLOCKING, reason)


def _label_and_opt_out(report: CheckReport, text: str) -> None:
    """The text starts with "[QC]" and ends with a way to opt out."""
    if text and not text.upper().startswith("[QC]"):
        report.add("qc_label", Severity.WARNING, words("checks.ad_label"))
    tail = text.lower().splitlines()[-1] if text else ""
    if text and not any(w in tail for w in OPT_OUT):
        report.add("qc_opt_out", Severity.WARNING, words("checks.ad_opt_out"))


def next_ad_time(when: dt.datetime) -> dt.datetime:
    """The next moment advertising may be sent (07:00-22:00 Vietnam time)."""
    local = when.astimezone(VIETNAM)
    if in_ad_hours(local):
        return local
    start = AD_HOURS[0]
    day = local.date() if local.hour < start else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(start), VIETNAM)


def brandname_given(report: CheckReport) -> None:
    """A channel sent under a brandname needs one chosen: known without asking eSMS."""
    spec = report.spec
    if spec.channel.uses_brandname and not spec.brandname.strip():
        report.add("104", Severity.BLOCKING, words("checks.no_brandname"))


def brand_type_check(report: CheckReport, account: AccountInfo, name: str, kind: str) -> bool:
    """Whether the account has the brandname ``name`` of ``kind`` ("1" advertising,
    "2" customer care); blocks the campaign when it does not (no name at all is said by
    :func:`brandname_given`, with or without an account)."""
    if not name:
        return False
    if account.brand_type(name) != kind:
        # The account's brandnames of that kind are the next step: a typo, or the other kind.
        names = ", ".join(sorted({b.name for b in account.brandnames if b.type == kind}))
        text = (
            "checks.no_advertising_brandname"
            if kind == "1"
            else "checks.no_customer_care_brandname"
        )
        reason = words(text, name=name, names=names) if names else words(f"{text}.none", name=name)
        report.add("104", Severity.BLOCKING, reason)
        return False
    return True


def customer_care_checks(
    report: CheckReport, content: ContentTemplate, account: AccountInfo | None
) -> None:
    if content.unknown or account is None:
        return
    brand = report.spec.brandname
    if not brand_type_check(report, account, brand, "2"):
        return
    no_template: list[int] = []
    mismatch: list[int] = []
    too_long: list[int] = []
    for r in report.sendable:
        templates = account.cskh_for(r.carrier)
        text = report.messages.get(r.row) or nfc(content.render(r))
        if not templates:
            no_template.append(r.row)
        elif not any(matches(nfc(t.content), text) for t in templates):
            # A name longer than its blank is no typo in the message: said apart.
            long = any(fits_but_too_long(nfc(t.content), text) for t in templates)
            (too_long if long else mismatch).append(r.row)
    if no_template:
        reason = words("checks.no_template_for_carrier", brand=brand)
        report.add("177", Severity.ROWS, reason, no_template)
    if mismatch:
        report.add("146", Severity.ROWS, words("checks.template_mismatch"), mismatch)
    if too_long:
        report.add("146", Severity.ROWS, words("checks.template_value_too_long"), too_long)
