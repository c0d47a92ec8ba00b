"""The SQLite journal that makes sending exactly-once and resumable.

Holds the database (open lock, checks, migrations, backups), campaigns, requests,
messages, the do-not-send list's events and the library's and registrations' tables.

May import: ``checks`` and everything below it.

The names below are imported from their modules when first used (:mod:`esms_desktop.
base.lazy`): a module of this package does not load the whole package.
"""

from typing import TYPE_CHECKING

from esms_desktop.base.lazy import exports

if TYPE_CHECKING:
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

__getattr__ = exports(
    __name__,
    {
        "CampaignRow": "esms_desktop.journal.models",
        "CampaignState": "esms_desktop.journal.models",
        "CampaignSummary": "esms_desktop.journal.models",
        "MessageRow": "esms_desktop.journal.models",
        "MessageState": "esms_desktop.journal.models",
        "RequestRow": "esms_desktop.journal.models",
        "RequestState": "esms_desktop.journal.models",
        "Journal": "esms_desktop.journal.store",
        "NewCampaign": "esms_desktop.journal.store",
        "NewMessage": "esms_desktop.journal.store",
        "NewRequest": "esms_desktop.journal.store",
    },
)

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
