"""Icons from a maintained set (Material Design Icons, through qtawesome), tinted by the theme.

qtawesome draws the icons from the icon font it ships (Apache 2.0 / OFL,
see its package); nothing is fetched at run time. Icons are asked for by
what they mean, so the set can change in one place.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

#: What an icon means -> its name in qtawesome.
NAMES: dict[str, str] = {
    "account": "mdi6.account-key-outline",
    "customers": "mdi6.account-group-outline",
    "message": "mdi6.message-text-outline",
    "send": "mdi6.send-outline",
    "history": "mdi6.history",
    "file": "mdi6.file-excel-outline",
    "sample": "mdi6.file-star-outline",
    "check": "mdi6.clipboard-check-outline",
    "report": "mdi6.file-chart-outline",
    "retry": "mdi6.restore",
    "new": "mdi6.plus-circle-outline",
    "pause": "mdi6.pause",
    "resume": "mdi6.play",
    "cancel": "mdi6.stop",
    "refresh": "mdi6.refresh",
    "warning": "mdi6.alert-outline",
    "error": "mdi6.alert-circle-outline",
    "info": "mdi6.information-outline",
    "close": "mdi6.close",
    "help": "mdi6.help-circle-outline",
    "ok": "mdi6.check-circle-outline",
    "empty": "mdi6.inbox-outline",
}


def make_icon(meaning: str, colour: str) -> QIcon:
    """The icon for ``meaning`` drawn in ``colour``; an empty icon when it cannot be drawn
    (a missing icon font must never stop the window)."""
    try:
        import qtawesome  # imported on first use: it loads its fonts
    except ImportError:  # pragma: no cover - a broken install
        return QIcon()
    try:
        return qtawesome.icon(NAMES[meaning], color=colour)
    except Exception:  # qtawesome raises plain Exception for a missing font
        import logging

        logging.getLogger(__name__).warning("icon %s could not be drawn", meaning, exc_info=True)
        return QIcon()
