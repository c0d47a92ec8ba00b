"""``esms-desktop optout``: the do-not-send list on the command line.

Numbers on it are never sent to. ``add --from-campaign ID`` adds the numbers
eSMS refused as blocked (code 99) in a campaign. The list lives in the journal,
each change an event with its time and source (see :mod:`esms_desktop.app.opt_out`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.texts import words
from esms_desktop.cli.usage import UsageError, add_command, add_language_option, help_words
from esms_desktop.telecom.phones import normalize_phone

if TYPE_CHECKING:
    from esms_desktop.app.settings import Settings

# The list and the journal it lives in are imported by the command that uses them: the
# command line imports this module for its options, also to explain a code.


def add_optout_parser(sub: Any) -> None:
    optout = add_command(sub, "optout")
    optout.add_argument(
        "action", choices=["list", "add", "remove"], help=help_words("help.optout.action")
    )
    optout.add_argument("numbers", nargs="*", help=help_words("help.optout.numbers"))
    optout.add_argument(
        "--from-campaign",
        type=int,
        metavar="ID",
        help=help_words("help.optout.from_campaign"),
    )
    add_language_option(optout)


def _numbers(values: list[str]) -> list[str]:
    out = []
    for value in values:
        result = normalize_phone(value)
        if result.number is None:
            raise UsageError(words("cli.usage.not_mobile", value=value))
        out.append(result.number)
    return out


def cmd_optout(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from esms_desktop.app import opt_out
    from esms_desktop.journal.store import Journal

    with Journal(demo=args.demo) as journal:
        if args.action == "list":
            current = opt_out.listed(journal, settings)
            for number in current:
                print(number, file=out)
            print(words("cli.optout.count", count=len(current)), file=out)
            return 0
        numbers = _numbers(args.numbers)
        if args.from_campaign is not None:
            if args.action != "add":
                raise UsageError(words("cli.usage.from_campaign_add"))
            journal.campaign(args.from_campaign)  # UnknownCampaignError for an unknown id
            numbers += journal.blocked_numbers(args.from_campaign)
        if args.action == "add":
            added, _ = opt_out.change(
                journal, add=numbers, source=opt_out.COMMAND_LINE, settings=settings
            )
            message = words("cli.optout.added", count=added)
        else:
            _, removed = opt_out.change(
                journal, remove=numbers, source=opt_out.COMMAND_LINE, settings=settings
            )
            message = words("cli.optout.removed", count=removed)
    print(message, file=out)
    return 0
