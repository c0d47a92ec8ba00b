"""How one batch of a campaign goes to eSMS: each channel's call, and eSMS's word on
each request of it.

A batch is what one call carries (``Channel.batch_sizes``): one request of one
number for most channels, one request of up to 5,000 numbers for advertising,
up to 500 requests of one number each for Zalo. Each channel's call returns,
for every request of the batch, eSMS's :class:`Answer`, or :class:`Unread` when
the answer says nothing readable about it (it may have arrived). What the
answers mean for the journal is the sender's business, the same for every
channel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from esms_desktop.api.models import SUCCESS, SendResult, phone_key
from esms_desktop.journal import MessageRow, RequestRow
from esms_desktop.message.spec import Channel
from esms_desktop.telecom.sms_text import measure

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Answer:
    """eSMS's definitive word on one request."""

    code: str
    error_message: str = ""
    sms_id: str = ""
    #: The HTTP attempts the client made with the same RequestId.
    attempts: int = 1


@dataclass(frozen=True, slots=True)
class Unread:
    """The answer has no (readable) word on this request: it may have arrived."""

    #: For support: what was wrong with the answer.
    detail: str


@dataclass(frozen=True, slots=True)
class Batch:
    """The requests of one call, their messages, and what every call of the campaign shares."""

    requests: list[RequestRow]
    messages: Mapping[int, list[MessageRow]]
    #: The campaign's spec as the journal keeps it (``CampaignSpec`` fields).
    spec: Mapping[str, Any]
    #: The ``campaignid`` eSMS files every message under.
    label: str
    #: eSMS's ``SendDate``: a reminder's own time, the campaign's schedule, or "" for now.
    send_date: str
    sandbox: bool


#: One channel's call: eSMS's word on each request of the batch, by request pk.
Call = Callable[["EsmsClient", Batch], dict[int, Answer | Unread]]


def _answer(request: RequestRow, result: SendResult) -> dict[int, Answer | Unread]:
    return {request.pk: Answer(result.code, result.error_message, result.sms_id, result.attempts)}


def _customer_care(client: EsmsClient, batch: Batch) -> dict[int, Answer | Unread]:
    (request,) = batch.requests
    first = batch.messages[request.pk][0]
    result = client.send_customer_care(
        first.phone,
        first.content,
        batch.spec["brandname"],
        request.request_id,
        is_unicode=measure(first.content).unicode,
        sandbox=batch.sandbox,
        send_date=batch.send_date,
        campaign_id=batch.label,
    )
    return _answer(request, result)


def _fixed_number(client: EsmsClient, batch: Batch) -> dict[int, Answer | Unread]:
    (request,) = batch.requests
    first = batch.messages[request.pk][0]
    result = client.send_fixed_number(
        first.phone,
        first.content,
        request.request_id,
        is_unicode=measure(first.content).unicode,
        sandbox=batch.sandbox,
        send_date=batch.send_date,
        campaign_id=batch.label,
    )
    return _answer(request, result)


def _advertising(client: EsmsClient, batch: Batch) -> dict[int, Answer | Unread]:
    (request,) = batch.requests
    msgs = batch.messages[request.pk]
    result = client.send_advertising(
        [m.phone for m in msgs],
        msgs[0].content,
        batch.spec["brandname"],
        request.request_id,
        sandbox=batch.sandbox,
        send_date=batch.send_date,
        campaign_id=batch.label,
    )
    return _answer(request, result)


def _zalo_then_sms(client: EsmsClient, batch: Batch) -> dict[int, Answer | Unread]:
    (request,) = batch.requests
    first = batch.messages[request.pk][0]
    result = client.send_zalo_then_sms(
        first.phone,
        oaid=batch.spec["oaid"],
        template_id=batch.spec["template_id"],
        params=first.params,
        zalo_request_id=request.request_id,
        sms_content=first.content,
        sms_brandname=batch.spec["brandname"],
        sms_request_id=request.request_id2 or "",
        is_unicode=measure(first.content).unicode,
        sandbox=batch.sandbox,
        over_quota=bool(batch.spec.get("over_quota")),
        campaign_id=batch.label,
    )
    return _answer(request, result)


def _zalo_bulk(client: EsmsClient, batch: Batch) -> dict[int, Answer | Unread]:
    """One call for up to 500 requests, each with its own RequestId and its own answer."""
    requests, messages = batch.requests, batch.messages
    items = [(messages[r.pk][0].phone, r.request_id, messages[r.pk][0].params) for r in requests]
    bulk = client.send_zalo_bulk(
        batch.spec["oaid"],
        batch.spec["template_id"],
        items,
        sandbox=batch.sandbox,
        send_date=batch.send_date,
        campaign_id=batch.label,
        over_quota=bool(batch.spec.get("over_quota")),
    )
    if bulk.code != SUCCESS:
        # The whole call was refused: the same answer for each of its requests.
        whole = Answer(bulk.code, bulk.error_message, "", bulk.attempts)
        return {r.pk: whole for r in requests}
    # Matched by number however the answer writes it (84..., 0..., spaces).
    by_phone = {phone_key(i.phone): i for i in bulk.items}
    if bulk.total_fail:
        log.info(
            "batch %s: eSMS counts %d of %d Zalo messages refused",
            requests[0].batch,
            bulk.total_fail,
            len(requests),
        )
    answers: dict[int, Answer | Unread] = {}
    for r in requests:
        item = by_phone.get(phone_key(messages[r.pk][0].phone))
        if item is None:
            answers[r.pk] = Unread("a number missing from the answer")
        elif not item.readable:
            answers[r.pk] = Unread("a number's result that cannot be read")
        else:
            answers[r.pk] = Answer(item.code, item.error_message, item.sms_id, bulk.attempts)
    return answers


#: Each channel's call (a test checks that every channel has one).
CALLS: dict[Channel, Call] = {
    Channel.CUSTOMER_CARE: _customer_care,
    Channel.ADVERTISING: _advertising,
    Channel.FIXED_NUMBER: _fixed_number,
    Channel.ZALO: _zalo_bulk,
    Channel.ZALO_THEN_SMS: _zalo_then_sms,
}
