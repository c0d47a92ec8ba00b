"""Rows of the journal as typed values, and the states they move through."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum
from typing import NamedTuple

from esms_desktop.api.esms_clock import ClockOffset
from esms_desktop.base.texts import LANGUAGES, speaking
from esms_desktop.message.spec import Channel

#: ``json.dumps(value, ensure_ascii=False)``, the same text, with one encoder made once:
#: ``dumps`` with an option builds a new encoder per call (a third of writing a campaign).
to_json = json.JSONEncoder(ensure_ascii=False).encode


def said_in_each_language(said: Callable[[], object]) -> str:
    """What ``said`` says in each language, as the journal keeps why a message is not sent
    (JSON): it is read later, in whichever language is spoken then."""
    reason = {}
    for lang in LANGUAGES:
        with speaking(lang):
            reason[lang] = str(said())
    return to_json(reason)


class RequestState(Enum):
    #: Written, not sent yet.
    PENDING = "pending"
    #: Written as leaving before the HTTP call; if the app dies now, resume finds it here.
    SENDING = "sending"
    ACCEPTED = "accepted"
    FAILED = "failed"
    #: May have reached eSMS, can no longer be retried with its RequestId (the
    #: day it was first sent has ended), and eSMS's records could not be read to
    #: settle it. The next run looks again; the user may decide to resend.
    UNKNOWN = "unknown"


class CampaignState(Enum):
    READY = "ready"
    SENDING = "sending"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    DONE = "done"


class MessageState(StrEnum):
    """Where one message of a campaign stands: the state of the request that carries it,
    or ``EXCLUDED`` when the checks left it out (it has no request).

    The values are the journal's request states as stored on disk; a member equals
    its value as a string.
    """

    PENDING = RequestState.PENDING.value
    SENDING = RequestState.SENDING.value
    ACCEPTED = RequestState.ACCEPTED.value
    FAILED = RequestState.FAILED.value
    UNKNOWN = RequestState.UNKNOWN.value
    EXCLUDED = "excluded"


#: Requests that a resume still sends.
OPEN_STATES = (RequestState.PENDING.value, RequestState.SENDING.value)


class RequestRow(NamedTuple):
    """One request of a campaign (a tuple, like :class:`MessageRow`: a campaign has up to a
    hundred thousand, read at every round of sending)."""

    pk: int
    campaign_id: int
    batch: int
    request_id: str
    request_id2: str | None
    state: RequestState
    uncertain: bool
    attempts: int
    code: str
    error_message: str
    sms_id: str
    last_attempt_at: float | None
    #: The first attempt with the current RequestId: eSMS's block runs from it.
    first_attempt_at: float | None = None
    #: eSMS's clock against this computer's as known when the first attempt left (None:
    #: not measured then, or a journal older than this record).
    first_offset: ClockOffset | None = None
    #: The same for the last attempt.
    last_offset: ClockOffset | None = None

    @property
    def doubtful(self) -> bool:
        """An attempt may have reached eSMS without us learning the answer."""
        return self.state is RequestState.UNKNOWN or (
            self.uncertain and self.state in (RequestState.PENDING, RequestState.SENDING)
        )


class MessageRow(NamedTuple):
    """One recipient of a campaign, joined with the request that carries it.

    A tuple rather than a frozen dataclass: reading a campaign of 100,000 messages
    makes 100,000 of them, and a tuple is made about ten times faster.
    """

    pk: int
    row: int
    phone: str
    carrier: str
    content: str
    params: list[str]
    values: list[str]
    excluded_code: str
    excluded_reason: str
    delivery: str
    request_pk: int | None
    request_id: str
    state: MessageState
    code: str
    error_message: str
    sms_id: str
    sent_at: float | None
    #: The estimated price of this message (VND).
    price: Decimal = Decimal(0)
    #: This message's own send time (``yyyy-mm-dd HH:MM:SS``, Vietnam), or "".
    send_at: str = ""


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: int
    uid: str
    name: str
    channel: Channel
    spec_json: str
    source_file: str
    columns: list[str]
    profile: str
    account_fp: str
    state: CampaignState
    pause_code: str
    pause_message: str
    created_at: float
    updated_at: float

    @property
    def sandbox(self) -> bool:
        return is_sandbox(self.spec_json)


def is_sandbox(spec_json: str) -> bool:
    """A sandbox run: eSMS validated its messages, delivered and charged none."""
    return bool(json.loads(spec_json or "{}").get("sandbox"))


@dataclass(frozen=True, slots=True)
class CampaignSummary:
    campaign: CampaignRow
    total: int
    accepted: int
    failed: int
    open: int
    unknown: int
    excluded: int
    delivered: int
    undelivered: int
    #: Accepted messages whose own send time is still ahead: eSMS holds them.
    scheduled: int = 0
    #: The first of those times (``yyyy-mm-dd HH:MM:SS``), "" when none.
    next_send_at: str = ""
    #: Of ``open``: messages whose request went out and got no answer (or got one to a
    #: retry that proves nothing, like 103 after a lost answer). They may have left (and
    #: been charged): said "unknown", never "not sent"; resumed, they are settled from
    #: eSMS's records before anything goes again.
    in_doubt: int = 0

    @property
    def left(self) -> int:
        """Messages not over yet: still to send, or to settle."""
        return self.open + self.unknown

    @property
    def not_sent(self) -> int:
        """Messages that surely never left (``open`` less those in doubt)."""
        return self.open - self.in_doubt

    @property
    def undecided(self) -> int:
        """Messages that may have left: ``unknown`` and those in doubt."""
        return self.unknown + self.in_doubt

    @property
    def may_still_send(self) -> bool:
        """Messages are still to send, or to settle (resumed, those eSMS never got go
        out): the campaign is not over unless it was cancelled."""
        return (
            bool(self.open or self.unknown) and self.campaign.state is not CampaignState.CANCELLED
        )
