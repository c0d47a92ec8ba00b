"""One settings schema with defaults, env overrides and a folder tests can move.

Settings live in ``settings.json`` in the app data folder: the platform's
user data folder, or ``ESMS_DESKTOP_HOME`` when set. API keys are never here:
they live in the OS keyring (see :mod:`esms_desktop.credentials`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from esms_desktop.api.urls import DEFAULT_API_URL
from esms_desktop.errors import ConfigError
from esms_desktop.reminders import MAX_SCHEDULE_DAYS

ENV_HOME = "ESMS_DESKTOP_HOME"
ENV_API_URL = "ESMS_API_URL"
ENV_LANG = "ESMS_DESKTOP_LANG"
ENV_SCHEDULE_DAYS = "ESMS_DESKTOP_MAX_SCHEDULE_DAYS"

log = logging.getLogger(__name__)


def app_home() -> Path:
    """The folder for settings, the journal, logs and reports; created (0700) if missing."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        home = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        home = user_data_path("eSMS Desktop", appauthor=False, roaming=True)
    return private_dir(home)


def private_dir(path: Path) -> Path:
    """A folder only this user can read (0700 on POSIX); a plain error when it cannot be."""
    if path.exists() and not path.is_dir():
        raise ConfigError(
            f"the app folder {path} is a file, not a folder",
            detail=f"{ENV_HOME} or the data folder points at a file",
        )
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise ConfigError(
            f"the app folder {path} cannot be created or written ({exc.strerror})",
            detail=str(path),
        ) from None
    return path


def private_file(path: Path) -> None:
    """Only this user may read ``path`` (0600 on POSIX): it names customers and campaigns."""
    if os.name == "posix" and path.exists():
        try:
            path.chmod(0o600)
        except OSError:
            log.warning("cannot make %s private", path)


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
    #: Phone numbers (0xxxxxxxxx) that must never receive a message.
    opt_out: list[str] = field(default_factory=list)
    #: The window's size and place (Qt's saveGeometry, base64), restored at start.
    window_geometry: str = ""
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

    @classmethod
    def path(cls) -> Path:
        return app_home() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Saved settings with env overrides; defaults for anything unreadable."""
        settings = cls()
        path = cls.path()
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            data = {}
        if isinstance(data, dict):
            settings._apply(data)
        settings._apply_env()
        return settings

    def _apply(self, data: dict[str, Any]) -> None:
        defaults = Settings()
        for f in fields(self):
            if f.name not in data:
                continue
            value = data[f.name]
            expected = type(getattr(defaults, f.name))
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
        """Write atomically: a crash mid-write leaves the old file intact."""
        path = self.path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        private_file(tmp)
        tmp.replace(path)
