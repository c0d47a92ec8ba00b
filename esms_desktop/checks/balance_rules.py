"""Warnings before money runs out: a balance under the user's threshold, and how many
campaigns like the last one it still pays for; a Zalo OA whose quality is low.

The threshold is the setting ``low_balance_vnd`` (0 = never warn). The check
runs when the account is first read (start, Account page) and before each send
(the checks of ``check``/``send`` and of the window's Check button).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from esms_desktop.base.texts import Words, words
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

__all__ = [
    "balance_checks",
    "low_balance_text",
    "oa_quality_checks",
]


def low_balance_text(
    balance: Decimal, threshold: int, last_cost: Decimal | None, *, after_campaign: bool = False
) -> Words | None:
    """The warning when ``balance`` is under ``threshold``; None otherwise.

    ``after_campaign``: ``balance`` is what the campaign being checked leaves.
    """
    if threshold <= 0 or balance >= threshold:
        return None
    lasts: Words | str = ""
    if last_cost is not None and last_cost > 0:
        lasts = words("checks.balance_lasts", count=int(balance // last_cost), cost=last_cost)
    if after_campaign:
        return words("checks.low_balance_after", balance=balance, threshold=threshold, lasts=lasts)
    return words("checks.low_balance", balance=balance, threshold=threshold, lasts=lasts)


def balance_checks(report: CheckReport, threshold: int, last_cost: Decimal | None) -> None:
    """Add the low-balance warning to a checked campaign (after its price is known)."""
    if report.balance is None or report.spec.sandbox:
        return
    after = report.balance - (report.cost or Decimal(0))
    text = low_balance_text(
        after if after >= 0 else report.balance,
        threshold,
        last_cost,
        after_campaign=after >= 0 and bool(report.cost),
    )
    if text is not None:
        report.add("low_balance", Severity.WARNING, text)


#: eSMS's ``GetQuality`` values (ham-kiem-tra-chat-luong-oa.md), as a shop owner reads them.
QUALITY_WORDS: dict[str, Words] = {
    "HIGH": words("checks.quality_high"),
    "MEDIUM": words("checks.quality_medium"),
    "LOW": words("checks.quality_low"),
    "UNDEFINED": words("checks.quality_undefined"),
}


def oa_quality_checks(report: CheckReport, client: EsmsClient) -> None:
    """Warn before a ZNS campaign from an OA whose quality eSMS rates LOW (either the last
    48 hours or the last 7 days): Zalo cuts the quota of such an OA, and sends fail."""
    from esms_desktop.base.errors import ApiError

    spec = report.spec
    if not spec.uses_zalo or not spec.oaid or spec.sandbox:
        return
    try:
        quality = client.get_oa_quality(spec.oaid)
    except ApiError:
        return  # no verdict is no warning: the send's own checks still run
    if "LOW" not in (quality.current, quality.seven_days):
        return
    reason = words(
        "checks.oa_quality_low",
        current=QUALITY_WORDS.get(quality.current, quality.current),
        seven_days=QUALITY_WORDS.get(quality.seven_days, quality.seven_days),
    )
    report.add("oa_quality_low", Severity.WARNING, reason)
