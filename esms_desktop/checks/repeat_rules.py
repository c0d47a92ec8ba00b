"""No number gets the same text twice within 24 hours: the journal's sends, and eSMS's
records of sends from outside this app folder.

The journal knows what this app folder sent or still has to send. A second computer,
another copy of the app, eSMS's website or a journal lost without a backup are known
only to eSMS: its records of the last 24 hours (``GetSmsSentData_V2``) are compared
too, and a number that got this very text there is left out as well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from typing import TYPE_CHECKING

from esms_desktop.api.records import CHECK_PAGES, LOOKUP_MARGIN, texts_on_record
from esms_desktop.base.errors import ApiError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import to_esms
from esms_desktop.checks.clock_rules import repeat_since
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport, RecentTexts, RecordedTexts
from esms_desktop.message.spec import VIETNAM, CampaignSpec

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient


def sent_already(report: CheckReport, recent_texts: RecentTexts) -> None:
    """Rows whose number got this very text in the last 24 hours (a list sent again with a
    customer added, the same customer in two lists), or has it still to go in a campaign
    not finished: taken out, or they get it twice."""
    sendable = [r for r in report.sendable if r.row in report.messages]
    earlier = recent_texts([r.phone or "" for r in sendable])
    if not earlier:
        return
    found: dict[tuple[int, bool], list[int]] = defaultdict(list)
    for r in sendable:
        seen = earlier.get((r.phone or "", report.messages[r.row]))
        if seen is not None:
            found[seen].append(r.row)
    for (campaign, waiting), rows in sorted(found.items()):
        if waiting:
            reason = words("checks.sent_waiting", campaign=campaign)
            report.add("sent_waiting", Severity.ROWS, reason, rows)
        else:
            reason = words("checks.sent_already", campaign=campaign)
            report.add("sent_already", Severity.ROWS, reason, rows)


def sent_elsewhere(report: CheckReport, recorded_texts: RecordedTexts) -> None:
    """Rows whose number got this very text in the last 24 hours from outside this app
    folder, by eSMS's records: taken out. Records that cannot be read are said (the
    journal's own look still holds), never taken for "nobody got it"."""
    sendable = [r for r in report.sendable if r.row in report.messages]
    if not sendable:
        return
    try:
        found = recorded_texts([r.phone or "" for r in sendable])
    except ApiError:
        report.add("records_unread", Severity.WARNING, words("checks.records_unread"))
        return
    rows = rows_on_record(report, found)
    if not rows:
        return
    times = [when for when in rows.values() if when is not None]
    if not times:
        reason = words("checks.sent_elsewhere.untimed")
    else:
        reason = words("checks.sent_elsewhere", when=dt.datetime.fromtimestamp(max(times), VIETNAM))
    report.add("sent_elsewhere", Severity.ROWS, reason, list(rows))


def compares_records(spec: CampaignSpec, *, again: bool) -> bool:
    """Whether a campaign is compared with eSMS's records: not when the user asked to send
    again, nor a sandbox run (nothing charged), nor Zalo (its records hold no text of ours)."""
    return not (again or spec.sandbox or spec.uses_zalo)


def records_since(
    client: EsmsClient, spec: CampaignSpec, phones: Iterable[str], now: float
) -> dict[tuple[str, str], float | None]:
    """eSMS's records of ``spec``'s kind of message to ``phones`` over the repeat guard's
    24 hours before ``now`` (:func:`texts_on_record`): the look the check makes, and the
    campaign's writing makes again for a check left open."""
    since = repeat_since(now, client)
    return texts_on_record(
        client,
        spec.channel.record_types,
        set(phones),
        to_esms(since),
        to_esms(now + LOOKUP_MARGIN),
        max_pages=CHECK_PAGES,
    )


def rows_on_record(
    report: CheckReport,
    found: Mapping[tuple[str, str], float | None],
    known: Container[tuple[str, str]] = (),
) -> dict[int, float | None]:
    """The sendable rows whose number and text ``found`` holds (and ``known`` does not),
    with the time eSMS gives; texts compared without the white space around them."""
    rows: dict[int, float | None] = {}
    for r in report.sendable:
        text = report.messages.get(r.row)
        key = (r.phone or "", "" if text is None else text.strip())
        if text is not None and key in found and key not in known:
            rows[r.row] = found[key]
    return rows
