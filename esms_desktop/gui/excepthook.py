"""Show unexpected errors in a dialog instead of letting the app die."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot

from esms_desktop.app.user_text import for_error
from esms_desktop.base.texts import speaking
from esms_desktop.gui import dialogs

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries errors from any thread to the GUI thread."""

    error = Signal(object)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.error.connect(self._show)

        #: An error dialog is open: errors meanwhile are logged, not shown on top of it
        #: (a dialog's own event loop would run the next error's dialog, and so on).
        self.showing = False

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            with speaking(self.lang):
                message = for_error(exc)
            dialogs.show_error(None, message)
        except Exception:
            log.exception("the error dialog itself failed")
        finally:
            self.showing = False


_bridge: _Bridge | None = None
#: Per thread: the hook is running (see ``hook``).
_inside = threading.local()


def install(lang: str = "vi") -> None:
    """Replace ``sys.excepthook`` and ``threading.excepthook``. Call on the GUI thread."""
    global _bridge
    _bridge = _Bridge(lang)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # Re-entry (an error while handling an error: in the logging, in the dialog's
        # text) must not recurse: the second one only goes to stderr.
        if getattr(_inside, "active", False):
            sys.__excepthook__(kind, exc, tb)
            return
        _inside.active = True
        try:
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
            if _bridge is not None:
                _bridge.error.emit(exc)
        except Exception:
            sys.__excepthook__(kind, exc, tb)
        finally:
            _inside.active = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
