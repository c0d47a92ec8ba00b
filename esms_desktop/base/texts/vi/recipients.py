"""Who a campaign is for: segments (conditions on the list's columns) and consent."""

TEXTS = {
    # Conditions of a segment (recipients.segments).
    "recipients.filter_unreadable": (
        "Không hiểu điều kiện lọc {text!r}: viết CỘT, phép so sánh rồi GIÁ TRỊ, ví dụ "
        '"Nhóm=VIP" hoặc "Ngày mua cuối<-90d". Phép so sánh: = != ~ < <= > >='
    ),
    "recipients.filter_not_comparable": (
        "Điều kiện {text!r}: {op} chỉ so sánh số hoặc ngày, còn {value!r} không phải số "
        "hay ngày. Ví dụ: 500000, 31/12/2025, -90d (90 ngày trước)."
    ),
    "recipients.filter_contains_nothing": "Điều kiện {text!r}: ~ (có chứa) cần một chữ để tìm.",
    "recipients.no_such_column": "File không có cột {column!r}.{hint} Các cột của file: {columns}",
    "recipients.did_you_mean": " Có phải: {names}?",
    # How consent to advertising was judged (recipients.consent), for the report.
    "recipients.consent_from_column": "sự đồng ý đọc từ cột {name!r}",
    "recipients.consent_assumed": "không có cột đồng ý; người gửi xác nhận mọi khách đã đồng ý",
    "recipients.consent_no_column": "không có cột đồng ý; đã gửi sau khi được cảnh báo",
    "recipients.no_phone_column": "Trang tính '{sheet}' không có cột '{column}'.{hint}",
    "recipients.garbled_names_hint": " File có vẻ lưu bằng bảng mã cũ ({name}), nên tên cột có "
    "thể bị lỗi font: thêm --convert-text auto.",
}
