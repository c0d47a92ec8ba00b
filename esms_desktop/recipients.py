"""Turn the rows of a customer file into recipients, accounting for every row.

Each data row ends in exactly one state: ready (a normalised number and its
carrier), rejected (with the reason), duplicate (of an earlier row) or
blocked (on the user's do-not-send list). The counts always add up to the
rows read; completely empty rows are not customers and are not counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from esms_desktop.carriers import Carrier
from esms_desktop.importing.columns import ColumnMapping
from esms_desktop.importing.reader import Table, cell_text
from esms_desktop.phones import PhoneProblem, normalize_phone


class RowState(Enum):
    READY = "ready"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    BLOCKED = "blocked"


@dataclass(slots=True)
class Recipient:
    """One data row of the file and what became of it."""

    row: int
    values: list[str]
    raw_phone: str
    state: RowState
    phone: str | None = None
    carrier: Carrier | None = None
    problem: PhoneProblem | None = None
    duplicate_of: int | None = None
    #: The old 11-digit number this one was converted from, if any.
    converted_from: str | None = None


@dataclass
class RecipientList:
    """All data rows of a table, with the mapping that read them."""

    table: Table
    mapping: ColumnMapping
    rows: list[Recipient] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return self.mapping.columns

    def by_state(self, state: RowState) -> list[Recipient]:
        return [r for r in self.rows if r.state is state]

    @property
    def ready(self) -> list[Recipient]:
        return self.by_state(RowState.READY)

    def counts(self) -> Counter[RowState]:
        return Counter(r.state for r in self.rows)

    def value(self, recipient: Recipient, column: str) -> str:
        index = self.mapping.index_of(column)
        if index is None or index >= len(recipient.values):
            return ""
        return recipient.values[index]


def build_recipients(
    table: Table, mapping: ColumnMapping, opt_out: set[str] | frozenset[str] = frozenset()
) -> RecipientList:
    """Classify every non-empty row under the header. ``opt_out`` holds ``0xxxxxxxxx``."""
    result = RecipientList(table, mapping)
    first_row_of: dict[str, int] = {}
    width = len(mapping.columns)
    for index in range(mapping.first_data_row - 1, len(table.rows)):
        cells = table.rows[index]
        values = [cell_text(cells[i]) if i < len(cells) else "" for i in range(width)]
        if not any(values):
            continue
        row = index + 1
        raw = cells[mapping.phone] if mapping.phone < len(cells) else None
        phone = normalize_phone(raw)
        recipient = Recipient(row, values, cell_text(raw), RowState.REJECTED)
        if not phone.ok or phone.number is None:
            recipient.problem = phone.problem
        else:
            recipient.phone = phone.number
            recipient.carrier = phone.carrier
            recipient.converted_from = phone.converted_from
            if phone.number in opt_out:
                recipient.state = RowState.BLOCKED
            elif phone.number in first_row_of:
                recipient.state = RowState.DUPLICATE
                recipient.duplicate_of = first_row_of[phone.number]
            else:
                recipient.state = RowState.READY
                first_row_of[phone.number] = row
        result.rows.append(recipient)
    return result
