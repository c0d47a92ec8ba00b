"""Warnings before money runs out: a balance under the user's threshold, and how many
campaigns like the last one it still pays for; a Zalo OA whose quality is low.

The threshold is the setting ``low_balance_vnd`` (0 = never warn). The check
runs when the account is first read (start, Account page) and before each send
(the checks of ``check``/``send`` and of the window's Check button).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from esms_desktop.base.numbers import grouped
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
    balance: Decimal, threshold: int, last_cost: Decimal | None
) -> tuple[str, str] | None:
    """The warning (vi, en) when ``balance`` is under ``threshold``; None otherwise."""
    if threshold <= 0 or balance >= threshold:
        return None
    vi = (
        f"Số dư còn {grouped(balance)} đ, dưới mức cảnh báo {grouped(threshold)} đ bạn đã "
        "đặt. Nạp thêm tiền trên trang eSMS trước khi gửi chiến dịch lớn."
    )
    en = (
        f"The balance is {grouped(balance, 'en')} VND, under the warning level of "
        f"{grouped(threshold, 'en')} VND you set. Top up on eSMS's site before a large "
        "campaign."
    )
    if last_cost is not None and last_cost > 0:
        n = int(balance // last_cost)
        vi += f" Số dư này đủ cho khoảng {n} chiến dịch như lần gửi trước ({grouped(last_cost)} đ)."
        en += (
            f" It pays for about {n} campaign{'s' if n != 1 else ''} like the last one "
            f"({grouped(last_cost, 'en')} VND)."
        )
    return vi, en


def balance_checks(report: CheckReport, threshold: int, last_cost: Decimal | None) -> None:
    """Add the low-balance warning to a checked campaign (after its price is known)."""
    if report.balance is None or report.spec.sandbox:
        return
    after = report.balance - (report.cost or Decimal(0))
    text = low_balance_text(after if after >= 0 else report.balance, threshold, last_cost)
    if text is not None:
        vi, en = text
        if after >= 0 and report.cost:
            vi = f"Sau chiến dịch này: {vi[0].lower()}{vi[1:]}"
            en = f"After this campaign: {en[0].lower()}{en[1:]}"
        report.add("low_balance", Severity.WARNING, vi, en)


#: eSMS's ``GetQuality`` values (ham-kiem-tra-chat-luong-oa.md), as a shop owner reads them.
QUALITY_WORDS = {
    "HIGH": ("tốt", "good"),
    "MEDIUM": ("trung bình", "medium"),
    "LOW": ("kém", "poor"),
    "UNDEFINED": ("chưa xác định (chưa gửi ZNS gần đây)", "not known yet (no recent ZNS)"),
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
    report.add(
        "oa_quality_low",
        Severity.WARNING,
        "Zalo đánh giá chất lượng gửi ZNS của OA này là KÉM (48 giờ qua: "
        f"{QUALITY_WORDS.get(quality.current, (quality.current,))[0]}; 7 ngày qua: "
        f"{QUALITY_WORDS.get(quality.seven_days, (quality.seven_days,))[0]}). Zalo giảm hạn "
        "mức và có thể chặn tin của OA kém: chỉ gửi cho khách đã quen với shop, nội dung "
        "đúng mẫu, và xem đánh giá của khách ở trang Tài khoản.",
        "Zalo rates this OA's ZNS quality as POOR (last 48 hours: "
        f"{QUALITY_WORDS.get(quality.current, ('', quality.current))[1]}; last 7 days: "
        f"{QUALITY_WORDS.get(quality.seven_days, ('', quality.seven_days))[1]}). Zalo lowers "
        "the quota of a poor OA and may block its messages: send only to customers who know "
        "the shop, keep to the template, and see the customers' ratings on the Account page.",
    )
