"""Helpers for work over a whole customer file (hundreds of thousands of rows).

Reading a file creates an object or two per row and nothing that refers back
to itself, so the cyclic garbage collector has nothing to find there; left on,
it would walk every row again and again while they are being made (a fifth of
the time of a check). It is paused for such work and resumed after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects made in a pause beyond which they are frozen (see :func:`collector_paused`).
FREEZE_ABOVE = 100_000


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested and threaded uses are fine).

    When the block made many objects (a big list and its check), they are frozen
    as it ends (``gc.freeze``): they live until the next file and refer to
    nothing that refers back, so the collector has nothing to find among them,
    yet left young it would walk them all at its next run, and again later
    (0.7 s for a million rows, paid by whichever thread runs next, often the
    window's). Frozen objects are still freed as soon as nothing uses them; only
    a reference cycle among them would stay uncollected, and the rows make none
    (what other threads made meanwhile is frozen too: a few objects at most).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if gc.get_count()[0] > FREEZE_ABOVE:
                gc.freeze()
            gc.enable()
