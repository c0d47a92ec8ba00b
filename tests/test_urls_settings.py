from __future__ import annotations

import json
from pathlib import Path

import pytest

from esms_desktop.api.urls import DEFAULT_API_URL, validate_base_url
from esms_desktop.app import settings as settings_module
from esms_desktop.app.settings import Settings
from esms_desktop.base.errors import ConfigError


@pytest.mark.parametrize(
    "url",
    ["http://rest.esms.vn/MainService.svc/json/", "http://192.168.1.5:8080/", "ftp://x/", "nope"],
)
def test_unsafe_or_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        validate_base_url(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (DEFAULT_API_URL, DEFAULT_API_URL),
        ("https://rest.esms.vn/MainService.svc/json", DEFAULT_API_URL),
        (
            "http://127.0.0.1:8765/MainService.svc/json/",
            "http://127.0.0.1:8765/MainService.svc/json/",
        ),
        ("http://localhost:1/x/", "http://localhost:1/x/"),
        ("http://[::1]:9/x/", "http://[::1]:9/x/"),
    ],
)
def test_https_and_loopback_http_are_allowed(url: str, expected: str) -> None:
    assert validate_base_url(url) == expected


def test_settings_defaults_and_round_trip(app_home: Path) -> None:
    settings = Settings.load()
    assert settings.api_url == DEFAULT_API_URL and settings.max_in_flight == 4
    settings.language = "en"
    settings.profiles = ["shop"]
    settings.save()
    again = Settings.load()
    assert again.language == "en" and again.profiles == ["shop"]
    assert settings_module.app_home() == app_home


def test_env_overrides_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    Settings(api_url="https://a.example/").save()
    monkeypatch.setenv("ESMS_API_URL", "https://b.example/")
    assert Settings.load().api_url == "https://b.example/"


def test_damaged_or_wrongly_typed_settings_fall_back_to_defaults() -> None:
    Settings.path().write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
    Settings.path().write_text(
        json.dumps({"max_in_flight": "many", "requests_per_second": 1000, "profiles": [1, "a"]}),
        encoding="utf-8",
    )
    loaded = Settings.load()
    assert loaded.max_in_flight == 4
    assert loaded.requests_per_second == 50.0
    assert loaded.profiles == ["1", "a"]


def test_a_damaged_settings_file_is_kept_and_said(
    app_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tried from outside: a damaged settings.json printed "settings file unreadable, using
    defaults: Invalid control character..." (English, raw) on every command, and the next
    save wrote over it with defaults, its accounts and choices lost."""
    from esms_desktop.cli.main import main

    damaged = b'{"profiles": ["Shop"], "active_profile": "Shop", "language": "en", "brandna'
    Settings.path().write_bytes(damaged)
    loaded = Settings.load()
    assert loaded.damaged and loaded == Settings()
    assert loaded.damaged_copy == app_home / "settings.damaged.json"
    loaded.low_balance_vnd = 1000
    loaded.save()
    assert (app_home / "settings.damaged.json").read_bytes() == damaged  # nothing lost
    assert json.loads(Settings.path().read_text(encoding="utf-8")) == {"low_balance_vnd": 1000}
    assert not Settings.load().damaged
    Settings.path().write_bytes(damaged)
    assert main(["--demo", "balance"]) == 0
    err = capsys.readouterr().err
    assert "unreadable" not in err and "Invalid control" not in err
    assert "Không đọc được file cài đặt" in err and "settings.damaged.json" in err
    assert "--profile" in err  # the command line's own next step


def test_settings_that_read_well_are_not_said_damaged(app_home: Path) -> None:
    assert not Settings.load().damaged  # no file yet
    Settings(low_balance_vnd=5).save()
    assert not Settings.load().damaged and not (app_home / "settings.damaged.json").exists()


def test_a_newer_versions_settings_survive_a_save_by_this_one(app_home: Path) -> None:
    """Reinstalling an older version: its saves must not erase what a newer one keeps in
    the settings file (keys it does not know, values of a type it does not read, values
    beyond its limits), only replace what this copy changed."""
    newer = {
        "language": "vi",
        "max_in_flight": 64,  # beyond this version's limit: used as 16, kept as 64
        "low_balance_vnd": {"amount": 5000, "currency": "VND"},  # a type it does not read
        "theme": "dark",
        "future": {"rules": [1, 2], "on": True},
    }
    app_home.mkdir(parents=True, exist_ok=True)
    Settings.path().write_text(json.dumps(newer), encoding="utf-8")
    settings = Settings.load()
    assert settings.max_in_flight == 16 and settings.low_balance_vnd == 0
    settings.language = "en"
    settings.last_folder = "/shop"
    settings.save()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved == {**newer, "language": "en", "last_folder": "/shop"}
