"""``esms-desktop optout``: the do-not-send list on the command line.

Numbers on it are never sent to. ``add --from-campaign ID`` adds the numbers
eSMS refused as blocked (code 99) in a campaign.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from esms_desktop.cli_check import UsageError
from esms_desktop.journal import Journal
from esms_desktop.phones import normalize_phone
from esms_desktop.settings import Settings


def add_optout_parser(sub: Any) -> None:
    optout = sub.add_parser("optout", help="show or change the do-not-send list")
    optout.add_argument("action", choices=["list", "add", "remove"])
    optout.add_argument("numbers", nargs="*", help="phone numbers, written any usual way")
    optout.add_argument(
        "--from-campaign",
        type=int,
        metavar="ID",
        help="with add: the numbers eSMS reported as blocked (99) in that campaign",
    )
    optout.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS)


def _numbers(values: list[str]) -> list[str]:
    out = []
    for value in values:
        result = normalize_phone(value)
        if result.number is None:
            raise UsageError(f"not a mobile number: {value!r}")
        out.append(result.number)
    return out


def cmd_optout(args: argparse.Namespace, settings: Settings, lang: str, out: TextIO) -> int:
    en = lang == "en"
    current = list(settings.opt_out)
    if args.action == "list":
        for number in current:
            print(number, file=out)
        print(f"{len(current)} numbers" if en else f"{len(current)} số", file=out)
        return 0
    numbers = _numbers(args.numbers)
    if args.from_campaign is not None:
        if args.action != "add":
            raise UsageError("--from-campaign goes with add")
        with Journal(demo=args.demo) as journal:
            journal.campaign(args.from_campaign)  # KeyError for an unknown id
            numbers += journal.blocked_numbers(args.from_campaign)
    if args.action == "add":
        new = [n for n in dict.fromkeys(numbers) if n not in current]
        settings.opt_out = current + new
        message = f"added {len(new)}" if en else f"đã thêm {len(new)}"
    else:
        gone = set(numbers)
        settings.opt_out = [n for n in current if n not in gone]
        removed = len(current) - len(settings.opt_out)
        message = f"removed {removed}" if en else f"đã bỏ {removed}"
    settings.save()
    print(message, file=out)
    return 0
