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
