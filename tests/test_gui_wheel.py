"""The mouse wheel scrolls the page over a drop-down or a number box the user did not
click into: scrolling the Message page once switched the Zalo OA and the channel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from esms_desktop.gui import wheel_guard
from esms_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120 if down else 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_and_changes_a_box_only_once_clicked_into(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wheel_guard.install(app)
    area = QScrollArea()
    page = QWidget()
    layout = QVBoxLayout(page)
    combo, spin = QComboBox(page), QSpinBox(page)
    combo.addItems(["SMS", "Zalo", "Zalo then SMS"])
    spin.setValue(5)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(2000)
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives it no focus

    _wheel(combo)
    _wheel(spin)
    assert combo.currentIndex() == 0 and spin.value() == 5
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_scrolling_the_message_page_leaves_the_channel_as_chosen(demo_window: MainWindow) -> None:
    demo_window.go(demo_window.MESSAGE)
    combo = demo_window.message_page.channel_combo
    chosen = combo.currentIndex()
    _wheel(combo, down=chosen < combo.count() - 1)  # towards another choice
    assert combo.currentIndex() == chosen
