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
}
