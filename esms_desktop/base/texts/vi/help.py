"""Hướng dẫn của dòng lệnh (``--help``): chương trình, các lệnh và tùy chọn của chúng."""

TEXTS = {
    # esms-desktop
    "help.program": "Gửi tin SMS và Zalo qua eSMS.vn cho khách trong một danh sách. "
    "Không ghi lệnh nào thì mở cửa sổ chương trình.",
    "help.demo": "dùng thử với eSMS giả lập có sẵn (không cần tài khoản, không gửi thật)",
    "help.api_url": "địa chỉ của eSMS (mặc định: theo cài đặt, hoặc ESMS_API_URL)",
    "help.profile": "tài khoản đã lưu sẽ dùng (khóa của nó được máy tính cất giữ)",
    "help.lang": "ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh)",
    "help.self_test": "kiểm tra bản cài đặt này chạy được không (gửi thử với eSMS giả lập, "
    "không mở cửa sổ) rồi thoát",
    "help.self_test_out": "ghi thêm kết quả tự kiểm tra vào file này",
    # Các lệnh, như danh sách lệnh ghi.
    "help.command.explain": "giải thích một mã kết quả của eSMS",
    "help.command.balance": "xem số dư tài khoản",
    "help.command.diagnose": "kiểm tra eSMS có trả lời đúng như ứng dụng cần không (chỉ hỏi "
    "miễn phí và gửi thử: không mất tiền)",
    "help.command.journal": "kiểm tra nhật ký gửi tin, hoặc khôi phục bản sao lưu mới nhất",
    "help.command.check": "kiểm tra danh sách khách hàng trước khi gửi",
    "help.command.send": "kiểm tra danh sách khách hàng rồi gửi tin",
    "help.command.resume": "gửi nốt các chiến dịch bị dừng giữa chừng",
    "help.command.history": "xem các chiến dịch đã gửi",
    "help.command.cancel": "dừng hẳn một chiến dịch: tin nào chưa gửi sẽ không bao giờ được gửi",
    "help.command.report": "xuất báo cáo của một chiến dịch (.xlsx hoặc .csv)",
    "help.command.status": "cập nhật và xem khách đã nhận được tin của một chiến dịch chưa",
    "help.command.retry": "gửi lại những tin lỗi của một chiến dịch mà gửi lại có thể tới "
    "được khách (không gửi lại tin mà eSMS sẽ từ chối lần nữa)",
    "help.command.optout": "xem hoặc sửa danh sách không gửi",
    "help.command.library": "tin nhắn đã lưu: xem danh sách, lưu, xem, xóa, xuất, nhập",
    "help.command.templates": "đăng ký nội dung làm mẫu tin với eSMS; xem các mẫu đã đăng ký",
    # explain, balance, journal
    "help.explain.code": "mã eSMS trả về, ví dụ 100 hoặc 99",
    "help.balance.warn_below": "từ nay báo khi số dư dưới mức này (0 = không báo); được lưu "
    "vào cài đặt",
    "help.diagnose.support": "in thêm các dòng kỹ thuật cho bộ phận hỗ trợ (lệnh gọi, trường "
    "dữ liệu và mã; không chứa khóa)",
    "help.journal.action": "check: kiểm tra nhật ký còn nguyên vẹn; restore: khôi phục bản "
    "sao lưu mới nhất",
    # check và send
    "help.campaign.file": "danh sách khách hàng: .xlsx .xlsm .xls .ods .csv .txt",
    "help.campaign.channel": "cách gửi: cskh (SMS chăm sóc khách hàng), qc (SMS quảng cáo), "
    "fixed (SMS đầu số cố định), zalo, zalo-sms (Zalo, không được thì SMS); bắt buộc, trừ "
    "khi --message đã có",
    "help.campaign.message": "dùng một tin nhắn đã lưu trong thư viện (esms-desktop library)",
    "help.campaign.where": "chỉ gửi cho các dòng thỏa điều kiện này (ghi được nhiều lần: "
    "phải thỏa tất cả); so sánh bằng = != ~ (có chứa) < <= > >=; ngày viết dd/mm/yyyy "
    "hoặc -90d (90 ngày trước)",
    "help.campaign.assume_consent": "gửi quảng cáo cho danh sách không có cột đồng ý: mọi "
    "khách đều đã đồng ý nhận (Luật 91/2025); không cảnh báo việc này nữa",
    "help.campaign.sheet": "sheet cần đọc (mặc định: sheet đầu tiên có dữ liệu)",
    "help.campaign.phone_column": "cột số điện thoại: tên cột, chữ cái hoặc số thứ tự của cột",
    "help.campaign.content": "nội dung tin nhắn; {{Tên cột}} được thay bằng ô của dòng đó",
    "help.campaign.brandname": "tên người gửi khách nhìn thấy (brandname của tin SMS)",
    "help.campaign.oaid": "mã Zalo OA (tài khoản Zalo chính thức của cửa hàng)",
    "help.campaign.template_id": "mã mẫu tin Zalo ZNS",
    "help.campaign.param": "điền một chỗ trống của mẫu ZNS bằng một cột",
    "help.campaign.param_value": "điền một chỗ trống của mẫu ZNS bằng cùng một nội dung "
    "cho mọi khách",
    "help.campaign.over_quota": "Zalo: gửi vượt hạn mức của OA (chế độ gửi 3 của eSMS)",
    "help.campaign.schedule": 'hẹn giờ gửi: "YYYY-MM-DD HH:MM" (giờ Việt Nam)',
    "help.campaign.schedule_column": "mỗi dòng gửi vào giờ riêng, theo ngày trong cột này "
    "(nhắc lịch, sinh nhật)",
    "help.campaign.days_before": "dùng với --schedule-column: gửi trước ngày đó N ngày "
    "(0 = gửi đúng ngày)",
    "help.campaign.yearly": "dùng với --schedule-column: gửi vào ngày đó hằng năm (sinh nhật)",
    "help.campaign.at": "dùng với --schedule-column: giờ gửi trong ngày",
    "help.campaign.sandbox": "chỉ nhờ eSMS kiểm tra tin nhắn; không gửi tin nào",
    "help.campaign.plain": "bỏ dấu mọi tin nhắn (tin SMS không dấu rẻ hơn: 160 ký tự một tin)",
    "help.campaign.convert_text": "tên lưu bằng bảng mã tiếng Việt cũ: auto tự chuyển những "
    "gì nhận ra, vni/tcvn3/mojibake chọn bảng mã, none (mặc định) chỉ giữ lại các dòng bị "
    "lỗi chữ",
    "help.check.json": "in kết quả dạng JSON (cho chương trình khác đọc)",
    "help.send.campaign": "tên cho chiến dịch",
    "help.send.report": "gửi xong thì ghi báo cáo ra file này (.xlsx hoặc .csv)",
    "help.send.yes": "không hỏi lại trước khi gửi",
    "help.send.again": "vẫn gửi dù cùng tin đó đã gửi cho cùng người trong 24 giờ qua (chỉ "
    "--yes thì chưa đủ để gửi lặp)",
    # resume, report, status
    "help.campaign_id": "số của chiến dịch (xem esms-desktop history)",
    "help.cancel.yes": "dừng luôn, không hỏi lại",
    "help.retry.yes": "gửi luôn, không hỏi lại",
    "help.resume.campaign_id": "số của chiến dịch (xem esms-desktop history); bỏ trống thì "
    "gửi nốt mọi chiến dịch bị dừng",
    "help.resume.resend_unknown": "gửi lại các tin mà danh sách tin đã gửi của eSMS không cho "
    "biết đã tới eSMS hay chưa (có khách có thể nhận hai lần)",
    "help.report.out": "file báo cáo sẽ ghi (.xlsx hoặc .csv)",
    "help.status.wait": "hỏi tiếp (thưa dần) đến khi mọi tin đều có kết quả cuối cùng",
    # optout
    "help.optout.action": "list: xem danh sách; add: thêm số; remove: bỏ số ra",
    "help.optout.numbers": "các số điện thoại, viết kiểu nào thường dùng cũng được",
    "help.optout.from_campaign": "dùng với add: các số eSMS báo đã chặn tin (mã 99) trong "
    "chiến dịch đó",
    # library
    "help.library.save": "đặt tên và lưu một tin nhắn",
    "help.library.show": "xem một tin nhắn đã lưu",
    "help.library.delete": "xóa một tin nhắn đã lưu",
    "help.library.export": "ghi mọi tin nhắn đã lưu ra một file JSON",
    "help.library.import": "thêm các tin nhắn từ một file JSON đã xuất",
    "help.library.name": "tên của tin nhắn đã lưu",
    "help.library.channel": "cách gửi (như check --channel)",
    "help.library.new": "không ghi đè nếu đã có tin nhắn cùng tên",
    "help.library.export_file": "file JSON sẽ ghi",
    "help.library.import_file": "file JSON cần đọc",
    # templates
    "help.templates.wait": "hỏi lại eSMS (vài giây một lần, tối đa SECONDS giây) đến khi "
    "không còn mẫu nào chờ duyệt",
    "help.templates.register": "gửi nội dung cho eSMS duyệt làm mẫu tin",
    "help.templates.channel": "loại SMS của mẫu: cskh (chăm sóc khách hàng) hoặc fixed "
    "(đầu số cố định)",
    "help.templates.brandname": "brandname đăng ký mẫu tin",
    "help.templates.content": "nội dung; mỗi {{Tên cột}} thành một chỗ trống của mẫu",
    "help.templates.file": "danh sách khách hàng: mỗi chỗ trống dài bằng giá trị dài nhất "
    "trong cột của nó",
    "help.templates.sheet": "sheet cần đọc của --file (mặc định: sheet đầu tiên có dữ liệu)",
    "help.templates.length": "độ dài của một chỗ trống (thay vì đo theo danh sách)",
}
