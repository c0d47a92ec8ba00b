"""English texts of the core, one module per area (``TEXTS``: id -> template)."""

from esms_desktop.base.texts.en import (
    base,
    catalogue,
    channels,
    checks,
    importing,
    message,
    numbers,
    phones,
    recipients,
)

AREAS = (
    base,
    catalogue,
    channels,
    checks,
    importing,
    message,
    numbers,
    phones,
    recipients,
)
