"""Every message box of the app comes from here, so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from esms_desktop.app.user_text import UserMessage
from esms_desktop.reports.campaign_report import REPORT_SUFFIXES

# The context of Qt's own button words, translated by ``qt_<lang>.qm`` (a name, not a
# literal, so that the app's own catalogues do not collect them).
QT_OWN = "QPlatformTheme"


def show_error(parent: QWidget | None, message: UserMessage) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(message.title)
    box.setText(message.text)
    box.setInformativeText(message.action)
    if message.detail:
        box.setDetailedText(message.detail)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
    """A yes/no question; ``yes`` and ``no`` name the buttons by what they do.

    Every question here asks before money is spent or something is lost (send, delete,
    restore), so Enter answers No: a second press of Enter after "Send now" sent the
    campaign before its price was read."""
    if not yes and not no:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    # A missing name is Qt's own word, in the window's language (it was English "OK").
    yes = yes or QCoreApplication.translate(QT_OWN, "OK")
    no = no or QCoreApplication.translate(QT_OWN, "Cancel")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# The least width of a report's box: its lines whole on a 1024-pixel screen.
REPORT_WIDTH = 620


def show_report(
    parent: QWidget | None, title: str, summary: str, report: str, support: str = ""
) -> None:
    """A result the user may copy and send on (selectable text, full report under details).

    ``support``: technical lines for support, not shown; "Copy for support" puts the
    report and them on the clipboard (the box stays open, the button says it is done).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(summary)
    box.setDetailedText(report)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if support:
        copy = box.addButton(
            QCoreApplication.translate("dialogs", "&Copy for support"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.disconnect()  # a message box closes on any button: this one copies
        copy.clicked.connect(lambda: _copy_for_support(copy, f"{report}\n\n{support}"))
    box.addButton(QMessageBox.StandardButton.Close)
    grid = box.layout()
    if isinstance(grid, QGridLayout):  # room for the report's lines (it wrapped every one)
        wide = QSpacerItem(REPORT_WIDTH, 0, QSizePolicy.Policy.Minimum)
        grid.addItem(wide, grid.rowCount(), 0, 1, grid.columnCount())
    box.exec()


def _copy_for_support(button: QAbstractButton, text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    button.setText(
        QCoreApplication.translate("dialogs", "Copied: paste it in a message to support")
    )


def ask_report_path(parent: QWidget, title: str, last_folder: str, campaign_id: int) -> Path | None:
    """The file the user chose for campaign ``campaign_id``'s report (None: cancelled), with
    the suffix of the type chosen when the name has none of the two (a dialog that does not
    add it left "bao-cao" refused as a name not ending in .xlsx or .csv)."""
    proposed = save_place(last_folder, f"bao-cao-{campaign_id}.xlsx")
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, proposed, "Excel (*.xlsx);;CSV (*.csv)"
    )
    if not path:
        return None
    if Path(path).suffix.lower() in REPORT_SUFFIXES:
        return Path(path)
    return Path(path + (".csv" if "csv" in chosen.lower() else ".xlsx"))


def save_place(last_folder: str, name: str) -> str:
    """Where a file ``name`` the app offers to save is proposed: the folder of the customer
    list last opened, else Documents (else home); not the folder the app was started from
    (on Windows its own program folder, often not writable, and never looked at)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last_folder, documents, str(Path.home())):
        if folder and Path(folder).is_dir():
            return str(Path(folder) / name)
    return str(Path(documents or Path.home()) / name)
