"""What stops the window from opening, said in a message box: the app is started from
an icon, where nobody reads what it prints."""

from __future__ import annotations

import sys

from esms_desktop import APP_NAME
from esms_desktop.app.user_text import for_error


def show_start_error(exc: BaseException) -> None:
    """``exc``, in the user's words, in a message box before the app ends."""
    from PySide6.QtWidgets import QApplication

    from esms_desktop.base.texts import current_language
    from esms_desktop.gui import dialogs, i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    i18n.install(current_language())  # the box's own button too
    dialogs.show_error(None, for_error(exc))
