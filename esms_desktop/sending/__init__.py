"""Planning, sending, delivery status: the Qt-free sending engine."""

from esms_desktop.sending.plan import create_campaign, plan_campaign, plan_retry
from esms_desktop.sending.sender import Failure, Progress, Sender, SendOutcome, Trouble

__all__ = [
    "Failure",
    "Progress",
    "SendOutcome",
    "Sender",
    "Trouble",
    "create_campaign",
    "plan_campaign",
    "plan_retry",
]
