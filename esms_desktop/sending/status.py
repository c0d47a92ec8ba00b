"""Delivery status after sending, and settling requests whose fate is unknown.

``100`` from eSMS means accepted, not delivered. Delivery is learned later:
for SMS from ``GetSmsReceiverStatus_get`` per SMSID (105 = not known yet), for
Zalo from ``QueryZnsStatus`` per SMSID (its own page; 854 = nothing found yet). Requests
accepted through a 124 have no SMSID; they are looked up in
``GetSmsSentData_V2`` by campaign and phone, whose ``ReferenceId`` is the SMSID.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esms_desktop.api.models import phone_key
from esms_desktop.api.records import LOOKUP_MARGIN
from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.errors import ApiError, ResultCodeError
from esms_desktop.base.vntime import to_esms
from esms_desktop.journal import (
    CampaignRow,
    CampaignState,
    Journal,
    MessageRow,
    MessageState,
    RequestState,
)
from esms_desktop.sending.plan import fresh_request_id
from esms_desktop.sending.settle import RECORDS_GRACE, find_sent, settle
from esms_desktop.sending.sms_part import BY_SMS, SMS_UNSEEN, sms_part_states

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

STATUS_WINDOW = 7 * 24 * 3600


@dataclass
class DeliveryCounts:
    delivered: int = 0
    failed: int = 0
    waiting: int = 0
    #: Of ``delivered``: Zalo then SMS messages that went as SMS.
    by_sms: int = 0
    #: Of ``waiting``: Zalo then SMS messages Zalo did not reach whose SMS part eSMS's
    #: records do not hold (yet): never sent again by the app (``sending.sms_part``).
    sms_unseen: int = 0

    @property
    def final(self) -> bool:
        return self.waiting == 0

    def count(self, state: str, n: int = 1) -> None:
        """``n`` more messages in ``state`` (by SMS counts as delivered, an SMS part not
        on record as waiting)."""
        if state == BY_SMS:
            self.by_sms += n
        if state == SMS_UNSEEN:
            self.sms_unseen += n
        name = {BY_SMS: "delivered", SMS_UNSEEN: "waiting"}.get(state, state)
        setattr(self, name, getattr(self, name) + n)


#: Zalo then SMS whose ZNS part did not reach the customer (its look-ups are the ZNS
#: part's): what its SMS part did is read from eSMS's records (``sending.sms_part``).
_ZNS_FAILED = "zns_failed"
#: (message, the SMSID its send answered) of each such message.
FellBack = list[tuple[MessageRow, str]]


def _undelivered(campaign: CampaignRow) -> str:
    """What a message eSMS reports undelivered is: for Zalo then SMS, its ZNS part only."""
    return _ZNS_FAILED if campaign.channel.sms_fallback else "failed"


#: Answers kept in the journal this often during a refresh: a long one (thousands of
#: look-ups, minutes) interrupted by closing the window keeps what it learned.
SAVE_EVERY = 100


def refresh_delivery(
    journal: Journal,
    client: EsmsClient,
    campaign_id: int,
    *,
    now: Callable[[], float] = time.time,
    on_progress: Callable[[int, int], None] | None = None,
) -> DeliveryCounts:
    """Ask eSMS once about every accepted message not yet final. Sandbox sends are skipped.

    ``on_progress(done, total)``: after each look-up (a campaign of thousands takes
    minutes: the window and the command line say how far it got).
    """
    campaign = journal.campaign(campaign_id)
    if json.loads(campaign.spec_json).get("sandbox"):
        return DeliveryCounts()
    counts = DeliveryCounts()
    updates: list[tuple[int, str]] = []
    scheduled_after = to_esms(now())  # eSMS's date texts sort as the times they name
    by_request = _to_ask(journal.messages(campaign_id), scheduled_after, counts)
    without_id = [m for msgs in by_request.values() if not msgs[0].sms_id for m in msgs]
    asked = [
        msgs
        for msgs in by_request.values()
        if msgs[0].sms_id and now() - (msgs[0].sent_at or 0) <= STATUS_WINDOW
    ]
    total = len(asked) + bool(without_id)
    fell_back: FellBack = []
    for done, msgs in enumerate(asked, 1):
        _ask_one(client, campaign, msgs, counts, updates, fell_back)
        if done % SAVE_EVERY == 0:
            journal.set_delivery(updates)
            updates = []
        if on_progress is not None:
            on_progress(done, total)
    if without_id:
        _delivery_from_records(
            journal, client, campaign, without_id, now, counts, updates, fell_back
        )
        if on_progress is not None:
            on_progress(total, total)
    for pk, state in sms_part_states(client, fell_back, now).items():
        updates.append((pk, state))
        counts.count(state)
    journal.set_delivery(updates)
    return counts


def _ask_one(
    client: EsmsClient,
    campaign: CampaignRow,
    msgs: list[MessageRow],
    counts: DeliveryCounts,
    updates: list[tuple[int, str]],
    fell_back: FellBack,
) -> None:
    """The delivery of one request's messages (its SMSID), into ``counts`` and ``updates``
    (or ``fell_back``: Zalo then SMS whose ZNS failed)."""
    sms_id = msgs[0].sms_id
    if campaign.channel.zalo_only:
        state = _zns_delivery(client, sms_id)
        for m in msgs:
            updates.append((m.pk, state))
            counts.count(state)
        return
    _sms_delivery(client, sms_id, msgs, counts, updates, _undelivered(campaign), fell_back)


def _to_ask(
    messages: Iterable[MessageRow], scheduled_after: str, counts: DeliveryCounts
) -> dict[int, list[MessageRow]]:
    """The accepted messages whose delivery is not known yet, by request; those known, or
    scheduled after ``scheduled_after``, are counted instead."""
    by_request: dict[int, list[MessageRow]] = {}
    for m in messages:
        if m.state is not MessageState.ACCEPTED:
            continue
        if m.send_at > scheduled_after:
            counts.waiting += 1  # scheduled: nothing to ask eSMS before it goes out
            continue
        if m.delivery in ("delivered", "failed", BY_SMS):
            counts.count(m.delivery)
            continue
        if m.request_pk is not None:
            by_request.setdefault(m.request_pk, []).append(m)
    return by_request


def _sms_delivery(
    client: EsmsClient,
    sms_id: str,
    msgs: list[MessageRow],
    counts: DeliveryCounts,
    updates: list[tuple[int, str]],
    undelivered: str = "failed",
    fell_back: FellBack | None = None,
) -> None:
    """The delivery of one SMS request's messages from ``GetSmsReceiverStatus_get``
    (``undelivered``: the state of a message it says did not reach the phone; a Zalo then
    SMS message whose ZNS did goes into ``fell_back``)."""
    try:
        receivers = {phone_key(r.phone): r for r in client.get_receiver_status(sms_id)}
    except ResultCodeError as exc:
        if exc.code in ("105", "854", "160"):
            counts.waiting += len(msgs)
            return
        raise
    for m in msgs:
        r = receivers.get(phone_key(m.phone))
        state = (
            "waiting"
            if r is None or not r.is_sent
            else ("delivered" if r.sent_result else undelivered)
        )
        if state == _ZNS_FAILED and fell_back is not None:
            fell_back.append((m, sms_id))
            continue
        updates.append((m.pk, state))
        counts.count(state)


def _delivery_from_records(
    journal: Journal,
    client: EsmsClient,
    campaign: CampaignRow,
    without_id: list[MessageRow],
    now: Callable[[], float],
    counts: DeliveryCounts,
    updates: list[tuple[int, str]],
    fell_back: FellBack,
) -> None:
    """The delivery of messages accepted through a 124 (or settled), which have no SMSID
    yet: eSMS's sent data finds them by campaign and phone, with the SMSID as
    ReferenceId (kept for the request). Zalo then SMS: the ZNS part's record is found
    first (its types are read first), and its SMS part's goes into ``fell_back``."""
    times = [m.sent_at or now() for m in without_id]
    found = find_sent(
        client, campaign, without_id, min(times) - LOOKUP_MARGIN, max(times) + LOOKUP_MARGIN
    )
    for m in without_id:
        item = found.get(m.pk)
        if item is not None and item.reference_id and m.request_pk is not None:
            journal.set_sms_id(m.request_pk, item.reference_id)
        result = item.send_result if item is not None else ""
        state = {"1": "delivered", "0": _undelivered(campaign)}.get(result, "waiting")
        if state == _ZNS_FAILED and item is not None:
            fell_back.append((m, item.reference_id))
            continue
        updates.append((m.pk, state))
        counts.count(state)


def _zns_delivery(client: EsmsClient, sms_id: str) -> str:
    """One ZNS's delivery from ``QueryZnsStatus``: asked as type 24, then 25 (the page
    takes only these two, and a bulk send does not say which one eSMS filed)."""
    for sms_type in (SmsType.ZNS, SmsType.ZNS_ALT):
        try:
            return client.query_zns_status(sms_id, sms_type).delivery
        except ResultCodeError as exc:
            if exc.code not in ("854", "105"):
                raise
    return "waiting"


def poll_delivery(
    journal: Journal,
    client: EsmsClient,
    campaign_id: int,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] = time.sleep,
    delays: tuple[float, ...] = (5, 10, 20, 40, 60, 120, 300),
    max_rounds: int = 60,
) -> DeliveryCounts:
    """Refresh until every message is final, with growing waits; stops when asked."""
    counts = DeliveryCounts()
    for round_no in range(max_rounds):
        try:
            counts = refresh_delivery(journal, client, campaign_id)
        except ApiError:
            counts = DeliveryCounts(waiting=1)
        if counts.final or should_stop():
            return counts
        sleep(delays[min(round_no, len(delays) - 1)])
    return counts


@dataclass
class UnknownResolution:
    accepted: int = 0
    #: Not in eSMS's records: queued again with new RequestIds.
    resend: int = 0
    #: eSMS's records could not be read.
    still_unknown: int = 0
    #: Attempted too recently for eSMS's records to be believed: nothing done yet.
    waiting: int = 0
    #: With ``waiting``: from when they can be settled (``to_esms`` text).
    waiting_until: str = ""
    #: The campaign was cancelled: those never sent stay unsent, and what the records
    #: cannot tell is not sent again (see :func:`resend_unknown`).
    cancelled: bool = False


def resolve_unknown(
    journal: Journal, client: EsmsClient, campaign_id: int, *, grace: float = RECORDS_GRACE
) -> UnknownResolution:
    """Settle every doubtful request that can no longer be retried (see ``engine.settle``).

    Those within the records grace are left alone and counted as ``waiting``:
    they are neither unknown nor to be resent.
    """
    result = settle(journal, client, campaign_id, grace=grace)
    if result.error is not None and not (result.accepted or result.resend or result.waiting):
        raise result.error
    until = to_esms(result.waiting_until) if result.waiting else ""
    cancelled = journal.campaign(campaign_id).state is CampaignState.CANCELLED
    return UnknownResolution(
        result.accepted, result.resend, result.unknown, result.waiting, until, cancelled
    )


def resend_unknown(journal: Journal, campaign_id: int) -> int:
    """The user's decision: send the still-unknown ones again, with new RequestIds.

    For requests whose fate eSMS's records could not tell (the look-up
    failed). Some customers may get the message twice. Returns how many. None in a
    cancelled campaign: it sends nothing more, and they would only read "not sent".
    """
    if journal.campaign(campaign_id).state is CampaignState.CANCELLED:
        return 0
    resent = 0
    for r in journal.requests(campaign_id, [RequestState.UNKNOWN.value]):
        # Not one that a sender in another process settled or sent meanwhile.
        second = fresh_request_id() if r.request_id2 else None
        resent += journal.retire_request_id(r.pk, fresh_request_id(), second, old_id=r.request_id)
    return resent


__all__ = [
    "DeliveryCounts",
    "UnknownResolution",
    "poll_delivery",
    "refresh_delivery",
    "resend_unknown",
    "resolve_unknown",
]
