"""The shape of one entry of the code catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Scope(Enum):
    """What a code is about, which decides what the sending engine does with it."""

    SUCCESS = "success"
    #: This one message (or request) is refused; the others can still go.
    MESSAGE = "message"
    #: Something about the whole account: stop the campaign and tell the user.
    ACCOUNT = "account"
    #: The request is malformed or a duplicate; a programming or planning issue.
    REQUEST = "request"
    #: Only answers of look-ups (status, quota, ...).
    LOOKUP = "lookup"
    #: Features this app does not use (voice, code checks, registrations).
    OTHER = "other"


class AppliesTo(Enum):
    """The eSMS services a code can come back from: the kinds of message, and the
    look-ups and registrations (not the app's ``Channel``: only what the table says)."""

    ALL = "all"
    CSKH = "customer-care"
    QC = "advertising"
    FIXED = "fixed-number"
    ZALO = "zns"
    VOICE = "voice"
    STATUS = "status"
    REGISTRATION = "registration"


@dataclass(frozen=True, slots=True)
class Text:
    """The three things a user needs to read about a code, in one language."""

    title: str
    explanation: str
    action: str


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Everything this app knows about one eSMS result code."""

    code: str
    scope: Scope
    applies_to: tuple[AppliesTo, ...]
    #: Sending the same message again (later, unchanged) can succeed.
    retry_helps: bool
    #: eSMS took money for the request.
    charged: bool
    vi: Text
    en: Text
    #: The code is not in eSMS's table: we explain an answer we do not know.
    known: bool = True
    raw_message: str = ""

    def text(self, lang: str) -> Text:
        return self.en if lang == "en" else self.vi
