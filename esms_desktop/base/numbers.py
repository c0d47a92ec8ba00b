"""Numbers as a shop owner reads them: 1.943.930 in Vietnamese, 1,943,930 in English.

The window asks Qt's locale (``gui.widgets.format_count``); texts group a number
with ``{amount:n}`` (see ``base.texts``). This gives the same for a bare number
outside a sentence. An English reader takes "2.550 VND" for two and a half dong.
"""

from __future__ import annotations

from decimal import Decimal

from esms_desktop.base.texts import words


def grouped(value: int | float | Decimal | str) -> str:
    """A whole number (an amount is rounded to the dong) grouped in threes as the current
    language writes it; what is not a number stays as it is."""
    return str(words("numbers.grouped", number=value))
