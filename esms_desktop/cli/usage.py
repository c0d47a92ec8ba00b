"""The command line's one error for options that cannot be used (exit code 2)."""

from __future__ import annotations


class UsageError(ValueError):
    """A command-line option that cannot be used; exit code 2."""
