"""Turn the rows of a customer file into recipients, accounting for every row.

Each data row ends in exactly one state: ready (a normalised number and its
carrier), rejected (with the reason), duplicate (of an earlier row) or
blocked (on the user's do-not-send list). The counts always add up to the
rows read; completely empty rows are not customers and are not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path

from esms_desktop.bulk import collector_paused
from esms_desktop.carriers import Carrier
from esms_desktop.errors import InputFileError
from esms_desktop.importing.columns import ColumnMapping, guess_mapping
from esms_desktop.importing.reader import Table, cell_text, read_table
from esms_desktop.phones import PhoneProblem, read_phone


class RowState(Enum):
    READY = "ready"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class RowLayout:
    """What every row of one list shares: how many columns it has, which is the phone."""

    width: int
    phone: int


@dataclass(slots=True)
class Recipient:
    """One data row of the file and what became of it.

    The row's cells are the file's own (shared with the :class:`Table`, not
    copied); a cell becomes text only when something asks for it, so a column
    that no message uses costs nothing.
    """

    row: int
    cells: Sequence[object]
    layout: RowLayout
    state: RowState
    phone: str | None = None
    carrier: Carrier | None = None
    problem: PhoneProblem | None = None
    duplicate_of: int | None = None
    #: The old 11-digit number this one was converted from, if any.
    converted_from: str | None = None

    def value(self, index: int) -> str:
        """The text of column ``index`` ("" past the row's end)."""
        cells = self.cells
        return cell_text(cells[index]) if 0 <= index < len(cells) else ""

    @property
    def values(self) -> list[str]:
        """Every column's text, as wide as the header."""
        return [self.value(i) for i in range(self.layout.width)]

    @property
    def raw_phone(self) -> str:
        """The phone cell as the user typed it."""
        return self.value(self.layout.phone)


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
        return "" if index is None else recipient.value(index)


def _blank(cells: Sequence[object]) -> bool:
    """True when no cell of the row shows anything (None, "" or white space)."""
    for cell in cells:
        if cell is None:
            continue
        if not isinstance(cell, str) or cell.strip():
            return False
    return True


def build_recipients(
    table: Table, mapping: ColumnMapping, opt_out: set[str] | frozenset[str] = frozenset()
) -> RecipientList:
    """Classify every non-empty row under the header. ``opt_out`` holds ``0xxxxxxxxx``.

    This loop runs once per row of files of a million rows, so it does only what
    every row needs: the phone cell is read, the other cells wait until asked for.
    """
    result = RecipientList(table, mapping)
    first_row_of: dict[str, int] = {}
    layout = RowLayout(len(mapping.columns), mapping.phone)
    at = mapping.phone
    ready, rejected = RowState.READY, RowState.REJECTED
    out = result.rows
    append = out.append
    rows = table.rows
    for index in range(mapping.first_data_row - 1, len(rows)):
        cells = rows[index]
        raw = cells[at] if at < len(cells) else None
        if (raw is None or (isinstance(raw, str) and not raw.strip())) and _blank(cells):
            continue
        number, carrier, problem, converted = read_phone(raw)
        if number is None:
            append(Recipient(index + 1, cells, layout, rejected, problem=problem))
            continue
        recipient = Recipient(
            index + 1, cells, layout, ready, number, carrier, None, None, converted
        )
        if number in opt_out:
            recipient.state = RowState.BLOCKED
        elif number in first_row_of:
            recipient.state = RowState.DUPLICATE
            recipient.duplicate_of = first_row_of[number]
        else:
            first_row_of[number] = index + 1
        append(recipient)
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
    with collector_paused():
        return _open(path, sheet, phone_column, opt_out)


def _open(
    path: str | Path,
    sheet: str | None,
    phone_column: str | None,
    opt_out: set[str] | frozenset[str],
) -> RecipientList:
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
