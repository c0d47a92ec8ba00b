"""``esms-desktop cancel``: stop a campaign for good, and settle a cancelled one's doubt.

A campaign paused or interrupted (no network, the balance, the advertising hours, a
clock far off) waited for ``resume`` with no other way out on the command line: its
messages still to go held every later send of the same text to those customers back
("still to go in campaign 4"), counted towards Decree 91's 3 a day, and a send of the
same list was refused until it was resumed. ``cancel`` is the window's Cancel: what
was not sent yet is never sent; a message that may have reached eSMS (no answer heard)
is settled from eSMS's records, never sent again (``resume`` of a cancelled campaign
does that, and sends nothing).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from esms_desktop.base.texts import words
from esms_desktop.cli.usage import add_command, add_language_option, ask, help_words

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.journal import Journal


def add_cancel_parser(sub: Any) -> None:
    cancel = add_command(sub, "cancel")
    cancel.add_argument("campaign_id", type=int, help=help_words("help.campaign_id"))
    cancel.add_argument("--yes", action="store_true", help=help_words("help.cancel.yes"))
    add_language_option(cancel)


def cmd_cancel(args: argparse.Namespace, out: TextIO) -> int:
    """Cancel campaign ``args.campaign_id`` once the user says yes (``--yes``: at once).
    Exit 0 when it is cancelled (or was, or has finished), 1 when the user said no."""
    from esms_desktop.journal.models import CampaignState
    from esms_desktop.journal.store import Journal

    cid = args.campaign_id
    with Journal(demo=args.demo) as journal:
        campaign = journal.campaign(cid)  # UnknownCampaignError for an unknown number
        if campaign.state is CampaignState.DONE:
            print(words("cli.cancel.finished", campaign=cid), file=out)
            return 0
        if campaign.state is CampaignState.CANCELLED:
            print(words("cli.cancel.already", campaign=cid), file=out)
            return 0
        left = journal.summary(cid).not_sent
        question = words("cli.cancel.ask", campaign=cid, name=campaign.name, count=left)
        if not args.yes and not ask(str(question), out):
            print(words("cli.cancel.kept", campaign=cid), file=out)
            return 1
        # Doubtful requests become "unknown" in the same transaction; a sender of this
        # campaign in another process stops at its next request (those on their way go).
        journal.set_campaign_state(cid, CampaignState.CANCELLED)
        _say_cancelled(journal, cid, out)
    return 0


def _say_cancelled(journal: Journal, cid: int, out: TextIO) -> None:
    summary = journal.summary(cid)
    said = words("cli.cancel.done", campaign=cid, accepted=summary.accepted, left=summary.not_sent)
    print(said, file=out)
    if summary.undecided:
        print(words("cli.cancel.doubt", campaign=cid, count=summary.undecided), file=out)
    spec = json.loads(summary.campaign.spec_json or "{}")
    if summary.accepted and (spec.get("schedule") or spec.get("reminder")):
        print(words("cli.cancel.scheduled"), file=out)


def settle_cancelled(
    journal: Journal, client: EsmsClient, cid: int, grace: float, out: TextIO
) -> None:
    """``resume`` of a cancelled campaign: nothing more is sent; what may have reached eSMS
    is looked up in eSMS's records (sent, or never arrived and so not sent)."""
    from esms_desktop.app.user_text import esms_time_said
    from esms_desktop.sending.status import resolve_unknown

    print(words("cli.resume.cancelled", campaign=cid), file=out)
    if not journal.summary(cid).undecided:
        return
    result = resolve_unknown(journal, client, cid, grace=grace)
    said = words(
        "cli.resume.cancelled_settled",
        accepted=result.accepted,
        never=result.resend,
        unknown=result.still_unknown + result.waiting,
    )
    print(said, file=out)
    if result.waiting:
        when = esms_time_said(result.waiting_until)
        print(words("cli.resume.cancelled_later", campaign=cid, when=when), file=out)
