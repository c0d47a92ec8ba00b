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
  "Surely" needs eSMS's clock: each attempt leaves under a measure of it (nothing
  leaves while eSMS answers nothing), journaled with it; one without is only settled.
* A RequestId is replaced only when eSMS provably never accepted it: its last
  answer was a refusal and a retry got 124 (eSMS remembered the refused id).
* Account-level refusals (wrong keys, balance, brandname, IP...) pause the
  whole campaign after that one request, instead of failing every row.
* Message-level refusals (bad number, template mismatch...) are final.

The engine is Qt-free and runs on any thread; the window runs it in a worker.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from esms_desktop.api.esms_clock import clock_off
from esms_desktop.base.errors import (
    AnswerLimitError,
    BadAnswerError,
    EsmsDesktopError,
    TransportError,
)
from esms_desktop.base.vntime import to_esms
from esms_desktop.journal import (
    CampaignState,
    CampaignSummary,
    Journal,
    RequestRow,
    RequestState,
)
from esms_desktop.journal.lock import CampaignLock
from esms_desktop.message.spec import stored_schedule
from esms_desktop.sending.batches import BatchResult, BatchSending
from esms_desktop.sending.progress import (
    NETWORK_ROUNDS,
    Counters,
    Failure,
    Progress,
    SendOutcome,
    Trouble,
    trouble_detail,
)
from esms_desktop.sending.settle import (
    RECORDS_GRACE,
    barred,
    campaign_label,
    records_due,
    settle,
)
from esms_desktop.sending.still_lawful import take_out_over_limit

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)

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

    def __init__(self, campaign_id: int, profile: str) -> None:
        super().__init__(
            f"campaign {campaign_id} belongs to another eSMS account than the one in use"
        )
        self.campaign_id = campaign_id
        #: The saved account (``--profile``) the campaign was started with; "" if none.
        self.profile = profile


class Sender(BatchSending):
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
        self._counts = Counters()
        #: Rounds in a row in which no request got an answer (see ``NETWORK_ROUNDS``).
        self._idle_rounds = 0
        #: eSMS answered this run's look-up without a usable ``Date`` (``_measure_esms_clock``).
        self._clock_undated = False
        campaign = journal.campaign(campaign_id)
        if campaign.account_fp and campaign.account_fp != client.account_fingerprint(campaign.uid):
            raise AccountMismatchError(campaign_id, campaign.profile)
        self.channel = campaign.channel
        self.uid = campaign.uid
        #: The ``campaignid`` eSMS files every message under (and settles by).
        self.label = campaign_label(campaign)
        self.spec: dict[str, Any] = json.loads(campaign.spec_json)

    # ------------------------------------------------------------------ run

    def run(self) -> SendOutcome:
        """Send every open request; raises :class:`CampaignBusyError` if another process is.

        A cancelled campaign sends nothing more, whoever runs it (``resume 7``, History
        after settling its doubtful messages): cancel is "stop sending the rest".
        """
        with CampaignLock(self.journal.path.parent / "locks", self.campaign_id):
            if self.journal.campaign(self.campaign_id).state is CampaignState.CANCELLED:
                return self._outcome(
                    self.journal.summary(self.campaign_id), CampaignState.CANCELLED
                )
            # Before anything leaves as well as after: a run killed half-way was in no
            # backup, so a journal restored later had no trace of it, and the same list
            # sent again charged those customers twice. In a backup, what it still had to
            # send is settled from eSMS's records after a restore (journal.safety).
            self.journal.backup()
            # After the backup: the backup, put back later, counts fewer runs than were made.
            self.journal.count_run()
            try:
                return self._run()
            finally:
                self.journal.backup()

    def _run(self) -> SendOutcome:
        journal, cid = self.journal, self.campaign_id
        summary = journal.summary(cid)
        self._counts = Counters(
            total=summary.total - summary.excluded,
            accepted=summary.accepted,
            failed=summary.failed,
        )
        journal.set_campaign_state(cid, CampaignState.SENDING)
        self._report()
        self._idle_rounds = 0
        self._clock_undated = False
        first = True
        recount = self.channel.is_advertising and not self.spec.get("sandbox")
        with ThreadPoolExecutor(self.max_in_flight, thread_name_prefix="esms-send") as pool:
            while not self._stop.is_set():
                unheard = self._measure_esms_clock()
                if unheard is not None:
                    # Not even the look-up got an answer: nothing leaves with eSMS's clock
                    # unknown. A round without an answer, as if the requests had gone.
                    results = [unheard]
                else:
                    recount = recount and self._count_ads_again()
                    batches = self._this_round(include_unknown=first)
                    first = False
                    if batches is None:
                        break
                    if not batches:
                        continue
                    results = self._round(pool, batches)
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

    def _this_round(self, *, include_unknown: bool) -> list[list[RequestRow]] | None:
        """The batches to send this round, once what may no longer be retried is settled:
        None when nothing is left to do here (or the run stops), empty after waiting for
        eSMS's records of the doubtful ones (the next round sees what they settled to).
        ``include_unknown``: requests left unknown by an earlier run are looked up again."""
        waiting = self._settle_barred(include_unknown=include_unknown)
        if self._stop.is_set():
            return None
        batches = [
            reqs
            for reqs in self.journal.open_batches(self.campaign_id).values()
            if not any(r.pk in waiting for r in reqs)
        ]
        if batches:
            return batches
        if not waiting or self._stop.is_set():
            return None
        if self._wait_for_records(waiting) and not self._stop.is_set():
            # Waited the grace out on this clock: what is not on record now never arrived.
            self._settle_barred(grace=0.0)
        return []

    def _measure_esms_clock(self) -> BatchResult | None:
        """Before each round, unless an answer has shown it: learn eSMS's clock from the
        answer to a balance look-up (free, quick, dated by eSMS).

        eSMS's day decides which doubtful requests may be retried (``may_retry``), and its
        clock whether a send time is gone. Each attempt is journaled with the measure known
        as it leaves, so its retry is placed on eSMS's clock even after this computer's
        clock was changed; one that left unmeasured is never retried with its RequestId
        (settled from eSMS's records instead), and its records are believed by a grace
        read on a clock that may have been set forward since. So nothing leaves unmeasured
        when it can be helped: every run measures before its first request, and again
        after a change of this computer's clock dropped the measure (``api.esms_clock``).
        That is one look-up per run, none when the client already knows (the check's
        look-ups, a run before).

        No answer at all (eSMS unreachable, a line that loses every answer, a page that is
        not eSMS's): returns the round's trouble, and nothing leaves this round (it would
        leave unmeasured, its answer most likely lost too); the next round asks again, and
        :data:`~esms_desktop.sending.progress.NETWORK_ROUNDS` such rounds pause the campaign
        as unanswered sends do. eSMS answered, but without a ``Date`` this client can read:
        the clocks are taken to agree (the retry margin covers 5 minutes) for the rest of
        the run, and its attempts are settled from eSMS's records when in doubt.
        """
        if self.client.esms_clock.offset is not None or self._clock_undated:
            return None
        try:
            # No internet is said from the first failed attempt, as for a send.
            with self.client.reporting_retries(self._attempt_failed):
                self.client.get_balance()
        except (TransportError, BadAnswerError) as exc:
            log.info("campaign %s: eSMS's clock not measured (%s)", self.campaign_id, exc.kind)
            slow = isinstance(exc, AnswerLimitError) and exc.limit == "deadline"
            return BatchResult(
                network=True, trouble=exc.kind, detail=trouble_detail(exc), slow=slow
            )
        except EsmsDesktopError as exc:  # eSMS's own refusal: its answer is dated all the same
            log.info("campaign %s: balance look-up refused (%s)", self.campaign_id, exc.kind)
        offset = self.client.esms_clock.offset
        if offset is None:
            log.info("campaign %s: eSMS's answer carries no usable Date", self.campaign_id)
            self._clock_undated = True
        else:
            log.info(
                "campaign %s: eSMS's clock is %+.0f s off this computer's",
                self.campaign_id,
                offset.middle,
            )
        return None

    def _count_ads_again(self) -> bool:
        """Decree 91's 3 a day counted again before advertising leaves, once a run, on this
        computer's clock once it is known to agree with eSMS's (``take_out_over_limit``);
        what would be a 4th is taken out and said as a failure. True: not counted yet (the
        clock is off: nothing leaves, the batches pause "clock")."""
        measured = self.client.esms_clock.offset
        if measured is None:
            return False  # eSMS's answers carry no usable Date: as before this rule
        if clock_off(measured) is not None:
            return True
        schedule = stored_schedule(self.spec.get("schedule"))
        taken = take_out_over_limit(
            self.journal, self.campaign_id, schedule.timestamp() if schedule else None
        )
        if taken:
            log.info(
                "campaign %s: %d messages over Decree 91's limit taken out",
                self.campaign_id,
                len(taken),
            )
            self._took_out(taken)
        return False

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
            for r in barred(journal, cid, journal.now(), self.client.esms_clock.offset)
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
        offset = self.client.esms_clock.offset
        until = max(records_due(r, self.records_grace, offset, now) for r in rows)
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
    ) -> list[BatchResult]:
        """Send each batch once, at most ``max_in_flight`` at a time."""
        results: list[BatchResult] = []
        running: set[Future[BatchResult]] = set()
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
        if self.journal.campaign(self.campaign_id).state is CampaignState.CANCELLED:
            # Cancelled by the window or another process while this run sent: it stays so,
            # and what its requests on their way left in doubt is "unknown" (to settle), as
            # the cancel made what it found.
            self.journal.set_campaign_state(self.campaign_id, CampaignState.CANCELLED)
            state, code, message = CampaignState.CANCELLED, "", ""
        self._report()
        outcome = self._outcome(summary, state, code, message)
        return dataclasses.replace(outcome, withdrawn=self._counts.withdrawn)

    @staticmethod
    def _outcome(
        summary: CampaignSummary, state: CampaignState, code: str = "", message: str = ""
    ) -> SendOutcome:
        # Those that went out with no answer may have left: "unknown", never "not sent".
        return SendOutcome(
            state,
            code,
            message,
            summary.accepted,
            summary.failed,
            remaining=summary.not_sent,
            unknown=summary.undecided,
        )


def _pause_reason(last: BatchResult) -> tuple[str, str]:
    """The code and message a campaign pauses with when eSMS stopped answering."""
    if last.trouble == "bad_answer":
        return "bad_answer", last.detail
    return "network", "eSMS could not be reached"
