"""The Send page, when the same list is already in an earlier campaign."""

from __future__ import annotations

from typing import Any

import pytest

from esms_desktop.base.errors import RepeatCampaignError
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.journal.models import CampaignRow, CampaignState, CampaignSummary
from esms_desktop.message.spec import Channel


def _summary(state: CampaignState, *, accepted: int, open_: int) -> CampaignSummary:
    row = CampaignRow(7, "u7", "khach-hang", Channel.CUSTOMER_CARE, "{}", "", [], "", "", state, "", "",
                      0.0, 0.0)  # fmt: skip
    return CampaignSummary(row, 40, accepted, 0, open_, 0, 0, 0, 0)


def test_an_unfinished_twin_is_to_be_resumed_and_no_second_send_is_offered(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    asked: list[Any] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, title, text: said.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    send = demo_window.send_page
    prepared: list[bool] = []
    monkeypatch.setattr(send, "_prepare", lambda report, again: prepared.append(again))
    # No check here: the one the question was about is taken to be still the one shown.
    monkeypatch.setattr(send, "_still_shown", lambda report: True)
    unfinished = RepeatCampaignError(
        "twin", earlier=[_summary(CampaignState.PAUSED, accepted=12, open_=28)], unfinished=True
    )
    send._not_prepared(None, unfinished, again=False)  # type: ignore[arg-type]
    assert not asked and not prepared
    assert "Campaign 7 (khach-hang)" in said[0] and "12 accepted" in said[0]
    assert "28 still to send" in said[0] and "Resume sending" in said[0]

    finished = RepeatCampaignError(
        "twin", earlier=[_summary(CampaignState.DONE, accepted=40, open_=0)]
    )
    send._not_prepared(None, finished, again=False)  # type: ignore[arg-type]
    assert len(asked) == 1 and prepared == [True]  # a finished twin: asked, then sent again
