"""English texts of the core, one module per area (``TEXTS``: id -> template)."""

from esms_desktop.base.texts.en import (
    app,
    base,
    catalogue,
    channels,
    checks,
    cli,
    diagnose,
    importing,
    library,
    message,
    numbers,
    phones,
    recipients,
    reports,
    sending,
    templates,
)

AREAS = (
    app,
    base,
    catalogue,
    channels,
    checks,
    cli,
    diagnose,
    importing,
    library,
    message,
    numbers,
    phones,
    recipients,
    reports,
    sending,
    templates,
)
