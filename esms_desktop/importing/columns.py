"""Find the header row under any title rows and decide which column is which.

Headers are recognised in Vietnamese or English, with or without diacritics
("Số điện thoại", "SĐT", "So dien thoai", "Phone", "Mobile", "Họ và tên"...).
Without a header, the phone column is the one where most cells are numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esms_desktop.importing.cells import plain
from esms_desktop.importing.limits import column_letters
from esms_desktop.importing.reader import Table, cell_text
from esms_desktop.telecom.phones import normalize_phone
from esms_desktop.telecom.sms_text import remove_diacritics

SCAN_ROWS = 30
#: A header cell has fewer digits than this ("SĐT 2" has one; a phone number nine).
_HEADER_DIGITS = 6
SAMPLE_ROWS = 200

_PHONE_EXACT = {
    "sodienthoai",
    "sdt",
    "dienthoai",
    "didong",
    "phone",
    "mobile",
    "phonenumber",
    "sodt",
    "dt",
    "tel",
    "telephone",
    "cellphone",
    "mobilephone",
    "sdtkhachhang",
    "sodidong",
    "dienthoaididong",
    "so",
    "sodienthoaikhachhang",
    "contact",
    "phoneno",
    "msisdn",
    # "ĐTDĐ" (điện thoại di động), and the number customers use on Zalo.
    "dtdd",
    "sodtdd",
    "zalo",
    "sozalo",
    "zalophone",
}
_PHONE_TOKENS = ("dienthoai", "sdt", "phone", "mobile", "didong")
_NAME_EXACT = {
    "ten",
    "hoten",
    "hovaten",
    "khachhang",
    "tenkhachhang",
    "name",
    "fullname",
    "customer",
    "customername",
    "tenkh",
    "hotenkhachhang",
    "firstname",
    "nguoinhan",
    "kh",
}


def normalize_header(text: str) -> str:
    """Lowercase, no diacritics, letters and digits only: "Số ĐT" -> "sodt"."""
    return re.sub(r"[^a-z0-9]", "", remove_diacritics(text).lower())


def is_phone_header(text: str) -> bool:
    key = normalize_header(text)
    return key in _PHONE_EXACT or any(token in key for token in _PHONE_TOKENS)


def is_name_header(text: str) -> bool:
    return normalize_header(text) in _NAME_EXACT


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    return column_letters(index + 1)


def letter_index(letters: str) -> int | None:
    if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
        return None
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


@dataclass
class ColumnMapping:
    """Which row holds the header and what each column means.

    Row numbers are the spreadsheet's own (1-based). ``columns`` are the names
    used in placeholders: the header text, or the column letter without one.
    """

    header_row: int | None
    first_data_row: int
    columns: list[str]
    phone: int
    name: int | None = None
    #: How the mapping was found, for the user ("header in row 3", ...).
    how: str = ""
    #: False when no column holds phone numbers (``phone`` is then only the first column).
    phone_found: bool = True

    def index_of(self, reference: str) -> int | None:
        """A column by header name (loosely), letter (``B``) or number (``2``)."""
        reference = reference.strip()
        key = normalize_header(reference)
        for i, name in enumerate(self.columns):
            if name == reference:
                return i
        for i, name in enumerate(self.columns):
            if key and normalize_header(name) == key:
                return i
        if reference.isdigit() and 1 <= int(reference) <= len(self.columns):
            return int(reference) - 1
        index = letter_index(reference)
        if index is not None and index < len(self.columns):
            return index
        return None


def _header_names(cells: list[object], width: int) -> list[str]:
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(width):
        text = cell_text(cells[i]) if i < len(cells) else ""
        text = text or column_letter(i)
        count = seen.get(text, 0) + 1
        seen[text] = count
        names.append(text if count == 1 else f"{text} ({count})")
    return names


def _phone_share(table: Table, column: int, start: int) -> float:
    values = [
        plain(row[column])  # a number read as the phone reader reads it
        for row in table.rows[start : start + SAMPLE_ROWS]
        if column < len(row) and cell_text(row[column])
    ]
    if not values:
        return 0.0
    return sum(normalize_phone(v).ok for v in values) / len(values)


def guess_mapping(table: Table) -> ColumnMapping:
    """The header row and the phone and name columns, as well as can be guessed."""
    width = table.width
    for r, row in enumerate(table.rows[:SCAN_ROWS]):
        texts = [cell_text(c) for c in row]
        phones = [i for i, t in enumerate(texts) if t and is_phone_header(t)]
        if not phones:
            continue
        # Several phone-like headers ("Điện thoại", "SĐT Zalo"): keep the one with most numbers.
        phone = max(phones, key=lambda i: (_phone_share(table, i, r + 1), -i))
        return _headed(row, r, width, phone, f"header in row {r + 1}")
    # No header: the column where most cells are phone numbers.
    shares = [(_phone_share(table, c, 0), -c) for c in range(width)]
    best = max(range(width), key=lambda c: shares[c]) if width else 0
    first = next(
        (
            r
            for r, row in enumerate(table.rows)
            if best < len(row) and normalize_phone(row[best]).ok
        ),
        0,
    )
    if width and shares[best][0] == 0:
        return _without_phones(table, width)
    data = table.rows[first] if table.rows else []
    # A header we cannot read ("Liên hệ", "Khách") above the first number: its names are
    # the placeholders the owner types, and it is no customer. The topmost such row: the
    # rows between it and the first good number are customers whose cell is no number
    # ("chưa có", two numbers), each rejected with its reason, never taken as the header.
    top = range(min(first, SCAN_ROWS))
    header = next((r for r in top if _looks_like_header(table.rows[r], data, best)), None)
    if header is not None:
        how = f"header in row {header + 1}; phone numbers found in column {column_letter(best)}"
        return _headed(table.rows[header], header, width, best, how)
    return ColumnMapping(
        header_row=None,
        first_data_row=first + 1,
        columns=[column_letter(i) for i in range(width)],
        phone=best,
        name=None,
        how=f"no header; phone numbers found in column {column_letter(best)}",
    )


def _headed(row: list[object], index: int, width: int, phone: int, how: str) -> ColumnMapping:
    """The mapping of a header ``row`` at ``index`` (0-based): its names, the first column
    it names as the customer's name, the data right below it."""
    names = [i for i, c in enumerate(row) if is_name_header(cell_text(c))]
    return ColumnMapping(
        header_row=index + 1,
        first_data_row=index + 2,
        columns=_header_names(row, width),
        phone=phone,
        name=names[0] if names else None,
        how=how,
    )


def _without_phones(table: Table, width: int) -> ColumnMapping:
    """No column holds phone numbers: the checks say so (``no_phone_column``), and a first
    row of texts is the header, whose names the message's placeholders may use."""
    top = table.rows[0] if table.rows else []
    header = _looks_like_header(top, table.rows[1] if len(table.rows) > 1 else top, 0)
    return ColumnMapping(
        header_row=1 if header else None,
        first_data_row=2 if header else 1,
        columns=_header_names(top, width) if header else [column_letter(i) for i in range(width)],
        phone=0,
        how="no column of phone numbers found",
        phone_found=False,
    )


def _looks_like_header(row: list[object], data: list[object], phone: int) -> bool:
    """A row of texts, none of them a phone number, with a text over the phone column:
    the header of the numbers below it. A title row has one cell, over a table of more
    columns than that."""
    texts = [cell_text(c) for c in row]
    filled = [t for t in texts if t]
    columns = sum(1 for c in data if cell_text(c))
    return (
        phone < len(texts)
        and bool(texts[phone])
        and len(filled) >= min(2, columns)
        and all(isinstance(c, str) for c in row if cell_text(c))
        # A customer's cell holds digits (a number written oddly, two of them): no header.
        and not any(sum(ch.isdigit() for ch in t) >= _HEADER_DIGITS for t in filled)
    )
