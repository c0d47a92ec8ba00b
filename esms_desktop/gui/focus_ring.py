"""The keyboard focus ring: 2 px in the theme's ``focus`` colour, drawn just outside the
control that has the keyboard (a button, a field, a list, a table).

Fusion's own sign of focus was a 1 px line in the pale selection colour (1.3:1 on
white), easy to lose. The ring is one small see-through widget laid over the
control's window, so the control keeps its look and nothing moves; it follows the
control when it, or a page it is on, moves or hides. Buttons are focused by Tab only
(``gui.keyboard``): a mouse user sees the ring in the field they type in, not on the
button they click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from esms_desktop.gui import theme

#: The controls ringed; the focus inside one of them (an editable box's line) rings it.
RINGED = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
#: Pixels between the control and the ring, and the ring's width.
GAP, WIDTH = 1, 2


def ringed(widget: QWidget | None) -> QWidget | None:
    """The control whose ring shows ``widget``'s focus (None: no ring)."""
    if widget is None:
        return None
    owner = widget.parentWidget()
    while owner is not None:  # the line of an editable box, a view's viewport
        if isinstance(owner, QComboBox | QAbstractSpinBox | QAbstractItemView):
            widget = owner
        owner = owner.parentWidget()
    return widget if isinstance(widget, RINGED) else None


class FocusRing(QWidget):
    """The one ring of the application (:func:`install`): laid over the control's window,
    so a tight parent (a dialog's row of buttons) does not cut it, and cut only where a
    scrolled page hides the control."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        #: The control and its parents up to the window: a move of any moves the ring.
        self._watched: list[QWidget] = []
        self._clip = QRect()

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        target = ringed(widget)
        self.target, self._watched = target, []
        if target is None or target.isWindow():
            self.target = None
            self.hide()
            return
        chain: QWidget | None = target
        while chain is not None and not chain.isWindow():
            chain.installEventFilter(self)
            self._watched.append(chain)
            chain = chain.parentWidget()
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        window = target.window()
        margin = GAP + WIDTH
        rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        rect = rect.adjusted(-margin, -margin, margin, margin)
        clip = QRect(rect)
        for inner in self._watched[1:]:  # a scrolled page shows only its viewport's part
            outer = inner.parentWidget()
            if isinstance(outer, QAbstractScrollArea) and outer.viewport() is inner:
                clip = clip.intersected(QRect(inner.mapTo(window, QPoint(0, 0)), inner.size()))
        if clip.isEmpty():
            self.hide()
            return
        if self.parentWidget() is not window:
            self.setParent(window)
        self._clip = clip.translated(-rect.topLeft())
        self.setGeometry(rect)
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(self._clip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.current().focus), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 5, 5)
        painter.end()


_ring: list[FocusRing] = []


def current_ring() -> FocusRing:
    """The ring; a new one when the window it was laid over has gone (and it with it)."""
    if not _ring or not isValid(_ring[0]):
        _ring[:] = [FocusRing()]
    return _ring[0]


def install(app: QApplication) -> None:
    """The ring follows the keyboard focus from now on (once, however often called)."""
    if app.property("focusRing"):
        return
    app.setProperty("focusRing", True)
    app.focusChanged.connect(lambda _old, new: current_ring().follow(new))
