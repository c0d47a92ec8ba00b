"""The message library (``app.library``): why an entry cannot be saved, found or imported."""

TEXTS = {
    "library.name_length": "Tên mẫu tin cần từ 1 đến {most} ký tự.",
    "library.no_channel": "Kênh {channel!r} không có; dùng một trong: {channels}.",
    "library.zalo_template": "Tin Zalo cần một mẫu ZNS: chọn mẫu trước khi lưu.",
    "library.zalo_template@command": "Tin Zalo cần mã mẫu ZNS (--template-id).",
    "library.no_text": "Mẫu tin chưa có nội dung: viết nội dung trước khi lưu.",
    "library.no_text@command": "Mẫu tin chưa có nội dung (--content).",
    "library.exists": "Đã có mẫu tin tên {name!r}.",
    "library.empty": "Chưa có mẫu tin nào tên {name!r}: thư viện còn trống. Lưu một mẫu bằng "
    "'esms-desktop library save TÊN --channel ... --content ...'.",
    "library.not_found": "Không có mẫu tin tên {name!r}. Xem danh sách: 'esms-desktop library'.",
    "library.not_found_close": "Không có mẫu tin tên {name!r}. Có phải: {close}? Xem danh sách: "
    "'esms-desktop library'.",
    "library.not_an_export": "File này không phải là thư viện mẫu tin xuất từ eSMS Desktop; chưa "
    "nhập gì.",
    "library.damaged_entry": "Mẫu tin thứ {index} trong file bị hỏng; chưa nhập gì.",
    "library.bad_entry": "Mẫu tin thứ {index} ({name!r}): {reason} Chưa nhập gì.",
    "library.not_ours": "File {path} đã có và không phải thư viện mẫu tin xuất từ eSMS Desktop: "
    "file được giữ nguyên. Hãy xuất ra một tên mới, ví dụ mau-tin.json.",
    "library.cannot_write": "Không ghi được file {path}: {reason}.",
    "library.cannot_read": "Không đọc được file {path}. {reason} Chưa nhập gì.",
    "library.write_not_allowed": (
        "không được phép ghi vào đó (file chỉ cho đọc hoặc thư mục bị khóa)"
    ),
    "library.write_no_folder": "không có thư mục đó",
    "library.write_failed": "ổ đĩa đầy hoặc không ghi được",
}
