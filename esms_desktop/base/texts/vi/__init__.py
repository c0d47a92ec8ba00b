"""Vietnamese texts of the core, one module per area (``TEXTS``: id -> template)."""
