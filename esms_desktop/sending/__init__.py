"""Planning, sending, delivery status: the Qt-free sending engine.

Holds the plan (requests and RequestIds), one call per channel, the sender (rounds,
pauses, progress), settling doubtful requests from eSMS's records, delivery status.

May import: ``journal`` and everything below it.

The names below are imported from their modules when first used (:mod:`esms_desktop.
base.lazy`): a module of this package does not load the whole package.
"""

from typing import TYPE_CHECKING

from esms_desktop.base.lazy import exports

if TYPE_CHECKING:
    from esms_desktop.sending.plan import (
        SentAgainError,
        create_campaign,
        create_retry,
        plan_campaign,
        plan_retry,
    )
    from esms_desktop.sending.sender import Failure, Progress, Sender, SendOutcome, Trouble

__getattr__ = exports(
    __name__,
    {
        "create_campaign": "esms_desktop.sending.plan",
        "create_retry": "esms_desktop.sending.plan",
        "plan_campaign": "esms_desktop.sending.plan",
        "plan_retry": "esms_desktop.sending.plan",
        "SentAgainError": "esms_desktop.sending.plan",
        "Failure": "esms_desktop.sending.sender",
        "Progress": "esms_desktop.sending.sender",
        "Sender": "esms_desktop.sending.sender",
        "SendOutcome": "esms_desktop.sending.sender",
        "Trouble": "esms_desktop.sending.sender",
    },
)

__all__ = [
    "Failure",
    "Progress",
    "SendOutcome",
    "Sender",
    "SentAgainError",
    "Trouble",
    "create_campaign",
    "create_retry",
    "plan_campaign",
    "plan_retry",
]
