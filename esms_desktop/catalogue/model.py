"""The shape of one entry of the code catalogue."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, replace
from enum import Enum
from typing import Literal

from esms_desktop.base.texts import current_front, current_language


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
    #: Found by the app's own check before sending (``esms-desktop check`` prints it).
    CHECK = "check"


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
    #: What to do, in the window's terms (buttons, pages).
    action: str
    #: What to do on the command line (options, commands), when it differs.
    command_action: str = ""


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Everything this app knows about one eSMS result code."""

    code: str
    scope: Scope
    applies_to: tuple[AppliesTo, ...]
    _: KW_ONLY
    #: Sending the same message again (later, unchanged) can succeed.
    retry_helps: bool
    #: eSMS took money for the request.
    charged: bool
    #: The words, in each language: this catalogue keeps its own (see ``codes``).
    vi: Text
    en: Text
    #: The code is not in eSMS's table: we explain an answer we do not know.
    known: bool = True
    raw_message: str = ""

    @property
    def text(self) -> Text:
        """The title, explanation and action in the language being spoken, the action the
        front's (``base.texts``)."""
        text = self.en if current_language() == "en" else self.vi
        if current_front() == "command" and text.command_action:
            return replace(text, action=text.command_action, command_action="")
        return text

    def part(self, name: Literal["title", "explanation", "action"]) -> CodeText:
        """One part of the text, to put in a sentence made with ``base.texts.words``."""
        return CodeText(self, name)


@dataclass(frozen=True, slots=True)
class CodeText:
    """One part of a code's text as a value for ``words(...)``: written, like the rest
    of the sentence, in the language being spoken when the sentence is shown."""

    info: CodeInfo
    name: Literal["title", "explanation", "action"]

    def __str__(self) -> str:
        return str(getattr(self.info.text, self.name))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
