"""The window's look in one place: colours by meaning, a style sheet by role, icons.

    theme.install(app)                  # follows the system's light/dark choice
    theme.set_role(button, "primary")   # the page's one next step
    theme.colour("bad")                 # a QColor for a model or a painter
    theme.set_icon(button, "send")      # re-tinted when the scheme changes

The palette follows ``QStyleHints.colorScheme`` and its ``colorSchemeChanged``
signal; ``install(app, scheme="dark")`` fixes one (screenshots, tests).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyleFactory, QWidget

from esms_desktop.gui.theme.icons import make_icon
from esms_desktop.gui.theme.palette import DARK, LIGHT, Palette, contrast
from esms_desktop.gui.theme.style import qt_palette, style_sheet

__all__ = [
    "DARK",
    "LIGHT",
    "Palette",
    "colour",
    "contrast",
    "current",
    "icon",
    "install",
    "notifier",
    "set_icon",
    "set_role",
]


class _Notifier(QObject):
    """Says when the scheme changed, for what paints itself (charts, icons)."""

    changed = Signal()


_state: dict[str, object] = {"palette": LIGHT, "chosen": None, "connected": False}
_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current() -> Palette:
    palette = _state["palette"]
    assert isinstance(palette, Palette)
    return palette


def colour(name: str) -> QColor:
    """The current scheme's colour for ``name`` (a field of :class:`Palette`)."""
    return QColor(str(getattr(current(), name)))


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def install(app: QApplication, scheme: str | None = None) -> None:
    """Give ``app`` the theme; ``scheme`` "light"/"dark" fixes it, None follows the system."""
    _state["chosen"] = scheme
    fusion = QStyleFactory.create("Fusion")  # the same look on every system, dark-able
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    if not _state["connected"]:
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _s: _apply(app))
        _state["connected"] = True
    _apply(app)


def _apply(app: QApplication) -> None:
    chosen = _state["chosen"]
    dark = chosen == "dark" if chosen else system_is_dark()
    palette = DARK if dark else LIGHT
    changed = palette is not _state["palette"] or not _state.get("applied")
    _state["palette"], _state["applied"] = palette, True
    if not changed and app.styleSheet():
        return
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette))
    for widget in app.allWidgets():
        meaning = widget.property("iconMeaning")
        if meaning and isinstance(widget, QAbstractButton):
            widget.setIcon(icon(str(meaning), str(widget.property("iconTone") or "text")))
    notifier().changed.emit()


def icon(meaning: str, tone: str = "text") -> QIcon:
    """The icon for ``meaning`` in the current scheme's ``tone`` colour."""
    return make_icon(meaning, str(getattr(current(), tone)))


def set_icon(button: QAbstractButton, meaning: str, tone: str = "text") -> None:
    """Give ``button`` an icon that follows the scheme (what it means and its tone are
    kept as properties of the button: a change of scheme draws it again)."""
    button.setProperty("iconMeaning", meaning)
    button.setProperty("iconTone", tone)
    button.setIcon(icon(meaning, tone))


def set_role(widget: QWidget, role: str, **properties: str) -> QWidget:
    """Say what ``widget`` is (``primary``, ``danger``, ``quiet``, ``hint``...); the style
    sheet says how it looks. Extra properties (``tone``, ``level``) refine it."""
    widget.setProperty("role", role)
    for name, value in properties.items():
        widget.setProperty(name, value)
    repolish(widget)
    return widget


def set_tone(widget: QWidget, tone: str) -> None:
    """Change a widget's ``tone`` (ok / bad / warn / info / "") and restyle it."""
    widget.setProperty("tone", tone)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def on_change(callback: Callable[[], None], owner: QObject) -> None:
    """Call ``callback`` (a slot of ``owner``) whenever the scheme changes; Qt drops the
    connection when ``owner`` is destroyed."""
    notifier().changed.connect(callback)


def tinted_html(html: str, tone: str) -> str:
    """``html`` in the current scheme's ``tone`` colour, for rich-text labels."""
    return f"<span style='color:{getattr(current(), tone)}'>{html}</span>"
