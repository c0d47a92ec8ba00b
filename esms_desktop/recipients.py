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
from functools import cached_property
from pathlib import Path

from esms_desktop.carriers import Carrier
from esms_desktop.errors import InputFileError
from esms_desktop.importing.columns import ColumnMapping, guess_mapping
from esms_desktop.importing.reader import Table, cell_text, read_table
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

    @cached_property
    def ready(self) -> list[Recipient]:
        """The sendable rows. Read often (every check, every preview), computed once:
        a list's rows do not change after :func:`build_recipients` made it."""
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


def open_recipients(
    path: str | Path,
    *,
    sheet: str | None = None,
    phone_column: str | None = None,
    opt_out: set[str] | frozenset[str] = frozenset(),
) -> RecipientList:
    """Read a file, guess its columns (``phone_column`` overrides) and classify its rows.

    Raises :class:`InputFileError` when the file cannot be read or holds no
    customer rows (a header alone, say), and :class:`ValueError` when
    ``phone_column`` names no column.
    """
    table = read_table(path, sheet)
    mapping = guess_mapping(table)
    if phone_column:
        index = mapping.index_of(phone_column)
        if index is None:
            raise ValueError(f"no column {phone_column!r} in sheet {table.sheet!r}")
        mapping.phone = index
    recipients = build_recipients(table, mapping, opt_out)
    if not recipients.rows:
        raise InputFileError(
            f"{table.path.name}: there are no customer rows under the header",
            detail=f"sheet {table.sheet}, header in row {mapping.header_row}",
        )
    return recipients
