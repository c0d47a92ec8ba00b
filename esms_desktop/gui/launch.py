"""Start the Qt application and the main window."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from esms_desktop import APP_NAME
from esms_desktop.app.resources import resource_dir
from esms_desktop.app.settings import Settings
from esms_desktop.base.texts import set_language
from esms_desktop.gui import focus_ring, i18n, theme, wheel_guard
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.session import Session

#: "light" or "dark" fixes the scheme (screenshots, a user who wants one); else the system's.
THEME_VARIABLE = "ESMS_DESKTOP_THEME"


class FileOpener(QObject):
    """Opens in the window the customer list macOS hands the app (``QFileOpenEvent``:
    a file dropped on the app's icon in the Dock, or opened with the app)."""

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._window.open_list(Path(path))
                return True
        return super().eventFilter(watched, event)


def create_window(
    *,
    demo: bool,
    lang: str | None = None,
    pages_after_show: bool = False,
    scheme: str | None = None,
) -> MainWindow:
    """The window with its session; the QApplication must exist.

    ``pages_after_show``: the window's pages are built after its first paint
    (see :mod:`esms_desktop.gui.main_window`); its ``ready`` signal says when.
    ``scheme``: "light" or "dark"; by default the system's (or ``ESMS_DESKTOP_THEME``).
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wanted = scheme or os.environ.get(THEME_VARIABLE, "").strip().lower() or None
    theme.install(app, wanted if wanted in ("light", "dark") else None)
    wheel_guard.install(app)
    focus_ring.install(app)
    app_icon = QIcon(str(resource_dir() / "icons" / "esms-desktop.png"))
    app.setWindowIcon(app_icon)
    settings = Settings.load(demo=demo)
    language = i18n.choose_language(lang or settings.language)
    i18n.install(language)
    set_language(language)  # the core's words too (errors, reports, pauses)
    session = Session(settings, demo=demo, lang=language)
    window = MainWindow(session, pages_after_show=pages_after_show)
    window.setWindowIcon(app_icon)
    return window


def open_window(
    *, demo: bool, lang: str | None = None, offer_resume: bool = True, opened: Path | None = None
) -> MainWindow:
    """Show the window as the app starts: at once, and the rest right after its first paint.

    The rest: the log file, the dialog for unexpected errors, the pages, the customer
    list the app was given (``opened``), and (with ``offer_resume``) the offer to finish
    unfinished campaigns. None of
    it is needed to paint the window, and together they take longer to import
    than Qt takes to show it.
    """
    window = create_window(demo=demo, lang=lang, pages_after_show=True)

    def finish() -> None:
        from esms_desktop.app.logs import setup_logging
        from esms_desktop.gui import excepthook

        excepthook.install(window.session.lang)  # first: whatever fails below is shown
        # An app folder that cannot be written: no log file, the window still opens (what
        # needs the folder, the journal, reports it when it is opened).
        with contextlib.suppress(OSError):
            setup_logging()
        window.build_pages()
        if opened is not None:
            window.open_list(opened)
        settings = window.session.settings
        if settings.damaged:
            window.session.notice.emit(str(settings.damaged_words()), "warning")
        if offer_resume:
            window.offer_resume()

    window.first_painted.connect(finish)
    window.show()
    return window


def run_window(
    *,
    demo: bool,
    lang: str | None = None,
    exit_after: float | None = None,
    opened: Path | None = None,
) -> int:
    """The window until it closes (``opened``: a customer list to open in it)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    window = open_window(demo=demo, lang=lang, offer_resume=exit_after is None, opened=opened)
    # macOS hands a list dropped on the app's icon (or opened with it) as an event.
    opener = FileOpener(window, app)
    app.installEventFilter(opener)
    if exit_after is not None:
        QTimer.singleShot(int(exit_after * 1000), window.close)
        QTimer.singleShot(int(exit_after * 1000) + 50, app.quit)
    code = app.exec()
    from esms_desktop.gui.workers import drain

    if not drain():
        # A request still waits for eSMS: end the process as a kill would; the
        # journal is written for that (the request is settled at the next start).
        import logging

        logging.shutdown()
        os._exit(code)
    return code
