"""Customer-care (CSKH) templates: eSMS's ``{P1,20}`` placeholders and matching.

A registered template such as ``Cam on {P1,30} da mua hang. Ma don {P2,20}``
accepts any message where the fixed text is identical and each placeholder is
replaced by at most its length in characters. eSMS refuses (146) every message
that matches no template of the brandname on the recipient's carrier.

Matching never backtracks over user data: a regular expression with many
adjacent ``{P,30}`` blanks takes exponential time on a message that almost
fits (39 s for one row with eight blanks). :meth:`TemplateShape.match` walks
the template once, keeping the set of positions each literal can end at, so it
is linear in the message's length for a given template.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_PLACEHOLDER = re.compile(r"\{\s*(P\d+)\s*,\s*(\d+)\s*\}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    max_length: int


@dataclass(frozen=True, slots=True)
class TemplateShape:
    """A template split into its fixed text and its placeholders."""

    text: str
    literals: tuple[str, ...]
    placeholders: tuple[Placeholder, ...]

    def match(self, content: str) -> tuple[str, ...] | None:
        """The placeholder values if ``content`` fits this template, else None.

        Each blank takes at most its length in characters, possibly none, and
        never a line break; the fixed text must be identical.
        """
        content = unicodedata.normalize("NFC", content)
        first = self.literals[0]
        if not content.startswith(first):
            return None
        size = len(content)
        newlines = [i for i, ch in enumerate(content) if ch == "\n"]
        reached = [len(first)]
        #: For each step, where a literal ended -> (where the blank began, where it ended).
        steps: list[dict[int, tuple[int, int]]] = []
        for index, blank in enumerate(self.placeholders):
            literal = self.literals[index + 1]
            last = index == len(self.placeholders) - 1
            starts = _occurrences(content, literal, last=last)
            ends: dict[int, tuple[int, int]] = {}
            for begin in reached:
                stop = min(begin + blank.max_length, _next_newline(newlines, begin, size))
                for at in _between(starts, begin, stop):
                    ends.setdefault(at + len(literal), (begin, at))
            if not ends:
                return None
            steps.append(ends)
            reached = sorted(ends)
        if not self.placeholders:
            return () if content == first else None
        if size not in steps[-1]:
            return None
        values: list[str] = []
        end = size
        for ends in reversed(steps):
            begin, at = ends[end]
            values.append(content[begin:at])
            end = begin
        return tuple(reversed(values))

    def fill(self, values: dict[str, str] | list[str]) -> str:
        """The template with placeholders replaced (by name or in order)."""
        out = [self.literals[0]]
        for i, ph in enumerate(self.placeholders):
            value = values[ph.name] if isinstance(values, dict) else values[i]
            out += [value, self.literals[i + 1]]
        return "".join(out)

    @property
    def skeleton(self) -> str:
        """The template with placeholders shown as ``[...]``, for display."""
        return "[...]".join(self.literals)


@lru_cache(maxsize=1024)
def parse_template(text: str) -> TemplateShape:
    """Parse a template; ``{P1,20}`` becomes a group of at most 20 characters."""
    text = unicodedata.normalize("NFC", text)
    literals: list[str] = []
    placeholders: list[Placeholder] = []
    pos = 0
    for found in _PLACEHOLDER.finditer(text):
        literals.append(text[pos : found.start()])
        placeholders.append(Placeholder(found.group(1).upper(), int(found.group(2))))
        pos = found.end()
    literals.append(text[pos:])
    return TemplateShape(text, tuple(literals), tuple(placeholders))


def _occurrences(content: str, literal: str, *, last: bool) -> Sequence[int]:
    """Sorted positions where ``literal`` starts (the last one must end the content)."""
    size = len(content)
    if last:
        return [size - len(literal)] if content.endswith(literal) else []
    if not literal:
        return range(size + 1)
    found: list[int] = []
    at = content.find(literal)
    while at != -1:
        found.append(at)
        at = content.find(literal, at + 1)
    return found


def _next_newline(newlines: list[int], begin: int, size: int) -> int:
    i = bisect_left(newlines, begin)
    return newlines[i] if i < len(newlines) else size


def _between(starts: Sequence[int], low: int, high: int) -> Sequence[int]:
    return starts[bisect_left(starts, low) : bisect_right(starts, high)]


def matches(template: str, content: str) -> bool:
    """True when ``content`` fits ``template``."""
    return parse_template(template).match(content) is not None


def fits_but_too_long(template: str, content: str) -> bool:
    """True when ``content`` would fit ``template`` were its blanks long enough: the fixed
    text is right and a value (a long name, say) is longer than its blank allows."""
    shape = parse_template(template)
    longer = tuple(Placeholder(p.name, len(content)) for p in shape.placeholders)
    return TemplateShape(shape.text, shape.literals, longer).match(content) is not None


_GREETINGS = ("camon", "chao", "kinhgui", "thankyou", "thanks", "dear", "hello", "hi")


def guess_columns(shape: TemplateShape, columns: list[str]) -> list[str | None]:
    """A column for each blank where the template's own words name one, else None.

    "... Ma don hang {P2,20}" takes the column "Mã đơn"; a blank right after a
    greeting ("Cam on {P1,30}") takes the customers' name column. A column is
    used once; nothing is guessed when nothing fits.
    """
    from esms_desktop.importing.columns import is_name_header, is_phone_header, normalize_header

    usable = [c for c in columns if not is_phone_header(c)]
    taken: set[str] = set()
    guesses: list[str | None] = []
    for index in range(len(shape.placeholders)):
        before = normalize_header(shape.literals[index])[-40:]
        named = [
            c
            for c in usable
            if c not in taken and len(normalize_header(c)) >= 4 and normalize_header(c) in before
        ]
        choice: str | None = max(named, key=lambda c: len(normalize_header(c)), default=None)
        if choice is None and any(before.endswith(g) for g in _GREETINGS):
            choice = next((c for c in usable if c not in taken and is_name_header(c)), None)
        if choice is not None:
            taken.add(choice)
        guesses.append(choice)
    return guesses
