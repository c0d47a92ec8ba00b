"""Where the keyboard is, seen at once: a 2 px focus ring on buttons, fields, tables and
the steps list, 3:1 against what it is drawn on (WCAG 1.4.11, 2.4.13); it was Fusion's
pale selection colour (1.3:1 on white). A click on a button does not show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from esms_desktop.gui import focus_ring, theme
from esms_desktop.gui.theme.palette import DARK, FOCUS_PAIRS, LIGHT, below


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_focus_ring_stands_out_three_to_one(palette) -> None:  # type: ignore[no-untyped-def]
    assert not below(palette, FOCUS_PAIRS, 3.0)


def _ring_pixels(host: QWidget, control: QWidget) -> int:
    """How many pixels just outside ``control`` (where the ring goes) are its colour."""
    image = host.grab().toImage()
    ring = QColor(theme.current().focus).rgb()
    inner = QRect(control.mapTo(host, QPoint(0, 0)), control.size())
    outer = inner.adjusted(-3, -3, 3, 3)
    return sum(
        1
        for y in range(outer.top(), outer.bottom() + 1)
        for x in range(outer.left(), outer.right() + 1)
        if not inner.contains(x, y) and image.pixel(x, y) == ring
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "kind", ["button", "primary", "field", "combo", "spin", "table", "check", "tight"]
)
def test_a_focused_control_has_a_ring_an_unfocused_one_none(
    qtbot: QtBot, app_home: Path, kind: str, scheme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.install(app, scheme)
    focus_ring.install(app)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    other = QLineEdit(host)
    made = {
        "button": lambda: QPushButton("&Gửi ngay", host),
        "primary": lambda: theme.set_role(QPushButton("&Kiểm tra", host), "primary"),
        "field": lambda: QLineEdit(host),
        "combo": lambda: QComboBox(host),
        "spin": lambda: QSpinBox(host),
        "table": lambda: QTableWidget(3, 3, host),
        "check": lambda: QCheckBox("Chỉ &thử", host),
        "tight": lambda: _in_a_tight_row(host),  # a dialog's buttons: no room round them
    }
    control = made[kind]()
    layout.addWidget(other)
    layout.addWidget(control if kind != "tight" else control.parentWidget())
    host.resize(400, 300)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _ring_pixels(host, control) == 0
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    qtbot.wait(20)
    perimeter = 2 * (control.width() + control.height())
    assert _ring_pixels(host, control) >= 1.6 * perimeter, kind  # all round, 2 px thick
    theme.install(app, "light")


def _in_a_tight_row(host: QWidget) -> QPushButton:
    row = QWidget(host)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    button = QPushButton("&Có", row)
    line.addWidget(button)
    return button


def test_a_click_leaves_buttons_without_the_ring(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Buttons take focus from Tab, not a click: a mouse user sees no ring on them."""
    page = demo_window.account_page
    demo_window.go(demo_window.ACCOUNT)
    for button in (page.test_button, page.diagnose_button, demo_window.recipients_page.open_button):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus, button.objectName()
