"""A customer who asked to stop stays excluded: the list is in the journal, settings merge.

The do-not-send list used to live in ``settings.json``, and a window closing
rewrote that file from its own copy, erasing numbers the command line had added
meanwhile. Now the list is journal events, an old list moves there by itself,
and settings are written by merging only the changed keys under a file lock.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from engine_helpers import run_cli
from pytestqt.qtbot import QtBot

from esms_desktop.app import opt_out
from esms_desktop.app.preparation import Sources, load_recipients
from esms_desktop.app.resources import sample_file
from esms_desktop.app.settings import Settings
from esms_desktop.journal import Journal
from esms_desktop.recipients.recipient_list import RowState


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args)


def test_number_added_from_the_command_line_survives_the_window_closing(
    qtbot: QtBot, app_home: Path, demo_window: Any
) -> None:
    window = demo_window
    window.session.settings.language = "en"  # the window has its own copy, changed
    added = cli(app_home, "--demo", "optout", "add", "0912 345 678")
    assert added.returncode == 0 and "Added 1 number to the do-not-send list" in added.stdout, (
        added.stderr
    )
    window.resize(window.width() + 37, window.height())  # something for it to save
    window.close()
    listed = cli(app_home, "--demo", "optout", "list")
    assert "0912345678" in listed.stdout.split()
    with Journal(demo=True) as journal:
        rows = load_recipients(sample_file(), Sources(journal=journal))
        assert [r.row for r in rows.by_state(RowState.BLOCKED)] == [5]
        assert journal.opt_out_history()[-1][:3] == ("0912345678", "add", "command line")
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert "opt_out" not in saved and saved["window_geometry"]


def test_old_settings_list_moves_into_the_journal(app_home: Path) -> None:
    Settings.path().write_text(
        json.dumps({"language": "vi", "opt_out": ["0912345678", "+84 90 123 4567", "x"]}),
        encoding="utf-8",
    )
    listed = cli(app_home, "optout", "list")
    assert listed.stdout.split()[:2] == ["0912345678", "0901234567"], listed.stderr
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved == {"language": "vi"}  # moved, and the other settings untouched
    with Journal() as journal:
        assert {(p, a, s) for p, a, s, _ in journal.opt_out_history()} == {
            ("0912345678", "add", "import"),
            ("0901234567", "add", "import"),
        }
        # Removed later, a number is not brought back by an old copy of the list.
        opt_out.change(journal, remove=["0912345678"], source=opt_out.WINDOW)
        Settings.path().write_text(json.dumps({"opt_out": ["0912345678"]}), encoding="utf-8")
        assert opt_out.excluded(journal, Settings.load()) == {"0901234567"}


def test_settings_saved_by_two_copies_keep_both_changes(app_home: Path) -> None:
    Settings(profiles=["Shop"], active_profile="Shop").save()
    window, command_line = Settings.load(), Settings.load()
    command_line.profiles.append("Second shop")
    command_line.save()
    window.window_geometry = "AAAA"
    window.save()  # its copy of the profiles is stale: it must not write them back
    merged = Settings.load()
    assert merged.profiles == ["Shop", "Second shop"]
    assert merged.window_geometry == "AAAA" and merged.active_profile == "Shop"
    unchanged = Settings.load()
    before = Settings.path().read_text(encoding="utf-8")
    unchanged.save()
    assert Settings.path().read_text(encoding="utf-8") == before


def test_opt_out_events_keep_their_history(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite") as journal:
        assert journal.change_opt_out(["0912345678", "0912345678"], source="window") == (1, 0)
        assert journal.change_opt_out(["0912345678"], source="window") == (0, 0)
        assert journal.change_opt_out(remove=["0912345678"], source="command line") == (0, 1)
        assert journal.opt_out_numbers() == frozenset()
        journal.change_opt_out(["0912345678"], source="import")
        assert journal.opt_out_list() == ["0912345678"]
        assert [e[1:3] for e in journal.opt_out_history()] == [
            ("add", "window"), ("remove", "command line"), ("add", "import")
        ]  # fmt: skip
    with Journal(tmp_path / "j.sqlite") as again:  # the migration runs once, harmlessly
        assert again.opt_out_numbers() == {"0912345678"}


def test_number_added_while_the_list_is_open_is_left_out_at_the_next_check(
    qtbot: QtBot, app_home: Path, demo_window: Any
) -> None:
    window = demo_window
    page, message = window.recipients_page, window.message_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(sample_file())
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Shop Hoa: cam on {Họ và tên}.")
    with qtbot.waitSignal(message.checked, timeout=20_000):
        message.run_check()
    before = window.session.report
    assert before is not None and 5 in {r.row for r in before.sendable}
    assert cli(app_home, "--demo", "optout", "add", "0912345678").returncode == 0
    with qtbot.waitSignal(message.checked, timeout=20_000):
        message.run_check()  # the file was read before the number was added
    after = window.session.report
    assert after is not None and 5 not in {r.row for r in after.sendable}
    assert len(after.sendable) == len(before.sendable) - 1
    row = page.model.recipients.rows[1]  # the table shows the rows as the check saw them
    assert row.row == 5 and page.model.category(row) == "blocked"
