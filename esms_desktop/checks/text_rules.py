"""Hold back every row whose message would carry garbled text (an old Vietnamese encoding).

Runs on the cells that go into each message: the content's placeholder columns
(SMS, Zalo then SMS) and the ZNS parameters taken from columns. A cell looks
garbled when :func:`importing.legacy_text.looks_garbled` says so: the rows are
taken out of the send like any other row problem, with what to do.

Also what is said of a placeholder that names no column of the file (a column's name
mistyped, or garbled in the header): the file's columns, and the one probably meant.
"""

from __future__ import annotations

import difflib
from operator import attrgetter

from esms_desktop.base.texts import Words, words
from esms_desktop.checks.problems import GARBLED_TEXT, Severity, garbled_header_hint
from esms_desktop.checks.result import CheckReport
from esms_desktop.importing.columns import normalize_header
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


def unknown_columns_said(unknown: list[str], report: CheckReport) -> Words:
    """Placeholders naming no column of the file, with the file's columns and, for a name
    close to one of them (``{Tên}`` for "Họ và tên"), that one: the next step is to
    write the column's name as the file has it."""
    columns = [c for c in report.recipients.columns if c.strip()]
    names = ", ".join("{" + n + "}" for n in unknown)
    said = ", ".join(columns)
    close = [c for c in (_closest_column(n, columns) for n in unknown) if c is not None]
    if not close:
        return words("checks.unknown_column", names=names, columns=said)
    meant = ", ".join("{" + c + "}" for c in dict.fromkeys(close))
    return words("checks.unknown_column.close", names=names, columns=said, close=meant)


def _closest_column(name: str, columns: list[str]) -> str | None:
    """The column ``name`` most likely meant: one that holds it (or that it holds), else
    the nearest spelling; None when none is near."""
    wanted = normalize_header(name)
    folded = {normalize_header(c): c for c in columns}
    for key, column in folded.items():
        if min(len(wanted), len(key)) >= 2 and (wanted in key or key in wanted):
            return column
    found = difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.6)
    return folded[found[0]] if found else None
