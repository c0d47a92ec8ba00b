"""The pages of eSMS's API documentation that ``diagnose`` cites, by their titles there.

A reference for support to find the page, in eSMS's own (Vietnamese) words: data, not
the app's words for the user (those are in ``base.texts``).
"""

from __future__ import annotations

SITE = "developers.esms.vn"

TITLES = {
    "balance": "Hàm lấy số dư tài khoản",
    "brandnames": "Hàm lấy danh sách brandname",
    "care_templates": "Hàm lấy danh sách template tin chăm sóc khách hàng",
    "care_send": "Tin nhắn SMS OTP/CSKH",
    "zalo_oas": "Hàm lấy danh sách Zalo OA",
    "zalo_templates": "Hàm lấy danh sách template Zalo",
    "zalo_template_info": "Hàm lấy thông tin chi tiết template Zalo",
    "zalo_quota": "Lấy quota tin Zalo theo OAID",
    "sent_data": "Hàm kiểm tra trạng thái tin nhắn theo khoảng thời gian",
}


def cited(page: str) -> str:
    """``developers.esms.vn: <title>``, as a check's line names its page."""
    return f"{SITE}: {TITLES[page]}"
