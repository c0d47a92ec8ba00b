"""Saved accounts (profiles) on the command line: the account a campaign was sent with is
the one named when it is resumed with other keys (audit, 2026-12-07)."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import phones
from files import write_text

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.keyring_store import KeyringStore
from esms_desktop.app.settings import Settings
from esms_desktop.cli.main import main
from esms_desktop.journal import Journal
from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, EsmsSimulator, SimulatorServer


def test_a_campaign_sent_with_the_window_account_names_it_when_resumed_with_other_keys(
    tmp_path: Path,
    app_home: Path,
    memory_keyring: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without --profile the command line sends with the account last used in the window,
    but wrote the campaign as of no account: resumed with other keys, it was told to put
    "that account's keys" in ESMS_API_KEY, the account never named."""
    KeyringStore().save("Shop Hoa", Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
    settings = Settings.load()
    settings.profiles, settings.active_profile = ["Shop Hoa"], "Shop Hoa"
    settings.save()
    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", p] for i, p in enumerate(phones(2))]
    path = write_text(tmp_path / "list.csv", rows)
    monkeypatch.delenv("ESMS_API_KEY", raising=False)
    monkeypatch.delenv("ESMS_SECRET_KEY", raising=False)
    with SimulatorServer(EsmsSimulator()) as server:
        monkeypatch.setenv("ESMS_API_URL", server.base_url)
        sent = ["--lang", "en", "send", str(path), "--channel", "fixed", "--content", "Chao {Tên}"]
        assert main([*sent, "--yes"]) == 0, capsys.readouterr()
        with Journal() as journal:
            assert journal.campaigns()[0].profile == "Shop Hoa"
        capsys.readouterr()
        monkeypatch.setenv("ESMS_API_KEY", "OTHER-API-KEY-0002")
        monkeypatch.setenv("ESMS_SECRET_KEY", "OTHER-SECRET-KEY-0002")
        assert main(["--lang", "en", "resume", "1"]) != 0
    said = capsys.readouterr()
    text = said.out + said.err
    assert "started with another eSMS account" in text, text
    assert "'esms-desktop --profile \"Shop Hoa\" resume 1'" in text, text


def test_the_window_names_the_account_a_campaign_is_to_be_resumed_with() -> None:
    """The window said "choose the account the campaign was started with" without naming
    it, though the campaign knows it."""
    from esms_desktop.app.user_text import for_error
    from esms_desktop.base.texts import set_language
    from esms_desktop.sending.sender import AccountMismatchError

    set_language("en")
    assert "“Shop Hoa”" in str(for_error(AccountMismatchError(3, "Shop Hoa")).action)
    unnamed = str(for_error(AccountMismatchError(3, "")).action)
    assert "choose the account the campaign was started with" in unnamed
    set_language("vi")
    assert "chọn tài khoản “Shop Hoa”" in str(for_error(AccountMismatchError(3, "Shop Hoa")).action)


def test_removing_an_account_names_its_unfinished_campaigns(
    qtbot: object,
    tmp_path: Path,
    app_home: Path,
    memory_keyring: object,
    client: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Remove the saved keys of Shop Hoa?" said nothing of its paused campaign, which
    cannot be sent on without those keys."""
    from engine_helpers import checked_list

    from esms_desktop.gui import dialogs
    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks
    from esms_desktop.sending import create_campaign

    KeyringStore().save("Shop Hoa", Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
    settings = Settings.load()
    settings.profiles, settings.active_profile = ["Shop Hoa", "Kho"], "Kho"
    settings.save()
    report = checked_list(tmp_path, phones(3), "fixed", client=client)  # type: ignore[arg-type]
    with Journal() as journal:
        create_campaign(journal, report, client=client, profile="Shop Hoa")  # type: ignore[arg-type]
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: asked.append(text))
    window = create_window(demo=False, lang="en")
    window.show()
    page = window.account_page
    page.profile_combo.setCurrentText("Shop Hoa")
    page.delete_profile()
    assert "started with this account: campaign 1." in asked[0], asked
    page.profile_combo.setCurrentText("Kho")
    page.delete_profile()
    assert "campaign" not in asked[1], asked
    assert KeyringStore().load("Shop Hoa") is not None  # not confirmed: nothing removed
    wait_for_tasks()
    window.close()
