"""The one place that turns errors and pauses into the user's words: each said once, for
the window and the command line alike, in the language the front chose."""

from __future__ import annotations

from pathlib import Path

import pytest

from esms_desktop.app.user_text import OWN_PAUSES, for_error, pause_reason
from esms_desktop.base.errors import UnknownCampaignError
from esms_desktop.base.texts import speaking
from esms_desktop.cli.main import main
from esms_desktop.journal import Journal


@pytest.mark.parametrize("code", sorted(OWN_PAUSES))
def test_a_pause_is_said_the_same_by_both_fronts_but_for_how_to_resume(code: str) -> None:
    for lang in ("vi", "en"):
        with speaking(lang):
            window = pause_reason(code, "HTTP 404")
            command = pause_reason(code, "HTTP 404", command="resume 7")
        assert window is not None and command is not None
        assert (window.title, window.text) == (command.title, command.text)
        assert "esms-desktop resume 7" in command.action
    with speaking("en"):
        network = pause_reason("network")
        bad = pause_reason("bad_answer", "HTTP 404")
    assert network is not None and "press Resume" in network.action
    assert bad is not None and "(HTTP 404)" in bad.text


def test_the_user_pausing_needs_no_reason() -> None:
    assert pause_reason("user") is None and pause_reason("") is None


def test_an_unknown_campaign_is_a_plain_error_not_a_key_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal, pytest.raises(UnknownCampaignError):
        journal.campaign(99)
    with speaking("en"):
        said = for_error(UnknownCampaignError(99))
    assert said.title == "No such campaign" and "99" in said.text
    huge = "99999999999999999999999"  # beyond SQLite's integers: an OverflowError before
    for number in ("99", huge, "0", "-3"):
        for command in (
            ["status", number],
            ["resume", number],
            ["report", number, "--out", str(tmp_path / "r.csv")],
            ["optout", "add", "--from-campaign", number],
        ):
            assert main(["--demo", "--lang", "en", *command]) == 2
            err = capsys.readouterr().err
            assert f"The sending journal has no campaign {number}." in err, err
            assert "Traceback" not in err


def test_no_keyring_is_said_in_vietnamese_with_no_english_detail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The audit saw "no keyring backend is available on this system" in the details of a
    Vietnamese window: the reason is said in the user's words; the English goes to the log."""
    import keyring
    from keyring.backends import fail

    from esms_desktop.app.keyring_store import KeyringStore
    from esms_desktop.base.errors import KeyringUnavailableError

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            KeyringStore().load("shop")
    finally:
        keyring.set_keyring(previous)
    with speaking("vi"):
        message = for_error(caught.value)
    assert "kho mật khẩu" in message.text and message.detail == ""
    assert "keyring backend" not in message.as_text()


def test_an_app_folder_that_is_a_file_is_said_in_words(tmp_path: Path) -> None:
    from esms_desktop.base.errors import ConfigError
    from esms_desktop.base.paths import private_dir

    taken = tmp_path / "home"
    taken.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        private_dir(taken)
    with speaking("vi"):
        message = for_error(caught.value)
    assert "là một file" in message.text and message.detail == ""
    assert "Mở Cài đặt" not in message.action  # the window has no such page for it
    assert "is a file" not in message.as_text()
