"""The app's words around eSMS: errors (``app.user_text``), why a campaign paused, what the
sending engine waits for. Each error is a title, what happened and what to do."""

TEXTS = {
    "app.what_to_do": "Nên làm gì: {action}",
    "app.network.title": "Không kết nối được eSMS",
    "app.network.text": "Ứng dụng không nhận được trả lời từ eSMS: mạng Internet có thể đang chập "
    "chờn.",
    "app.network.action": "Kiểm tra kết nối Internet rồi thử lại. Tin đã gửi sẽ không bị gửi lại.",
    "app.bad_answer.title": "eSMS trả lời bất thường",
    "app.bad_answer.text": "eSMS (hoặc mạng ở giữa) trả về một câu trả lời ứng dụng không đọc "
    "được.",
    "app.bad_answer.action": "Thử lại sau vài phút. Nếu vẫn lỗi, gửi phần chi tiết cho bộ phận hỗ "
    "trợ.",
    "app.config.title": "Cài đặt không dùng được",
    "app.config.text": "Một cài đặt của ứng dụng không hợp lệ.",
    "app.config.action": "Sửa điều được nêu ở trên (chỗ trống trên ổ đĩa, quyền ghi vào thư mục, "
    "hoặc biến môi trường ESMS_DESKTOP_HOME nếu có đặt), rồi mở lại ứng dụng.",
    "app.credentials.title": "Chưa có khóa API",
    "app.credentials.text": "Ứng dụng chưa có ApiKey và SecretKey của tài khoản eSMS.",
    "app.credentials.action": "Vào mục Tài khoản và nhập ApiKey, SecretKey lấy từ trang quản trị "
    "eSMS.",
    "app.keyring.title": "Không dùng được kho mật khẩu",
    "app.keyring.text": "Kho mật khẩu của hệ điều hành đang khóa hoặc không có, nên ứng dụng không "
    "lưu được khóa API. Để an toàn, khóa không được lưu ở nơi nào khác.",
    "app.input_file.title": "Không đọc được file",
    "app.input_file.text": "File khách hàng không mở được.",
    "app.input_file.action": "Mở file bằng Excel, lưu lại dạng .xlsx (không đặt mật khẩu) rồi thử "
    "lại.",
    "app.busy.title": "Chiến dịch đang được gửi",
    "app.busy.text": "Chiến dịch này đang được gửi ở một cửa sổ khác hoặc một lệnh khác trên máy "
    "này.",
    "app.busy.action": "Đợi nơi kia gửi xong, hoặc đóng nó rồi bấm Gửi tiếp. Không tin nào bị gửi "
    "hai lần.",
    "app.other_account.title": "Chiến dịch của tài khoản khác",
    "app.other_account.text": "Chiến dịch này được bắt đầu bằng một tài khoản eSMS khác. Gửi tiếp "
    "bằng tài khoản này có thể làm khách hàng nhận tin hai lần.",
    "app.other_account.action": "Vào mục Tài khoản, chọn lại tài khoản đã dùng khi bắt đầu chiến "
    "dịch, rồi bấm Gửi tiếp.",
    "app.other_account.named": "Vào mục Tài khoản, chọn tài khoản “{account}” (chiến dịch "
    "được bắt đầu bằng tài khoản này), rồi bấm Gửi tiếp.",
    "app.report_write.title": "Chưa lưu được báo cáo",
    "app.report_write.text": "Không ghi được file báo cáo: có thể file đang mở trong Excel, hoặc ổ "
    "đĩa đã đầy. Việc gửi tin không bị ảnh hưởng.",
    "app.report_write.action": "Đóng file trong Excel (hoặc chọn tên khác) rồi lưu lại.",
    "app.report_path.title": "Không ghi được báo cáo vào đó",
    "app.report_path.text": "Đường dẫn báo cáo không dùng được: thư mục không có, không ghi được, "
    "hoặc đuôi file không phải .xlsx hay .csv.",
    "app.report_path.action": "Chọn một thư mục có sẵn mà bạn ghi được, và tên file kết thúc bằng "
    ".xlsx hoặc .csv.",
    "app.journal.title": "Không ghi được nhật ký gửi",
    "app.journal.text": "Ứng dụng không ghi được nhật ký gửi tin (ổ đĩa đầy, chỉ đọc, hoặc thư mục "
    "bị khóa). Việc gửi đã dừng; tin nào đã gửi đều đã được ghi lại, không tin nào bị gửi hai lần.",
    "app.journal.action": "Giải phóng chỗ trống trên ổ đĩa (hoặc cho phép ghi vào thư mục ứng "
    "dụng), rồi bấm Gửi tiếp.",
    "app.journal_damaged.title": "Nhật ký gửi bị hỏng",
    "app.journal_damaged.text": "File nhật ký gửi tin (lịch sử các chiến dịch) bị mất, bị hỏng "
    "hoặc do phiên bản khác tạo ra. Ứng dụng giữ nguyên file đó, không ghi đè.",
    "app.journal_damaged.action": "Khôi phục bản sao lưu gần nhất: bấm Khôi phục. File hỏng vẫn "
    "được giữ lại bên cạnh.",
    "app.journal_damaged.no_backup": "Không có bản sao lưu dùng được. Giữ lại file {path} và gửi "
    "cho bộ phận hỗ trợ; đừng gửi lại các chiến dịch cũ trước khi được hướng dẫn.",
    "app.journal_newer.title": "Nhật ký gửi là của phiên bản ứng dụng mới hơn",
    "app.journal_newer.text": "Nhật ký gửi tin (lịch sử các chiến dịch, giúp khách không nhận "
    "một tin hai lần) do một phiên bản eSMS Desktop mới hơn bản này ghi. Bản này không sửa nhật "
    "ký đó và không gửi tin nào: nếu gửi, có thể gửi lại những tin mà bản mới hơn đã gửi rồi.",
    "app.journal_newer.action": "Cài lại phiên bản eSMS Desktop mới hơn (bản đã dùng gần nhất "
    "trên máy này, hoặc bản mới nhất), rồi mở nó. Nhật ký, cài đặt và khóa API vẫn được giữ "
    "nguyên; đừng xóa hay thay file nhật ký.",
    "app.unknown_campaign.title": "Không có chiến dịch này",
    "app.unknown_campaign.text": "Nhật ký gửi tin không có chiến dịch {campaign}.",
    "app.unknown_campaign.action": "Xem các chiến dịch và số của chúng bằng 'esms-desktop "
    "history'.",
    "app.internal.title": "Có lỗi trong ứng dụng",
    "app.internal.text": "Ứng dụng gặp một lỗi không mong đợi. Dữ liệu đã gửi vẫn được ghi lại an "
    "toàn.",
    "app.internal.action": "Khởi động lại ứng dụng. Nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận "
    "hỗ trợ.",
    # Next steps on the command line, where they differ from the window's (``<id>@command``).
    "app.config.action@command": "Sửa điều được nêu ở trên (chỗ trống trên ổ đĩa, quyền ghi vào "
    "thư mục, hoặc biến môi trường ESMS_DESKTOP_HOME nếu có đặt), rồi chạy lại lệnh.",
    "app.credentials.action@command": "Đặt ApiKey và SecretKey lấy từ trang quản trị eSMS vào biến "
    "môi trường ESMS_API_KEY và ESMS_SECRET_KEY, hoặc dùng --profile TÊN với một tài khoản đã lưu "
    "trong cửa sổ.",
    "app.busy.action@command": "Đợi nơi kia gửi xong, hoặc đóng nó rồi {command}. Không tin nào "
    "bị gửi hai lần.",
    "app.other_account.action@command": "Gửi tiếp bằng tài khoản đã dùng khi bắt đầu chiến dịch: "
    "{command}.",
    "app.other_account.named@command": "Gửi tiếp bằng tài khoản đã dùng khi bắt đầu chiến dịch: "
    "{command}.",
    "app.journal.action@command": "Giải phóng chỗ trống trên ổ đĩa (hoặc cho phép ghi vào thư mục "
    "ứng dụng), rồi {command}.",
    # {command} của các bước trên: lệnh cần chạy tiếp.
    "app.resume.any": "chạy 'esms-desktop resume': lệnh này gửi tiếp mọi chiến dịch bị ngắt "
    "('esms-desktop history' liệt kê chúng, kèm số chiến dịch)",
    "app.run_again": "chạy lại lệnh",
    "app.other_account.keys": "đặt khóa của tài khoản đó vào ESMS_API_KEY và ESMS_SECRET_KEY (hoặc "
    "thêm --profile và tên đã lưu tài khoản đó trong cửa sổ), rồi chạy 'esms-desktop {command}'",
    "app.journal_damaged.action@command": "Khôi phục bản sao lưu gần nhất: chạy 'esms-desktop "
    "journal restore'. File hỏng vẫn được giữ lại bên cạnh.",
    "app.report_path.action@command": "Cho --out một thư mục có sẵn mà bạn ghi được, và tên file "
    "kết thúc bằng .xlsx hoặc .csv.",
    "app.report_write.action@command": "Đóng file nếu nó đang mở trong Excel, hoặc cho --out một "
    "tên hay thư mục khác, rồi chạy lại lệnh.",
    "app.settings.damaged": (
        "Không đọc được file cài đặt {path} (file bị hỏng): lần này dùng cài đặt mặc định. "
        "Hãy xem lại tài khoản đang dùng và các cài đặt của bạn."
    ),
    "app.settings.damaged@command": (
        "Không đọc được file cài đặt {path} (file bị hỏng): lần này dùng cài đặt mặc định. "
        "Hãy xem lại tài khoản đang dùng (--profile TÊN) và các cài đặt của bạn."
    ),
    "app.settings.damaged_kept": (
        "Không đọc được file cài đặt {path} (file bị hỏng): lần này dùng cài đặt mặc định. "
        "Hãy xem lại tài khoản đang dùng và các cài đặt của bạn; bản cũ được giữ ở {copy}."
    ),
    "app.settings.damaged_kept@command": (
        "Không đọc được file cài đặt {path} (file bị hỏng): lần này dùng cài đặt mặc định. "
        "Hãy xem lại tài khoản đang dùng (--profile TÊN) và các cài đặt của bạn; bản cũ được "
        "giữ ở {copy}."
    ),
    "app.config.settings_unwritable": "Không ghi được file cài đặt {path} (ổ đĩa đầy, chỉ cho "
    "đọc, hoặc không được phép ghi).",
    "app.config.home_is_file": "Thư mục dữ liệu của ứng dụng {path} lại là một file, không phải "
    "thư mục.",
    "app.config.home_unwritable": "Không tạo hoặc ghi được thư mục dữ liệu của ứng dụng {path} "
    "(ổ đĩa đầy, chỉ cho đọc, hoặc không được phép ghi).",
    # Why a setting or the keys cannot be used (the error's reason).
    "app.api_url.title": "Địa chỉ eSMS không dùng được",
    "app.api_url.action": "Địa chỉ này lấy từ biến môi trường ESMS_API_URL hoặc file cài đặt "
    "settings.json của ứng dụng: sửa, hoặc bỏ nó để dùng địa chỉ mặc định của eSMS, rồi mở lại "
    "ứng dụng.",
    "app.api_url.action@command": "Sửa địa chỉ ở --api-url (hoặc biến môi trường ESMS_API_URL), "
    "hoặc bỏ nó để dùng địa chỉ mặc định của eSMS, rồi chạy lại lệnh.",
    "app.api_url.not_address": "'{url}' không phải là một địa chỉ web.",
    "app.api_url.not_https": "Địa chỉ eSMS phải bắt đầu bằng https://, không phải '{url}'.",
    "app.api_url.plain_http": "Địa chỉ '{url}' dùng http:// không mã hóa: khóa API sẽ bị gửi đi "
    "không được bảo vệ. Hãy dùng https://.",
    "app.api_url.query": "Địa chỉ eSMS không được có dấu ? hoặc #: '{url}'.",
    "app.api_url.user_info": "Địa chỉ eSMS không được có tên đăng nhập hoặc dấu '@': khóa API sẽ "
    "bị gửi tới {host} chứ không phải tới eSMS.",
    "app.keyring.missing": "Máy này không có kho mật khẩu (keyring) nào ứng dụng dùng được, nên "
    "không lưu hay đọc được khóa API. Để an toàn, khóa không được lưu ở nơi nào khác.",
    "app.keyring.refused": "Kho mật khẩu của hệ điều hành từ chối lưu hoặc xóa khóa API (có thể "
    "đang khóa).",
    "app.keyring.unreadable": "Không đọc được khóa API trong kho mật khẩu của hệ điều hành (có thể "
    "đang khóa).",
    "app.credentials.damaged": "Khóa API đã lưu của tài khoản '{profile}' bị hỏng.",
    "app.credentials.empty": "Cần điền cả ApiKey và SecretKey.",
    "app.credentials.no_profile": "Không có khóa API nào được lưu cho tài khoản '{profile}'.",
    # Why a campaign paused itself; {resume} is how this front resumes (app.resume.*).
    "app.resume.window": "bấm Gửi tiếp",
    "app.resume.command": "chạy 'esms-desktop {command}'",
    "app.pause.network.action": "Kiểm tra kết nối Internet rồi {resume}. Không tin nào bị gửi hai "
    "lần.",
    "app.pause.bad_answer.text": "Không đọc được câu trả lời của eSMS ({detail}). Có thể do trang "
    "đăng nhập Wi-Fi, tường lửa hoặc eSMS đang bảo trì.",
    "app.pause.bad_answer.action": "Kiểm tra xem mở được trang web không, rồi {resume}: không tin "
    "nào bị gửi hai lần.",
    "app.stale_check.title": "Kết quả kiểm tra đã cũ",
    "app.stale_check.action": "Chưa tin nào được gửi. Ứng dụng tự kiểm tra lại: hãy xem số "
    "tin và giá mới rồi gửi.",
    "app.stale_check.action@command": "Chưa tin nào được gửi. Hãy chạy lại đúng lệnh đó: danh "
    "sách sẽ được đọc và kiểm tra lại từ đầu.",
    "app.stale_check.ad_hours": "Tin quảng cáo chỉ được gửi từ 07:00 đến 22:00 "
    "(Nghị định 91/2020/NĐ-CP), mà bây giờ là {now:%H:%M}.",
    "app.stale_check.ad_limit": "Từ lúc kiểm tra, {count} số trong danh sách đã nhận thêm tin "
    "quảng cáo khác: gửi thêm sẽ là tin thứ 4 trong 24 giờ (Nghị định 91/2020/NĐ-CP).",
    "app.stale_check.zalo_unread": "eSMS không trả lời khi kiểm tra, nên chưa đọc được mẫu "
    "tin Zalo và chưa điền được các trường của mẫu: eSMS sẽ từ chối mọi tin.",
    "app.stale_check.file_changed": "Tệp khách hàng {file} đã được lưu lại, thay bằng tệp "
    "khác hoặc bị xóa sau lúc kiểm tra: kết quả kiểm tra là của tệp như đã đọc trước đó, "
    "không phải của tệp bây giờ.",
    "app.stale_check.opted_out": "Từ lúc kiểm tra, {count} số trong danh sách đã được thêm vào "
    "danh sách không gửi (từ dòng lệnh hoặc cửa sổ khác): không được gửi tin cho họ, và số tin "
    "gửi đi sẽ ít hơn số đã kiểm tra.",
    "app.stale_check.sent_elsewhere": "Từ lúc kiểm tra, theo dữ liệu của eSMS, {count} khách "
    "trong danh sách đã nhận đúng tin này từ nơi khác (máy tính khác, bản ứng dụng khác hoặc "
    "trang web eSMS): gửi bây giờ, họ sẽ nhận hai lần.",
    "app.stale_check.sent_meanwhile": "Từ lúc kiểm tra, {count} khách trong danh sách đã nhận "
    "đúng tin này, hoặc còn chờ nhận nó, ở chiến dịch {campaign}: gửi bây giờ, họ sẽ nhận "
    "hai lần.",
    "app.pause.clock.title": "Đồng hồ máy tính bị lệch",
    "app.pause.clock.text": "{off} Khung giờ gửi quảng cáo và giới hạn 3 tin quảng cáo mỗi ngày "
    "cho một số được tính theo đồng hồ này, nên chưa tin nào được gửi.",
    "app.pause.clock.action": 'Hãy bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của máy '
    "tính, rồi {resume}.",
    "app.pause.qc_hours.title": "Hết giờ gửi quảng cáo",
    "app.pause.qc_hours.text": "Nghị định 91/2020/NĐ-CP chỉ cho gửi tin quảng cáo từ 07:00 đến "
    "22:00. Các tin chưa gửi vẫn được giữ lại; không tin nào được gửi ngoài giờ này.",
    "app.pause.qc_hours.action": "Từ {when}, hãy {resume}.",
    "app.pause.unknown.title": "Còn tin chưa rõ đã gửi chưa",
    "app.pause.unknown.text": "Một số tin có thể đã tới eSMS hoặc chưa, và chưa đọc được danh sách "
    "tin đã gửi của eSMS để biết.",
    "app.pause.unknown.window": "Chọn chiến dịch rồi bấm 'Xử lý tin chưa xác nhận...'. Không tin "
    "nào bị gửi hai lần.",
    "app.pause.unknown.command": "Hãy chạy 'esms-desktop {command}' sau để tra lại; nếu vẫn không "
    "được, kiểm tra trên trang web eSMS rồi chạy 'esms-desktop {command} --resend-unknown' nếu "
    "muốn gửi lại.",
    "app.records.title": "Đang chờ danh sách tin đã gửi của eSMS",
    "app.records.title_until": "Đang chờ danh sách tin đã gửi của eSMS tới {when}",
    "app.records.text": "Một số tin bị mất câu trả lời nên chưa rõ đã tới eSMS hay chưa. eSMS cần "
    "thời gian mới ghi tin vào danh sách tin đã gửi, nên gửi lại ngay có thể làm khách nhận tin "
    "hai lần.",
    "app.records.action": "Để lát nữa, bấm Gửi tiếp: ứng dụng sẽ đọc danh sách của eSMS và chỉ "
    "gửi những tin chưa tới. Không tin nào bị gửi hai lần.",
    "app.records.action@command": "Để lát nữa, chạy 'esms-desktop {command}': ứng dụng sẽ đọc "
    "danh sách của eSMS và chỉ gửi những tin chưa tới. Không tin nào bị gửi hai lần.",
    "app.records.action_after": "Sau {when}, bấm Gửi tiếp: ứng dụng sẽ đọc danh sách của eSMS và "
    "chỉ gửi những tin chưa tới. Không tin nào bị gửi hai lần.",
    "app.records.action_after@command": "Sau {when}, chạy 'esms-desktop {command}': ứng dụng sẽ "
    "đọc danh sách của eSMS và chỉ gửi những tin chưa tới. Không tin nào bị gửi hai lần.",
    # What the sending engine waits for, and that waiting is safe.
    "app.waiting.records": "Đang chờ tới {when} (khoảng {minutes} phút) để eSMS ghi {count:n} "
    "tin bị mất câu trả lời vào danh sách tin đã gửi. Trước giờ đó không gửi lại tin nào, để "
    "không khách nào nhận tin hai lần. Có thể bấm Tạm dừng rồi gửi tiếp sau.",
    "app.waiting.records@command": "Đang chờ tới {when} (khoảng {minutes} phút) để eSMS ghi "
    "{count} tin bị mất câu trả lời vào danh sách tin đã gửi. Trước giờ đó không gửi lại tin "
    "nào, để không khách nào nhận tin hai lần. Có thể bấm Ctrl+C rồi gửi tiếp sau.",
    "app.waiting.first": "Một số tin chưa nhận được trả lời của eSMS. Thử lại sau {seconds:.0f} "
    "giây. Không tin nào bị gửi hai lần.",
    "app.waiting.again": "{cause} Thử lại sau {seconds:.0f} giây (lần {round}/{most}). Không tin "
    "nào bị gửi hai lần.",
    "app.waiting.bad_answer": "Không đọc được câu trả lời của eSMS ({detail}): có thể trang đăng "
    "nhập Wi-Fi hoặc tường lửa đang chặn.",
    "app.waiting.network": "eSMS chưa trả lời: mạng Internet có thể đang mất.",
    "app.keyring.action": "Cho phép eSMS Desktop khi máy hỏi quyền dùng kho mật khẩu (hoặc mở "
    "khóa kho), rồi thử lại; hoặc nhập khóa mỗi lần dùng: khóa được dùng tới khi đóng ứng "
    "dụng.",
    "app.keyring.action@command": "Cho phép dùng kho mật khẩu khi máy hỏi (hoặc mở khóa kho) "
    "rồi chạy lại lệnh, hoặc đặt khóa vào biến môi trường ESMS_API_KEY và ESMS_SECRET_KEY "
    "thay cho --profile.",
    "app.keyring_missing.title": "Máy này không có kho mật khẩu",
    "app.keyring_missing.action": "Nhập khóa mỗi lần dùng ở mục Tài khoản: khóa được dùng tới "
    "khi đóng ứng dụng và không được lưu ở đâu. Muốn lưu khóa, hãy cài kho mật khẩu của hệ "
    "điều hành (trên Linux: GNOME Keyring hoặc KWallet; Windows và macOS đã có sẵn) rồi mở "
    "lại ứng dụng.",
    "app.keyring_missing.action@command": "Đặt khóa vào biến môi trường ESMS_API_KEY và "
    "ESMS_SECRET_KEY (--profile cần có kho mật khẩu), hoặc cài kho mật khẩu của hệ điều hành "
    "(trên Linux: GNOME Keyring hoặc KWallet) rồi lưu tài khoản trong cửa sổ.",
    "app.keyring_locked.title": "Kho mật khẩu đang khóa",
    "app.keyring.locked": "Kho mật khẩu của hệ điều hành đang khóa, nên không đọc hay lưu "
    "được khóa API. Để an toàn, khóa không được giữ ở nơi nào khác.",
    "app.keyring_locked.action": "Mở khóa kho mật khẩu (đăng nhập lại máy tính) rồi thử lại, "
    "hoặc nhập khóa mỗi lần dùng.",
    "app.keyring_locked.action@command": "Mở khóa kho mật khẩu (đăng nhập lại máy tính) rồi "
    "chạy lại lệnh, hoặc đặt khóa vào biến môi trường ESMS_API_KEY và ESMS_SECRET_KEY thay "
    "cho --profile.",
}
