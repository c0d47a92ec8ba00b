"""A number as a Vietnamese Excel shows it under the cell's number format.

The spreadsheet reader gives a cell's value (0.1, 1500000.0), not what Excel
shows ("10%", "1.500.000 đ"); a message filled from the cell must say what the
shop owner sees. This module reads a format code (ECMA-376 Part 1, 18.8.31) and
shows numbers with it: decimal comma and thousands dot (Vietnamese settings),
percent, the format's own text ("đ", "₫", "$") kept, colours, locale tags,
padding (``_x``) and fill (``*x``) left out.

Only what is understood is shown: :func:`compile_format` gives None for a format
it cannot show for sure (dates and times, which the reader gives as dates anyway;
scientific and fraction formats; conditions; text placeholders; scaling), and the
cell then reads as it always did. ``General`` and the formats of digits only that
pad nothing (``0``, ``#``) are not applied either: the cell reads as it always did
(:func:`worth_applying`). Padding ones are (``0000000000``: a phone typed as a number
shows its 0, "0912345678"; ``00000``: an order code "00123").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

#: The formats ECMA-376 (18.8.30) gives the ids 0-49 without writing them in the file.
#: The ids it leaves to the locale (5-8, 23-36, 41-44) are not here: not understood.
BUILT_IN: dict[int, str] = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
    48: "##0.0E+0",
    49: "@",
}

#: Vietnamese settings: 1.234.567,5
DECIMAL_SIGN = ","
GROUP_SIGN = "."
#: A format code longer than this is not read (Excel's own limit is 255 characters).
MAX_CODE = 1024
#: Numbers from here on read as they always did (Excel shows them in full, or as 1E+15).
_LARGE = 1e15
_MAX_KNOWN = 100_000

_COLOUR = re.compile(
    r"\[(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2})\]", re.IGNORECASE
)
#: ``[$-42A]`` (a locale: nothing shown), ``[$₫-42A]``, ``[$USD]`` (a currency: shown).
_LOCALE = re.compile(r"\[\$([^\]\-\[]{0,16})(?:-[0-9A-Fa-f]{1,8})?\]")
_DIGITS = "0#?"
#: Characters Excel shows as they are without quotes.
_PLAIN = set("$-+():!^&'~{}<>= ")


class _NotUnderstood(Exception):
    """A format code this module does not show (the cell reads as it always did)."""


@dataclass(frozen=True, slots=True)
class _Section:
    """One section of a format: the number's parts and the text around it."""

    #: Text before and after the number.
    before: str
    after: str
    #: The integer part's placeholders (``0``, ``#``, ``?``) and literal texts, in order.
    integer: tuple[str, ...]
    grouped: bool
    point: bool
    #: The fraction's placeholders.
    fraction: str
    #: How many ``%``: each multiplies by 100.
    percent: int
    #: Whether the section shows a sign of its own ("-", "(...)").
    signed: bool

    @property
    def number(self) -> bool:
        return bool(self.integer or self.point)

    @property
    def digits_only(self) -> bool:
        """Shows a whole number as General does (placeholders only, no text around, at most
        one ``0``: ``00000`` shows 123 as "00123", a phone typed as a number with its 0)."""
        return (
            not self.before
            and not self.after
            and not self.grouped
            and not self.point
            and not self.percent
            and all(t in _DIGITS for t in self.integer)
            and "".join(self.integer).count("0") <= 1
        )


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """A compiled format code: call it with a number for the text Excel shows, or None
    where it shows no number (the cell then reads as it always did)."""

    code: str
    sections: tuple[_Section, ...]
    #: Texts already worked out (amounts repeat: 100,000 rows hold a few thousand).
    _known: dict[float, str | None] = field(default_factory=dict, compare=False, repr=False)

    def __call__(self, value: float) -> str | None:
        known = self._known
        if value in known:
            return known[value]
        text = self._shown(value)
        if len(known) < _MAX_KNOWN:
            known[value] = text
        return text

    def _shown(self, value: float) -> str | None:
        value = float(value)
        if not math.isfinite(value) or abs(value) >= _LARGE:
            return None
        sections = self.sections
        negative = value < 0
        if value == 0 and len(sections) >= 3:
            section = sections[2]
        elif negative and len(sections) >= 2:
            section = sections[1]
        else:
            section = sections[0]
        if not section.number:
            # Text alone ("-" for zero in an accounting format) stands for zero only.
            return (section.before.strip() or None) if value == 0 else None
        text, zero = _show(section, abs(value))
        minus = negative and not zero and (len(sections) == 1 or not section.signed)
        shown = unicodedata.normalize("NFC", ("-" if minus else "") + text).strip()
        return shown or None


def worth_applying(found: NumberFormat | None) -> bool:
    """Whether a number shows differently under ``found`` than it always read."""
    if found is None:
        return False
    return not all(s.digits_only for s in found.sections[:3])


def compile_format(code: str) -> NumberFormat | None:
    """``code`` compiled, or None when it is not one this module shows for sure."""
    if not code or len(code) > MAX_CODE or code.strip().lower() == "general":
        return None
    try:
        sections = _split_sections(code)
        if not 1 <= len(sections) <= 4:
            return None
        compiled = tuple(_section(s) for s in sections[:3])
    except _NotUnderstood:
        return None
    if not compiled[0].number or (len(compiled) > 1 and not compiled[1].number):
        return None
    return NumberFormat(code, compiled)


def _split_sections(code: str) -> list[str]:
    """The code cut at its ``;`` (not inside quotes, nor after ``\\``)."""
    sections: list[str] = []
    start = i = 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            end = code.find('"', i + 1)
            if end < 0:
                raise _NotUnderstood
            i = end
        elif ch in "\\_*":
            i += 1
        elif ch == ";":
            sections.append(code[start:i])
            start = i + 1
        i += 1
    sections.append(code[start:])
    return sections


def _tokens(section: str) -> list[str]:
    """The section's tokens: a placeholder, ``.``, ``,``, ``%``, or literal text (one
    string starting with ``'``)."""
    tokens: list[str] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            tokens.append("'" + section[i + 1 : end])
            i = end + 1
            continue
        if ch == "\\" or ch == "_" or ch == "*":
            if i + 1 >= len(section):
                raise _NotUnderstood
            shown = section[i + 1] if ch == "\\" else " " if ch == "_" else ""
            tokens.append("'" + shown)
            i += 2
            continue
        if ch == "[":
            i = _bracket(section, i, tokens)
            continue
        if ch in _DIGITS or ch in ".,%":
            tokens.append(ch)
        elif ch in _PLAIN or (not ch.isascii() and ch.isprintable()):
            tokens.append("'" + ch)
        else:  # a letter (dates, E+ scientific, General), @, a fraction's / ...
            raise _NotUnderstood
        i += 1
    return tokens


def _bracket(section: str, at: int, tokens: list[str]) -> int:
    """Read the ``[...]`` at ``at``: a colour (nothing shown), a locale or currency tag
    (its symbol shown); anything else (a condition, ``[h]``...) is not understood."""
    for pattern in (_COLOUR, _LOCALE):
        found = pattern.match(section, at)
        if found is not None:
            if found.re is _LOCALE and found[1]:
                tokens.append("'" + found[1])
            return found.end()
    raise _NotUnderstood


def _section(text: str) -> _Section:
    tokens = _tokens(text)
    places = [i for i, t in enumerate(tokens) if t in _DIGITS or t == "."]
    if not places:  # text alone
        if any(t in ".,%" for t in tokens):
            raise _NotUnderstood
        before = "".join(t[1:] for t in tokens)
        return _Section(before, "", (), False, False, "", 0, "-" in before)
    first, last = places[0], places[-1]
    body = tokens[first : last + 1]
    outside = tokens[:first] + tokens[last + 1 :]
    if "," in outside or "." in outside:
        raise _NotUnderstood  # scaling by thousands ("#,##0,"), or a stray separator
    integer, grouped, point, fraction = _number_parts(body)
    before = "".join(t[1:] for t in tokens[:first] if t != "%")
    after = "".join(t[1:] if t != "%" else "%" for t in tokens[last + 1 :])
    percent = sum(t == "%" for t in tokens)
    if "%" in body:
        raise _NotUnderstood
    signed = "-" in before or "(" in before or "-" in after
    return _Section(before, after, integer, grouped, point, fraction, percent, signed)


def _number_parts(body: list[str]) -> tuple[tuple[str, ...], bool, bool, str]:
    """(integer tokens, grouped, has a point, fraction placeholders) of the number."""
    point = "." in body
    cut = body.index(".") if point else len(body)
    head, tail = body[:cut], body[cut + 1 :]
    if any(t not in _DIGITS for t in tail):
        raise _NotUnderstood  # text or a second point inside the fraction
    grouped = "," in head
    if grouped:
        after_comma = head[len(head) - head[::-1].index(",") :]
        if not any(t in _DIGITS for t in after_comma):
            raise _NotUnderstood  # a comma after the last digit scales by 1000
        if any(t not in _DIGITS and t != "," for t in head) or "?" in head:
            raise _NotUnderstood
    integer = tuple(t for t in head if t != ",")
    return integer, grouped, point, "".join(tail)


def _show(section: _Section, value: float) -> tuple[str, bool]:
    """The section's text for ``value`` (not negative), and whether it rounds to zero."""
    places = len(section.fraction)
    if value.is_integer() and not section.percent:  # most amounts: no rounding to do
        whole, part, zero = str(int(value)), "0" * places, value == 0
    else:
        number = Decimal(format(value, ".15g")) * (100**section.percent)
        rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        whole, _, part = f"{rounded:f}".partition(".")
        zero = rounded == 0
    digits = "" if whole == "0" else whole
    if section.grouped:
        zeros = section.integer.count("0")
        grouped = digits.rjust(zeros, "0")
        integer = _group(grouped)
    else:
        integer = _fill(section.integer, digits)
    fraction = _fraction(section.fraction, part)
    sign = DECIMAL_SIGN if section.point else ""
    return section.before + integer + sign + fraction + section.after, zero


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return GROUP_SIGN.join(p for p in parts if p)


def _fill(tokens: tuple[str, ...], digits: str) -> str:
    """The integer placeholders filled from the right; the leftmost takes the rest."""
    left = next((i for i, t in enumerate(tokens) if t in _DIGITS), None)
    if left is None:  # ".00": the whole part is shown all the same
        return digits + "".join(t[1:] for t in tokens)
    out: list[str] = []
    rest = digits
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token not in _DIGITS:
            out.append(token[1:])
        elif i == left and rest:
            out.append(rest)
            rest = ""
        elif rest:
            out.append(rest[-1])
            rest = rest[:-1]
        else:
            out.append({"0": "0", "#": "", "?": " "}[token])
    return "".join(reversed(out))


def _fraction(placeholders: str, digits: str) -> str:
    """The fraction's digits: trailing zeros left out where the placeholder is ``#``
    (a space where it is ``?``)."""
    shown = list(digits)
    for i in range(len(placeholders) - 1, -1, -1):
        if shown[i] != "0" or placeholders[i] == "0":
            break
        shown[i] = "" if placeholders[i] == "#" else " "
    return "".join(shown)
