"""Who a campaign is for: the segment chosen (``--where``) and consent to advertising.

Both run before the content and price checks, so the texts, requests and price
are those of the rows that will really be sent. Rows they leave out are taken
out of the send with their reason (like every row, accounted for), not errors:

- ``segment``: "not in this segment" (the row does not meet the conditions);
- ``consent``: "no consent recorded (Law 91/2025)" (advertising only).
"""

from __future__ import annotations

from collections.abc import Sequence

from esms_desktop.base.texts import Words, words
from esms_desktop.checks.problems import HIDDEN_ROW, Severity
from esms_desktop.checks.result import CheckReport
from esms_desktop.recipients.consent import ASSUMED, NO_COLUMN, consent_column, gives_consent
from esms_desktop.recipients.recipient_list import RowState
from esms_desktop.recipients.segments import SegmentError, matching_rows, parse_conditions

__all__ = [
    "CONSENT",
    "HIDDEN",
    "HIDDEN_UNSEEN",
    "SEGMENT",
    "audience_checks",
    "hidden_checks",
    "segment_checks",
]

SEGMENT = "segment"
HIDDEN = "hidden_row"
HIDDEN_UNSEEN = "hidden_unseen"
CONSENT = "consent"


def audience_checks(report: CheckReport) -> None:
    hidden_checks(report)
    segment_checks(report)
    if report.spec.channel.is_advertising:
        consent_checks(report)


def hidden_checks(report: CheckReport) -> None:
    """Hold back the rows Excel hides (by hand or by a filter): the owner sees a list
    without them (an .xls cannot say which: a warning says so). A customer also on a row
    in sight is sent to from that row (the list made it the number's first row:
    ``recipients.recipient_list``)."""
    rows = report.recipients
    if rows.table.hidden_unseen:  # an .xls: said before sending, not guessed
        report.add(HIDDEN_UNSEEN, Severity.WARNING, words("checks.hidden_unseen"))
    hidden = rows.table.hidden
    if not hidden:
        return
    ready, duplicate = RowState.READY, RowState.DUPLICATE
    held = [r.row for r in rows.rows if r.row in hidden and r.state in (ready, duplicate)]
    if held:
        report.add(HIDDEN, Severity.ROWS, HIDDEN_ROW, held)


def segment_checks(report: CheckReport) -> None:
    where = report.spec.where
    if not where:
        return
    try:
        conditions = parse_conditions(where, report.recipients.columns)
    except SegmentError as exc:
        report.add("segment_invalid", Severity.BLOCKING, exc.reason)
        return
    rows = report.recipients
    inside = matching_rows(rows, conditions)
    report.in_segment = len(inside)
    # A customer on several rows is sent to once, from the first row: when a later row
    # of theirs meets the conditions, that first row stays in the send.
    wanted = set(inside)
    wanted.update(
        r.duplicate_of
        for r in rows.by_state(RowState.DUPLICATE)
        if r.row in inside and r.duplicate_of is not None
    )
    outside = [r.row for r in rows.ready if r.row not in wanted]
    if outside:
        shown: Words | str = conditions[0].text
        for c in conditions[1:]:
            shown = words("checks.and", first=shown, then=c.text)
        report.add(
            SEGMENT, Severity.ROWS, words("checks.not_in_segment", conditions=shown), outside
        )


def consent_checks(report: CheckReport) -> None:
    columns = report.recipients.columns
    at = consent_column(columns)
    if at is None:
        if report.spec.assume_consent:
            report.consent_rule = ASSUMED
            return
        report.consent_rule = NO_COLUMN
        report.add("consent_column", Severity.WARNING, words("checks.no_consent_column"))
        return
    name = columns[at]
    report.consent_rule = f"column:{name}"
    seen: dict[tuple[type, object], bool] = {}  # a consent column holds few distinct values

    def consents(cells: Sequence[object]) -> bool:
        cell = cells[at] if at < len(cells) else None
        try:
            key = (type(cell), cell)
            if key not in seen:
                seen[key] = gives_consent(cell)
            return seen[key]
        except TypeError:
            return gives_consent(cell)

    held = [r.row for r in report.sendable if not consents(r.cells)]
    if held:
        report.add(CONSENT, Severity.ROWS, words("checks.no_consent", column=name), held)
