"""Refresh the Qt translation files and compile them.

    uv run python scripts/update_translations.py

1. ``pyside6-lupdate`` collects every ``self.tr("...")`` of ``esms_desktop/gui`` into
   ``resources/translations/esms_desktop_{vi,en}.ts`` (existing translations are kept).
2. Empty Vietnamese translations are filled from ``VI`` below, the first time a
   text appears; afterwards the .ts file is the one to edit (Qt Linguist works).
   English is the source language: its translations are the source texts.
3. ``pyside6-lrelease`` compiles each .ts into the .qm the app loads.

``tests/test_translations.py`` fails when a visible text has no translation or
when the .qm files are older than the .ts files.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"

VI: dict[str, str] = {
    "Zalo failed; no SMS seen yet": "Zalo lỗi; chưa thấy SMS",
    "Of those waiting, %1: Zalo could not reach them and eSMS has no record yet of the SMS it sends instead. The app keeps looking and never sends them again by itself; each row says what you can do.": "Trong số đang chờ, %1 tin: Zalo không tới được và eSMS chưa có tin SMS gửi thay. Ứng dụng vẫn tiếp tục tìm và không tự gửi lại; mỗi dòng có hướng dẫn việc bạn có thể làm.",
    "Campaign %1 (%2): %3 messages.": "Chiến dịch %1 (%2): %3 tin.",
    "%1: %2 messages can be sent after the check.": "%1: sau khi kiểm tra, có thể gửi %2 tin.",
    "After the check: %1 can be sent, %2 left out.": "Sau khi kiểm tra: có thể gửi %1, bỏ ra %2.",
    "Campaign %1.": "Chiến dịch %1.",
    "The newest backup of the journal is back.": "Đã khôi phục bản sao lưu mới nhất của nhật ký gửi.",
    "The sending journal is missing. Restore the newest backup? Campaigns after that backup "
    "will not be in History; messages already sent are not sent again.": (
        "Không thấy nhật ký gửi tin. Khôi phục bản sao lưu mới nhất? Các chiến dịch sau bản sao "
        "lưu đó sẽ không có trong Lịch sử; tin đã gửi sẽ không bị gửi lại."
    ),
    "Sent as campaign %1 (see the Send and History pages).": (
        "Đã gửi thành chiến dịch %1 (xem trang Gửi tin và Lịch sử)."
    ),
    "(choose the Zalo template and fill in its fields)": "(chọn mẫu tin Zalo và điền các trường của mẫu)",
    "Zalo template %1: %2": "Mẫu tin Zalo %1: %2",
    "Send to them once more": "Vẫn gửi cho họ thêm lần nữa",
    "eSMS holds %1 of these messages to send later (the next at %2, Vietnam time). The app "
    "cannot take them back: to cancel them, use eSMS's website (its list of scheduled "
    "messages).": "eSMS đang giữ %1 tin của chiến dịch này để gửi sau (tin gần nhất lúc %2, "
    "giờ Việt Nam). Ứng dụng không rút lại được: muốn hủy, hãy vào trang web eSMS (danh sách "
    "tin hẹn giờ).",
    "Also send to the customers who got this same message in the last 24 hours": "Gửi cả cho những khách đã nhận đúng tin này trong 24 giờ qua",
    "Type the ApiKey and SecretKey above first (eSMS dashboard, API settings).": "Hãy nhập ApiKey và SecretKey ở trên trước (trang quản trị eSMS, mục Cấu hình API).",
    "The keys are used until the app closes; they were not saved.": "Khóa vừa nhập được dùng tới khi đóng ứng dụng; khóa chưa được lưu.",
    "This campaign is not finished": "Chiến dịch này chưa gửi xong",
    "Campaign %1 (%2) has these same messages for these same people and has not finished: %3 accepted by eSMS, %4 still to send. Nothing new was sent. Finish it on the History page (select it, then Resume sending): no one gets the message twice.": "Chiến dịch %1 (%2) có đúng nội dung này cho đúng những người này và chưa gửi xong: eSMS đã nhận %3 tin, còn %4 tin chờ gửi. Lần này chưa gửi tin nào. Hãy gửi nốt chiến dịch đó ở trang Lịch sử (chọn nó, rồi bấm Gửi tiếp): không ai nhận tin hai lần.",
    "Your eSMS account": "Tài khoản eSMS của bạn",
    "Demo mode: the app talks to a built-in stand-in for eSMS. Nothing is sent and no money is spent. Press Test connection to see the demo account.": "Chế độ dùng thử: ứng dụng làm việc với một eSMS giả lập có sẵn. Không tin nào được gửi, không tốn tiền. Bấm Kiểm tra kết nối để xem tài khoản mẫu.",
    "Copy the ApiKey and SecretKey from the eSMS dashboard (API settings). They are kept only in this computer's password store, never in a file.": "Sao chép ApiKey và SecretKey từ trang quản trị eSMS (mục Cấu hình API). Khóa chỉ được cất trong kho mật khẩu của máy tính này, không bao giờ ghi ra file.",
    "e.g. My shop": "ví dụ: Shop của tôi",
    "Account name": "Tên tài khoản",
    "ApiKey": "ApiKey",
    "SecretKey": "SecretKey",
    "Save keys": "Lưu khóa",
    "Remove account": "Xóa tài khoản",
    "Test connection": "Kiểm tra kết nối",
    "Give the account a name first.": "Hãy đặt tên cho tài khoản trước.",
    "Keys saved in the system password store.": "Đã lưu khóa vào kho mật khẩu của máy.",
    "No keys are saved for this account.": "Tài khoản này chưa có khóa nào được lưu.",
    "For your own eSMS account, close the demo and open eSMS Desktop without "
    '"demo" in its name: the demo\'s campaigns and do-not-send list stay apart.': (
        "Để dùng tài khoản eSMS của bạn, đóng bản dùng thử rồi mở eSMS Desktop không có chữ "
        '"dùng thử" trong tên: chiến dịch và danh sách không gửi của bản dùng thử được để riêng.'
    ),
    "Demo account": "Tài khoản dùng thử",
    "Another eSMS account is in use: checking again...": (
        "Đang dùng một tài khoản eSMS khác: đang kiểm tra lại..."
    ),
    "Type the ApiKey and SecretKey on the Account page.": (
        "Nhập ApiKey và SecretKey ở mục Tài khoản."
    ),
    "Remove the saved keys of %1 from this computer?": "Xóa khóa đã lưu của %1 khỏi máy này?",
    "Account removed.": "Đã xóa tài khoản.",
    "Not finished, and started with this account: campaign %1. Without its keys it "
    "cannot be sent on; save the same keys again (any name) to finish it.": (
        "Chưa gửi xong, và được bắt đầu bằng tài khoản này: chiến dịch %1. Không có khóa của "
        "tài khoản này thì không gửi tiếp được; lưu lại đúng khóa đó (tên nào cũng được) để "
        "gửi nốt."
    ),
    "Asking eSMS...": "Đang hỏi eSMS...",
    "advertising": "quảng cáo",
    "customer care": "chăm sóc khách hàng",
    "none": "không có",
    "Connected. Balance: %1\nBrandnames: %2\nZalo OAs: %3": "Đã kết nối. Số dư: %1\nBrandname: %2\nOA Zalo: %3",
    "This computer's clock is %1 minutes behind eSMS's.": "Đồng hồ máy tính này chậm hơn đồng hồ của eSMS %1 phút.",
    "This computer's clock is %1 minutes ahead of eSMS's.": "Đồng hồ máy tính này nhanh hơn đồng hồ của eSMS %1 phút.",
    'Turn on "Set time automatically" in the computer\'s date and time settings: advertising hours and send times are judged by this clock.': 'Hãy bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của máy tính: giờ được gửi quảng cáo và giờ hẹn gửi đều tính theo đồng hồ này.',
    'No column of this file holds phone numbers. Choose the column that holds them in "Phone column" above, or open the customer list.': 'Không có cột nào trong file này có số điện thoại. Hãy chọn cột chứa số điện thoại ở ô "Cột số điện thoại" phía trên, hoặc mở đúng file danh sách khách.',
    "%1 messages may already have reached eSMS (their answer was lost): they are looked up in eSMS's records, never sent twice.": "%1 tin có thể đã tới eSMS (mất câu trả lời): ứng dụng sẽ tra trong hồ sơ của eSMS, không bao giờ gửi hai lần.",
    "(%1 may have reached eSMS)": "(%1 tin có thể đã tới eSMS)",
    "No problems found in the list and the message; the rest could not be checked.": "Không thấy lỗi trong danh sách và nội dung; phần còn lại chưa kiểm tra được.",
    "%1: the check found problems that stop sending.": "%1: bước kiểm tra thấy lỗi chặn việc gửi.",
    "Row": "Dòng",
    "Phone": "Số điện thoại",
    "Code": "Mã",
    "What happened": "Chuyện gì xảy ra",
    "What to do": "Nên làm gì",
    "No.": "Số",
    "Name": "Tên",
    "Channel": "Loại tin",
    "State": "Trạng thái",
    "Accepted": "Đã gửi",
    "Failed": "Lỗi",
    "Not sent": "Không gửi được",
    "Delivered": "Đã đến máy",
    "Cost (VND)": "Chi phí (đ)",
    "Ready": "Sẵn sàng",
    "Sending": "Đang gửi",
    "Paused": "Tạm dừng",
    "Cancelled": "Đã hủy",
    "Done": "Xong",
    "History": "Lịch sử",
    "Refresh delivery": "Cập nhật trạng thái giao tin",
    "Save report...": "Lưu báo cáo...",
    "Send again to failed ones": "Gửi lại các tin lỗi",
    "Put into campaign %1": "Đã đưa vào chiến dịch %1",
    "Campaign %1 (%2).": "Chiến dịch %1 (%2).",
    "%1: put into campaign %2 (see the Send and History pages).": (
        "%1: đã đưa vào chiến dịch %2 (xem trang Gửi tin và Lịch sử)."
    ),
    "Resume sending": "Gửi tiếp",
    "Saving the report...": "Đang lưu báo cáo...",
    "Paused: %1": "Tạm dừng: %1",
    "Asking eSMS about delivery...": "Đang hỏi eSMS kết quả giao tin...",
    "Delivered: %1. Not delivered: %2. Still waiting: %3.": "Đã đến máy: %1. Không đến được: %2. Đang chờ: %3.",
    "Save report": "Lưu báo cáo",
    "Report saved: %1": "Đã lưu báo cáo: %1",
    "Nothing in this campaign is worth sending again: the failures would fail the same way.": "Không có tin nào nên gửi lại: các tin lỗi sẽ lại lỗi như cũ.",
    "Already sent again, by campaign %1: nothing is sent twice.": "Đã gửi lại ở chiến dịch %1: không tin nào bị gửi hai lần.",
    "Send again": "Gửi lại",
    "A new campaign was made with the messages that can be sent again. Send it now?": "Đã tạo chiến dịch mới với các tin có thể gửi lại. Gửi ngay?",
    "DEMO - no real messages are sent, no money is spent": "DÙNG THỬ - không gửi tin thật, không tốn tiền",
    "Opening...": "Đang mở...",
    "1. Account": "1. Tài khoản",
    "2. Customers": "2. Khách hàng",
    "3. Message": "3. Nội dung",
    "4. Send": "4. Gửi tin",
    "5. History": "5. Lịch sử",
    "Demo account: try the sample file on the Customers page.": "Tài khoản dùng thử: hãy mở file mẫu ở trang Khách hàng.",
    "&Language": "&Ngôn ngữ",
    "Language": "Ngôn ngữ",
    "The new language is used from the next start.": "Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.",
    "Unfinished sending": "Chưa gửi xong",
    "Some campaigns were not finished: %1. Messages already sent will not be sent again. Continue sending now?": "Có chiến dịch chưa gửi xong: %1. Tin đã gửi sẽ không bị gửi lại. Gửi tiếp ngay bây giờ?",
    "Messages are being sent. Pause and close? You can resume later; nothing is sent twice.": "Đang gửi tin. Tạm dừng và đóng? Bạn có thể gửi tiếp sau; không tin nào bị gửi hai lần.",
    "Message": "Nội dung tin",
    "Kind of message": "Loại tin",
    "Brandname": "Brandname",
    "Text": "Nội dung",
    "Use this template": "Dùng mẫu này",
    "Registered template:": "Mẫu đã đăng ký:",
    "Write the message. {Column name} is replaced by that column of each row.": "Viết nội dung tin. {Tên cột} sẽ được thay bằng giá trị của cột đó ở từng dòng.",
    "Insert column": "Chèn cột",
    "Remove diacritics": "Bỏ dấu",
    "Send without diacritics (cheaper)": "Gửi không dấu (rẻ hơn)",
    "Names and other values from your file lose their diacritics too, so each SMS part holds 160 characters instead of 70.": "Tên và các giá trị khác trong file cũng được bỏ dấu, nên mỗi phần SMS chứa được 160 ký tự thay vì 70.",
    "Zalo": "Zalo",
    "ZNS template": "Mẫu ZNS",
    "Fill each value from": "Lấy từng giá trị từ",
    "Test only (sandbox: checked by eSMS, not sent)": "Chỉ thử (sandbox: eSMS kiểm tra, không gửi)",
    "Preview for customer no.": "Xem trước cho khách số",
    "Check and see the price": "Kiểm tra và xem giá",
    "For order confirmations, appointments, thanks. Sent under your brandname; the text must match a template registered with eSMS. About 800 đ per SMS part.": "Dùng để xác nhận đơn, nhắc lịch hẹn, cảm ơn. Gửi bằng brandname của bạn; nội dung phải khớp mẫu đã đăng ký với eSMS. Khoảng 800 đ mỗi phần SMS.",
    "For promotions to many customers at once: one text for everyone, 30 to 5,000 numbers per send, only 07:00-22:00. About 650 đ per part.": "Dùng để khuyến mại cho nhiều khách cùng lúc: một nội dung chung, 30 đến 5.000 số mỗi lần, chỉ từ 7:00 đến 22:00. Khoảng 650 đ mỗi phần.",
    "A plain SMS from a number instead of your brandname. Cheapest, about 350 đ per part; some customers ignore unknown numbers.": "SMS gửi từ một số điện thoại thay cho brandname. Rẻ nhất, khoảng 350 đ mỗi phần; một số khách bỏ qua tin từ số lạ.",
    "A Zalo message from your Official Account using an approved ZNS template. About 300 đ per message, only to Zalo users.": "Tin Zalo từ Official Account của bạn theo mẫu ZNS đã duyệt. Khoảng 300 đ mỗi tin, chỉ tới người dùng Zalo.",
    "Tries Zalo first; when Zalo cannot reach the customer, a customer-care SMS goes as well, charged as an SMS: up to %1 per message.": "Gửi Zalo trước; nếu Zalo không gửi tới được khách thì gửi thêm tin SMS chăm sóc khách hàng, tính tiền như tin SMS: tối đa %1 một tin.",
    "Sent by SMS instead (Zalo could not reach them)": "Đã gửi bằng SMS thay cho Zalo (Zalo không gửi tới được)",
    "That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.": "Đó là số tiền cao nhất: khách nào Zalo không gửi tới được sẽ nhận thêm tin SMS, tính tiền như tin SMS.",
    "(no template: is the OA active?)": "(không có mẫu: OA đã được kích hoạt chưa?)",
    "Pick a column, or type a text that is the same for everyone": "Chọn một cột, hoặc gõ một nội dung chung cho mọi người",
    "up to %1 characters": "tối đa %1 ký tự",
    "%1 characters, %2 SMS part(s), %3": "%1 ký tự, %2 phần SMS, %3",
    "Unicode (with diacritics)": "có dấu (Unicode)",
    "plain text": "không dấu",
    "(the message for this customer appears here)": "(tin gửi cho khách này hiện ở đây)",
    "Matches the template for: %1": "Khớp mẫu của: %1",
    "Does not match for: %1": "Không khớp mẫu của: %1",
    "No template registered for: %1": "Chưa đăng ký mẫu với: %1",
    "this customer": "khách này",
    "Open a customer file first (Customers page).": "Hãy mở file khách hàng trước (trang Khách hàng).",
    "Checking...": "Đang kiểm tra...",
    "No problems found.": "Không thấy lỗi nào.",
    "(approximate)": "(ước tính)",
    "Cannot send yet": "Chưa gửi được",
    "Ready to send": "Có thể gửi",
    "%1 messages, price about %2%3. Balance: %4. %5": "%1 tin, giá khoảng %2%3. Số dư: %4. %5",
    "Result": "Kết quả",
    "Delivery": "Giao tin",
    "Explanation": "Giải thích",
    "Accepted by eSMS": "eSMS đã nhận",
    "Left out": "Không gửi",
    "Not sent yet": "Chưa gửi",
    "Being sent": "Đang gửi",
    "Unknown": "Chưa rõ",
    "Not delivered": "Không đến được",
    "Waiting": "Đang chờ",
    "Do-not-send list": "Danh sách không gửi",
    "Not saved. Not a phone number: %1. Write one number per line, without a name or a note, then save again.": (
        "Chưa lưu. Không phải số điện thoại: %1. Mỗi dòng viết một số, không kèm tên hay ghi "
        "chú, rồi bấm Lưu lại."
    ),
    "Numbers here never receive a message: customers who asked to stop, and numbers eSMS reported as blocked (code 99). One number per line.": "Các số ở đây không bao giờ nhận tin: khách đã yêu cầu ngừng, và số eSMS báo bị chặn (mã 99). Mỗi dòng một số.",
    "Carrier": "Nhà mạng",
    "Problem": "Vấn đề",
    "Cannot send": "Không gửi được",
    "Duplicate": "Trùng",
    "Do not send": "Không gửi",
    "Same number as row %1": "Trùng số với dòng %1",
    "On your do-not-send list": "Nằm trong danh sách không gửi",
    "Old number %1 converted": "Đã đổi số cũ %1",
    "Old number converted": "Đã đổi số cũ",
    "Check to see the price, the number of messages and the rows that cannot be sent": "Kiểm tra để xem giá, số tin và những dòng không gửi được",
    "Customers": "Khách hàng",
    "Open the Excel or CSV file with your customers, or drop it here. Every row is checked at once: you see which rows cannot be sent and why.": "Mở file Excel hoặc CSV danh sách khách hàng, hoặc kéo thả file vào đây. Mọi dòng được kiểm tra ngay: bạn thấy dòng nào không gửi được và vì sao.",
    "Open customer file...": "Mở file khách hàng...",
    "Use the sample file": "Dùng file mẫu",
    "Save a sample Excel file...": "Lưu file Excel mẫu...",
    "Do-not-send list...": "Danh sách không gửi...",
    "All rows": "Tất cả",
    "Problems": "Có lỗi",
    "Duplicates": "Trùng",
    "Sheet:": "Trang tính:",
    "Phone column:": "Cột số điện thoại:",
    "Show:": "Hiện:",
    "No file opened yet.": "Chưa mở file nào.",
    "Open customer file": "Mở file khách hàng",
    "Customer lists": "Danh sách khách hàng",
    "Save a sample Excel file": "Lưu file Excel mẫu",
    "Sample saved to %1": "Đã lưu file mẫu vào %1",
    "The sample file could not be saved to %1. Choose a folder you can write to, and close the "
    "file if it is open in Excel.": (
        "Không lưu được file mẫu vào %1. Hãy chọn thư mục được phép ghi, và đóng file nếu nó "
        "đang mở trong Excel."
    ),
    "Reading %1 ...": "Đang đọc %1 ...",
    "%1: %2 customers. Ready: %3. Cannot send: %4. Duplicates: %5. Do not send: %6.": "%1: %2 khách. Sẵn sàng: %3. Không gửi được: %4. Trùng: %5. Không gửi: %6.",
    "%1 old 11-digit numbers were converted.": "%1 số cũ 11 chữ số đã được đổi sang số mới.",
    "Send": "Gửi tin",
    "Check the message first (Message page).": "Hãy kiểm tra nội dung trước (trang Nội dung).",
    "Send now": "Gửi ngay",
    "Pause": "Tạm dừng",
    "Resume": "Gửi tiếp",
    "Once this is put right, press Resume to send the rest: messages already sent are not "
    "sent again, and nothing was charged for the rest.": "Khi đã xử lý xong việc trên, bấm Gửi "
    "tiếp để gửi nốt: tin đã gửi không bị gửi lại, và phần còn lại chưa bị trừ tiền.",
    "Cancel the rest": "Hủy phần còn lại",
    "Messages that could not be sent:": "Các tin không gửi được:",
    "The check found problems that stop sending. Fix them on the Message page.": "Bước kiểm tra thấy lỗi chặn việc gửi. Hãy sửa ở trang Nội dung.",
    "%1 %2, about %3.": "%1 %2, khoảng %3.",
    "Balance: %1.": "Số dư: %1.",
    "Test only: nothing will be delivered or charged.": "Chỉ thử: không tin nào được giao, không bị trừ tiền.",
    "Vietnam time": "Giờ Việt Nam",
    "Give them to eSMS now?": "Giao các tin này cho eSMS ngay bây giờ?",
    "eSMS sends them at %1 (Vietnam time).": "eSMS sẽ gửi lúc %1 (giờ Việt Nam).",
    "eSMS sends each at its customer's time, from %1 to %2 (Vietnam time).": (
        "eSMS sẽ gửi mỗi tin vào giờ của từng khách, từ %1 đến %2 (giờ Việt Nam)."
    ),
    "Send now?": "Gửi ngay?",
    "Send messages": "Gửi tin",
    "Preparing %1 messages...": "Đang chuẩn bị %1 tin nhắn...",
    "Cancel": "Hủy",
    "Stop sending the messages not sent yet?": "Dừng gửi các tin chưa gửi?",
    "about %1 s left": "còn khoảng %1 giây",
    "Sent: %1   Failed: %2   Left: %3   %4 per second   %5": "Đã gửi: %1   Lỗi: %2   Còn: %3   %4 tin/giây   %5",
    "Finished.": "Đã xong.",
    "Paused.": "Đã tạm dừng.",
    "Cancelled: the rest was not sent.": "Đã hủy: phần còn lại không được gửi.",
    "Add %1 blocked numbers to the do-not-send list": "Thêm %1 số bị chặn vào danh sách không gửi",
    "%1 numbers added to the do-not-send list.": "Đã thêm %1 số vào danh sách không gửi.",
    "Waiting for delivery results from eSMS...": "Đang chờ eSMS báo kết quả giao tin...",
    "Using the keys from ESMS_API_KEY and ESMS_SECRET_KEY.": "Đang dùng khóa từ ESMS_API_KEY và ESMS_SECRET_KEY.",
    "Settle unconfirmed...": "Xử lý tin chưa xác nhận...",
    "Asking eSMS about delivery: %1 of %2 looked up...": "Đang hỏi eSMS về tình trạng giao "
    "tin: đã xem %1 / %2...",
    "Stop for good...": "Dừng hẳn...",
    "Stop for good": "Dừng hẳn",
    "Keep it": "Giữ lại",
    "What was not sent yet is never sent.": "Tin nào chưa gửi sẽ không bao giờ được gửi.",
    "Stop campaign %1 (%2) for good? Messages not sent yet: %3. They will never be sent; "
    "what was sent stays sent.": "Dừng hẳn chiến dịch %1 (%2)? Số tin chưa gửi: %3. Các tin "
    "này sẽ không bao giờ được gửi; tin đã gửi vẫn giữ nguyên.",
    "Campaign %1 stopped. Messages that will not be sent: %2.": "Đã dừng hẳn chiến dịch %1. "
    "Số tin sẽ không gửi: %2.",
    "May have reached eSMS: %1; 'Settle unconfirmed...' tells which did. None is sent "
    "again.": "Có thể đã tới eSMS: %1 tin; bấm 'Xử lý tin chưa xác nhận...' để biết tin nào "
    "đã tới. Không tin nào bị gửi lại.",
    "Looking the messages up in eSMS's sent list...": "Đang tìm các tin trong danh sách đã gửi của eSMS...",
    "%1 found in eSMS's sent list and counted as sent.": "%1 tin có trong danh sách đã gửi của eSMS và được tính là đã gửi.",
    "Unconfirmed messages": "Tin chưa xác nhận",
    "Send at %1 instead": "Hẹn gửi lúc %1",
    "Fill the template": "Điền vào mẫu",
    "Blank %1 (up to %2 characters)": "Chỗ trống %1 (tối đa %2 ký tự)",
    "eSMS cannot tell whether %1 messages were sent more than a day ago. Send them again? Some customers may then get the message twice.": "eSMS không xác định được %1 tin (hơn một ngày trước) đã gửi hay chưa. Gửi lại? Khi đó một số khách có thể nhận tin hai lần.",
    "%1 are not in eSMS's records, so they never left; the campaign was cancelled, so they are not sent.": "%1 tin không có trong danh sách tin đã gửi của eSMS, tức là chưa đi; chiến dịch đã bị hủy nên các tin này không được gửi.",
    "eSMS's records could not tell whether %1 messages were sent; the campaign was cancelled, so they are not sent again.": "Danh sách của eSMS chưa cho biết %1 tin đã đi hay chưa; chiến dịch đã bị hủy nên các tin này không được gửi lại.",
    "May have reached eSMS (no answer was heard). Settle unconfirmed... looks it up in eSMS's records.": "Có thể đã tới eSMS (chưa nhận được trả lời). Bấm Xử lý tin chưa xác nhận... để tra trong danh sách tin đã gửi của eSMS.",
    "Then press Settle unconfirmed... again: the campaign was cancelled, so what never arrived is not sent.": "Sau giờ đó, bấm lại Xử lý tin chưa xác nhận...: chiến dịch đã bị hủy nên tin nào chưa tới eSMS sẽ không được gửi.",
    "What the check finds, with what to do about each, is listed here.": "Những gì kiểm tra tìm thấy, kèm cách xử lý từng điều, sẽ hiện ở đây.",
    "%1 are not in eSMS's records, so they never left: they are sent now.": "%1 tin không có trong danh sách tin đã gửi của eSMS, tức là chưa đi: các tin này được gửi ngay bây giờ.",
    "eSMS's records could not be read to tell whether %1 messages were sent. Send them again? Some customers may then get the message twice.": "Chưa đọc được danh sách tin đã gửi của eSMS để biết %1 tin đã gửi hay chưa. Gửi lại các tin này? Một số khách có thể nhận tin hai lần.",
    "Check with eSMS": "Kiểm tra với eSMS",
    "Checks that eSMS answers the way this app expects, with free look-ups and test sends that are neither delivered nor charged. The result can be sent to support; it contains no key.": "Kiểm tra eSMS có trả lời đúng như ứng dụng mong đợi không, bằng các lệnh tra cứu miễn phí và tin gửi thử (không đến máy khách, không tính tiền). Có thể gửi kết quả cho bộ phận hỗ trợ; kết quả không chứa khóa.",
    "Checking with eSMS (free look-ups and test sends)...": "Đang kiểm tra với eSMS (tra cứu miễn phí và tin gửi thử)...",
    "eSMS answers the way this app expects.": "eSMS trả lời đúng như ứng dụng mong đợi.",
    "Some answers of eSMS differ from what this app expects. Open the details, copy them and send them to support (they contain no key).": "Một số câu trả lời của eSMS khác với điều ứng dụng mong đợi. Mở phần chi tiết, sao chép và gửi cho bộ phận hỗ trợ (không chứa khóa).",
    "The sending journal is damaged. It is kept as it is. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.": "Nhật ký gửi tin bị hỏng và được giữ nguyên. Khôi phục bản sao lưu gần nhất? Các chiến dịch sau bản sao lưu đó sẽ không có trong Lịch sử; tin đã gửi sẽ không bị gửi lại.",
    "Send the same messages again?": "Gửi lại đúng những tin này?",
    "Campaign %1 (%2) already sent these same messages to these same people at %3: %4 accepted by eSMS. Send them again, so that every customer gets them a second time?": "Chiến dịch %1 (%2) đã gửi đúng những tin này tới đúng những người này lúc %3: eSMS đã nhận %4 tin. Gửi lại, để mỗi khách nhận tin lần thứ hai?",
    "Delete": "Xóa",
    "Only a campaign that sent nothing can be deleted.": "Chỉ xóa được chiến dịch chưa gửi tin nào.",
    "Delete campaign %1 (%2)? It sent nothing.": "Xóa chiến dịch %1 (%2)? Chiến dịch này chưa gửi tin nào.",
    "Campaign deleted.": "Đã xóa chiến dịch.",
    "Send again %1 messages that can go through now, for about %2?": "Gửi lại %1 tin có thể gửi được lúc này, khoảng %2?",
    "Send again 1 message that can go through now, for about %1?": "Gửi lại 1 tin có thể gửi được lúc này, khoảng %1?",
    "Created": "Tạo lúc",
    "1 old 11-digit number was converted.": "1 số cũ 11 chữ số đã được đổi sang số mới.",
    "Add 1 blocked number to the do-not-send list": "Thêm 1 số bị chặn vào danh sách không gửi",
    "1 number added to the do-not-send list.": "Đã thêm 1 số vào danh sách không gửi.",
    "The message changed: press Check again.": "Nội dung đã thay đổi: bấm Kiểm tra lại.",
    "%1: %2 customers ready to send.": "%1: %2 khách sẵn sàng để gửi.",
    "digits only": "chỉ chữ số",
    "a date, day/month/year": "ngày, ngày/tháng/năm",
    "a link": "đường link",
    "%1 (sent again)": "%1 (gửi lại)",
    "Send even when today's Zalo quota is used up (only if eSMS allowed it)": "Gửi cả khi đã hết lượt Zalo trong ngày (chỉ khi eSMS đã cho phép)",
    "Zalo lets each shop page send a number of messages a day. eSMS can allow some shops to send more (its 'mode 3'); such messages cannot be scheduled.": "Zalo cho mỗi trang của shop gửi một số tin mỗi ngày. eSMS có thể cho một số shop gửi thêm (eSMS gọi là 'chế độ 3'); các tin này không hẹn giờ được.",
    "Shop's Zalo page (OA)": "Trang Zalo của shop (OA)",
    "Pausing: waiting for %1 requests already on their way to eSMS...": "Đang tạm dừng: chờ %1 yêu cầu đã gửi đi tới eSMS...",
    "Send at": "Gửi lúc",
    "%1, to go out at %2": "%1, sẽ gửi lúc %2",
    "%1 scheduled, next %2": "%1 tin hẹn giờ, tin tới lúc %2",
    "Use the appointment sample": "Dùng file mẫu lịch hẹn",
    "Appointments over the next three weeks: try reminders sent the day before.": "Lịch hẹn trong ba tuần tới: thử gửi tin nhắc trước một ngày.",
    "now": "ngay",
    "one time for everyone": "một giờ cho mọi người",
    "each customer's own date, from a column of the file": "theo cột ngày trong file (mỗi khách một giờ)",
    "Date column": "Cột ngày",
    "days before the date": "ngày trước ngày đó",
    "day before the date": "ngày trước ngày đó",
    "on the day, every year (birthdays)": "đúng ngày đó hằng năm (sinh nhật)",
    "at": "lúc",
    "Messages per send day: %1%2; eSMS holds them until then: the computer may be off.": "Số tin theo ngày gửi: %1%2; eSMS giữ tin tới giờ gửi: có thể tắt máy tính.",
    # Customers page: a file in an old Vietnamese encoding (gui/pages/legacy_text_bar.py).
    "Converted %1 cells from %2 to normal Vietnamese text.": "Đã chuyển %1 ô từ bảng mã %2 sang chữ tiếng Việt chuẩn.",
    "Undo": "Hoàn tác",
    "This file seems to be in %1, an old Vietnamese encoding: names would be sent garbled, so those rows are held back. Convert the text?": "File có vẻ lưu bằng bảng mã cũ %1: tên khách sẽ bị lỗi font khi gửi, nên các dòng đó đang bị giữ lại. Chuyển đổi chữ trong file?",
    "Convert": "Chuyển đổi",
    # The window's look (issue 24).
    "Where do I find my API key?": "Tìm khóa API ở đâu?",
    "Sign in at esms.vn, click your avatar (top right), then Quản lý API (API management). Copy the ApiKey and the SecretKey shown there into the boxes below and press Save keys.": "Đăng nhập esms.vn, bấm vào ảnh đại diện (góc trên bên phải), chọn Quản lý API. Sao chép ApiKey và SecretKey ở đó vào các ô bên dưới rồi bấm Lưu khóa.",
    "Balance": "Số dư",
    "Brandnames": "Brandname",
    "Zalo Official Accounts": "OA Zalo",
    "Registered templates": "Mẫu tin đã đăng ký",
    "Saving the keys in the system password store...": "Đang lưu khóa vào kho mật khẩu của máy...",
    "Reading the keys from the system password store...": "Đang đọc khóa từ kho mật khẩu của máy...",
    "Campaigns": "Chiến dịch",
    "Messages of the selected campaign": "Các tin của chiến dịch đang chọn",
    "No campaign yet": "Chưa có chiến dịch nào",
    "Every campaign you send is listed here, with each customer's result and delivery. Start with your customer list.": "Mỗi chiến dịch bạn gửi đều hiện ở đây, kèm kết quả và tình trạng đến máy của từng khách. Hãy bắt đầu với danh sách khách hàng.",
    "Open the sample list": "Mở danh sách mẫu",
    "Open a customer list": "Mở danh sách khách hàng",
    "Steps": "Các bước",
    "Checked: ready to send": "Đã kiểm tra: sẵn sàng gửi",
    "Pause and close": "Tạm dừng và đóng",
    "Keep sending": "Tiếp tục gửi",
    "Pausing: the requests already on their way to eSMS are recorded first.": "Đang tạm dừng: các yêu cầu đang trên đường tới eSMS được ghi lại trước.",
    "Close the message": "Đóng thông báo",
    "Use the sample message": "Dùng tin nhắn mẫu",
    "A thank-you message for the sample list, as the demo account registered it.": "Một tin cảm ơn cho danh sách mẫu, đúng mẫu tài khoản dùng thử đã đăng ký.",
    "Column to insert": "Cột cần chèn",
    "Send the checked messages": "Gửi các tin đã kiểm tra",
    "Send at the next allowed time": "Gửi vào giờ được phép gần nhất",
    "Price": "Chi phí",
    "What the check found": "Kết quả kiểm tra",
    "The registered templates could not be read: %1": "Không đọc được các mẫu tin đã đăng ký: %1",
    "Send %1 messages...": "Gửi %1 tin...",
    "Next: write the message": "Tiếp: soạn tin nhắn",
    "No customer list yet": "Chưa có danh sách khách hàng",
    "Open the Excel or CSV file with your customers' phone numbers, or drop it on this page.": "Mở file Excel hoặc CSV có số điện thoại của khách, hoặc kéo thả file vào trang này.",
    "In the demo, try the sample list.": "Khi dùng thử, hãy thử danh sách mẫu.",
    "Nothing to send yet": "Chưa có gì để gửi",
    "Write the message and press Check on the Message page: the price and what can be sent appear there, then you send from here.": "Soạn tin và bấm Kiểm tra ở trang Nội dung: chi phí và số tin gửi được hiện ở đó, rồi bạn gửi từ trang này.",
    "Go to the Message page": "Sang trang Nội dung",
    "Failed or not delivered": "Lỗi hoặc không đến máy",
    "Left to send": "Còn phải gửi",
    "Open report": "Mở báo cáo",
    "New campaign": "Chiến dịch mới",
    "Add the blocked numbers to the do-not-send list": "Thêm các số bị chặn vào danh sách không gửi",
    "The report was saved to %1 but no program opened it.": "Đã lưu báo cáo vào %1 nhưng không có chương trình nào mở được.",
    "When, from the date": "Khi nào, tính từ ngày",
    "Days before the date": "Số ngày trước ngày hẹn",
    "The Zalo templates could not be read: %1": "Không đọc được các mẫu Zalo: %1",
    "Column for %1": "Cột cho %1",
    "Convert the text, or undo the conversion": "Chuyển đổi chữ, hoặc hoàn tác việc chuyển đổi",
    "For order confirmations, appointments, thanks. Sent under your brandname; the text must match a template registered with eSMS. About %1 per SMS part.": "Dùng để xác nhận đơn, nhắc lịch hẹn, cảm ơn. Gửi bằng brandname của bạn; nội dung phải khớp mẫu đã đăng ký với eSMS. Khoảng %1 mỗi phần SMS.",
    "For promotions to many customers at once: one text for everyone, 30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part.": "Dùng để khuyến mại cho nhiều khách cùng lúc: một nội dung chung, 30 đến 5.000 số mỗi lần, chỉ từ 7:00 đến 22:00. Khoảng %1 mỗi phần.",
    "A plain SMS from a number instead of your brandname. Cheapest, about %1 per part; some customers ignore unknown numbers.": "SMS gửi từ một số điện thoại thay cho brandname. Rẻ nhất, khoảng %1 mỗi phần; một số khách bỏ qua tin từ số lạ.",
    "A Zalo message from your Official Account using an approved ZNS template. About %1 per message, only to Zalo users.": "Tin Zalo từ Official Account của bạn theo mẫu ZNS đã duyệt. Khoảng %1 mỗi tin, chỉ tới người dùng Zalo.",
    "The message changed: checking again...": "Nội dung đã thay đổi: đang kiểm tra lại...",
}

# Segments and consent (issue 25).
VI.update(
    {
        "Only customers where": "Chỉ gửi cho khách có",
        "Segment column": "Cột để lọc khách",
        "Segment comparison": "Cách so sánh để lọc",
        "Segment value": "Giá trị để lọc",
        "value, e.g. VIP, 500000, 31/12/2025, -90d": "giá trị, ví dụ VIP, 500000, 31/12/2025, -90d",
        "Numbers compare as numbers, dates as dates (dd/mm/yyyy). -90d means 90 days before today.": "Số được so sánh như số, ngày như ngày (ngày/tháng/năm). -90d nghĩa là 90 ngày trước hôm nay.",
        "And...": "Và...",
        "Keep this condition and add another one": "Giữ điều kiện này và thêm một điều kiện nữa",
        "All customers": "Tất cả khách",
        "<= (at most / on or before)": "<= (tối đa / đến ngày)",
        ">= (at least / on or after)": ">= (ít nhất / từ ngày)",
        "!= (is not)": "!= (khác)",
        "= (is)": "= (là)",
        "~ (contains)": "~ (có chứa)",
        "< (less than / before)": "< (nhỏ hơn / trước ngày)",
        "> (more than / after)": "> (lớn hơn / sau ngày)",
        "Counting...": "Đang đếm...",
        "and": "và",
        "%1 of %2 customers meet %3; the others are not in this segment.": "%1 trên %2 khách thỏa %3; những khách còn lại không thuộc nhóm này.",
        "Every customer in my lists agreed to receive advertising": "Mọi khách trong danh sách của tôi đã đồng ý nhận quảng cáo",
        "Register this text as a template...": "Đăng ký nội dung này làm mẫu tin...",
        "Customer-care and fixed-number messages are delivered only when their text matches a template eSMS approved. This sends your text to eSMS for approval.": "Tin chăm sóc khách hàng và tin số cố định chỉ được gửi đi khi nội dung khớp một mẫu eSMS đã duyệt. Nút này gửi nội dung của bạn để eSMS duyệt.",
        "Send this text to eSMS for approval as a template of %1?": "Gửi nội dung này để eSMS duyệt làm mẫu tin của %1?",
        "Each {Column:length} may hold up to that many characters (the longest value in your list plus a margin). eSMS answers within hours to days.": "Mỗi {Cột:độ dài} chứa được tối đa chừng ấy ký tự (giá trị dài nhất trong danh sách cộng thêm một khoảng dư). eSMS trả lời trong vài giờ tới vài ngày.",
        "Register a template": "Đăng ký mẫu tin",
        "Sending to eSMS...": "Đang gửi tới eSMS...",
        "Template request %1: %2": "Yêu cầu đăng ký mẫu %1: %2",
        "Saved messages:": "Tin đã lưu:",
        "Use": "Dùng",
        "name, e.g. Thanks for the order": "tên, ví dụ Cảm ơn đơn hàng",
        "Save this message": "Lưu tin này",
        "Saved.": "Đã lưu.",
        "Warn when the balance is under": "Cảnh báo khi số dư dưới",
        "never": "không bao giờ",
        "Law 91/2025 on personal data allows advertising only to people who agreed. Tick this only if you hold that consent for every customer; a list with a consent column (Đồng ý nhận quảng cáo) is still read row by row.": "Luật 91/2025 về dữ liệu cá nhân chỉ cho gửi quảng cáo tới người đã đồng ý. Chỉ đánh dấu khi bạn có sự đồng ý của mọi khách; danh sách có cột đồng ý (Đồng ý nhận quảng cáo) vẫn được đọc từng dòng.",
    }
)

# What the window says after an outside trial at 1024x700 (the tiles, the counter, the
# old-encoding bar, the Customers page's problem line).
VI.update(
    {
        "Cannot send yet: fix the first problem below": "Chưa gửi được: hãy sửa vấn đề đầu tiên bên dưới",
        "Cannot send yet: fix the first %1 problems below": "Chưa gửi được: hãy sửa %1 vấn đề đầu tiên bên dưới",
        "Nothing to send: every customer was left out": "Không có tin nào để gửi: mọi khách đều bị bỏ ra",
        "Each message: %1 SMS part(s), up to %2 characters, %3": "Mỗi tin: %1 phần SMS, dài nhất %2 ký tự, %3",
        "Each message: %1 to %2 SMS parts (the longest: row %3, %4 characters), %5": "Mỗi tin: từ %1 đến %2 phần SMS (dài nhất: dòng %3, %4 ký tự), %5",
        "this customer's: %1 part(s)": "tin của khách này: %1 phần",
        "Unicode (with diacritics) for %1 customers": "có dấu (Unicode) với %1 khách",
        "Row %1 (%2): %3": "Dòng %1 (%2): %3",
        "Row %1 (%2): no problem.": "Dòng %1 (%2): không có vấn đề gì.",
        "Select a row to read its problem in full here.": "Chọn một dòng để đọc đầy đủ vấn đề của dòng đó ở đây.",
        'This file seems to be in %1, an old Vietnamese encoding: names would be sent garbled, so %2 rows are held back (marked "Cannot send" below). Convert the text?': 'File có vẻ lưu bằng bảng mã cũ %1: tên khách sẽ bị lỗi font khi gửi, nên %2 dòng đang bị giữ lại (ghi "Không gửi được" bên dưới). Chuyển đổi chữ trong file?',
        "This file seems to be in %1, an old Vietnamese encoding; the message does not use its garbled cells, so no row is held back. Convert the text anyway?": "File có vẻ lưu bằng bảng mã cũ %1; nội dung tin không dùng các ô bị lỗi font, nên không dòng nào bị giữ lại. Vẫn chuyển đổi chữ trong file?",
    }
)

# The Account page's line for each Zalo OA: whole sentences, the OA's name and the
# quality words (the core's, shared with the check's warning) filled in.
VI.update(
    {
        "Zalo OA %1: quality not available now.": "Zalo OA %1: chưa xem được chất lượng.",
        "Zalo OA %1: quality %2, both over the last 48 hours and over 7 days.": "Zalo OA %1: chất lượng %2, cả trong 48 giờ qua và 7 ngày qua.",
        "Zalo OA %1: quality %2 over the last 48 hours, %3 over 7 days.": "Zalo OA %1: chất lượng %2 trong 48 giờ qua, %3 trong 7 ngày qua.",
        "1 customer rating in 30 days: %2 stars.": "1 lượt khách đánh giá trong 30 ngày qua: %2 sao.",
        "%1 customer ratings in 30 days: %2 stars on average, %3 of 1-2 stars.": "%1 lượt khách đánh giá trong 30 ngày qua: trung bình %2 sao, %3 lượt 1-2 sao.",
        "Zalo lowers the quota of a poor OA and may block its messages.": "Zalo giảm hạn mức và có thể chặn tin của OA chất lượng kém.",
    }
)


# Mnemonics (Alt+letter): a plain letter of the word, none twice on a page
# (tests/test_gui_mnemonics.py); and the diagnose dialog's copy for support.
VI.update(
    {
        "&Where do I find my API key?": "Tìm khóa AP&I ở đâu?",
        "&Save keys": "&Lưu khóa",
        "&Remove account": "&Xóa tài khoản",
        "&Test connection": "Kiểm t&ra kết nối",
        "&Check with eSMS": "Kiểm tra với e&SMS",
        "&Account name": "&Tên tài khoản",
        "A&piKey": "A&piKey",
        "Secret&Key": "Secret&Key",
        "&Open customer file...": "&Mở file khách hàng...",
        "Use the &sample file": "Dùng &file mẫu",
        "Use the a&ppointment sample": "Dùng file mẫu &lịch hẹn",
        "Do-no&t-send list...": "&Danh sách không gửi...",
        "&Next: write the message": "&Tiếp: soạn tin nhắn",
        "&Undo": "&Hoàn tác",
        "&Convert": "&Chuyển đổi",
        "An&d...": "&Và...",
        "&All customers": "Tất cả &khách",
        "Use the sa&mple message": "Dùng tin nhắn &mẫu",
        "&Use": "&Dùng",
        "Sa&ve this message": "Lưu t&in này",
        "Use this &template": "Dùng mẫu nà&y",
        "&Insert column": "&Chèn cột",
        "&Remove diacritics": "&Bỏ dấu",
        "Send without diacritics (c&heaper)": "Gửi không dấu (rẻ &hơn)",
        "Re&gister this text as a template...": "Đăng &ký nội dung này làm mẫu tin...",
        "Test &only (sandbox: checked by eSMS, not sent)": "Chỉ &thử (sandbox: eSMS kiểm tra, không gửi)",
        "&Check and see the price": "Kiểm tra và &xem giá",
        "&Send %1 messages...": "&Gửi %1 tin...",
        "Send &at %1 instead": "Hẹn gửi &lúc %1",
        "Send to them once mor&e": "Vẫn gửi cho họ thêm lần nữ&a",
        "&Kind of message": "L&oại tin",
        "&Brandname": "B&randname",
        "Te&xt": "Nội d&ung",
        "Shop's &Zalo page (OA)": "Trang &Zalo của shop (OA)",
        "ZNS tem&plate": "Mẫu ZN&S",
        "&Send now": "&Gửi ngay",
        "&Pause": "&Tạm dừng",
        "&Resume": "Gửi t&iếp",
        "&Cancel the rest": "&Hủy phần còn lại",
        "Sa&ve report...": "Lưu &báo cáo...",
        "Send to failures &again": "Gửi &lại các tin lỗi",
        "Send to the failure &again": "Gửi &lại tin lỗi",
        "Send to %1 failures &again": "Gửi &lại %1 tin lỗi",
        "&Open report": "&Mở báo cáo",
        "&New campaign": "&Chiến dịch mới",
        "A&dd 1 blocked number to the do-not-send list": "Thêm 1 số bị chặn vào &danh sách không gửi",
        "A&dd %1 blocked numbers to the do-not-send list": "Thêm %1 số bị chặn vào &danh sách không gửi",
        "&Go to the Message page": "&Sang trang Nội dung",
        "Re&fresh delivery": "&Cập nhật trạng thái giao tin",
        "&Resume sending": "Gửi t&iếp",
        "&Stop for good...": "&Dừng hẳn...",
        "Settle &unconfirmed...": "Xử lý &tin chưa xác nhận...",
        "&Delete": "&Xóa",
        "&Open the sample list": "&Mở danh sách mẫu",
        "&Copy for support": "&Chép để gửi hỗ trợ",
        "Copied: paste it in a message to support": "Đã chép: hãy dán vào tin nhắn gửi bộ phận hỗ trợ",
    }
)


# The check Send offers is the check shown, of the file as it is (gui/pages/send.py,
# gui/pages/message_check.py).
VI.update(
    {
        "The check changed while you were asked: nothing was sent. Read the new count and "
        "price, then press Send again.": "Kết quả kiểm tra đã thay đổi trong lúc hỏi: chưa tin nào "
        "được gửi. Hãy xem lại số tin và giá mới, rồi bấm Gửi lần nữa.",
        "%1 was saved again, replaced or removed since it was checked: nothing was sent. It is "
        "read and checked again; press Send once the new check shows.": "%1 đã được lưu lại, thay "
        "bằng tệp khác hoặc bị xóa sau lúc kiểm tra: chưa tin nào được gửi. Ứng dụng đang đọc và "
        "kiểm tra lại tệp; hãy bấm Gửi khi kết quả mới hiện ra.",
        "The check was out of date: checking again...": "Kết quả kiểm tra đã cũ: đang kiểm tra "
        "lại...",
        "The customer list is being read: checking next.": "Đang đọc danh sách khách hàng: sẽ "
        "kiểm tra ngay sau đó.",
        "%1 was saved again, replaced or removed since it was read: reading it again, then "
        "checking.": "%1 đã được lưu lại, thay bằng tệp khác hoặc bị xóa sau lúc đọc: đang đọc "
        "lại, rồi kiểm tra.",
    }
)


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "esms_desktop" / "gui").rglob("*.py"))]


def ts_path(lang: str) -> Path:
    return FOLDER / f"esms_desktop_{lang}.ts"


def lupdate(target: Path) -> None:
    subprocess.run(
        ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(path: Path, lang: str) -> list[str]:
    """Fill empty translations; returns the sources still without one."""
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", {"vi": "vi_VN", "en": "en_US"}[lang])
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if (translation.text or "").strip() and translation.get("type") != "unfinished":
            continue
        text = source if lang == "en" else VI.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(path: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", str(path), "-qm", str(path.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    missing_all = []
    for lang in ("vi", "en"):
        path = ts_path(lang)
        lupdate(path)
        missing_all += fill(path, lang)
        lrelease(path)
    # Qt's own texts in Vietnamese: a hand-written file, only compiled here.
    lrelease(FOLDER / "qt_vi.ts")
    for text in missing_all:
        print(f"no translation: {text!r}", file=sys.stderr)
    return 1 if missing_all else 0


if __name__ == "__main__":
    sys.exit(main())
