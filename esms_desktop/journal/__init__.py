"""The SQLite journal that makes sending exactly-once and resumable."""

from esms_desktop.journal.models import (
    CampaignRow,
    CampaignState,
    CampaignSummary,
    MessageRow,
    MessageState,
    RequestRow,
    RequestState,
)
from esms_desktop.journal.store import Journal, NewCampaign, NewMessage, NewRequest

__all__ = [
    "CampaignRow",
    "CampaignState",
    "CampaignSummary",
    "Journal",
    "MessageRow",
    "MessageState",
    "NewCampaign",
    "NewMessage",
    "NewRequest",
    "RequestRow",
    "RequestState",
]
