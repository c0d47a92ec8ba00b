"""The core's words as a test reads them: in one language, whatever the current one is."""

from __future__ import annotations

from esms_desktop.base.texts import set_front, speaking


def en(text: object) -> str:
    """``text`` (Words, a Problem, an error...) in English."""
    with speaking("en"):
        return str(text)


def vi(text: object) -> str:
    """``text`` in Vietnamese."""
    with speaking("vi"):
        return str(text)


def on_command_line(text: object, lang: str = "en") -> str:
    """``text`` in ``lang`` as the command line says it (its next steps name options)."""
    with speaking(lang):
        set_front("command")
        try:
            return str(text)
        finally:
            set_front("window")
