"""Small widgets shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QWidget

from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    theme.set_role(label, "heading")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    theme.set_role(label, "hint")
    return label


def format_vnd(amount: object) -> str:
    """12345.6 -> "12.346 đ" in the Vietnamese window, "12,346 đ" in the English one."""
    try:
        value = round(float(str(amount)))
    except ValueError:
        return str(amount)
    return QLocale().toString(value) + " đ"


def format_count(n: int) -> str:
    """A count as the window's language writes it: 98.946 in Vietnamese, 98,946 in English."""
    return QLocale().toString(n)


def counted(n: int, one: str, many: str) -> str:
    """The text for ``n`` things: ``one`` (already translated) for 1, else ``many`` with %1 = n.

    English needs "1 number" but "2 numbers"; Vietnamese translates both the same.
    """
    return fill(one if n == 1 else many, format_count(n))


def format_number(value: float, decimals: int = 1) -> str:
    """220.9 -> "220,9" in the Vietnamese window."""
    return QLocale().toString(value, "f", decimals)


class BarChart(QWidget):
    """A small horizontal bar chart of results by reason (no QtCharts needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setMinimumHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        theme.on_change(self.update, self)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = [(label, n) for label, n in bars if n > 0]
        self.setMinimumHeight(max(40, 24 * len(self.bars) + 8))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(n for _, n in self.bars)
        colours = theme.current().chart
        label_width = min(self.width() // 2, 260)
        bar_space = max(10, self.width() - label_width - 60)
        for i, (label, n) in enumerate(self.bars):
            y = 4 + i * 24
            painter.setPen(theme.colour("text"))
            painter.drawText(
                QRectF(0, y, label_width - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = bar_space * n / top
            painter.fillRect(
                QRectF(label_width, y + 2, width, 16), QColor(colours[i % len(colours)])
            )
            painter.drawText(
                QRectF(label_width + width + 6, y, 60, 20), Qt.AlignmentFlag.AlignVCenter, str(n)
            )
        painter.end()


class HintedList(QListWidget):
    """A list that says, while empty, what it will hold: a blank white box said nothing."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(theme.colour("muted"))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(
            self.viewport().rect().adjusted(16, 8, -16, -8), int(flags), self.placeholder
        )
        painter.end()
