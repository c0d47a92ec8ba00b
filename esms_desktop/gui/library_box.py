"""The message library on the Message page: pick a saved message, or save the one written.

The same library as ``esms-desktop library`` (:mod:`esms_desktop.app.library`, in the
journal's file), read and written off the GUI thread. A campaign checked while
the form still holds a picked (or just saved) message records that entry's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from esms_desktop.app.library import LibraryEntry, MessageLibrary
from esms_desktop.gui.session import Session
from esms_desktop.gui.workers import Newest, run_task

__all__ = ["LibraryBox"]


class LibraryBox(QWidget):
    #: A saved message was picked: the form should show it.
    picked = Signal(object)
    #: The library was read again (for tests).
    listed = Signal()

    def __init__(
        self,
        session: Session,
        current: Callable[[], LibraryEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        #: What the form holds now, as an entry without a name.
        self._current = current
        self.entries: list[LibraryEntry] = []
        #: The entry the form was last filled from or saved as.
        self.loaded: LibraryEntry | None = None
        self.setObjectName("libraryBox")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Saved messages:"), self))
        self.combo = QComboBox(self)
        self.combo.setObjectName("libraryCombo")
        self.combo.setMinimumContentsLength(16)
        self.use_button = QPushButton(self.tr("&Use"), self)
        self.use_button.setObjectName("libraryUseButton")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("libraryNameEdit")
        self.name_edit.setPlaceholderText(self.tr("name, e.g. Thanks for the order"))
        self.save_button = QPushButton(self.tr("Sa&ve this message"), self)
        self.save_button.setObjectName("librarySaveButton")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names from files and eSMS
        self.status.setObjectName("libraryStatus")
        row.addWidget(self.combo, 1)
        row.addWidget(self.use_button)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.status)
        self.use_button.clicked.connect(self.use)
        self.save_button.clicked.connect(self.save)
        self._listing = Newest()
        self.reload()

    def _library(self) -> MessageLibrary:
        return MessageLibrary(self.session.journal.path)

    def reload(self) -> None:
        """List the saved messages again. The journal is opened (and checked) on the worker
        thread, not at the window's start. Only the newest listing is shown: an older one
        arriving later (the window's first, slow) would drop a message saved since."""
        self._listing.run(lambda: self._library().entries(), self._listed, self._failed)

    def _listed(self, entries: list[LibraryEntry]) -> None:
        self.entries = entries
        current = self.combo.currentText()
        self.combo.clear()
        for e in entries:
            self.combo.addItem(f"{e.name}  [{e.channel}]", e.name)
        at = self.combo.findText(current)
        if at >= 0:
            self.combo.setCurrentIndex(at)
        self.use_button.setEnabled(bool(entries))
        self.listed.emit()

    def use(self) -> None:
        name = self.combo.currentData()
        entry = next((e for e in self.entries if e.name == name), None)
        if entry is not None:
            self.loaded = entry
            self.name_edit.setText(entry.name)
            self.picked.emit(entry)

    def save(self) -> None:
        name = self.name_edit.text().strip()
        form = self._current()
        entry = LibraryEntry(
            name,
            form.channel,
            form.content,
            form.brandname,
            form.oaid,
            form.template_id,
            form.params,
        )
        self.save_button.setEnabled(False)

        def saved(result: LibraryEntry) -> None:
            self.loaded = result
            self.status.setText(self.tr("Saved."))
            self.reload()

        run_task(
            lambda: self._library().save(entry),
            saved,
            self._failed,
            lambda: self.save_button.setEnabled(True),
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))  # a LibraryError says what is wrong

    def entry_name(self) -> str:
        """The name to record with a campaign: the loaded entry, while the form still
        sends what it holds."""
        entry, form = self.loaded, self._current()
        if entry is None:
            return ""
        same = (entry.channel, entry.content.strip(), entry.template_id) == (
            form.channel,
            form.content.strip(),
            form.template_id,
        )
        return entry.name if same else ""
