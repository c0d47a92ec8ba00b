"""Registering a text as an eSMS template (``app.template_register``): what eSMS's
moderators would refuse, and a registration's state."""

TEXTS = {
    "templates.unknown_column": "Nội dung dùng cột {{{column}}} nhưng file không có cột này. Các "
    "cột của file: {columns}",
    "templates.empty": "Nội dung trống.",
    "templates.link": "Mẫu tin chăm sóc khách hàng không được có đường link ({link}): eSMS sẽ từ "
    "chối. Bỏ link khỏi nội dung, hoặc đưa link vào một biến {{Link}}.",
    "templates.phone": "Mẫu tin không được có số điện thoại ({phone}): eSMS sẽ từ chối. Bỏ số khỏi "
    "nội dung, hoặc đưa số vào một biến {{Hotline}}.",
    "templates.nothing_sent": "Chưa gửi yêu cầu đăng ký.",
    "templates.channels": "Chỉ đăng ký được mẫu tin chăm sóc khách hàng (cskh) hoặc cố định "
    "(fixed).",
    "templates.brandname": "Cần chọn một brandname đã có trong tài khoản eSMS.",
    "templates.brandname@command": "Cần brandname đã có trong tài khoản eSMS (--brandname).",
    "templates.fixed_not_listed": "eSMS không cho xem danh sách mẫu tin cố định của {brandname} "
    "(mã {code}): xem kết quả duyệt trên trang web eSMS.",
    "templates.approved": "đã duyệt",
    "templates.refused": "bị từ chối",
    "templates.refused_because": "bị từ chối: {reason}",
    "templates.moderating": "đang chờ duyệt",
    "templates.moderating_long": "đang chờ duyệt (đã quá 3 ngày: hãy hỏi bộ phận hỗ trợ của eSMS)",
}
