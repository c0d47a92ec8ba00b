"""KPI tiles: the few numbers that matter, big, each with what it counts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.gui import theme


class _Caption(QLabel):
    """A tile's label, wrapped, with room for ``lines`` lines whatever it says: a longer
    caption (a blocked check's "Cannot send yet: fix the first problem below") fills the
    room kept for it, and the tiles and what is below them do not move."""

    def __init__(self, text: str, lines: int, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lines = lines

    def _room(self) -> int:
        return self._lines * self.fontMetrics().lineSpacing()

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._room())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._room()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._room()))


class Tile(QFrame):
    """One number and its label; ``tone`` (ok / bad / warn / info) colours its edge.
    ``lines``: the lines kept for the label (2 for a label that grows, see TileRow)."""

    def __init__(
        self, label: str, name: str, parent: QWidget | None = None, lines: int = 1
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        theme.set_role(self, "tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.value = QLabel("–", self)
        self.value.setObjectName(name + "Value")
        theme.set_role(self.value, "tileValue")
        self.label = _Caption(label, lines, self)
        theme.set_role(self.label, "tileLabel")
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        self.setAccessibleName(label)

    def set_label(self, label: str) -> None:
        """What the number counts, said again (a count that cannot be sent yet)."""
        if self.label.text() != label:
            self.label.setText(label)
            self.setAccessibleName(label)

    def set(self, value: str, tone: str = "") -> None:
        self.value.setText(value)
        self.setAccessibleDescription(value)
        if self.property("tone") != tone:
            theme.set_tone(self, tone)


class TileRow(QWidget):
    """Tiles side by side, sharing the width. ``label_lines``: the lines kept for each
    label; 2 where a label says more at times (set with ``label=``), so the tiles keep
    their height when it does."""

    def __init__(self, parent: QWidget | None = None, label_lines: int = 1) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self.tiles: dict[str, Tile] = {}
        self._label_lines = label_lines

    def add(self, key: str, label: str) -> Tile:
        tile = Tile(label, key + "Tile", self, self._label_lines)
        self._layout.addWidget(tile, 1)
        self.tiles[key] = tile
        return tile

    def set(self, key: str, value: str, tone: str = "", label: str | None = None) -> None:
        self.tiles[key].set(value, tone)
        if label is not None:
            self.tiles[key].set_label(label)

    def clear(self) -> None:
        for tile in self.tiles.values():
            tile.set("–")


class TileBand(QStackedWidget):
    """The tiles' place: the tiles; or, before there is anything to count, a quiet box
    saying what will appear there; or nothing (while what they counted is redone).

    Always as tall as the tallest of these: the page below does not move as the tiles
    come and go (the Message page keeps the text being typed in place)."""

    def __init__(self, tiles: TileRow, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        room = QWidget(self)  # the tiles' own margins, so the box lines up with them
        outer = QVBoxLayout(room)
        outer.setContentsMargins(0, 4, 0, 4)
        self.placeholder = QFrame(room)
        self.placeholder.setObjectName("tilesPlaceholder")
        theme.set_role(self.placeholder, "empty")
        inner = QVBoxLayout(self.placeholder)
        inner.setContentsMargins(12, 8, 12, 8)
        self.placeholder_text = QLabel(placeholder, self.placeholder)
        theme.set_role(self.placeholder_text, "hint")
        self.placeholder_text.setWordWrap(True)
        self.placeholder_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.placeholder_text)
        outer.addWidget(self.placeholder)
        self.placeholder.setAccessibleName(placeholder)
        self._room = room
        self._nothing = QWidget(self)
        for page in (room, tiles, self._nothing):
            self.addWidget(page)

    def show_part(self, part: str) -> None:
        """``tiles``, ``placeholder`` or ``nothing``."""
        page = {"tiles": self.tiles, "placeholder": self._room, "nothing": self._nothing}[part]
        if self.currentWidget() is not page:
            self.setCurrentWidget(page)
