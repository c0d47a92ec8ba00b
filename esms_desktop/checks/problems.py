"""What a check finds: a problem, how bad it is, why, and the rows it concerns.

A problem is a value, not a sentence: its reason is :class:`Words` and its rows
a tuple. The row list is added to the reason only where the problem is shown
(:attr:`Problem.shown`), so the reason alone stays at hand for a row's own
explanation (the Customers page, the journal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from esms_desktop.base.texts import Words, words
from esms_desktop.telecom.phones import PhoneProblem


class Severity(Enum):
    #: The campaign cannot be sent until this is fixed.
    BLOCKING = "blocking"
    #: These rows are left out of the send; they stay in the report with the reason.
    ROWS = "rows"
    #: Worth knowing; does not stop anything.
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding. ``code`` is the eSMS code it prevents, or a local name; ``reason``
    says what is wrong and what to do; ``rows`` are the spreadsheet rows it concerns."""

    code: str
    severity: Severity
    reason: Words
    rows: tuple[int, ...] = field(default=())

    @property
    def shown(self) -> Words:
        """The problem as the user reads it: the reason, then the rows, "(rows 3, 4)"."""
        if not self.rows:
            return self.reason
        if len(self.rows) == 1:
            return words("checks.at_row", reason=self.reason, rows=self.rows)
        return words("checks.at_rows", reason=self.reason, rows=self.rows)

    def __str__(self) -> str:
        return str(self.shown)


#: Why a phone cell was refused, as a shop owner would say it, and what to do.
PHONE_REASONS: dict[PhoneProblem, Words] = {
    PhoneProblem.EMPTY: words("phones.empty"),
    PhoneProblem.MULTIPLE: words("phones.multiple"),
    PhoneProblem.HAS_LETTERS: words("phones.has_letters"),
    PhoneProblem.FOREIGN: words("phones.foreign"),
    PhoneProblem.LANDLINE: words("phones.landline"),
    PhoneProblem.SERVICE_NUMBER: words("phones.service_number"),
    PhoneProblem.UNKNOWN_PREFIX: words("phones.unknown_prefix"),
    PhoneProblem.UNKNOWN_OLD_PREFIX: words("phones.unknown_old_prefix"),
    PhoneProblem.TOO_SHORT: words("phones.too_short"),
    PhoneProblem.TOO_LONG: words("phones.too_long"),
    PhoneProblem.LOST_DIGITS: words("phones.lost_digits"),
    PhoneProblem.FORMULA_NO_VALUE: words("phones.formula_no_value"),
}


def phone_reason(problem: PhoneProblem | None) -> Words | str:
    """Why a phone cell was refused; empty when it was not."""
    return "" if problem is None else PHONE_REASONS[problem]


#: A cell that goes into the message still looks garbled (an old Vietnamese encoding).
GARBLED_TEXT = words("checks.garbled_text")
#: Why a row hidden in Excel is held back.
HIDDEN_ROW = words("checks.hidden_row")


def garbled_header_hint(name: Words | str) -> Words:
    """A column the message names is missing, and the file's text looks like the old
    encoding ``name``: its headers may be garbled too."""
    return words("checks.garbled_header", name=name)
