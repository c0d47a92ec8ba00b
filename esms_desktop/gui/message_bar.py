"""A dismissible bar at the top of a page, for what the user should know but need not decide.

Instead of a modal box: the page stays usable, the bar says what happened and
what to do, and it goes with its close button or the next thing that happens.
Every message shown is also logged (no failure is swallowed silently).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import theme

if TYPE_CHECKING:
    from esms_desktop.gui.session import Session

log = logging.getLogger(__name__)

_ICONS = {"info": "info", "warning": "warning", "error": "error"}
_TONES = {"info": "info", "warning": "warn", "error": "bad"}


class MessageBar(QFrame):
    """Hidden until :meth:`show_message`; ``level`` is info, warning or error.

    A message may be about one thing (``about``): it goes by itself when that thing is
    said to be fine again (:meth:`resolve`), e.g. the Zalo templates read after a
    failure to read them. A bar left up after its cause is gone says what is not true."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        theme.set_role(self, "messageBar", level="info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("messageBarText")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("messageBarClose")
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message"))
        theme.set_icon(self.close_button, "close")
        self.close_button.clicked.connect(self.hide)
        #: What the message shown is about ("" for nothing in particular).
        self.about = ""
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, level: str = "warning", about: str = "") -> None:
        getattr(log, "warning" if level != "info" else "info")("message bar: %s", text)
        self.about = about
        theme.set_role(self, "messageBar", level=level)
        self.icon.setPixmap(theme.icon(_ICONS[level], _TONES[level]).pixmap(20, 20))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def follow(self, session: Session) -> None:
        """Show the session's notices; a notice about something goes once it is resolved."""
        session.notice.connect(self.show_message)
        session.notice_about.connect(self.show_message)
        session.resolved.connect(self.resolve)

    def resolve(self, about: str) -> None:
        """``about`` is fine again: its message, if still shown, goes."""
        if about and self.about == about and self.isVisible():
            log.info("message bar: %s resolved", about)
            self.hide()

    def show_user_message(self, message: UserMessage, level: str = "error") -> None:
        """A core error in the user's words: what happened, then what to do."""
        self.show_message(message.in_one_line(), level)
