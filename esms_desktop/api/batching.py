"""How many requests a campaign takes, and how big each one is.

The fewest requests the eSMS limits allow, with batches as even as possible:
5,010 advertising numbers go as 2,505 + 2,505, never 5,000 + 10 (the 10 would
be refused with 107).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

QC_MIN = 30
QC_MAX = 5000
ZALO_BULK_MAX = 500
#: Channels whose requests carry one phone number each.
SINGLE_CHANNELS = ("cskh", "fixed", "zalo-sms")


def balanced_sizes(total: int, largest: int) -> list[int]:
    """``total`` split into the fewest parts of at most ``largest``, as even as possible."""
    if total <= 0:
        return []
    count = -(-total // largest)
    base, extra = divmod(total, count)
    return [base + 1] * extra + [base] * (count - extra)


def request_sizes(channel: str, recipients: int) -> list[int]:
    """The number of recipients in each request. Empty when nothing can be sent.

    For advertising under 30 numbers nothing can be sent (107), so no request
    is planned.
    """
    if channel in SINGLE_CHANNELS:
        return [1] * recipients
    if channel == "qc":
        return [] if recipients < QC_MIN else balanced_sizes(recipients, QC_MAX)
    if channel == "zalo":
        return balanced_sizes(recipients, ZALO_BULK_MAX)
    raise ValueError(f"unknown channel {channel!r}")


def split(items: Sequence[T], sizes: list[int]) -> list[list[T]]:
    """``items`` cut into consecutive pieces of the given sizes."""
    out: list[list[T]] = []
    start = 0
    for size in sizes:
        out.append(list(items[start : start + size]))
        start += size
    return out
