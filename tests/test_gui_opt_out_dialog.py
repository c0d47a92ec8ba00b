"""The do-not-send list in the window: a line that is not a number is said and nothing
is saved (a number written with the customer's name beside it was dropped without a
word, and that customer, who had asked to stop, was sent to)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from esms_desktop.gui.pages.opt_out_dialog import OptOutDialog

TYPED = "0913000101\n0913 000 102\nChị Lan 0913000104\n0913000105 (hủy)\n+84913000103\n"


def test_a_line_that_is_not_a_number_is_said_not_dropped(qtbot: QtBot) -> None:
    dialog = OptOutDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setPlainText(TYPED)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != OptOutDialog.DialogCode.Accepted
    said = dialog.problem.text()
    assert dialog.problem.isVisible() and "Not saved" in said, said
    assert '"Chị Lan 0913000104"' in said and '"0913000105 (hủy)"' in said, said
    dialog.edit.setPlainText(TYPED.replace("Chị Lan ", "").replace(" (hủy)", ""))
    dialog.accept()
    assert dialog.result() == OptOutDialog.DialogCode.Accepted
    assert dialog.numbers() == [f"091300010{i}" for i in (1, 2, 4, 5, 3)]
