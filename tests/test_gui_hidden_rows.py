"""The Customers page before any check: a row hidden in Excel is shown held back.

The check holds back the rows a filter (or the owner) hides in Excel; before it, the
page still called them "Ready" and counted them among the customers ready to send.
"""

from __future__ import annotations

from pathlib import Path

from files import filtered_list
from gui_helpers import open_list, shown_demo_window
from pytestqt.qtbot import QtBot

from esms_desktop.gui.models import RecipientsModel
from esms_desktop.gui.workers import wait_for_tasks


def test_a_row_hidden_in_excel_is_held_back_before_the_check(
    qtbot: QtBot, app_home: Path, tmp_path: Path
) -> None:
    window = shown_demo_window(qtbot, (1024, 700), lang="en")
    open_list(qtbot, window, filtered_list(tmp_path / "chua-tra.xlsx"))
    page = window.recipients_page
    model = page.model
    assert window.session.report is None
    by_row = {model.index(i, RecipientsModel.ROW).data(): i for i in range(model.rowCount())}
    state = model.index(by_row[5], RecipientsModel.STATE).data()  # Dũng, "paid": filtered out
    problem = model.index(by_row[5], RecipientsModel.PROBLEM).data()
    assert state == "Cannot send" and problem.startswith("Hidden in Excel"), (state, problem)
    assert model.index(by_row[7], RecipientsModel.STATE).data() == "Ready"
    # Six customers; row 3 is row 6's number (hidden: row 6 is the one sent to), row 5 is
    # held back: 4 ready.
    assert "Ready: 4." in page.summary.text(), page.summary.text()
    assert "4 customers ready to send" in window.statusBar().currentMessage()
    wait_for_tasks()
    window.close()
