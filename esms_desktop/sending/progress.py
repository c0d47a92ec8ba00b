"""What a send tells the one who started it, and the pause and cancel it obeys.

Progress (with the trouble the engine waits out), each message eSMS refused, and
the outcome; the sender's threads share the counts and the stop switch behind one
lock, and the window or the command line pause or cancel from another thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from esms_desktop.base.errors import AnswerLimitError, ApiError, BadAnswerError, TransportError
from esms_desktop.catalogue.codes import DO_NOT_SEND_LATE
from esms_desktop.journal import CampaignState, MessageRow

#: How many rounds in a row without any answer from eSMS before the campaign pauses itself.
NETWORK_ROUNDS = 6


@dataclass(frozen=True)
class Trouble:
    """Why nothing goes out right now: the engine waits, then tries the same requests again."""

    #: "network" (no answer came back), "bad_answer" (an answer that is not eSMS's) or
    #: "records" (waiting until eSMS's records of doubtful requests can be believed).
    kind: str
    #: For support: ``HTTP 404``, the kind of connection failure.
    detail: str
    #: Rounds in a row in which no request got an answer (0: some did).
    rounds: int
    #: After this many such rounds the campaign pauses itself.
    most: int
    #: Seconds until the next try.
    wait: float
    #: With "records": when the wait ends (a Unix time), and how many messages it is for.
    until: float = 0.0
    count: int = 0


@dataclass(frozen=True)
class Progress:
    total: int
    accepted: int
    failed: int
    remaining: int
    #: Messages per second in this run.
    rate: float
    #: Seconds left at the current rate, if known.
    eta: float | None
    #: Set while the engine waits for eSMS to answer again.
    trouble: Trouble | None = None


@dataclass(frozen=True)
class Failure:
    row: int
    phone: str
    code: str
    error_message: str


@dataclass(frozen=True)
class SendOutcome:
    state: CampaignState
    code: str = ""
    message: str = ""
    accepted: int = 0
    failed: int = 0
    remaining: int = 0
    unknown: int = 0
    #: Messages of this run taken out because their number was put on the do-not-send
    #: list after the campaign was written (not sent, not charged).
    withdrawn: int = 0

    @property
    def complete(self) -> bool:
        """Every planned message was accepted."""
        return self.state is CampaignState.DONE and self.failed == 0 and self.unknown == 0


@dataclass
class Counters:
    total: int = 0
    accepted: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    in_run: int = 0
    withdrawn: int = 0


class SendControls:
    """Pause and cancel, and the counts reported as progress; thread-safe.

    The state is set by :class:`~esms_desktop.sending.sender.Sender`'s ``__init__``.
    """

    on_progress: Callable[[Progress], None] | None
    _stop: threading.Event
    _stop_state: CampaignState
    _stop_code: str
    _stop_message: str
    _lock: threading.Lock
    _counts: Counters
    _idle_rounds: int

    def pause(self, code: str = "user", message: str = "") -> None:
        with self._lock:
            if not self._stop.is_set():
                self._stop_state, self._stop_code, self._stop_message = (
                    CampaignState.PAUSED,
                    code,
                    message,
                )
                self._stop.set()

    def cancel(self) -> None:
        with self._lock:
            self._stop_state, self._stop_code, self._stop_message = (
                CampaignState.CANCELLED,
                "user",
                "",
            )
            self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _count(self, *, accepted: int = 0, failed: int = 0) -> None:
        with self._lock:
            self._counts.accepted += accepted
            self._counts.failed += failed
            self._counts.in_run += accepted + failed
        self._report()

    def _withdrawn(self, messages: list[MessageRow]) -> None:
        """``messages`` were taken out of the send (not sent, not to be sent); those for the
        do-not-send list are counted for the outcome's words."""
        with self._lock:
            self._counts.total -= len(messages)
            self._counts.withdrawn += sum(m.excluded_code == DO_NOT_SEND_LATE for m in messages)
        self._report()

    def _attempt_failed(self, exc: ApiError, wait: float) -> None:
        """One attempt of a request got no usable answer; the client tries it again soon.

        Said only until a whole round went unanswered: from then on each round says it.
        """
        if self._idle_rounds == 0 and isinstance(exc, TransportError | BadAnswerError):
            self._report(Trouble(exc.kind, trouble_detail(exc), 0, NETWORK_ROUNDS, wait))

    def _report(self, trouble: Trouble | None = None) -> None:
        if self.on_progress is None:
            return
        with self._lock:
            c = self._counts
            elapsed = max(time.monotonic() - c.started, 1e-6)
            rate = c.in_run / elapsed
            remaining = max(0, c.total - c.accepted - c.failed)
            eta = remaining / rate if rate > 0 and trouble is None else None
            progress = Progress(c.total, c.accepted, c.failed, remaining, rate, eta, trouble)
        self.on_progress(progress)


def trouble_detail(exc: TransportError | BadAnswerError) -> str:
    """A few words for support: the HTTP status, or how the connection failed."""
    if isinstance(exc, AnswerLimitError):
        return exc.raw[:80]  # a short, sanitised quote: 'CodeResult: "100.0"'
    if isinstance(exc, BadAnswerError):
        return f"HTTP {exc.status}"
    # "SendMultipleMessage_V4_post_json/: ConnectError: [Errno 111] ..." -> "ConnectError"
    parts = exc.detail.split(": ")
    return parts[1] if len(parts) > 1 else exc.message
