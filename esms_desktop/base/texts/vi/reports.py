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
    "reports.header.sent_at": "Giờ gửi (giờ Việt Nam)",
    "reports.header.send_at": "Hẹn gửi lúc (giờ Việt Nam)",
    "reports.state.accepted": "Đã gửi tới eSMS",
    "reports.state.failed": "Không gửi được",
    "reports.state.excluded": "Không gửi (lỗi trong danh sách)",
    "reports.state.pending": "Chưa gửi",
    "reports.state.sending": "Đang gửi",
    "reports.state.unknown": "Chưa rõ: cần kiểm tra",
    "reports.delivery.delivered": "Đã đến máy khách",
    "reports.delivery.by_sms": "Đã gửi bằng SMS thay cho Zalo (Zalo không gửi tới được)",
    "reports.delivery.failed": "Không đến được máy",
    "reports.delivery.waiting": "Đang chờ kết quả",
    "reports.delivery.sms_unseen": "Zalo không tới được; eSMS chưa có tin SMS gửi thay",
    # Why a report cannot be written where asked (reports.campaign_report).
    "reports.path.suffix": "Tên file báo cáo '{name}' phải kết thúc bằng .xlsx hoặc .csv.",
    "reports.path.folder": "'{path}' là một thư mục, không phải tên file báo cáo.",
    "reports.path.no_folder": "Không có thư mục {folder}.",
    "reports.path.not_a_report": "File {path} đã có và không phải báo cáo của ứng dụng (có thể "
    "là danh sách khách của bạn): hãy chọn tên khác.",
    "reports.path.read_only": "File {path} đã có và chỉ cho đọc, không ghi đè được.",
    "reports.path.folder_locked": "Không được phép ghi vào thư mục {folder}.",
    "reports.write.disk_full": "Ổ đĩa đã đầy: không ghi được báo cáo {path}.",
    "reports.write.not_allowed": "Không ghi được {path}: file đang mở trong Excel, chỉ cho đọc, "
    "hoặc không được phép ghi vào đó.",
    "reports.write.cannot_create": "Không tạo được file báo cáo trong thư mục {folder}.",
    "reports.write.other": "Không ghi được file báo cáo {path}.",
}
