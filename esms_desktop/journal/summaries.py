"""What campaigns came to: counts of their messages by state, and their cost, one campaign
at a time or all of them at once for History."""

from __future__ import annotations

from decimal import Decimal

from esms_desktop.base.vntime import to_esms
from esms_desktop.journal.campaigns import CampaignRecords
from esms_desktop.journal.models import CampaignSummary


class CampaignSummaries(CampaignRecords):
    """Summaries and costs, summed by SQLite over a campaign's messages and requests."""

    def summary(self, campaign_id: int) -> CampaignSummary:
        now = to_esms(self.now())  # messages with a send time after it are scheduled
        row = self._query(
            "SELECT"
            " COUNT(*) AS total,"
            " SUM(r.state='accepted') AS accepted,"
            " SUM(r.state='failed') AS failed,"
            " SUM(r.state IN ('pending','sending')) AS open,"
            " SUM(r.state='unknown') AS unknown,"
            " SUM(r.state='sending' OR (r.state='pending' AND r.uncertain=1)) AS in_doubt,"
            " SUM(m.request IS NULL) AS excluded,"
            " SUM(m.delivery IN ('delivered', 'by_sms')) AS delivered,"
            " SUM(m.delivery='failed') AS undelivered,"
            " SUM(r.state='accepted' AND m.send_at > ?) AS scheduled,"
            " MIN(CASE WHEN r.state='accepted' AND m.send_at > ? THEN m.send_at END) AS next"
            " FROM messages m LEFT JOIN requests r ON r.id = m.request WHERE m.campaign_id=?",
            (now, now, campaign_id),
        )[0]
        counts = {
            k: int(row[k] or 0)
            for k in ("total", "accepted", "failed", "open", "unknown", "excluded", "delivered",
                      "undelivered", "scheduled", "in_doubt")
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
            " SUM(r.state='sending' OR (r.state='pending' AND r.uncertain=1)) AS n_in_doubt,"
            " SUM(m.id IS NOT NULL AND m.request IS NULL) AS n_excluded,"
            " SUM(m.delivery IN ('delivered', 'by_sms')) AS n_delivered,"
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
                          "delivered", "undelivered", "scheduled", "in_doubt")
            }  # fmt: skip
            summary = CampaignSummary(
                self._campaign(row), **counts, next_send_at=row["n_next"] or ""
            )
            found.append((summary, Decimal(str(round(row["n_cost"] or 0, 2)))))
        return found
