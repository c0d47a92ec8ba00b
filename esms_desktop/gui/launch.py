"""Start the Qt application and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from esms_desktop import APP_NAME
from esms_desktop.gui import excepthook, i18n
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.session import Session
from esms_desktop.logs import setup_logging
from esms_desktop.settings import Settings


def create_window(*, demo: bool, lang: str | None = None) -> MainWindow:
    """The window with its session; the QApplication must exist."""
    settings = Settings.load()
    language = i18n.choose_language(lang or settings.language)
    i18n.install(language)
    return MainWindow(Session(settings, demo=demo, lang=language))


def run_window(*, demo: bool, lang: str | None = None, exit_after: float | None = None) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    window = create_window(demo=demo, lang=lang)
    excepthook.install(window.session.lang)
    window.show()
    if exit_after is not None:
        QTimer.singleShot(int(exit_after * 1000), window.close)
        QTimer.singleShot(int(exit_after * 1000) + 50, app.quit)
    else:
        QTimer.singleShot(0, window.offer_resume)
    return app.exec()
