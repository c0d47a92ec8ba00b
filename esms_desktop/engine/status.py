"""Delivery status after sending, and settling requests whose fate is unknown.

``100`` from eSMS means accepted, not delivered. Delivery is learned later
from ``GetSmsReceiverStatus_get`` per SMSID (105 = not known yet). Requests
accepted through a 124 have no SMSID; they, and requests left "unknown",
are looked up in ``GetSmsSentData_V2`` by their RequestId (``ReferenceId``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from esms_desktop.api.client import EsmsClient, SmsType
from esms_desktop.engine.plan import fresh_request_id
from esms_desktop.errors import ApiError, ResultCodeError
from esms_desktop.journal import Journal, MessageRow, RequestState
from esms_desktop.vntime import to_esms

STATUS_WINDOW = 7 * 24 * 3600
_SMS_TYPES = {
    "cskh": SmsType.CUSTOMER_CARE,
    "fixed": SmsType.FIXED_NUMBER,
    "qc": SmsType.ADVERTISING,
    "zalo": SmsType.ZNS,
    "zalo-sms": SmsType.ZNS,
}


@dataclass
class DeliveryCounts:
    delivered: int = 0
    failed: int = 0
    waiting: int = 0

    @property
    def final(self) -> bool:
        return self.waiting == 0


def _sent_data_by_reference(
    client: EsmsClient, channel: str, start: float, end: float
) -> dict[str, list[tuple[str, str]]]:
    """ReferenceId -> [(phone 0xxxxxxxxx, SendResult)] for sends in a time range."""
    found: dict[str, list[tuple[str, str]]] = {}
    page = 1
    while True:
        data = client.get_sent_data(_SMS_TYPES[channel], to_esms(start), to_esms(end), page=page)
        for item in data.items:
            phone = "0" + item.phone[2:] if item.phone.startswith("84") else item.phone
            found.setdefault(item.reference_id, []).append((phone, item.send_result))
        if len(data.items) < 500 or page * 500 >= data.total:
            return found
        page += 1


def refresh_delivery(
    journal: Journal, client: EsmsClient, campaign_id: int, *, now: Callable[[], float] = time.time
) -> DeliveryCounts:
    """Ask eSMS once about every accepted message not yet final. Sandbox sends are skipped."""
    campaign = journal.campaign(campaign_id)
    if json.loads(campaign.spec_json).get("sandbox"):
        return DeliveryCounts()
    counts = DeliveryCounts()
    updates: list[tuple[int, str]] = []
    by_request: dict[int, list[MessageRow]] = {}
    for m in journal.messages(campaign_id):
        if m.state != RequestState.ACCEPTED.value:
            continue
        if m.delivery in ("delivered", "failed"):
            setattr(counts, m.delivery, getattr(counts, m.delivery) + 1)
            continue
        if m.request_pk is not None:
            by_request.setdefault(m.request_pk, []).append(m)
    without_id: list[MessageRow] = []
    for msgs in by_request.values():
        sms_id = msgs[0].sms_id
        if not sms_id:
            without_id += msgs
            continue
        if now() - (msgs[0].sent_at or 0) > STATUS_WINDOW:
            continue
        try:
            receivers = {r.phone: r for r in client.get_receiver_status(sms_id)}
        except ResultCodeError as exc:
            if exc.code in ("105", "854", "160"):
                counts.waiting += len(msgs)
                continue
            raise
        for m in msgs:
            r = receivers.get("84" + m.phone[1:]) or receivers.get(m.phone)
            state = (
                "waiting"
                if r is None or not r.is_sent
                else ("delivered" if r.sent_result else "failed")
            )
            updates.append((m.pk, state))
            setattr(counts, state, getattr(counts, state) + 1)
    if without_id:
        times = [m.sent_at or now() for m in without_id]
        found = _sent_data_by_reference(
            client, campaign.channel, min(times) - 3600, max(times) + 3600
        )
        for m in without_id:
            results = dict(found.get(m.request_id, []))
            result = results.get(m.phone)
            state = {"1": "delivered", "0": "failed"}.get(result or "", "waiting")
            updates.append((m.pk, state))
            setattr(counts, state, getattr(counts, state) + 1)
    journal.set_delivery(updates)
    return counts


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
    still_unknown: int = 0


def resolve_unknown(journal: Journal, client: EsmsClient, campaign_id: int) -> UnknownResolution:
    """Settle "unknown" requests that eSMS's sent-data shows were sent."""
    campaign = journal.campaign(campaign_id)
    unknown = journal.requests(campaign_id, [RequestState.UNKNOWN.value])
    result = UnknownResolution()
    if not unknown:
        return result
    times = [r.last_attempt_at or time.time() for r in unknown]
    found = _sent_data_by_reference(client, campaign.channel, min(times) - 3600, max(times) + 3600)
    for r in unknown:
        if r.request_id in found:
            journal.record(r.pk, RequestState.ACCEPTED, code="100")
            result.accepted += 1
        else:
            result.still_unknown += 1
    return result


def resend_unknown(journal: Journal, campaign_id: int) -> int:
    """The user's decision: send the still-unknown ones again, with new RequestIds.

    Only for requests eSMS has forgotten (older than 24 hours) and that the
    sent-data look-up did not find. Returns how many were queued.
    """
    unknown = journal.requests(campaign_id, [RequestState.UNKNOWN.value])
    for r in unknown:
        journal.retire_request_id(
            r.pk, fresh_request_id(), fresh_request_id() if r.request_id2 else None
        )
    return len(unknown)


__all__ = [
    "DeliveryCounts",
    "UnknownResolution",
    "poll_delivery",
    "refresh_delivery",
    "resend_unknown",
    "resolve_unknown",
]
