"""One batch of requests: marked sending on disk, sent, and each request's answer recorded.

The answers decide what money was spent: 100 is accepted; 124 is accepted when an
earlier attempt may have arrived, else the RequestId is replaced (eSMS remembered an
id it refused); an account-level refusal pauses the campaign; any other refusal is
final. A request without a usable answer stays "sending", to be retried with the
same RequestId or settled from eSMS's records.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from esms_desktop.api.esms_clock import SAME, ClockOffset, clock_off
from esms_desktop.api.models import DUPLICATE_REQUEST, SUCCESS
from esms_desktop.base.errors import AnswerLimitError, BadAnswerError, TransportError
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import VIETNAM, to_esms
from esms_desktop.catalogue import Scope, lookup
from esms_desktop.catalogue.codes import DO_NOT_SEND_LATE, SCHEDULE_PASSED
from esms_desktop.checks.sms_rules import in_ad_hours, next_ad_time
from esms_desktop.journal import Journal, MessageRow, RequestRow, RequestState
from esms_desktop.journal.models import said_in_each_language
from esms_desktop.message.spec import Channel, esms_send_date, stored_schedule
from esms_desktop.sending.calls import CALLS, Batch, Unread
from esms_desktop.sending.plan import fresh_request_id
from esms_desktop.sending.progress import Failure, SendControls, trouble_detail
from esms_desktop.sending.settle import may_retry, send_time_passed
from esms_desktop.sending.still_lawful import leftovers

if TYPE_CHECKING:
    from collections.abc import Callable

    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)

#: The code a campaign pauses with when advertising would go out of the hours Decree 91
#: allows; its message is the time (``to_esms``) they open again.
AD_HOURS_PAUSE = "qc_hours"
#: The code an advertising campaign pauses with while this computer's clock is far off
#: eSMS's (``api.esms_clock.clock_off``); its message is how far, in seconds (+ ahead).
CLOCK_PAUSE = "clock"


@dataclass
class BatchResult:
    network: bool = False
    #: With ``network``: the error's kind ("network" or "bad_answer") and a short detail.
    trouble: str = ""
    detail: str = ""
    account_code: str = ""
    account_message: str = ""
    retry: bool = False
    #: With ``network``: the call's deadline passed (an answer trickling or never ending).
    #: Rounds of that would take minutes each: the campaign pauses at once instead.
    slow: bool = False


class BatchSending(SendControls):
    """Sends one batch and records its answers.

    Part of :class:`~esms_desktop.sending.sender.Sender`, whose ``__init__`` sets what it reads.
    """

    journal: Journal
    client: EsmsClient
    channel: Channel
    #: The ``campaignid`` eSMS files every message under (and settles by).
    label: str
    spec: dict[str, Any]
    on_failure: Callable[[Failure], None] | None
    #: eSMS's answers this run carry no usable ``Date``: requests leave unmeasured.
    _clock_undated: bool

    def _send_batch(self, batch: list[RequestRow]) -> BatchResult:
        now = self.journal.now()
        measured = self.client.esms_clock.offset
        offset = measured or SAME
        if (measured is None and not self._clock_undated) or any(
            r.doubtful and not may_retry(r, now, measured) for r in batch
        ):
            # Midnight passed since this round began, or this computer's clock was changed
            # and eSMS's is to be measured again before anything leaves: next round.
            return BatchResult(retry=True)
        messages = self.journal.batch_messages([r.pk for r in batch])
        schedule = self.spec.get("schedule")
        off = clock_off(measured) if self.channel.is_advertising else None
        if off is not None:
            # Decree 91's hours and its 3 a day are judged by this computer's clock (and the
            # journal's times it wrote): far off eSMS's, nothing leaves until it is set right.
            self.pause(CLOCK_PAUSE, str(round(off)))
            return BatchResult(account_code=CLOCK_PAUSE)
        if self.channel.is_advertising and not schedule and not messages[batch[0].pk][0].send_at:
            opens = ad_hours_closed(now, offset)
            if opens is not None:
                # Resumed at night, or confirmed late: Decree 91 allows no advertising
                # now. Nothing leaves; the campaign pauses until the hours open.
                self.pause(AD_HOURS_PAUSE, to_esms(opens))
                return BatchResult(account_code=AD_HOURS_PAUSE)
        # A send time is eSMS's wall clock: gone when eSMS's clock may be past it.
        esms_now = now + offset.high
        late = [r for r in batch if send_time_passed(messages[r.pk], schedule, esms_now)]
        if any(r.doubtful for r in late):
            # In doubt, and its time gone since this round began: settled from eSMS's
            # records next round (``settle.barred``), never handed over late.
            return BatchResult(retry=True)
        if late:
            # Never attempted and its send time is gone: not sent late, not charged.
            return self._apply_all(late, messages, SCHEDULE_PASSED, "", 0)
        if self._withdraw_do_not_send(batch):
            return BatchResult(retry=True)  # the rest of the batch is read again: next round
        # With the measure it leaves under: the clock may be changed before a retry.
        if not self.journal.mark_sending([r.pk for r in batch], self.client.esms_clock.offset):
            # Cancelled meanwhile, by the window or another process: nothing more leaves.
            self.cancel()
            return BatchResult()
        try:
            with self.client.reporting_retries(self._attempt_failed):
                return self._call(batch, messages)
        except (TransportError, BadAnswerError) as exc:
            # The requests stay "sending": the next round retries them with the same ids.
            log.info("batch %s: no usable answer (%s)", batch[0].batch, exc.kind)
            slow = isinstance(exc, AnswerLimitError) and exc.limit == "deadline"
            return BatchResult(
                network=True, trouble=exc.kind, detail=trouble_detail(exc), slow=slow
            )

    def _withdraw_do_not_send(self, batch: list[RequestRow]) -> bool:
        """Take out the messages, not sent yet, to customers put on the do-not-send list
        since the campaign was written (checked, it held none). Whether any were.

        A request that may have reached eSMS keeps its messages: it goes again with its
        RequestId only to learn (124) whether it arrived.
        """
        fresh = [r.pk for r in batch if not r.doubtful]
        least, too_few = leftovers(self.channel)
        why = (DO_NOT_SEND_LATE, _reason())
        taken = self.journal.withdraw_do_not_send(fresh, why, least=least, too_few=too_few)
        if taken:
            log.info("%d messages taken out: on the do-not-send list now", len(taken))
            self._took_out(taken)
        return bool(taken)

    def _took_out(self, messages: list[MessageRow]) -> None:
        """``messages`` were taken out of the send before they left (not sent, not to be
        sent, not charged): counted, and each said as its row's failure, with its code."""
        self._withdrawn(messages)
        if self.on_failure is not None:
            for m in messages:
                self.on_failure(Failure(m.row, m.phone, m.excluded_code, ""))

    def _call(self, batch: list[RequestRow], messages: dict[int, list[MessageRow]]) -> BatchResult:
        s = self.spec
        # A reminder's own time (all messages of a request share it), else the campaign's.
        send_date = messages[batch[0].pk][0].send_at or _send_date(s.get("schedule"))
        call = Batch(batch, messages, s, self.label, send_date, bool(s.get("sandbox")))
        answers = CALLS[self.channel](self.client, call)
        result = BatchResult()
        for r in batch:
            answer = answers[r.pk]
            if isinstance(answer, Unread):
                # No (readable) word about this one: it may have arrived. It stays
                # "sending" and is retried with the same id (124 tells) or settled.
                result.network, result.trouble, result.detail = True, "bad_answer", answer.detail
                continue
            self._merge(
                result,
                self._apply(
                    r,
                    messages[r.pk],
                    answer.code,
                    answer.error_message,
                    answer.sms_id,
                    answer.attempts,
                ),
            )
        return result

    def _apply_all(
        self,
        batch: list[RequestRow],
        messages: dict[int, list[MessageRow]],
        code: str,
        error_message: str,
        attempts: int,
    ) -> BatchResult:
        result = BatchResult()
        for r in batch:
            self._merge(result, self._apply(r, messages[r.pk], code, error_message, "", attempts))
        return result

    @staticmethod
    def _merge(into: BatchResult, part: BatchResult) -> None:
        if part.network and not into.network:
            into.network, into.trouble, into.detail = True, part.trouble, part.detail
        into.retry |= part.retry
        if part.account_code and not into.account_code:
            into.account_code, into.account_message = part.account_code, part.account_message

    def _apply(
        self,
        request: RequestRow,
        msgs: list[MessageRow],
        code: str,
        error_message: str,
        sms_id: str,
        attempts: int,
    ) -> BatchResult:
        """Record one definitive answer for one request."""
        journal = self.journal
        if code == SUCCESS:
            journal.record(request.pk, RequestState.ACCEPTED, code=code, sms_id=sms_id)
            self._count(accepted=len(msgs))
            return BatchResult()
        if code == DUPLICATE_REQUEST:
            # ``request`` was read before this attempt: uncertain means an earlier
            # attempt (another round, or a process that died) may have arrived.
            if attempts > 1 or request.uncertain:
                journal.record(request.pk, RequestState.ACCEPTED, code=code)
                self._count(accepted=len(msgs))
                return BatchResult()
            if request.first_attempt_at is None:
                # This RequestId never left by the journal, yet eSMS knows it: an attempt
                # the journal lost (an older copy put back by hand). Replacing the id sent
                # every customer again; it is settled from eSMS's records instead.
                journal.lost_attempt(request.pk)
                return BatchResult(retry=True)
            # eSMS remembers an id it refused: this message was never accepted.
            second = fresh_request_id() if request.request_id2 else None
            journal.retire_request_id(
                request.pk, fresh_request_id(), second, old_id=request.request_id
            )
            return BatchResult(retry=True)
        info = lookup(code, error_message)
        if info.scope is Scope.ACCOUNT:
            # An earlier attempt (this call's or a previous round's) may still have arrived.
            doubt = request.uncertain or attempts > 1
            journal.requeue(request.pk, code, error_message, uncertain=doubt)
            # Stop handing out new requests now; those already in flight finish.
            with speaking("en"):  # the journal keeps the pause's message in English
                title = info.text.title
            self.pause(code, title)
            return BatchResult(account_code=code, account_message=title)
        journal.record(request.pk, RequestState.FAILED, code=code, error_message=error_message)
        self._count(failed=len(msgs))
        if self.on_failure is not None:
            for m in msgs:
                self.on_failure(Failure(m.row, m.phone, code, error_message))
        return BatchResult()


def ad_hours_closed(now: float, esms_clock: ClockOffset) -> float | None:
    """When advertising may go out again, if it may not now (07:00-22:00 Vietnam time),
    by this computer's clock or eSMS's, whichever says closed (the later opening, on this
    computer's clock); None when it may."""
    opens: list[float] = []
    for at in (now, now + esms_clock.low, now + esms_clock.high):
        local = dt.datetime.fromtimestamp(at, VIETNAM)
        if not in_ad_hours(local):
            opens.append(next_ad_time(local).timestamp() - (at - now))
    if not opens:
        return None
    # To the minute after: eSMS's clock is known to a second or so, and "from 06:59"
    # would read as earlier than the law allows.
    return float(math.ceil(max(opens) / 60) * 60)


@functools.cache
def _reason() -> str:
    """Why a message was taken out of the send for the do-not-send list, in each language,
    as the journal keeps an excluded row's reason (``sending.plan``)."""
    return said_in_each_language(lambda: lookup(DO_NOT_SEND_LATE).text.title)


def _send_date(schedule: object) -> str:
    return esms_send_date(stored_schedule(schedule))
