"""The command line's own words: what ``send``, ``check``, ``history``, ``optout``,
``library``, ``templates``, ``balance`` and ``journal`` print."""

TEXTS = {
    # A number with one decimal (a rate): 25.2 in English, 25,2 in Vietnamese.
    "cli.decimal": "{whole},{tenth}",
    "cli.state.ready": "chưa gửi",
    "cli.state.sending": "đang gửi",
    "cli.state.paused": "tạm dừng",
    "cli.state.cancelled": "đã hủy",
    "cli.state.done": "xong",
    # send, resume, history, report, status
    "cli.progress": "đã gửi {sent:n}/{total:n}, lỗi {failed:n}, còn {left:n}, {rate} tin/giây",
    "cli.progress.eta": ", còn khoảng {eta:.0f} giây",
    "cli.failure": "  dòng {row} {phone}: {title}{said}",
    "cli.outcome": "Chiến dịch {campaign}: {accepted} đã gửi, {failed} lỗi, {remaining} chưa gửi, "
    "{unknown} chưa rõ - {state}",
    "cli.outcome.withdrawn": "{count:n} khách được thêm vào danh sách không gửi sau khi tạo "
    "chiến dịch: tin của họ đã được bỏ ra, không gửi và không bị trừ tiền.",
    "cli.repeat": "Chiến dịch {campaign} ({name}) đã gửi đúng nội dung này tới đúng những người "
    "này lúc {when} (giờ Việt Nam): {accepted} tin đã gửi, {open} tin còn chờ. Lần này chưa "
    "gửi tin nào. Nếu thật sự muốn mỗi khách nhận tin lần thứ hai, chạy lại lệnh với --again.",
    "cli.repeat.unfinished": "Chiến dịch {campaign} ({name}) có đúng nội dung này tới đúng "
    "những người này và chưa gửi xong: {accepted} tin đã gửi, {open} tin còn chờ. Lần này chưa "
    "gửi tin nào. Gửi nốt chiến dịch đó (không ai nhận hai lần): esms-desktop resume {campaign}",
    "cli.pausing": "(đang tạm dừng: đợi các yêu cầu đang gửi xong)",
    "cli.resume_after_account": "Chiến dịch {campaign} đang tạm dừng: không gửi thêm tin nào "
    "và không bị trừ tiền cho phần còn lại. Khi đã xử lý xong việc trên, gửi nốt bằng "
    "esms-desktop resume {campaign} (tin đã gửi không bị gửi lại).",
    "cli.resume_hint": "Để gửi nốt: esms-desktop resume {campaign}",
    "cli.send.own_times": ", mỗi tin vào giờ riêng ({span}, eSMS giữ tin tới giờ gửi)",
    "cli.send.at": ", hẹn gửi lúc {when:%H:%M %d/%m/%Y} (giờ Việt Nam)",
    "cli.sandbox": "thử (sandbox)",
    "cli.sandbox_outcome": "Chạy thử (sandbox): eSMS đã kiểm tra các tin này; không tin nào được "
    "giao tới khách, không bị trừ tiền.",
    "cli.send.yes": "c co có",
    "cli.send.ask": "Gửi {count:n} tin {channel}{when}, khoảng {cost:n} đ? [c/K]",
    "cli.send.nothing_sent": "Chưa gửi tin nào.",
    "cli.send.campaign": "Chiến dịch {campaign}",
    "cli.send.blocked": "eSMS báo {count:n} số bị chặn (99). Để không gửi tới các số này nữa: "
    "esms-desktop optout add --from-campaign {campaign}",
    "cli.send.report": "Báo cáo: {path}",
    "cli.resume.cancelled": "Chiến dịch {campaign} đã bị hủy: không gửi thêm tin nào từ "
    "chiến dịch này. Muốn gửi lại thì tạo lần gửi mới (esms-desktop send ...).",
    "cli.status.progress": "Đã hỏi eSMS {done:n} / {total:n}...",
    "cli.resume.nothing": "Không có gì cần gửi tiếp.",
    "cli.resume.cancelled_settled": "Theo sổ sách của eSMS: {accepted:n} tin đã tới eSMS (đã "
    "gửi), {never:n} tin chưa từng tới (không gửi, và giờ cũng không gửi), {unknown:n} tin "
    "chưa biết được.",
    "cli.resume.cancelled_later": "Sổ sách của eSMS đáng tin từ {when}: khi đó chạy lại "
    "'esms-desktop resume {campaign}'. Không tin nào bị gửi lại.",
    "cli.cancel.ask": "Dừng hẳn chiến dịch {campaign} ({name})? {count:n} tin chưa gửi sẽ "
    "không bao giờ được gửi. [c/K]",
    "cli.cancel.kept": "Không thay đổi gì: vẫn có thể gửi nốt chiến dịch {campaign} bằng "
    "'esms-desktop resume {campaign}'.",
    "cli.cancel.done": "Đã hủy chiến dịch {campaign}: {accepted:n} tin đã gửi trước đó, "
    "{left:n} tin không gửi và sẽ không bao giờ gửi.",
    "cli.cancel.doubt": "Có {count:n} tin có thể đã tới eSMS mà không nhận được trả lời: "
    "chạy 'esms-desktop resume {campaign}' để xem sổ sách của eSMS. Không tin nào bị gửi lại.",
    "cli.cancel.finished": "Chiến dịch {campaign} đã gửi xong: không còn gì để dừng.",
    "cli.cancel.already": "Chiến dịch {campaign} đã bị hủy từ trước.",
    "cli.cancel.scheduled": "Các tin eSMS đã nhận để gửi vào giờ hẹn vẫn sẽ đi: chỉ hủy được "
    "trên trang web của eSMS (danh sách tin hẹn giờ).",
    "cli.history.none": "Chưa có chiến dịch nào.",
    "cli.history.times": "Giờ ghi theo giờ Việt Nam (UTC+7).",
    "cli.history.line": "{campaign:>4}  {when}  {channel:<8} {state:<9} {accepted} đã gửi, "
    "{failed} lỗi, {open} còn lại, {unknown} chưa rõ, {excluded} bị loại, {delivered} đã đến máy, "
    "khoảng {cost:n} đ  {name}",
    "cli.status": "đã đến máy {delivered}, không đến {failed}, đang chờ {waiting}",
    "cli.status.by_sms": "Trong số đã đến máy, gửi bằng SMS (Zalo không gửi tới được): {count:n}",
    "cli.status.sms_unseen": "Trong số đang chờ, {count:n} tin Zalo không tới được và eSMS "
    "chưa có tin SMS gửi thay; ứng dụng không tự gửi lại các tin này. {action}",
    "cli.status.sms_unseen_row": "  dòng {row} {phone}",
    "cli.status.more": "  ... và {count:n} tin nữa (esms-desktop report {campaign} --out FILE "
    "liệt kê đủ)",
    # retry: gửi lại các tin lỗi
    "cli.retry.offer": "Có thể gửi lại {count:n} tin lỗi: esms-desktop retry {campaign}",
    "cli.retry.none": "Không có tin lỗi nào của chiến dịch {campaign} nên gửi lại như cũ.",
    "cli.retry.no_failures": "Chiến dịch {campaign} không có tin lỗi: không có gì để gửi lại.",
    "cli.retry.ask": "Gửi lại {count:n} tin có thể gửi được lúc này, khoảng {cost:n} đ? [c/K]",
    "cli.retry.sent_meanwhile": "Các tin này vừa được gửi lại ở chiến dịch {by}: không tin nào "
    "bị gửi hai lần.",
    # check
    "cli.check.rows": "{file} [{sheet}]: {total:n} dòng - {ready:n} sẵn sàng, {rejected:n} bị "
    "loại, {duplicate:n} trùng, {blocked:n} không gửi",
    "cli.check.send_times": "Giờ gửi: {rule}",
    "cli.check.day": "  {day:%d/%m/%Y}: {count:n} tin",
    "cli.check.to_send": "Sẽ gửi: {messages:n} tin, khoảng {cost:n} đ{approximate}",
    "cli.check.to_send_once_fixed": "Ước tính khi đã sửa các lỗi đánh dấu [X]: {messages:n} "
    "tin, khoảng {cost:n} đ",
    "cli.check.nothing_to_send": "Sẽ không gửi tin nào.",
    "cli.check.approximate": " (ước tính)",
    "cli.check.fallback_price": "Zalo, không được thì SMS: đó là số tiền cao nhất. Khách "
    "nào Zalo không gửi tới được sẽ nhận thêm tin SMS, tính tiền như tin SMS; khách nhận "
    "được Zalo chỉ tính tiền tin Zalo.",
    "cli.check.blocked": "Chưa gửi được: hãy sửa các lỗi đánh dấu [X].",
    "cli.check.ready": "Có thể gửi.",
    "cli.check.segment": "Nhóm khách: {inside:n} dòng thuộc nhóm, {outside:n} dòng không thuộc "
    "nhóm",
    "cli.check.consent": "Đồng ý nhận quảng cáo (Luật 91/2025): {rule}; {held:n} dòng chưa gửi",
    "cli.check.register": "Để đăng ký nội dung này làm mẫu tin với eSMS: {command}",
    # balance, journal
    "cli.balance": "Số dư: {amount:n} VND",
    "cli.balance.empty": "Với số dư này chưa gửi được tin nào: eSMS sẽ từ chối mọi tin (mã 103). "
    "Hãy nạp tiền vào tài khoản eSMS trước.",
    "cli.balance.warn_saved": "Đã lưu: từ nay sẽ báo khi số dư dưới {amount:n} VND.",
    "cli.balance.warn_off": "Đã lưu: không báo số dư thấp nữa.",
    "cli.journal.restored": "Đã khôi phục bản sao lưu gần nhất. File nhật ký hỏng được giữ tại "
    "{kept}.",
    "cli.journal.sound": "Nhật ký gửi tin bình thường ({count:n} chiến dịch).",
    # optout
    "cli.optout.count": "{count:n} số",
    "cli.optout.added": "Đã thêm {count:n} số vào danh sách không gửi.",
    "cli.optout.removed": "Đã bỏ {count:n} số khỏi danh sách không gửi.",
    # library
    "cli.library.none": "Chưa có mẫu tin nào: esms-desktop library save TÊN --channel ... "
    "--content ...",
    "cli.library.template": "  OA {oaid}, mẫu {template}",
    "cli.library.column": "cột {column}",
    "cli.library.columns_used": "  cột dùng trong tin: {columns}",
    "cli.library.saved": "Đã lưu: {name}",
    "cli.library.deleted": "Đã xóa: {name}",
    "cli.library.exported": "Đã xuất {count:n} mẫu tin ra {path}",
    "cli.library.imported": "Đã nhập {count:n} mẫu tin",
    # templates
    "cli.templates.sent": "Nội dung gửi đăng ký: {text}",
    "cli.templates.no_list": "(không có file danh sách: mỗi biến dài tối đa theo số ghi kèm; mặc "
    "định {length} ký tự)",
    "cli.templates.registration": "Đăng ký {registration} (mã eSMS {ident}): {state}",
    "cli.templates.moderating": "eSMS duyệt mẫu tin trong vài giờ tới vài ngày; xem kết quả bằng "
    "'esms-desktop templates'.",
    "cli.templates.none": "Chưa đăng ký mẫu tin nào: esms-desktop templates register --channel "
    'cskh --brandname B --content "..."',
    # Options that cannot be used (exit code 2).
    "cli.usage.not_mobile": "'{value}' không phải số di động. Nếu số có dấu cách, đặt cả số "
    'trong ngoặc kép, ví dụ "+84 912 345 678".',
    "cli.usage.from_campaign_add": "--from-campaign chỉ dùng với optout add.",
    "cli.usage.pairs": "{flag} cần dạng TÊN=GIÁ_TRỊ, không phải '{item}'.",
    "cli.usage.channel": "Cần --channel (hoặc --message TÊN của một mẫu tin đã lưu).",
    "cli.usage.schedule_both": "Dùng --schedule (một giờ cho mọi khách) hoặc --schedule-column, "
    "không dùng cả hai.",
    "cli.usage.length": "--length cần dạng TÊN=SỐ (từ 1 đến 1000), không phải '{item}'.",
    "cli.usage.warn_below": "--warn-below cần một số tiền từ 0 trở lên (VND).",
    "cli.usage.rule_needs_column": "--days-before và --yearly đi cùng --schedule-column CỘT "
    "(cột ghi ngày của từng khách).",
    "cli.usage.column_needs_rule": "--schedule-column cần thêm --days-before N (0: đúng ngày) "
    "hoặc --yearly.",
    "cli.usage.explain_code": "Hãy ghi mã cần giải thích, ví dụ: esms-desktop explain 104",
    # Các tùy chọn sai ở đâu, và hướng dẫn của lệnh.
    "cli.usage.title": "{command}: lệnh chưa viết đúng",
    "cli.usage.action": "xem cách viết lệnh bằng {command}",
    # Lời từ chối của argparse (cli.usage), bằng lời của người dùng.
    "cli.argparse.argument": "{argument}: {message}",
    "cli.argparse.no_such_command": "{value} không phải là một lệnh ở đây. Các lệnh: {choices}.",
    "cli.argparse.not_whole_number": "{value} không phải là số nguyên.",
    "cli.argparse.not_number": "{value} không phải là số.",
    "cli.argparse.invalid_value": "không dùng được {value} ở đây.",
    "cli.argparse.choice": "{value} không phải lựa chọn được phép; chọn một trong: {choices}.",
    "cli.argparse.required": "Lệnh còn thiếu: {names}.",
    "cli.argparse.one_of": "Cần ghi một trong các mục: {names}.",
    "cli.argparse.program_option": "{names} viết trước tên lệnh, ví dụ: {example} ...",
    "cli.argparse.unrecognized": "Lệnh này không nhận: {names}.",
    "cli.argparse.unrecognized.close": "Lệnh này không nhận: {names}. Có phải ý bạn là {close}?",
    "cli.argparse.one_value": "cần một giá trị ngay sau nó.",
    "cli.argparse.at_most_one": "chỉ nhận tối đa một giá trị.",
    "cli.argparse.at_least_one": "cần ít nhất một giá trị.",
    "cli.argparse.values": "cần {count:n} giá trị.",
    "cli.argparse.not_with": "không dùng cùng lúc với {other} được.",
    "cli.argparse.no_value": "không nhận giá trị (đã ghi {value}).",
    "cli.argparse.ambiguous": "{option} có thể là {matches}: hãy ghi đủ tên tùy chọn.",
    "cli.argparse.other": "Lệnh chưa viết đúng ({detail}).",
    # Lời của phần hướng dẫn (phần giải thích từng tùy chọn vẫn bằng tiếng Anh).
    "cli.help.usage": "cách dùng:",
    "cli.help.positional": "cần ghi",
    "cli.help.options": "tùy chọn",
    "cli.help.help": "hiện hướng dẫn này rồi thoát",
    "cli.help.version": "hiện số phiên bản rồi thoát",
}
