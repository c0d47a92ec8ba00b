"""Several eSMS look-ups at once, so a round trip is paid once rather than once per question.

Look-ups are read-only and safe to ask together; the HTTP client's token bucket
still paces them. Sends never go through here: their order and pacing belong to
the sending engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: More than eSMS needs to see at once from one shop; enough to hide the latency.
MAX_AT_ONCE = 6


def in_parallel(ask: Callable[[T], R], items: Sequence[T], at_once: int = MAX_AT_ONCE) -> list[R]:
    """``[ask(item) for item in items]``, the calls overlapping; the first error is raised."""
    if len(items) <= 1:
        return [ask(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(at_once, len(items))) as pool:
        return list(pool.map(ask, items))
