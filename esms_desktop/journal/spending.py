"""What earlier campaigns cost, read from the journal (for the low-balance warning)."""

from __future__ import annotations

import json
from decimal import Decimal

from esms_desktop.journal.store import Journal


def last_campaign_cost(journal: Journal) -> Decimal | None:
    """What the newest real campaign that sent anything cost (None when there is none)."""
    for campaign in sorted(journal.campaigns(), key=lambda c: c.created_at, reverse=True):
        try:
            if json.loads(campaign.spec_json).get("sandbox"):
                continue
        except ValueError:
            continue
        cost = journal.cost(campaign.id)
        if cost > 0:
            return cost
    return None
