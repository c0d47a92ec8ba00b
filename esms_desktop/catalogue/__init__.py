"""The one place that turns eSMS result codes into words for the user.

May import: ``base``, ``telecom``, ``api`` (the codes' names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from esms_desktop.base.texts import Words, words
from esms_desktop.catalogue.codes import (
    CHECK_ENTRIES,
    ENTRIES,
    LOCAL_ENTRIES,
    SMS_UNSEEN,
    UNDELIVERED,
    UNDELIVERED_ZALO,
    UNDELIVERED_ZALO_SMS,
    UNKNOWN,
)
from esms_desktop.catalogue.model import AppliesTo, CodeInfo, CodeText, Scope, Text

__all__ = [
    "SMS_UNSEEN",
    "UNDELIVERED",
    "UNDELIVERED_ZALO",
    "UNDELIVERED_ZALO_SMS",
    "AppliesTo",
    "CodeInfo",
    "CodeText",
    "Scope",
    "Text",
    "all_codes",
    "describe",
    "esms_code",
    "lookup",
    "names_resume",
    "naming_campaign",
    "refuses_account",
    "undelivered_code",
]

_BY_CODE: dict[str, CodeInfo] = {
    entry.code: entry for entry in ENTRIES + LOCAL_ENTRIES + CHECK_ENTRIES
}


def undelivered_code(uses_zalo: bool, sms_fallback: bool = False) -> str:
    """The code of a message eSMS accepted but could not deliver: one that went through
    Zalo may also have failed because the customer has no Zalo; an SMS cannot. Zalo then
    SMS is undelivered only when the SMS sent in the ZNS's place failed too."""
    if sms_fallback:
        return UNDELIVERED_ZALO_SMS
    return UNDELIVERED_ZALO if uses_zalo else UNDELIVERED


def esms_code(code: str) -> str:
    """``code`` as a "Code" column shows it: eSMS's own numbers only (not the success
    codes); the app's own outcomes ("undelivered", "duplicate"...) are said in words."""
    return code if code.lstrip("-").isdigit() and code not in ("100", "124") else ""


def all_codes() -> tuple[CodeInfo, ...]:
    return ENTRIES


def lookup(code: object, raw_message: str = "") -> CodeInfo:
    """The catalogue entry for ``code``; a generic one when the code is unknown.

    ``code`` may be a string or an int (eSMS sends strings, but not always).
    The raw ``ErrorMessage`` is kept on the entry so it can be shown too.
    """
    key = str(code).strip()
    entry = _BY_CODE.get(key)
    if entry is None:
        return CodeInfo(
            code=key,
            scope=Scope.MESSAGE,
            applies_to=(AppliesTo.ALL,),
            retry_helps=False,
            charged=False,
            vi=UNKNOWN[0],
            en=UNKNOWN[1],
            known=False,
            raw_message=raw_message,
        )
    return replace(entry, raw_message=raw_message) if raw_message else entry


def refuses_account(code: object) -> bool:
    """Whether ``code`` refuses the whole account whatever the message (101 keys, 102 no
    price list, 103 balance, 140 address not allowed, 143 locked): every send is refused
    the same way until it is put right."""
    info = lookup(code)
    return info.scope is Scope.ACCOUNT and AppliesTo.ALL in info.applies_to


def names_resume(code: object) -> bool:
    """Whether the next step of ``code`` already tells how to send the rest (103, 140)."""
    info = lookup(code)
    return "esms-desktop resume" in info.vi.command_action


#: A command-line next step's blank for the campaign ("resume CAMPAIGN_NUMBER", in the
#: words of the language spoken): the word after the command, where no number stands.
_CAMPAIGN_BLANK = re.compile(
    r"(?<=esms-desktop )((?:resume|retry|status|report) |optout add --from-campaign )"
    r"[^\s\d.:,;')]+"
)


def naming_campaign(action: str, campaign: int) -> str:
    """``action`` with the campaign's number where a command names its blank
    ("esms-desktop resume 1", not "resume CAMPAIGN_NUMBER")."""
    return _CAMPAIGN_BLANK.sub(lambda m: f"{m.group(1)}{campaign}", action)


def describe(code: object, raw_message: str = "", *, campaign: int | None = None) -> str:
    """A multi-line text for ``code`` in the current language, as ``esms-desktop explain``
    prints it. ``campaign``: the campaign it stopped, named in the next step ("resume 1",
    not "resume CAMPAIGN_NUMBER")."""
    info = lookup(code, raw_message)
    text = info.text
    if campaign is not None:
        text = replace(text, action=naming_campaign(text.action, campaign))
    explanation = text.explanation
    if not info.known and not info.raw_message:  # asked by a user: no message of eSMS's below
        explanation = str(words("catalogue.unknown_asked", code=info.code))
    lines = [f"{info.code} - {text.title}", "", explanation, ""]
    if info.scope is Scope.CHECK:  # not eSMS's: the app's own check, before sending
        lines[2:2] = [str(words("catalogue.local_check")), ""]
    lines.append(str(words("catalogue.what_to_do", action=text.action)))
    if info.known and info.scope is Scope.CHECK:  # nothing sent: no retry, no money
        applies = ", ".join(str(_CHANNEL_NAMES[c]) for c in info.applies_to)
        lines += ["", str(words("catalogue.applies_to", channels=applies))]
    elif info.known:
        applies = ", ".join(str(_CHANNEL_NAMES[c]) for c in info.applies_to)
        lines += [
            "",
            str(words("catalogue.applies_to", channels=applies)),
            str(words("catalogue.retry_helps", answer=_yes_no(info.retry_helps))),
            str(words("catalogue.charged", answer=_yes_no(info.charged))),
        ]
    if info.raw_message:
        lines += ["", str(words("catalogue.esms_said", message=info.raw_message))]
    return "\n".join(lines)


def _yes_no(answer: bool) -> Words:
    return words("catalogue.yes") if answer else words("catalogue.no")


_CHANNEL_NAMES = {
    AppliesTo.ALL: words("catalogue.channel_all"),
    AppliesTo.CSKH: words("catalogue.channel_cskh"),
    AppliesTo.QC: words("catalogue.channel_qc"),
    AppliesTo.FIXED: words("catalogue.channel_fixed"),
    AppliesTo.ZALO: words("catalogue.channel_zalo"),
    AppliesTo.VOICE: words("catalogue.channel_voice"),
    AppliesTo.STATUS: words("catalogue.channel_status"),
    AppliesTo.REGISTRATION: words("catalogue.channel_registration"),
}
