"""What the checks of a campaign find, and what to do about it (``checks``)."""

TEXTS = {
    # A problem as shown, with the rows it concerns (checks.problems).
    "checks.at_row": "{reason} (dòng {rows:rows})",
    "checks.at_rows": "{reason} (dòng {rows:rows})",
    # The rows of the file (checks.run).
    "checks.phone_unusable": "Số điện thoại không dùng được: {reason}",
    "checks.duplicate": "Số bị trùng với một dòng phía trên: chỉ gửi một lần",
    "checks.do_not_send": "Số nằm trong danh sách không gửi",
    "checks.converted": "Số 11 chữ số cũ đã được đổi sang số 10 chữ số mới",
    "checks.no_phone_column": (
        "Không có cột nào trong file này có số điện thoại (các cột: {columns}). Hãy mở đúng "
        'file danh sách khách, hoặc chọn cột chứa số ở ô "Cột số điện thoại".'
    ),
    "checks.no_phone_column@command": (
        "Không có cột nào trong file này có số điện thoại (các cột: {columns}). Hãy mở đúng "
        "file danh sách khách, hoặc chỉ cột chứa số bằng --phone-column TÊN_CỘT."
    ),
    "checks.no_recipients": (
        "Không còn số nào để gửi: mọi khách đều bị bỏ ra, vì các lý do được liệt kê. "
        "Xử lý chúng rồi kiểm tra lại."
    ),
    # The content of an SMS (checks.run).
    "checks.no_content": "Chưa có nội dung tin nhắn: hãy viết nội dung.",
    "checks.no_content@command": "Chưa có nội dung tin nhắn: hãy viết nội dung bằng --content.",
    "checks.esms_variable": (
        "Nội dung còn chỗ trống của mẫu như {{P1,20}}: thay bằng một cột, ví dụ {{Tên}}, "
        "hoặc bằng chữ."
    ),
    "checks.unknown_column": (
        "Nội dung dùng cột không có trong file: {names}. Các cột của file: {columns}. Hãy viết "
        'tên cột đúng như trong file, hoặc chọn cột ở ô "Cột cần chèn" rồi bấm "Chèn cột".'
    ),
    "checks.unknown_column@command": (
        "Nội dung dùng cột không có trong file: {names}. Các cột của file: {columns}. Hãy viết "
        "tên cột trong --content đúng như trong file."
    ),
    "checks.unknown_column.close": (
        "Nội dung dùng cột không có trong file: {names}. Có phải ý bạn là {close}? Các cột của "
        "file: {columns}."
    ),
    "checks.look_alike": (
        "Nội dung có ký tự trông như chữ không dấu nhưng làm mọi tin thành tin có dấu "
        "(Unicode), 70 ký tự một tin thay vì 160, nên tốn tiền hơn: dấu tab, dấu cách không "
        "ngắt, dấu nháy cong hoặc gạch dài (thường do dán từ Word hoặc Excel). Bấm Bỏ dấu, "
        "hoặc gõ lại các ký tự đó."
    ),
    "checks.look_alike@command": (
        "Nội dung có ký tự trông như chữ không dấu nhưng làm mọi tin thành tin có dấu "
        "(Unicode), 70 ký tự một tin thay vì 160, nên tốn tiền hơn: dấu tab, dấu cách không "
        "ngắt, dấu nháy cong hoặc gạch dài (thường do dán từ Word hoặc Excel). Thêm --plain, "
        "hoặc gõ lại các ký tự đó."
    ),
    "checks.stray_brace": (
        'Nội dung có dấu {{ hoặc }} không bao quanh tên cột nào, ở chỗ "{near}": viết tên cột '
        "dạng {{Tên}}, hoặc xóa dấu ngoặc (nếu không, khách sẽ nhận nguyên dấu ngoặc đó)."
    ),
    "checks.sent_already": (
        "Số này đã nhận đúng tin này trong 24 giờ qua (chiến dịch {campaign}): được bỏ ra để "
        "khách không nhận hai lần"
    ),
    "checks.sent_already@command": (
        "Số này đã nhận đúng tin này trong 24 giờ qua (chiến dịch {campaign}): được bỏ ra để "
        "khách không nhận hai lần (thêm --again để vẫn gửi thêm lần nữa)"
    ),
    "checks.sent_elsewhere": (
        "Theo dữ liệu của eSMS, số này đã nhận đúng tin này trong 24 giờ qua (lần gần nhất "
        "lúc {when:%H:%M %d/%m}, giờ Việt Nam), không phải từ ứng dụng này: từ máy tính khác, "
        "bản ứng dụng khác hoặc trang web eSMS. Được bỏ ra để khách không nhận hai lần"
    ),
    "checks.sent_elsewhere@command": (
        "Theo dữ liệu của eSMS, số này đã nhận đúng tin này trong 24 giờ qua (lần gần nhất "
        "lúc {when:%H:%M %d/%m}, giờ Việt Nam), không phải từ thư mục ứng dụng này: từ máy "
        "tính khác, bản ứng dụng khác hoặc trang web eSMS. Được bỏ ra để khách không nhận hai "
        "lần (thêm --again để vẫn gửi thêm lần nữa)"
    ),
    "checks.sent_elsewhere.untimed": (
        "Theo dữ liệu của eSMS, số này đã nhận đúng tin này trong 24 giờ qua, không phải từ "
        "ứng dụng này: từ máy tính khác, bản ứng dụng khác hoặc trang web eSMS. Được bỏ ra để "
        "khách không nhận hai lần"
    ),
    "checks.sent_elsewhere.untimed@command": (
        "Theo dữ liệu của eSMS, số này đã nhận đúng tin này trong 24 giờ qua, không phải từ "
        "thư mục ứng dụng này: từ máy tính khác, bản ứng dụng khác hoặc trang web eSMS. Được "
        "bỏ ra để khách không nhận hai lần (thêm --again để vẫn gửi thêm lần nữa)"
    ),
    "checks.records_unread": (
        "Không đọc hết được dữ liệu tin đã gửi trong 24 giờ qua của eSMS, nên danh sách này "
        "chưa được so với tin gửi từ máy tính khác hoặc trang web eSMS: khách đã nhận đúng tin "
        "này ở đó sẽ nhận thêm lần nữa. Hãy kiểm tra lại sau ít phút."
    ),
    "checks.sent_waiting": (
        "Số này còn đúng tin này chờ gửi trong chiến dịch {campaign}, chiến dịch đó chưa gửi "
        "xong: được bỏ ra. Hãy gửi nốt chiến dịch đó (trang Lịch sử, chọn chiến dịch rồi bấm Gửi "
        "tiếp)"
    ),
    "checks.sent_waiting@command": (
        "Số này còn đúng tin này chờ gửi trong chiến dịch {campaign}, chiến dịch đó chưa gửi "
        "xong: được bỏ ra. Hãy gửi nốt chiến dịch đó: esms-desktop resume {campaign}"
    ),
    "checks.template_value_too_long": (
        "Một giá trị của dòng này (ví dụ một tên dài) dài hơn chỗ trống của mẫu đã đăng ký "
        "cho phép (chỗ trống {{P1,30}} nhận tối đa 30 ký tự): hãy rút ngắn trong file"
    ),
    "checks.empty_value": "Ô dữ liệu dùng trong nội dung bị trống, tin sẽ thiếu chữ",
    "checks.too_long": (
        "Tin dài hơn {most} phần SMS: nhà mạng không giao tin dài như vậy. Rút ngắn "
        "nội dung (hoặc ô dữ liệu dùng trong tin)"
    ),
    "checks.long": "Tin dài hơn 5 phần SMS: tốn tiền gấp nhiều lần",
    "checks.garbled_text": (
        'Tên hoặc ô dùng trong tin bị lỗi font (chữ kiểu "Nguyeãn", "NguyÔn", "Nguyá»…n": file '
        "lưu bằng bảng mã cũ VNI/TCVN3 hoặc bị đọc sai), nên các dòng này chưa được gửi. Bấm "
        '"Chuyển đổi" ở trang Khách hàng, hoặc sửa các ô đó trong file'
    ),
    "checks.garbled_text@command": (
        'Tên hoặc ô dùng trong tin bị lỗi font (chữ kiểu "Nguyeãn", "NguyÔn", "Nguyá»…n": file '
        "lưu bằng bảng mã cũ VNI/TCVN3 hoặc bị đọc sai), nên các dòng này chưa được gửi. Chạy lại "
        "lệnh với --convert-text auto, hoặc sửa các ô đó trong file"
    ),
    "checks.garbled_header": (
        "File có vẻ lưu bằng bảng mã cũ ({name}), nên tên cột cũng có thể bị lỗi font và không "
        'khớp với chỗ trống trong tin. Bấm "Chuyển đổi" ở trang Khách hàng rồi kiểm tra lại'
    ),
    "checks.garbled_header@command": (
        "File có vẻ lưu bằng bảng mã cũ ({name}), nên tên cột cũng có thể bị lỗi font và không "
        "khớp với chỗ trống trong tin. Chạy lại lệnh với --convert-text auto"
    ),
    # The schedule of the whole campaign (checks.run).
    "checks.schedule_soon": (
        "Giờ hẹn gửi {when:%H:%M %d/%m/%Y} còn chưa tới {minutes} phút nữa: chọn giờ muộn hơn, "
        "hoặc gửi ngay."
    ),
    "checks.schedule_past": (
        "Giờ hẹn gửi {when:%H:%M %d/%m/%Y} đã qua: chọn giờ muộn hơn, hoặc gửi ngay."
    ),
    "checks.schedule_far": (
        "Giờ hẹn gửi {when:%H:%M %d/%m/%Y} quá xa: chỉ hẹn được trong vòng "
        "{max_days} ngày tới. Kiểm tra lại ngày đã gõ."
    ),
    # The account (checks.run).
    "checks.account_refused": "{title}: {action}",
    "checks.skipped_no_account": (
        "Chưa kiểm tra với tài khoản eSMS (mẫu tin, brandname, OA, số dư) vì chưa có tài khoản."
    ),
    "checks.skipped_unreachable": (
        "Không kết nối được eSMS nên chưa kiểm tra mẫu tin, brandname, OA và số dư; "
        "giá là ước tính."
    ),
    "checks.balance_short": (
        "Số dư {balance:n} đ không đủ cho chi phí khoảng {cost:n} đ. Nạp thêm tiền vào "
        "tài khoản eSMS hoặc gửi cho ít khách hơn, rồi kiểm tra lại."
    ),
    # Segment and consent (checks.audience_rules).
    "checks.and": "{first} và {then}",
    "checks.not_in_segment": "Không thuộc nhóm khách đã chọn ({conditions})",
    "checks.hidden_unseen": (
        "Đây là file Excel cũ (.xls): ứng dụng không thấy được dòng nào đang ẩn hay bị bộ lọc"
        " bỏ ra, cũng không đọc được định dạng số, nên mọi dòng đều được gửi và số đọc như "
        "được lưu (mã đơn 00123 thành 123). Nếu file có dòng ẩn, đang lọc, hoặc số có số 0 ở "
        "đầu, hãy lưu lại thành .xlsx trong Excel (File > Lưu thành > Sổ làm việc Excel) rồi "
        "mở file đó"
    ),
    "checks.hidden_unseen@command": (
        "Đây là file Excel cũ (.xls): ứng dụng không thấy được dòng nào đang ẩn hay bị bộ lọc"
        " bỏ ra, cũng không đọc được định dạng số, nên mọi dòng đều được gửi và số đọc như "
        "được lưu (mã đơn 00123 thành 123). Nếu file có dòng ẩn, đang lọc, hoặc số có số 0 ở "
        "đầu, hãy lưu lại thành .xlsx trong Excel (File > Lưu thành > Sổ làm việc Excel) rồi "
        "chạy lại lệnh với file đó"
    ),
    "checks.hidden_row": (
        "Các dòng này đang bị ẩn trong Excel (ẩn tay, hoặc bị bộ lọc bỏ ra), nên chưa được gửi. "
        "Nếu các dòng này cũng cần nhận tin, hãy hiện chúng trong Excel (bỏ lọc, hoặc bỏ ẩn "
        "dòng), lưu file rồi mở lại"
    ),
    "checks.hidden_row@command": (
        "Các dòng này đang bị ẩn trong Excel (ẩn tay, hoặc bị bộ lọc bỏ ra), nên chưa được gửi. "
        "Nếu các dòng này cũng cần nhận tin, hãy hiện chúng trong Excel (bỏ lọc, hoặc bỏ ẩn "
        "dòng), lưu file rồi chạy lại lệnh"
    ),
    "checks.no_consent_column": (
        "Luật Bảo vệ dữ liệu cá nhân (Luật 91/2025/QH15, hiệu lực từ 01/01/2026) chỉ cho "
        "gửi quảng cáo tới người đã đồng ý nhận, và cửa hàng phải chứng minh được. File "
        "này không có cột đồng ý: thêm một cột 'Đồng ý nhận quảng cáo' và ghi 'Có' (hoặc "
        "ngày khách đồng ý) cho từng khách. Nếu mọi khách đều đã đồng ý, đánh dấu "
        "'Mọi khách trong danh sách của tôi đã đồng ý nhận quảng cáo' ở trang Nội dung."
    ),
    "checks.no_consent_column@command": (
        "Luật Bảo vệ dữ liệu cá nhân (Luật 91/2025/QH15, hiệu lực từ 01/01/2026) chỉ cho "
        "gửi quảng cáo tới người đã đồng ý nhận, và cửa hàng phải chứng minh được. File "
        "này không có cột đồng ý: thêm một cột 'Đồng ý nhận quảng cáo' và ghi 'Có' (hoặc "
        "ngày khách đồng ý) cho từng khách. Nếu mọi khách đều đã đồng ý, "
        "thêm --assume-consent vào lệnh."
    ),
    "checks.no_consent": (
        'Chưa ghi nhận khách đồng ý nhận quảng cáo (Luật 91/2025): ghi "Có" hoặc ngày '
        "khách đồng ý vào cột {column!r} nếu khách đã đồng ý"
    ),
    # Balance and OA quality (checks.balance_rules).
    "checks.low_balance": (
        "Số dư còn {balance:n} đ, dưới mức cảnh báo {threshold:n} đ bạn đã "
        "đặt. Nạp thêm tiền trên trang eSMS trước khi gửi chiến dịch lớn.{lasts}"
    ),
    "checks.low_balance_after": (
        "Sau chiến dịch này: số dư còn {balance:n} đ, dưới mức cảnh báo {threshold:n} đ bạn đã "
        "đặt. Nạp thêm tiền trên trang eSMS trước khi gửi chiến dịch lớn.{lasts}"
    ),
    "checks.balance_lasts": (
        " Số dư này đủ cho khoảng {count:n} chiến dịch như lần gửi trước ({cost:n} đ)."
    ),
    "checks.quality_high": "tốt",
    "checks.quality_medium": "trung bình",
    "checks.quality_low": "kém",
    "checks.quality_undefined": "chưa xác định (chưa gửi ZNS gần đây)",
    "checks.oa_quality_low": (
        "Zalo đánh giá chất lượng gửi ZNS của OA này là KÉM (48 giờ qua: "
        "{current}; 7 ngày qua: {seven_days}). Zalo giảm hạn "
        "mức và có thể chặn tin của OA kém: chỉ gửi cho khách đã quen với shop, nội dung "
        "đúng mẫu, và xem đánh giá của khách ở trang Tài khoản."
    ),
    "checks.oa_quality_low@command": (
        "Zalo đánh giá chất lượng gửi ZNS của OA này là KÉM (48 giờ qua: "
        "{current}; 7 ngày qua: {seven_days}). Zalo giảm hạn "
        "mức và có thể chặn tin của OA kém: chỉ gửi cho khách đã quen với shop, nội dung "
        "đúng mẫu, và xem đánh giá của khách trong cửa sổ chương trình (trang Tài khoản) "
        "hoặc trên trang quản trị eSMS."
    ),
    # Each row's own send time (checks.reminder_rules).
    "checks.choose_date_column": "Chọn cột ngày trong file để lấy giờ gửi của từng khách.",
    "checks.no_date_column": "Không có cột '{column}' trong file để lấy ngày gửi.",
    "checks.date_cell": "Cột '{column}': {reason}",
    "checks.row_time_past": (
        "Giờ gửi của dòng này đã qua (hoặc còn chưa tới 5 phút): không gửi được nữa"
    ),
    "checks.row_time_far": (
        "Giờ gửi xa hơn {max_days} ngày tới: chạy lại danh sách này sau, khi đã gần ngày"
    ),
    "checks.row_outside_ad_hours": (
        "Theo Nghị định 91/2020/NĐ-CP, tin quảng cáo chỉ được gửi từ 7:00 đến 22:00: "
        "chọn giờ gửi khác"
    ),
    "checks.scheduled_twice": (
        "Khách này đã được hẹn gửi tin vào đúng giờ đó trong chiến dịch {campaign}: "
        "không gửi lần hai"
    ),
    "checks.scheduled_other_time": (
        "Khách này đã có một tin hẹn giờ khác chưa gửi (ở chiến dịch trước): eSMS sẽ gửi cả "
        "tin đó. Nếu lịch hẹn đã đổi, hủy tin cũ trên trang web của eSMS"
    ),
    "checks.ad_batch_too_small": (
        "Lúc {when:%H:%M %d/%m/%Y} chỉ có {count:n} khách: eSMS chỉ gửi tin quảng "
        "cáo theo lô từ {least} số trở lên cùng một giờ. Gửi các khách này bằng tin "
        "chăm sóc khách hàng, hoặc gộp họ vào một giờ khác"
    ),
    # Advertising and customer-care SMS (checks.sms_rules).
    "checks.ad_personalised": (
        "Tin quảng cáo phải có một nội dung chung cho mọi người: bỏ các {{Cột}} khỏi nội dung."
    ),
    "checks.ad_daily_limit": (
        "Các số này đã nhận {limit} tin quảng cáo trong vòng 24 giờ quanh giờ gửi này "
        "(mức tối đa theo Nghị định 91/2020/NĐ-CP): không gửi tới các số này lần này. "
        "Hãy gửi cho họ vào lúc cách các tin quảng cáo kia từ 24 giờ trở lên"
    ),
    "checks.ad_too_few": (
        "Tin quảng cáo cần ít nhất {least} số khác nhau; danh sách chỉ có {count}. Hãy thêm "
        "khách vào danh sách, hoặc gửi dạng tin chăm sóc khách hàng."
    ),
    "checks.clock_off.ahead": (
        "Đồng hồ của máy tính này đang nhanh hơn giờ của eSMS {minutes:n} phút."
    ),
    "checks.clock_off.behind": (
        "Đồng hồ của máy tính này đang chậm hơn giờ của eSMS {minutes:n} phút."
    ),
    "checks.clock_off.advertising": (
        "{off} Khung giờ được gửi quảng cáo và giới hạn 3 tin quảng cáo mỗi ngày cho một số "
        '(Nghị định 91/2020/NĐ-CP) được tính theo đồng hồ này. Hãy bật "Đặt giờ tự động" '
        "trong phần cài đặt ngày giờ của máy tính, rồi kiểm tra lại."
    ),
    "checks.clock_off.other": (
        "{off} Giờ hẹn gửi và quy tắc không gửi một tin hai lần trong 24 giờ được tính theo "
        'đồng hồ này: nên bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của máy tính.'
    ),
    "checks.ad_hours": (
        "Theo Nghị định 91/2020/NĐ-CP, tin quảng cáo chỉ được gửi từ 7:00 đến 22:00. "
        "Hãy hẹn giờ gửi lúc {allowed:%H:%M %d/%m/%Y}."
    ),
    "checks.ad_label": "Tin quảng cáo nên bắt đầu bằng nhãn [QC].",
    "checks.ad_opt_out": (
        "Tin quảng cáo nên kết thúc bằng cách từ chối nhận tin (ví dụ: Soạn TC gửi ...)."
    ),
    "checks.no_brandname": (
        "Chưa chọn brandname. Danh sách brandname của bạn hiện ra khi tài khoản đã kết nối "
        "(trang Tài khoản); chọn một brandname ở ô Brandname."
    ),
    "checks.no_brandname@command": (
        "Chưa chọn brandname: thêm --brandname TÊN vào lệnh, với một brandname của tài khoản "
        "(xem danh sách trên trang quản trị eSMS)."
    ),
    "checks.no_advertising_brandname": (
        "Tài khoản không có brandname quảng cáo tên {name}. Brandname quảng cáo của tài khoản: "
        "{names}. Hãy chọn một trong số đó ở ô Brandname."
    ),
    "checks.no_advertising_brandname@command": (
        "Tài khoản không có brandname quảng cáo tên {name}. Brandname quảng cáo của tài khoản: "
        "{names}. Hãy dùng --brandname với một trong số đó."
    ),
    "checks.no_advertising_brandname.none": (
        "Tài khoản chưa có brandname quảng cáo nào (không có {name}). Tin quảng cáo cần một "
        "brandname quảng cáo: hãy đăng ký với eSMS trước khi gửi."
    ),
    "checks.no_customer_care_brandname": (
        "Tài khoản không có brandname chăm sóc khách hàng tên {name}. Brandname chăm sóc khách "
        "hàng của tài khoản: {names}. Hãy chọn một trong số đó ở ô Brandname."
    ),
    "checks.no_customer_care_brandname@command": (
        "Tài khoản không có brandname chăm sóc khách hàng tên {name}. Brandname chăm sóc khách "
        "hàng của tài khoản: {names}. Hãy dùng --brandname với một trong số đó."
    ),
    "checks.no_customer_care_brandname.none": (
        "Tài khoản chưa có brandname chăm sóc khách hàng nào (không có {name}). Tin chăm sóc "
        "khách hàng cần một brandname chăm sóc khách hàng: hãy đăng ký với eSMS trước khi gửi."
    ),
    "checks.no_template_for_carrier": (
        "Brandname {brand} chưa đăng ký mẫu tin với nhà mạng của các số này"
    ),
    "checks.template_mismatch": "Nội dung không khớp mẫu tin đã đăng ký cho nhà mạng của số này",
    # Zalo (checks.zalo_rules).
    "checks.zalo_sms_scheduled": (
        "Tin Zalo kèm SMS dự phòng không hẹn giờ được (eSMS không cho hẹn giờ loại tin "
        "này). Bỏ hẹn giờ để gửi ngay, hoặc chọn chỉ gửi Zalo nếu cần hẹn giờ."
    ),
    "checks.no_oa_or_template": "Chưa chọn OA Zalo hoặc mẫu ZNS.",
    "checks.over_quota_scheduled": (
        "Gửi vượt hạn mức (chế độ 3) không hẹn giờ được: bỏ hẹn giờ hoặc gửi thường."
    ),
    "checks.and_more": " và {count:n} mục khác",
    "checks.no_such_oa": (
        "Tài khoản không có OA Zalo {oaid}. Dùng một OA của tài khoản: {oas}{more}."
    ),
    "checks.no_oa_at_all": (
        "Tài khoản không có OA Zalo {oaid}, và chưa có OA Zalo nào. Liên kết OA Zalo của "
        "bạn với tài khoản eSMS (trên trang quản trị eSMS, hoặc nhờ eSMS) trước khi gửi "
        "tin Zalo."
    ),
    "checks.oa_not_active": (
        "OA Zalo {oaid} chưa hoạt động hoặc chưa gắn với tài khoản eSMS. Kết nối lại OA "
        "trên trang quản trị eSMS (hoặc nhờ eSMS), hoặc dùng OA khác của tài khoản."
    ),
    "checks.template_reason": " (eSMS ghi: {reason})",
    "checks.template_pending": (
        "Mẫu ZNS {template} còn đang chờ Zalo duyệt{why}: eSMS chưa cho gửi bằng mẫu này, nên "
        "chưa gửi được tin nào. Đợi mẫu được duyệt (xem trên trang quản trị eSMS) rồi kiểm tra "
        "lại."
    ),
    "checks.template_rejected": (
        "Mẫu ZNS {template} đã bị Zalo từ chối{why}: eSMS không cho gửi bằng mẫu này. Sửa mẫu và "
        "đăng ký lại, hoặc chọn mẫu khác."
    ),
    "checks.template_disabled": (
        "Mẫu ZNS {template} đã bị tắt (hủy kích hoạt){why}: eSMS không cho gửi bằng mẫu này. Nhờ "
        "eSMS bật lại mẫu, hoặc chọn mẫu khác."
    ),
    "checks.template_deleted": (
        "Mẫu ZNS {template} đã bị xóa{why}: eSMS không cho gửi bằng mẫu này. Chọn mẫu khác."
    ),
    "checks.template_state_unknown": (
        "eSMS cho biết mẫu ZNS {template} đang ở trạng thái '{status}', không phải ENABLE (dùng "
        "được): eSMS có thể từ chối gửi. Xem lại mẫu trên trang quản trị eSMS trước khi gửi."
    ),
    "checks.template_not_of_oa": (
        "Mẫu ZNS {template} không thuộc OA {oaid}. Dùng một mẫu của OA này: {templates}{more}."
    ),
    "checks.no_template_of_oa": (
        "Mẫu ZNS {template} không thuộc OA {oaid}, và OA này chưa có mẫu nào: hãy đăng ký "
        "mẫu với Zalo qua eSMS trước."
    ),
    "checks.params_unmapped": "Tham số của mẫu ZNS chưa gắn với cột dữ liệu hoặc giá trị: {names}",
    "checks.over_quota_wrong_tag": (
        "Mẫu ZNS {template} không phải mẫu tag 3 (hậu mãi) mà là "
        "{tag}: eSMS chỉ cho gửi vượt hạn mức (chế độ 3) với mẫu "
        "tag 3. Bỏ chọn gửi vượt hạn mức để gửi thường."
    ),
    "checks.over_quota_tag_unknown": (
        "Chưa xác nhận được với eSMS rằng mẫu ZNS {template} là mẫu "
        "tag 3 (hậu mãi), loại duy nhất được gửi vượt hạn mức (chế độ 3). Kiểm tra "
        "lại sau, hoặc bỏ chọn gửi vượt hạn mức để gửi thường."
    ),
    "checks.over_daily_quota": (
        "OA chỉ còn được gửi {remaining:n} tin Zalo hôm nay, nhưng có {count:n} tin: phần "
        "vượt được bỏ ra vì Zalo sẽ từ chối. Hãy gửi chúng vào ngày mai (khi đó kiểm tra lại "
        "cùng danh sách)."
    ),
    "checks.over_daily_quota_sms": (
        "OA chỉ còn được gửi {remaining:n} tin Zalo hôm nay, nhưng có {count:n} tin: phần "
        "vượt sẽ gửi bằng SMS, tính tiền như tin SMS. Muốn chỉ trả tiền tin Zalo, hãy gửi "
        "phần còn lại vào ngày mai."
    ),
    "checks.zns_from_column": "Cột {column}",
    "checks.zns_fixed_value": "Giá trị cố định cho {name}",
    # Dạng ngắn của vấn đề một dòng, khi có ít chỗ (bảng Khách hàng ở 1024 px); câu đầy
    # đủ được nói bên cạnh.
    "checks.too_long.short": "Tin quá dài",
    "checks.sent_waiting.short": "Đang chờ ở chiến dịch {campaign}",
    "checks.over_daily_quota.short": "Vượt hạn mức Zalo hôm nay",
    "checks.sent_already.short": "Đã nhận (chiến dịch {campaign})",
    "checks.sent_elsewhere.short": "Đã nhận từ nơi khác ({when:%H:%M %d/%m})",
    "checks.sent_elsewhere.untimed.short": "Đã nhận từ nơi khác",
    "checks.ad_daily_limit.short": "Đủ {limit} tin QC trong 24 giờ",
    "checks.no_template_for_carrier.short": "Nhà mạng chưa có mẫu",
    "checks.template_mismatch.short": "Không khớp mẫu tin",
    "checks.template_value_too_long.short": "Giá trị dài quá mẫu",
    "checks.garbled_text.short": "Chữ bị lỗi font",
    "checks.not_in_segment.short": "Không thuộc nhóm",
    "checks.hidden_row.short": "Đang ẩn trong Excel",
    "checks.no_consent.short": "Chưa đồng ý nhận QC",
    "checks.date_cell.short": "Ngày không dùng được",
    "checks.row_time_past.short": "Giờ gửi đã qua",
    "checks.row_time_far.short": "Giờ gửi còn quá xa",
    "checks.row_outside_ad_hours.short": "Ngoài 7:00-22:00",
    "checks.scheduled_twice.short": "Đã hẹn (chiến dịch {campaign})",
    "checks.scheduled_other_time.short": "Đã có tin hẹn khác",
    "checks.ad_batch_too_small.short": "Quá ít số cùng giờ",
}
