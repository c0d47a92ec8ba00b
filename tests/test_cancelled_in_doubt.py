"""A campaign cancelled while a message is in doubt: that message may have left.

The case: a message's answer was lost (eSMS took it), its retry met "not enough
balance" (103, which proves nothing: eSMS may look at the balance before the
RequestId), the campaign paused, and the shop owner cancelled it. The message
stayed "pending, in doubt": counted "not sent", never settled, and invisible to the
guards, so the same text to the same customer was allowed again the next hour.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from engine_helpers import campaign, checked_list, daytime_offset, phones
from files import write_text
from pytestqt.qtbot import QtBot
from test_engine import FAST, client_for, sender

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.preparation import Sources, check_recipients
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
from esms_desktop.base.vntime import now as app_now
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.journal import CampaignState, Journal, RequestState
from esms_desktop.journal.schema import MIGRATIONS
from esms_desktop.sending import Sender
from esms_desktop.sending.status import resend_unknown, resolve_unknown
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    SimulatorTransport,
)


def _lost_then_103(
    sim: EsmsSimulator, *, reached: bool, meanwhile: Callable[[], None] = lambda: None
) -> EsmsClient:
    """The first send's answer is lost (``reached``: eSMS took it; ``meanwhile`` happens
    while it is on its way); the retry is refused with 103."""
    inner = SimulatorTransport(sim)
    sends = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if "json/Send" not in request.url.path:
            return inner.handle_request(request)
        sends["n"] += 1
        if sends["n"] == 1:
            meanwhile()
            if reached:
                inner.handle_request(request)
            raise httpx.RemoteProtocolError("cut after processing", request=request)
        return httpx.Response(200, json={"CodeResult": "103", "ErrorMessage": "Balance"})

    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=httpx.MockTransport(handler),
        retry=FAST,
        sleep=lambda _s: None,
    )


def _paused_in_doubt(
    tmp_path: Path, journal: Journal, sim: EsmsSimulator, *, reached: bool = True
) -> int:
    numbers = phones(1)
    cid = campaign(
        tmp_path,
        journal,
        EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)),
        numbers,
    )
    outcome = sender(journal, _lost_then_103(sim, reached=reached), cid).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "103"
    (req,) = journal.requests(cid)
    assert req.state is RequestState.PENDING and req.uncertain
    assert len(sim.accepted) == int(reached)
    return cid


def test_a_message_in_doubt_is_never_counted_not_sent(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, EsmsSimulator())
    summary = journal.summary(cid)
    assert summary.undecided == 1 and summary.not_sent == 0


def test_cancelled_with_a_message_in_doubt(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, sim)
    journal.set_campaign_state(cid, CampaignState.CANCELLED)  # the window's Cancel
    (req,) = journal.requests(cid)
    assert req.state is RequestState.UNKNOWN  # to settle from eSMS's records, in History
    summary = journal.summary(cid)
    assert summary.unknown == 1 and summary.not_sent == 0
    # The same text to the same customer an hour later is held back, not sent again.
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
    )
    report = checked_list(tmp_path, phones(1), "cskh", client)
    again = check_recipients(
        report.recipients, report.spec, Sources(journal=journal, client=client)
    )
    assert not again.sendable, again.problems
    assert journal.recent_texts(phones(1), app_now() - 3600)


def test_journals_with_such_campaigns_are_mended_on_opening(tmp_path: Path) -> None:
    """A journal written before this fix: the cancelled campaign's doubt is kept."""
    sim = EsmsSimulator()
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    cid = _paused_in_doubt(tmp_path, journal, sim)
    with journal._tx() as db:  # cancelled as the older version did: the campaign only
        db.execute("UPDATE campaigns SET state='cancelled' WHERE id=?", (cid,))
        db.execute(f"PRAGMA user_version={len(MIGRATIONS) - 1}")
    journal.close()
    (req,) = Journal(path).requests(cid)
    assert req.state is RequestState.UNKNOWN and req.uncertain


def test_a_cancelled_campaign_stays_cancelled(tmp_path: Path) -> None:
    """Cancel is "stop sending the messages not sent yet": running the campaign again
    (``resume 7`` on the command line, History settling its doubtful messages) sent the
    rest all the same."""
    sim = EsmsSimulator()
    client = client_for(sim)
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client, phones(20))
    box: list[Sender] = []

    def progress(_p: object) -> None:
        if len(sim.accepted) >= 5:
            box[0].cancel()

    box.append(sender(journal, client, cid, max_in_flight=1, on_progress=progress))
    assert box[0].run().state is CampaignState.CANCELLED
    again = sender(journal, client, cid).run()
    assert again.state is CampaignState.CANCELLED and again.remaining == 15
    assert len(sim.accepted) == 5 and journal.campaign(cid).state is CampaignState.CANCELLED


def test_settling_a_cancelled_campaign_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What eSMS's records show never left stays unsent, and what they cannot tell is
    not offered to send again: the shop owner cancelled the campaign."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, sim, reached=False)
    journal.set_campaign_state(cid, CampaignState.CANCELLED)
    monkeypatch.setenv(CLOCK_OFFSET_ENV, repr(daytime_offset() + 3600))  # an hour later
    client = client_for(sim)
    result = resolve_unknown(journal, client, cid, grace=0)
    assert result.cancelled and result.resend == 1
    assert resend_unknown(journal, cid) == 0
    assert sender(journal, client, cid).run().state is CampaignState.CANCELLED
    assert sim.accepted == []
    assert journal.summary(cid).not_sent == 1


def test_the_command_line_does_not_resume_a_cancelled_campaign(
    tmp_path: Path, app_home: Path
) -> None:
    from test_cli_send import run

    sim = EsmsSimulator()
    with Journal() as journal:  # the app's own journal, as the window left it
        cid = campaign(tmp_path, journal, client_for(sim), phones(4))
        journal.set_campaign_state(cid, CampaignState.CANCELLED)
    with SimulatorServer(sim) as server:
        for args in (("resume", str(cid)), ("resume", str(cid), "--resend-unknown")):
            said = run(server, app_home, *args)
            assert said.returncode == 1, said.stdout + said.stderr
            assert f"Campaign {cid} was cancelled: nothing more is sent" in said.stdout
    assert sim.accepted == []


def test_history_neither_resends_nor_offers_for_a_cancelled_campaign(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from esms_desktop.gui import dialogs
    from esms_desktop.sending.status import UnknownResolution

    asked: list[object] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    history = demo_window.history_page
    settled = UnknownResolution(accepted=2, resend=1, still_unknown=3, cancelled=True)
    with qtbot.assertNotEmitted(history.send_campaign):
        history._settled(1, settled)
    assert asked == []
    said = history.status.text()
    assert "they never left; the campaign was cancelled, so they are not sent" in said
    assert "whether 3 messages were sent; the campaign was cancelled" in said
    waiting = UnknownResolution(waiting=1, waiting_until="2026-12-07 10:30:00", cancelled=True)
    history._settled(1, waiting)
    assert "again: the campaign was cancelled, so what never arrived is not sent" in (
        history.status.text()
    )
    assert "press Resume" not in history.status.text()


def test_history_explains_a_message_in_doubt_as_such(tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """It read "Unknown: Not enough balance", the code of the retry that proved nothing."""
    from esms_desktop.gui.models import MessagesModel

    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, EsmsSimulator())
    journal.set_campaign_state(cid, CampaignState.CANCELLED)
    model = MessagesModel("en")
    model.set_messages(journal.messages(cid))
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Unknown"
    assert model.index(0, 4).data().startswith("May have reached eSMS (no answer was heard)")


def test_a_cancel_written_elsewhere_stops_a_running_send(tmp_path: Path) -> None:
    """The window cancels a campaign it shows paused while ``esms-desktop resume`` runs it
    in a terminal (or a cancel from an earlier run of the window is found): the running
    sender went on, sent the rest the shop owner cancelled (50 of 60 through the real
    command line) and wrote the campaign "done" over the cancel."""
    sim = EsmsSimulator()
    client = client_for(sim)
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client, phones(20))
    window = Journal(tmp_path / "journal.sqlite3")  # the other process's own connection

    def progress(_p: object) -> None:
        if len(sim.accepted) == 5 and window.campaign(cid).state is not CampaignState.CANCELLED:
            window.set_campaign_state(cid, CampaignState.CANCELLED)

    outcome = sender(journal, client, cid, max_in_flight=1, on_progress=progress).run()
    assert len(sim.accepted) == 5, f"{len(sim.accepted) - 5} of 15 cancelled messages sent"
    assert outcome.state is CampaignState.CANCELLED and outcome.remaining == 15
    assert journal.campaign(cid).state is CampaignState.CANCELLED


class _HeldAfter(httpx.BaseTransport):
    """The simulator, whose answers stop coming once it has accepted ``count`` messages
    (until ``gate`` is set): requests on their way while the shop owner cancels."""

    def __init__(self, sim: EsmsSimulator, count: int) -> None:
        self.inner, self.sim, self.count = SimulatorTransport(sim), sim, count
        self.gate = threading.Event()
        #: Requests held at the gate now.
        self.held = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if len(self.sim.accepted) >= self.count:
            self.held += 1
            self.gate.wait(30)
        return self.inner.handle_request(request)


def test_the_windows_cancel_is_kept_at_once(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while requests are on their way: the journal said "sending" until
    they came back, so a window killed (or a computer switched off) meanwhile left the
    campaign to be offered for resuming at the next start, and resumed it sent the rest
    the shop owner had cancelled (32 of 32 in a trial with the command line's resume)."""
    from esms_desktop.gui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    sim = demo_window.session.simulator
    assert sim is not None
    held = _HeldAfter(sim, 4)
    demo_window.session.client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=held
    )
    table = [["Tên", "SĐT"]] + [[f"Khach {i}", p] for i, p in enumerate(phones(12))]
    with qtbot.waitSignal(demo_window.recipients_page.loaded, timeout=30_000):
        demo_window.recipients_page.open_path(write_text(tmp_path / "12.csv", table))
    message = demo_window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.check_button.click()
    send = demo_window.send_page
    send.confirm_and_send()
    # A request on its way, held (pressed before the next one left, the cancel would end
    # the run at once: a machine under load made this test fail so).
    qtbot.waitUntil(lambda: held.held >= 1 and send.worker is not None, timeout=30_000)
    send.cancel()
    journal = demo_window.session.journal
    try:
        cid = send.campaign_id
        assert cid is not None
        # Killed now, the next start would find it cancelled: nothing to offer to resume.
        qtbot.waitUntil(
            lambda: journal.campaign(cid).state is CampaignState.CANCELLED, timeout=5_000
        )
        assert send.worker is not None  # the requests on their way have not come back
        assert cid not in [c.id for c in journal.unfinished()]
    finally:
        held.gate.set()
    qtbot.waitUntil(lambda: send.worker is None, timeout=30_000)
    assert journal.campaign(cid).state is CampaignState.CANCELLED
    assert len(sim.accepted) <= 8  # the 4 on their way at most


def test_a_cancelled_campaign_is_not_said_to_be_finished(tmp_path: Path) -> None:
    """Its messages in doubt are held back from the same text a day long, as having been
    sent: they were said "still to go in campaign 1, which has not finished: finish that
    campaign instead (esms-desktop resume 1)", and resume 1 said the campaign was
    cancelled, start a new send (every row in doubt, in a trial through the command
    line)."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, sim)
    journal.set_campaign_state(cid, CampaignState.CANCELLED)
    client = client_for(sim)
    report = checked_list(tmp_path, phones(1), "cskh", client)
    again = check_recipients(
        report.recipients, report.spec, Sources(journal=journal, client=client)
    )
    assert not again.sendable
    codes = {p.code for p in again.problems}
    assert "sent_already" in codes and "sent_waiting" not in codes, codes


def test_a_cancel_while_a_request_is_on_its_way_leaves_it_to_settle(tmp_path: Path) -> None:
    """Cancelled (by the window) while a request was on its way, whose answer was then lost
    and whose retry met 103: it ended "pending, in doubt" in a cancelled campaign, never
    offered to settle. It ends "unknown" as any doubt a cancel finds."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client_for(sim), phones(1))
    window = Journal(tmp_path / "journal.sqlite3")

    def cancel() -> None:  # pressed in the window while the request is on its way
        window.set_campaign_state(cid, CampaignState.CANCELLED)

    client = _lost_then_103(sim, reached=True, meanwhile=cancel)
    outcome = sender(journal, client, cid).run()
    assert outcome.state is CampaignState.CANCELLED
    (req,) = journal.requests(cid)
    assert req.state is RequestState.UNKNOWN, req.state
    assert journal.summary(cid).unknown == 1 and len(sim.accepted) == 1
