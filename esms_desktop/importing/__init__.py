"""Reading customer files: spreadsheets and text tables, header detection, column mapping.

Holds the guarded readers (sizes measured before parsing), cells and their
dates, legacy Vietnamese encodings, and column guessing.

May import: ``base``, ``telecom``.
"""

from esms_desktop.importing.columns import ColumnMapping, guess_mapping
from esms_desktop.importing.reader import SUPPORTED_SUFFIXES, Table, list_sheets, read_table

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ColumnMapping",
    "Table",
    "guess_mapping",
    "list_sheets",
    "read_table",
]
