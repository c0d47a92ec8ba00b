"""``esms-desktop check FILE ...``: read a customer list and run the campaign checks.

Exit 0 when the campaign can be sent, 1 when a check blocks it, 2 when the
file or the options cannot be used.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.errors import ApiError, CredentialsError, EsmsDesktopError, InputFileError
from esms_desktop.base.texts import Words, words
from esms_desktop.cli.usage import UsageError, add_command, add_language_option, help_words
from esms_desktop.importing.old_encodings import CHOICES as LEGACY_CHOICES
from esms_desktop.message.send_times import ReminderRule, parse_at
from esms_desktop.message.spec import CampaignSpec, Channel, ParamSource, parse_schedule

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings
    from esms_desktop.checks.result import CheckReport
    from esms_desktop.importing.reader import Table
    from esms_desktop.journal.store import Journal
    from esms_desktop.recipients.recipient_list import RecipientList

# The checks, the journal and the readers are imported by the functions that use them:
# the command line imports this module for its options, also to explain a code.


def add_campaign_arguments(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``check`` and ``send``."""
    parser.add_argument("file", help=help_words("help.campaign.file"))
    _add_message_options(parser)
    _add_list_options(parser)
    _add_content_options(parser)
    _add_schedule_options(parser)
    _add_mode_options(parser)
    add_language_option(parser)


def _add_message_options(parser: argparse.ArgumentParser) -> None:
    """How it is sent, or the saved message that says it."""
    parser.add_argument(
        "--channel", choices=Channel.values(), help=help_words("help.campaign.channel")
    )
    parser.add_argument(
        "--message", metavar="NAME", default="", help=help_words("help.campaign.message")
    )


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    """Which rows of the list, and where their numbers are."""
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar='"COLUMN OP VALUE"',
        help=help_words("help.campaign.where"),
    )
    parser.add_argument(
        "--assume-consent", action="store_true", help=help_words("help.campaign.assume_consent")
    )
    parser.add_argument("--sheet", help=help_words("help.campaign.sheet"))
    parser.add_argument("--phone-column", help=help_words("help.campaign.phone_column"))


def _add_content_options(parser: argparse.ArgumentParser) -> None:
    """The message itself: an SMS text and its brandname, or a Zalo OA, its ZNS template
    and how the template's parameters are filled."""
    parser.add_argument("--content", default="", help=help_words("help.campaign.content"))
    parser.add_argument("--brandname", default="", help=help_words("help.campaign.brandname"))
    add_zalo_options(parser)
    parser.add_argument(
        "--over-quota", action="store_true", help=help_words("help.campaign.over_quota")
    )


def add_zalo_options(parser: argparse.ArgumentParser) -> None:
    """A Zalo OA, its ZNS template and how the template's blanks are filled (``check``,
    ``send`` and ``library save``)."""
    parser.add_argument("--oaid", default="", help=help_words("help.campaign.oaid"))
    parser.add_argument("--template-id", default="", help=help_words("help.campaign.template_id"))
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=COLUMN",
        help=help_words("help.campaign.param"),
    )
    parser.add_argument(
        "--param-value",
        action="append",
        default=[],
        metavar="NAME=TEXT",
        help=help_words("help.campaign.param_value"),
    )


def _add_schedule_options(parser: argparse.ArgumentParser) -> None:
    """When: one time for everyone, or each row's own time from a date column."""
    parser.add_argument("--schedule", help=help_words("help.campaign.schedule"))
    parser.add_argument(
        "--schedule-column", metavar="COLUMN", help=help_words("help.campaign.schedule_column")
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--days-before",
        type=int,
        metavar="N",
        help=help_words("help.campaign.days_before"),
    )
    when.add_argument("--yearly", action="store_true", help=help_words("help.campaign.yearly"))
    parser.add_argument(
        "--at", default="09:00", metavar="HH:MM", help=help_words("help.campaign.at")
    )


def _add_mode_options(parser: argparse.ArgumentParser) -> None:
    """Validation only, and what is done to the text: diacritics, old encodings."""
    parser.add_argument("--sandbox", action="store_true", help=help_words("help.campaign.sandbox"))
    parser.add_argument("--plain", action="store_true", help=help_words("help.campaign.plain"))
    parser.add_argument(
        "--convert-text",
        choices=LEGACY_CHOICES,
        default="none",
        help=help_words("help.campaign.convert_text"),
    )


def add_check_parser(sub: Any) -> None:
    check = add_command(sub, "check")
    add_campaign_arguments(check)
    check.add_argument("--json", action="store_true", help=help_words("help.check.json"))


def _pairs(items: list[str], flag: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(words("cli.usage.pairs", flag=flag, item=item))
        out[name.strip()] = value.strip()
    return out


def spec_from_args(args: argparse.Namespace) -> CampaignSpec:
    from esms_desktop.cli.audience import apply_library_entry

    if getattr(args, "message", ""):
        apply_library_entry(args)
    if not args.channel:
        raise UsageError(words("cli.usage.channel"))
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
        raise UsageError(words("cli.usage.schedule_both"))
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
        strip_diacritics=args.plain and _sends_text(args.channel),
    )


def _sends_text(value: str) -> bool:
    channel = Channel.parse(value)
    return channel is None or channel.sends_text  # an unknown channel is refused anyway


def _reminder(args: argparse.Namespace) -> ReminderRule | None:
    if not args.schedule_column:
        if args.days_before is not None or args.yearly:
            raise UsageError(words("cli.usage.rule_needs_column"))
        return None
    if args.days_before is None and not args.yearly:
        raise UsageError(words("cli.usage.column_needs_rule"))
    return ReminderRule(
        args.schedule_column.strip(),
        days_before=args.days_before,
        yearly=args.yearly,
        at=parse_at(args.at),
    )


def load_recipients(args: argparse.Namespace, settings: Settings) -> RecipientList:
    """The list of ``args.file`` as the checks read it (its columns, for a template)."""
    from esms_desktop.app.preparation import Sources
    from esms_desktop.app.preparation import load_recipients as read_list
    from esms_desktop.journal.store import Journal

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
    *,
    read: Callable[[], Table] | None = None,
) -> CheckReport:
    """The command line's check: the window's own preparation path (:mod:`esms_desktop.app.
    preparation`), so the do-not-send list, the advertising limit of the last 24 hours,
    the reminders already scheduled and the price are the same in both."""
    from esms_desktop.app.preparation import Sources, prepare
    from esms_desktop.journal.store import Journal

    spec = spec_from_args(args)
    if journal is None:
        with Journal(demo=getattr(args, "demo", False)) as own:
            return check_campaign(args, settings, client, own, read=read)
    again = bool(getattr(args, "again", False))  # send --again: whoever got it gets it again
    sources = Sources(journal=journal, client=client, settings=settings, again=again)
    try:
        return prepare(
            args.file,
            spec,
            sources,
            sheet=args.sheet,
            phone_column=args.phone_column,
            convert_text=getattr(args, "convert_text", "none"),
            read=read,
        )
    except ValueError as exc:  # a phone column the file does not have
        raise UsageError(str(exc)) from None


def print_report(report: CheckReport, out: TextIO) -> None:
    """The check as the command line says it: the rows, each problem with its mark, the
    send times of reminders, the price, and the verdict."""
    from esms_desktop.cli.audience import audience_lines
    from esms_desktop.importing.legacy_text import describe as describe_legacy

    rows = report.recipients
    print(_rows_summary(rows), file=out)
    for said in describe_legacy(rows.legacy):
        line = str(said)
        print(f"[!] {line}" if not line.startswith(" ") else line, file=out)
    marks = {"blocking": "[X]", "rows": "[-]", "warning": "[!]"}
    for p in report.problems:
        print(f"{marks[p.severity.value]} {p.code}: {p}", file=out)
    for why in report.skipped:
        print(f"[?] {why}", file=out)
    for said in audience_lines(report):
        print(said, file=out)
    _print_send_times(report, out)
    print(_to_send(report), file=out)
    if report.spec.channel.sms_fallback and report.sendable:
        print(words("cli.check.fallback_price"), file=out)
    verdict = words("cli.check.blocked") if report.blocked else words("cli.check.ready")
    print(verdict, file=out)


def _to_send(report: CheckReport) -> Words:
    """How many messages go and what they cost; when a problem blocks the send, an estimate
    of that once it is fixed; when none would go, that none is sent (the lines above say
    why), not a price of 0."""
    count = len(report.sendable)
    if not count:
        return words("cli.check.nothing_to_send")
    cost = report.cost or 0
    if report.blocked:  # an estimate: fixing may change the rows that go, or the text
        return words("cli.check.to_send_once_fixed", messages=count, cost=cost)
    approximate = "" if report.cost_from_esms else words("cli.check.approximate")
    return words("cli.check.to_send", messages=count, cost=cost, approximate=approximate)


def _rows_summary(rows: RecipientList) -> Words:
    """The file and sheet read, and how many rows are ready, rejected, repeated, blocked
    (a row hidden in Excel is not ready: the window counts it so too)."""
    from esms_desktop.recipients.recipient_list import RowState

    counts = rows.counts()
    hidden = len(rows.hidden_ready)  # held back whatever the message (the line below says)
    return words(
        "cli.check.rows",
        file=rows.table.path.name,
        sheet=rows.table.sheet,
        total=len(rows.rows),
        ready=counts[RowState.READY] - hidden,
        rejected=counts[RowState.REJECTED] + hidden,
        duplicate=counts[RowState.DUPLICATE],
        blocked=counts[RowState.BLOCKED],
    )


def _print_send_times(report: CheckReport, out: TextIO) -> None:
    """A reminder's rule, and how many messages go on each day."""
    rule = report.spec.reminder
    if rule is None or not report.send_at:
        return
    print(words("cli.check.send_times", rule=rule.describe()), file=out)
    for day, count in report.by_day().items():
        print(words("cli.check.day", day=day, count=count), file=out)


def cmd_check(
    args: argparse.Namespace,
    settings: Settings,
    client: EsmsClient | None,
    out: TextIO,
    *,
    read: Callable[[], Table] | None = None,
) -> int:
    """``read``: the file's table, when another thread reads it already
    (:mod:`esms_desktop.importing.ahead`)."""
    try:
        report = check_campaign(args, settings, client, read=read)
    except EsmsDesktopError as exc:
        if args.json:  # still one JSON object on stdout, as --json promises a script
            from esms_desktop.cli.check_json import write_json_error

            write_json_error(exc, out)
        raise  # said on stderr too, with its exit code
    if args.json:
        from esms_desktop.cli.check_json import write_json

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
