"""Turn the rows of a customer file into recipients, accounting for every row.

Each data row ends in exactly one state: ready (a normalised number and its
carrier), rejected (with the reason), duplicate (of an earlier row) or
blocked (on the user's do-not-send list). The counts always add up to the
rows read; completely empty rows are not customers and are not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter
from pathlib import Path
from typing import Any

from esms_desktop.base.bulk import collector_paused, column, first_seen, map_in_slices, slices
from esms_desktop.base.texts import words
from esms_desktop.importing.cells import plain
from esms_desktop.importing.columns import ColumnMapping, guess_mapping
from esms_desktop.importing.file_access import refuse
from esms_desktop.importing.legacy_text import LegacyText, apply_choice, garbled_among
from esms_desktop.importing.reader import Table, cell_text, read_table
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.phones import PhoneProblem, Reading, read_phones


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
    #: Whether the file's text looks written in an old Vietnamese encoding, and whether
    #: it was converted (``importing.legacy_text``).
    legacy: LegacyText = field(default_factory=LegacyText)
    _garbled: dict[int, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)
    _positions: dict[RowState, list[int]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def columns(self) -> list[str]:
        return self.mapping.columns

    def by_state(self, state: RowState) -> list[Recipient]:
        return map_in_slices(self.rows.__getitem__, self.positions(state))

    def positions(self, state: RowState) -> list[int]:
        """Where in :attr:`rows` the rows in ``state`` are (found in C loops, a slice at a
        time, once per state: the checks and the report ask several times)."""
        found = self._positions.get(state)
        if found is None:
            found = self._positions[state] = self._find(state)
        return list(found)

    def _find(self, state: RowState) -> list[int]:
        states = self.states
        if state not in states:
            return []
        found: list[int] = []
        start = 0
        for some in slices(states):
            found += compress(range(start, start + len(some)), map(is_, some, repeat(state)))
            start += len(some)
        return found

    @cached_property
    def states(self) -> list[RowState]:
        """Each row's state: a list's rows do not change after :func:`build_recipients`."""
        return map_in_slices(_STATE, self.rows)

    @cached_property
    def row_numbers(self) -> list[int]:
        """Each row's spreadsheet row number, in :attr:`rows` order."""
        return map_in_slices(_ROW, self.rows)

    @cached_property
    def ready(self) -> list[Recipient]:
        """The sendable rows. Read often (every check, every preview), computed once."""
        return self.by_state(RowState.READY)

    def counts(self) -> Counter[RowState]:
        return Counter(self._counts)

    @cached_property
    def _counts(self) -> dict[RowState, int]:
        # Counted by list.count (a C loop): hashing an Enum member is Python code.
        states = self.states
        return {state: n for state in RowState if (n := states.count(state))}

    @cached_property
    def converted(self) -> int:
        """How many sendable rows had an old 11-digit number, converted to the new one."""
        return len(self.ready) - map_in_slices(_CONVERTED, self.ready).count(None)

    @cached_property
    def hidden_ready(self) -> frozenset[int]:
        """The ready rows (spreadsheet numbers) Excel hides, by hand or by a filter: held
        back (the check says so, ``checks.audience_rules``)."""
        hidden = self.table.hidden
        if not hidden:
            return frozenset()
        return frozenset(hidden.intersection(map(_ROW, self.ready)))

    @cached_property
    def held_before_check(self) -> frozenset[int]:
        """The ready rows a check will hold back whatever the message: hidden in Excel, or
        with garbled text (until a check says which cells the message uses)."""
        return self.hidden_ready | self.garbled_ready

    def summarise(self) -> None:
        """Work out now what is said about the whole list (its sendable rows, counts): a
        million rows take ~0.5 s, better spent on the thread that read the file than
        on the window's, when it first shows them."""
        for summary in ("ready", "_counts", "converted", "row_numbers", "held_before_check"):
            getattr(self, summary)  # a cached property: computed once, kept

    @cached_property
    def garbled_ready(self) -> frozenset[int]:
        """The ready rows (spreadsheet numbers) with a cell that still looks garbled, while
        the file is found in an old encoding and not converted: the rows held back
        until a check says which cells the message uses (a row whose message carries
        garbled text is held back by the check, ``checks.text_rules``). Empty for a
        file that reads right, or once converted."""
        legacy = self.legacy
        if legacy.found is None or legacy.converted is not None or not self.ready:
            return frozenset()
        held: set[int] = set()
        for index in range(len(self.columns)):
            if index != self.mapping.phone:
                held |= self.garbled_rows(index)
        if not held:
            return frozenset()
        return frozenset(held.intersection(map(_ROW, self.ready)))

    def garbled_rows(self, index: int) -> frozenset[int]:
        """The rows whose cell in column ``index`` still looks garbled (an old encoding).

        Worked out once per column, each distinct text judged once: the window checks
        again after every edit of the message, and a list's cells do not change.
        """
        found = self._garbled.get(index)
        if found is None:
            values = column(list(map(_CELLS, self.rows)), index)
            bad = garbled_among(values)
            found = frozenset(
                compress(self.row_numbers, map(bad.__contains__, values)) if bad else ()
            )
            self._garbled[index] = found
        return found

    def value(self, recipient: Recipient, column: str) -> str:
        index = self.mapping.index_of(column)
        return "" if index is None else recipient.value(index)

    def plain_value(self, recipient: Recipient, column: str) -> str:
        """:meth:`value` with a number as the reader gave it, whatever Excel shows it as
        ("1500000" from a cell shown "1.500.000 đ"): for a field that takes digits only."""
        index = self.mapping.index_of(column)
        cells = recipient.cells
        if index is None or not 0 <= index < len(cells):
            return ""
        return cell_text(plain(cells[index]))


_STATE = attrgetter("state")
_CELLS = attrgetter("cells")
_ROW = attrgetter("row")
_CONVERTED = attrgetter("converted_from")


def _blank(cells: Sequence[object]) -> bool:
    """True when no cell of the row shows anything (None, "" or white space)."""
    for cell in cells:
        if cell is None:
            continue
        if not isinstance(cell, str) or cell.strip():
            return False
    return True


def _name_uncomputed(
    readings: list[Reading],
    problems: list[PhoneProblem | None],
    uncomputed: frozenset[tuple[int, int]],
    first_row: int,
    at: int,
) -> None:
    """An "empty" phone cell that is a formula without a saved value says so (in place)."""
    for i, problem in enumerate(problems):
        if problem is PhoneProblem.EMPTY and (first_row + i, at) in uncomputed:
            readings[i] = (None, None, PhoneProblem.FORMULA_NO_VALUE, None)
            problems[i] = PhoneProblem.FORMULA_NO_VALUE


def build_recipients(
    table: Table, mapping: ColumnMapping, opt_out: set[str] | frozenset[str] = frozenset()
) -> RecipientList:
    """Classify every non-empty row under the header. ``opt_out`` holds ``0xxxxxxxxx``.

    Files of a million rows pass here, so the work is done a column at a time in
    C loops (``map``), and only the phone cell of each row is read: the other
    cells wait until asked for.
    """
    result = RecipientList(table, mapping)
    body = table.rows[mapping.first_data_row - 1 :]
    numbers_at = range(mapping.first_data_row, mapping.first_data_row + len(body))
    at = mapping.phone
    phones = column(body, at)
    if table.shown_numbers:  # the phone reader reads the numbers as the reader gave them
        phones = map_in_slices(plain, phones)
    readings = read_phones(phones)
    problems = map_in_slices(itemgetter(2), readings)
    if PhoneProblem.EMPTY in problems and table.uncomputed:
        _name_uncomputed(readings, problems, table.uncomputed, mapping.first_data_row, at)
    if PhoneProblem.EMPTY in problems:
        body, readings, problems, row_numbers = _without_empty_rows(
            body, readings, problems, numbers_at
        )
    else:
        row_numbers = list(numbers_at)
    numbers = map_in_slices(itemgetter(0), readings)
    states, duplicate_of = _states(numbers, row_numbers, opt_out, table.hidden)
    result.rows = list(
        map(
            Recipient,
            row_numbers,
            body,
            repeat(RowLayout(len(mapping.columns), at)),
            states,
            numbers,
            map(itemgetter(1), readings),
            problems,
            duplicate_of,
            map(itemgetter(3), readings),
        )
    )
    return result


def _without_empty_rows(
    body: list[list[Any]], readings: list[Reading], problems: list[Any], numbers_at: range
) -> tuple[list[list[Any]], list[Reading], list[Any], list[int]]:
    """The rows, readings, problems and row numbers without the completely empty rows:
    they are not customers and are left out of every count."""
    keep = [
        p is not PhoneProblem.EMPTY or not _blank(c) for p, c in zip(problems, body, strict=True)
    ]
    return (
        list(compress(body, keep)),
        list(compress(readings, keep)),
        list(compress(problems, keep)),
        list(compress(numbers_at, keep)),
    )


def _states(
    numbers: list[str | None],
    row_numbers: list[int],
    opt_out: set[str] | frozenset[str],
    hidden: frozenset[int] = frozenset(),
) -> tuple[list[RowState], list[int | None]]:
    """Each row's state (rejected, blocked, ready, or a duplicate of the number's first
    row) and, for a duplicate, that first row. A number also on a row in sight is sent from
    its first such row: the row Excel hides (by a filter: "paid") is not what is meant."""
    first = first_seen(numbers, row_numbers)  # the first row of each number
    if hidden:
        shown = [(n, r) for n, r in zip(numbers, row_numbers, strict=True) if r not in hidden]
        first.update(first_seen([n for n, _ in shown], [r for _, r in shown]))
    ready, rejected, blocked, duplicate = (
        RowState.READY, RowState.REJECTED, RowState.BLOCKED, RowState.DUPLICATE
    )  # fmt: skip
    states = [
        rejected
        if n is None
        else blocked
        if n in opt_out
        else ready
        if first[n] == r
        else duplicate
        for n, r in zip(numbers, row_numbers, strict=True)
    ]
    duplicate_of = [
        first[n] if s is duplicate else None for n, s in zip(numbers, states, strict=True)
    ]
    return states, duplicate_of


def open_recipients(
    path: str | Path,
    *,
    sheet: str | None = None,
    phone_column: str | None = None,
    opt_out: set[str] | frozenset[str] = frozenset(),
    convert_text: str = "none",
    read: Callable[[], Table] | None = None,
) -> RecipientList:
    """Read a file, guess its columns (``phone_column`` overrides) and classify its rows.

    ``read``: the table of ``path`` and ``sheet`` when another thread reads it already
    (``importing.ahead``); what it raises is raised here.

    Text in an old Vietnamese encoding (VNI, TCVN3, mojibake) is always looked for
    (``RecipientList.legacy``) and converted, headers included, as ``convert_text``
    says: ``none`` (the default: the user decides after seeing it), ``auto`` (what
    was found), or an encoding of :data:`importing.legacy_text.CHOICES`.

    Raises :class:`InputFileError` when the file cannot be read or holds no
    customer rows (a header alone, say), and :class:`ValueError` when
    ``phone_column`` names no column.
    """
    with collector_paused():
        return _open(path, sheet, phone_column, opt_out, convert_text, read)


def _open(
    path: str | Path,
    sheet: str | None,
    phone_column: str | None,
    opt_out: set[str] | frozenset[str],
    convert_text: str = "none",
    read: Callable[[], Table] | None = None,
) -> RecipientList:
    table = read() if read is not None else read_table(path, sheet)
    legacy = apply_choice(table.rows, convert_text)
    mapping = guess_mapping(table)
    if phone_column:
        index = mapping.index_of(phone_column)
        if index is None:
            old = legacy.found and legacy.converted is None
            hint = words("recipients.garbled_names_hint", name=legacy.name) if old else ""
            raise ValueError(
                words(
                    "recipients.no_phone_column", column=phone_column, sheet=table.sheet, hint=hint
                )
            )
        mapping.phone = index
    recipients = build_recipients(table, mapping, opt_out)
    recipients.legacy = legacy
    recipients.summarise()
    if not recipients.rows:
        raise refuse(
            table.path,
            words("importing.header_only", sheet=table.sheet, row=mapping.header_row or 1),
            f"sheet {table.sheet}, header in row {mapping.header_row}",
        )
    return recipients
