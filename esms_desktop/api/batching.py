"""eSMS's limits on how many numbers one call takes, and cutting a list into calls.

The fewest calls the limits allow, with batches as even as possible: 5,010
advertising numbers go as 2,505 + 2,505, never 5,000 + 10 (the 10 would be
refused with 107). Which limit a channel has is the channel's rule
(``message.spec.Channel.batch_sizes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

QC_MIN = 30
QC_MAX = 5000
ZALO_BULK_MAX = 500


def balanced_sizes(total: int, largest: int) -> list[int]:
    """``total`` split into the fewest parts of at most ``largest``, as even as possible."""
    if total <= 0:
        return []
    count = -(-total // largest)
    base, extra = divmod(total, count)
    return [base + 1] * extra + [base] * (count - extra)


def split(items: Sequence[T], sizes: list[int]) -> list[list[T]]:
    """``items`` cut into consecutive pieces of the given sizes."""
    out: list[list[T]] = []
    start = 0
    for size in sizes:
        out.append(list(items[start : start + size]))
        start += size
    return out
