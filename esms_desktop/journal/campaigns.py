"""The journal's campaigns: reading them, their state, and deleting one that sent nothing."""

from __future__ import annotations

import json
import sqlite3

from esms_desktop.base.errors import UnknownCampaignError
from esms_desktop.journal.database import JournalDatabase
from esms_desktop.journal.models import CampaignRow, CampaignState
from esms_desktop.journal.schema import CANCELLED_DOUBT_IS_UNKNOWN
from esms_desktop.message.spec import Channel


class CampaignRecords(JournalDatabase):
    """The ``campaigns`` table (a campaign's requests and messages go with it when deleted)."""

    @staticmethod
    def _campaign(row: sqlite3.Row) -> CampaignRow:
        return CampaignRow(
            id=row["id"],
            uid=row["uid"],
            name=row["name"],
            channel=Channel(row["channel"]),
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
        if not 0 < campaign_id < 2**63:  # no such key (SQLite refuses to even look it up)
            raise UnknownCampaignError(campaign_id)
        rows = self._query("SELECT * FROM campaigns WHERE id=?", (campaign_id,))
        if not rows:
            raise UnknownCampaignError(campaign_id)
        return self._campaign(rows[0])

    def campaigns(self) -> list[CampaignRow]:
        return [self._campaign(r) for r in self._query("SELECT * FROM campaigns ORDER BY id DESC")]

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
        """The campaign's state. Cancelled, its messages in doubt become "unknown" in the
        same transaction: a cancelled campaign is never resumed, so they would otherwise
        stay "pending" (counted "not sent", never settled, unseen by the repeat guard and
        the advertising count) while eSMS may have sent them. Cancelled stays cancelled:
        a sender that was running it (in another process) does not write it over."""
        with self._tx() as db:
            db.execute(
                "UPDATE campaigns SET state=?, pause_code=?, pause_message=?, updated_at=?"
                " WHERE id=? AND state != 'cancelled'",
                (state.value, code, message, self._now(), campaign_id),
            )
            if state is CampaignState.CANCELLED:
                db.execute(CANCELLED_DOUBT_IS_UNKNOWN + " AND campaign_id=?", (campaign_id,))
