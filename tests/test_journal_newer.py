"""A journal written by a newer version of the app, opened by this one (a shop owner who
runs an older installer again).

It was called "damaged" and the next step offered was to restore the newest backup:
`journal restore` moved the newer journal aside and put an older copy in its place (what
the newer version sent since that copy was forgotten, and the same list could go again),
and wrote this version's doubt into whatever it restored. Now: nothing is written to it,
nothing is sent, no backup is offered, and both fronts say to install the newer version.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from engine_helpers import campaign, phones, run_cli
from pytestqt.qtbot import QtBot

from esms_desktop.base.errors import JournalNewerError
from esms_desktop.journal import Journal
from esms_desktop.journal.database import default_path
from esms_desktop.journal.safety import backups, restore_latest
from esms_desktop.journal.schema import SCHEMA_VERSION
from esms_desktop.sending import Sender
from esms_desktop.simulator import EsmsSimulator, SimulatorServer, demo_client

NEWER_EN = "The sending journal is from a newer version of the app"
NEWER_VI = "Nhật ký gửi là của phiên bản ứng dụng mới hơn"


def _sent_journal(tmp_path: Path, path: Path) -> None:
    """A journal with one campaign sent to 5 customers, and its backups (this version's)."""
    client = demo_client(EsmsSimulator())
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(5))  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    assert backups(path)


def _made_newer(path: Path) -> None:
    """What a newer version leaves: a higher schema number and a table this one lacks."""
    conn = sqlite3.connect(path)
    conn.executescript(
        f"CREATE TABLE future_guard (phone TEXT); PRAGMA user_version={SCHEMA_VERSION + 1};"
    )
    conn.close()


def _folder(home: Path) -> dict[str, bytes]:
    """Every file of the app folder but the logs, lock files and SQLite's shared memory
    (and an empty write-ahead log a reader leaves), with its bytes."""
    return {
        str(p.relative_to(home)): p.read_bytes()
        for p in sorted(home.rglob("*"))
        if p.is_file()
        and "logs" not in p.parts
        and not p.name.endswith(("lock", "-shm"))
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


@pytest.fixture
def newer_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    path = home / "journal.sqlite3"
    _sent_journal(tmp_path, path)
    _made_newer(path)
    return home


def _customers(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    rows = [f"Khach {i},{phone}" for i, phone in enumerate(phones(8), 1)]
    path.write_text("Tên,Số điện thoại\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [("history",), ("status", "1"), ("resume", "1"), ("journal", "check"), ("journal", "restore")],
    ids=" ".join,
)
def test_the_command_line_says_install_the_newer_version_and_writes_nothing(
    newer_home: Path, command: tuple[str, ...]
) -> None:
    before = _folder(newer_home)
    sim = EsmsSimulator()
    with SimulatorServer(sim) as server:
        done = run_cli(newer_home, *command, server_url=server.base_url)
    assert not sim.accepted
    assert done.returncode == 2, done.stdout + done.stderr
    assert NEWER_EN in done.stderr and "Install the newer version" in done.stderr
    assert "journal restore" not in done.stderr and "damaged" not in done.stderr.lower()
    assert "Traceback" not in done.stderr
    assert _folder(newer_home) == before  # no migration, backup, doubt or copy moved aside


def test_send_sends_nothing_and_says_so_in_vietnamese(newer_home: Path, tmp_path: Path) -> None:
    before = _folder(newer_home)
    sim = EsmsSimulator()
    args = ("send", "--yes", "--channel", "fixed", "--content", "Chao {Tên}")
    with SimulatorServer(sim) as server:
        done = run_cli(newer_home, *args, str(_customers(tmp_path)),
                       server_url=server.base_url, language="vi")  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert NEWER_VI in done.stderr and "Cài lại phiên bản eSMS Desktop mới hơn" in done.stderr
    assert not sim.accepted
    assert _folder(newer_home) == before


def test_restore_refuses_a_newer_journal_and_a_newer_backup(tmp_path: Path) -> None:
    """The journal of a newer version is never replaced; nor is a damaged journal replaced
    by an older copy when the newest backup shows a newer version used it last."""
    path = tmp_path / "journal.sqlite3"
    _sent_journal(tmp_path, path)
    _made_newer(path)
    kept = path.read_bytes()
    with pytest.raises(JournalNewerError):
        restore_latest(path)
    assert path.read_bytes() == kept and sorted(tmp_path.iterdir()) == sorted(
        p for p in tmp_path.iterdir() if ".damaged-" not in p.name
    )
    newest = backups(path)[0]
    _made_newer(newest)  # the newer version's own backup, after this version's older ones
    backup_bytes = newest.read_bytes()
    path.write_bytes(b"damaged" * 1000)
    with pytest.raises(JournalNewerError):
        Journal(path)
    with pytest.raises(JournalNewerError):
        restore_latest(path)
    assert path.read_bytes() == b"damaged" * 1000 and newest.read_bytes() == backup_bytes


def test_the_window_says_install_the_newer_version_and_offers_no_restore(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui_helpers import shown_demo_window

    from esms_desktop.gui import dialogs
    from esms_desktop.gui.workers import wait_for_tasks

    path = default_path(demo=True)
    _sent_journal(tmp_path, path)
    _made_newer(path)
    before = _folder(app_home)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: pytest.fail(f"asked: {a}"))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: shown.append(message.title))
    window = shown_demo_window(qtbot, (1024, 700), lang="en")
    assert not window.check_journal()
    assert shown == [NEWER_EN]
    # History says why it lists nothing, not "No campaign yet: start with your list".
    history = window.history_page
    window.go(window.HISTORY)
    history.reload()
    qtbot.waitUntil(lambda: NEWER_EN in history.status.text(), timeout=10_000)
    assert not history.empty.isVisible()
    wait_for_tasks()
    window.close()
    assert {k: v for k, v in _folder(app_home).items() if k.startswith("demo")} == {
        k: v for k, v in before.items() if k.startswith("demo")
    }


def test_the_window_opens_no_list_and_sends_nothing_beside_a_newer_journal(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the notice at start, a customer list opened: it raised out of the page (an
    "unexpected error"); now the page says why it cannot be used, and nothing is sent."""
    from gui_helpers import shown_demo_window

    from esms_desktop.gui import dialogs
    from esms_desktop.gui.workers import wait_for_tasks

    path = default_path(demo=True)
    _sent_journal(tmp_path, path)
    _made_newer(path)
    kept = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: shown.append(message.title))
    window = shown_demo_window(qtbot, (1024, 700), lang="en")
    sim = window.session.simulator
    assert sim is not None
    rows = "\n".join(f"Khach {i},{p}" for i, p in enumerate(phones(6, start=50)))
    listed = tmp_path / "six.csv"
    listed.write_text("Tên,SĐT\n" + rows + "\n", encoding="utf-8")
    page = window.recipients_page
    page.open_path(listed)
    qtbot.waitUntil(lambda: NEWER_EN in page.summary.text(), timeout=10_000)
    assert shown == [NEWER_EN] and window.session.recipients is None
    assert not window.send_page.send_button.isEnabled()
    wait_for_tasks()
    window.close()
    assert not sim.accepted and path.read_bytes() == kept
