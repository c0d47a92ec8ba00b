"""The Customers page's do-not-send list, edited: one number per line, normalised on save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.gui.i18n import fill
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
        self.problem = QLabel(self)
        self.problem.setObjectName("optOutProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(360, 420)

    def accept(self) -> None:
        """Saved only when every line is a number: a line with a note beside its number
        ("Chị Lan 0913000104", "0913000105 (hủy)") was dropped without a word, and that
        customer, who asked to stop, was sent to."""
        lines = (line.strip() for line in self.edit.toPlainText().splitlines())
        unread = [line for line in lines if line and not normalize_phone(line).number]
        if not unread:
            super().accept()
            return
        shown = "; ".join(f'"{line[:40]}"' for line in unread[:5])
        self.problem.setText(
            fill(
                self.tr(
                    "Not saved. Not a phone number: %1. Write one number per line, without "
                    "a name or a note, then save again."
                ),
                shown + (" ..." if len(unread) > 5 else ""),
            )
        )
        self.problem.setVisible(True)
        self.edit.setFocus()

    def numbers(self) -> list[str]:
        found = []
        for line in self.edit.toPlainText().splitlines():
            result = normalize_phone(line)
            if result.number and result.number not in found:
                found.append(result.number)
        return found
