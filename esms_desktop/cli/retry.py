"""``esms-desktop retry CAMPAIGN``: the window's "Send to failures again" on the command line.

What it sends is :func:`~esms_desktop.sending.again.choose_again`'s choice, the one the
window's button counts: only failures that sending unchanged can help (undelivered, a
balance that ran out), never one eSMS would refuse the same way (a blocked or wrong
number, a text not matching its template...), one a later campaign already sent again, or
anything eSMS accepted. It says how many, why the others are not, asks with the price
(``--yes``: at once), writes a new campaign and sends it. ``status`` and ``send`` name it
where it applies (:func:`~esms_desktop.cli.again.say_again`).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.texts import words
from esms_desktop.cli.usage import add_command, add_language_option, ask, help_words

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.app.settings import Settings


def add_retry_parser(sub: Any) -> None:
    retry = add_command(sub, "retry")
    retry.add_argument("campaign_id", type=int, help=help_words("help.campaign_id"))
    retry.add_argument("--yes", action="store_true", help=help_words("help.retry.yes"))
    add_language_option(retry)


def cmd_retry(args: argparse.Namespace, settings: Settings, client: EsmsClient, out: TextIO) -> int:
    """Send again the failures of ``args.campaign_id`` worth it, once the user says yes.
    Exit 0 when all were accepted, 1 when there was nothing to send, the user said no, or
    some were not accepted."""
    from esms_desktop.cli.again import say_again
    from esms_desktop.cli.send import print_outcome, run_sender
    from esms_desktop.journal.store import Journal
    from esms_desktop.sending.plan import SentAgainError, create_retry, plan_retry

    cid = args.campaign_id
    with Journal(demo=args.demo) as journal:
        campaign = journal.campaign(cid)  # UnknownCampaignError for an unknown number
        if not say_again(journal, cid, out):
            summary = journal.summary(cid)
            if not summary.failed + summary.undelivered:
                print(words("cli.retry.no_failures", campaign=cid), file=out)
            return 1
        name = str(words("sending.again_name", name=campaign.name))
        try:
            plan = plan_retry(journal, cid, name=name, client=client)
            messages = [m for r in plan.requests for m in r.messages]
            cost = sum((m.price for m in messages), Decimal(0))
            question = words("cli.retry.ask", count=len(messages), cost=cost)
            if not args.yes and not ask(str(question), out):
                print(words("cli.send.nothing_sent"), file=out)
                return 1
            new_id = create_retry(journal, cid, plan)
        except SentAgainError as exc:  # another process sent them meanwhile
            print(words("cli.retry.sent_meanwhile", by=exc.campaign), file=out)
            return 1
        except ValueError:  # what was worth it went meanwhile (another process)
            print(words("cli.retry.none", campaign=cid), file=out)
            return 1
        print(words("cli.send.campaign", campaign=new_id), file=out, flush=True)
        outcome = run_sender(journal, client, new_id, settings)
        print_outcome(outcome, new_id, out, sandbox=journal.campaign(new_id).sandbox)
    return 0 if outcome.complete else 1
