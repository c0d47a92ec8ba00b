"""Reading customer files: spreadsheets and text tables, header detection, column mapping.

Holds the guarded readers (sizes measured before parsing), cells and their
dates, legacy Vietnamese encodings, and column guessing.

May import: ``base``, ``telecom``.

The names below are imported from their modules when first used (:mod:`esms_desktop.
base.lazy`): the legacy-encoding choices, say, do not load the readers.
"""

from typing import TYPE_CHECKING

from esms_desktop.base.lazy import exports

if TYPE_CHECKING:
    from esms_desktop.importing.columns import ColumnMapping, guess_mapping
    from esms_desktop.importing.reader import Table, list_sheets, read_table
    from esms_desktop.importing.suffixes import SUPPORTED_SUFFIXES

__getattr__ = exports(
    __name__,
    {
        "ColumnMapping": "esms_desktop.importing.columns",
        "guess_mapping": "esms_desktop.importing.columns",
        "SUPPORTED_SUFFIXES": "esms_desktop.importing.suffixes",
        "Table": "esms_desktop.importing.reader",
        "list_sheets": "esms_desktop.importing.reader",
        "read_table": "esms_desktop.importing.reader",
    },
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ColumnMapping",
    "Table",
    "guess_mapping",
    "list_sheets",
    "read_table",
]
