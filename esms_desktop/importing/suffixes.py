"""The kinds of customer file the app reads, by the end of their names.

A module of its own: the command line asks it at start-up (a list given to the app
by itself, as Windows does for a file dropped on the app's icon) without loading
the readers.
"""

from __future__ import annotations

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES
