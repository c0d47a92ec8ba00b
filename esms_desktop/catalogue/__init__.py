"""The one place that turns eSMS result codes into words for the user."""

from __future__ import annotations

from dataclasses import replace

from esms_desktop.catalogue.codes import ENTRIES, LOCAL_ENTRIES, UNDELIVERED, UNKNOWN
from esms_desktop.catalogue.model import AppliesTo, CodeInfo, Scope, Text

__all__ = [
    "UNDELIVERED",
    "AppliesTo",
    "CodeInfo",
    "Scope",
    "Text",
    "all_codes",
    "describe",
    "lookup",
]

_BY_CODE: dict[str, CodeInfo] = {entry.code: entry for entry in ENTRIES + LOCAL_ENTRIES}


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


def describe(code: object, lang: str = "vi", raw_message: str = "") -> str:
    """A multi-line text for ``code``, as printed by ``esms-desktop explain``."""
    info = lookup(code, raw_message)
    text = info.text(lang)
    en = lang == "en"
    lines = [f"{info.code} - {text.title}", "", text.explanation, ""]
    lines.append(("What to do: " if en else "Nên làm gì: ") + text.action)
    if info.known:
        retry = ("yes" if en else "có") if info.retry_helps else ("no" if en else "không")
        charged = ("yes" if en else "có") if info.charged else ("no" if en else "không")
        applies = ", ".join(_channel_name(c, lang) for c in info.applies_to)
        lines += [
            "",
            ("Applies to: " if en else "Áp dụng cho: ") + applies,
            ("Sending again later can help: " if en else "Gửi lại sau có thể được: ") + retry,
            ("Money taken: " if en else "Bị trừ tiền: ") + charged,
        ]
    if info.raw_message:
        lines += ["", ("eSMS said: " if en else "eSMS báo: ") + info.raw_message]
    return "\n".join(lines)


_CHANNEL_NAMES = {
    AppliesTo.ALL: ("mọi loại tin", "all messages"),
    AppliesTo.CSKH: ("tin chăm sóc khách hàng", "customer-care SMS"),
    AppliesTo.QC: ("tin quảng cáo", "advertising SMS"),
    AppliesTo.FIXED: ("tin đầu số cố định", "fixed-number SMS"),
    AppliesTo.ZALO: ("tin Zalo", "Zalo messages"),
    AppliesTo.VOICE: ("cuộc gọi thoại", "voice calls"),
    AppliesTo.STATUS: ("tra cứu trạng thái", "status look-ups"),
    AppliesTo.REGISTRATION: ("đăng ký mẫu, gói OA", "template and OA registration"),
}


def _channel_name(channel: AppliesTo, lang: str) -> str:
    vi, en = _CHANNEL_NAMES[channel]
    return en if lang == "en" else vi
