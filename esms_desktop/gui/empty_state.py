"""What a page shows while it has nothing yet: one sentence and one action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from esms_desktop.gui import theme


class EmptyState(QFrame):
    """A title, a line of explanation and the one button that gets the page going."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        name: str,
        icon: str = "empty",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        theme.set_role(self, "empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title, self)
        theme.set_role(self.title, "emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        theme.set_role(self.text, "hint")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(action, self)
        self.button.setObjectName(name + "Button")
        self.button.setAccessibleName(action)
        theme.set_role(self.button, "primary")
        theme.set_icon(self.button, icon, "on_primary")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
