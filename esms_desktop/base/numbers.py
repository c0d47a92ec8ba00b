"""Numbers as a shop owner reads them: 1.943.930 in Vietnamese, 1,943,930 in English.

The window asks Qt's locale (``gui.widgets.format_count``); the command line and the
core's messages use this. An English reader takes "2.550 VND" for two and a half dong.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def grouped(value: int | float | Decimal | str, lang: str = "vi") -> str:
    """A whole number (an amount is rounded to the dong) grouped in threes as ``lang`` writes it."""
    try:
        number = round(Decimal(str(value)))
    except (InvalidOperation, ValueError, OverflowError):  # not a number, NaN, infinity
        return str(value)
    text = f"{number:,}"
    return text if lang == "en" else text.replace(",", ".")
