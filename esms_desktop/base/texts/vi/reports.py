"""A campaign's report (.xlsx or .csv): its headers, and each message's state and delivery."""

TEXTS = {
    "reports.sheet": "Báo cáo",
    "reports.header.row": "Dòng",
    "reports.header.phone": "Số chuẩn",
    "reports.header.state": "Trạng thái",
    "reports.header.delivery": "Giao tin",
    "reports.header.code": "Mã",
    "reports.header.explanation": "Giải thích",
    "reports.header.action": "Nên làm gì",
    "reports.header.sms_id": "SMSID",
    "reports.header.sent_at": "Giờ gửi",
    "reports.header.send_at": "Hẹn gửi lúc",
    "reports.state.accepted": "Đã gửi tới eSMS",
    "reports.state.failed": "Không gửi được",
    "reports.state.excluded": "Không gửi (lỗi trong danh sách)",
    "reports.state.pending": "Chưa gửi",
    "reports.state.sending": "Đang gửi",
    "reports.state.unknown": "Chưa rõ: cần kiểm tra",
    "reports.delivery.delivered": "Đã đến máy khách",
    "reports.delivery.failed": "Không đến được máy",
    "reports.delivery.waiting": "Đang chờ kết quả",
}
