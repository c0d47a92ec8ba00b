"""How long a campaign's SMS are: each row's message as it will be sent, and the parts
they come to over the rows (what the price is multiplied by). The check counts them so
(:mod:`esms_desktop.checks.run`), and the window's counter asks the same."""

from __future__ import annotations

from dataclasses import dataclass

from esms_desktop.message.content import ContentTemplate, parse_content
from esms_desktop.recipients.recipient_list import Recipient, RecipientList
from esms_desktop.telecom.sms_text import is_plain, nfc_all, remove_diacritics
from esms_desktop.telecom.sms_text import parts_of_texts as sms_parts

__all__ = ["MessageSizes", "message_sizes", "rendered_messages"]


def rendered_messages(
    content: ContentTemplate, rows: list[Recipient], strip_diacritics: bool
) -> tuple[list[str], list[int]]:
    """Each row's message as it will be sent (the cells in NFC, without diacritics when
    asked), and the rows with an empty value."""
    texts, empty = content.render_all(rows)
    texts = nfc_all(texts)  # the cells too: what is counted is what is sent
    if strip_diacritics:
        texts = list(map(remove_diacritics, texts))
    return texts, empty


@dataclass(frozen=True)
class MessageSizes:
    """How long a campaign's SMS are over its rows: the parts its price is multiplied by.

    A row's message holds its own values (a long name makes it longer), so the
    parts of one customer's message are not the campaign's."""

    #: The fewest and the most SMS parts of a row's message.
    least: int
    most: int
    #: The row (spreadsheet number) of the longest message, and its characters.
    longest_row: int
    longest_characters: int
    #: How many rows' messages go as Unicode (diacritics), of how many.
    unicode_rows: int
    rows: int


def message_sizes(
    recipients: RecipientList, text: str, strip_diacritics: bool
) -> MessageSizes | None:
    """The sizes of ``text``'s messages to the list's ready rows, counted as the check
    counts them (:func:`rendered_messages`, ``parts_of_texts``); None when the text
    names a column the list does not have, or there is no ready row or no text."""
    rows = recipients.ready
    if not rows or not text.strip():
        return None
    content = parse_content(text.strip(), recipients)
    if content.unknown:
        return None
    texts, _ = rendered_messages(content, rows, strip_diacritics)
    counts = sms_parts(texts)
    longest = max(range(len(texts)), key=lambda i: (counts[i], len(texts[i])))
    return MessageSizes(
        least=min(counts),
        most=counts[longest],
        longest_row=rows[longest].row,
        longest_characters=len(texts[longest]),
        unicode_rows=len(texts) - sum(map(is_plain, texts)),
        rows=len(texts),
    )
