"""``esms-desktop diagnose`` (and the Account page's "Check with eSMS"): each check's
verdict and the closing sentence. The checks' own details stay in English: they are for
support."""

TEXTS = {
    "diagnose.ok": "đúng",
    "diagnose.different": "KHÁC",
    "diagnose.skipped": "bỏ qua",
    "diagnose.failed": "LỖI",
    "diagnose.account_refused": "eSMS từ chối tài khoản này (không phải lỗi của ứng dụng): {said}",
    "diagnose.all_ok": "Mọi câu trả lời của eSMS đúng như ứng dụng mong đợi.",
    "diagnose.some_differ": "Một số câu trả lời khác với điều ứng dụng mong đợi. Hãy gửi nội dung "
    "này cho bộ phận hỗ trợ (không chứa khóa).",
}
