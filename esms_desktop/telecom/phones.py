"""Turn whatever a shop owner typed into a phone cell into one eSMS-ready number.

Accepted: ``0912345678``, ``84912345678``, ``+84 912 345 678``, the national
number after the country code (``+84 (0) 913 000 102``, ``+840961234537``), spaces, dots,
dashes and brackets, numbers stored as numbers by Excel (leading zero lost,
``961234567.0``, ``9.61234567E+08``), and old 11-digit numbers, which are
converted to the 2018 plan with a note. Everything else is refused with a
reason the user can act on. The result is always ``0`` plus nine digits.

This does not consult Google's phonenumbers: its Vietnamese blocks lag behind
the carriers, and refusing a good customer costs the shop a sale.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, NamedTuple

from esms_desktop.base.typed_words import OR_AND
from esms_desktop.telecom.carriers import MOBILE_PREFIXES, OLD_PREFIXES, Carrier, carrier_of


class PhoneProblem(Enum):
    """Why a cell does not hold a usable mobile number."""

    EMPTY = "empty"
    MULTIPLE = "multiple"
    HAS_LETTERS = "has_letters"
    FOREIGN = "foreign"
    LANDLINE = "landline"
    SERVICE_NUMBER = "service_number"
    UNKNOWN_PREFIX = "unknown_prefix"
    UNKNOWN_OLD_PREFIX = "unknown_old_prefix"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    #: Excel showed the number in scientific notation (9.12346E+08) and its last
    #: digits are gone: reading it would text somebody else.
    LOST_DIGITS = "lost_digits"
    #: A formula cell saved without its result (a file not saved by Excel): the reader
    #: sees nothing where the user sees a number.
    FORMULA_NO_VALUE = "formula_no_value"


class PhoneResult(NamedTuple):
    """The outcome of reading one cell.

    ``number`` is set (``0xxxxxxxxx``) exactly when ``problem`` is None.
    ``converted_from`` holds the old 11-digit number when one was converted.
    A tuple rather than a frozen dataclass: a file of a million rows makes a
    million of them, and a tuple is made several times faster.
    """

    original: str
    number: str | None = None
    carrier: Carrier | None = None
    problem: PhoneProblem | None = None
    converted_from: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def international(self) -> str:
        """The number as ``84xxxxxxxxx``, the form eSMS echoes back."""
        if self.number is None:
            raise ValueError("not a valid number")
        return "84" + self.number[1:]


_SEPARATORS = re.compile(r"[ .\-()\[\]_\u00a0\u2013\u2014]")
#: What separates two numbers in one cell: a list mark, a dash with a space on each side
#: ("0981234567 - 0901234568"), "or"/"and". A dash without spaces is a separator inside
#: one number as often ("098-123-4567"): :func:`_digit_runs` looks at those parts again.
_MULTI_SPLIT = re.compile(
    r"[,;/|\n\r&]+|\s+[-\u2013\u2014]+\s+|\s(?:" + "|".join(OR_AND) + r")\s", re.IGNORECASE
)
#: Inside one part: the dashes and spaces a number is written with, or two numbers joined.
_GAPS = re.compile(r"[\s\-\u2013\u2014]+")
_FLOAT_TEXT = re.compile(r"^\d+\.0*$")
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")


#: Excel's "General" format shows a long number with 6 significant digits
#: (9.12346E+08); a CSV saved from it keeps only those.
_SHOWN_DIGITS = 6


class _LostDigits(Exception):
    """A phone value whose last digits Excel did not keep."""


def _cell_text(value: object) -> str:
    """Text of a cell as Excel would show it, undoing number storage.

    Raises :class:`_LostDigits` for a number whose digits cannot all be there:
    scientific notation with fewer significant digits than the number has, or a
    stored number of 9+ digits with at most 6 significant ones (912346000 from
    9.12346E+08). Such a value is refused, never completed with zeros.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and not (isinstance(value, float) and not value.is_integer()):
        if abs(value) >= 1e15:
            return repr(value)
        digits = str(abs(int(value)))
        if len(digits) >= 9 and len(digits.rstrip("0")) <= _SHOWN_DIGITS:
            raise _LostDigits
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if _FLOAT_TEXT.match(text):
        return text.split(".", 1)[0]
    if _SCIENTIFIC.match(text):
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return text
        mantissa = re.split("[eE]", text)[0].replace(",", "").replace(".", "").lstrip("0")
        if number != number.to_integral_value() or len(mantissa) < len(str(int(number))):
            raise _LostDigits
        return str(int(number))
    return text


def _digit_runs(text: str) -> int:
    """How many numbers (9+ digits) the text holds: its parts split at list separators,
    a part split again at its dashes and spaces when two of its pieces hold 9+ digits each
    ("0981234567-0901234568"; a number written "098-123-4567" has no such piece). No
    number has 18 digits: two such pieces are two numbers."""
    runs = 0
    for part in _MULTI_SPLIT.split(text):
        if _digit_count(part) >= 9:
            pieces = sum(1 for piece in _GAPS.split(part) if _digit_count(piece) >= 9)
            runs += max(1, pieces)
    return runs


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


#: A reading without the cell's original text: (number, carrier, problem, converted_from).
Reading = tuple[str | None, Carrier | None, PhoneProblem | None, str | None]


def read_phone(value: Any) -> Reading:  # Any: a cast per call costs more than the work
    """:func:`normalize_phone` for loops over whole files: the same answer, as a plain tuple.

    The common forms (ASCII text of digits with the usual separators and an
    optional ``+``, whole positive numbers) are settled here without regular
    expressions; everything else, and anything whose prefix is not a known
    mobile one, goes the general way. A test compares the two on generated values.
    """
    kind = type(value)
    if kind is str:
        typed = _typed_digits(value)
    elif kind is float or kind is int:
        digits = _stored_digits(value)
        if digits is not None and len(digits) >= 9 and len(digits.rstrip("0")) <= _SHOWN_DIGITS:
            return None, None, PhoneProblem.LOST_DIGITS, None
        typed = None if digits is None else (digits, False)
    else:
        typed = None
    if typed is not None:
        local = _national(*typed)
        carrier = MOBILE_PREFIXES.get(local[:3]) if local else None
        if carrier is not None:
            return local, carrier, None, None
    return _normalize(value)[1:]


def _typed_digits(text: str) -> tuple[str, bool] | None:
    """The digits of a cell typed the common way (ASCII digits, the usual separators, an
    optional ``+``) and whether it had the ``+``; None for anything else."""
    if text.isdigit() and text.isascii():
        return text, False
    if not text.isascii():
        return None
    text = text.strip()
    if "." in text and _FLOAT_TEXT.match(text):
        return None
    for separator in " .-()":
        if separator in text:
            text = text.replace(separator, "")
    plus = text[:1] == "+"
    if plus:
        text = text[1:]
    return (text, plus) if text.isdigit() else None


def _stored_digits(number: float) -> str | None:
    """The digits of a whole positive number Excel stored as a number; None otherwise."""
    if not (0 < number < 1e15) or (type(number) is float and not number.is_integer()):
        return None
    return str(int(number))


def _national(digits: str, plus: bool) -> str:
    """The national number (0 and nine digits) the common forms write; "" for the others."""
    size = len(digits)
    if size == 10 and not plus and digits[0] == "0":
        return digits
    if size == 11 and digits[:2] == "84":
        return "0" + digits[2:]
    if size == 12 and digits[:3] == "840":  # +84 (0) 913 000 102, as on business cards
        return digits[2:]
    if size == 9 and not plus and digits[0] != "0":
        return "0" + digits
    return ""


def read_phones(values: list[Any]) -> list[Reading]:
    """:func:`read_phone` of each value (a column of a file).

    A number typed as it is sent (ten ASCII digits, ``0`` and a known mobile prefix),
    most of a list, is read here without a call per cell: the answer
    :func:`read_phone` gives it, ``(value, carrier, None, None)``.
    """
    prefix = MOBILE_PREFIXES.get
    return [
        (v, carrier, None, None)
        if type(v) is str
        and len(v) == 10
        and v[0] == "0"
        and v.isdigit()
        and v.isascii()
        and (carrier := prefix(v[:3])) is not None
        else read_phone(v)
        for v in values
    ]


def normalize_phone(value: object) -> PhoneResult:
    """Read one cell; see the module docstring for what is accepted."""
    return PhoneResult("" if value is None else str(value), *read_phone(value))


def _normalize(value: object) -> PhoneResult:
    """The general path: any cell at all."""
    original = "" if value is None else str(value)
    try:
        text = _cell_text(value)
    except _LostDigits:
        return PhoneResult(original, problem=PhoneProblem.LOST_DIGITS)
    if not text:
        return PhoneResult(original, problem=PhoneProblem.EMPTY)
    if _digit_runs(text) >= 2:
        return PhoneResult(original, problem=PhoneProblem.MULTIPLE)
    compact = _SEPARATORS.sub("", text)
    plus = compact.startswith("+")
    if plus:
        compact = compact[1:]
    if not compact.isdigit() or not compact.isascii():
        digits = sum(c.isdigit() for c in compact)
        if digits >= 9 and len(re.findall(r"\d{9,}", compact)) == 1 and digits > len(compact) - 2:
            # A stray character such as "0912345678'" or "0912345678*".
            compact = re.sub(r"\D", "", compact)
        else:
            return PhoneResult(original, problem=PhoneProblem.HAS_LETTERS)
    return _classify_digits(original, compact, had_plus=plus)


def _classify_digits(original: str, digits: str, *, had_plus: bool) -> PhoneResult:
    national = _without_country_code(digits, had_plus=had_plus)
    if isinstance(national, PhoneProblem):
        return PhoneResult(original, problem=national)
    return _classify_national(original, national)


def _without_country_code(digits: str, *, had_plus: bool) -> str | PhoneProblem:
    """The digits with Vietnam's country code (00 84, +84, 84) taken off; a foreign number,
    or a +84 number of the wrong length, is the problem it is."""
    if digits.startswith("00"):
        if not digits.startswith("0084"):
            return PhoneProblem.FOREIGN
        digits = digits[2:]
        had_plus = True
    if had_plus and not digits.startswith("84"):
        return PhoneProblem.FOREIGN
    if digits.startswith("840") and len(digits) >= 11:
        # "+84 (0) 913 000 102" and "+840961234537": the country code written before the
        # national number with its 0 (business cards, websites). No number after 84 starts
        # with 0 otherwise, so the rest is read as the national number, length checks and all.
        return digits[2:]
    if digits.startswith("84") and len(digits) in (11, 12):
        return "0" + digits[2:]
    if had_plus:
        return PhoneProblem.TOO_SHORT if len(digits) < 11 else PhoneProblem.TOO_LONG
    return digits


def _classify_national(original: str, digits: str) -> PhoneResult:
    """A number without its country code: service, landline, old plan, length, carrier."""
    if digits.startswith(("1800", "1900")):
        return PhoneResult(original, problem=PhoneProblem.SERVICE_NUMBER)
    if not digits.startswith("0"):
        # Excel dropped the leading zero: 912345678 or 1623456789 (old plan).
        if len(digits) == 9 or (len(digits) == 10 and digits.startswith("1")):
            digits = "0" + digits
        elif len(digits) == 9 + 1 and digits.startswith("2"):
            return PhoneResult(original, problem=PhoneProblem.LANDLINE)
    converted_from: str | None = None
    if len(digits) == 11 and digits.startswith("01"):
        new_prefix = OLD_PREFIXES.get(digits[:4])
        if new_prefix is None:
            return PhoneResult(original, problem=PhoneProblem.UNKNOWN_OLD_PREFIX)
        converted_from = digits
        digits = new_prefix + digits[4:]
    if digits.startswith("02") and len(digits) in (10, 11):
        return PhoneResult(original, problem=PhoneProblem.LANDLINE)
    if len(digits) < 10:
        return PhoneResult(original, problem=PhoneProblem.TOO_SHORT)
    if len(digits) > 10:
        return PhoneResult(original, problem=PhoneProblem.TOO_LONG)
    carrier = carrier_of(digits)
    if carrier is None:
        return PhoneResult(original, problem=PhoneProblem.UNKNOWN_PREFIX)
    return PhoneResult(original, digits, carrier, None, converted_from)


def is_valid_mobile(value: object) -> bool:
    """True when :func:`normalize_phone` accepts the value."""
    return normalize_phone(value).ok
