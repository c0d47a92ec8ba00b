"""History's "Refresh delivery": eSMS asked off the GUI thread, saying how far it got.

Apart from :mod:`esms_desktop.gui.pages.history` (which stays small). One look-up per
request: a customer-care campaign of 2,684 messages took over five minutes on a slow
line with nothing said after "Asking eSMS about delivery..." (found by the window
audit). The worker tells its progress through a signal (queued to the GUI thread), about
a hundred times at most; what eSMS answered is kept in the journal as it comes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from esms_desktop.gui.i18n import fill
from esms_desktop.gui.pages.history_notes import CampaignNotes
from esms_desktop.gui.widgets import format_count
from esms_desktop.gui.workers import run_task
from esms_desktop.journal import Journal
from esms_desktop.sending.status import DeliveryCounts, refresh_delivery

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

#: Said as a campaign's (id) status line.
Say = Callable[[str, int], None]


class DeliveryRefresh(QObject):
    """One campaign's delivery asked of eSMS; ``say`` gets the progress and the counts."""

    #: (campaign, done, total), emitted on the worker thread.
    _told = Signal(int, int, int)

    def __init__(self, parent: QObject, say: Say) -> None:
        super().__init__(parent)
        self._say = say
        #: The campaign being refreshed (progress of an earlier one is not said).
        self._running: int | None = None
        self._told.connect(self._progress)

    def start(
        self,
        journal: Journal,
        client: EsmsClient,
        cid: int,
        done: Callable[[], None],
        failed: Callable[[BaseException], None],
        finished: Callable[[], None],
    ) -> None:
        """Ask about ``cid``; ``done`` once the counts are said, ``finished`` in any case."""
        self._running = cid
        self._say(self.tr("Asking eSMS about delivery..."), cid)

        def told(n: int, total: int) -> None:
            if n == total or n % max(1, total // 100) == 0:
                self._told.emit(cid, n, total)

        def ask() -> DeliveryCounts:
            return refresh_delivery(journal, client, cid, on_progress=told)

        def result(counts: DeliveryCounts) -> None:
            self._running = None
            self._say(self._counted(counts), cid)
            done()

        def over() -> None:
            self._running = None
            finished()

        run_task(ask, result, failed, over)

    def _progress(self, cid: int, n: int, total: int) -> None:
        if cid == self._running and n < total:
            said = self.tr("Asking eSMS about delivery: %1 of %2 looked up...")
            self._say(fill(said, format_count(n), format_count(total)), cid)

    def _counted(self, counts: DeliveryCounts) -> str:
        return CampaignNotes(self).delivery_counts(counts)
