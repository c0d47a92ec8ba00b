"""Reading customer files: spreadsheets and text tables, header detection, column mapping."""

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
