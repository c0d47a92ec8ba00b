"""Show unexpected errors in a dialog instead of letting the app die."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot

from esms_desktop.gui import dialogs
from esms_desktop.user_text import for_error

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries errors from any thread to the GUI thread."""

    error = Signal(object)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.error.connect(self._show)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        dialogs.show_error(None, for_error(exc, self.lang))


_bridge: _Bridge | None = None


def install(lang: str = "vi") -> None:
    """Replace ``sys.excepthook`` and ``threading.excepthook``. Call on the GUI thread."""
    global _bridge
    _bridge = _Bridge(lang)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if _bridge is not None:
            _bridge.error.emit(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
