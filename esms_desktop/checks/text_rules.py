"""Hold back every row whose message would carry garbled text (an old Vietnamese encoding).

Runs on the cells that go into each message: the content's placeholder columns
(SMS, Zalo then SMS) and the ZNS parameters taken from columns. A cell looks
garbled when :func:`importing.legacy_text.looks_garbled` says so: the rows are
taken out of the send like any other row problem, with what to do.
"""

from __future__ import annotations

from operator import attrgetter

from esms_desktop.checks.problems import GARBLED_TEXT, Severity, garbled_header_hint
from esms_desktop.checks.result import CheckReport
from esms_desktop.message.content import parse_content

_ROW = attrgetter("row")


def _message_columns(report: CheckReport) -> list[int]:
    recipients, spec = report.recipients, report.spec
    columns: set[int] = set()
    if spec.content.strip() and spec.channel.sends_text:
        columns.update(parse_content(spec.content, recipients).columns)
    if spec.uses_zalo:
        for source in spec.params.values():
            if source.column:
                index = recipients.mapping.index_of(source.column)
                if index is not None:
                    columns.add(index)
    return sorted(columns)


def garbled_text_checks(report: CheckReport) -> None:
    """Take out the sendable rows whose message cells look garbled; hint at an old
    encoding when the message names a column the file does not have."""
    legacy = report.recipients.legacy
    if (
        legacy.found
        and legacy.converted is None
        and any(p.code == "unknown_column" for p in report.problems)
    ):
        report.add("garbled_header", Severity.WARNING, garbled_header_hint(legacy.name))
    columns = _message_columns(report)
    if not columns:
        return
    recipients = report.recipients
    held: set[int] = set()
    for index in columns:
        held |= recipients.garbled_rows(index)
    if held:  # most lists have none: no set of every sendable row then
        held &= set(map(_ROW, report.sendable))
    if held:
        report.add("garbled_text", Severity.ROWS, GARBLED_TEXT, sorted(held))
