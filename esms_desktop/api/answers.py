"""eSMS's answers read strictly: result codes, values, shapes, size and depth limits.

A result code is a string of digits, nothing else; a value of the wrong shape is an
*unreadable answer* (:class:`AnswerLimitError`), which the engine treats as "no
usable answer": the request stays doubtful. Nothing here needs the network
library, so the look-up and send modules' readers import without it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from esms_desktop.api import models as m
from esms_desktop.base.errors import AnswerLimitError
from esms_desktop.base.redact import redact
from esms_desktop.base.sanitise import clean, clean_lines, quote

#: The longest quote of an answer kept in an error (what support and the user may see).
RAW_KEEP = 200
REDACT_WINDOW = 65536


@dataclass(frozen=True, slots=True)
class AnswerLimits:
    """How long and how large an answer may be, and how deeply nested.

    The deadline covers the whole call, retries included; each read also has
    the client's read timeout, so a call ends at most one read timeout after it
    (a trickle of bytes ends right at the deadline). eSMS's documented answers
    are a few hundred bytes for a send (a bulk Zalo answer: ~150 bytes per item,
    500 items) and nest four levels deep.
    """

    send_seconds: float = 60.0
    lookup_seconds: float = 30.0
    send_bytes: int = 64 * 1024
    bulk_bytes: int = 1024 * 1024
    lookup_bytes: int = 4 * 1024 * 1024
    depth: int = 32


#: A result code: what every documented ``CodeResult``/``CodeResponse`` is.
_DIGITS = re.compile(r"[0-9]{1,9}")


def text(value: Any) -> str:
    """A one-line clean text of an answer's value ("" for None)."""
    return clean(value)


def content_text(value: Any) -> str:
    """A message or template text of an answer: clean, but its own lines and spaces kept
    (it is compared with the app's own texts)."""
    return "" if value is None else clean_lines(str(value)).strip()


def as_int(value: Any) -> int:
    try:
        return int(Decimal(text(value) or "0"))
    except (InvalidOperation, ValueError):
        return 0


def as_decimal(value: Any) -> Decimal:
    try:
        return Decimal(text(value) or "0")
    except InvalidOperation:
        return Decimal(0)


def as_bool(value: Any) -> bool:
    return text(value).lower() in ("1", "true", "yes")


def unreadable(what: str, value: Any, *, limit: str = "code") -> AnswerLimitError:
    """The error for an answer whose ``what`` is ``value``, which this app cannot read."""
    return AnswerLimitError(
        f"eSMS sent an answer this app cannot read ({what})",
        limit=limit,
        status=200,
        raw=f"{what}: {quote(redact(value) if isinstance(value, str) else value)}",
    )


def read_code(value: Any, what: str = "CodeResult") -> str:
    """A result code that must be a string of digits (``"100"``); anything else is unreadable."""
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        return value
    raise unreadable(what, value)


def _number_code(value: Any, what: str) -> str:
    """A code documented as a JSON number (``Error``, ``Code``; -124 is one): an int, not a bool."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**9:
        return str(value)
    raise unreadable(what, value)


def result_code(body: Mapping[str, Any]) -> str | None:
    """The result code of an answer, as a string; None when it carries none.

    eSMS answers in three shapes: ``CodeResult`` (or ``CodeResponse``) on most
    endpoints, a string of digits; ``{"Error": 0, "Message": "Success"}`` on
    ``GetZnsTemplateInfo`` (a number: 0 is success, anything else a refusal; ``Code``
    on ``GetCallback`` likewise); and ``{"error": "Invalid request"}`` for a request
    refused before processing, which gets :data:`INVALID_REQUEST`. A code field
    that is present but not of its documented type raises :class:`AnswerLimitError`:
    ``"100.0"``, ``true``, ``["100"]`` or ``100`` may mean "accepted", and guessing
    either way costs money.
    """
    for key in ("CodeResult", "CodeResponse", "codeResult"):
        if key in body:
            return read_code(body[key], key)
    for key in ("Error", "Code"):
        if key in body:
            code = _number_code(body[key], key)
            return m.SUCCESS if code == "0" else code
    if body.get("error") not in (None, ""):
        return m.INVALID_REQUEST
    return None


def error_message(body: Mapping[str, Any]) -> str:
    """The refusal's own words (redacted, sanitised, short), whichever shape the answer has."""
    for key in ("ErrorMessage", "Message", "error"):
        if body.get(key) not in (None, ""):
            words = redact(text(body[key]))
            return words if len(words) <= RAW_KEEP else words[: RAW_KEEP - 1] + "…"
    return ""


def objects(body: Mapping[str, Any], *keys: str) -> list[dict[str, Any]]:
    """The list of objects under the first of ``keys`` present; [] when absent or null.

    Anything else (a number, a text, a list holding something other than objects)
    is not the documented shape: :class:`AnswerLimitError`, before any of it is used.
    """
    for key in keys:
        if key not in body or body[key] is None:
            continue
        value = body[key]
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        raise unreadable(key, value, limit="shape")
    return []


def an_object(body: Mapping[str, Any], key: str) -> dict[str, Any]:
    """The object under ``key`` ({} when absent or null); any other shape is unreadable."""
    value = body.get(key)
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise unreadable(key, value, limit="shape")


_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_PAIRS = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nested_deeper_than(data: bytes, depth: int) -> bool:
    """Whether the JSON text ``data`` nests arrays/objects more than ``depth`` levels.

    Without recursion (a 100,000-deep answer must not raise ``RecursionError``):
    strings are dropped, then only brackets kept, then innermost pairs removed
    ``depth`` times. Brackets left over mean deeper nesting (or broken JSON, which
    is unreadable all the same).
    """
    brackets = _STRINGS.sub(b"", data).translate(None, _NOT_BRACKETS)
    for _ in range(depth):
        if not brackets:
            return False
        reduced = _PAIRS.sub(b"", brackets)
        if reduced == brackets:
            return True
        brackets = reduced
    return bool(brackets)


def parse_answer(data: bytes, depth: int) -> Any:
    """The JSON value of an answer's bytes; None when it is not JSON within ``depth``."""
    if not data.strip() or nested_deeper_than(data, depth):
        return None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None
