"""Turn a checked campaign into journal rows: requests, RequestIds and messages.

RequestIds are ``esd-`` + 16 random hex digits for the campaign + a sequence
number: unique across campaigns and installations, and at most 50 characters.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import asdict
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from esms_desktop.api.batching import QC_MIN, split
from esms_desktop.base.bulk import collector_paused
from esms_desktop.base.texts import words
from esms_desktop.checks import CheckReport
from esms_desktop.checks.account import LOCAL_PRICES
from esms_desktop.checks.clock_rules import repeat_since
from esms_desktop.checks.run import send_groups
from esms_desktop.journal import (
    Journal,
    NewCampaign,
    NewMessage,
    NewRequest,
)
from esms_desktop.journal.models import said_in_each_language
from esms_desktop.journal.store import to_json
from esms_desktop.message.spec import Channel, esms_send_date, stored_schedule
from esms_desktop.recipients.recipient_list import Recipient, RowState
from esms_desktop.sending.again import SOON, choose_again
from esms_desktop.sending.still_lawful import (
    refuse_changed_since_check,
    refuse_opted_out_since,
    refuse_sent_elsewhere,
    refuse_unfilled_zalo,
    refuse_unlawful_advertising,
)

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient


def request_id(uid: str, seq: int, suffix: str = "") -> str:
    rid = f"esd-{uid}-{seq}{suffix}"
    assert len(rid) <= 50
    return rid


def fresh_request_id() -> str:
    """A new id for a request whose old one eSMS provably never accepted."""
    return f"esd-{secrets.token_hex(8)}-r{secrets.token_hex(4)}"


def spec_json(report: CheckReport) -> str:
    spec = asdict(report.spec)
    spec["schedule"] = report.spec.schedule.isoformat() if report.spec.schedule else None
    rule = report.spec.reminder
    spec["reminder"] = (
        None
        if rule is None
        else {
            "column": rule.column,
            "days_before": rule.days_before,
            "yearly": rule.yearly,
            "at": rule.at.strftime("%H:%M"),
        }
    )
    spec["estimated_cost"] = str(report.cost or 0)
    spec["consent_rule"] = report.consent_rule
    return to_json(spec)


def _exclusion(report: CheckReport, r: Recipient) -> tuple[str, str]:
    """The code and the plain reason (JSON, both languages) a row is not sent."""
    code = report.excluded.get(r.row, "")
    if not code:
        code = {RowState.DUPLICATE: "duplicate", RowState.BLOCKED: "99"}.get(r.state, "108")
    for problem in report.problems:
        if r.row in problem.rows and problem.code == code:
            return code, said_in_each_language(partial(str, problem.reason))
    return code, ""


def _requests(uid: str, channel: Channel, groups: list[list[NewMessage]]) -> list[NewRequest]:
    """Each group of messages (one send time) cut into requests as the channel sends them.

    Advertising: one RequestId per batch of 30..5,000 numbers. Zalo bulk: one
    RequestId per message, up to 500 messages per call (one batch). The others:
    one message per request; Zalo-then-SMS with a second RequestId for its SMS.
    """
    requests: list[NewRequest] = []
    seq = 0
    batch = -1
    for group in groups:
        for members in split(group, channel.batch_sizes(len(group))):
            batch += 1
            if not channel.one_number_per_request:
                seq += 1
                requests.append(NewRequest(batch, request_id(uid, seq), members))
                continue
            for m in members:
                seq += 1
                second = request_id(uid, seq, "s") if channel.sms_fallback else None
                requests.append(NewRequest(batch, request_id(uid, seq), [m], second))
    return requests


def plan_campaign(report: CheckReport, *, name: str = "", profile: str = "") -> NewCampaign:
    """The journal rows for a campaign whose checks did not block."""
    if report.blocked:
        raise ValueError("the checks block this campaign")
    spec = report.spec
    uid = secrets.token_hex(8)
    sendable = report.sendable
    unit = (report.cost or Decimal(0)) / len(sendable) if sendable else LOCAL_PRICES[spec.channel]

    def message(r: Recipient) -> NewMessage:
        return NewMessage(
            row=r.row,
            phone=r.phone or "",
            carrier=r.carrier.display_name if r.carrier else "",
            content=report.messages.get(r.row, spec.content if spec.is_sms else ""),
            params=report.zalo_params.get(r.row, []),
            values=r.values,
            price=report.prices.get(r.row, unit),
            send_at=esms_send_date(report.send_at[r.row]) if r.row in report.send_at else "",
        )

    # One send time per request: each group (all rows, or the rows sharing a reminder
    # time) is cut into requests of its own.
    requests = _requests(
        uid, spec.channel, [[message(r) for r in group] for group in send_groups(report)]
    )
    excluded = []
    for r in report.recipients.rows:
        if r.state is RowState.READY and r.row not in report.excluded:
            continue
        code, reason = _exclusion(report, r)
        item = message(r)
        item.excluded_code, item.excluded_reason, item.price = code, reason, Decimal(0)
        item.phone = r.phone or r.raw_phone
        excluded.append(item)
    table = report.recipients.table
    return NewCampaign(
        uid=uid,
        name=name or f"{table.path.stem} - {spec.channel.short_name}",
        channel=spec.channel,
        spec_json=spec_json(report),
        requests=requests,
        excluded=excluded,
        source_file=str(Path(table.path).name),
        columns=report.recipients.columns,
        profile=profile,
    )


def fingerprint(new: NewCampaign) -> str:
    """What the campaign sends to whom: channel, template, and each (phone, text, values)."""
    spec = json.loads(new.spec_json)
    # Only what reaches the customer: a brandname left in the form of a fixed-number
    # campaign, or an OA of an SMS campaign, changes nothing that is sent.
    brand = spec.get("brandname") if new.channel.uses_brandname else ""
    zalo = (spec.get("oaid"), spec.get("template_id")) if new.channel.uses_zalo else ("", "")
    # A sandbox run (validated, never delivered) is no earlier send of the same messages:
    # as a twin it made the real send refuse "already sent to these people".
    trial = ["sandbox"] if spec.get("sandbox") else []
    digest = hashlib.sha256()
    digest.update(to_json([new.channel, brand, *zalo, *trial]).encode())
    lines = sorted(
        to_json([m.phone, m.content, m.params]) for r in new.requests for m in r.messages
    )
    for line in lines:
        digest.update(line.encode() + b"\n")
    return digest.hexdigest()


def create_campaign(
    journal: Journal,
    report: CheckReport,
    *,
    client: EsmsClient | None = None,
    name: str = "",
    profile: str = "",
    again: bool = False,
) -> int:
    """Write the campaign; with ``client``, it may later only be sent by that account.

    Raises :class:`RepeatCampaignError` when the same messages went to the same
    people within 24 hours (``checks.clock_rules.repeat_since``), unless the user confirmed
    ``again``, and
    :class:`StaleCheckError` when the customer file was saved again since the check, when
    some of its numbers went on the do-not-send list since,
    when Decree 91 no longer allows the advertising checked,
    when some of its customers got (or have still to go) this very text since the check
    (from elsewhere too, by eSMS's records, for a check made minutes before),
    or when the check could not fill in a Zalo template's fields (eSMS did not answer).
    """
    refuse_changed_since_check(report)
    lawful = partial(refuse_unlawful_advertising, journal, report)
    lawful()  # at once: a campaign the law refuses is not even planned
    refuse_opted_out_since(journal, report)
    refuse_unfilled_zalo(report)
    refuse_sent_elsewhere(journal, report, client, again=again)
    with collector_paused():  # a message object or two per row, no cycles among them
        new = plan_campaign(report, name=name, profile=profile)
        new.fingerprint = fingerprint(new)
    if client is not None:
        new.account_fp = client.account_fingerprint(new.uid)
    # The repeat looks and the write in one journal transaction (see Journal.create_campaign).
    back = repeat_since(journal.now(), client)
    since = None if again else back
    # What the check took out for this very text in the last 24 hours, looked at again: a
    # sandbox run is not held to it (nor counted for it).
    texts = None if report.spec.sandbox else back
    # Decree 91 once more in the writing transaction: another advertising send may have
    # been written since the look above (two sends at the same moment).
    return journal.create_campaign(
        new,
        repeat_since=since,
        texts_since=texts,
        resend=again,
        still_allowed=partial(_still_allowed, journal, report),
    )


def _still_allowed(journal: Journal, report: CheckReport) -> None:
    """Looked at again in the transaction that writes the campaign: Decree 91 (another
    advertising send written meanwhile) and the do-not-send list (a number added
    meanwhile from the command line)."""
    refuse_unlawful_advertising(journal, report)
    refuse_opted_out_since(journal, report)


def _retry_spec(spec_json: str, soon: float) -> str:
    """The campaign's spec for sending its failures again: a campaign time that has
    passed (or comes within minutes) is dropped, so they go now, as the user asked; kept,
    the engine would refuse to hand eSMS a past time and nothing would go."""
    spec = json.loads(spec_json)
    when = stored_schedule(spec.get("schedule"))
    if when is None or when.timestamp() >= soon:
        return spec_json
    spec["schedule"] = None
    return to_json(spec)


class SentAgainError(ValueError):
    """Every failure of the campaign was already sent again, by a later campaign."""

    def __init__(self, message: str, campaign: int) -> None:
        super().__init__(message)
        #: The newest campaign that sent them again (or may still).
        self.campaign = campaign


def create_retry(journal: Journal, campaign_id: int, new: NewCampaign) -> int:
    """Write a campaign :func:`plan_retry` planned for ``campaign_id``'s failures, looking
    once more, in the writing transaction, for any of them sent again meanwhile: two
    windows confirming "send again" of one campaign at the same moment both planned the
    same failures. :class:`SentAgainError` then, and nothing is written."""

    def none_sent_meanwhile() -> None:
        again = journal.sent_again(campaign_id)
        messages = [m for r in new.requests for m in r.messages]
        taken = [again.get((m.phone, m.content, to_json(m.params)), 0) for m in messages]
        if any(taken):
            newest = max(taken)
            raise SentAgainError(
                f"failures of campaign {campaign_id} sent again by campaign {newest} meanwhile",
                newest,
            )

    return journal.create_campaign(new, still_allowed=none_sent_meanwhile)


def plan_retry(
    journal: Journal, campaign_id: int, *, name: str = "", client: EsmsClient | None = None
) -> NewCampaign:
    """A new campaign with the failures of ``campaign_id`` worth sending again
    (:func:`~esms_desktop.sending.again.choose_again`: the same choice the window's button
    and the command line's ``retry`` count), with new RequestIds. :class:`SentAgainError`
    when a later campaign sent them all again, ValueError when none can usefully be sent
    again."""
    campaign = journal.campaign(campaign_id)
    choice = choose_again(journal, campaign_id)
    if not choice.count:
        if choice.sent_again:
            raise SentAgainError(
                f"the failures of campaign {campaign_id} were sent again by campaign "
                f"{choice.sent_again_by}",
                choice.sent_again_by,
            )
        if choice.too_few:
            raise ValueError(
                f"only {choice.too_few} numbers to send again: advertising needs at least"
                f" {QC_MIN} at one send time"
            )
        raise ValueError("no message of this campaign can usefully be sent again")
    uid = secrets.token_hex(8)
    requests = _requests(
        uid,
        campaign.channel,
        [
            [
                NewMessage(
                    row=m.row,
                    phone=m.phone,
                    carrier=m.carrier,
                    content=m.content,
                    params=m.params,
                    values=m.values,
                    price=m.price,
                    send_at=when,
                )
                for m in members
            ]
            for when, members in choice.groups.items()
        ],
    )
    return NewCampaign(
        uid=uid,
        name=name or str(words("sending.again_name", name=campaign.name)),
        channel=campaign.channel,
        spec_json=_retry_spec(campaign.spec_json, journal.now() + SOON),
        requests=requests,
        source_file=campaign.source_file,
        columns=campaign.columns,
        profile=campaign.profile,
        account_fp=client.account_fingerprint(uid) if client is not None else "",
    )
