"""Which failures of a campaign "Send to failures again" sends: the one decision behind the
window's button (its count, whether it is offered and primary, the line under it) and the
command line's ``retry`` (what it asks about and sends).

A failure is worth sending again unchanged only when the catalogue says that sending the
same message again later can succeed (``CodeInfo.retry_helps``): a message eSMS accepted
whose delivery failed (phone off, carrier failure, no Zalo at that moment), a balance that
ran out (103) and was topped up since. Not the ones eSMS would refuse the same way,
perhaps charging again: a number blocked by eSMS (99) or put on the do-not-send list, a
wrong number (108), a text that does not match its template (146, 790), a carrier the
template is not registered on (177), a blocked word (201), a send time gone by. Of those
worth it, none that a later campaign sent again (eSMS took it and did not report it
undelivered, or it may still go: ``Journal.sent_again``), none that would be a fourth
advertising message in 24 hours (Decree 91), and no advertising send time with fewer than
the 30 numbers eSMS takes at once. Nothing accepted and not known undelivered, nor
anything in doubt (``unknown``), is a failure here: it is never offered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from esms_desktop.api.batching import QC_MIN
from esms_desktop.base.texts import Words, words
from esms_desktop.base.vntime import to_esms
from esms_desktop.catalogue import lookup, naming_campaign, undelivered_code
from esms_desktop.journal import Journal, MessageRow, MessageState
from esms_desktop.journal.store import to_json
from esms_desktop.message.spec import Channel
from esms_desktop.sending.still_lawful import within_ad_limit

#: Seconds ahead of now within which a message's own send time counts as passed: it goes
#: now, as the user asked (a reminder whose time is still ahead keeps it).
SOON = 5 * 60


def is_failure(message: MessageRow) -> bool:
    """Refused by eSMS (or taken out by this app before it left), or accepted and reported
    undelivered: what History and the Send page count as "failed or not delivered"."""
    return message.state is MessageState.FAILED or (
        message.state is MessageState.ACCEPTED and message.delivery == "failed"
    )


def is_retryable(message: MessageRow) -> bool:
    """Sending the same message again can help: a failed delivery, or a code that says so."""
    if message.state is MessageState.ACCEPTED and message.delivery == "failed":
        return True
    return message.state is MessageState.FAILED and lookup(message.code).retry_helps


@dataclass(frozen=True)
class AgainChoice:
    """What "Send to failures again" of one campaign sends, and why the rest is not."""

    campaign: int
    #: The messages to send again, by send time ("" = now), in send-time order.
    groups: dict[str, list[MessageRow]] = field(default_factory=dict)
    #: Failures eSMS would refuse again as they are: count by code.
    refused: dict[str, int] = field(default_factory=dict)
    #: Failures a later campaign already sent again (or may still), and the newest one.
    sent_again: int = 0
    sent_again_by: int = 0
    #: Advertising that would be a 4th within 24 hours for its number (Decree 91).
    over_ad_limit: int = 0
    #: Advertising at a send time with fewer than eSMS's 30 numbers.
    too_few: int = 0

    @property
    def chosen(self) -> list[MessageRow]:
        return [m for members in self.groups.values() for m in members]

    @property
    def count(self) -> int:
        """How many messages "Send to failures again" sends."""
        return sum(map(len, self.groups.values()))

    @property
    def held_back(self) -> int:
        """Failures not sent again, for any of the reasons above."""
        return sum(self.refused.values()) + self.sent_again + self.over_ad_limit + self.too_few

    def why_not(self) -> str:
        """The plain lines saying why the failures not offered are not, each with its next
        step, in the language and front being spoken ("" when every failure is offered)."""
        lines = [str(line) for line in self._why_not()]
        return "\n".join(lines)

    def _why_not(self) -> list[Words | str]:
        lines: list[Words | str] = []
        refused = sum(self.refused.values())
        if refused:
            lines.append(words("sending.again.refused", count=refused))
            for code, n in sorted(self.refused.items(), key=lambda kv: (-kv[1], kv[0])):
                info = lookup(code)
                lines.append(
                    words(
                        "sending.again.reason",
                        count=n,
                        title=info.part("title"),
                        action=naming_campaign(str(info.part("action")), self.campaign),
                    )
                )
        if self.sent_again:
            lines.append(
                words("sending.again.sent_again", count=self.sent_again, by=self.sent_again_by)
            )
        if self.over_ad_limit:
            lines.append(words("sending.again.ad_limit", count=self.over_ad_limit))
        if self.too_few:
            lines.append(words("sending.again.too_few", count=self.too_few, least=QC_MIN))
        return lines


def _refusal_code(message: MessageRow, channel: Channel) -> str:
    if message.state is MessageState.ACCEPTED:  # undelivered: its code is the acceptance
        return undelivered_code(channel.uses_zalo, channel.sms_fallback)
    return message.code or "unknown"


def choose_again(
    journal: Journal, campaign_id: int, messages: Sequence[MessageRow] | None = None
) -> AgainChoice:
    """The failures of ``campaign_id`` that "Send to failures again" sends (see the
    module), grouped by send time, and how many are held back, why. ``messages``: the
    campaign's, when the caller has just read them (History shows them too)."""
    campaign = journal.campaign(campaign_id)
    if messages is None:  # SQLite picks the failures: a campaign of 100,000 has a few
        messages = journal.messages(campaign_id, failures_only=True)
    failures = [m for m in messages if is_failure(m)]
    if not failures:
        return AgainChoice(campaign_id)
    refused = Counter(_refusal_code(m, campaign.channel) for m in failures if not is_retryable(m))
    chosen = [m for m in failures if is_retryable(m)]
    again = journal.sent_again(campaign_id) if chosen else {}
    taken = [again.get((m.phone, m.content, to_json(m.params)), 0) for m in chosen]
    left = [m for m, by in zip(chosen, taken, strict=True) if not by]
    sent_again, by = len(chosen) - len(left), max(taken, default=0)
    # A reminder keeps its own time while it is ahead; one whose time has passed goes
    # now, as the user asked. Requests never mix send times.
    soon = to_esms(journal.now() + SOON)
    lawful = left
    if campaign.channel.is_advertising and left:
        lawful = within_ad_limit(journal, left, soon)
    groups: dict[str, list[MessageRow]] = {}
    for m in lawful:
        groups.setdefault(m.send_at if m.send_at > soon else "", []).append(m)
    too_few = 0
    if campaign.channel.is_advertising:
        too_few = sum(len(g) for g in groups.values() if not campaign.channel.batch_sizes(len(g)))
        groups = {k: g for k, g in groups.items() if campaign.channel.batch_sizes(len(g))}
    return AgainChoice(
        campaign=campaign_id,
        groups=dict(sorted(groups.items())),
        refused=dict(refused),
        sent_again=sent_again,
        sent_again_by=by,
        over_ad_limit=len(left) - len(lawful),
        too_few=too_few,
    )


__all__ = ["AgainChoice", "choose_again", "is_failure", "is_retryable"]
