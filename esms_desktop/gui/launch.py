"""Start the Qt application and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from esms_desktop import APP_NAME
from esms_desktop.gui import excepthook
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.logs import setup_logging


def run_window(*, demo: bool, lang: str | None = None, exit_after: float | None = None) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    excepthook.install(lang or "vi")
    window = MainWindow(demo=demo)
    window.show()
    if exit_after is not None:
        QTimer.singleShot(int(exit_after * 1000), app.quit)
    return app.exec()
