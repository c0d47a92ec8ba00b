"""The window by keyboard: buttons and check boxes take focus from Tab, not from a click.

The focus ring (``theme.style.focus_rules``) shows where the keyboard is. A button
that took focus from a click showed the ring too, to a mouse user who had no use for
it; with Tab only, a mouse user sees the ring only in the field they type in, and a
click on a button leaves the keyboard where it was. Alt+letter still presses them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def focus_from_tab(root: QWidget) -> None:
    """Every button under ``root`` that a click would focus is focused by Tab only."""
    for button in root.findChildren(QAbstractButton):
        if button.focusPolicy() == Qt.FocusPolicy.StrongFocus:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
