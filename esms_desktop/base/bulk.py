"""Helpers for work over a whole customer file (hundreds of thousands of rows).

Reading a file creates an object or two per row and nothing that refers back
to itself, so the cyclic garbage collector has nothing to find there; left on,
it would walk every row again and again while they are being made (a fifth of
the time of a check). It is paused for such work and resumed after it.

Such work is also done in slices (:func:`slices`, :func:`in_slices`): a C loop
over a whole column never lets go of the GIL, and over a million rows one runs
up to 0.6 s, during which the window's thread cannot paint.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
T = TypeVar("T")

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


#: Rows per C call in bulk loops: 20-40 ms of work at most, then other threads (the
#: window's) may take the GIL. Large enough that a usual list is one slice.
SLICE_ROWS = 50_000


@contextmanager
def whole_columns() -> Iterator[None]:
    """Bulk loops over whole columns for the block: for a command with no window, where
    no thread waits for the GIL between two slices and cutting a column into slices
    only copies it (about 40 ms of a 100,000-row ``check``)."""
    global SLICE_ROWS
    was = SLICE_ROWS
    SLICE_ROWS = sys.maxsize
    try:
        yield
    finally:
        SLICE_ROWS = was


def slices(column: Sequence[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """``column`` cut into consecutive slices of ``size`` rows (default :data:`SLICE_ROWS`;
    one slice when it is short).

    A Python loop over the slices lets a thread waiting for the GIL run between
    two of them, which one C loop over the whole column would not.
    """
    size = size or SLICE_ROWS
    if len(column) <= size:
        yield column
        return
    for start in range(0, len(column), size):
        yield column[start : start + size]


def in_slices(work: Callable[..., list[T]], *columns: Sequence[Any]) -> list[T]:
    """``work(*columns)`` computed a slice of rows at a time (see :func:`slices`) and joined.

    ``work`` must treat each row on its own, so that its answer for a slice is
    the slice of its answer; the columns must be equally long.
    """
    if len(columns[0]) <= SLICE_ROWS:
        return work(*columns)
    out: list[T] = []
    for part in zip(*map(slices, columns), strict=True):
        out += work(*part)
    return out


def map_in_slices(func: Callable[..., T], *columns: Sequence[Any]) -> list[T]:
    """``list(map(func, *columns))``, a slice of rows at a time (see :func:`slices`)."""
    return in_slices(lambda *some: list(map(func, *some)), *columns)


def column(rows: Sequence[Sequence[T]], index: int) -> list[T | None]:
    """Cell ``index`` of each row (None past a row's end), a slice of rows at a time."""
    return in_slices(lambda some: _column(some, index), rows)


def _column(rows: Sequence[Sequence[T]], index: int) -> list[T | None]:
    try:  # every row that long (the usual case): one C loop
        return list(map(itemgetter(index), rows))
    except IndexError:  # a row is shorter: None there
        return [cells[index] if index < len(cells) else None for cells in rows]


def update_in_slices(target: dict[K, V], keys: Sequence[K], values: Sequence[V]) -> None:
    """``target.update(zip(keys, values))``, a slice of rows at a time."""
    for some_keys, some_values in zip(slices(keys), slices(values), strict=True):
        target.update(zip(some_keys, some_values, strict=True))


def first_seen(keys: Sequence[K], values: Sequence[V]) -> dict[K, V]:
    """Each key's value at the key's first occurrence in ``keys``, a slice at a time.

    Built backwards (a dict keeps the last value written for a key): the last
    slice first, each slice from its end.
    """
    if len(keys) != len(values):
        raise ValueError("keys and values differ in length")
    first: dict[K, V] = {}
    for start in reversed(range(0, len(keys), SLICE_ROWS)):
        end = start + SLICE_ROWS
        first.update(zip(reversed(keys[start:end]), reversed(values[start:end]), strict=True))
    return first
