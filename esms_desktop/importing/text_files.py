"""CSV and TXT files: encoding and delimiter detection.

Encodings are tried in the order they really occur in Vietnamese offices: a
BOM first (UTF-8, or UTF-16 from Excel's "Unicode text"), then strict UTF-8,
then Windows-1258 (Vietnamese Windows), then Windows-1252.
"""

from __future__ import annotations

import codecs
import csv
import io

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = (",", ";", "\t", "|")


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
        counts = [len(next(csv.reader([line], delimiter=delimiter))) - 1 for line in lines]
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


def read_text_table(data: bytes) -> tuple[list[list[object]], str, str]:
    """Rows of a text table, with the encoding and the delimiter found."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise ValueError("binary data")
    delimiter = sniff_delimiter(text)
    rows: list[list[object]] = [
        list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return rows, encoding, delimiter
