"""A new campaign as planned, and writing it to the journal: the campaign, its requests
and its messages in one transaction, with the guard against sending the same list twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from esms_desktop.base.errors import RepeatCampaignError, StaleCheckError
from esms_desktop.base.texts import words
from esms_desktop.journal.messages import MessageRecords
from esms_desktop.journal.models import CampaignSummary, to_json
from esms_desktop.journal.summaries import CampaignSummaries
from esms_desktop.message.spec import Channel


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
    channel: Channel
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


class CampaignWriting(CampaignSummaries, MessageRecords):
    """Writing a new campaign, and finding an earlier one that sent the same."""

    def create_campaign(
        self,
        new: NewCampaign,
        *,
        repeat_since: float | None = None,
        texts_since: float | None = None,
        resend: bool = False,
        still_allowed: Callable[[], None] | None = None,
    ) -> int:
        """Write a campaign with all its requests and messages in one transaction.

        With ``texts_since`` (a campaign from a check, which took out every row whose
        number got its text since then or has it still to go): raises
        :class:`StaleCheckError` instead when some number of it got its very text since
        then, or has it still to go in an unfinished campaign, meanwhile. A check is old
        by the time its campaign is written (the command line's question, the window's
        Send button): another send of an overlapping list in between went to the same
        customers, and this one sent them the message a second time (a money-safety
        audit: 30 of 30). ``resend`` (``send --again``): only what is still to go counts.

        ``still_allowed``: called in the same transaction, before the write; raises to
        refuse. Looks made before the transaction let two writes at the same moment both
        pass: Decree 91's 3 advertising messages per 24 hours (``sending.still_lawful``),
        failures sent again by another "send again" (``sending.plan.create_retry``).

        With ``repeat_since``: raises :class:`RepeatCampaignError` instead when a
        campaign since then sends the same messages to the same people
        (:meth:`twins`). Whatever ``repeat_since``, it raises (``unfinished``) when
        such a campaign, of any age, may still send: resumed later, it would send
        them a second time. The look and the write are one ``BEGIN IMMEDIATE``
        transaction: two sends of the same list at the same moment (two windows,
        the window and the command line, a double click) cannot both pass the
        look before either wrote, since SQLite lets one writer in at a time.
        """
        now = self._now()
        with self._tx() as db:
            twins = self.twins(new.fingerprint, 0.0)
            unfinished = [s for s in twins if s.may_still_send]
            since = float("inf") if repeat_since is None else repeat_since
            recent = [s for s in twins if s.campaign.created_at >= since]
            if unfinished or recent:
                earlier = unfinished or recent
                raise RepeatCampaignError(
                    f"the same messages go to the same people in campaign {earlier[0].campaign.id}",
                    earlier=list(earlier),
                    unfinished=bool(unfinished),
                )
            if texts_since is not None:
                self._refuse_texts_sent_meanwhile(new, texts_since, resend=resend)
            if still_allowed is not None:
                still_allowed()
            campaign_id = _insert_campaign(db, new, now)
            # All requests in one call, then their keys read back by RequestId (unique),
            # then all messages in one call, in order: a call per request or message
            # costs seconds with 100,000 of them.
            key_of = _insert_requests(db, campaign_id, new.requests)
            _insert_messages(db, campaign_id, key_of, new)
        return campaign_id

    def _refuse_texts_sent_meanwhile(self, new: NewCampaign, since: float, *, resend: bool) -> None:
        """:class:`StaleCheckError` when a number of ``new`` got its very text since ``since``
        or has it still to go elsewhere (``resend``: only the latter)."""
        wanted = {(m.phone, m.content) for r in new.requests for m in r.messages if m.content}
        if not wanted:
            return
        found = self.recent_texts(sorted({phone for phone, _ in wanted}), since)
        hits = {k: v for k, v in found.items() if k in wanted and (v[1] or not resend)}
        if hits:
            campaign = max(c for c, _ in hits.values())
            count = len({phone for phone, _ in hits})
            reason = words("app.stale_check.sent_meanwhile", count=count, campaign=campaign)
            raise StaleCheckError(
                f"{count} numbers got this text, or have it to go, in campaign {campaign}",
                reason=reason,
            )

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
        return [s for s in found if s.accepted or s.unknown or s.may_still_send]


def _insert_campaign(db: sqlite3.Connection, new: NewCampaign, now: float) -> int:
    """The campaign's row; returns its key."""
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
    return int(cur.lastrowid or 0)


def _insert_requests(
    db: sqlite3.Connection, campaign_id: int, requests: list[NewRequest]
) -> dict[str, int]:
    """The campaign's requests; returns each one's key by its RequestId."""
    db.executemany(
        "INSERT INTO requests (campaign_id, batch, request_id, request_id2) VALUES (?,?,?,?)",
        [(campaign_id, r.batch, r.request_id, r.request_id2) for r in requests],
    )
    return dict(
        db.execute(
            "SELECT request_id, id FROM requests WHERE campaign_id=?", (campaign_id,)
        ).fetchall()
    )


def _insert_messages(
    db: sqlite3.Connection, campaign_id: int, key_of: dict[str, int], new: NewCampaign
) -> None:
    """Every message, under its request's key (an excluded one under none), in order."""
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
