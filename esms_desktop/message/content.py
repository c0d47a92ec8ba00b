"""Message content with ``{Column name}`` placeholders, filled per row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from typing import cast

from esms_desktop.base.bulk import column, in_slices
from esms_desktop.importing.reader import cell_text
from esms_desktop.recipients.recipient_list import Recipient, RecipientList

_PLACEHOLDER = re.compile(r"\{([^{}\n]{1,80})\}")
#: eSMS's own template variables, which are not column names.
_ESMS_VARIABLE = re.compile(r"^\s*P\d+\s*,\s*\d+\s*$", re.IGNORECASE)
#: The same, found anywhere in a text: a blank left in a message copied from a template.
ESMS_VARIABLE = re.compile(r"\{\s*P\d+\s*,\s*\d+\s*\}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ContentTemplate:
    """A message text and the columns its placeholders refer to."""

    text: str
    #: (placeholder as written, column index or None when no such column)
    placeholders: tuple[tuple[str, int | None], ...]
    #: The text cut at its placeholders: fixed text, or the column index to fill in.
    pieces: tuple[str | int, ...] = ()

    @property
    def unknown(self) -> list[str]:
        return [name for name, index in self.placeholders if index is None]

    @property
    def personalised(self) -> bool:
        return bool(self.placeholders)

    @property
    def columns(self) -> list[int]:
        """The column indexes the text fills in, each once."""
        return [index for _, index in self.placeholders if index is not None]

    def render(self, recipient: Recipient) -> str:
        pieces = self.pieces or (self.text,)
        if len(pieces) == 1 and type(pieces[0]) is str:
            return pieces[0]
        value = recipient.value
        return "".join(p if type(p) is str else value(p) for p in pieces)  # type: ignore[arg-type]

    def render_all(self, recipients: Sequence[Recipient]) -> tuple[list[str], list[int]]:
        """:meth:`render` for many rows at once: each row's text, and the rows with a gap
        (a cell the text uses is empty).

        Works column by column so that the per-row work happens in C loops
        (``map``); a campaign of a million rows is rendered in seconds.
        """
        pieces = self.pieces
        if all(isinstance(p, str) for p in pieces):
            return [self.text] * len(recipients), []
        texts = {index: column_texts(recipients, index) for index in set(self.columns)}
        gaps: set[int] = set()
        for values in texts.values():
            if "" in values:
                gaps.update(i for i, v in enumerate(values) if not v)

        def fill(*columns: list[str]) -> list[str]:
            # Each row's pieces joined: the fixed text repeated, the columns in turn (three
            # times faster than str.format, which parses the template again for every row).
            values = iter(columns)
            parts = [repeat(p) if isinstance(p, str) else next(values) for p in pieces]
            return list(map("".join, zip(*parts, strict=False)))  # repeat() never ends

        filled = in_slices(fill, *[texts[p] for p in pieces if isinstance(p, int)])
        return filled, [recipients[i].row for i in sorted(gaps)]

    def empty_values(self, recipient: Recipient) -> list[str]:
        """Placeholders that this row leaves empty."""
        value = recipient.value
        return [name for name, index in self.placeholders if index is not None and not value(index)]


_CELLS = attrgetter("cells")


def column_texts(recipients: Sequence[Recipient], index: int) -> list[str]:
    """The text of column ``index`` of each row (what :meth:`Recipient.value` gives)."""
    return in_slices(lambda some: _column_texts(some, index), recipients)


def _column_texts(recipients: Sequence[Recipient], index: int) -> list[str]:
    cells = column(list(map(_CELLS, recipients)), index)
    if set(map(type, cells)) <= {str}:
        texts = cast(list[str], cells)
        # NFC asked once of the column joined by a line feed (which composes with
        # nothing: the joined text is NFC exactly when every cell is).
        if unicodedata.is_normalized("NFC", "\n".join(texts)):
            return list(map(str.strip, texts))
        return list(map(str.strip, map(unicodedata.normalize, repeat("NFC"), texts)))  # type: ignore[arg-type]
    return list(map(cell_text, cells))


def typed_text(text: str) -> str:
    """The text without its ``{Column}`` placeholders: what was typed, not customer data."""
    return _PLACEHOLDER.sub(" ", text)


def stray_brace(text: str) -> str | None:
    """The text around the first ``{`` or ``}`` that encloses no ``{Column}`` (``{Tên``,
    ``{}``, ``{{Tên}}``), or None: such a brace would reach the customer as it is."""
    rest = _PLACEHOLDER.sub(lambda found: " " * len(found[0]), text)
    at = min((i for i in (rest.find("{"), rest.find("}")) if i >= 0), default=-1)
    return None if at < 0 else text[max(0, at - 12) : at + 24].strip()


def _pieces(text: str, placeholders: dict[str, int | None]) -> tuple[str | int, ...]:
    pieces: list[str | int] = []
    for i, part in enumerate(_PLACEHOLDER.split(text)):
        index = placeholders.get(part) if i % 2 else None
        if index is not None:
            pieces.append(index)
        elif pieces and type(pieces[-1]) is str:
            pieces[-1] = f"{pieces[-1]}{{{part}}}" if i % 2 else f"{pieces[-1]}{part}"
        else:
            pieces.append(f"{{{part}}}" if i % 2 else part)
    return tuple(p for p in pieces if p != "")


def parse_content(text: str, recipients: RecipientList) -> ContentTemplate:
    placeholders: dict[str, int | None] = {}
    for found in _PLACEHOLDER.finditer(text):
        name = found.group(1)
        if _ESMS_VARIABLE.match(name):
            continue
        placeholders[name] = recipients.mapping.index_of(name)
    return ContentTemplate(text, tuple(placeholders.items()), _pieces(text, placeholders))
