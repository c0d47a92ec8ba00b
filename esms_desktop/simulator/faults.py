"""Seeded fault injection for the simulator: what goes wrong, and how often.

Each request draws one outcome. ``cut_after`` is the nasty one for money
safety: eSMS processed the request (and charged), but the answer never
arrived. ``garbage`` also processes the request, then answers with a body
that is not JSON. ``cut_before`` and ``http_500`` do not process it.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from enum import Enum


class Fault(Enum):
    NONE = "none"
    CUT_BEFORE = "cut_before"
    CUT_AFTER = "cut_after"
    HTTP_500 = "http_500"
    GARBAGE = "garbage"

    @property
    def processes_request(self) -> bool:
        return self in (Fault.NONE, Fault.CUT_AFTER, Fault.GARBAGE)


@dataclass(frozen=True)
class FaultPlan:
    """Probabilities of each fault per request, and the added latency."""

    cut_before: float = 0.0
    cut_after: float = 0.0
    http_500: float = 0.0
    garbage: float = 0.0
    latency: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        total = self.cut_before + self.cut_after + self.http_500 + self.garbage
        if (
            not 0 <= total <= 1
            or min(self.cut_before, self.cut_after, self.http_500, self.garbage, self.latency) < 0
        ):
            raise ValueError("fault probabilities must be >= 0 and add up to at most 1")

    def drawer(self) -> FaultDrawer:
        return FaultDrawer(self)


class FaultDrawer:
    """Draws faults from a plan with its own seeded generator. Thread-safe."""

    def __init__(self, plan: FaultPlan) -> None:
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._lock = threading.Lock()
        self.counts: dict[Fault, int] = dict.fromkeys(Fault, 0)

    def draw(self) -> Fault:
        with self._lock:
            x = self._rng.random()
            fault = Fault.NONE
            for candidate, p in (
                (Fault.CUT_BEFORE, self.plan.cut_before),
                (Fault.CUT_AFTER, self.plan.cut_after),
                (Fault.HTTP_500, self.plan.http_500),
                (Fault.GARBAGE, self.plan.garbage),
            ):
                if x < p:
                    fault = candidate
                    break
                x -= p
            self.counts[fault] += 1
            return fault


GARBAGE_BODY = b"<html><head><title>502 Proxy Error</title></head><body>upstream</body></html>"
ERROR_500_BODY = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
