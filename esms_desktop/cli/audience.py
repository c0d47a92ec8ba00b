"""The command line's side of segments, consent and the message library in ``check``
and ``send``: what ``--json`` and the text report say about them, and ``--message``."""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterator
from typing import Any

from esms_desktop.base.texts import Words, words
from esms_desktop.checks.audience_rules import CONSENT, HIDDEN
from esms_desktop.checks.result import CheckReport
from esms_desktop.recipients.consent import rule_text

__all__ = ["apply_library_entry", "audience_fields", "audience_lines"]


def _count(report: CheckReport, code: str) -> int:
    return sum(1 for c in report.excluded.values() if c == code)


def audience_fields(report: CheckReport) -> Iterator[tuple[str, Any]]:
    """``check --json``: the segment's counts and the rows held back for consent, and for
    being hidden in Excel (only for a sheet that hides rows: the rows are in ``problems``)."""
    if report.recipients.table.hidden:
        yield "held_back_hidden", _count(report, HIDDEN)
    if report.spec.where:
        yield "segment", list(report.spec.where)
        inside = report.in_segment
        yield "in_segment", inside
        total = len(report.recipients.rows)
        yield "not_in_segment", None if inside is None else total - inside
    if report.spec.channel.is_advertising:
        yield "consent_rule", report.consent_rule
        yield "held_back_consent", _count(report, CONSENT)
    if report.spec.library_entry:
        yield "library_entry", report.spec.library_entry


def audience_lines(report: CheckReport) -> Iterator[Words]:
    """The text report's lines about the segment and consent."""
    if report.spec.where and report.in_segment is not None:
        outside = len(report.recipients.rows) - report.in_segment
        yield words("cli.check.segment", inside=report.in_segment, outside=outside)
    if report.spec.channel.is_advertising and report.consent_rule:
        rule = rule_text(report.consent_rule)
        yield words("cli.check.consent", rule=rule, held=_count(report, CONSENT))
    spec = report.spec
    if spec.channel.can_register_template and any(
        p.code in ("146", "177") for p in report.problems
    ):
        command = (
            f"esms-desktop templates register --channel {spec.channel} --brandname "
            f"{_quoted(spec.brandname or 'BRANDNAME')} --content {_quoted(spec.content)}"
            f" --file {_quoted(str(report.recipients.table.path))}"
        )
        yield words("cli.check.register", command=command)


def _quoted(text: str) -> str:
    """``text`` as one argument for the usual shells: in double quotes (cmd, PowerShell and
    sh all read those), or sh's own quoting when the text holds characters they differ on."""
    if not any(c in text for c in '"$`%!\\'):
        return f'"{text}"'
    return shlex.quote(text)


def apply_library_entry(args: argparse.Namespace) -> None:
    """Fill the options a saved message gives (``--message NAME``); options the user wrote
    win. Raises :class:`UsageError` (exit 2), in the current language, when there is none."""
    from esms_desktop.app.library import LibraryError, MessageLibrary
    from esms_desktop.cli.usage import UsageError
    from esms_desktop.journal.extra_tables import journal_path

    try:
        entry = MessageLibrary(journal_path(demo=getattr(args, "demo", False))).get(args.message)
    except LibraryError as exc:
        raise UsageError(str(exc)) from None
    args.message = entry.name
    args.channel = args.channel or entry.channel
    args.content = args.content or entry.content
    args.brandname = args.brandname or entry.brandname
    args.oaid = args.oaid or entry.oaid
    args.template_id = args.template_id or entry.template_id
    if not args.param and not args.param_value:
        args.param = [f"{n}={s.column}" for n, s in entry.params.items() if s.column]
        args.param_value = [f"{n}={s.value}" for n, s in entry.params.items() if not s.column]
