"""One settings schema with defaults, env overrides and a folder tests can move.

Settings live in ``settings.json`` in the app data folder: the platform's
user data folder, or ``ESMS_DESKTOP_HOME`` when set. API keys are never here:
they live in the OS keyring (see :mod:`esms_desktop.app.keyring_store`).

A window and the command line may both have the file open: :meth:`Settings.save`
writes only the keys this copy changed, merged into the file as it is now, under
a file lock, so neither erases what the other wrote. The do-not-send list is not
a setting any more: it lives in the journal (see :mod:`esms_desktop.app.opt_out`);
a list still found here is moved there once.
"""

from __future__ import annotations

import copy
import json
import logging
import os
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

from esms_desktop.api.urls import DEFAULT_API_URL
from esms_desktop.base.errors import ConfigError
from esms_desktop.base.paths import app_home, file_lock, private_file
from esms_desktop.base.texts import ENV_LANG, Words, words
from esms_desktop.message.send_times import MAX_SCHEDULE_DAYS

ENV_API_URL = "ESMS_API_URL"
#: What demo mode keeps to itself, never read from the file nor written to it: a choice
#: about the shop's own customers (a consent declared for "my lists" while trying the
#: demo's sample list is not the shop's). See :meth:`Settings.load`.
REAL_ACCOUNT_ONLY = ("assume_consent",)
ENV_SCHEDULE_DAYS = "ESMS_DESKTOP_MAX_SCHEDULE_DAYS"

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """What the user can change. Every field has a safe default."""

    api_url: str = DEFAULT_API_URL
    #: "vi", "en", or "" for the system language (Vietnamese unless it is English).
    language: str = ""
    #: Names of saved accounts; their keys are in the keyring under these names.
    profiles: list[str] = field(default_factory=list)
    active_profile: str = ""
    #: Sending pace: requests in flight at once, and per second on average.
    max_in_flight: int = 4
    requests_per_second: float = 20.0
    #: The window's size and place (Qt's saveGeometry, base64), restored at start.
    window_geometry: str = ""
    #: The folder of the last customer list opened: the open-file dialog starts there.
    last_folder: str = ""
    #: How many days ahead a message may be scheduled (see ``reminders.MAX_SCHEDULE_DAYS``).
    max_schedule_days: int = MAX_SCHEDULE_DAYS
    #: Minutes after a doubtful attempt before "not in eSMS's records" means "never sent"
    #: (``engine.settle.grace_seconds``, 5 to 1440). eSMS documents no delay; its code 105
    #: says a message just sent cannot be looked up yet, so 30 minutes (the stricter
    #: reading) before a message whose answer was lost is sent again.
    records_grace_minutes: int = 30
    #: Advertising to a list without a consent column: every customer agreed (Law
    #: 91/2025), so the window does not warn (``--assume-consent`` on the command line).
    assume_consent: bool = False
    #: Warn when the balance falls below this many VND (0 = never), at start and before
    #: each send.
    low_balance_vnd: int = 0
    #: The values as last read or written: :meth:`save` writes only what differs.
    _saved: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: The settings file could not be read, and where it was kept (see :attr:`damaged`).
    _damaged: bool = field(default=False, init=False, repr=False, compare=False)
    _damaged_copy: Path | None = field(default=None, init=False, repr=False, compare=False)
    #: Demo mode's copy: :data:`REAL_ACCOUNT_ONLY` stay out of the file.
    _demo: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._saved = _defaults()  # a new copy writes what it sets, not every default

    @property
    def damaged(self) -> bool:
        """The settings file could not be read (damaged, not JSON): the defaults are used."""
        return self._damaged

    @property
    def damaged_copy(self) -> Path | None:
        """Where the unreadable file was kept before anything is written over it (see
        :func:`_keep_damaged`); None when it read well, or its bytes could not be read."""
        return self._damaged_copy

    def damaged_words(self) -> Words:
        """What the user is told of an unreadable settings file (see :attr:`damaged`)."""
        if self._damaged_copy is None:
            return words("app.settings.damaged", path=self.path())
        return words("app.settings.damaged_kept", path=self.path(), copy=self._damaged_copy)

    @classmethod
    def path(cls) -> Path:
        return app_home() / "settings.json"

    def _values(self) -> dict[str, Any]:
        """Each setting's value (deep copies: a list changed in place is a change)."""
        return {f.name: copy.deepcopy(getattr(self, f.name)) for f in _public_fields()}

    @classmethod
    def load(cls, *, demo: bool = False) -> Settings:
        """Saved settings with env overrides; defaults for anything unreadable. ``demo``:
        demo mode's, whose :data:`REAL_ACCOUNT_ONLY` are its own, for this run only."""
        settings = cls()
        settings._demo = demo
        path = cls.path()
        data = _parsed(path)
        if not isinstance(data, dict):  # not JSON, or not settings: kept, defaults used
            settings._damaged = True
            settings._damaged_copy = _keep_damaged(path)
            data = {}
        if demo:
            data = {k: v for k, v in data.items() if k not in REAL_ACCOUNT_ONLY}
        settings._apply(data)
        settings._apply_env()
        settings._saved = settings._values()
        return settings

    def _apply(self, data: dict[str, Any]) -> None:
        defaults = _defaults()
        for f in _public_fields():
            if f.name not in data:
                continue
            value = data[f.name]
            expected = type(defaults[f.name])
            if expected is float and isinstance(value, int):
                value = float(value)
            if isinstance(value, list):
                value = [str(v) for v in value if isinstance(v, str | int)]
            # A bool is an int to isinstance: true/false only for a yes/no setting.
            if isinstance(value, expected) and (expected is bool or not isinstance(value, bool)):
                setattr(self, f.name, value)
        self.max_in_flight = min(max(1, self.max_in_flight), 16)
        self.requests_per_second = min(max(0.2, self.requests_per_second), 50.0)
        self.max_schedule_days = min(max(1, self.max_schedule_days), 366)
        self.low_balance_vnd = max(0, self.low_balance_vnd)

    def _apply_env(self) -> None:
        url = os.environ.get(ENV_API_URL, "").strip()
        if url:
            self.api_url = url
        lang = os.environ.get(ENV_LANG, "").strip()
        if lang in ("vi", "en"):
            self.language = lang
        days = os.environ.get(ENV_SCHEDULE_DAYS, "").strip()
        if days.isdigit():
            self.max_schedule_days = min(max(1, int(days)), 366)

    def save(self) -> None:
        """Write the settings this copy changed into the file as it is now.

        Under the settings lock, the file is read again and only the changed keys
        are replaced: another process's changes to other keys survive (a window
        open for hours never writes back its stale copy of them). Written
        atomically: a crash mid-write leaves the old file intact.
        """
        values = self._values()
        changed = {k: v for k, v in values.items() if self._saved.get(k, _MISSING) != v}
        if self._demo:
            changed = {k: v for k, v in changed.items() if k not in REAL_ACCOUNT_ONLY}
        if changed:
            update_file(self.path(), changed)
        self._saved = values

    def legacy_opt_out(self) -> list[str]:
        """The do-not-send list an older version kept in this file (to be moved once)."""
        data = _read(self.path())
        value = data.get("opt_out")
        return (
            [str(v) for v in value if isinstance(v, str | int)] if isinstance(value, list) else []
        )

    def forget_legacy_opt_out(self) -> None:
        """Take the old do-not-send list out of the file, once it is in the journal."""
        update_file(self.path(), {}, remove=("opt_out",))


_MISSING = object()


def _public_fields() -> list[Any]:
    return [f for f in fields(Settings) if not f.name.startswith("_")]


def _defaults() -> dict[str, Any]:
    return {
        f.name: f.default_factory() if f.default_factory is not MISSING else f.default
        for f in _public_fields()
    }


def _read(path: Path) -> dict[str, Any]:
    """The settings in the file; {} when there is none or it cannot be read."""
    data = _parsed(path)
    return data if isinstance(data, dict) else {}


def _parsed(path: Path) -> object:
    """The file's JSON ({} when there is no file); None when it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError) as exc:
        log.info("settings file unreadable: %s", exc)  # said to the user by the fronts
        return None


def _keep_damaged(path: Path) -> Path | None:
    """A copy of a settings file that cannot be read, as ``settings.damaged.json`` (the
    latest damaged one); None when even its bytes cannot be read.

    Defaults are used meanwhile; the next save writes the file anew with only what
    changed, so what the damaged file held would be lost without the copy (an account's
    name, the sending pace: the user or support can take them back from it).
    """
    copy_path = path.with_name("settings.damaged.json")
    try:
        copy_path.write_bytes(path.read_bytes())
        private_file(copy_path)
    except OSError:
        return None
    return copy_path


def update_file(path: Path, changes: dict[str, Any], remove: tuple[str, ...] = ()) -> None:
    """Merge ``changes`` into the JSON file at ``path`` (and drop ``remove``), under its lock."""
    try:
        with file_lock(path.with_name(path.name + ".lock")):
            data = _read(path)
            data.update(changes)
            for key in remove:
                data.pop(key, None)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            private_file(tmp)
            tmp.replace(path)
    except OSError as exc:
        raise ConfigError(
            f"the settings file {path} cannot be written ({exc.strerror})",
            detail=str(path),
            reason=words("app.config.settings_unwritable", path=path),
        ) from None
