"""The core's words as a test reads them: in one language, whatever the current one is."""

from __future__ import annotations

from esms_desktop.base.texts import speaking


def en(text: object) -> str:
    """``text`` (Words, a Problem, an error...) in English."""
    with speaking("en"):
        return str(text)


def vi(text: object) -> str:
    """``text`` in Vietnamese."""
    with speaking("vi"):
        return str(text)
