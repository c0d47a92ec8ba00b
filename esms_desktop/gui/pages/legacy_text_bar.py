"""The Customers page's bar about a file in an old Vietnamese encoding (VNI, TCVN3, mojibake).

It says what the file seems to be in, shows a few names before and after
conversion, and converts on the user's choice (the page reads the file again,
converted); once converted, it says so and can undo. Rows whose message would
carry garbled text are held back by the check whatever the user chooses; before
a check, every row with garbled text is (the table marks them so): the bar says
how many, as the table shows them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from esms_desktop.base.texts import say
from esms_desktop.checks.result import CheckReport
from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.widgets import format_count
from esms_desktop.importing.legacy_text import NAMES, LegacyText
from esms_desktop.recipients.recipient_list import RecipientList


def held_back(recipients: RecipientList, report: CheckReport | None) -> int:
    """How many rows are held back for their garbled text: before a check, every ready
    row with some (the table marks them so); after it, those whose message uses one."""
    if report is None:
        return len(recipients.garbled_ready)
    return sum(code == "garbled_text" for code in report.excluded.values())


class LegacyTextBar(QFrame):
    """Hidden until a file's text looks garbled. ``convert_requested`` carries the choice:
    an encoding to convert from, or ``"none"`` to read the file as it is again."""

    convert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legacyTextBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        theme.set_role(self, "messageBar", level="warning")  # the theme's warning colours
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("legacyTextLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("legacyTextButton")
        self.button.setAccessibleName(self.tr("Convert the text, or undo the conversion"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._clicked)
        self._choice = "none"
        self.setVisible(False)

    def show_for(self, legacy: LegacyText, held: int = 0) -> None:
        """Show what ``legacy`` found (or converted); hide when the text reads right.
        ``held``: how many rows are held back for it now, as the table marks them."""
        if legacy.converted is not None:
            self.label.setText(
                fill(
                    self.tr("Converted %1 cells from %2 to normal Vietnamese text."),
                    str(legacy.cells_converted),
                    say(NAMES[legacy.converted]),
                )
            )
            self.button.setText(self.tr("&Undo"))
            self._choice = "none"
            self.setVisible(True)
            return
        if legacy.found is None:
            self.setVisible(False)
            return
        examples = "<br>".join(
            f"&nbsp;&nbsp;{html.escape(before)} &rarr; <b>{html.escape(after)}</b>"
            for before, after in legacy.examples
        )
        name = html.escape(say(NAMES[legacy.found]))
        if held:
            said = fill(
                self.tr(
                    "This file seems to be in %1, an old Vietnamese encoding: names would be sent "
                    'garbled, so %2 rows are held back (marked "Cannot send" below). '
                    "Convert the text?"
                ),
                name,
                format_count(held),
            )
        else:
            said = fill(
                self.tr(
                    "This file seems to be in %1, an old Vietnamese encoding; the message does "
                    "not use its garbled cells, so no row is held back. Convert the text anyway?"
                ),
                name,
            )
        self.label.setText(said + "<br>" + examples)
        self.button.setText(self.tr("&Convert"))
        self._choice = legacy.found
        self.setVisible(True)

    def _clicked(self) -> None:
        self.convert_requested.emit(self._choice)
