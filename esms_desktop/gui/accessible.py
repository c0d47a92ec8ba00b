"""Accessible names for the controls a user acts on: what a screen reader says, and what
tests find a control by.

A control named by its page keeps its name. The others are named from what the
user sees next to them: a button by its text, a field by its form label or the
label just before it in its row, else by its placeholder or tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QListWidget,
)


def _clean(text: str) -> str:
    return text.replace("&", "").rstrip(".:… ").strip()


def _label_before(widget: QWidget, layout: QLayout | None) -> str:
    """The text of the QLabel just before ``widget`` in the layout that holds it."""
    if layout is None:
        return ""
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return label.text()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        child = item.layout()
        if child is not None:
            found = _label_before(widget, child)
            if found:
                return found
        previous = layout.itemAt(i - 1) if i > 0 else None
        if item.widget() is widget and previous is not None:
            before = previous.widget()
            if isinstance(before, QLabel) and before.text().strip():
                return before.text()
    return ""


def describe(widget: QWidget) -> str:
    """The name ``widget`` gets from what surrounds it ("" when nothing says it)."""
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return _clean(widget.text())
    parent = widget.parentWidget()
    while parent is not None:
        found = _label_before(widget, parent.layout())
        if found:
            return _clean(found)
        parent = parent.parentWidget()
    for text in (
        getattr(widget, "placeholderText", lambda: "")(),
        widget.toolTip(),
    ):
        if text and text.strip():
            return _clean(text)
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Name every control under ``root`` that has no accessible name; returns those that
    nothing names (their page must)."""
    nameless: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QSpinBox):
            continue  # the editor inside: its owner is named
        if widget.accessibleName().strip():
            continue
        name = describe(widget)
        if name:
            widget.setAccessibleName(name)
        else:
            nameless.append(widget)
    return nameless
