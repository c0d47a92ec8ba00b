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

from esms_desktop.base.errors import ApiError
from esms_desktop.base.texts import words
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport, RecentTexts, RecordedTexts
from esms_desktop.message.spec import VIETNAM


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
    rows: list[int] = []
    latest: float | None = None
    for r in sendable:
        key = (r.phone or "", report.messages[r.row].strip())
        if key in found:
            rows.append(r.row)
            when = found[key]
            latest = when if latest is None or (when is not None and when > latest) else latest
    if not rows:
        return
    if latest is None:
        reason = words("checks.sent_elsewhere.untimed")
    else:
        reason = words("checks.sent_elsewhere", when=dt.datetime.fromtimestamp(latest, VIETNAM))
    report.add("sent_elsewhere", Severity.ROWS, reason, rows)
