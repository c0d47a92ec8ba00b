"""The sending engine: exactly-once delivery of a journaled campaign.

The rules that keep money safe:

* A request is marked "sending" (on disk) before it leaves, so after a crash
  we know it may have arrived.
* A request that may have arrived is only ever retried with the same
  RequestId, and only while eSMS surely still blocks it: the same Vietnam
  calendar day and within 24 hours (``api.policy.retry_allowed``). A 124
  then means "the earlier attempt arrived": the message counts as accepted.
  Past that, the request is settled from eSMS's records before anything else
  (``engine.settle``): found = accepted, not found = sent again with a new id.
* A RequestId is replaced only when eSMS provably never accepted it: its last
  answer was a refusal and a retry got 124 (eSMS remembered the refused id).
* Account-level refusals (wrong keys, balance, brandname, IP...) pause the
  whole campaign after that one request, instead of failing every row.
* Message-level refusals (bad number, template mismatch...) are final.

The engine is Qt-free and runs on any thread; the window runs it in a worker.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from esms_desktop.api.models import DUPLICATE_REQUEST, SUCCESS, phone_key
from esms_desktop.api.policy import retry_allowed
from esms_desktop.base.errors import (
    AnswerLimitError,
    ApiError,
    BadAnswerError,
    EsmsDesktopError,
    TransportError,
)
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import from_esms, to_esms
from esms_desktop.catalogue import Scope, lookup
from esms_desktop.catalogue.codes import SCHEDULE_PASSED
from esms_desktop.journal import CampaignState, Journal, MessageRow, RequestRow, RequestState
from esms_desktop.journal.lock import CampaignLock
from esms_desktop.sending.plan import fresh_request_id
from esms_desktop.sending.settle import (
    RECORDS_GRACE,
    barred,
    campaign_label,
    records_due,
    settle,
)
from esms_desktop.telecom.sms_text import measure

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)

#: How many rounds in a row without any answer from eSMS before the campaign pauses itself.
NETWORK_ROUNDS = 6
#: While waiting for eSMS's records, the countdown is said again this often (seconds).
RECORDS_TICK = 15.0
#: The code a campaign pauses with while eSMS's records cannot be believed yet; its
#: message is the time (``to_esms``) from which a resume can settle them.
RECORDS_PAUSE = "records"


class AccountMismatchError(EsmsDesktopError):
    """The campaign was started with another eSMS account.

    RequestIds are only unique within one account: the other account would
    accept again what the first one already sent.
    """

    kind = "other_account"


@dataclass(frozen=True)
class Trouble:
    """Why nothing goes out right now: the engine waits, then tries the same requests again."""

    #: "network" (no answer came back), "bad_answer" (an answer that is not eSMS's) or
    #: "records" (waiting until eSMS's records of doubtful requests can be believed).
    kind: str
    #: For support: ``HTTP 404``, the kind of connection failure.
    detail: str
    #: Rounds in a row in which no request got an answer (0: some did).
    rounds: int
    #: After this many such rounds the campaign pauses itself.
    most: int
    #: Seconds until the next try.
    wait: float
    #: With "records": when the wait ends (a Unix time), and how many messages it is for.
    until: float = 0.0
    count: int = 0


@dataclass(frozen=True)
class Progress:
    total: int
    accepted: int
    failed: int
    remaining: int
    #: Messages per second in this run.
    rate: float
    #: Seconds left at the current rate, if known.
    eta: float | None
    #: Set while the engine waits for eSMS to answer again.
    trouble: Trouble | None = None


@dataclass(frozen=True)
class Failure:
    row: int
    phone: str
    code: str
    error_message: str


@dataclass(frozen=True)
class SendOutcome:
    state: CampaignState
    code: str = ""
    message: str = ""
    accepted: int = 0
    failed: int = 0
    remaining: int = 0
    unknown: int = 0

    @property
    def complete(self) -> bool:
        """Every planned message was accepted."""
        return self.state is CampaignState.DONE and self.failed == 0 and self.unknown == 0


@dataclass
class _BatchResult:
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


@dataclass
class _Counters:
    total: int = 0
    accepted: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    in_run: int = 0


class Sender:
    """Sends the open requests of one campaign. ``pause``/``cancel`` are thread-safe."""

    def __init__(
        self,
        journal: Journal,
        client: EsmsClient,
        campaign_id: int,
        *,
        max_in_flight: int = 4,
        on_progress: Callable[[Progress], None] | None = None,
        on_failure: Callable[[Failure], None] | None = None,
        network_backoff: Callable[[int], float] = lambda n: min(30.0, 2.0**n),
        sleep: Callable[[float], None] | None = None,
        records_grace: float = RECORDS_GRACE,
        records_wait: float | None = None,
    ) -> None:
        """``records_grace``: seconds after an attempt before "not in eSMS's records" is
        believed (``Settings.records_grace_minutes``). ``records_wait``: the longest the
        sender waits for that by itself, saying until when; a longer wait pauses the
        campaign (code :data:`RECORDS_PAUSE`) for a later resume. None: it waits."""
        self.journal = journal
        self.client = client
        self.campaign_id = campaign_id
        self.max_in_flight = max(1, max_in_flight)
        self.on_progress = on_progress
        self.on_failure = on_failure
        self._network_backoff = network_backoff
        self.records_grace = max(0.0, records_grace)
        self.records_wait = records_wait
        self._stop = threading.Event()
        # Waits end early when the campaign is paused or cancelled.
        self._sleep: Callable[[float], object] = sleep or self._stop.wait
        self._stop_state = CampaignState.PAUSED
        self._stop_code = ""
        self._stop_message = ""
        self._lock = threading.Lock()
        self._counts = _Counters()
        #: Rounds in a row in which no request got an answer (see ``NETWORK_ROUNDS``).
        self._idle_rounds = 0
        campaign = journal.campaign(campaign_id)
        if campaign.account_fp and campaign.account_fp != client.account_fingerprint(campaign.uid):
            raise AccountMismatchError(
                f"campaign {campaign_id} belongs to another eSMS account than the one in use"
            )
        self.channel = campaign.channel
        self.uid = campaign.uid
        #: The ``campaignid`` eSMS files every message under (and settles by).
        self.label = campaign_label(campaign)
        self.spec: dict[str, Any] = json.loads(campaign.spec_json)

    # ------------------------------------------------------------------ control

    def pause(self, code: str = "user", message: str = "") -> None:
        with self._lock:
            if not self._stop.is_set():
                self._stop_state, self._stop_code, self._stop_message = (
                    CampaignState.PAUSED,
                    code,
                    message,
                )
                self._stop.set()

    def cancel(self) -> None:
        with self._lock:
            self._stop_state, self._stop_code, self._stop_message = (
                CampaignState.CANCELLED,
                "user",
                "",
            )
            self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # ------------------------------------------------------------------ run

    def run(self) -> SendOutcome:
        """Send every open request; raises :class:`CampaignBusyError` if another process is."""
        with CampaignLock(self.journal.path.parent / "locks", self.campaign_id):
            try:
                return self._run()
            finally:
                self.journal.backup()

    def _run(self) -> SendOutcome:
        journal, cid = self.journal, self.campaign_id
        summary = journal.summary(cid)
        self._counts = _Counters(
            total=summary.total - summary.excluded,
            accepted=summary.accepted,
            failed=summary.failed,
        )
        journal.set_campaign_state(cid, CampaignState.SENDING)
        self._report()
        self._idle_rounds = 0
        first = True
        with ThreadPoolExecutor(self.max_in_flight, thread_name_prefix="esms-send") as pool:
            while not self._stop.is_set():
                # Requests left unknown by an earlier run are looked up again once.
                waiting = self._settle_barred(include_unknown=first)
                first = False
                if self._stop.is_set():
                    break
                batches = {
                    b: reqs
                    for b, reqs in journal.open_batches(cid).items()
                    if not any(r.pk in waiting for r in reqs)
                }
                if not batches:
                    if not waiting or self._stop.is_set():
                        break
                    if self._wait_for_records(waiting) and not self._stop.is_set():
                        # Waited the grace out on this clock: what is not on record now
                        # never arrived.
                        self._settle_barred(grace=0.0)
                    continue
                results = self._round(pool, list(batches.values()))
                troubled = [r for r in results if r.network]
                if troubled:
                    # Rounds in a row with no answer at all: a line that answers some
                    # requests works, if poorly, and is not given up on.
                    idle = self._idle_rounds + 1 if len(troubled) == len(results) else 0
                    self._idle_rounds = idle
                    last = troubled[-1]
                    if idle >= NETWORK_ROUNDS or any(r.slow for r in troubled):
                        self.pause(*_pause_reason(last))
                        break
                    wait_for = self._network_backoff(max(1, idle))
                    self._report(
                        Trouble(
                            last.trouble or "network",
                            last.detail,
                            idle,
                            NETWORK_ROUNDS,
                            wait_for,
                        )
                    )
                    self._sleep(wait_for)
                elif not any(r.retry for r in results):
                    self._idle_rounds = 0
        return self._finish()

    def _settle_barred(
        self, *, include_unknown: bool = False, grace: float | None = None
    ) -> set[int]:
        """Settle the doubtful requests that may no longer be retried; returns those left.

        A request attempted within the records grace is left for later: eSMS's
        records of it may not be there yet, and "not found" would send it again.
        Nothing returned here is ever sent again with its RequestId.
        """
        journal, cid = self.journal, self.campaign_id
        todo = [
            r
            for r in barred(journal, cid, journal.now())
            if include_unknown or r.state is not RequestState.UNKNOWN
        ]
        if not todo:
            return set()
        wait = self.records_grace if grace is None else grace
        result = settle(journal, self.client, cid, todo, grace=wait)
        log.info(
            "campaign %s: settled from eSMS's records: %d sent, %d to send again, %d unknown, "
            "%d too recent",
            cid,
            result.accepted,
            result.resend,
            result.unknown,
            result.waiting,
        )
        if result.accepted_messages:
            self._count(accepted=result.accepted_messages)
        left = {r.pk for r in journal.doubtful(cid)}
        return {r.pk for r in todo} & left

    def _wait_for_records(self, waiting: set[int]) -> bool:
        """Nothing else to send: wait until eSMS's records of ``waiting`` can be believed.

        Says until when, again every :data:`RECORDS_TICK`; Pause ends the wait. A
        wait longer than ``records_wait`` pauses the campaign instead, with the time
        to resume from. True when the whole wait was done.
        """
        rows = [r for r in self.journal.requests(self.campaign_id) if r.pk in waiting]
        messages = self.journal.batch_messages([r.pk for r in rows])
        count = sum(len(messages[r.pk]) for r in rows)
        now = self.journal.now()
        until = max(records_due(r, self.records_grace) for r in rows)
        # Capped: a clock set back must not make the wait endless.
        wait = min(self.records_grace, until - now)
        until = now + wait
        if self.records_wait is not None and wait > self.records_wait:
            log.info(
                "campaign %s: eSMS's records of %d messages are to be believed from %s: paused",
                self.campaign_id,
                count,
                to_esms(until),
            )
            self.pause(RECORDS_PAUSE, to_esms(until))
            return False
        log.info("campaign %s: waiting %.0f s for eSMS's records", self.campaign_id, wait)
        left = wait
        while left > 0 and not self._stop.is_set():
            self._report(Trouble("records", "", 0, 0, left, until, count))
            step = min(RECORDS_TICK, left)
            self._sleep(step)
            left -= step
        return not self._stop.is_set()

    def _round(
        self, pool: ThreadPoolExecutor, batches: list[list[RequestRow]]
    ) -> list[_BatchResult]:
        """Send each batch once, at most ``max_in_flight`` at a time."""
        results: list[_BatchResult] = []
        running: set[Future[_BatchResult]] = set()
        for batch in batches:
            if self._stop.is_set():
                break
            if len(running) >= self.max_in_flight:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                results += [f.result() for f in done]
            # A request got no answer: the others would most likely get none either
            # (each after its own retries), so the round ends and the engine waits.
            if self._stop.is_set() or any(r.network for r in results):
                break
            running.add(pool.submit(self._send_batch, batch))
        # In-flight requests always finish and are recorded, even when stopping.
        results += [f.result() for f in wait(running).done]
        return results

    def _finish(self) -> SendOutcome:
        summary = self.journal.summary(self.campaign_id)
        if summary.open == 0 and summary.unknown == 0:
            state, code, message = CampaignState.DONE, "", ""
        elif self._stop.is_set():
            state, code, message = self._stop_state, self._stop_code, self._stop_message
        else:
            state, code, message = CampaignState.PAUSED, "unknown", ""
        if state is CampaignState.PAUSED and summary.unknown and not code:
            code = "unknown"
        self.journal.set_campaign_state(self.campaign_id, state, code, message)
        self._report()
        return SendOutcome(
            state, code, message, summary.accepted, summary.failed, summary.open, summary.unknown
        )

    # ------------------------------------------------------------------ one batch

    def _send_batch(self, batch: list[RequestRow]) -> _BatchResult:
        now = self.journal.now()
        if any(r.doubtful and not retry_allowed(r.first_attempt_at, now) for r in batch):
            # Midnight passed since this round began: settle first, next round.
            return _BatchResult(retry=True)
        messages = self.journal.batch_messages([r.pk for r in batch])
        late = [r for r in batch if not r.doubtful and _passed(messages[r.pk], now)]
        if late:
            # Never attempted and its own send time is gone: not sent late, not charged.
            # (A doubtful one goes again with its RequestId: 124 tells whether it arrived.)
            return self._apply_all(late, messages, SCHEDULE_PASSED, "", 0)
        self.journal.mark_sending([r.pk for r in batch])
        try:
            with self.client.reporting_retries(self._attempt_failed):
                return self._call(batch, messages)
        except (TransportError, BadAnswerError) as exc:
            # The requests stay "sending": the next round retries them with the same ids.
            log.info("batch %s: no usable answer (%s)", batch[0].batch, exc.kind)
            slow = isinstance(exc, AnswerLimitError) and exc.limit == "deadline"
            return _BatchResult(
                network=True, trouble=exc.kind, detail=_trouble_detail(exc), slow=slow
            )

    def _call(self, batch: list[RequestRow], messages: dict[int, list[MessageRow]]) -> _BatchResult:
        s, c = self.spec, self.client
        # A reminder's own time (all messages of a request share it), else the campaign's.
        send_date = messages[batch[0].pk][0].send_at or _send_date(s.get("schedule"))
        sandbox = bool(s.get("sandbox"))
        if self.channel == "zalo":
            items = [
                (messages[r.pk][0].phone, r.request_id, messages[r.pk][0].params) for r in batch
            ]
            bulk = c.send_zalo_bulk(
                s["oaid"],
                s["template_id"],
                items,
                sandbox=sandbox,
                send_date=send_date,
                campaign_id=self.label,
                over_quota=bool(s.get("over_quota")),
            )
            if bulk.code != SUCCESS:
                return self._apply_all(
                    batch, messages, bulk.code, bulk.error_message, bulk.attempts
                )
            # Matched by number however the answer writes it (84..., 0..., spaces).
            by_phone = {phone_key(i.phone): i for i in bulk.items}
            if bulk.total_fail:
                log.info(
                    "batch %s: eSMS counts %d of %d Zalo messages refused",
                    batch[0].batch,
                    bulk.total_fail,
                    len(batch),
                )
            result = _BatchResult()
            for r in batch:
                item = by_phone.get(phone_key(messages[r.pk][0].phone))
                if item is None or not item.readable:
                    # No (readable) word about this one: it may have arrived. It stays
                    # "sending" and is retried with the same id (124 tells) or settled.
                    result.network, result.trouble = True, "bad_answer"
                    result.detail = (
                        "a number missing from the answer"
                        if item is None
                        else "a number's result that cannot be read"
                    )
                    continue
                self._merge(
                    result,
                    self._apply(
                        r,
                        messages[r.pk],
                        item.code,
                        item.error_message,
                        item.sms_id,
                        bulk.attempts,
                    ),
                )
            return result
        (request,) = batch
        msgs = messages[request.pk]
        first = msgs[0]
        unicode = measure(first.content).unicode
        if self.channel == "cskh":
            answer = c.send_customer_care(
                first.phone,
                first.content,
                s["brandname"],
                request.request_id,
                is_unicode=unicode,
                sandbox=sandbox,
                send_date=send_date,
                campaign_id=self.label,
            )
        elif self.channel == "fixed":
            answer = c.send_fixed_number(
                first.phone,
                first.content,
                request.request_id,
                is_unicode=unicode,
                sandbox=sandbox,
                send_date=send_date,
                campaign_id=self.label,
            )
        elif self.channel == "qc":
            answer = c.send_advertising(
                [m.phone for m in msgs],
                first.content,
                s["brandname"],
                request.request_id,
                sandbox=sandbox,
                send_date=send_date,
                campaign_id=self.label,
            )
        elif self.channel == "zalo-sms":
            answer = c.send_zalo_then_sms(
                first.phone,
                oaid=s["oaid"],
                template_id=s["template_id"],
                params=first.params,
                zalo_request_id=request.request_id,
                sms_content=first.content,
                sms_brandname=s["brandname"],
                sms_request_id=request.request_id2 or "",
                is_unicode=unicode,
                sandbox=sandbox,
                over_quota=bool(s.get("over_quota")),
                campaign_id=self.label,
            )
        else:
            raise ValueError(f"unknown channel {self.channel!r}")
        return self._apply(
            request, msgs, answer.code, answer.error_message, answer.sms_id, answer.attempts
        )

    def _apply_all(
        self,
        batch: list[RequestRow],
        messages: dict[int, list[MessageRow]],
        code: str,
        error_message: str,
        attempts: int,
    ) -> _BatchResult:
        result = _BatchResult()
        for r in batch:
            self._merge(result, self._apply(r, messages[r.pk], code, error_message, "", attempts))
        return result

    @staticmethod
    def _merge(into: _BatchResult, part: _BatchResult) -> None:
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
    ) -> _BatchResult:
        """Record one definitive answer for one request."""
        journal = self.journal
        if code == SUCCESS:
            journal.record(request.pk, RequestState.ACCEPTED, code=code, sms_id=sms_id)
            self._count(accepted=len(msgs))
            return _BatchResult()
        if code == DUPLICATE_REQUEST:
            # ``request`` was read before this attempt: uncertain means an earlier
            # attempt (another round, or a process that died) may have arrived.
            if attempts > 1 or request.uncertain:
                journal.record(request.pk, RequestState.ACCEPTED, code=code)
                self._count(accepted=len(msgs))
                return _BatchResult()
            # eSMS remembers an id it refused: this message was never accepted.
            second = fresh_request_id() if request.request_id2 else None
            journal.retire_request_id(request.pk, fresh_request_id(), second)
            return _BatchResult(retry=True)
        info = lookup(code, error_message)
        if info.scope is Scope.ACCOUNT:
            # An earlier attempt (this call's or a previous round's) may still have arrived.
            doubt = request.uncertain or attempts > 1
            journal.requeue(request.pk, code, error_message, uncertain=doubt)
            # Stop handing out new requests now; those already in flight finish.
            with speaking("en"):  # the journal keeps the pause's message in English
                title = info.text.title
            self.pause(code, title)
            return _BatchResult(account_code=code, account_message=title)
        journal.record(request.pk, RequestState.FAILED, code=code, error_message=error_message)
        self._count(failed=len(msgs))
        if self.on_failure is not None:
            for m in msgs:
                self.on_failure(Failure(m.row, m.phone, code, error_message))
        return _BatchResult()

    # ------------------------------------------------------------------ progress

    def _count(self, *, accepted: int = 0, failed: int = 0) -> None:
        with self._lock:
            self._counts.accepted += accepted
            self._counts.failed += failed
            self._counts.in_run += accepted + failed
        self._report()

    def _attempt_failed(self, exc: ApiError, wait: float) -> None:
        """One attempt of a request got no usable answer; the client tries it again soon.

        Said only until a whole round went unanswered: from then on each round says it.
        """
        if self._idle_rounds == 0 and isinstance(exc, TransportError | BadAnswerError):
            self._report(Trouble(exc.kind, _trouble_detail(exc), 0, NETWORK_ROUNDS, wait))

    def _report(self, trouble: Trouble | None = None) -> None:
        if self.on_progress is None:
            return
        with self._lock:
            c = self._counts
            elapsed = max(time.monotonic() - c.started, 1e-6)
            rate = c.in_run / elapsed
            remaining = max(0, c.total - c.accepted - c.failed)
            eta = remaining / rate if rate > 0 and trouble is None else None
            progress = Progress(c.total, c.accepted, c.failed, remaining, rate, eta, trouble)
        self.on_progress(progress)


def _trouble_detail(exc: TransportError | BadAnswerError) -> str:
    """A few words for support: the HTTP status, or how the connection failed."""
    if isinstance(exc, AnswerLimitError):
        return exc.raw[:80]  # a short, sanitised quote: 'CodeResult: "100.0"'
    if isinstance(exc, BadAnswerError):
        return f"HTTP {exc.status}"
    # "SendMultipleMessage_V4_post_json/: ConnectError: [Errno 111] ..." -> "ConnectError"
    parts = exc.detail.split(": ")
    return parts[1] if len(parts) > 1 else exc.message


def _pause_reason(last: _BatchResult) -> tuple[str, str]:
    """The code and message a campaign pauses with when eSMS stopped answering."""
    if last.trouble == "bad_answer":
        return "bad_answer", last.detail
    return "network", "eSMS could not be reached"


#: A message's own send time must be at least this far ahead when it is handed over.
SEND_LEAD = 60.0


def _passed(msgs: list[MessageRow], now: float) -> bool:
    """Whether these messages' own send time is gone (or too close to hand them over)."""
    if not msgs or not msgs[0].send_at:
        return False
    return from_esms(msgs[0].send_at) < now + SEND_LEAD


def _send_date(schedule: object) -> str:
    if not schedule:
        return ""
    import datetime as dt

    from esms_desktop.message.spec import esms_send_date

    return esms_send_date(dt.datetime.fromisoformat(str(schedule)))
