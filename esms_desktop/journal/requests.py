"""Requests through their states: read to send, marked sending before they leave, each
answer recorded as it arrives, doubtful ones retried, settled or given a new RequestId.

Each change is one transaction, committed to disk before the engine goes on: the
process may be killed at any instant and ``resume`` knows what to (re)send.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import attrgetter

from esms_desktop.api.esms_clock import ClockOffset
from esms_desktop.base.bulk import collector_paused
from esms_desktop.journal.database import JournalDatabase
from esms_desktop.journal.models import OPEN_STATES, MessageRow, RequestRow, RequestState
from esms_desktop.journal.rows import MESSAGE_SELECT, REQUEST_SELECT, message_row, request_row

UNKNOWN_AFTER = 24 * 3600


class RequestRecords(JournalDatabase):
    """The ``requests`` table, and the messages each request carries."""

    def requests(self, campaign_id: int, states: Iterable[str] | None = None) -> list[RequestRow]:
        return self._requests("campaign_id=?", [campaign_id], states)

    def _requests(
        self, where: str, args: list[object], states: Iterable[str] | None = None
    ) -> list[RequestRow]:
        sql = REQUEST_SELECT + " WHERE " + where
        if states is not None:
            states = list(states)
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args = [*args, *states]
        with collector_paused():  # a tuple per request, no cycles
            return [request_row(r) for r in self._query_tuples(sql + " ORDER BY batch, id", args)]

    def open_batches(self, campaign_id: int) -> dict[int, list[RequestRow]]:
        """Requests still to send, grouped by the batch they travel in."""
        # Read in batch order: each batch is one run of rows.
        rows = self.requests(campaign_id, OPEN_STATES)
        return {batch: list(run) for batch, run in groupby(rows, attrgetter("batch"))}

    def batch_messages(self, request_pks: Sequence[int]) -> dict[int, list[MessageRow]]:
        """The messages of each request, by request pk."""
        out: dict[int, list[MessageRow]] = {pk: [] for pk in request_pks}
        for i in range(0, len(request_pks), 500):
            chunk = list(request_pks[i : i + 500])
            rows = self._query_tuples(
                MESSAGE_SELECT + f" WHERE m.request IN ({','.join('?' * len(chunk))})"
                " ORDER BY m.id",
                chunk,
            )
            for r in rows:
                message = message_row(r)
                assert message.request_pk is not None
                out[message.request_pk].append(message)
        return out

    def mark_sending(
        self, request_pks: Sequence[int], esms_clock: ClockOffset | None = None
    ) -> bool:
        """Called, and committed to disk, before the HTTP request leaves. False, with
        nothing marked, when their campaign was cancelled (by the window or another
        process while this one sends): they must not leave.

        ``esms_clock``: eSMS's clock against this computer's as known now (None: not
        measured), kept with the attempt's time: the computer's clock may be changed
        before a retry, and the time is on this one (see ``api.policy.retry_allowed``).
        """
        now = self._now()
        low, high = (None, None) if esms_clock is None else (esms_clock.low, esms_clock.high)
        with self._tx() as db:
            # Every right-hand side reads the row as it was: "first" is this attempt's
            # when the request had none yet.
            cur = db.executemany(
                "UPDATE requests SET state='sending', uncertain=1, attempts=attempts+1,"
                " first_offset_low=CASE WHEN first_attempt_at IS NULL THEN ?"
                " ELSE first_offset_low END,"
                " first_offset_high=CASE WHEN first_attempt_at IS NULL THEN ?"
                " ELSE first_offset_high END,"
                " first_attempt_at=COALESCE(first_attempt_at, ?), last_attempt_at=?,"
                " last_offset_low=?, last_offset_high=? WHERE id=? AND NOT EXISTS"
                " (SELECT 1 FROM campaigns c WHERE c.id=campaign_id AND c.state='cancelled')",
                [(low, high, now, now, low, high, pk) for pk in request_pks],
            )
            return cur.rowcount == len(request_pks)

    def record(
        self,
        request_pk: int,
        state: RequestState,
        *,
        code: str = "",
        error_message: str = "",
        sms_id: str = "",
    ) -> None:
        """A definitive answer (or a decision) for a request."""
        done = self._now() if state in (RequestState.ACCEPTED, RequestState.FAILED) else None
        uncertain = 1 if state in (RequestState.SENDING, RequestState.UNKNOWN) else 0
        with self._tx() as db:
            db.execute(
                "UPDATE requests SET state=?, uncertain=?, code=?, error_message=?,"
                " sms_id=CASE WHEN ?='' THEN sms_id ELSE ? END, done_at=? WHERE id=?",
                (state.value, uncertain, code, error_message, sms_id, sms_id, done, request_pk),
            )

    def set_sms_id(self, request_pk: int, sms_id: str) -> None:
        """The SMSID of a request accepted without one (a 124), learned from eSMS's records."""
        with self._tx() as db:
            db.execute("UPDATE requests SET sms_id=? WHERE id=?", (sms_id, request_pk))

    def requeue(
        self, request_pk: int, code: str = "", error_message: str = "", *, uncertain: bool = False
    ) -> None:
        """Back to pending after a refusal that a later resume may overcome (balance, keys).

        ``uncertain`` says an earlier attempt may still have arrived: eSMS might
        check the balance before the RequestId, so a 103 on a retry does not prove
        the first attempt failed. Such a request keeps its id and its doubt.
        """
        with self._tx() as db:
            db.execute(
                "UPDATE requests SET state='pending', uncertain=?, code=?, error_message=?"
                " WHERE id=?",
                (int(uncertain), code, error_message, request_pk),
            )

    def retire_request_id(
        self, request_pk: int, new_id: str, new_id2: str | None = None, *, old_id: str
    ) -> bool:
        """Give a request a fresh RequestId; only when eSMS provably never accepted the old one.

        ``old_id`` is the id that was proved never accepted: the request is changed only
        while it still has that id and is still not decided (pending, sending or unknown),
        in one statement. The proof may be stale: settling from History runs beside a
        sender in another process, which may meanwhile have given the request a new id and
        sent it; replacing that one made the request pending again, and it was paid twice.
        Returns whether the request was changed.
        """
        with self._tx() as db:
            cur = db.execute(
                "UPDATE requests SET retired_ids = retired_ids || request_id || ' ',"
                " request_id=?, request_id2=COALESCE(?, request_id2), state='pending',"
                " uncertain=0, first_attempt_at=NULL, first_offset_low=NULL, first_offset_high=NULL"
                " WHERE id=? AND request_id=? AND state IN ('pending', 'sending', 'unknown')",
                (new_id, new_id2, request_pk, old_id),
            )
            return cur.rowcount == 1

    def lost_attempt(self, request_pk: int) -> None:
        """eSMS knows a RequestId this journal never sent: an attempt the journal does not
        have (a copy older than what was sent was put back). When it left is unknown, up to
        eSMS's 24 hours before: it is settled from eSMS's records, never retried (no measure
        of eSMS's clock) nor given a new id before those records are read."""
        with self._tx() as db:
            db.execute(
                "UPDATE requests SET state='sending', uncertain=1, code='124',"
                " first_attempt_at=MIN(COALESCE(first_attempt_at, ?), ?),"
                " first_offset_low=NULL, first_offset_high=NULL WHERE id=?"
                " AND state IN ('pending', 'sending')",
                (self._now() - UNKNOWN_AFTER, self._now() - UNKNOWN_AFTER, request_pk),
            )

    def doubtful(self, campaign_id: int) -> list[RequestRow]:
        """Requests that may have reached eSMS without an answer (see ``RequestRow.doubtful``).

        Picked by SQLite: asked at every round of sending, and usually none.
        """
        rows = self._requests(
            "campaign_id=? AND (state='unknown' OR uncertain=1)",
            [campaign_id],
            ("pending", "sending", "unknown"),
        )
        return [r for r in rows if r.doubtful]

    def mark_unknown(self, request_pks: Sequence[int]) -> None:
        """Doubtful requests that can neither be retried nor settled now."""
        with self._tx() as db:
            db.executemany(
                "UPDATE requests SET state='unknown', uncertain=1 WHERE id=?",
                [(pk,) for pk in request_pks],
            )

    def expire_old_sending(self, campaign_id: int) -> int:
        """Doubtful requests first sent over 24 h ago become "unknown". Returns how many.

        Kept for journals and tests that settle by hand; the engine settles such
        requests from eSMS's records itself (``engine.settle``).
        """
        limit = self._now() - UNKNOWN_AFTER
        with self._tx() as db:
            cur = db.execute(
                "UPDATE requests SET state='unknown' WHERE campaign_id=?"
                " AND (state='sending' OR (state='pending' AND uncertain=1))"
                " AND last_attempt_at < ?",
                (campaign_id, limit),
            )
            return cur.rowcount
