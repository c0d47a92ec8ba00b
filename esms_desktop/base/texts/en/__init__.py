"""English texts of the core, one module per area (``TEXTS``: id -> template)."""

from esms_desktop.base.texts.en import base, channels

AREAS = (base, channels)
