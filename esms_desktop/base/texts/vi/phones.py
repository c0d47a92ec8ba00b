"""Why a phone cell cannot be used, as a shop owner would say it, and what to do."""

TEXTS = {
    "phones.empty": "ô số điện thoại để trống",
    "phones.multiple": "có hai số trong một ô: tách mỗi số ra một dòng",
    "phones.has_letters": "ô số điện thoại có chữ hoặc ký tự lạ",
    "phones.foreign": "số nước ngoài: eSMS chỉ gửi tới số Việt Nam",
    "phones.landline": "số cố định (bàn): không nhận được tin nhắn",
    "phones.service_number": "số tổng đài 1800/1900: không nhận được tin nhắn",
    "phones.unknown_prefix": "đầu số không thuộc nhà mạng di động nào",
    "phones.unknown_old_prefix": "số 11 chữ số cũ có đầu số không còn dùng",
    "phones.too_short": "số quá ngắn: thiếu chữ số",
    "phones.too_long": "số quá dài: thừa chữ số",
    "phones.lost_digits": (
        "Excel đã làm mất các chữ số cuối (số hiện kiểu 9.12346E+08): định dạng cột số điện "
        "thoại là Văn bản (Text) rồi gõ lại số"
    ),
    "phones.formula_no_value": (
        "ô số điện thoại là công thức chưa có kết quả được lưu: mở file bằng Excel rồi bấm "
        "Lưu (Save), sau đó mở lại file ở đây"
    ),
    # Dạng ngắn, khi vấn đề của một dòng có ít chỗ (bảng Khách hàng ở 1024 px); câu đầy đủ
    # được nói bên cạnh.
    "phones.empty.short": "Không có số",
    "phones.multiple.short": "Hai số trong một ô",
    "phones.has_letters.short": "Số có chữ",
    "phones.foreign.short": "Số nước ngoài",
    "phones.landline.short": "Số cố định (bàn)",
    "phones.service_number.short": "Số tổng đài",
    "phones.unknown_prefix.short": "Đầu số lạ",
    "phones.unknown_old_prefix.short": "Đầu số cũ đã bỏ",
    "phones.too_short.short": "Số quá ngắn",
    "phones.too_long.short": "Số quá dài",
    "phones.lost_digits.short": "Excel làm mất số",
    "phones.formula_no_value.short": "Công thức chưa lưu",
}
