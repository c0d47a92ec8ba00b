"""The do-not-send list, as both fronts read and change it: in the journal, with its history.

Older versions kept the list in ``settings.json``, where a window closing with
its own stale copy of the file erased numbers the command line had added. The
list now lives in the journal as add/remove events; a list still found in the
settings file is moved into the journal the first time it is read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from esms_desktop.app.settings import Settings
from esms_desktop.base.errors import ConfigError
from esms_desktop.journal import Journal

log = logging.getLogger(__name__)

#: Where a change of the list came from (kept with each event).
WINDOW = "window"
COMMAND_LINE = "command line"
IMPORT = "import"


def move_settings_list(journal: Journal, settings: Settings) -> int:
    """Move an old ``opt_out`` list from the settings file into the journal (once).

    The numbers are written to the journal first, then taken out of the file: a
    crash between the two repeats the move, which adds nothing twice.
    """
    try:
        legacy = settings.legacy_opt_out()
    except ConfigError:
        return 0
    if not legacy:
        return 0
    from esms_desktop.telecom.phones import normalize_phone

    numbers = [n for n in (normalize_phone(v).number for v in legacy) if n]
    moved = journal.import_opt_out(numbers, source=IMPORT)
    try:
        settings.forget_legacy_opt_out()
    except ConfigError as exc:  # moved anyway; the file is read again next time, harmlessly
        log.warning("old do-not-send list not removed from the settings: %s", exc)
    return moved


def excluded(journal: Journal, settings: Settings | None = None) -> frozenset[str]:
    """The numbers that must not be sent to now (the old settings list moved first)."""
    if settings is not None:
        move_settings_list(journal, settings)
    return journal.opt_out_numbers()


def listed(journal: Journal, settings: Settings | None = None) -> list[str]:
    """:func:`excluded` in the order the numbers were added (to show the list)."""
    if settings is not None:
        move_settings_list(journal, settings)
    return journal.opt_out_list()


def change(
    journal: Journal,
    *,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    source: str,
    settings: Settings | None = None,
) -> tuple[int, int]:
    """Add and remove numbers; returns (added, removed)."""
    if settings is not None:
        move_settings_list(journal, settings)
    return journal.change_opt_out(add, remove, source=source)


__all__ = ["COMMAND_LINE", "IMPORT", "WINDOW", "change", "excluded", "listed", "move_settings_list"]
