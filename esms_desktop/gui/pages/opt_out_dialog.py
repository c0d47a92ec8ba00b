"""The Customers page's do-not-send list, edited: one number per line, normalised on save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from esms_desktop.gui.widgets import hint
from esms_desktop.telecom.phones import normalize_phone

__all__ = ["OptOutDialog"]


class OptOutDialog(QDialog):
    """The do-not-send list: one number per line, normalised on save."""

    def __init__(self, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Do-not-send list"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Numbers here never receive a message: customers who asked to stop, and "
                    "numbers eSMS reported as blocked (code 99). One number per line."
                ),
                self,
            )
        )
        self.edit = QPlainTextEdit("\n".join(numbers), self)
        self.edit.setObjectName("optOutEdit")
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(360, 420)

    def numbers(self) -> list[str]:
        found = []
        for line in self.edit.toPlainText().splitlines():
            result = normalize_phone(line)
            if result.number and result.number not in found:
                found.append(result.number)
        return found
