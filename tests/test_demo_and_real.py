"""Demo mode and the real account share the settings file, not the shop's own choices
(audit, 2026-12-07)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.app.settings import Settings
from esms_desktop.cli.main import main
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks


def test_consent_declared_in_the_demo_is_not_the_real_accounts(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """ "Every customer in my lists agreed to receive advertising" ticked while trying the
    demo's sample list was saved, and the real account's advertising was then checked
    without the consent warning (Law 91/2025)."""
    message = demo_window.message_page
    message.consent_check.setChecked(True)
    assert demo_window.session.settings.assume_consent  # the demo goes on with it
    wait_for_tasks()
    assert not Settings.load().assume_consent


def test_the_demo_neither_reads_nor_writes_the_shops_consent(app_home: Path) -> None:
    real = Settings.load()
    real.assume_consent = True
    real.save()
    demo = Settings.load(demo=True)
    assert not demo.assume_consent
    demo.assume_consent, demo.language = True, "en"
    demo.save()
    demo.assume_consent = False
    demo.save()
    again = Settings.load()
    assert again.assume_consent  # the shop's, untouched by the demo
    assert again.language == "en"  # the window's language is one for both


def test_the_demo_account_page_shows_no_saved_account_of_the_shop(
    qtbot: QtBot, app_home: Path
) -> None:
    """With an account saved, the demo's Account page showed its name ("Shop", greyed)
    above the demo's 2,000,000 VND, as if the shop's account were the demo's (seen in the
    window)."""
    from esms_desktop.gui.launch import create_window

    real = Settings.load()
    real.profiles, real.active_profile = ["Shop"], "Shop"
    real.save()
    window = create_window(demo=True, lang="en")
    qtbot.addWidget(window)
    window.show()
    combo = window.account_page.profile_combo
    assert combo.count() == 0 and combo.currentText() == ""
    assert combo.lineEdit().placeholderText() == "Demo account"
    wait_for_tasks()
    window.close()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_window_that_cannot_open_says_why_in_a_message_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The app folder unwritable (a read-only disk; here a file where the folder goes):
    started from its icon, the app printed why on a console nobody sees, and no window
    ever came (tried with a read-only folder)."""
    from esms_desktop.app.user_text import UserMessage
    from esms_desktop.gui import dialogs

    home = tmp_path / "Cửa hàng Hoa" / "dữ liệu"
    home.parent.mkdir()
    home.write_text("x")
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(home))
    shown: list[UserMessage] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: shown.append(message))
    assert main(["--demo", "--lang", lang]) == 2
    assert len(shown) == 1
    said = shown[0].as_text()
    assert str(home) in said
    assert ("is a file, not a folder" if lang == "en" else "không phải thư mục") in said, said
