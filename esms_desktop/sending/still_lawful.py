"""Decree 91 looked at again when an advertising campaign is written, not only when checked
(and for "send again to failures", which has no check), and once more as it is sent; and a
Zalo campaign whose check could not read its template is not written.

A check can be old by the time its campaign is written: the window's Send button stays
under a check made before 22:00, or before other advertising went to the same numbers
(a fourth campaign sent from the same check, found by trying the window). What the law
forbids is refused here, for both fronts, with :class:`StaleCheckError`: nothing is
written, nothing is sent, and the user checks again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from esms_desktop.base.errors import ApiError, StaleCheckError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import VIETNAM, from_esms
from esms_desktop.checks import CheckReport
from esms_desktop.checks.clock_rules import repeat_since
from esms_desktop.checks.repeat_rules import compares_records, records_since, rows_on_record
from esms_desktop.checks.result import RecentAds
from esms_desktop.checks.sms_rules import AD_DAILY_LIMIT, in_ad_hours, over_ad_limit
from esms_desktop.journal import Journal, MessageRow
from esms_desktop.journal.models import said_in_each_language
from esms_desktop.message.spec import Channel

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient


def refuse_unlawful_advertising(journal: Journal, report: CheckReport) -> None:
    """Raise :class:`StaleCheckError` when advertising checked by ``report`` may no longer be
    sent: out of its hours now (sent at once), or a 4th within 24 hours for some number."""
    spec = report.spec
    if not spec.channel.is_advertising or spec.sandbox:
        return
    now = dt.datetime.fromtimestamp(journal.now(), VIETNAM)
    if spec.schedule is None and spec.reminder is None and not in_ad_hours(now):
        reason = words("app.stale_check.ad_hours", now=now)
        raise StaleCheckError("advertising hours are over", reason=reason)
    wanted = {
        r.row: (r.phone or "", report.send_time(r.row, now).timestamp()) for r in report.sendable
    }
    over = over_ad_limit(wanted, journal_ads(journal, now.timestamp()))
    if over:
        reason = words("app.stale_check.ad_limit", count=len(over))
        raise StaleCheckError("advertising limit reached since the check", reason=reason)


def refuse_changed_since_check(report: CheckReport) -> None:
    """Raise :class:`StaleCheckError` when the file the check read was saved again (or
    replaced, or removed) since: the rows checked, priced and confirmed are the ones read
    before, and the user means the file as it is now (a customer taken out, a number
    corrected). The window read it again by itself only if it was told."""
    table = report.recipients.table
    if table.changed_on_disk():
        reason = words("app.stale_check.file_changed", file=Path(table.path).name)
        raise StaleCheckError("the customer file changed since the check", reason=reason)


def refuse_opted_out_since(journal: Journal, report: CheckReport) -> None:
    """Raise :class:`StaleCheckError` when numbers the check let through are on the
    do-not-send list now (added from the command line, or by another window, after the
    check): the sender would leave them out, and fewer would go than were confirmed."""
    listed = journal.opt_out_numbers()
    if not listed:
        return
    count = len({r.phone for r in report.sendable if r.phone in listed})
    if count:
        reason = words("app.stale_check.opted_out", count=count)
        raise StaleCheckError(f"{count} numbers went on the do-not-send list", reason=reason)


def refuse_unfilled_zalo(report: CheckReport) -> None:
    """Raise :class:`StaleCheckError` when a Zalo campaign's check could not fill in the
    template's fields (eSMS did not answer it, so the template was not read): every
    message would carry no values, eSMS would refuse each (110, final), and the whole list
    was marked failed without reaching anyone (a money-safety audit: 700 of 700)."""
    if not report.spec.channel.uses_zalo:
        return
    if any(r.row not in report.zalo_params for r in report.sendable):
        raise StaleCheckError(
            "the Zalo template was not read at the check",
            reason=words("app.stale_check.zalo_unread"),
        )


#: A check older than this (seconds) is compared with eSMS's records again as its
#: campaign is written: left open on one computer while another sent the same list.
RECORDS_AGAIN_AFTER = 120.0


def refuse_sent_elsewhere(
    journal: Journal, report: CheckReport, client: EsmsClient | None, *, again: bool
) -> None:
    """Raise :class:`StaleCheckError` when, since a check made a while ago, some of its
    customers got this very text from outside this app folder (eSMS's records, as the
    check compares them: ``checks.repeat_rules``). What the journal knows is left to its
    own look as the campaign is written (it names the campaign). Records that cannot be
    read now stop nothing: the check said whether it could compare them."""
    spec, now = report.spec, journal.now()
    if client is None or not compares_records(spec, again=again):
        return
    if now - report.checked_at < RECORDS_AGAIN_AFTER:
        return
    phones = {r.phone or "" for r in report.sendable if r.row in report.messages}
    try:
        found = records_since(client, spec, phones, now)
    except ApiError:
        return
    since = repeat_since(now, client)
    known = {(phone, text.strip()) for phone, text in journal.recent_texts(sorted(phones), since)}
    count = len(rows_on_record(report, found, known))
    if count:
        reason = words("app.stale_check.sent_elsewhere", count=count)
        detail = f"{count} numbers got this text elsewhere since the check"
        raise StaleCheckError(detail, reason=reason)


def within_ad_limit(journal: Journal, messages: list[MessageRow], soon: str) -> list[MessageRow]:
    """Of advertising ``messages`` to send again, those that would not be a 4th within 24
    hours for their number: at their own time while it is after ``soon`` (an eSMS time),
    else now. "Send again to failures" writes no check, so the law is looked at here."""
    now = journal.now()
    wanted = {m.pk: (m.phone, from_esms(m.send_at) if m.send_at > soon else now) for m in messages}
    over = set(over_ad_limit(wanted, journal_ads(journal, now)))
    return [m for m in messages if m.pk not in over]


def take_out_over_limit(
    journal: Journal, campaign_id: int, schedule: float | None
) -> list[MessageRow]:
    """Take out of advertising campaign ``campaign_id`` the messages not sent yet that would
    now be a 4th within 24 hours for their number; returns them (not sent, not charged).

    Called as the campaign is sent, once this computer's clock is known to agree with
    eSMS's: the check and the writing counted on it, and a clock set a day ahead while
    eSMS did not answer the check made this morning's three look a day old (a fourth
    went to 60 of 60 once the clock was set right and the campaign resumed). Each
    message is judged at its own send time (``schedule``: the campaign's, else now),
    against every other campaign's advertising. A request left with fewer than the 30
    numbers eSMS sends advertising to at once has the rest taken out too, said so.
    """
    now = journal.now()
    unsent = [r for r in journal.requests(campaign_id, ("pending",)) if not r.uncertain]
    messages = [m for ms in journal.batch_messages([r.pk for r in unsent]).values() for m in ms]
    wanted = {
        m.pk: (m.phone, max(now, from_esms(m.send_at) if m.send_at else schedule or now))
        for m in messages
    }
    over = over_ad_limit(wanted, journal_ads(journal, now, other_than=campaign_id))
    if not over:
        return []
    why = (
        "qc_daily",
        said_in_each_language(partial(words, "checks.ad_daily_limit", limit=AD_DAILY_LIMIT)),
    )
    least, too_few = leftovers(Channel.ADVERTISING)
    return journal.take_out_unsent(campaign_id, over, why, least=least, too_few=too_few)


def leftovers(channel: Channel) -> tuple[int, Callable[[int], tuple[str, str]] | None]:
    """What is left of a request once messages are taken out of it: the fewest it may
    carry, and the code and reason the rest is taken out with below that (advertising:
    eSMS sends it to 30 numbers or more at once, and refuses fewer with 107)."""
    least = channel.min_batch
    if least <= 1:
        return 1, None

    def too_few(count: int) -> tuple[str, str]:
        reason = partial(words, "checks.ad_too_few", least=least, count=count)
        return "107", said_in_each_language(reason)

    return least, too_few


def journal_ads(journal: Journal, now: float, *, other_than: int | None = None) -> RecentAds:
    """The checks' look-up of advertising times, answered by ``journal`` (what is still to
    go in an unfinished campaign without a send time counts as ``now``). ``other_than``: a
    campaign left out of the count."""

    def ads(phones: list[str], start: float, end: float) -> dict[str, list[float]]:
        return journal.ad_times(phones, start, end, now, other_than=other_than)

    return ads
