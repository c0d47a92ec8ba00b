"""The mouse wheel scrolls the page; it changes a drop-down or a number only once the user
has clicked into it.

The pages scroll, and most of them hold drop-downs (the channel, the Zalo OA, the
template) and number boxes. Qt lets the wheel change any of them the pointer passes
over: scrolling down the Message page once switched the Zalo OA, losing the template
and its column mapping, and the channel, which changes what is sent and its price.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

#: Widgets whose value the wheel changes (date and time boxes are spin boxes).
_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """An application-wide event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _VALUE_WIDGETS):
            # Qt's default gives such a box the focus when the wheel passes over it.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif (
            kind == QEvent.Type.Wheel
            and isinstance(watched, _VALUE_WIDGETS)
            and not watched.hasFocus()
        ):
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: list[WheelGuard] = []


def install(app: QApplication) -> None:
    """Guard every drop-down and number box of ``app`` (once, however often called)."""
    if not _guard:
        _guard.append(WheelGuard(app))
        app.installEventFilter(_guard[0])
