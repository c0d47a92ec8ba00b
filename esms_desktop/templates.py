"""Customer-care (CSKH) templates: eSMS's ``{P1,20}`` placeholders and matching.

A registered template such as ``Cam on {P1,30} da mua hang. Ma don {P2,20}``
accepts any message where the fixed text is identical and each placeholder is
replaced by at most its length in characters. eSMS refuses (146) every message
that matches no template of the brandname on the recipient's carrier.
"""

from __future__ import annotations

import re
import unicodedata
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
    pattern: re.Pattern[str]

    def match(self, content: str) -> tuple[str, ...] | None:
        """The placeholder values if ``content`` fits this template, else None."""
        found = self.pattern.fullmatch(unicodedata.normalize("NFC", content))
        return None if found is None else found.groups()

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
    regex = []
    pos = 0
    for found in _PLACEHOLDER.finditer(text):
        literal = text[pos : found.start()]
        literals.append(literal)
        regex.append(re.escape(literal))
        length = int(found.group(2))
        placeholders.append(Placeholder(found.group(1).upper(), length))
        # A value may be empty but must not cross a line break.
        regex.append(f"([^\\n]{{0,{length}}})")
        pos = found.end()
    literals.append(text[pos:])
    regex.append(re.escape(text[pos:]))
    return TemplateShape(
        text, tuple(literals), tuple(placeholders), re.compile("".join(regex), re.DOTALL)
    )


def matches(template: str, content: str) -> bool:
    """True when ``content`` fits ``template``."""
    return parse_template(template).match(content) is not None
