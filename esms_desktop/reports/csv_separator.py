"""The column separator a .csv report is written with: the one Excel expects here.

Excel opens a .csv (double-click, or "Open report") splitting it at Windows' *list
separator* (Settings > Time & language > Region > Additional settings), not at the comma.
Where the decimal mark is a comma the list separator is usually ";", and a comma CSV then
opens as one column of whole lines. A report is written with this computer's list
separator, as Excel's own "CSV" save does here; on macOS and Linux, and when Windows' setting
cannot be read or is not one of the usual marks, with a comma. The app reads either back
(``importing.text_files`` finds the separator).

Imports nothing of the app (``reports`` layer; ``winreg`` exists on Windows only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

#: The separators written: any other setting (a letter, a quote, several characters) would
#: make a file no program reads back as meant.
USUAL = (",", ";", "\t", "|")


def _registry_list_separator() -> str:
    """Windows' list separator of the user (``HKCU\\Control Panel\\International``, ``sList``)."""
    if sys.platform != "win32":
        raise OSError("no Windows registry here")
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Control Panel\International") as key:
        value, _kind = winreg.QueryValueEx(key, "sList")
    return str(value)


def excel_list_separator(
    platform: str = sys.platform, read: Callable[[], str] = _registry_list_separator
) -> str:
    """The separator Excel splits a .csv at on this computer (``read`` is the Windows
    setting's reader: tests give their own)."""
    if platform != "win32":
        return ","
    try:
        value = read()
    except (ImportError, OSError):  # no such value (a trimmed-down Windows, a sandbox)
        return ","
    return value if value in USUAL else ","
