"""``esms-desktop diagnose`` (and the Account page's "Check with eSMS"): what each check
looked at, what came of it and what to do, the same in the window and on the command
line; the closing sentence. Support's technical lines are the app's own (calls, fields,
codes), under ``diagnose.support_heading``."""

TEXTS = {
    "diagnose.ok": "ĐẠT",
    "diagnose.different": "KHÁC",
    "diagnose.skipped": "BỎ QUA",
    "diagnose.failed": "LỖI",
    "diagnose.check.balance": "Số dư tài khoản",
    "diagnose.check.clock": "Đồng hồ của máy tính",
    "diagnose.check.brandnames": "Brandname (tên người gửi)",
    "diagnose.check.brandname_entries": "Thông tin brandname",
    "diagnose.check.care_templates": "Mẫu tin chăm sóc khách hàng",
    "diagnose.check.care_template_entries": "Thông tin mẫu tin chăm sóc khách hàng",
    "diagnose.check.care_send": "Tin gửi thử (chăm sóc khách hàng)",
    "diagnose.check.zalo_oas": "Tài khoản Zalo OA",
    "diagnose.check.zalo_templates": "Mẫu tin Zalo",
    "diagnose.check.zalo_template_fields": "Các ô của mẫu tin Zalo",
    "diagnose.check.zalo_template_info": "Thông tin mẫu tin Zalo",
    "diagnose.check.zalo_template_info_fields": "Quy định các ô của mẫu tin Zalo",
    "diagnose.check.zalo_quota": "Số tin Zalo được gửi mỗi ngày",
    "diagnose.check.sent_data": "Lịch sử tin đã gửi trên eSMS",
    "diagnose.check.sent_entries": "Thông tin trong lịch sử của eSMS",
    "diagnose.said.ok": "eSMS trả lời đúng như ứng dụng mong đợi.",
    "diagnose.said.lacks": "Câu trả lời của eSMS thiếu thông tin mà ứng dụng cần đọc.",
    "diagnose.said.refused": "eSMS từ chối: {reason}.",
    "diagnose.said.no_answer": "Không nhận được câu trả lời dùng được: {reason}.",
    "diagnose.said.clock_unknown": "Câu trả lời của eSMS không cho biết giờ, nên không so được "
    "hai đồng hồ.",
    "diagnose.said.clock_same": "Khớp với đồng hồ của eSMS.",
    "diagnose.said.clock_behind": "Chậm hơn đồng hồ của eSMS {off}.",
    "diagnose.said.clock_ahead": "Nhanh hơn đồng hồ của eSMS {off}.",
    "diagnose.seconds": "{count:n} giây",
    "diagnose.minutes": "{count:n} phút",
    "diagnose.said.no_care_brandname": "Không kiểm tra: tài khoản chưa có brandname chăm sóc "
    "khách hàng.",
    "diagnose.said.no_care_template": "Không gửi thử: chưa có mẫu tin chăm sóc khách hàng nào "
    "được đăng ký.",
    "diagnose.said.no_oa": "Không kiểm tra: tài khoản chưa có Zalo OA.",
    "diagnose.said.no_zalo_fields": "Không kiểm tra: không có mẫu tin nào có ô cần điền.",
    "diagnose.said.no_sent": "Không kiểm tra: không có tin nào trong 7 ngày qua.",
    "diagnose.said.repeat_refused": "Tin gửi thử được nhận (không gửi đến máy nào, không tính "
    "tiền), và cùng tin đó gửi lại thì bị từ chối: tin gửi lại sau khi mất câu trả lời sẽ "
    "không bao giờ bị tính tiền hai lần.",
    "diagnose.said.repeat_taken": "Cùng tin gửi thử gửi lại mà không bị từ chối. Ứng dụng "
    "dựa vào việc từ chối này để tin gửi lại sau khi mất câu trả lời không bị tính tiền hai "
    "lần.",
    "diagnose.said.records_lack": "Lịch sử của eSMS thiếu thông tin mà ứng dụng cần để biết "
    "tin bị mất câu trả lời đã ra sao.",
    "diagnose.todo.clock": 'Hãy bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của máy '
    "tính: giờ được gửi quảng cáo và giờ hẹn gửi đều tính theo đồng hồ này.",
    "diagnose.todo.support": "Hãy gửi kết quả này cho bộ phận hỗ trợ: bấm Chép để gửi hỗ trợ, "
    "bên dưới.",
    "diagnose.todo.support@command": "Hãy gửi kết quả này cho bộ phận hỗ trợ: chạy "
    "esms-desktop diagnose --support rồi gửi những gì nó in ra.",
    "diagnose.todo.repeat_taken": "Hãy hỏi bộ phận hỗ trợ của eSMS xem tài khoản của bạn có từ "
    "chối tin gửi lại với cùng mã yêu cầu (RequestId) không, và gửi kết quả này cho bộ phận "
    "hỗ trợ của ứng dụng.",
    "diagnose.account_refused": "eSMS từ chối tài khoản này (không phải lỗi của ứng dụng): {said}",
    "diagnose.all_ok": "Mọi câu trả lời của eSMS đúng như ứng dụng mong đợi. Không cần làm gì "
    "thêm.",
    "diagnose.some_failed": "eSMS từ chối hoặc không trả lời một bước kiểm tra: hãy làm theo "
    "hướng dẫn ngay dưới bước đó, rồi kiểm tra lại.",
    "diagnose.some_differ": "Một số câu trả lời của eSMS khác với điều ứng dụng mong đợi. Hãy bấm "
    "Chép để gửi hỗ trợ và gửi cho bộ phận hỗ trợ (không chứa khóa).",
    "diagnose.some_differ@command": "Một số câu trả lời của eSMS khác với điều ứng dụng mong đợi. "
    "Hãy chạy esms-desktop diagnose --support rồi gửi những gì nó in ra cho bộ phận hỗ trợ "
    "(không chứa khóa).",
    "diagnose.when": "Kiểm tra lúc {time}, giờ Việt Nam.",
    "diagnose.support_heading": "eSMS Desktop diagnose, cho bộ phận hỗ trợ (lệnh gọi, trường "
    "dữ liệu và mã; không chứa khóa):",
}
