"""Values for ZNS template parameters, checked against the type eSMS gives each one.

eSMS's "Hàm lấy danh sách template Zalo" page: every parameter has a position
(``ParamLevel``), a length limit (``Limit``: longer values make the template
wrong) and a data type (``RequireType``):

* ``type_text``: any text;
* ``type_number``: digits 0-9 only, at most 12;
* ``type_date``: ``dd/MM/yyyy``;
* ``type_cta_url``: a link.

Dates are converted to ``dd/MM/yyyy`` when they were typed or stored another
unambiguous way (an Excel date, ``d/m/yyyy``, ``yyyy-mm-dd``); anything else
is refused with what to fix, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import TYPE_CHECKING

from esms_desktop.api.models import ZnsParam
from esms_desktop.base.texts import Words, words

if TYPE_CHECKING:
    from esms_desktop.recipients.recipient_list import Recipient, RecipientList

MAX_NUMBER_DIGITS = 12

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_URL = re.compile(r"https?://[^\s/]+\S*", re.IGNORECASE)


class ValueProblem(Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    NOT_NUMBER = "not_number"
    NOT_DATE = "not_date"
    NOT_URL = "not_url"


def _date(text: str) -> str | None:
    match = _DMY.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.fullmatch(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).strftime("%d/%m/%Y")
    except ValueError:
        return None


def column_value(
    recipients: RecipientList, recipient: Recipient, column: str, param: ZnsParam | None
) -> str:
    """The cell of ``column`` a parameter takes (the check and the window's preview alike): a
    number parameter takes the number as it is stored ("1500000"), not as Excel shows it
    ("1.500.000 đ": Zalo shows a number its own way, and digits are all it takes)."""
    if param is not None and param.type.strip().lower() == "type_number":
        return recipients.plain_value(recipient, column)
    return recipients.value(recipient, column)


def zns_value(param: ZnsParam, raw: str) -> tuple[str, ValueProblem | None]:
    """The value to send for ``param`` and the problem with it, if any."""
    value = raw.strip()
    if not value:
        return value, ValueProblem.EMPTY if param.required else None
    kind = param.type.strip().lower()
    if kind == "type_number":
        value = value.replace(" ", "")
        if not (value.isascii() and value.isdigit() and len(value) <= MAX_NUMBER_DIGITS):
            return value, ValueProblem.NOT_NUMBER
    elif kind == "type_date":
        converted = _date(value)
        if converted is None:
            return value, ValueProblem.NOT_DATE
        value = converted
    elif kind == "type_cta_url" and not _URL.fullmatch(value):
        return value, ValueProblem.NOT_URL
    if param.max_length and len(value) > param.max_length:
        return value, ValueProblem.TOO_LONG
    if len(value) < param.min_length:  # ``MinLength`` of GetZnsTemplateInfo
        return value, ValueProblem.TOO_SHORT
    return value, None


def explain(problem: ValueProblem, param: ZnsParam, source: Words) -> Words:
    """What is wrong and what to do.

    ``source`` names where the value came from: a column ("cột Ngày hẹn") or a fixed text.
    """
    name, limit = param.name, param.max_length
    if problem is ValueProblem.EMPTY:
        return words("message.zns_value_empty", source=source, name=name)
    if problem is ValueProblem.TOO_LONG:
        return words("message.zns_value_too_long", source=source, name=name, limit=limit)
    if problem is ValueProblem.TOO_SHORT:
        return words(
            "message.zns_value_too_short", source=source, name=name, least=param.min_length
        )
    if problem is ValueProblem.NOT_NUMBER:
        return words(
            "message.zns_value_not_number", source=source, name=name, most=MAX_NUMBER_DIGITS
        )
    if problem is ValueProblem.NOT_DATE:
        return words("message.zns_value_not_date", source=source, name=name)
    return words("message.zns_value_not_url", source=source, name=name)
