"""The command line's one error for options that cannot be used (exit code 2), and the
``--lang`` option every command takes."""

from __future__ import annotations

import argparse

from esms_desktop.base.texts import LANGUAGES


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang vi|en`` on a command: what it prints (unset: the main option, the settings)."""
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)


class UsageError(ValueError):
    """A command-line option that cannot be used; exit code 2."""
