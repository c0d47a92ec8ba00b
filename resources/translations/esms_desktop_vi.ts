<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
  <context>
    <name>AccountHealth</name>
    <message>
      <source>Warn when the balance is under</source>
      <translation>Cảnh báo khi số dư dưới</translation>
    </message>
    <message>
      <source>never</source>
      <translation>không bao giờ</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality not available now.</source>
      <translation>Zalo OA %1: chưa xem được chất lượng.</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality %2, both over the last 48 hours and over 7 days.</source>
      <translation>Zalo OA %1: chất lượng %2, cả trong 48 giờ qua và 7 ngày qua.</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality %2 over the last 48 hours, %3 over 7 days.</source>
      <translation>Zalo OA %1: chất lượng %2 trong 48 giờ qua, %3 trong 7 ngày qua.</translation>
    </message>
    <message>
      <source>1 customer rating in 30 days: %2 stars.</source>
      <translation>1 lượt khách đánh giá trong 30 ngày qua: %2 sao.</translation>
    </message>
    <message>
      <source>%1 customer ratings in 30 days: %2 stars on average, %3 of 1-2 stars.</source>
      <translation>%1 lượt khách đánh giá trong 30 ngày qua: trung bình %2 sao, %3 lượt 1-2 sao.</translation>
    </message>
    <message>
      <source>Zalo lowers the quota of a poor OA and may block its messages.</source>
      <translation>Zalo giảm hạn mức và có thể chặn tin của OA chất lượng kém.</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>Your eSMS account</source>
      <extracomment>Account look-ups asked for: only the latest one's answer is shown. What "Connected" said of the account (kept above a later "Check with eSMS"), and what is said under it of the keys in use (not saved).</extracomment>
      <translation>Tài khoản eSMS của bạn</translation>
    </message>
    <message>
      <source>Demo mode: the app talks to a built-in stand-in for eSMS. Nothing is sent and no money is spent. Press Test connection to see the demo account.</source>
      <translation>Chế độ dùng thử: ứng dụng làm việc với một eSMS giả lập có sẵn. Không tin nào được gửi, không tốn tiền. Bấm Kiểm tra kết nối để xem tài khoản mẫu.</translation>
    </message>
    <message>
      <source>Copy the ApiKey and SecretKey from the eSMS dashboard (API settings). They are kept only in this computer's password store, never in a file.</source>
      <translation>Sao chép ApiKey và SecretKey từ trang quản trị eSMS (mục Cấu hình API). Khóa chỉ được cất trong kho mật khẩu của máy tính này, không bao giờ ghi ra file.</translation>
    </message>
    <message>
      <source>Sign in at esms.vn, click your avatar (top right), then Quản lý API (API management). Copy the ApiKey and the SecretKey shown there into the boxes below and press Save keys.</source>
      <translation>Đăng nhập esms.vn, bấm vào ảnh đại diện (góc trên bên phải), chọn Quản lý API. Sao chép ApiKey và SecretKey ở đó vào các ô bên dưới rồi bấm Lưu khóa.</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>Tài khoản dùng thử</translation>
    </message>
    <message>
      <source>e.g. My shop</source>
      <translation>ví dụ: Shop của tôi</translation>
    </message>
    <message>
      <source>Remove account</source>
      <translation>Xóa tài khoản</translation>
    </message>
    <message>
      <source>Check with eSMS</source>
      <translation>Kiểm tra với eSMS</translation>
    </message>
    <message>
      <source>Checks that eSMS answers the way this app expects, with free look-ups and test sends that are neither delivered nor charged. The result can be sent to support; it contains no key.</source>
      <translation>Kiểm tra eSMS có trả lời đúng như ứng dụng mong đợi không, bằng các lệnh tra cứu miễn phí và tin gửi thử (không đến máy khách, không tính tiền). Có thể gửi kết quả cho bộ phận hỗ trợ; kết quả không chứa khóa.</translation>
    </message>
    <message>
      <source>&amp;Where do I find my API key?</source>
      <translation>Tìm khóa AP&amp;I ở đâu?</translation>
    </message>
    <message>
      <source>&amp;Account name</source>
      <translation>&amp;Tên tài khoản</translation>
    </message>
    <message>
      <source>A&amp;piKey</source>
      <translation>A&amp;piKey</translation>
    </message>
    <message>
      <source>Secret&amp;Key</source>
      <translation>Secret&amp;Key</translation>
    </message>
    <message>
      <source>&amp;Save keys</source>
      <translation>&amp;Lưu khóa</translation>
    </message>
    <message>
      <source>&amp;Remove account</source>
      <translation>&amp;Xóa tài khoản</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>Kiểm t&amp;ra kết nối</translation>
    </message>
    <message>
      <source>&amp;Check with eSMS</source>
      <translation>Kiểm tra với e&amp;SMS</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Số dư</translation>
    </message>
    <message>
      <source>Brandnames</source>
      <translation>Brandname</translation>
    </message>
    <message>
      <source>Zalo Official Accounts</source>
      <translation>OA Zalo</translation>
    </message>
    <message>
      <source>Registered templates</source>
      <translation>Mẫu tin đã đăng ký</translation>
    </message>
    <message>
      <source>Using the keys from ESMS_API_KEY and ESMS_SECRET_KEY.</source>
      <translation>Đang dùng khóa từ ESMS_API_KEY và ESMS_SECRET_KEY.</translation>
    </message>
    <message>
      <source>Type the ApiKey and SecretKey on the Account page.</source>
      <translation>Nhập ApiKey và SecretKey ở mục Tài khoản.</translation>
    </message>
    <message>
      <source>Give the account a name first.</source>
      <translation>Hãy đặt tên cho tài khoản trước.</translation>
    </message>
    <message>
      <source>Saving the keys in the system password store...</source>
      <translation>Đang lưu khóa vào kho mật khẩu của máy...</translation>
    </message>
    <message>
      <source>The keys are used until the app closes; they were not saved.</source>
      <translation>Khóa vừa nhập được dùng tới khi đóng ứng dụng; khóa chưa được lưu.</translation>
    </message>
    <message>
      <source>Keys saved in the system password store.</source>
      <translation>Đã lưu khóa vào kho mật khẩu của máy.</translation>
    </message>
    <message>
      <source>Reading the keys from the system password store...</source>
      <translation>Đang đọc khóa từ kho mật khẩu của máy...</translation>
    </message>
    <message>
      <source>Not finished, and started with this account: campaign %1. Without its keys it cannot be sent on; save the same keys again (any name) to finish it.</source>
      <translation>Chưa gửi xong, và được bắt đầu bằng tài khoản này: chiến dịch %1. Không có khóa của tài khoản này thì không gửi tiếp được; lưu lại đúng khóa đó (tên nào cũng được) để gửi nốt.</translation>
    </message>
    <message>
      <source>Type the ApiKey and SecretKey above first (eSMS dashboard, API settings).</source>
      <translation>Hãy nhập ApiKey và SecretKey ở trên trước (trang quản trị eSMS, mục Cấu hình API).</translation>
    </message>
    <message>
      <source>This computer's clock is %1 minutes behind eSMS's.</source>
      <translation>Đồng hồ máy tính này chậm hơn đồng hồ của eSMS %1 phút.</translation>
    </message>
    <message>
      <source>This computer's clock is %1 minutes ahead of eSMS's.</source>
      <translation>Đồng hồ máy tính này nhanh hơn đồng hồ của eSMS %1 phút.</translation>
    </message>
    <message>
      <source>Turn on "Set time automatically" in the computer's date and time settings: advertising hours and send times are judged by this clock.</source>
      <translation>Hãy bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của máy tính: giờ được gửi quảng cáo và giờ hẹn gửi đều tính theo đồng hồ này.</translation>
    </message>
    <message>
      <source>Checking with eSMS (free look-ups and test sends)...</source>
      <translation>Đang kiểm tra với eSMS (tra cứu miễn phí và tin gửi thử)...</translation>
    </message>
    <message>
      <source>No keys are saved for this account.</source>
      <translation>Tài khoản này chưa có khóa nào được lưu.</translation>
    </message>
    <message>
      <source>For your own eSMS account, close the demo and open eSMS Desktop without "demo" in its name: the demo's campaigns and do-not-send list stay apart.</source>
      <translation>Để dùng tài khoản eSMS của bạn, đóng bản dùng thử rồi mở eSMS Desktop không có chữ "dùng thử" trong tên: chiến dịch và danh sách không gửi của bản dùng thử được để riêng.</translation>
    </message>
    <message>
      <source>Remove the saved keys of %1 from this computer?</source>
      <translation>Xóa khóa đã lưu của %1 khỏi máy này?</translation>
    </message>
    <message>
      <source>Account removed.</source>
      <translation>Đã xóa tài khoản.</translation>
    </message>
    <message>
      <source>Asking eSMS...</source>
      <translation>Đang hỏi eSMS...</translation>
    </message>
    <message>
      <source>advertising</source>
      <translation>quảng cáo</translation>
    </message>
    <message>
      <source>customer care</source>
      <translation>chăm sóc khách hàng</translation>
    </message>
    <message>
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <source>Connected. Balance: %1
Brandnames: %2
Zalo OAs: %3</source>
      <translation>Đã kết nối. Số dư: %1
Brandname: %2
OA Zalo: %3</translation>
    </message>
  </context>
  <context>
    <name>CampaignNotes</name>
    <message>
      <source>eSMS holds %1 of these messages to send later (the next at %2, Vietnam time). The app cannot take them back: to cancel them, use eSMS's website (its list of scheduled messages).</source>
      <translation>eSMS đang giữ %1 tin của chiến dịch này để gửi sau (tin gần nhất lúc %2, giờ Việt Nam). Ứng dụng không rút lại được: muốn hủy, hãy vào trang web eSMS (danh sách tin hẹn giờ).</translation>
    </message>
    <message>
      <source>Send to the failure &amp;again</source>
      <translation>Gửi &amp;lại tin lỗi</translation>
    </message>
    <message>
      <source>Send to %1 failures &amp;again</source>
      <translation>Gửi &amp;lại %1 tin lỗi</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Gửi &amp;lại các tin lỗi</translation>
    </message>
    <message>
      <source>Delivered: %1. Not delivered: %2. Still waiting: %3.</source>
      <translation>Đã đến máy: %1. Không đến được: %2. Đang chờ: %3.</translation>
    </message>
    <message>
      <source>Of those waiting, %1: Zalo could not reach them and eSMS has no record yet of the SMS it sends instead. The app keeps looking and never sends them again by itself; each row says what you can do.</source>
      <translation>Trong số đang chờ, %1 tin: Zalo không tới được và eSMS chưa có tin SMS gửi thay. Ứng dụng vẫn tiếp tục tìm và không tự gửi lại; mỗi dòng có hướng dẫn việc bạn có thể làm.</translation>
    </message>
    <message>
      <source>Send again 1 message that can go through now, for about %1?</source>
      <translation>Gửi lại 1 tin có thể gửi được lúc này, khoảng %1?</translation>
    </message>
    <message>
      <source>Send again %1 messages that can go through now, for about %2?</source>
      <translation>Gửi lại %1 tin có thể gửi được lúc này, khoảng %2?</translation>
    </message>
  </context>
  <context>
    <name>CampaignStop</name>
    <message>
      <source>Stop campaign %1 (%2) for good? Messages not sent yet: %3. They will never be sent; what was sent stays sent.</source>
      <translation>Dừng hẳn chiến dịch %1 (%2)? Số tin chưa gửi: %3. Các tin này sẽ không bao giờ được gửi; tin đã gửi vẫn giữ nguyên.</translation>
    </message>
    <message>
      <source>Stop for good</source>
      <translation>Dừng hẳn</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Giữ lại</translation>
    </message>
    <message>
      <source>Campaign %1 stopped. Messages that will not be sent: %2.</source>
      <translation>Đã dừng hẳn chiến dịch %1. Số tin sẽ không gửi: %2.</translation>
    </message>
    <message>
      <source>May have reached eSMS: %1; 'Settle unconfirmed...' tells which did. None is sent again.</source>
      <translation>Có thể đã tới eSMS: %1 tin; bấm 'Xử lý tin chưa xác nhận...' để biết tin nào đã tới. Không tin nào bị gửi lại.</translation>
    </message>
    <message>
      <source>Delete campaign %1 (%2)? It sent nothing.</source>
      <translation>Xóa chiến dịch %1 (%2)? Chiến dịch này chưa gửi tin nào.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Campaign deleted.</source>
      <translation>Đã xóa chiến dịch.</translation>
    </message>
  </context>
  <context>
    <name>ConsentCheck</name>
    <message>
      <source>Every customer in my lists agreed to receive advertising</source>
      <extracomment>The setting changed: a check made before no longer describes the campaign.</extracomment>
      <translation>Mọi khách trong danh sách của tôi đã đồng ý nhận quảng cáo</translation>
    </message>
    <message>
      <source>Law 91/2025 on personal data allows advertising only to people who agreed. Tick this only if you hold that consent for every customer; a list with a consent column (Đồng ý nhận quảng cáo) is still read row by row.</source>
      <translation>Luật 91/2025 về dữ liệu cá nhân chỉ cho gửi quảng cáo tới người đã đồng ý. Chỉ đánh dấu khi bạn có sự đồng ý của mọi khách; danh sách có cột đồng ý (Đồng ý nhận quảng cáo) vẫn được đọc từng dòng.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryRefresh</name>
    <message>
      <source>Asking eSMS about delivery...</source>
      <extracomment>Said as a campaign's (id) status line. (campaign, done, total), emitted on the worker thread. The campaign being refreshed (progress of an earlier one is not said).</extracomment>
      <translation>Đang hỏi eSMS kết quả giao tin...</translation>
    </message>
    <message>
      <source>Asking eSMS about delivery: %1 of %2 looked up...</source>
      <translation>Đang hỏi eSMS về tình trạng giao tin: đã xem %1 / %2...</translation>
    </message>
  </context>
  <context>
    <name>FailuresModel</name>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Chuyện gì xảy ra</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Nên làm gì</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>No.</source>
      <extracomment>The column that takes the width the numbers leave. Columns of words (created, name, channel, state): they share what the numbers leave. The channel and the state: whole, on two lines if need be.</extracomment>
      <translation>Số</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Tạo lúc</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Loại tin</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Không gửi</translation>
    </message>
    <message>
      <source>Not sent yet</source>
      <translation>Chưa gửi</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Đã đến máy</translation>
    </message>
    <message>
      <source>Cost (VND)</source>
      <translation>Chi phí (đ)</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Đang gửi</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <source>Paused: %1</source>
      <translation>Tạm dừng: %1</translation>
    </message>
    <message>
      <source>(%1 may have reached eSMS)</source>
      <translation>(%1 tin có thể đã tới eSMS)</translation>
    </message>
    <message>
      <source>%1 scheduled, next %2</source>
      <translation>%1 tin hẹn giờ, tin tới lúc %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <source>History</source>
      <extracomment>A campaign to (re)send: emitted with its id for the Send page. The empty state's action: make a first campaign (from the Customers page). The campaigns were read and shown (tests, benchmarks). "Send again" ended without a new campaign (declined, nothing to send, failed). Counts the reads of messages for the table: only the latest one is shown. Counts the reads of the campaigns: only the latest one is shown. The window closed: results still on their way are dropped. The campaign whose messages the lower table shows (or is reading). The selected campaign's id for which "Delete" is allowed (read off the window). "Send again" is planning or writing a campaign. How many failures of the campaign shown "Send again" sends, as last read. The campaign the status line speaks of (None: of none in particular): the line goes when another campaign is selected.</extracomment>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Gửi &amp;lại các tin lỗi</translation>
    </message>
    <message>
      <source>What was not sent yet is never sent.</source>
      <translation>Tin nào chưa gửi sẽ không bao giờ được gửi.</translation>
    </message>
    <message>
      <source>Only a campaign that sent nothing can be deleted.</source>
      <translation>Chỉ xóa được chiến dịch chưa gửi tin nào.</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Chiến dịch</translation>
    </message>
    <message>
      <source>Messages of the selected campaign</source>
      <translation>Các tin của chiến dịch đang chọn</translation>
    </message>
    <message>
      <source>No campaign yet</source>
      <translation>Chưa có chiến dịch nào</translation>
    </message>
    <message>
      <source>Every campaign you send is listed here, with each customer's result and delivery. Start with your customer list.</source>
      <translation>Mỗi chiến dịch bạn gửi đều hiện ở đây, kèm kết quả và tình trạng đến máy của từng khách. Hãy bắt đầu với danh sách khách hàng.</translation>
    </message>
    <message>
      <source>Re&amp;fresh delivery</source>
      <extracomment>Why "Send again" is off for the selected campaign (its failures would fail again).</extracomment>
      <translation>&amp;Cập nhật trạng thái giao tin</translation>
    </message>
    <message>
      <source>Sa&amp;ve report...</source>
      <translation>Lưu &amp;báo cáo...</translation>
    </message>
    <message>
      <source>&amp;Resume sending</source>
      <translation>Gửi t&amp;iếp</translation>
    </message>
    <message>
      <source>&amp;Stop for good...</source>
      <translation>&amp;Dừng hẳn...</translation>
    </message>
    <message>
      <source>Settle &amp;unconfirmed...</source>
      <translation>Xử lý &amp;tin chưa xác nhận...</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Open a customer list</source>
      <translation>Mở danh sách khách hàng</translation>
    </message>
    <message>
      <source>&amp;Open the sample list</source>
      <translation>&amp;Mở danh sách mẫu</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <source>Saving the report...</source>
      <translation>Đang lưu báo cáo...</translation>
    </message>
    <message>
      <source>Report saved: %1</source>
      <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
      <source>%1 (sent again)</source>
      <translation>%1 (gửi lại)</translation>
    </message>
    <message>
      <source>Nothing in this campaign is worth sending again: the failures would fail the same way.</source>
      <translation>Không có tin nào nên gửi lại: các tin lỗi sẽ lại lỗi như cũ.</translation>
    </message>
    <message>
      <source>Already sent again, by campaign %1: nothing is sent twice.</source>
      <translation>Đã gửi lại ở chiến dịch %1: không tin nào bị gửi hai lần.</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Gửi lại</translation>
    </message>
    <message>
      <source>Looking the messages up in eSMS's sent list...</source>
      <translation>Đang tìm các tin trong danh sách đã gửi của eSMS...</translation>
    </message>
  </context>
  <context>
    <name>LegacyTextBar</name>
    <message>
      <source>Convert the text, or undo the conversion</source>
      <translation>Chuyển đổi chữ, hoặc hoàn tác việc chuyển đổi</translation>
    </message>
    <message>
      <source>Converted %1 cells from %2 to normal Vietnamese text.</source>
      <translation>Đã chuyển %1 ô từ bảng mã %2 sang chữ tiếng Việt chuẩn.</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Convert</source>
      <translation>&amp;Chuyển đổi</translation>
    </message>
    <message>
      <source>This file seems to be in %1, an old Vietnamese encoding: names would be sent garbled, so %2 rows are held back (marked "Cannot send" below). Convert the text?</source>
      <translation>File có vẻ lưu bằng bảng mã cũ %1: tên khách sẽ bị lỗi font khi gửi, nên %2 dòng đang bị giữ lại (ghi "Không gửi được" bên dưới). Chuyển đổi chữ trong file?</translation>
    </message>
    <message>
      <source>This file seems to be in %1, an old Vietnamese encoding; the message does not use its garbled cells, so no row is held back. Convert the text anyway?</source>
      <translation>File có vẻ lưu bằng bảng mã cũ %1; nội dung tin không dùng các ô bị lỗi font, nên không dòng nào bị giữ lại. Vẫn chuyển đổi chữ trong file?</translation>
    </message>
  </context>
  <context>
    <name>LibraryBox</name>
    <message>
      <source>Saved messages:</source>
      <extracomment>A saved message was picked: the form should show it. The library was read again (for tests). What the form holds now, as an entry without a name. The entry the form was last filled from or saved as.</extracomment>
      <translation>Tin đã lưu:</translation>
    </message>
    <message>
      <source>&amp;Use</source>
      <translation>&amp;Dùng</translation>
    </message>
    <message>
      <source>Sa&amp;ve this message</source>
      <translation>Lưu t&amp;in này</translation>
    </message>
    <message>
      <source>name, e.g. Thanks for the order</source>
      <translation>tên, ví dụ Cảm ơn đơn hàng</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>DEMO - no real messages are sent, no money is spent</source>
      <extracomment>Emitted once, when the window has painted itself (or a second has passed), before its pages exist: time to build them. The pages are built and the window is ready for use. Longest wait for the first paint (a window started minimised paints late).</extracomment>
      <translation>DÙNG THỬ - không gửi tin thật, không tốn tiền</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Các bước</translation>
    </message>
    <message>
      <source>1. Account</source>
      <translation>1. Tài khoản</translation>
    </message>
    <message>
      <source>2. Customers</source>
      <translation>2. Khách hàng</translation>
    </message>
    <message>
      <source>3. Message</source>
      <translation>3. Nội dung</translation>
    </message>
    <message>
      <source>4. Send</source>
      <translation>4. Gửi tin</translation>
    </message>
    <message>
      <source>5. History</source>
      <translation>5. Lịch sử</translation>
    </message>
    <message>
      <source>Opening...</source>
      <extracomment>True while a check that allows sending is current (the Send step says so).</extracomment>
      <translation>Đang mở...</translation>
    </message>
    <message>
      <source>Demo account: try the sample file on the Customers page.</source>
      <translation>Tài khoản dùng thử: hãy mở file mẫu ở trang Khách hàng.</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
      <source>Checked: ready to send</source>
      <translation>Đã kiểm tra: sẵn sàng gửi</translation>
    </message>
    <message>
      <source>%1: put into campaign %2 (see the Send and History pages).</source>
      <translation>%1: đã đưa vào chiến dịch %2 (xem trang Gửi tin và Lịch sử).</translation>
    </message>
    <message>
      <source>%1: the check found problems that stop sending.</source>
      <translation>%1: bước kiểm tra thấy lỗi chặn việc gửi.</translation>
    </message>
    <message>
      <source>%1: %2 messages can be sent after the check.</source>
      <translation>%1: sau khi kiểm tra, có thể gửi %2 tin.</translation>
    </message>
    <message>
      <source>%1: %2 customers ready to send.</source>
      <translation>%1: %2 khách sẵn sàng để gửi.</translation>
    </message>
    <message>
      <source>The newest backup of the journal is back.</source>
      <translation>Đã khôi phục bản sao lưu mới nhất của nhật ký gửi.</translation>
    </message>
    <message>
      <source>The sending journal is missing. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</source>
      <translation>Không thấy nhật ký gửi tin. Khôi phục bản sao lưu mới nhất? Các chiến dịch sau bản sao lưu đó sẽ không có trong Lịch sử; tin đã gửi sẽ không bị gửi lại.</translation>
    </message>
    <message>
      <source>The sending journal is damaged. It is kept as it is. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</source>
      <translation>Nhật ký gửi tin bị hỏng và được giữ nguyên. Khôi phục bản sao lưu gần nhất? Các chiến dịch sau bản sao lưu đó sẽ không có trong Lịch sử; tin đã gửi sẽ không bị gửi lại.</translation>
    </message>
    <message>
      <source>Unfinished sending</source>
      <translation>Chưa gửi xong</translation>
    </message>
    <message>
      <source>Some campaigns were not finished: %1. Messages already sent will not be sent again. Continue sending now?</source>
      <translation>Có chiến dịch chưa gửi xong: %1. Tin đã gửi sẽ không bị gửi lại. Gửi tiếp ngay bây giờ?</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Đang gửi</translation>
    </message>
    <message>
      <source>Messages are being sent. Pause and close? You can resume later; nothing is sent twice.</source>
      <translation>Đang gửi tin. Tạm dừng và đóng? Bạn có thể gửi tiếp sau; không tin nào bị gửi hai lần.</translation>
    </message>
    <message>
      <source>Pause and close</source>
      <translation>Tạm dừng và đóng</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Tiếp tục gửi</translation>
    </message>
    <message>
      <source>Pausing: the requests already on their way to eSMS are recorded first.</source>
      <translation>Đang tạm dừng: các yêu cầu đang trên đường tới eSMS được ghi lại trước.</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <source>Close the message</source>
      <translation>Đóng thông báo</translation>
    </message>
  </context>
  <context>
    <name>MessageCheck</name>
    <message>
      <source>The message changed: checking again...</source>
      <extracomment>Milliseconds without an edit before a check that an edit made stale runs again. Rows left out because their number got this very text already: "Send to them once more" offers to send it all the same. The next time advertising may be sent, offered by the schedule button. The inputs for which the user asked to send again to whoever got the same text in the last 24 hours: any other text or list is checked without it. The campaign the check shown was sent as (once it was). The inputs of the last check asked for, and of the one shown (None: none). After an edit, the check runs again by itself once typing pauses.</extracomment>
      <translation>Nội dung đã thay đổi: đang kiểm tra lại...</translation>
    </message>
    <message>
      <source>Open a customer file first (Customers page).</source>
      <translation>Hãy mở file khách hàng trước (trang Khách hàng).</translation>
    </message>
    <message>
      <source>Checking...</source>
      <translation>Đang kiểm tra...</translation>
    </message>
    <message>
      <source>The customer list is being read: checking next.</source>
      <translation>Đang đọc danh sách khách hàng: sẽ kiểm tra ngay sau đó.</translation>
    </message>
    <message>
      <source>Messages per send day: %1%2; eSMS holds them until then: the computer may be off.</source>
      <translation>Số tin theo ngày gửi: %1%2; eSMS giữ tin tới giờ gửi: có thể tắt máy tính.</translation>
    </message>
    <message>
      <source>No problems found in the list and the message; the rest could not be checked.</source>
      <translation>Không thấy lỗi trong danh sách và nội dung; phần còn lại chưa kiểm tra được.</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>Không thấy lỗi nào.</translation>
    </message>
    <message>
      <source>(approximate)</source>
      <translation>(ước tính)</translation>
    </message>
    <message>
      <source>Cannot send yet</source>
      <translation>Chưa gửi được</translation>
    </message>
    <message>
      <source>Ready to send</source>
      <translation>Có thể gửi</translation>
    </message>
    <message>
      <source>%1 messages, price about %2%3. Balance: %4. %5</source>
      <translation>%1 tin, giá khoảng %2%3. Số dư: %4. %5</translation>
    </message>
    <message>
      <source>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</source>
      <translation>Đó là số tiền cao nhất: khách nào Zalo không gửi tới được sẽ nhận thêm tin SMS, tính tiền như tin SMS.</translation>
    </message>
    <message>
      <source>Send &amp;at %1 instead</source>
      <translation>Hẹn gửi &amp;lúc %1</translation>
    </message>
    <message>
      <source>&amp;Send %1 messages...</source>
      <translation>&amp;Gửi %1 tin...</translation>
    </message>
    <message>
      <source>Put into campaign %1</source>
      <translation>Đã đưa vào chiến dịch %1</translation>
    </message>
    <message>
      <source>%1 was saved again, replaced or removed since it was read: reading it again, then checking.</source>
      <translation>%1 đã được lưu lại, thay bằng tệp khác hoặc bị xóa sau lúc đọc: đang đọc lại, rồi kiểm tra.</translation>
    </message>
    <message>
      <source>Cannot send yet: fix the first problem below</source>
      <translation>Chưa gửi được: hãy sửa vấn đề đầu tiên bên dưới</translation>
    </message>
    <message>
      <source>Cannot send yet: fix the first %1 problems below</source>
      <translation>Chưa gửi được: hãy sửa %1 vấn đề đầu tiên bên dưới</translation>
    </message>
    <message>
      <source>Nothing to send: every customer was left out</source>
      <translation>Không có tin nào để gửi: mọi khách đều bị bỏ ra</translation>
    </message>
  </context>
  <context>
    <name>MessageForm</name>
    <message>
      <source>Message</source>
      <extracomment>The check finished (blocked or not); the Send page can go on. "Send N messages..." after a check that allows sending: the Send page asks and sends.</extracomment>
      <translation>Nội dung tin</translation>
    </message>
    <message>
      <source>A thank-you message for the sample list, as the demo account registered it.</source>
      <translation>Một tin cảm ơn cho danh sách mẫu, đúng mẫu tài khoản dùng thử đã đăng ký.</translation>
    </message>
    <message>
      <source>Write the message. {Column name} is replaced by that column of each row.</source>
      <translation>Viết nội dung tin. {Tên cột} sẽ được thay bằng giá trị của cột đó ở từng dòng.</translation>
    </message>
    <message>
      <source>Registered template:</source>
      <translation>Mẫu đã đăng ký:</translation>
    </message>
    <message>
      <source>Column to insert</source>
      <translation>Cột cần chèn</translation>
    </message>
    <message>
      <source>Names and other values from your file lose their diacritics too, so each SMS part holds 160 characters instead of 70.</source>
      <translation>Tên và các giá trị khác trong file cũng được bỏ dấu, nên mỗi phần SMS chứa được 160 ký tự thay vì 70.</translation>
    </message>
    <message>
      <source>Preview for customer no.</source>
      <translation>Xem trước cho khách số</translation>
    </message>
    <message>
      <source>Send the checked messages</source>
      <translation>Gửi các tin đã kiểm tra</translation>
    </message>
    <message>
      <source>Send at the next allowed time</source>
      <translation>Gửi vào giờ được phép gần nhất</translation>
    </message>
    <message>
      <source>Use the sa&amp;mple message</source>
      <translation>Dùng tin nhắn &amp;mẫu</translation>
    </message>
    <message>
      <source>&amp;Kind of message</source>
      <translation>L&amp;oại tin</translation>
    </message>
    <message>
      <source>&amp;Brandname</source>
      <translation>B&amp;randname</translation>
    </message>
    <message>
      <source>Te&amp;xt</source>
      <translation>Nội d&amp;ung</translation>
    </message>
    <message>
      <source>Use this &amp;template</source>
      <translation>Dùng mẫu nà&amp;y</translation>
    </message>
    <message>
      <source>&amp;Insert column</source>
      <translation>&amp;Chèn cột</translation>
    </message>
    <message>
      <source>&amp;Remove diacritics</source>
      <translation>&amp;Bỏ dấu</translation>
    </message>
    <message>
      <source>Send without diacritics (c&amp;heaper)</source>
      <translation>Gửi không dấu (rẻ &amp;hơn)</translation>
    </message>
    <message>
      <source>Test &amp;only (sandbox: checked by eSMS, not sent)</source>
      <translation>Chỉ &amp;thử (sandbox: eSMS kiểm tra, không gửi)</translation>
    </message>
    <message>
      <source>&amp;Check and see the price</source>
      <translation>Kiểm tra và &amp;xem giá</translation>
    </message>
    <message>
      <source>Send to them once mor&amp;e</source>
      <translation>Vẫn gửi cho họ thêm lần nữ&amp;a</translation>
    </message>
    <message>
      <source>Also send to the customers who got this same message in the last 24 hours</source>
      <translation>Gửi cả cho những khách đã nhận đúng tin này trong 24 giờ qua</translation>
    </message>
    <message>
      <source>Ready to send</source>
      <translation>Có thể gửi</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Không gửi</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Chi phí</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Số dư</translation>
    </message>
    <message>
      <source>Check to see the price, the number of messages and the rows that cannot be sent</source>
      <translation>Kiểm tra để xem giá, số tin và những dòng không gửi được</translation>
    </message>
    <message>
      <source>What the check finds, with what to do about each, is listed here.</source>
      <translation>Những gì kiểm tra tìm thấy, kèm cách xử lý từng điều, sẽ hiện ở đây.</translation>
    </message>
    <message>
      <source>What the check found</source>
      <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
      <source>For order confirmations, appointments, thanks. Sent under your brandname; the text must match a template registered with eSMS. About %1 per SMS part.</source>
      <translation>Dùng để xác nhận đơn, nhắc lịch hẹn, cảm ơn. Gửi bằng brandname của bạn; nội dung phải khớp mẫu đã đăng ký với eSMS. Khoảng %1 mỗi phần SMS.</translation>
    </message>
    <message>
      <source>For promotions to many customers at once: one text for everyone, 30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part.</source>
      <translation>Dùng để khuyến mại cho nhiều khách cùng lúc: một nội dung chung, 30 đến 5.000 số mỗi lần, chỉ từ 7:00 đến 22:00. Khoảng %1 mỗi phần.</translation>
    </message>
    <message>
      <source>A plain SMS from a number instead of your brandname. Cheapest, about %1 per part; some customers ignore unknown numbers.</source>
      <translation>SMS gửi từ một số điện thoại thay cho brandname. Rẻ nhất, khoảng %1 mỗi phần; một số khách bỏ qua tin từ số lạ.</translation>
    </message>
    <message>
      <source>A Zalo message from your Official Account using an approved ZNS template. About %1 per message, only to Zalo users.</source>
      <translation>Tin Zalo từ Official Account của bạn theo mẫu ZNS đã duyệt. Khoảng %1 mỗi tin, chỉ tới người dùng Zalo.</translation>
    </message>
    <message>
      <source>Tries Zalo first; when Zalo cannot reach the customer, a customer-care SMS goes as well, charged as an SMS: up to %1 per message.</source>
      <translation>Gửi Zalo trước; nếu Zalo không gửi tới được khách thì gửi thêm tin SMS chăm sóc khách hàng, tính tiền như tin SMS: tối đa %1 một tin.</translation>
    </message>
  </context>
  <context>
    <name>MessagePage</name>
    <message>
      <source>Another eSMS account is in use: checking again...</source>
      <translation>Đang dùng một tài khoản eSMS khác: đang kiểm tra lại...</translation>
    </message>
  </context>
  <context>
    <name>MessageText</name>
    <message>
      <source>The registered templates could not be read: %1</source>
      <extracomment>The registered templates of the brandname chosen (customer care only). What the counter was last asked to count: only its answer is shown.</extracomment>
      <translation>Không đọc được các mẫu tin đã đăng ký: %1</translation>
    </message>
    <message>
      <source>%1 characters, %2 SMS part(s), %3</source>
      <translation>%1 ký tự, %2 phần SMS, %3</translation>
    </message>
    <message>
      <source>Unicode (with diacritics)</source>
      <translation>có dấu (Unicode)</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>không dấu</translation>
    </message>
    <message>
      <source>(the message for this customer appears here)</source>
      <translation>(tin gửi cho khách này hiện ở đây)</translation>
    </message>
    <message>
      <source>Unicode (with diacritics) for %1 customers</source>
      <translation>có dấu (Unicode) với %1 khách</translation>
    </message>
    <message>
      <source>Each message: %1 SMS part(s), up to %2 characters, %3</source>
      <translation>Mỗi tin: %1 phần SMS, dài nhất %2 ký tự, %3</translation>
    </message>
    <message>
      <source>Each message: %1 to %2 SMS parts (the longest: row %3, %4 characters), %5</source>
      <translation>Mỗi tin: từ %1 đến %2 phần SMS (dài nhất: dòng %3, %4 ký tự), %5</translation>
    </message>
    <message>
      <source>this customer's: %1 part(s)</source>
      <translation>tin của khách này: %1 phần</translation>
    </message>
    <message>
      <source>(choose the Zalo template and fill in its fields)</source>
      <translation>(chọn mẫu tin Zalo và điền các trường của mẫu)</translation>
    </message>
    <message>
      <source>Zalo template %1: %2</source>
      <translation>Mẫu tin Zalo %1: %2</translation>
    </message>
    <message>
      <source>Matches the template for: %1</source>
      <translation>Khớp mẫu của: %1</translation>
    </message>
    <message>
      <source>Does not match for: %1</source>
      <translation>Không khớp mẫu của: %1</translation>
    </message>
    <message>
      <source>No template registered for: %1</source>
      <translation>Chưa đăng ký mẫu với: %1</translation>
    </message>
    <message>
      <source>this customer</source>
      <translation>khách này</translation>
    </message>
  </context>
  <context>
    <name>MessagesModel</name>
    <message>
      <source>Row</source>
      <extracomment>The code that says why one of the campaign's messages was not delivered (it differs for Zalo, and for Zalo then SMS).</extracomment>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Giao tin</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>Giải thích</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>eSMS đã nhận</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Không gửi được</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Không gửi</translation>
    </message>
    <message>
      <source>Not sent yet</source>
      <translation>Chưa gửi</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Đang gửi</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Chưa rõ</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Đã đến máy</translation>
    </message>
    <message>
      <source>Sent by SMS instead (Zalo could not reach them)</source>
      <translation>Đã gửi bằng SMS thay cho Zalo (Zalo không gửi tới được)</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>Không đến được</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Zalo failed; no SMS seen yet</source>
      <translation>Zalo lỗi; chưa thấy SMS</translation>
    </message>
    <message>
      <source>%1, to go out at %2</source>
      <translation>%1, sẽ gửi lúc %2</translation>
    </message>
    <message>
      <source>May have reached eSMS (no answer was heard). Settle unconfirmed... looks it up in eSMS's records.</source>
      <translation>Có thể đã tới eSMS (chưa nhận được trả lời). Bấm Xử lý tin chưa xác nhận... để tra trong danh sách tin đã gửi của eSMS.</translation>
    </message>
  </context>
  <context>
    <name>OptOutDialog</name>
    <message>
      <source>Do-not-send list</source>
      <translation>Danh sách không gửi</translation>
    </message>
    <message>
      <source>Numbers here never receive a message: customers who asked to stop, and numbers eSMS reported as blocked (code 99). One number per line.</source>
      <translation>Các số ở đây không bao giờ nhận tin: khách đã yêu cầu ngừng, và số eSMS báo bị chặn (mã 99). Mỗi dòng một số.</translation>
    </message>
    <message>
      <source>Not saved. Not a phone number: %1. Write one number per line, without a name or a note, then save again.</source>
      <translation>Chưa lưu. Không phải số điện thoại: %1. Mỗi dòng viết một số, không kèm tên hay ghi chú, rồi bấm Lưu lại.</translation>
    </message>
  </context>
  <context>
    <name>RecipientsModel</name>
    <message>
      <source>State</source>
      <extracomment>Roles read once: looking one up through ``Qt.ItemDataRole`` costs more than comparing it. A text's short form, where the whole does not fit (the Customers table's problems). The file's own columns come after these.</extracomment>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Nhà mạng</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <source>Send at</source>
      <translation>Gửi lúc</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <source>Cannot send</source>
      <translation>Không gửi được</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Trùng</translation>
    </message>
    <message>
      <source>Do not send</source>
      <translation>Không gửi</translation>
    </message>
    <message>
      <source>Same number as row %1</source>
      <translation>Trùng số với dòng %1</translation>
    </message>
    <message>
      <source>On your do-not-send list</source>
      <translation>Nằm trong danh sách không gửi</translation>
    </message>
    <message>
      <source>Old number converted</source>
      <translation>Đã đổi số cũ</translation>
    </message>
    <message>
      <source>Old number %1 converted</source>
      <translation>Đã đổi số cũ %1</translation>
    </message>
  </context>
  <context>
    <name>RecipientsPage</name>
    <message>
      <source>Customers</source>
      <extracomment>What the "no phone column" bar is about (``Session.notice_about``). Emitted when a file finished loading (for tests and the status bar). "Next: write the message" was pressed. The key of the latest load asked for: only its result is shown.</extracomment>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>Open the Excel or CSV file with your customers, or drop it here. Every row is checked at once: you see which rows cannot be sent and why.</source>
      <translation>Mở file Excel hoặc CSV danh sách khách hàng, hoặc kéo thả file vào đây. Mọi dòng được kiểm tra ngay: bạn thấy dòng nào không gửi được và vì sao.</translation>
    </message>
    <message>
      <source>&amp;Open customer file...</source>
      <extracomment>The columns' widths fitted to their texts, before :meth:`_fit_columns`.</extracomment>
      <translation>&amp;Mở file khách hàng...</translation>
    </message>
    <message>
      <source>Use the &amp;sample file</source>
      <translation>Dùng &amp;file mẫu</translation>
    </message>
    <message>
      <source>Use the a&amp;ppointment sample</source>
      <translation>Dùng file mẫu &amp;lịch hẹn</translation>
    </message>
    <message>
      <source>Do-no&amp;t-send list...</source>
      <translation>&amp;Danh sách không gửi...</translation>
    </message>
    <message>
      <source>&amp;Next: write the message</source>
      <translation>&amp;Tiếp: soạn tin nhắn</translation>
    </message>
    <message>
      <source>Open customer file...</source>
      <translation>Mở file khách hàng...</translation>
    </message>
    <message>
      <source>Use the sample file</source>
      <translation>Dùng file mẫu</translation>
    </message>
    <message>
      <source>Save a sample Excel file...</source>
      <translation>Lưu file Excel mẫu...</translation>
    </message>
    <message>
      <source>Appointments over the next three weeks: try reminders sent the day before.</source>
      <translation>Lịch hẹn trong ba tuần tới: thử gửi tin nhắc trước một ngày.</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Có lỗi</translation>
    </message>
    <message>
      <source>Duplicates</source>
      <translation>Trùng</translation>
    </message>
    <message>
      <source>Do not send</source>
      <translation>Không gửi</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Trang tính:</translation>
    </message>
    <message>
      <source>Phone column:</source>
      <translation>Cột số điện thoại:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Hiện:</translation>
    </message>
    <message>
      <source>No file opened yet.</source>
      <translation>Chưa mở file nào.</translation>
    </message>
    <message>
      <source>No customer list yet</source>
      <translation>Chưa có danh sách khách hàng</translation>
    </message>
    <message>
      <source>Open the Excel or CSV file with your customers' phone numbers, or drop it on this page.</source>
      <translation>Mở file Excel hoặc CSV có số điện thoại của khách, hoặc kéo thả file vào trang này.</translation>
    </message>
    <message>
      <source>In the demo, try the sample list.</source>
      <translation>Khi dùng thử, hãy thử danh sách mẫu.</translation>
    </message>
    <message>
      <source>Open customer file</source>
      <translation>Mở file khách hàng</translation>
    </message>
    <message>
      <source>Customer lists</source>
      <translation>Danh sách khách hàng</translation>
    </message>
    <message>
      <source>Save a sample Excel file</source>
      <translation>Lưu file Excel mẫu</translation>
    </message>
    <message>
      <source>The sample file could not be saved to %1. Choose a folder you can write to, and close the file if it is open in Excel.</source>
      <translation>Không lưu được file mẫu vào %1. Hãy chọn thư mục được phép ghi, và đóng file nếu nó đang mở trong Excel.</translation>
    </message>
    <message>
      <source>Sample saved to %1</source>
      <translation>Đã lưu file mẫu vào %1</translation>
    </message>
    <message>
      <source>Reading %1 ...</source>
      <translation>Đang đọc %1 ...</translation>
    </message>
    <message>
      <source>No column of this file holds phone numbers. Choose the column that holds them in "Phone column" above, or open the customer list.</source>
      <translation>Không cột nào trong file này có số điện thoại. Hãy chọn cột chứa số điện thoại ở ô "Cột số điện thoại" phía trên, hoặc mở đúng file danh sách khách.</translation>
    </message>
  </context>
  <context>
    <name>RecipientsSummary</name>
    <message>
      <source>%1: %2 customers. Ready: %3. Cannot send: %4. Duplicates: %5. Do not send: %6.</source>
      <extracomment>The campaign the shown check was sent as (0: not sent).</extracomment>
      <translation>%1: %2 khách. Sẵn sàng: %3. Không gửi được: %4. Trùng: %5. Không gửi: %6.</translation>
    </message>
    <message>
      <source>1 old 11-digit number was converted.</source>
      <translation>1 số cũ 11 chữ số đã được đổi sang số mới.</translation>
    </message>
    <message>
      <source>%1 old 11-digit numbers were converted.</source>
      <translation>%1 số cũ 11 chữ số đã được đổi sang số mới.</translation>
    </message>
    <message>
      <source>Sent as campaign %1 (see the Send and History pages).</source>
      <translation>Đã gửi thành chiến dịch %1 (xem trang Gửi tin và Lịch sử).</translation>
    </message>
    <message>
      <source>After the check: %1 can be sent, %2 left out.</source>
      <translation>Sau khi kiểm tra: có thể gửi %1, bỏ ra %2.</translation>
    </message>
  </context>
  <context>
    <name>RegisterTemplateBox</name>
    <message>
      <source>Re&amp;gister this text as a template...</source>
      <extracomment>A registration was sent or its state looked up (for tests).</extracomment>
      <translation>Đăng &amp;ký nội dung này làm mẫu tin...</translation>
    </message>
    <message>
      <source>Customer-care and fixed-number messages are delivered only when their text matches a template eSMS approved. This sends your text to eSMS for approval.</source>
      <translation>Tin chăm sóc khách hàng và tin số cố định chỉ được gửi đi khi nội dung khớp một mẫu eSMS đã duyệt. Nút này gửi nội dung của bạn để eSMS duyệt.</translation>
    </message>
    <message>
      <source>Send this text to eSMS for approval as a template of %1?</source>
      <translation>Gửi nội dung này để eSMS duyệt làm mẫu tin của %1?</translation>
    </message>
    <message>
      <source>Each {Column:length} may hold up to that many characters (the longest value in your list plus a margin). eSMS answers within hours to days.</source>
      <translation>Mỗi {Cột:độ dài} chứa được tối đa chừng ấy ký tự (giá trị dài nhất trong danh sách cộng thêm một khoảng dư). eSMS trả lời trong vài giờ tới vài ngày.</translation>
    </message>
    <message>
      <source>Register a template</source>
      <translation>Đăng ký mẫu tin</translation>
    </message>
    <message>
      <source>Sending to eSMS...</source>
      <translation>Đang gửi tới eSMS...</translation>
    </message>
    <message>
      <source>Template request %1: %2</source>
      <translation>Yêu cầu đăng ký mẫu %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RowProblemLine</name>
    <message>
      <source>Row %1 (%2): %3</source>
      <translation>Dòng %1 (%2): %3</translation>
    </message>
    <message>
      <source>Row %1 (%2): no problem.</source>
      <translation>Dòng %1 (%2): không có vấn đề gì.</translation>
    </message>
    <message>
      <source>Select a row to read its problem in full here.</source>
      <translation>Chọn một dòng để đọc đầy đủ vấn đề của dòng đó ở đây.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBar</name>
    <message>
      <source>Only customers where</source>
      <extracomment>The count shown changed (for tests): the number of rows in the segment. Conditions already added with "And" (the one being typed comes on top). What the last count was worked out for; a result for anything else is dropped.</extracomment>
      <translation>Chỉ gửi cho khách có</translation>
    </message>
    <message>
      <source>Segment column</source>
      <translation>Cột để lọc khách</translation>
    </message>
    <message>
      <source>Segment comparison</source>
      <translation>Cách so sánh để lọc</translation>
    </message>
    <message>
      <source>Segment value</source>
      <translation>Giá trị để lọc</translation>
    </message>
    <message>
      <source>value, e.g. VIP, 500000, 31/12/2025, -90d</source>
      <translation>giá trị, ví dụ VIP, 500000, 31/12/2025, -90d</translation>
    </message>
    <message>
      <source>Numbers compare as numbers, dates as dates (dd/mm/yyyy). -90d means 90 days before today.</source>
      <translation>Số được so sánh như số, ngày như ngày (ngày/tháng/năm). -90d nghĩa là 90 ngày trước hôm nay.</translation>
    </message>
    <message>
      <source>Keep this condition and add another one</source>
      <translation>Giữ điều kiện này và thêm một điều kiện nữa</translation>
    </message>
    <message>
      <source>An&amp;d...</source>
      <translation>&amp;Và...</translation>
    </message>
    <message>
      <source>&amp;All customers</source>
      <translation>Tất cả &amp;khách</translation>
    </message>
    <message>
      <source>&lt;= (at most / on or before)</source>
      <translation>&lt;= (tối đa / đến ngày)</translation>
    </message>
    <message>
      <source>&gt;= (at least / on or after)</source>
      <translation>&gt;= (ít nhất / từ ngày)</translation>
    </message>
    <message>
      <source>!= (is not)</source>
      <translation>!= (khác)</translation>
    </message>
    <message>
      <source>= (is)</source>
      <translation>= (là)</translation>
    </message>
    <message>
      <source>~ (contains)</source>
      <translation>~ (có chứa)</translation>
    </message>
    <message>
      <source>&lt; (less than / before)</source>
      <translation>&lt; (nhỏ hơn / trước ngày)</translation>
    </message>
    <message>
      <source>&gt; (more than / after)</source>
      <translation>&gt; (lớn hơn / sau ngày)</translation>
    </message>
    <message>
      <source>Counting...</source>
      <translation>Đang đếm...</translation>
    </message>
    <message>
      <source>and</source>
      <translation>và</translation>
    </message>
    <message>
      <source>%1 of %2 customers meet %3; the others are not in this segment.</source>
      <translation>%1 trên %2 khách thỏa %3; những khách còn lại không thuộc nhóm này.</translation>
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <source>Send now?</source>
      <translation>Gửi ngay?</translation>
    </message>
    <message>
      <source>Give them to eSMS now?</source>
      <translation>Giao các tin này cho eSMS ngay bây giờ?</translation>
    </message>
    <message>
      <source>Send messages</source>
      <translation>Gửi tin</translation>
    </message>
    <message>
      <source>The check changed while you were asked: nothing was sent. Read the new count and price, then press Send again.</source>
      <translation>Kết quả kiểm tra đã thay đổi trong lúc hỏi: chưa tin nào được gửi. Hãy xem lại số tin và giá mới, rồi bấm Gửi lần nữa.</translation>
    </message>
    <message>
      <source>%1 was saved again, replaced or removed since it was checked: nothing was sent. It is read and checked again; press Send once the new check shows.</source>
      <translation>%1 đã được lưu lại, thay bằng tệp khác hoặc bị xóa sau lúc kiểm tra: chưa tin nào được gửi. Ứng dụng đang đọc và kiểm tra lại tệp; hãy bấm Gửi khi kết quả mới hiện ra.</translation>
    </message>
    <message>
      <source>Preparing %1 messages...</source>
      <translation>Đang chuẩn bị %1 tin nhắn...</translation>
    </message>
    <message>
      <source>The check was out of date: checking again...</source>
      <translation>Kết quả kiểm tra đã cũ: đang kiểm tra lại...</translation>
    </message>
    <message>
      <source>This campaign is not finished</source>
      <translation>Chiến dịch này chưa gửi xong</translation>
    </message>
    <message>
      <source>Campaign %1 (%2) has these same messages for these same people and has not finished: %3 accepted by eSMS, %4 still to send. Nothing new was sent. Finish it on the History page (select it, then Resume sending): no one gets the message twice.</source>
      <translation>Chiến dịch %1 (%2) có đúng nội dung này cho đúng những người này và chưa gửi xong: eSMS đã nhận %3 tin, còn %4 tin chờ gửi. Lần này chưa gửi tin nào. Hãy gửi nốt chiến dịch đó ở trang Lịch sử (chọn nó, rồi bấm Gửi tiếp): không ai nhận tin hai lần.</translation>
    </message>
    <message>
      <source>Send the same messages again?</source>
      <translation>Gửi lại đúng những tin này?</translation>
    </message>
    <message>
      <source>Campaign %1 (%2) already sent these same messages to these same people at %3: %4 accepted by eSMS. Send them again, so that every customer gets them a second time?</source>
      <translation>Chiến dịch %1 (%2) đã gửi đúng những tin này tới đúng những người này lúc %3: eSMS đã nhận %4 tin. Gửi lại, để mỗi khách nhận tin lần thứ hai?</translation>
    </message>
    <message>
      <source>Campaign %1.</source>
      <translation>Chiến dịch %1.</translation>
    </message>
    <message>
      <source>Campaign %1 (%2).</source>
      <translation>Chiến dịch %1 (%2).</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Stop sending the messages not sent yet?</source>
      <translation>Dừng gửi các tin chưa gửi?</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <source>Saving the report...</source>
      <translation>Đang lưu báo cáo...</translation>
    </message>
    <message>
      <source>Report saved: %1</source>
      <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
      <source>The report was saved to %1 but no program opened it.</source>
      <translation>Đã lưu báo cáo vào %1 nhưng không có chương trình nào mở được.</translation>
    </message>
    <message>
      <source>Cancelled: the rest was not sent.</source>
      <translation>Đã hủy: phần còn lại không được gửi.</translation>
    </message>
  </context>
  <context>
    <name>SendPanel</name>
    <message>
      <source>Send</source>
      <extracomment>Milliseconds between two reads of History while a campaign sends: it follows the send (state "Sending", counts) without reading the journal at every answer. The sending worker stopped (done, paused, cancelled...): its ``SendOutcome``. The done campaign's "New campaign": back to the Customers page. The empty state's action: to the Message page. "Send again to failed ones" for this campaign id (History plans and asks). The client the running send holds (``Session.lease_client``). The checked report a campaign was made from: it is never sent a second time. The campaign made from it (0: none yet). The window is closing: late signals of a finished worker are ignored. A campaign is being written to the journal (seconds for a big one). The outcome line says why a check was not sent (it changed, or its file did): it goes once a newer check is shown. The outcome line says why nothing moves (the engine waits for eSMS to answer). History follows the running send: told at its first report, then once a second at most (the last report's counts included, even if none follows).</extracomment>
      <translation>Gửi tin</translation>
    </message>
    <message>
      <source>Nothing to send yet</source>
      <extracomment>The counts of the campaign shown, as last read (off the window). What "Send to failures again" of that campaign sends, as last read (off the window): None when it has no failures. Numbers eSMS refused as blocked in the campaign shown, not yet on the list. "Send again to failed ones" is being planned (History asks and writes). The next steps of a campaign over are shown, and since long enough for clicks (:meth:`~.send_state.SendState._arriving`). How a report is opened (tests replace it).</extracomment>
      <translation>Chưa có gì để gửi</translation>
    </message>
    <message>
      <source>Write the message and press Check on the Message page: the price and what can be sent appear there, then you send from here.</source>
      <translation>Soạn tin và bấm Kiểm tra ở trang Nội dung: chi phí và số tin gửi được hiện ở đó, rồi bạn gửi từ trang này.</translation>
    </message>
    <message>
      <source>&amp;Go to the Message page</source>
      <translation>&amp;Sang trang Nội dung</translation>
    </message>
    <message>
      <source>Check the message first (Message page).</source>
      <translation>Hãy kiểm tra nội dung trước (trang Nội dung).</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>eSMS đã nhận</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Đã đến máy</translation>
    </message>
    <message>
      <source>Failed or not delivered</source>
      <translation>Lỗi hoặc không đến máy</translation>
    </message>
    <message>
      <source>Left to send</source>
      <translation>Còn phải gửi</translation>
    </message>
    <message>
      <source>&amp;Send now</source>
      <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Tạm dừng</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>Gửi t&amp;iếp</translation>
    </message>
    <message>
      <source>&amp;Cancel the rest</source>
      <translation>&amp;Hủy phần còn lại</translation>
    </message>
    <message>
      <source>Sa&amp;ve report...</source>
      <translation>Lưu &amp;báo cáo...</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Gửi &amp;lại các tin lỗi</translation>
    </message>
    <message>
      <source>&amp;Open report</source>
      <translation>&amp;Mở báo cáo</translation>
    </message>
    <message>
      <source>&amp;New campaign</source>
      <translation>&amp;Chiến dịch mới</translation>
    </message>
    <message>
      <source>Add the blocked numbers to the do-not-send list</source>
      <translation>Thêm các số bị chặn vào danh sách không gửi</translation>
    </message>
    <message>
      <source>Messages that could not be sent:</source>
      <translation>Các tin không gửi được:</translation>
    </message>
  </context>
  <context>
    <name>SendProgress</name>
    <message>
      <source>about %1 s left</source>
      <translation>còn khoảng %1 giây</translation>
    </message>
    <message>
      <source>Sent: %1   Failed: %2   Left: %3   %4 per second   %5</source>
      <translation>Đã gửi: %1   Lỗi: %2   Còn: %3   %4 tin/giây   %5</translation>
    </message>
    <message>
      <source>Finished.</source>
      <translation>Đã xong.</translation>
    </message>
    <message>
      <source>Paused.</source>
      <translation>Đã tạm dừng.</translation>
    </message>
    <message>
      <source>Cancelled: the rest was not sent.</source>
      <translation>Đã hủy: phần còn lại không được gửi.</translation>
    </message>
    <message>
      <source>Once this is put right, press Resume to send the rest: messages already sent are not sent again, and nothing was charged for the rest.</source>
      <translation>Khi đã xử lý xong việc trên, bấm Gửi tiếp để gửi nốt: tin đã gửi không bị gửi lại, và phần còn lại chưa bị trừ tiền.</translation>
    </message>
    <message>
      <source>%1 messages may already have reached eSMS (their answer was lost): they are looked up in eSMS's records, never sent twice.</source>
      <translation>%1 tin có thể đã tới eSMS (mất câu trả lời): ứng dụng sẽ tra trong hồ sơ của eSMS, không bao giờ gửi hai lần.</translation>
    </message>
    <message>
      <source>Waiting for delivery results from eSMS...</source>
      <translation>Đang chờ eSMS báo kết quả giao tin...</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>eSMS đã nhận</translation>
    </message>
    <message>
      <source>A&amp;dd 1 blocked number to the do-not-send list</source>
      <translation>Thêm 1 số bị chặn vào &amp;danh sách không gửi</translation>
    </message>
    <message>
      <source>A&amp;dd %1 blocked numbers to the do-not-send list</source>
      <translation>Thêm %1 số bị chặn vào &amp;danh sách không gửi</translation>
    </message>
    <message>
      <source>1 number added to the do-not-send list.</source>
      <translation>Đã thêm 1 số vào danh sách không gửi.</translation>
    </message>
    <message>
      <source>%1 numbers added to the do-not-send list.</source>
      <translation>Đã thêm %1 số vào danh sách không gửi.</translation>
    </message>
  </context>
  <context>
    <name>SendState</name>
    <message>
      <source>Campaign %1 (%2): %3 messages.</source>
      <extracomment>Milliseconds the next steps of a campaign that just ended ignore clicks. They take the places of Pause and Cancel: a click meant for Pause as the last answer came in started a new campaign instead.</extracomment>
      <translation>Chiến dịch %1 (%2): %3 tin.</translation>
    </message>
    <message>
      <source>Check the message first (Message page).</source>
      <translation>Hãy kiểm tra nội dung trước (trang Nội dung).</translation>
    </message>
    <message>
      <source>The check found problems that stop sending. Fix them on the Message page.</source>
      <translation>Bước kiểm tra thấy lỗi chặn việc gửi. Hãy sửa ở trang Nội dung.</translation>
    </message>
    <message>
      <source>%1 %2, about %3.</source>
      <translation>%1 %2, khoảng %3.</translation>
    </message>
    <message>
      <source>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</source>
      <translation>Đó là số tiền cao nhất: khách nào Zalo không gửi tới được sẽ nhận thêm tin SMS, tính tiền như tin SMS.</translation>
    </message>
    <message>
      <source>Balance: %1.</source>
      <translation>Số dư: %1.</translation>
    </message>
    <message>
      <source>Test only: nothing will be delivered or charged.</source>
      <translation>Chỉ thử: không tin nào được giao, không bị trừ tiền.</translation>
    </message>
    <message>
      <source>eSMS sends them at %1 (Vietnam time).</source>
      <translation>eSMS sẽ gửi lúc %1 (giờ Việt Nam).</translation>
    </message>
    <message>
      <source>eSMS sends each at its customer's time, from %1 to %2 (Vietnam time).</source>
      <translation>eSMS sẽ gửi mỗi tin vào giờ của từng khách, từ %1 đến %2 (giờ Việt Nam).</translation>
    </message>
  </context>
  <context>
    <name>SendTimeBox</name>
    <message>
      <source>Send at</source>
      <extracomment>Header words that name a date column (without diacritics, lower case).</extracomment>
      <translation>Gửi lúc</translation>
    </message>
    <message>
      <source>now</source>
      <translation>ngay</translation>
    </message>
    <message>
      <source>one time for everyone</source>
      <translation>một giờ cho mọi người</translation>
    </message>
    <message>
      <source>each customer's own date, from a column of the file</source>
      <translation>theo cột ngày trong file (mỗi khách một giờ)</translation>
    </message>
    <message>
      <source>Vietnam time</source>
      <translation>Giờ Việt Nam</translation>
    </message>
    <message>
      <source>Date column</source>
      <translation>Cột ngày</translation>
    </message>
    <message>
      <source>When, from the date</source>
      <translation>Khi nào, tính từ ngày</translation>
    </message>
    <message>
      <source>days before the date</source>
      <translation>ngày trước ngày đó</translation>
    </message>
    <message>
      <source>on the day, every year (birthdays)</source>
      <translation>đúng ngày đó hằng năm (sinh nhật)</translation>
    </message>
    <message>
      <source>Days before the date</source>
      <translation>Số ngày trước ngày hẹn</translation>
    </message>
    <message>
      <source>at</source>
      <translation>lúc</translation>
    </message>
    <message>
      <source>day before the date</source>
      <translation>ngày trước ngày đó</translation>
    </message>
  </context>
  <context>
    <name>SettledWords</name>
    <message>
      <source>%1 found in eSMS's sent list and counted as sent.</source>
      <translation>%1 tin có trong danh sách đã gửi của eSMS và được tính là đã gửi.</translation>
    </message>
    <message>
      <source>%1 are not in eSMS's records, so they never left; the campaign was cancelled, so they are not sent.</source>
      <translation>%1 tin không có trong danh sách tin đã gửi của eSMS, tức là chưa đi; chiến dịch đã bị hủy nên các tin này không được gửi.</translation>
    </message>
    <message>
      <source>%1 are not in eSMS's records, so they never left: they are sent now.</source>
      <translation>%1 tin không có trong danh sách tin đã gửi của eSMS, tức là chưa đi: các tin này được gửi ngay bây giờ.</translation>
    </message>
    <message>
      <source>Then press Settle unconfirmed... again: the campaign was cancelled, so what never arrived is not sent.</source>
      <translation>Sau giờ đó, bấm lại Xử lý tin chưa xác nhận...: chiến dịch đã bị hủy nên tin nào chưa tới eSMS sẽ không được gửi.</translation>
    </message>
    <message>
      <source>eSMS's records could not tell whether %1 messages were sent; the campaign was cancelled, so they are not sent again.</source>
      <translation>Danh sách của eSMS chưa cho biết %1 tin đã đi hay chưa; chiến dịch đã bị hủy nên các tin này không được gửi lại.</translation>
    </message>
    <message>
      <source>Unconfirmed messages</source>
      <translation>Tin chưa xác nhận</translation>
    </message>
    <message>
      <source>eSMS's records could not be read to tell whether %1 messages were sent. Send them again? Some customers may then get the message twice.</source>
      <translation>Chưa đọc được danh sách tin đã gửi của eSMS để biết %1 tin đã gửi hay chưa. Gửi lại các tin này? Một số khách có thể nhận tin hai lần.</translation>
    </message>
  </context>
  <context>
    <name>TemplateFillDialog</name>
    <message>
      <source>Fill the template</source>
      <translation>Điền vào mẫu</translation>
    </message>
    <message>
      <source>Pick a column, or type a text that is the same for everyone</source>
      <translation>Chọn một cột, hoặc gõ một nội dung chung cho mọi người</translation>
    </message>
    <message>
      <source>Blank %1 (up to %2 characters)</source>
      <translation>Chỗ trống %1 (tối đa %2 ký tự)</translation>
    </message>
  </context>
  <context>
    <name>ZaloBox</name>
    <message>
      <source>Zalo</source>
      <extracomment>What the bar says when the OA's templates cannot be read (it goes once they are). Something that decides what is sent changed (OA, template, a value's source).</extracomment>
      <translation>Zalo</translation>
    </message>
    <message>
      <source>Send even when today's Zalo quota is used up (only if eSMS allowed it)</source>
      <extracomment>What the user chose, kept while the form is filled again (the account read again after each send, "Test connection"): the OA, the template, and each value (template id, the columns then, {parameter: column or typed text}).</extracomment>
      <translation>Gửi cả khi đã hết lượt Zalo trong ngày (chỉ khi eSMS đã cho phép)</translation>
    </message>
    <message>
      <source>Zalo lets each shop page send a number of messages a day. eSMS can allow some shops to send more (its 'mode 3'); such messages cannot be scheduled.</source>
      <translation>Zalo cho mỗi trang của shop gửi một số tin mỗi ngày. eSMS có thể cho một số shop gửi thêm (eSMS gọi là 'chế độ 3'); các tin này không hẹn giờ được.</translation>
    </message>
    <message>
      <source>Shop's &amp;Zalo page (OA)</source>
      <translation>Trang &amp;Zalo của shop (OA)</translation>
    </message>
    <message>
      <source>ZNS tem&amp;plate</source>
      <translation>Mẫu ZN&amp;S</translation>
    </message>
    <message>
      <source>Fill each value from</source>
      <translation>Lấy từng giá trị từ</translation>
    </message>
    <message>
      <source>The Zalo templates could not be read: %1</source>
      <translation>Không đọc được các mẫu Zalo: %1</translation>
    </message>
    <message>
      <source>(no template: is the OA active?)</source>
      <translation>(không có mẫu: OA đã được kích hoạt chưa?)</translation>
    </message>
    <message>
      <source>digits only</source>
      <translation>chỉ chữ số</translation>
    </message>
    <message>
      <source>a date, day/month/year</source>
      <translation>ngày, ngày/tháng/năm</translation>
    </message>
    <message>
      <source>a link</source>
      <translation>đường link</translation>
    </message>
    <message>
      <source>Pick a column, or type a text that is the same for everyone</source>
      <translation>Chọn một cột, hoặc gõ một nội dung chung cho mọi người</translation>
    </message>
    <message>
      <source>Column for %1</source>
      <translation>Cột cho %1</translation>
    </message>
    <message>
      <source>up to %1 characters</source>
      <translation>tối đa %1 ký tự</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>&amp;Copy for support</source>
      <translation>&amp;Chép để gửi hỗ trợ</translation>
    </message>
    <message>
      <source>Copied: paste it in a message to support</source>
      <translation>Đã chép: hãy dán vào tin nhắn gửi bộ phận hỗ trợ</translation>
    </message>
  </context>
</TS>