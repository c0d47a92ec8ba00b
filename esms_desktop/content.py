"""Message content with ``{Column name}`` placeholders, filled per row."""

from __future__ import annotations

import re
from dataclasses import dataclass

from esms_desktop.recipients import Recipient, RecipientList

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

    @property
    def unknown(self) -> list[str]:
        return [name for name, index in self.placeholders if index is None]

    @property
    def personalised(self) -> bool:
        return bool(self.placeholders)

    def render(self, recipient: Recipient) -> str:
        lookup = dict(self.placeholders)

        def fill(found: re.Match[str]) -> str:
            index = lookup.get(found.group(1))
            if index is None or index >= len(recipient.values):
                return found.group(0)
            return recipient.values[index]

        return _PLACEHOLDER.sub(fill, self.text)

    def empty_values(self, recipient: Recipient) -> list[str]:
        """Placeholders that this row leaves empty."""
        return [
            name
            for name, index in self.placeholders
            if index is not None and not (index < len(recipient.values) and recipient.values[index])
        ]


def parse_content(text: str, recipients: RecipientList) -> ContentTemplate:
    placeholders: dict[str, int | None] = {}
    for found in _PLACEHOLDER.finditer(text):
        name = found.group(1)
        if _ESMS_VARIABLE.match(name):
            continue
        placeholders[name] = recipients.mapping.index_of(name)
    return ContentTemplate(text, tuple(placeholders.items()))
