"""Reading the journal's request and message rows into :mod:`~esms_desktop.journal.models`.

Rows are read as plain tuples in a fixed column order: reading a column by name
costs a search of the column names, and a campaign may have 100,000 messages.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from typing import Any

from esms_desktop.api.esms_clock import ClockOffset
from esms_desktop.journal.models import MessageRow, MessageState, RequestRow, RequestState

#: A request's columns in the order of :class:`RequestRow`.
REQUEST_SELECT = (
    "SELECT id, campaign_id, batch, request_id, request_id2, state, uncertain, attempts, code,"
    " error_message, sms_id, last_attempt_at, first_attempt_at, first_offset_low,"
    " first_offset_high, last_offset_low, last_offset_high FROM requests"
)
_STATES = {s.value: s for s in RequestState}
_MESSAGE_STATES = {s.value: s for s in MessageState}


def request_row(r: tuple[Any, ...]) -> RequestRow:
    """A row of :data:`REQUEST_SELECT`."""
    (pk, campaign_id, batch, request_id, request_id2, state, uncertain, attempts, code,
     error_message, sms_id, last_attempt_at, first_attempt_at, first_low, first_high,
     last_low, last_high) = r  # fmt: skip
    return RequestRow(
        pk,
        campaign_id,
        batch,
        request_id,
        request_id2,
        _STATES[state],
        bool(uncertain),
        attempts,
        code,
        error_message,
        sms_id,
        last_attempt_at,
        first_attempt_at,
        _offset(first_low, first_high),
        _offset(last_low, last_high),
    )


@lru_cache(maxsize=256)
def _offset(low: float | None, high: float | None) -> ClockOffset | None:
    """A stored measure of eSMS's clock: the requests of a run share a few (it is immutable)."""
    return None if low is None or high is None else ClockOffset(low, high)


#: A message joined with its request, columns in the order :func:`message_row` reads them.
MESSAGE_SELECT = (
    "SELECT m.id, m.row, m.phone, m.carrier, m.content, m.params_json, m.values_json,"
    " m.excluded_code, m.excluded_reason, m.delivery, m.request, r.request_id, r.state,"
    " r.code, r.error_message, r.sms_id, r.last_attempt_at, m.price, m.send_at"
    " FROM messages m LEFT JOIN requests r ON r.id = m.request"
)


def message_row(r: tuple[Any, ...]) -> MessageRow:
    """A row of :data:`MESSAGE_SELECT` (a plain tuple: reading a column by name costs a
    search of the column names, twenty times per message)."""
    (pk, row, phone, carrier, content, params, values, excluded_code, excluded_reason,
     delivery, request, request_id, state, code, error_message, sms_id, sent_at, price,
     send_at) = r  # fmt: skip
    excluded = request is None
    return MessageRow(
        pk,
        row,
        phone,
        carrier,
        content,
        [] if params == "[]" else json.loads(params),
        json.loads(values),
        excluded_code,
        excluded_reason,
        delivery,
        request,
        request_id or "",
        MessageState.EXCLUDED if excluded else _MESSAGE_STATES[state],
        excluded_code if excluded else code,
        excluded_reason if excluded else error_message,
        sms_id or "",
        sent_at,
        _price(price),
        send_at,
    )


@lru_cache(maxsize=256)
def _price(text: str | None) -> Decimal:
    """A message's stored price: a campaign has a few distinct ones (Decimal is immutable)."""
    return Decimal(text or "0")
