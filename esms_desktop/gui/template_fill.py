"""Fill a registered customer-care template: each {P1,20} blank from a column or a text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill
from esms_desktop.message.templates import guess_columns, parse_template


class TemplateFillDialog(QDialog):
    """Shows the template and one picker per blank; the result is the message text."""

    def __init__(self, template: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill the template"))
        self.shape = parse_template(template)
        self.columns = columns
        layout = QVBoxLayout(self)
        preview = QLabel(self.shape.skeleton, self)
        preview.setWordWrap(True)
        theme.set_role(preview, "preview")
        layout.addWidget(preview)
        form = QFormLayout()
        self.pickers: list[QComboBox] = []
        guesses = guess_columns(self.shape, columns)
        for i, blank in enumerate(self.shape.placeholders, start=1):
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setObjectName(f"blank_{blank.name}")
            combo.addItems(columns)
            guess = guesses[i - 1]
            # Pre-filled where the template's words name a column; else left to the user.
            combo.setCurrentIndex(columns.index(guess) if guess is not None else -1)
            combo.setToolTip(self.tr("Pick a column, or type a text that is the same for everyone"))
            label = self.tr("Blank %1 (up to %2 characters)")
            form.addRow(fill(label, str(i), str(blank.max_length)), combo)
            self.pickers.append(combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The template with each blank replaced by ``{Column}`` or the typed text."""
        values = []
        for combo in self.pickers:
            choice = combo.currentText().strip()
            values.append("{" + choice + "}" if choice in self.columns else choice)
        return self.shape.fill(values)
