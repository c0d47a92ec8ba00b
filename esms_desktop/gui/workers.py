"""Run core code off the GUI thread and report back through signals.

Short jobs (import, checks, look-ups) run as :class:`Task` on the global
QThreadPool. Sending, which lasts and can be paused, has its own
:class:`SendWorker` on a QThread. Workers never touch widgets: they emit
results, and a failed message is a result, not an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot
from shiboken6 import isValid

from esms_desktop.journal import Journal
from esms_desktop.sending import Failure, Progress, Sender
from esms_desktop.sending.settle import RECORDS_GRACE

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)


class Task(QObject):
    """Runs ``fn()`` on the global thread pool and delivers the outcome on the GUI thread.

    The outcome crosses threads through a queued signal to a slot of this
    object, which lives on the GUI thread: the callbacks never run on the
    pool thread, so they may touch widgets.
    """

    # One tuple, never a bare None: PySide6 6.12 on Python 3.11 mis-counts references
    # to None passed through a queued ``Signal(object)``, which crashes the process.
    _done = Signal(object)

    def __init__(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.on_result, self.on_error, self.on_finished = on_result, on_error, on_finished
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:
        """On the pool thread."""
        try:
            value = self.fn()
        except BaseException as exc:
            log.info("task failed: %r", exc)
            outcome: tuple[Any, BaseException | None] = (None, exc)
        else:
            outcome = (value, None)
        try:
            self._done.emit(outcome)
        except RuntimeError:  # the application is gone (the process is ending): no one to tell
            log.info("task ended after the application: %r", outcome[1])

    @Slot(object)
    def _deliver(self, outcome: tuple[Any, BaseException | None]) -> None:
        """On the GUI thread. A result whose widget is gone (its window closed while the
        work ran) is dropped: it is no longer what any screen shows."""
        value, error = outcome
        _running.discard(self)
        try:
            if error is not None:
                _call_if_alive(self.on_error, error)
            else:
                _call_if_alive(self.on_result, value)
        finally:
            if self.on_finished is not None:
                _call_if_alive(self.on_finished)


def _call_if_alive(callback: Callable[..., None], *args: Any) -> None:
    """``callback(*args)``, unless the widget it belongs to was deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not isValid(owner):
        log.info("a background result for a closed window was dropped")
        return
    try:
        callback(*args)
    except RuntimeError as exc:
        # A closure over a widget of a window closed meanwhile (Qt deleted the widget).
        if "already deleted" not in str(exc):
            raise
        log.info("a background result for a closed window was dropped: %s", exc)


_running: set[Task] = set()

#: Threads the pool may run at once, whatever the cores. Most tasks wait on eSMS or the
#: disk, not the processor: with one thread per core (Qt's default, 2 on a small laptop),
#: two slow delivery look-ups on a slow connection held back opening a file for 20 s and
#: a check for nearly a minute.
POOL_THREADS = 8


def _pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < POOL_THREADS:
        pool.setMaxThreadCount(POOL_THREADS)
    return pool


def run_task(
    fn: Callable[[], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """Start ``fn`` on the thread pool; the callbacks run on the GUI thread."""
    task = Task(fn, on_result, on_error, on_finished)
    _running.add(task)
    _pool().start(task.run)
    return task


class Newest:
    """A series of the same background request (a list loaded again): only the answer to
    the newest one is used. An older one answering later is stale: used, it would undo
    what the newer answer, and the user after it, put on the screen."""

    def __init__(self) -> None:
        self._asked = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """:func:`run_task`, its answer dropped unless no request came after it."""
        self.drop()
        asked = self._asked
        return run_task(
            fn,
            lambda result: on_result(result) if asked == self._asked else None,
            lambda exc: on_error(exc) if asked == self._asked else None,
        )

    def drop(self) -> None:
        """Make every answer still on its way stale (what it was for is no longer asked)."""
        self._asked += 1


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every pool task has finished (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


#: Work to do once the background work still running at the window's close has ended:
#: (the sending worker or None, what to do then).
_afterwards: list[tuple[SendWorker | None, Callable[[], None]]] = []
_poll: QTimer | None = None


def _idle(worker: SendWorker | None) -> bool:
    thread_done = worker is None or worker.worker_thread.isFinished()
    return thread_done and QThreadPool.globalInstance().activeThreadCount() == 0


def after_background_work(callback: Callable[[], None], worker: SendWorker | None) -> None:
    """Run ``callback`` (on the GUI thread) once ``worker`` and the pool's tasks are done:
    at once when nothing runs, else from a timer, or at the latest in :func:`drain`.

    The window's close returns at once instead of waiting for a send to wind down."""
    global _poll
    if _idle(worker):
        callback()
        return
    _afterwards.append((worker, callback))
    if _poll is None:
        _poll = QTimer()
        _poll.setInterval(50)
        _poll.timeout.connect(_run_finished)
    _poll.start()


def _run_finished() -> None:
    for entry in list(_afterwards):
        if _idle(entry[0]):
            _afterwards.remove(entry)
            entry[1]()
    if not _afterwards and _poll is not None:
        _poll.stop()


def drain(msecs: int = 95_000) -> bool:
    """At exit: wait for the background work left by closed windows, then finish it.

    A send's requests on their way wait at most the HTTP client's timeouts (60 s to
    connect and read, 30 s more for the SMS of a Zalo-then-SMS request). False when
    something is still running after ``msecs``: the caller ends the process, which
    leaves the journal as after a kill (safe: it is written for that)."""
    import time

    deadline = time.monotonic() + msecs / 1000
    for worker, _ in list(_afterwards):
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if worker is not None and not worker.wait(left):
            log.warning("sending did not stop within %d ms of the window's close", msecs)
            return False
    if not wait_for_tasks(max(0, int((deadline - time.monotonic()) * 1000))):
        log.warning("background tasks did not end within %d ms of the window's close", msecs)
        return False
    while _afterwards:
        _afterwards.pop(0)[1]()
    return True


class SendWorker(QObject):
    """Runs the sending engine for one campaign on its own QThread."""

    progress = Signal(object)
    failure = Signal(object)
    finished = Signal(object)
    error = Signal(object)

    def __init__(
        self,
        journal: Journal,
        client: EsmsClient,
        campaign_id: int,
        max_in_flight: int,
        records_grace: float = RECORDS_GRACE,
    ) -> None:
        super().__init__()
        # The window waits for eSMS's records itself, with a countdown (Pause ends it).
        self.engine = Sender(
            journal,
            client,
            campaign_id,
            max_in_flight=max_in_flight,
            on_progress=self._progress,
            on_failure=self._failure,
            records_grace=records_grace,
        )
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("esms-send")
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.run)

    def _progress(self, progress: Progress) -> None:
        self.progress.emit(progress)

    def _failure(self, failure: Failure) -> None:
        self.failure.emit(failure)

    def start(self) -> None:
        self.worker_thread.start()

    @Slot()
    def run(self) -> None:
        try:
            self.finished.emit(self.engine.run())
        except BaseException as exc:
            log.exception("sending stopped by an error")
            self.error.emit(exc)
        finally:
            self.worker_thread.quit()

    def pause(self) -> None:
        self.engine.pause("user")

    def cancel(self) -> None:
        self.engine.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        return self.worker_thread.wait(msecs)
