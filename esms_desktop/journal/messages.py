"""Messages: a campaign's, their delivery, those taken out before they left, and the
look-ups over every campaign's messages that the checks ask for (blocked numbers,
scheduled reminders, recent advertising)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

from esms_desktop.base.bulk import collector_paused
from esms_desktop.base.vntime import from_esms
from esms_desktop.journal.database import JournalDatabase
from esms_desktop.journal.models import MessageRow, is_sandbox
from esms_desktop.journal.rows import MESSAGE_SELECT, message_row
from esms_desktop.message.spec import Channel, stored_schedule

#: A campaign created longer ago than this sends nothing in a range it starts after: its
#: send times are at most ``max_schedule_days`` (60 by default, 366 at most) ahead.
OLDEST_AD_SECONDS = 367 * 24 * 3600


#: A campaign's messages (and their count per request) whose request surely never left:
#: pending, not in doubt; and such requests left with no message.
_UNSENT_MESSAGES = (
    "SELECT id FROM messages WHERE request IN (SELECT id FROM requests"
    " WHERE campaign_id=? AND state='pending' AND uncertain=0)"
)
_UNSENT_COUNTS = (
    "SELECT request, COUNT(*) FROM messages WHERE request IN (SELECT id FROM requests"
    " WHERE campaign_id=? AND state='pending' AND uncertain=0) GROUP BY request"
)
_EMPTY_UNSENT = (
    "DELETE FROM requests WHERE campaign_id=? AND state='pending' AND uncertain=0"
    " AND id NOT IN (SELECT request FROM messages WHERE campaign_id=? AND request IS NOT NULL)"
)


#: The messages, of requests that surely never reached eSMS, to numbers on the
#: do-not-send list now (each number's last event an add); the request pks follow.
_REFUSED_MESSAGES = (
    "SELECT m.id, m.request FROM messages m JOIN requests r ON r.id = m.request"
    " WHERE r.state='pending' AND r.uncertain=0"
    " AND m.phone IN (SELECT e.phone FROM opt_out_events e WHERE e.action='add'"
    " AND e.id = (SELECT MAX(id) FROM opt_out_events WHERE phone = e.phone))"
    " AND m.request IN "
)


class MessageRecords(JournalDatabase):
    """The ``messages`` table, read with each message's request."""

    def messages(self, campaign_id: int, *, failures_only: bool = False) -> list[MessageRow]:
        """A campaign's messages in row order; ``failures_only``: those whose request failed
        or whose delivery failed, picked by SQLite (a campaign of 100,000 messages takes
        about a second to read whole)."""
        failures = " AND (r.state='failed' OR m.delivery='failed')" if failures_only else ""
        with collector_paused():  # a few objects per message, no cycles among them
            rows = self._query_tuples(
                MESSAGE_SELECT + " WHERE m.campaign_id=?" + failures + " ORDER BY m.row",
                (campaign_id,),
            )
            return [message_row(r) for r in rows]

    def set_delivery(self, updates: Sequence[tuple[int, str]]) -> None:
        """(message pk, "delivered" | "failed" | "waiting") pairs."""
        now = self._now()
        with self._tx() as db:
            db.executemany(
                "UPDATE messages SET delivery=?, delivery_checked_at=? WHERE id=?",
                [(state, now, pk) for pk, state in updates],
            )

    def blocked_numbers(self, campaign_id: int) -> list[str]:
        """Numbers eSMS refused with 99 (blocked) in a campaign: candidates for opt-out."""
        rows = self._query(
            "SELECT DISTINCT m.phone FROM messages m JOIN requests r ON r.id = m.request"
            " WHERE m.campaign_id=? AND r.code='99' AND r.state='failed' ORDER BY m.phone",
            (campaign_id,),
        )
        return [r["phone"] for r in rows]

    def scheduled_sends(self, channel: Channel) -> dict[tuple[str, str], int]:
        """(phone, send time) of the messages of ``channel`` given their own send time that
        are with eSMS or may still go to it, with their campaign: a reminder list run
        again must not schedule the same customer twice."""
        rows = self._query(
            "SELECT m.phone, m.send_at, m.campaign_id FROM messages m"
            " JOIN requests r ON r.id = m.request JOIN campaigns c ON c.id = m.campaign_id"
            " WHERE m.send_at != '' AND c.channel=?"
            # Accepted ones stay with eSMS even in a cancelled campaign; requests not yet
            # sent count only while their campaign may still send them.
            " AND (r.state IN ('accepted','sending','unknown') OR r.uncertain=1"
            " OR (r.state='pending' AND c.state != 'cancelled'))",
            (channel,),
        )
        return {(r["phone"], r["send_at"]): int(r["campaign_id"]) for r in rows}

    def recent_texts(
        self, phones: Sequence[str], since: float
    ) -> dict[tuple[str, str], tuple[int, bool]]:
        """(phone, text) of the SMS to ``phones`` that left since ``since`` (or may have),
        or that an unfinished campaign of any age still has to send: the newest campaign
        of each, and whether it is still to go there (resumed, it goes; never in a
        cancelled campaign, whose messages in doubt count as sent). Sandbox runs sent
        nothing."""
        wanted = set(phones)
        campaigns = self._query("SELECT id, spec_json FROM campaigns")
        trial = {int(c["id"]) for c in campaigns if is_sandbox(c["spec_json"])}
        rows = self._query(
            "SELECT m.phone, m.content, m.campaign_id, r.state, c.state AS cstate FROM messages m"
            " JOIN requests r ON r.id = m.request JOIN campaigns c ON c.id = m.campaign_id"
            " WHERE m.content != ''"
            " AND (((r.state IN ('accepted','sending','unknown') OR r.uncertain=1)"
            " AND r.last_attempt_at >= ?)"
            " OR (r.state IN ('pending','sending','unknown') AND c.state != 'cancelled'))",
            (since,),
        )
        found: dict[tuple[str, str], tuple[int, bool]] = {}
        for r in rows:
            cid = int(r["campaign_id"])
            if r["phone"] not in wanted or cid in trial:
                continue
            key = (r["phone"], r["content"])
            if cid >= found.get(key, (0, False))[0]:
                found[key] = (cid, r["state"] != "accepted" and r["cstate"] != "cancelled")
        return found

    def sent_again(self, campaign_id: int) -> dict[tuple[str, str, str], int]:
        """(phone, text, Zalo values as JSON) of what campaigns written after ``campaign_id``,
        on its channel, had eSMS take (and not fail to deliver) or may still send, with the
        newest such campaign: the failures of ``campaign_id`` already sent again. A sandbox
        run counts only for a sandbox campaign (it sent nothing)."""
        campaigns = self._query("SELECT id, channel, spec_json FROM campaigns")
        this = next((c for c in campaigns if int(c["id"]) == campaign_id), None)
        if this is None:
            return {}
        trial = is_sandbox(this["spec_json"])
        later = {
            int(c["id"])
            for c in campaigns
            if int(c["id"]) > campaign_id
            and c["channel"] == this["channel"]
            and is_sandbox(c["spec_json"]) == trial
        }
        if not later:
            return {}
        rows = self._query(
            "SELECT m.phone, m.content, m.params_json, m.campaign_id FROM messages m"
            " JOIN requests r ON r.id = m.request JOIN campaigns c ON c.id = m.campaign_id"
            " WHERE m.campaign_id > ?"
            " AND ((r.state='accepted' AND m.delivery != 'failed')"
            " OR r.state IN ('sending', 'unknown') OR r.uncertain=1"
            " OR (r.state='pending' AND c.state != 'cancelled'))",
            (campaign_id,),
        )
        found: dict[tuple[str, str, str], int] = {}
        for r in rows:
            cid = int(r["campaign_id"])
            if cid in later:
                key = (r["phone"], r["content"], r["params_json"])
                found[key] = max(cid, found.get(key, 0))
        return found

    def take_out_unsent(
        self,
        campaign_id: int,
        message_pks: Sequence[int],
        why: tuple[str, str],
        *,
        least: int = 1,
        too_few: Callable[[int], tuple[str, str]] | None = None,
    ) -> list[MessageRow]:
        """Take messages that surely never left out of their campaign, as the checks take
        rows out: not sent, not charged, kept with ``why`` (code, reason). Returns those
        taken out (see :func:`_take_out_unsent`). One transaction: a kill leaves all of it
        or none."""
        with self._tx() as db:
            moved = _take_out_unsent(db, campaign_id, message_pks, why, least, too_few)
        return self._messages_by_pk(moved)

    def withdraw_do_not_send(
        self,
        request_pks: Sequence[int],
        why: tuple[str, str],
        *,
        least: int = 1,
        too_few: Callable[[int], tuple[str, str]] | None = None,
    ) -> list[MessageRow]:
        """Take the messages to numbers now on the do-not-send list out of the requests
        ``request_pks`` (of one campaign) that surely never reached eSMS, as
        :meth:`take_out_unsent` does. Returns them.

        The list may change after the campaign was written (a customer who replied "stop",
        added from the window while this campaign sends or waits to be resumed).
        """
        pks = list(request_pks)
        if not pks:
            return []
        marks = ",".join("?" * len(pks))
        if not self._query_tuples(_REFUSED_MESSAGES + f"({marks}) LIMIT 1", pks):
            return []  # the usual case, read without taking the journal's write lock
        with self._tx() as db:
            taken = db.execute(_REFUSED_MESSAGES + f"({marks})", pks).fetchall()
            if not taken:
                return []
            (campaign_id,) = db.execute(
                "SELECT campaign_id FROM requests WHERE id=?", (taken[0][1],)
            ).fetchone()
            refused = [m for m, _ in taken]
            moved = _take_out_unsent(db, campaign_id, refused, why, least, too_few)
        return self._messages_by_pk(moved)

    def _messages_by_pk(self, pks: Sequence[int]) -> list[MessageRow]:
        """The messages ``pks``, in row order."""
        found: list[MessageRow] = []
        for i in range(0, len(pks), 500):
            chunk = list(pks[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query_tuples(MESSAGE_SELECT + f" WHERE m.id IN ({marks})", chunk)
            found += map(message_row, rows)
        return sorted(found, key=lambda m: (m.row, m.pk))

    def ad_times(
        self,
        phones: Sequence[str],
        start: float,
        end: float,
        now: float,
        *,
        other_than: int | None = None,
    ) -> dict[str, list[float]]:
        """When each of ``phones`` got, or is to get, an advertising message between
        ``start`` and ``end``: its own send time, else its campaign's, else when it left
        (or may have); one still to go in an unfinished campaign without a send time goes
        when that campaign is resumed, taken as ``now``. Sandbox runs sent nothing.
        ``other_than``: a campaign left out (the one being sent, counted again)."""
        wanted = set(phones)
        # Each campaign's one send time (None: sent at once), read once, not once a message.
        schedules = {
            int(c["id"]): _campaign_time(c["spec_json"])
            for c in self._query(
                "SELECT id, spec_json FROM campaigns WHERE channel=?", (Channel.ADVERTISING,)
            )
            if not is_sandbox(c["spec_json"])  # a trial run sent nothing
        }
        rows = self._query(
            "SELECT m.phone, m.send_at, m.campaign_id, r.state, r.last_attempt_at"
            " FROM messages m JOIN requests r ON r.id = m.request"
            " JOIN campaigns c ON c.id = m.campaign_id WHERE c.channel=?"
            " AND (r.state IN ('accepted','sending','unknown') OR r.uncertain=1"
            " OR (r.state='pending' AND c.state NOT IN ('cancelled','done')))"
            # Older campaigns cannot send within the range, unless resumed (pending).
            " AND (c.created_at >= ? OR r.state='pending') AND c.id != ?",
            (
                Channel.ADVERTISING,
                start - OLDEST_AD_SECONDS,
                -1 if other_than is None else other_than,
            ),
        )
        found: dict[str, list[float]] = {}
        for r in rows:
            cid = int(r["campaign_id"])
            if r["phone"] not in wanted or cid not in schedules:
                continue
            schedule = schedules[cid]
            if r["send_at"]:
                at = from_esms(r["send_at"])
            elif schedule is not None:
                at = schedule
            elif r["state"] == "pending" or r["last_attempt_at"] is None:
                at = now
            else:
                at = float(r["last_attempt_at"])
            if start <= at <= end:
                found.setdefault(r["phone"], []).append(at)
        return found


def _campaign_time(spec_json: str) -> float | None:
    """A campaign's one send time as a Unix time, None when it sends at once."""
    when = stored_schedule(json.loads(spec_json).get("schedule"))
    return when.timestamp() if when is not None else None


def _take_out_unsent(
    db: sqlite3.Connection,
    campaign_id: int,
    message_pks: Sequence[int],
    why: tuple[str, str],
    least: int,
    too_few: Callable[[int], tuple[str, str]] | None,
) -> list[int]:
    """Take the messages ``message_pks`` of ``campaign_id`` that surely never left out of
    their requests; returns every message taken out.

    Only a message whose request is pending and not in doubt moves: its request was
    never accepted, so its RequestId is free and the rest of it may go without it. A
    request left with fewer than ``least`` messages (advertising needs 30 numbers at
    once: eSMS refuses fewer, 107) has the rest taken out too, with ``too_few(count)``;
    a request left empty goes.
    """
    wanted = set(message_pks)
    pks = [pk for (pk,) in db.execute(_UNSENT_MESSAGES, (campaign_id,)) if pk in wanted]
    moved = _take_out(db, pks, why)
    for request, count in db.execute(_UNSENT_COUNTS, (campaign_id,)).fetchall():
        if count < least and too_few is not None:
            rest = db.execute("SELECT id FROM messages WHERE request=?", (request,))
            moved += _take_out(db, [pk for (pk,) in rest], too_few(count))
    db.execute(_EMPTY_UNSENT, (campaign_id, campaign_id))
    return moved


def _take_out(db: sqlite3.Connection, pks: list[int], why: tuple[str, str]) -> list[int]:
    """Messages ``pks`` out of their request, kept with ``why`` (code, reason), price 0."""
    code, reason = why
    db.executemany(
        "UPDATE messages SET request=NULL, excluded_code=?, excluded_reason=?, price='0'"
        " WHERE id=?",
        [(code, reason, pk) for pk in pks],
    )
    return pks
