"""The sending journal: SQLite in WAL mode with ``synchronous=FULL``.

Every message and its RequestId are written before the request leaves, and
every answer is written as soon as it arrives, so the process can be killed
at any instant and ``resume`` knows exactly what to (re)send. One connection
is shared by the engine's threads behind a lock; SQLite itself serialises
writers anyway, and the journal is never the bottleneck next to the network.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any

from esms_desktop.base.bulk import collector_paused
from esms_desktop.base.errors import (
    ConfigError,
    JournalDamagedError,
    JournalError,
    RepeatCampaignError,
    UnknownCampaignError,
)
from esms_desktop.base.paths import app_home, file_lock, private_dir, private_file
from esms_desktop.base.vntime import now, to_esms
from esms_desktop.journal.models import (
    OPEN_STATES,
    CampaignRow,
    CampaignState,
    CampaignSummary,
    MessageRow,
    RequestRow,
    RequestState,
)
from esms_desktop.journal.safety import backup_due, check_connection, damaged, make_backup
from esms_desktop.journal.schema import SchemaError, migrate

UNKNOWN_AFTER = 24 * 3600

#: ``json.dumps(value, ensure_ascii=False)``, the same text, with one encoder made once:
#: ``dumps`` with an option builds a new encoder per call (a third of writing a campaign).
to_json = json.JSONEncoder(ensure_ascii=False).encode

log = logging.getLogger(__name__)


@dataclass
class NewMessage:
    row: int
    phone: str = ""
    carrier: str = ""
    content: str = ""
    params: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    price: Decimal = Decimal(0)
    excluded_code: str = ""
    excluded_reason: str = ""
    #: This message's own send time (``yyyy-mm-dd HH:MM:SS``, Vietnam), or "".
    send_at: str = ""


@dataclass
class NewRequest:
    batch: int
    request_id: str
    messages: list[NewMessage]
    request_id2: str | None = None


@dataclass
class NewCampaign:
    uid: str
    name: str
    channel: str
    spec_json: str
    requests: list[NewRequest]
    excluded: list[NewMessage] = field(default_factory=list)
    source_file: str = ""
    columns: list[str] = field(default_factory=list)
    profile: str = ""
    #: ``EsmsClient.account_fingerprint(uid)`` of the account that will send it.
    account_fp: str = ""
    #: What is sent to whom (``engine.plan.fingerprint``): finds a repeat of this campaign.
    fingerprint: str = ""


def default_path(*, demo: bool = False) -> Path:
    """The journal of real sending, or a separate one for the demo.

    Demo campaigns must never share the real journal: resuming one with real
    keys would send the demo's messages for real.
    """
    return app_home() / ("demo" if demo else "") / "journal.sqlite3"


class Journal:
    def __init__(self, path: Path | None = None, *, demo: bool = False) -> None:
        self.path = path or default_path(demo=demo)
        private_dir(self.path.parent)
        self._lock = threading.RLock()
        # Two processes opening a new journal at once (two sends started together): the
        # second would find the file the first just created still empty and call it
        # damaged, or run the same migration twice. Opening is one at a time.
        with file_lock(self.path.with_name(self.path.name + ".open-lock")):
            existed = self._open()
        for suffix in ("", "-wal", "-shm"):
            private_file(self.path.with_name(self.path.name + suffix))
        self._now = now
        if existed and backup_due(self.path):
            self.backup()

    def _open(self) -> bool:
        """Connect, check an existing file, migrate; returns whether the file existed."""
        existed = self.path.exists()
        if existed and self.path.stat().st_size == 0:
            # SQLite would take an empty file for a new journal: the history would vanish.
            raise damaged(self.path, "the file is empty")
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from None
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            problem = check_connection(self._conn) if existed else ""
            if problem:
                raise damaged(self.path, problem)
            migrate(self._conn)
        except sqlite3.OperationalError as exc:
            self._conn.close()
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from None
        except (sqlite3.DatabaseError, SchemaError) as exc:
            self._conn.close()
            raise damaged(self.path, str(exc)) from None
        except JournalDamagedError:
            self._conn.close()
            raise
        return existed

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def backup(self) -> Path | None:
        """A consistent copy in the backups folder (rotated); None when it cannot be made."""
        with self._lock:
            try:
                return make_backup(self._conn, self.path)
            except (OSError, sqlite3.Error, ConfigError) as exc:
                log.warning("journal backup failed: %s", exc)
                return None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, _plain_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock, _plain_errors(self.path):
            return self._conn.execute(sql, args).fetchall()

    def _query_tuples(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """:meth:`_query` with plain tuples, for reads of many rows."""
        with self._lock, _plain_errors(self.path):
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, args).fetchall()

    # ------------------------------------------------------------------ campaigns

    def create_campaign(self, new: NewCampaign, *, repeat_since: float | None = None) -> int:
        """Write a campaign with all its requests and messages in one transaction.

        With ``repeat_since``: raises :class:`RepeatCampaignError` instead when a
        campaign since then sends the same messages to the same people
        (:meth:`twins`). The look and the write are one ``BEGIN IMMEDIATE``
        transaction: two sends of the same list at the same moment (two windows,
        the window and the command line, a double click) cannot both pass the
        look before either wrote, since SQLite lets one writer in at a time.
        """
        now = self._now()
        with self._tx() as db:
            if repeat_since is not None:
                earlier = self.twins(new.fingerprint, repeat_since)
                if earlier:
                    raise RepeatCampaignError(
                        "the same messages went to the same people in campaign "
                        f"{earlier[0].campaign.id}",
                        earlier=list(earlier),
                    )
            cur = db.execute(
                "INSERT INTO campaigns (uid, name, channel, spec_json, source_file, columns_json,"
                " profile, account_fp, fingerprint, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    new.uid,
                    new.name,
                    new.channel,
                    new.spec_json,
                    new.source_file,
                    to_json(new.columns),
                    new.profile,
                    new.account_fp,
                    new.fingerprint,
                    now,
                    now,
                ),
            )
            campaign_id = int(cur.lastrowid or 0)
            # All requests in one call, then their keys read back by RequestId (unique),
            # then all messages in one call, in order: a call per request or message
            # costs seconds with 100,000 of them.
            db.executemany(
                "INSERT INTO requests (campaign_id, batch, request_id, request_id2)"
                " VALUES (?,?,?,?)",
                [(campaign_id, r.batch, r.request_id, r.request_id2) for r in new.requests],
            )
            key_of = dict(
                db.execute(
                    "SELECT request_id, id FROM requests WHERE campaign_id=?", (campaign_id,)
                ).fetchall()
            )
            owners: list[tuple[int | None, list[NewMessage]]] = [
                (key_of[r.request_id], r.messages) for r in new.requests
            ]
            owners.append((None, new.excluded))
            db.executemany(
                "INSERT INTO messages (campaign_id, request, row, phone, carrier, content,"
                " params_json, values_json, price, excluded_code, excluded_reason, send_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (
                        campaign_id,
                        request,
                        m.row,
                        m.phone,
                        m.carrier,
                        m.content,
                        to_json(m.params),
                        to_json(m.values),
                        str(m.price),
                        m.excluded_code,
                        m.excluded_reason,
                        m.send_at,
                    )
                    for request, items in owners
                    for m in items
                ),
            )
        return campaign_id

    @staticmethod
    def _campaign(row: sqlite3.Row) -> CampaignRow:
        return CampaignRow(
            id=row["id"],
            uid=row["uid"],
            name=row["name"],
            channel=row["channel"],
            spec_json=row["spec_json"],
            source_file=row["source_file"],
            columns=json.loads(row["columns_json"]),
            profile=row["profile"],
            account_fp=row["account_fp"],
            state=CampaignState(row["state"]),
            pause_code=row["pause_code"],
            pause_message=row["pause_message"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def campaign(self, campaign_id: int) -> CampaignRow:
        """The campaign ``campaign_id``; :class:`UnknownCampaignError` when there is none."""
        rows = self._query("SELECT * FROM campaigns WHERE id=?", (campaign_id,))
        if not rows:
            raise UnknownCampaignError(campaign_id)
        return self._campaign(rows[0])

    def campaigns(self) -> list[CampaignRow]:
        return [self._campaign(r) for r in self._query("SELECT * FROM campaigns ORDER BY id DESC")]

    def twins(self, fingerprint: str, since: float) -> list[CampaignSummary]:
        """Campaigns since ``since`` that send the same messages to the same people.

        Only those that sent something or may still send: a campaign cancelled
        before anything left is no reason to ask twice.
        """
        if not fingerprint:
            return []
        rows = self._query(
            "SELECT id FROM campaigns WHERE fingerprint=? AND created_at>=? ORDER BY id DESC",
            (fingerprint, since),
        )
        found = [self.summary(r["id"]) for r in rows]
        return [
            s
            for s in found
            if s.accepted
            or s.unknown
            or (s.open and s.campaign.state is not CampaignState.CANCELLED)
        ]

    def deletable(self, campaign_id: int) -> bool:
        """Nothing of the campaign can have reached eSMS: no request ever left or may have."""
        rows = self._query(
            "SELECT COUNT(*) AS n FROM requests WHERE campaign_id=? AND (uncertain=1"
            " OR state IN ('accepted','sending','unknown'))",
            (campaign_id,),
        )
        return int(rows[0]["n"]) == 0

    def delete_campaign(self, campaign_id: int) -> None:
        """Remove a campaign that sent nothing (see :meth:`deletable`); ValueError otherwise."""
        with self._tx() as db:
            left = db.execute(
                "SELECT COUNT(*) FROM requests WHERE campaign_id=? AND (uncertain=1"
                " OR state IN ('accepted','sending','unknown'))",
                (campaign_id,),
            ).fetchone()[0]
            if left:
                raise ValueError("this campaign may have sent messages: it is kept")
            db.execute("DELETE FROM messages WHERE campaign_id=?", (campaign_id,))
            db.execute("DELETE FROM requests WHERE campaign_id=?", (campaign_id,))
            db.execute("DELETE FROM campaigns WHERE id=?", (campaign_id,))

    def unfinished(self) -> list[CampaignRow]:
        """Campaigns that still have messages to send (or to decide about)."""
        rows = self._query(
            "SELECT DISTINCT c.* FROM campaigns c JOIN requests r ON r.campaign_id = c.id"
            " WHERE c.state != 'cancelled' AND r.state IN ('pending','sending','unknown')"
            " ORDER BY c.id"
        )
        return [self._campaign(r) for r in rows]

    def set_campaign_state(
        self, campaign_id: int, state: CampaignState, code: str = "", message: str = ""
    ) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE campaigns SET state=?, pause_code=?, pause_message=?, updated_at=?"
                " WHERE id=?",
                (state.value, code, message, self._now(), campaign_id),
            )

    def summary(self, campaign_id: int) -> CampaignSummary:
        now = to_esms(self.now())  # messages with a send time after it are scheduled
        row = self._query(
            "SELECT"
            " COUNT(*) AS total,"
            " SUM(r.state='accepted') AS accepted,"
            " SUM(r.state='failed') AS failed,"
            " SUM(r.state IN ('pending','sending')) AS open,"
            " SUM(r.state='unknown') AS unknown,"
            " SUM(m.request IS NULL) AS excluded,"
            " SUM(m.delivery='delivered') AS delivered,"
            " SUM(m.delivery='failed') AS undelivered,"
            " SUM(r.state='accepted' AND m.send_at > ?) AS scheduled,"
            " MIN(CASE WHEN r.state='accepted' AND m.send_at > ? THEN m.send_at END) AS next"
            " FROM messages m LEFT JOIN requests r ON r.id = m.request WHERE m.campaign_id=?",
            (now, now, campaign_id),
        )[0]
        counts = {
            k: int(row[k] or 0)
            for k in ("total", "accepted", "failed", "open", "unknown", "excluded", "delivered",
                      "undelivered", "scheduled")
        }  # fmt: skip
        return CampaignSummary(self.campaign(campaign_id), **counts, next_send_at=row["next"] or "")

    def cost(self, campaign_id: int) -> Decimal:
        """Estimated money spent: the price of every accepted message."""
        rows = self._query(
            "SELECT m.price FROM messages m JOIN requests r ON r.id = m.request"
            " WHERE m.campaign_id=? AND r.state='accepted'",
            (campaign_id,),
        )
        return sum((Decimal(r["price"]) for r in rows), Decimal(0))

    def overviews(self) -> list[tuple[CampaignSummary, Decimal]]:
        """Every campaign's summary and cost, newest first, in ONE query.

        For History, which shows them all and reloads on every delivery poll:
        :meth:`summary` and :meth:`cost` per campaign are two queries each. The
        cost is summed by SQLite in floating point: exact to the đồng for any
        real campaign, and only shown, never charged.
        """
        now = to_esms(self.now())
        rows = self._query(
            "SELECT c.*,"
            " COUNT(m.id) AS n_total,"
            " SUM(r.state='accepted') AS n_accepted,"
            " SUM(r.state='failed') AS n_failed,"
            " SUM(r.state IN ('pending','sending')) AS n_open,"
            " SUM(r.state='unknown') AS n_unknown,"
            " SUM(m.id IS NOT NULL AND m.request IS NULL) AS n_excluded,"
            " SUM(m.delivery='delivered') AS n_delivered,"
            " SUM(m.delivery='failed') AS n_undelivered,"
            " SUM(r.state='accepted' AND m.send_at > ?) AS n_scheduled,"
            " MIN(CASE WHEN r.state='accepted' AND m.send_at > ? THEN m.send_at END) AS n_next,"
            " SUM(CASE WHEN r.state='accepted' THEN CAST(m.price AS REAL) END) AS n_cost"
            " FROM campaigns c LEFT JOIN messages m ON m.campaign_id = c.id"
            " LEFT JOIN requests r ON r.id = m.request"
            " GROUP BY c.id ORDER BY c.id DESC",
            (now, now),
        )
        found = []
        for row in rows:
            counts = {
                k: int(row["n_" + k] or 0)
                for k in ("total", "accepted", "failed", "open", "unknown", "excluded",
                          "delivered", "undelivered", "scheduled")
            }  # fmt: skip
            summary = CampaignSummary(
                self._campaign(row), **counts, next_send_at=row["n_next"] or ""
            )
            found.append((summary, Decimal(str(round(row["n_cost"] or 0, 2)))))
        return found

    # ------------------------------------------------------------------ requests

    def requests(self, campaign_id: int, states: Iterable[str] | None = None) -> list[RequestRow]:
        return self._requests("campaign_id=?", [campaign_id], states)

    def _requests(
        self, where: str, args: list[object], states: Iterable[str] | None = None
    ) -> list[RequestRow]:
        sql = _REQUEST_SELECT + " WHERE " + where
        if states is not None:
            states = list(states)
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args = [*args, *states]
        with collector_paused():  # a tuple per request, no cycles
            return [_request(r) for r in self._query_tuples(sql + " ORDER BY batch, id", args)]

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
                _MESSAGE_SELECT + f" WHERE m.request IN ({','.join('?' * len(chunk))})"
                " ORDER BY m.id",
                chunk,
            )
            for r in rows:
                message = _message(r)
                assert message.request_pk is not None
                out[message.request_pk].append(message)
        return out

    def mark_sending(self, request_pks: Sequence[int]) -> None:
        """Called, and committed to disk, before the HTTP request leaves."""
        now = self._now()
        with self._tx() as db:
            db.executemany(
                "UPDATE requests SET state='sending', uncertain=1, attempts=attempts+1,"
                " first_attempt_at=COALESCE(first_attempt_at, ?), last_attempt_at=? WHERE id=?",
                [(now, now, pk) for pk in request_pks],
            )

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

    def retire_request_id(self, request_pk: int, new_id: str, new_id2: str | None = None) -> None:
        """Give a request a fresh RequestId; only when eSMS provably never accepted the old one."""
        with self._tx() as db:
            db.execute(
                "UPDATE requests SET retired_ids = retired_ids || request_id || ' ',"
                " request_id=?, request_id2=COALESCE(?, request_id2), state='pending',"
                " uncertain=0, first_attempt_at=NULL WHERE id=?",
                (new_id, new_id2, request_pk),
            )

    def now(self) -> float:
        """The journal's clock (the app's clock; tests move it)."""
        return self._now()

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

    # ------------------------------------------------------------------ messages

    def messages(self, campaign_id: int, *, failures_only: bool = False) -> list[MessageRow]:
        """A campaign's messages in row order; ``failures_only``: those whose request failed
        or whose delivery failed, picked by SQLite (a campaign of 100,000 messages takes
        about a second to read whole)."""
        failures = " AND (r.state='failed' OR m.delivery='failed')" if failures_only else ""
        with collector_paused():  # a few objects per message, no cycles among them
            rows = self._query_tuples(
                _MESSAGE_SELECT + " WHERE m.campaign_id=?" + failures + " ORDER BY m.row",
                (campaign_id,),
            )
            return [_message(r) for r in rows]

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

    # ------------------------------------------------------------------ do-not-send list

    def opt_out_numbers(self) -> frozenset[str]:
        """The numbers on the do-not-send list now: those whose last event is an add."""
        return frozenset(self.opt_out_list())

    def opt_out_list(self) -> list[str]:
        """:meth:`opt_out_numbers` in the order they were (last) added."""
        rows = self._query_tuples(
            "SELECT e.phone FROM opt_out_events e WHERE e.action='add' AND e.id ="
            " (SELECT MAX(id) FROM opt_out_events WHERE phone = e.phone) ORDER BY e.id"
        )
        return [r[0] for r in rows]

    def change_opt_out(
        self, add: Iterable[str] = (), remove: Iterable[str] = (), *, source: str
    ) -> tuple[int, int]:
        """Add and remove numbers (``0xxxxxxxxx``), each an event with its time and source.

        Numbers already in the wanted state get no event. Returns (added, removed).
        """
        at = self.now()
        with self._tx() as conn:
            current = {
                r[0]
                for r in conn.execute(
                    "SELECT e.phone FROM opt_out_events e WHERE e.action='add' AND e.id ="
                    " (SELECT MAX(id) FROM opt_out_events WHERE phone = e.phone)"
                )
            }
            added = [n for n in dict.fromkeys(add) if n not in current]
            gone = [n for n in dict.fromkeys(remove) if n in current and n not in added]
            conn.executemany(
                "INSERT INTO opt_out_events(phone, action, source, at) VALUES (?,?,?,?)",
                [(n, "add", source, at) for n in added] + [(n, "remove", source, at) for n in gone],
            )
        return len(added), len(gone)

    def import_opt_out(self, numbers: Iterable[str], *, source: str) -> int:
        """Add the numbers that never had an event (moving an old list is done once: a
        number removed since is not added back). Returns how many were added."""
        at = self.now()
        with self._tx() as conn:
            known = {r[0] for r in conn.execute("SELECT DISTINCT phone FROM opt_out_events")}
            new = [n for n in dict.fromkeys(numbers) if n not in known]
            conn.executemany(
                "INSERT INTO opt_out_events(phone, action, source, at) VALUES (?,'add',?,?)",
                [(n, source, at) for n in new],
            )
        return len(new)

    def opt_out_history(self) -> list[tuple[str, str, str, float]]:
        """Every event of the do-not-send list, oldest first: (phone, action, source, time)."""
        return [
            (r[0], r[1], r[2], float(r[3]))
            for r in self._query_tuples(
                "SELECT phone, action, source, at FROM opt_out_events ORDER BY id"
            )
        ]

    def scheduled_sends(self, channel: str) -> dict[tuple[str, str], int]:
        """(phone, send time) of the messages of ``channel`` given their own send time that
        are with eSMS or may still go to it, with their campaign: a reminder list run
        again must not schedule the same customer twice."""
        rows = self._query(
            "SELECT m.phone, m.send_at, m.campaign_id FROM messages m"
            " JOIN requests r ON r.id = m.request JOIN campaigns c ON c.id = m.campaign_id"
            " WHERE m.send_at != '' AND c.channel=?"
            # Accepted ones stay with eSMS even in a cancelled campaign; requests not yet
            # sent count only while their campaign may still send them.
            " AND (r.state IN ('accepted','sending','unknown')"
            " OR (r.state='pending' AND c.state != 'cancelled'))",
            (channel,),
        )
        return {(r["phone"], r["send_at"]): int(r["campaign_id"]) for r in rows}

    def recent_ad_counts(self, phones: Sequence[str], since: float) -> dict[str, int]:
        """How many advertising messages each phone was sent since ``since``."""
        counts: dict[str, int] = {}
        wanted = set(phones)
        rows = self._query(
            "SELECT m.phone, COUNT(*) AS n FROM messages m JOIN requests r ON r.id = m.request"
            " JOIN campaigns c ON c.id = m.campaign_id WHERE c.channel='qc'"
            " AND r.state IN ('accepted','sending','unknown') AND r.last_attempt_at >= ?"
            " GROUP BY m.phone",
            (since,),
        )
        for r in rows:
            if r["phone"] in wanted:
                counts[r["phone"]] = int(r["n"])
        return counts


@contextmanager
def _plain_errors(path: Path) -> Iterator[None]:
    """SQLite's failures (disk full, read-only, damage found later) as typed errors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise JournalError(f"cannot write the journal {path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        # Integrity and programming errors are ours, not the file's: they stay what they are.
        if type(exc) is not sqlite3.DatabaseError:
            raise
        raise damaged(path, str(exc)) from None


#: A request's columns in the order of :class:`RequestRow`.
_REQUEST_SELECT = (
    "SELECT id, campaign_id, batch, request_id, request_id2, state, uncertain, attempts, code,"
    " error_message, sms_id, last_attempt_at, first_attempt_at FROM requests"
)
_STATES = {s.value: s for s in RequestState}


def _request(r: tuple[Any, ...]) -> RequestRow:
    """A row of :data:`_REQUEST_SELECT`."""
    (pk, campaign_id, batch, request_id, request_id2, state, uncertain, attempts, code,
     error_message, sms_id, last_attempt_at, first_attempt_at) = r  # fmt: skip
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
    )


#: A message joined with its request, columns in the order :func:`_message` reads them.
_MESSAGE_SELECT = (
    "SELECT m.id, m.row, m.phone, m.carrier, m.content, m.params_json, m.values_json,"
    " m.excluded_code, m.excluded_reason, m.delivery, m.request, r.request_id, r.state,"
    " r.code, r.error_message, r.sms_id, r.last_attempt_at, m.price, m.send_at"
    " FROM messages m LEFT JOIN requests r ON r.id = m.request"
)


def _message(r: tuple[Any, ...]) -> MessageRow:
    """A row of :data:`_MESSAGE_SELECT` (a plain tuple: reading a column by name costs a
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
        "excluded" if excluded else state,
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
