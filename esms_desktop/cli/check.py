"""``esms-desktop check FILE ...``: read a customer list and run the campaign checks.

Exit 0 when the campaign can be sent, 1 when a check blocks it, 2 when the
file or the options cannot be used.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.app.preparation import Sources, prepare
from esms_desktop.app.preparation import load_recipients as read_list
from esms_desktop.app.settings import Settings
from esms_desktop.app.user_text import from_pair
from esms_desktop.base.errors import ApiError, CredentialsError, InputFileError
from esms_desktop.base.texts import current_language, words
from esms_desktop.checks import CheckReport
from esms_desktop.checks.problems import phone_reason
from esms_desktop.cli.audience import apply_library_entry, audience_fields, audience_lines
from esms_desktop.cli.usage import UsageError
from esms_desktop.importing.legacy_text import CHOICES as LEGACY_CHOICES
from esms_desktop.importing.legacy_text import describe as describe_legacy
from esms_desktop.journal import Journal
from esms_desktop.message.send_times import ReminderRule, parse_at
from esms_desktop.message.spec import CHANNELS, CampaignSpec, ParamSource, parse_schedule
from esms_desktop.recipients.recipient_list import RecipientList, RowState

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient


def add_campaign_arguments(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``check`` and ``send``."""
    parser.add_argument("file", help="customer list: .xlsx .xlsm .xls .ods .csv .txt")
    parser.add_argument("--channel", choices=CHANNELS, help="needed unless --message gives it")
    parser.add_argument(
        "--message",
        metavar="NAME",
        default="",
        help="use a saved message from the library (esms-desktop library)",
    )
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar='"COLUMN OP VALUE"',
        help="send only to rows that meet this (repeatable, all must hold); operators "
        "= != ~ (contains) < <= > >=; dates dd/mm/yyyy or -90d (90 days ago)",
    )
    parser.add_argument(
        "--assume-consent",
        action="store_true",
        help="advertising to a list without a consent column: every customer agreed "
        "(Law 91/2025); silences the warning",
    )
    parser.add_argument("--sheet", help="sheet name (default: the first with data)")
    parser.add_argument("--phone-column", help="column of phone numbers: header, letter or number")
    parser.add_argument("--content", default="", help="message text; {Column} is filled per row")
    parser.add_argument("--brandname", default="")
    parser.add_argument("--oaid", default="", help="Zalo OA id")
    parser.add_argument("--template-id", default="", help="Zalo ZNS template id")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=COLUMN",
        help="fill a ZNS parameter from a column",
    )
    parser.add_argument(
        "--param-value",
        action="append",
        default=[],
        metavar="NAME=TEXT",
        help="fill a ZNS parameter with the same text for everyone",
    )
    parser.add_argument("--over-quota", action="store_true", help="Zalo sending mode 3")
    parser.add_argument("--schedule", help='send later: "YYYY-MM-DD HH:MM" (Vietnam time)')
    parser.add_argument(
        "--schedule-column",
        metavar="COLUMN",
        help="each row's own send time, from this date column (reminders, birthdays)",
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--days-before",
        type=int,
        metavar="N",
        help="with --schedule-column: send N days before the date (0 = on the day)",
    )
    when.add_argument(
        "--yearly",
        action="store_true",
        help="with --schedule-column: send on the date's day every year (birthdays)",
    )
    parser.add_argument(
        "--at", default="09:00", metavar="HH:MM", help="with --schedule-column: time of day"
    )
    parser.add_argument("--sandbox", action="store_true", help="validate only; nothing is sent")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="remove diacritics from every message (cheaper plain SMS, 160 characters a part)",
    )
    parser.add_argument(
        "--convert-text",
        choices=LEGACY_CHOICES,
        default="none",
        help="names saved in an old Vietnamese encoding: auto converts what is found, "
        "vni/tcvn3/mojibake choose it, none (default) only holds garbled rows back",
    )
    parser.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)


def add_check_parser(sub: Any) -> None:
    check = sub.add_parser("check", help="check a customer list before sending")
    add_campaign_arguments(check)
    check.add_argument("--json", action="store_true", help="print one JSON object")


def _pairs(items: list[str], flag: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"{flag} needs NAME=VALUE, got {item!r}")
        out[name.strip()] = value.strip()
    return out


def spec_from_args(args: argparse.Namespace) -> CampaignSpec:
    if getattr(args, "message", ""):
        apply_library_entry(args)
    if not args.channel:
        raise UsageError("--channel is needed (or --message NAME of a saved message)")
    params = {n: ParamSource(column=c) for n, c in _pairs(args.param, "--param").items()}
    params.update(
        {n: ParamSource(value=v) for n, v in _pairs(args.param_value, "--param-value").items()}
    )
    try:
        schedule = parse_schedule(args.schedule) if args.schedule else None
        reminder = _reminder(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if schedule is not None and reminder is not None:
        raise UsageError("use --schedule (one time for everyone) or --schedule-column, not both")
    return CampaignSpec(
        channel=args.channel,
        content=args.content,
        brandname=args.brandname,
        oaid=args.oaid,
        template_id=args.template_id,
        params=params,
        schedule=schedule,
        reminder=reminder,
        over_quota=args.over_quota,
        sandbox=args.sandbox,
        where=tuple(args.where),
        assume_consent=args.assume_consent,
        library_entry=getattr(args, "message", "") or "",
        # As the window's "Send without diacritics" (ignored here before: the command
        # line priced and sent Unicode text the user asked to send plain).
        strip_diacritics=args.plain and args.channel != "zalo",
    )


def _reminder(args: argparse.Namespace) -> ReminderRule | None:
    if not args.schedule_column:
        if args.days_before is not None or args.yearly:
            raise ValueError("--days-before and --yearly need --schedule-column")
        return None
    if args.days_before is None and not args.yearly:
        raise ValueError("--schedule-column needs --days-before N or --yearly")
    return ReminderRule(
        args.schedule_column.strip(),
        days_before=args.days_before,
        yearly=args.yearly,
        at=parse_at(args.at),
    )


def load_recipients(args: argparse.Namespace, settings: Settings) -> RecipientList:
    """The list of ``args.file`` as the checks read it (its columns, for a template)."""
    try:
        with Journal(demo=getattr(args, "demo", False)) as journal:
            return read_list(
                args.file,
                Sources(journal=journal, settings=settings),
                sheet=args.sheet,
                phone_column=args.phone_column,
                convert_text=getattr(args, "convert_text", "none"),
            )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def check_campaign(
    args: argparse.Namespace,
    settings: Settings,
    client: EsmsClient | None,
    journal: Journal | None = None,
) -> CheckReport:
    """The command line's check: the window's own preparation path (:mod:`esms_desktop.app.
    preparation`), so the do-not-send list, the advertising limit of the last 24 hours,
    the reminders already scheduled and the price are the same in both."""
    spec = spec_from_args(args)
    if journal is None:
        with Journal(demo=getattr(args, "demo", False)) as own:
            return check_campaign(args, settings, client, own)
    sources = Sources(journal=journal, client=client, settings=settings)
    try:
        return prepare(
            args.file,
            spec,
            sources,
            sheet=args.sheet,
            phone_column=args.phone_column,
            convert_text=getattr(args, "convert_text", "none"),
        )
    except ValueError as exc:  # a phone column the file does not have
        raise UsageError(str(exc)) from None


def _json_fields(report: CheckReport) -> Iterator[tuple[str, Any]]:
    """The fields of ``check --json`` in order; the per-row lists as iterators."""
    lang = current_language()  # the checks' language, until they speak by themselves
    rows = report.recipients
    yield "file", str(rows.table.path)
    yield "sheet", rows.table.sheet
    yield "header_row", rows.mapping.header_row
    yield "phone_column", rows.columns[rows.mapping.phone] if rows.columns else None
    yield "total_rows", len(rows.rows)
    yield (
        "ready",
        (
            {
                "row": r.row,
                "phone": r.phone,
                "carrier": r.carrier.display_name if r.carrier else None,
                # Each row's own send time (reminders), Vietnam time.
                **_send_at(report, r.row),
            }
            for r in rows.ready
        ),
    )
    yield (
        "rejected",
        (
            {"row": r.row, "value": r.raw_phone, "reason": phone_reason(r.problem, lang)}
            for r in rows.by_state(RowState.REJECTED)
        ),
    )
    yield (
        "duplicates",
        (
            {"row": r.row, "phone": r.phone, "first_row": r.duplicate_of}
            for r in rows.by_state(RowState.DUPLICATE)
        ),
    )
    yield "blocked", ({"row": r.row, "phone": r.phone} for r in rows.by_state(RowState.BLOCKED))
    yield from audience_fields(report)
    yield (
        "problems",
        [
            {
                "code": p.code,
                "severity": p.severity.value,
                "message": p.message(lang),
                "rows": list(p.rows),
            }
            for p in report.problems
        ],
    )
    yield "sendable", len(report.sendable)
    legacy = rows.legacy
    yield (
        "legacy_text",
        {
            "found": legacy.found,
            "converted": legacy.converted,
            "cells_converted": legacy.cells_converted,
            "examples": [{"before": b, "after": a} for b, a in legacy.examples],
        },
    )
    if report.spec.reminder is not None:
        yield "by_day", {day.isoformat(): n for day, n in report.by_day().items()}
    yield "requests", [{"size": s} for s in report.requests]
    yield "estimated_cost", None if report.cost is None else int(report.cost)
    yield "cost_from_esms", report.cost_from_esms
    yield "balance", None if report.balance is None else int(report.balance)
    yield "skipped", [from_pair(pair) for pair in report.skipped]
    yield "sendable_campaign", not report.blocked


def _send_at(report: CheckReport, row: int) -> dict[str, str]:
    when = report.send_at.get(row)
    return {} if when is None else {"send_at": when.strftime("%Y-%m-%d %H:%M")}


def write_json(report: CheckReport, out: TextIO) -> None:
    """``check --json``: one JSON object, each row of the big lists on its own line.

    Written piece by piece with the C encoder: a million rows neither wait for
    the pure-Python indenting encoder nor sit in memory as a million dicts first.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{")
    for i, (key, value) in enumerate(_json_fields(report)):
        out.write(("," if i else "") + "\n " + encode(key) + ": ")
        if isinstance(value, Iterator):
            out.write("[")
            for j, item in enumerate(value):
                out.write(("," if j else "") + "\n  " + encode(item))
            out.write("]")
        else:
            out.write(encode(value))
    out.write("\n}\n")


def print_report(report: CheckReport, out: TextIO) -> None:
    lang = current_language()  # the checks' language, until they speak by themselves
    rows = report.recipients
    counts = rows.counts()
    summary = words(
        "cli.check.rows",
        file=rows.table.path.name,
        sheet=rows.table.sheet,
        total=len(rows.rows),
        ready=counts[RowState.READY],
        rejected=counts[RowState.REJECTED],
        duplicate=counts[RowState.DUPLICATE],
        blocked=counts[RowState.BLOCKED],
    )
    print(summary, file=out)
    for line in describe_legacy(rows.legacy, lang):
        print(f"[!] {line}" if not line.startswith(" ") else line, file=out)
    marks = {"blocking": "[X]", "rows": "[-]", "warning": "[!]"}
    for p in report.problems:
        print(f"{marks[p.severity.value]} {p.code}: {p.message(lang)}", file=out)
    for pair in report.skipped:
        print(f"[?] {from_pair(pair)}", file=out)
    for said in audience_lines(report):
        print(said, file=out)
    rule = report.spec.reminder
    if rule is not None and report.send_at:
        print(words("cli.check.send_times", rule=rule.describe(lang)), file=out)
        for day, count in report.by_day().items():
            each = (
                words("cli.check.day.one", day=day, count=count)
                if count == 1
                else words("cli.check.day.many", day=day, count=count)
            )
            print(each, file=out)
    if report.cost is not None:
        to_send = words(
            "cli.check.to_send",
            messages=len(report.sendable),
            requests=len(report.requests),
            cost=report.cost,
            approximate="" if report.cost_from_esms else words("cli.check.approximate"),
        )
        print(to_send, file=out)
    verdict = words("cli.check.blocked") if report.blocked else words("cli.check.ready")
    print(verdict, file=out)


def cmd_check(
    args: argparse.Namespace, settings: Settings, client: EsmsClient | None, out: TextIO
) -> int:
    report = check_campaign(args, settings, client)
    if args.json:
        write_json(report, out)
    else:
        print_report(report, out)
    return 1 if report.blocked else 0


__all__ = [
    "ApiError",
    "CredentialsError",
    "InputFileError",
    "add_campaign_arguments",
    "add_check_parser",
    "cmd_check",
]
