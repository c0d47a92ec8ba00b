"""CSV and TXT files: encoding and delimiter detection.

Encodings are tried in the order they really occur in Vietnamese offices: a
BOM first (UTF-8, or UTF-16 from Excel's "Unicode text"), then strict UTF-8,
then Windows-1258 (Vietnamese Windows), then Windows-1252.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from esms_desktop.base.texts import Words, words

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = (",", ";", "\t", "|")
#: ``="0912345678"``: how a CSV keeps a cell as text for Excel (this app's reports write
#: phones, codes and times so, and many shop programs export them so): read as the text
#: inside, which is what Excel shows. Nothing is computed.
_EXCEL_TEXT = re.compile(r'="([^"]*)"')
#: Longest field read (Excel's own cell limit is 32,767 characters).
MAX_FIELD = 32_767 * 4


class TextTableError(ValueError):
    """A text table that cannot be read without losing or mixing up customers."""

    def __init__(self, reason: Words, detail: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for encoding in ("utf-8", "cp1258", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for delimiter in _DELIMITERS:
        counts = [_count(line, delimiter) for line in lines]
        if max(counts) == 0:
            continue
        # Lines that agree with the most common count, weighted by that count.
        common = max(set(counts), key=counts.count)
        if common == 0:
            continue
        score = counts.count(common) / len(counts) + common / 1000
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _count(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter))) - 1
    except csv.Error:  # an over-long or broken line: read_text_table names it
        return 0


def read_text_table(data: bytes) -> tuple[list[list[object]], str, str]:
    """Rows of a text table, with the encoding and the delimiter found.

    Every line is accounted for: a quote that is never closed, an over-long
    field, or a quoted cell that swallowed whole lines of customers refuses the
    file, naming the line, instead of silently reading fewer rows.
    """
    text, encoding = decode(data)
    if "\x00" in text:
        raise ValueError("binary data")
    delimiter = sniff_delimiter(text)
    excel_text = '="' in text  # looked at cell by cell only then: a big list costs nothing
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[object]] = []
    width = 0
    line = 1
    previous = csv.field_size_limit(MAX_FIELD)
    try:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise _bad_line(line, str(exc)) from None
            if not width and any(cell.strip() for cell in row):
                width = len(row)
            if reader.line_num > line:
                _check_spanning(row, delimiter, width, line)
            rows.append([_as_shown(cell) for cell in row] if excel_text else list(row))
            line = reader.line_num + 1
    finally:
        csv.field_size_limit(previous)
    return rows, encoding, delimiter


def _as_shown(cell: str) -> str:
    """A cell as Excel shows it: ``="00123"`` is ``00123``."""
    if cell.startswith("=") and (text := _EXCEL_TEXT.fullmatch(cell)):
        return text.group(1)
    return cell


def _bad_line(line: int, why: str) -> TextTableError:
    if "field larger" in why:
        problem = words("importing.csv_field_too_long", line=line, most=MAX_FIELD)
    elif "end of data" in why or "EOF" in why:
        problem = words("importing.csv_quote_never_closed", line=line)
    else:
        problem = words("importing.csv_quote_misplaced", line=line)
    return TextTableError(words("importing.csv_bad_line", problem=problem), f"csv:{line}:{why}")


def _check_spanning(row: list[str], delimiter: str, width: int, line: int) -> None:
    """A quoted cell over several lines is fine (a note), unless it holds whole rows."""
    for cell in row:
        inner = cell.splitlines()[1:]
        if width > 1 and any(part.count(delimiter) >= width - 1 for part in inner):
            raise TextTableError(
                words("importing.csv_quote_spans_rows", line=line), f"csv:{line}:spanning"
            )
