"""Consent to advertising, read from a column of the customer list.

Vietnam's Personal Data Protection Law (Law 91/2025/QH15, in force since
1 January 2026, with Decree 356/2025) lets a business use a person's data for
advertising only with that person's consent, and the business must be able to
show it. A list shows it with a column such as "Đồng ý nhận quảng cáo" holding
a clear yes (Có, x, 1, yes, đồng ý, TRUE) or the date consent was given. A row
without a clear yes is held back from an advertising send; the rest of the
file is not judged here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from esms_desktop.base.texts import Words, words
from esms_desktop.importing.columns import normalize_header
from esms_desktop.importing.dates import CellDate, read_date
from esms_desktop.telecom.sms_text import remove_diacritics

__all__ = [
    "ASSUMED",
    "NO_COLUMN",
    "consent_column",
    "gives_consent",
    "rule_text",
]

#: Headers (as :func:`normalize_header` writes them) that name a consent column.
_EXACT = frozenset(
    {
        "dongynhanquangcao",
        "dongyqc",
        "dongyquangcao",
        "dongynhanqc",
        "dongynhantin",
        "dongynhantinquangcao",
        "dongynhantinqc",
        "dongy",
        "dy",
        "dyqc",
        "chophepquangcao",
        "chophepqc",
        "nhanquangcao",
        "nhanqc",
        "ngaydongy",
        "ngaydongyqc",
        "ngaydongyquangcao",
        "consent",
        "marketingconsent",
        "adconsent",
        "adsconsent",
        "advertisingconsent",
        "consentdate",
        "optin",
        "marketingoptin",
        "smsoptin",
    }
)
_TOKENS = ("dongynhan", "dongyqc", "dongyquangcao", "consent", "optin")
#: A header with one of these is about refusing ("Không đồng ý nhận QC", "Từ chối QC",
#: "Opt-out"): its "x" would mean no, so it is never taken for a consent column.
_REFUSAL = ("khong", "tuchoi", "huy", "rut", "ngung", "optout", "unsubscribe", "refus",
            "withdraw", "noconsent", "notconsent", "dontconsent", "declin")  # fmt: skip

#: Cell texts (folded: lowercase, no diacritics) that are a clear yes.
_YES = frozenset(
    {
        "co",
        "c",
        "x",
        "1",
        "yes",
        "y",
        "dong y",
        "da dong y",
        "co dong y",
        "true",
        "ok",
        "v",
        "\u2713",
        "\u2714",
        "\u2611",
        "agree",
        "agreed",
        "roi",
        "da",
    }
)

#: The rule recorded when the list has no consent column and the user said every
#: customer consented (``--assume-consent`` or the window's setting).
ASSUMED = "assumed"
#: The rule recorded when the list has no consent column and nobody said so.
NO_COLUMN = "none"
#: Excel counts days from 30/12/1899: a number from this one on is a date in a consent
#: column (1 Jan 1990), not a count.
_FIRST_SERIAL = 32874


def consent_column(columns: Sequence[str]) -> int | None:
    """Where the consent column is, by its header; None when the list has none."""
    keys = [normalize_header(c) for c in columns]
    keys = ["" if any(word in key for word in _REFUSAL) else key for key in keys]
    for i, key in enumerate(keys):
        if key in _EXACT:
            return i
    for i, key in enumerate(keys):
        if any(token in key for token in _TOKENS):
            return i
    return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = remove_diacritics(text).casefold().strip()
    return " ".join(re.sub(r"[.!]+$", "", text).split())


def gives_consent(cell: object) -> bool:
    """True when the cell is a clear yes or a date; anything else (empty, "không",
    "?", a note) is not consent."""
    if cell is None:
        return False
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, dt.date):
        return True
    if isinstance(cell, int | float):
        return cell == 1 or cell >= _FIRST_SERIAL
    text = str(cell)
    if _fold(text) in _YES:
        return True
    read = read_date(text.strip())
    return isinstance(read, CellDate) and bool(read.year)


def rule_text(rule: str) -> Words | str:
    """What a campaign's consent rule was, for its report ("" when it had none)."""
    if rule.startswith("column:"):
        return words("recipients.consent_from_column", name=rule.removeprefix("column:"))
    if rule == ASSUMED:
        return words("recipients.consent_assumed")
    if rule == NO_COLUMN:
        return words("recipients.consent_no_column")
    return ""
