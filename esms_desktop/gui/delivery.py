"""Follow delivery after sending: ask eSMS again and again, less and less often."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from esms_desktop.gui.session import Session
from esms_desktop.gui.workers import run_task
from esms_desktop.sending.status import DeliveryCounts, refresh_delivery

log = logging.getLogger(__name__)

#: Seconds between look-ups; the last one repeats. eSMS keeps status for 7 days.
DELAYS = (3, 10, 30, 60, 120, 300, 600)


class DeliveryPoller(QObject):
    """Polls one campaign's delivery status off the GUI thread until every message is final."""

    updated = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign_id: int | None = None
        self._round = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)

    def follow(self, campaign_id: int) -> None:
        self.campaign_id = campaign_id
        self._round = 0
        self._schedule()

    def stop(self) -> None:
        self._timer.stop()
        self.campaign_id = None

    def _schedule(self) -> None:
        delay = DELAYS[min(self._round, len(DELAYS) - 1)]
        self._timer.start(delay * 1000)

    def _poll(self) -> None:
        client, journal, cid = self.session.client, self.session.journal, self.campaign_id
        if client is None or cid is None or self._busy:
            return
        self._busy = True
        run_task(
            lambda: refresh_delivery(journal, client, cid),
            lambda counts: self._result(cid, counts),
            lambda exc: self._failed(cid, exc),
        )

    def _result(self, cid: int, counts: DeliveryCounts) -> None:
        """Counts of ``cid``: shown only while it is still the campaign followed (a
        look-up of the previous campaign may end after :meth:`follow` moved on)."""
        self._busy = False
        if cid != self.campaign_id:
            if self.campaign_id is not None:
                self._schedule()  # the new campaign's first look-up was skipped meanwhile
            return
        self._round += 1
        self.updated.emit(counts)
        if not counts.final:
            self._schedule()

    def _failed(self, cid: int, exc: BaseException) -> None:
        # No network for a moment is normal; try again later with a longer wait.
        log.info("delivery look-up of campaign %s failed: %r", cid, exc)
        self._busy = False
        if cid == self.campaign_id:
            self._round += 1
        if self.campaign_id is not None:
            self._schedule()
