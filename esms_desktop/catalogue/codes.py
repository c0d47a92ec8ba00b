"""Every eSMS result code this app knows, explained for a shop owner.

Sources: eSMS's table of error codes (the seed of this project) and the extra
codes of the Vietnamese edition of its documentation. The explanations are
written for this app. This module is the single source of truth: the command
line, the window and the reports all read it through ``lookup``.
"""

from __future__ import annotations

from esms_desktop.api.answer_codes import INVALID_REQUEST
from esms_desktop.catalogue.model import AppliesTo as C
from esms_desktop.catalogue.model import CodeInfo, Scope, Text

#: Ours, not eSMS's: a message whose own send time passed before it could be handed over.
SCHEDULE_PASSED = "schedule_passed"
#: Ours: a customer put on the do-not-send list after the campaign was written, before
#: their message left: taken out, never sent.
DO_NOT_SEND_LATE = "do_not_send_added"

_ALL = (C.ALL,)
_SENDS = (C.CSKH, C.QC, C.FIXED, C.ZALO)


def _e(
    code: str,
    scope: Scope,
    applies: tuple[C, ...],
    *,
    retry: bool,
    charged: bool,
    vi: tuple[str, str, str] | tuple[str, str, str, str],
    en: tuple[str, str, str] | tuple[str, str, str, str],
) -> CodeInfo:
    """One entry: ``retry`` (sending again later can succeed), ``charged`` (eSMS took
    money), then the title, explanation and action in Vietnamese and in English; a fourth
    text is the action on the command line, where it differs from the window's."""
    return CodeInfo(
        code, scope, applies, retry_helps=retry, charged=charged, vi=Text(*vi), en=Text(*en)
    )


ENTRIES: tuple[CodeInfo, ...] = (
    _e(
        "99",
        Scope.MESSAGE,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Số bị chặn",
            "Số điện thoại này đã bị chặn nhận tin trên hệ thống eSMS, thường vì người nhận "
            "đã từ chối nhận tin quảng cáo hoặc nhà mạng khóa số.",
            "Bỏ số này khỏi danh sách gửi và thêm vào danh sách không gửi. Không bị trừ tiền.",
            "Thêm số này vào danh sách không gửi (esms-desktop optout add "
            "--from-campaign SỐ_CHIẾN_DỊCH) và bỏ nó khỏi file. Không bị trừ tiền.",
        ),
        en=(
            "Number blocked",
            "This phone number is blocked from receiving messages on eSMS, usually because the "
            "person refused advertising or the carrier locked the number.",
            "Remove the number from your list and add it to the do-not-send list. "
            "You were not charged.",
            "Add the number to the do-not-send list (esms-desktop optout add "
            "--from-campaign CAMPAIGN_NUMBER) and remove it from your file. You were "
            "not charged.",
        ),
    ),
    _e(
        "100",
        Scope.SUCCESS,
        _ALL,
        retry=False,
        charged=True,
        vi=(
            "Đã gửi tới eSMS",
            "eSMS đã nhận yêu cầu. Điều này chưa có nghĩa là tin đã đến máy khách hàng: "
            "kết quả giao tin sẽ có sau.",
            "Không cần làm gì. Xem trạng thái giao tin trong mục Lịch sử sau vài phút.",
            "Không cần làm gì. Xem trạng thái giao tin sau vài phút: esms-desktop "
            "status SỐ_CHIẾN_DỊCH.",
        ),
        en=(
            "Accepted by eSMS",
            "eSMS received the request. This does not yet mean the message reached the "
            "customer's phone: the delivery result comes later.",
            "Nothing to do. Check the delivery status in History after a few minutes.",
            "Nothing to do. Check the delivery status after a few minutes: "
            "esms-desktop status CAMPAIGN_NUMBER.",
        ),
    ),
    _e(
        "101",
        Scope.ACCOUNT,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Sai khóa API",
            "ApiKey hoặc SecretKey không đúng, nên eSMS không cho gửi.",
            "Vào mục Tài khoản, dán lại ApiKey và SecretKey lấy từ trang quản trị eSMS "
            "(mục Cấu hình API), mỗi khóa vào đúng ô của nó (không đảo chỗ), rồi bấm Kiểm "
            "tra kết nối.",
            "Lấy lại ApiKey và SecretKey từ trang quản trị eSMS (mục Cấu hình API), "
            "đặt ApiKey vào biến môi trường ESMS_API_KEY và SecretKey vào ESMS_SECRET_KEY "
            "(không đảo chỗ; hoặc dùng "
            "--profile TÊN với tài khoản đã lưu trong cửa sổ), rồi chạy esms-desktop "
            "balance để thử.",
        ),
        en=(
            "Wrong API keys",
            "The ApiKey or SecretKey is wrong, so eSMS refuses to send.",
            "Open Account, paste the ApiKey and SecretKey again from the eSMS dashboard "
            "(API settings), each in its own box (not swapped), then press Test connection.",
            "Copy the ApiKey and SecretKey again from the eSMS dashboard (API "
            "settings), the ApiKey into the ESMS_API_KEY environment variable and the "
            "SecretKey into ESMS_SECRET_KEY, not swapped (or use --profile NAME with an "
            "account saved in the window), "
            "then run esms-desktop balance to test them.",
        ),
    ),
    _e(
        "102",
        Scope.ACCOUNT,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Chưa có bảng giá",
            "Tài khoản eSMS chưa được cài bảng giá cho loại tin này, nên chưa gửi được.",
            "Liên hệ nhân viên kinh doanh eSMS để họ cài bảng giá cho tài khoản.",
        ),
        en=(
            "No price list",
            "Your eSMS account has no price list for this kind of message yet, so it "
            "cannot send it.",
            "Ask your eSMS sales contact to set up the price list for your account.",
        ),
    ),
    _e(
        "103",
        Scope.ACCOUNT,
        _ALL,
        retry=True,
        charged=False,
        vi=(
            "Không đủ tiền",
            "Số dư tài khoản eSMS không đủ để gửi tin này.",
            "Nạp thêm tiền vào tài khoản eSMS, rồi bấm Gửi tiếp: các tin chưa gửi sẽ được gửi, "
            "tin đã gửi không bị gửi lại.",
            "Nạp thêm tiền vào tài khoản eSMS, rồi chạy esms-desktop resume "
            "SỐ_CHIẾN_DỊCH: các tin chưa gửi sẽ được gửi, tin đã gửi không bị gửi "
            "lại.",
        ),
        en=(
            "Not enough balance",
            "Your eSMS balance is too low to send this message.",
            "Top up your eSMS account, then press Resume: unsent messages go out, "
            "messages already sent are not sent again.",
            "Top up your eSMS account, then run esms-desktop resume CAMPAIGN_NUMBER: "
            "unsent messages go out, messages already sent are not sent again.",
        ),
    ),
    _e(
        "104",
        Scope.ACCOUNT,
        (C.CSKH, C.QC, C.VOICE),
        retry=False,
        charged=False,
        vi=(
            "Brandname không tồn tại",
            "Tên thương hiệu (brandname) đã chọn chưa được đăng ký hoặc chưa được kích hoạt "
            "cho tài khoản này.",
            "Chọn một brandname có trong danh sách của tài khoản, hoặc liên hệ eSMS để đăng ký.",
            "Ghi vào --brandname một brandname có trong tài khoản (xem danh sách trên trang "
            "quản trị eSMS), hoặc liên hệ eSMS để đăng ký.",
        ),
        en=(
            "Unknown brandname",
            "The chosen brandname (sender name) is not registered or not active for this account.",
            "Pick a brandname from your account's list, or contact eSMS to register it.",
            "Give with --brandname a brandname of your account (the eSMS dashboard lists "
            "them), or contact eSMS to register it.",
        ),
    ),
    _e(
        "105",
        Scope.LOOKUP,
        (C.STATUS,),
        retry=True,
        charged=False,
        vi=(
            "Chưa có kết quả",
            "eSMS chưa có thông tin về tin này. Ngay sau khi gửi, điều này là bình thường.",
            "Đợi vài phút rồi làm mới trạng thái.",
            "Đợi vài phút rồi chạy lại esms-desktop status SỐ_CHIẾN_DỊCH.",
        ),
        en=(
            "Not known yet",
            "eSMS has no information about this message yet. Right after sending, this is normal.",
            "Wait a few minutes, then refresh the status.",
            "Wait a few minutes, then run esms-desktop status CAMPAIGN_NUMBER again.",
        ),
    ),
    _e(
        "106",
        Scope.OTHER,
        (C.VOICE,),
        retry=False,
        charged=False,
        vi=(
            "Không có file ghi âm",
            "File ghi âm cho cuộc gọi không tồn tại trên eSMS. Ứng dụng này không gửi tin thoại.",
            "Liên hệ eSMS nếu bạn dùng dịch vụ gọi thoại.",
        ),
        en=(
            "Recording not found",
            "The voice recording does not exist on eSMS. This app does not send voice calls.",
            "Contact eSMS if you use their voice service.",
        ),
    ),
    _e(
        "107",
        Scope.REQUEST,
        (C.QC,),
        retry=False,
        charged=False,
        vi=(
            "Dưới 30 số",
            "Tin quảng cáo phải gửi ít nhất 30 số điện thoại khác nhau trong một lần gửi.",
            "Thêm khách hàng để danh sách có từ 30 số trở lên, hoặc gửi dạng tin chăm sóc "
            "khách hàng thay cho quảng cáo.",
        ),
        en=(
            "Fewer than 30 numbers",
            "An advertising message must go to at least 30 different phone numbers at once.",
            "Add customers so the list has 30 numbers or more, or send a customer-care "
            "message instead of advertising.",
        ),
    ),
    _e(
        "108",
        Scope.MESSAGE,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Số điện thoại sai",
            "Số điện thoại không đúng định dạng di động Việt Nam.",
            "Sửa số trong file Excel (10 số, bắt đầu bằng 0) rồi mở lại file. Không bị trừ tiền.",
            "Sửa số trong file Excel (10 số, bắt đầu bằng 0) rồi chạy lại lệnh. Không bị trừ tiền.",
        ),
        en=(
            "Wrong phone number",
            "The phone number is not a valid Vietnamese mobile number.",
            "Fix the number in your Excel file (10 digits starting with 0) and open the "
            "file again. You were not charged.",
            "Fix the number in your Excel file (10 digits starting with 0) and run "
            "the command again. You were not charged.",
        ),
    ),
    _e(
        "110",
        Scope.MESSAGE,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Dữ liệu không hợp lệ",
            "Nội dung điền vào mẫu Zalo không đúng yêu cầu (thiếu ô bắt buộc hoặc quá dài).",
            "Kiểm tra các cột gắn với tham số của mẫu Zalo, sửa dòng bị lỗi rồi gửi lại.",
        ),
        en=(
            "Invalid data",
            "The values filled into the Zalo template do not meet its rules (a required "
            "value is missing or one is too long).",
            "Check the columns mapped to the Zalo template's parameters, fix the row and "
            "send again.",
        ),
    ),
    _e(
        "115",
        Scope.MESSAGE,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Mã hóa số điện thoại sai",
            "Số điện thoại đã mã hóa (hash) gửi lên Zalo không hợp lệ.",
            "Dùng số điện thoại thường thay cho số đã mã hóa.",
        ),
        en=(
            "Invalid hashed number",
            "The hashed phone number sent to Zalo is not valid.",
            "Use the plain phone number instead of a hashed one.",
        ),
    ),
    _e(
        "118",
        Scope.REQUEST,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Loại tin không hỗ trợ",
            "eSMS không hỗ trợ loại tin đã chọn cho tài khoản này.",
            "Chọn loại tin khác. Nếu lỗi lặp lại, báo cho bộ phận hỗ trợ của ứng dụng.",
        ),
        en=(
            "Unsupported message type",
            "eSMS does not support the chosen kind of message for this account.",
            "Choose another kind of message. If it keeps happening, report it to the "
            "app's support.",
        ),
    ),
    _e(
        "120",
        Scope.REQUEST,
        (C.QC,),
        retry=False,
        charged=False,
        vi=(
            "Quá 5.000 số",
            "Một lần gửi quảng cáo chỉ được tối đa 5.000 số điện thoại.",
            "Ứng dụng tự chia danh sách thành nhiều đợt; nếu vẫn gặp lỗi này, hãy báo cho "
            "bộ phận hỗ trợ của ứng dụng.",
        ),
        en=(
            "More than 5,000 numbers",
            "One advertising send may hold at most 5,000 phone numbers.",
            "The app splits large lists into batches by itself; if you still see this, "
            "report it to the app's support.",
        ),
    ),
    _e(
        "124",
        Scope.REQUEST,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Đã gửi trước đó",
            "eSMS đã nhận đúng yêu cầu này trước đây (cùng mã yêu cầu), nên không gửi lần nữa. "
            "Nhờ vậy khách hàng không bị nhận tin hai lần.",
            "Không cần làm gì: tin được tính là đã gửi.",
        ),
        en=(
            "Already sent",
            "eSMS already received this very request earlier (same request id), so it did "
            "not send it again. This is what keeps customers from getting a message twice.",
            "Nothing to do: the message counts as sent.",
        ),
    ),
    _e(
        "140",
        Scope.ACCOUNT,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Máy chưa được cho phép",
            "Địa chỉ IP (mạng Internet) của máy này chưa nằm trong danh sách được phép gửi tin "
            "của tài khoản.",
            "Gửi địa chỉ IP của mạng bạn đang dùng cho nhân viên kinh doanh eSMS để họ thêm "
            "vào danh sách cho phép.",
        ),
        en=(
            "This computer is not allowed",
            "The internet (IP) address of this computer is not on the account's list of "
            "addresses allowed to send.",
            "Send the IP address of your network to your eSMS sales contact so they add it "
            "to the allowed list.",
        ),
    ),
    _e(
        "143",
        Scope.ACCOUNT,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Tài khoản bị khóa",
            "Tài khoản eSMS chưa được kích hoạt hoặc đang bị khóa.",
            "Liên hệ eSMS để kích hoạt hoặc mở khóa tài khoản.",
        ),
        en=(
            "Account locked",
            "The eSMS account is not activated yet, or it is locked.",
            "Contact eSMS to activate or unlock the account.",
        ),
    ),
    _e(
        "146",
        Scope.MESSAGE,
        (C.CSKH,),
        retry=False,
        charged=False,
        vi=(
            "Sai mẫu tin",
            "Nội dung tin chăm sóc khách hàng không khớp với mẫu đã đăng ký cho brandname này "
            "trên nhà mạng của khách hàng.",
            "Sửa nội dung cho khớp từng chữ với mẫu đã đăng ký (chỉ phần biến được thay đổi), "
            "hoặc đăng ký mẫu mới với eSMS.",
        ),
        en=(
            "Content does not match template",
            "The customer-care text does not match a template registered for this brandname "
            "on the customer's carrier.",
            "Edit the text to match the registered template word for word (only the "
            "variable parts may change), or register a new template with eSMS.",
        ),
    ),
    _e(
        "160",
        Scope.LOOKUP,
        (C.STATUS,),
        retry=True,
        charged=False,
        vi=(
            "Hỏi quá nhanh",
            "Ứng dụng hỏi trạng thái tin Zalo quá nhiều lần trong một giây.",
            "Không cần làm gì: ứng dụng sẽ tự hỏi lại chậm hơn.",
        ),
        en=(
            "Too many look-ups",
            "The app asked for Zalo message status too many times per second.",
            "Nothing to do: the app asks again more slowly.",
        ),
    ),
    _e(
        "163",
        Scope.REQUEST,
        (C.FIXED,),
        retry=False,
        charged=False,
        vi=(
            "Nhiều số trong một tin",
            "Tin đầu số cố định chỉ được gửi tới một số điện thoại mỗi lần.",
            "Ứng dụng gửi từng số một; nếu vẫn gặp lỗi này, hãy báo cho bộ phận hỗ trợ.",
        ),
        en=(
            "Several numbers in one message",
            "A fixed-number message may go to one phone number per request only.",
            "The app sends one number at a time; if you still see this, report it to support.",
        ),
    ),
    _e(
        "171",
        Scope.OTHER,
        (C.STATUS,),
        retry=False,
        charged=False,
        vi=(
            "Mã không hợp lệ",
            "Mã kiểm tra đã dùng, đã hết hạn hoặc không dành cho số này. Ứng dụng không dùng "
            "chức năng kiểm tra mã.",
            "Không cần làm gì trong ứng dụng này.",
        ),
        en=(
            "Code not valid",
            "The check code was used, expired, or is not for this number. This app does "
            "not use code checks.",
            "Nothing to do in this app.",
        ),
    ),
    _e(
        "177",
        Scope.MESSAGE,
        (C.CSKH,),
        retry=False,
        charged=False,
        vi=(
            "Nhà mạng chưa đăng ký",
            "Brandname chưa có mẫu tin đăng ký trên nhà mạng của số điện thoại này, nên không "
            "gửi được tới khách hàng dùng mạng đó.",
            "Đăng ký mẫu tin cho nhà mạng này với eSMS, hoặc bỏ các số của mạng này khỏi lần gửi.",
        ),
        en=(
            "Carrier not registered",
            "The brandname has no template registered on this number's carrier, so it "
            "cannot reach customers on that network.",
            "Register the template for this carrier with eSMS, or leave this carrier's "
            "numbers out of the send.",
        ),
    ),
    _e(
        "199",
        Scope.OTHER,
        (C.REGISTRATION,),
        retry=True,
        charged=False,
        vi=(
            "Đang xử lý",
            "Yêu cầu đăng ký này đã có và eSMS đang xử lý.",
            "Đợi eSMS xử lý xong, không cần gửi lại.",
        ),
        en=(
            "Already in progress",
            "This registration request already exists and eSMS is working on it.",
            "Wait for eSMS to finish; no need to send it again.",
        ),
    ),
    _e(
        "201",
        Scope.MESSAGE,
        (C.CSKH,),
        retry=False,
        charged=False,
        vi=(
            "Có từ bị cấm",
            "Nội dung tin có từ ngữ mà nhà mạng không cho phép trong tin chăm sóc khách hàng.",
            "Bỏ hoặc thay từ đó (thường là từ mang tính quảng cáo, khuyến mại) rồi gửi lại.",
        ),
        en=(
            "Blocked word in content",
            "The text contains a word carriers do not allow in customer-care messages.",
            "Remove or replace that word (often a promotional one) and send again.",
        ),
    ),
    _e(
        "204",
        Scope.ACCOUNT,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "OA Zalo không tồn tại",
            "Mã OA (Zalo Official Account) không có trên hệ thống eSMS.",
            "Chọn OA trong danh sách của tài khoản, hoặc liên kết OA với eSMS trước.",
            "Ghi vào --oaid một OA của tài khoản (xem danh sách trên trang quản trị eSMS), "
            "hoặc liên kết OA với eSMS trước.",
        ),
        en=(
            "Zalo OA not found",
            "The Zalo Official Account id does not exist on eSMS.",
            "Pick an OA from your account's list, or link the OA to eSMS first.",
            "Give with --oaid an OA of your account (the eSMS dashboard lists them), or "
            "link the OA to eSMS first.",
        ),
    ),
    _e(
        "210",
        Scope.REQUEST,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Dữ liệu Zalo sai cấu trúc",
            "Yêu cầu gửi Zalo không đúng cấu trúc eSMS quy định.",
            "Báo cho bộ phận hỗ trợ của ứng dụng, kèm mã lỗi.",
        ),
        en=(
            "Wrong Zalo payload",
            "The Zalo request does not have the structure eSMS expects.",
            "Report it to the app's support with the code.",
        ),
    ),
    _e(
        "300",
        Scope.REQUEST,
        _ALL,
        retry=False,
        charged=False,
        vi=(
            "Thiếu loại tin",
            "Yêu cầu gửi thiếu loại tin (SmsType).",
            "Báo cho bộ phận hỗ trợ của ứng dụng, kèm mã lỗi.",
        ),
        en=(
            "Missing message type",
            "The request did not say which kind of message it is (SmsType).",
            "Report it to the app's support with the code.",
        ),
    ),
    _e(
        "301",
        Scope.OTHER,
        (C.REGISTRATION,),
        retry=False,
        charged=False,
        vi=(
            "Loại dịch vụ không hỗ trợ",
            "Loại dịch vụ đăng ký mẫu không được hỗ trợ.",
            "Liên hệ eSMS.",
        ),
        en=(
            "Unsupported service type",
            "The service type of the template registration is not supported.",
            "Contact eSMS.",
        ),
    ),
    _e(
        "687",
        Scope.REQUEST,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Quá 500 số Zalo",
            "Một lần gửi Zalo hàng loạt chỉ được tối đa 500 số.",
            "Ứng dụng tự chia thành các đợt 500 số; nếu vẫn gặp lỗi này, "
            "hãy báo cho bộ phận hỗ trợ.",
        ),
        en=(
            "More than 500 Zalo numbers",
            "One bulk Zalo send may hold at most 500 numbers.",
            "The app splits lists into batches of 500; if you still see this, report it "
            "to support.",
        ),
    ),
    _e(
        "789",
        Scope.ACCOUNT,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Mẫu không thuộc OA",
            "Mẫu ZNS đã chọn không được cấu hình cho OA Zalo này.",
            "Chọn một mẫu thuộc OA đang dùng, hoặc chọn đúng OA của mẫu.",
            "Ghi vào --template-id một mẫu thuộc OA ở --oaid, hoặc đổi --oaid thành OA của mẫu.",
        ),
        en=(
            "Template not for this OA",
            "The chosen ZNS template is not set up for this Zalo OA.",
            "Pick a template that belongs to the OA, or the OA the template belongs to.",
            "Give with --template-id a template of the OA in --oaid, or change --oaid"
            " to the template's OA.",
        ),
    ),
    _e(
        "790",
        Scope.MESSAGE,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Sai mẫu ZNS",
            "Mẫu ZNS không dùng được (đang chờ duyệt, bị từ chối, bị tắt hoặc đã xóa), hoặc giá "
            "trị điền vào mẫu không hợp lệ (thiếu tham số, quá dài, sai kiểu). Không bị trừ tiền.",
            "Kiểm tra lại danh sách với mẫu này: phần kiểm tra cho biết trạng thái của mẫu và "
            "dòng nào có giá trị sai.",
            "Chạy lại esms-desktop check với mẫu này: nó cho biết trạng thái của mẫu và dòng "
            "nào có giá trị sai (--param, --param-value).",
        ),
        en=(
            "Wrong ZNS template",
            "The ZNS template cannot be used (waiting for approval, rejected, disabled or "
            "deleted), or the values filled into it are not valid (a parameter is missing, too "
            "long or of the wrong kind). You were not charged.",
            "Check the list again with this template: the check says the template's state and "
            "which rows have wrong values.",
            "Run esms-desktop check again with this template: it says the template's state "
            "and which rows have wrong values (--param, --param-value).",
        ),
    ),
    _e(
        "791",
        Scope.REQUEST,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Thiếu OA hoặc mẫu",
            "Yêu cầu gửi Zalo thiếu mã OA hoặc mã mẫu.",
            "Chọn OA và mẫu ZNS trước khi gửi.",
            "Ghi OA và mẫu ZNS bằng --oaid và --template-id trước khi gửi.",
        ),
        en=(
            "Missing OA or template",
            "The Zalo request lacks the OA id or the template id.",
            "Choose the OA and the ZNS template before sending.",
            "Give the OA and the ZNS template with --oaid and --template-id before sending.",
        ),
    ),
    _e(
        "799",
        Scope.ACCOUNT,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "OA chưa hoạt động",
            "OA Zalo chưa được kích hoạt, sai mã, hoặc chưa được thêm vào tài khoản eSMS.",
            "Kiểm tra OA trong trang quản trị eSMS, hoặc chọn một OA đang hoạt động.",
            "Kiểm tra OA trong trang quản trị eSMS, hoặc ghi vào --oaid một OA đang hoạt động.",
        ),
        en=(
            "OA not active",
            "The Zalo OA is not active, its id is wrong, or it has not been added to the "
            "eSMS account.",
            "Check the OA in the eSMS dashboard, or choose an active OA.",
            "Check the OA in the eSMS dashboard, or give an active OA with --oaid.",
        ),
    ),
    _e(
        "801",
        Scope.REQUEST,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "Không hẹn giờ được",
            "Chế độ gửi vượt hạn mức (chế độ 3) không cho phép hẹn giờ gửi.",
            "Bỏ hẹn giờ, hoặc chuyển về chế độ gửi thường.",
            "Bỏ --schedule, hoặc bỏ --over-quota để gửi thường.",
        ),
        en=(
            "Cannot schedule",
            "Over-quota sending (mode 3) cannot be scheduled.",
            "Remove the schedule, or switch back to normal sending.",
            "Leave out --schedule, or leave out --over-quota to send normally.",
        ),
    ),
    _e(
        "802",
        Scope.ACCOUNT,
        (C.ZALO,),
        retry=False,
        charged=False,
        vi=(
            "OA không được gửi vượt hạn mức",
            "OA này không được phép dùng chế độ gửi vượt hạn mức (chế độ 3).",
            "Chuyển về chế độ gửi thường, hoặc đề nghị eSMS cấp quyền cho OA.",
            "Bỏ --over-quota để gửi thường, hoặc đề nghị eSMS cấp quyền cho OA.",
        ),
        en=(
            "OA may not exceed quota",
            "This OA is not allowed to use over-quota sending (mode 3).",
            "Switch back to normal sending, or ask eSMS to allow it for the OA.",
            "Leave out --over-quota to send normally, or ask eSMS to allow it for the OA.",
        ),
    ),
    _e(
        "851",
        Scope.LOOKUP,
        (C.STATUS,),
        retry=False,
        charged=False,
        vi=(
            "Thiếu mã tin",
            "Yêu cầu tra cứu trạng thái thiếu mã tin (MessageId hoặc SMSID).",
            "Báo cho bộ phận hỗ trợ của ứng dụng, kèm mã lỗi.",
        ),
        en=(
            "Missing message id",
            "The status look-up lacked the message id (MessageId or SMSID).",
            "Report it to the app's support with the code.",
        ),
    ),
    _e(
        "854",
        Scope.LOOKUP,
        (C.STATUS,),
        retry=True,
        charged=False,
        vi=(
            "Không có dữ liệu",
            "eSMS không tìm thấy dữ liệu trạng thái cho tin Zalo này.",
            "Đợi vài phút rồi làm mới trạng thái; tin quá 7 ngày không tra cứu được.",
            "Đợi vài phút rồi chạy lại esms-desktop status SỐ_CHIẾN_DỊCH; tin quá 7 "
            "ngày không tra cứu được.",
        ),
        en=(
            "No data found",
            "eSMS found no status data for this Zalo message.",
            "Wait a few minutes and refresh; messages older than 7 days cannot be looked up.",
            "Wait a few minutes and run esms-desktop status CAMPAIGN_NUMBER again; "
            "messages older than 7 days cannot be looked up.",
        ),
    ),
)

#: Outcomes that are not eSMS result codes but need the same plain words.
UNDELIVERED = "undelivered"
#: The same for a message that went through Zalo (Zalo first, SMS if not: the SMS too).
UNDELIVERED_ZALO = "undelivered_zalo"
#: Zalo then SMS: the ZNS failed, and so did the SMS eSMS sent in its place.
UNDELIVERED_ZALO_SMS = "undelivered_zalo_sms"
#: Ours: Zalo then SMS whose ZNS did not reach the customer and whose SMS part eSMS's
#: records do not hold (yet): not final, never sent again by the app.
SMS_UNSEEN = "sms_unseen"
LOCAL_ENTRIES: tuple[CodeInfo, ...] = (
    _e(
        UNDELIVERED, Scope.MESSAGE, _SENDS, retry=True, charged=True,
        vi=("Không đến được máy",
            "eSMS đã nhận tin nhưng nhà mạng không giao được tới máy khách hàng (máy tắt, ngoài "
            "vùng phủ sóng, hoặc số không còn dùng). Tin đã bị tính tiền.",
            "Có thể gửi lại sau bằng nút Gửi lại các tin lỗi. Nếu lần nào cũng không đến, hãy "
            "kiểm tra lại số với khách.",
            "Có thể gửi lại sau cho các số này (esms-desktop retry SỐ_CHIẾN_DỊCH). Nếu lần nào "
            "cũng không đến, hãy kiểm tra lại số với khách."),
        en=("Not delivered",
            "eSMS accepted the message but the carrier could not deliver it to the customer's "
            "phone (switched off, out of coverage, or number no longer used). It was charged.",
            "You can send it again later with Send to failures again. If it never arrives, "
            "check the number with the customer.",
            "You can send to these numbers again later (esms-desktop retry CAMPAIGN_NUMBER). If "
            "it never arrives, check the number with the customer."),
    ),
    _e(
        UNDELIVERED_ZALO, Scope.MESSAGE, _SENDS, retry=True, charged=True,
        vi=("Không đến được máy",
            "eSMS đã nhận tin nhưng không giao được tới khách (khách không dùng Zalo, chặn tin "
            "của OA, máy tắt hoặc số không còn dùng). Tin đã bị tính tiền.",
            "Có thể gửi lại sau bằng nút Gửi lại các tin lỗi, hoặc gửi cho các khách này bằng "
            "SMS. Nếu lần nào cũng không đến, hãy kiểm tra lại số với khách.",
            "Có thể gửi lại sau cho các số này (esms-desktop retry SỐ_CHIẾN_DỊCH), hoặc gửi "
            "cho họ bằng SMS (--channel cskh). Nếu lần nào cũng không đến, hãy kiểm tra lại số với "
            "khách."),
        en=("Not delivered",
            "eSMS accepted the message but could not deliver it to the customer (no Zalo, the "
            "OA is blocked, phone switched off or number no longer used). It was charged.",
            "You can send it again later with Send to failures again, or send these "
            "customers an SMS. If it never arrives, check the number with the customer.",
            "You can send to these numbers again later (esms-desktop retry CAMPAIGN_NUMBER), or "
            "send them an SMS (--channel cskh). If it never arrives, check the number with the "
            "customer."),
    ),
    _e(
        UNDELIVERED_ZALO_SMS, Scope.MESSAGE, _SENDS, retry=True, charged=True,
        vi=("Không đến được máy (cả Zalo lẫn SMS)",
            "Zalo không gửi được tới khách, và tin SMS eSMS gửi thay cũng không đến được máy "
            "(máy tắt, ngoài vùng phủ sóng, hoặc số không còn dùng). Khách chưa nhận được tin "
            "nào. eSMS có thể đã tính tiền cả hai phần.",
            "Có thể gửi lại sau bằng nút Gửi lại các tin lỗi. Nếu lần nào cũng không đến, hãy "
            "kiểm tra lại số với khách.",
            "Có thể gửi lại sau cho các số này (esms-desktop retry SỐ_CHIẾN_DỊCH). Nếu lần nào "
            "cũng không đến, hãy kiểm tra lại số với khách."),
        en=("Not delivered (neither Zalo nor SMS)",
            "Zalo could not reach the customer, and the SMS eSMS sent instead did not reach "
            "the phone either (switched off, out of coverage, or number no longer used). "
            "Nothing reached them. eSMS may have charged both parts.",
            "You can send it again later with Send to failures again. If it never arrives, "
            "check the number with the customer.",
            "You can send to these numbers again later (esms-desktop retry CAMPAIGN_NUMBER). If "
            "it never arrives, check the number with the customer."),
    ),
    _e(
        SMS_UNSEEN, Scope.MESSAGE, (C.ZALO, C.CSKH), retry=False, charged=True,
        vi=("Zalo không tới, chưa thấy tin SMS gửi thay",
            "Zalo không gửi được tới khách nên eSMS phải tự gửi tin SMS thay thế, nhưng danh "
            "sách tin đã gửi của eSMS chưa có tin SMS đó. eSMS không nói việc này mất bao lâu; "
            "nếu lúc đó tài khoản hết tiền, eSMS có thể sẽ không bao giờ gửi. Ứng dụng không "
            "tự gửi lại tin này, vì khách vẫn có thể nhận được nó.",
            "Xem số dư ở trang Tài khoản và tìm số này trong danh sách tin CSKH đã gửi trên "
            "trang web eSMS. Ứng dụng vẫn tiếp tục tìm: bấm Cập nhật trạng thái giao tin sau. "
            "Nếu vẫn không có và bạn muốn khách nhận được tin, hãy tự gửi cho khách một tin mới "
            "(khách có thể nhận hai lần nếu tin SMS đến muộn).",
            "Xem số dư (esms-desktop balance) và tìm số này trong danh sách tin CSKH đã gửi trên "
            "trang web eSMS. Ứng dụng vẫn tiếp tục tìm: chạy lại esms-desktop status "
            "SỐ_CHIẾN_DỊCH sau. Nếu vẫn không có và bạn muốn khách nhận được tin, hãy tự gửi "
            "cho khách một tin mới (khách có thể nhận hai lần nếu tin SMS đến muộn)."),
        en=("Zalo failed, no SMS on record yet",
            "Zalo could not reach the customer, so eSMS should send the SMS instead, but "
            "eSMS's list of sent messages has no such SMS yet. eSMS does not say how long "
            "this can take; if the balance ran out at that time, eSMS may never send it. The "
            "app does not send it again by itself: the customer may still get it.",
            "Look at the balance on the Account page and look this number up in the customer "
            "care messages sent, on eSMS's website. The app keeps looking: press Refresh "
            "delivery later. If it is still missing and you want the customer to have it, "
            "send them a new message yourself (they may get it twice if the SMS comes late).",
            "Look at the balance (esms-desktop balance) and look this number up in the "
            "customer care messages sent, on eSMS's website. The app keeps looking: run "
            "esms-desktop status CAMPAIGN_NUMBER later. If it is still missing and you want "
            "the customer to have it, send them a new message yourself (they may get it twice "
            "if the SMS comes late)."),
    ),
    _e(
        INVALID_REQUEST, Scope.ACCOUNT, _ALL, retry=True, charged=False,
        vi=("eSMS từ chối yêu cầu",
            "eSMS trả lời \"Invalid request\" mà không kèm mã lỗi: yêu cầu bị từ chối trước khi "
            "được xử lý, thường do thông tin kết nối (địa chỉ, khóa, brandname) chưa đúng. "
            "Tin này chưa bị trừ tiền.",
            "Kiểm tra lại tài khoản ở trang Tài khoản (nút Kiểm tra với eSMS). Nếu vẫn lỗi, gửi "
            "kết quả kiểm tra cho bộ phận hỗ trợ của eSMS rồi tiếp tục gửi.",
            "Kiểm tra lại tài khoản bằng esms-desktop diagnose (và --api-url, --brandname nếu "
            "có dùng). Nếu vẫn lỗi, gửi kết quả kiểm tra cho bộ phận hỗ trợ của eSMS rồi chạy "
            "esms-desktop resume SỐ_CHIẾN_DỊCH."),
        en=("eSMS refused the request",
            "eSMS answered \"Invalid request\" with no code: the request was refused before it "
            "was processed, usually because the connection details (address, keys, brandname) "
            "are not right. This message was not charged.",
            "Check the account on the Account page (Check with eSMS). If it persists, send the "
            "check's result to eSMS support, then resume sending.",
            "Check the account with esms-desktop diagnose (and --api-url, --brandname if you use "
            "them). If it persists, send the check's result to eSMS support, then run "
            "esms-desktop resume CAMPAIGN_NUMBER."),
    ),
    _e(
        SCHEDULE_PASSED, Scope.MESSAGE, _SENDS, retry=False, charged=False,
        vi=("Giờ gửi đã qua, tin không được gửi",
            "Tin này được hẹn giờ gửi (cả chiến dịch, hoặc giờ riêng: nhắc lịch hẹn, chúc sinh "
            "nhật) nhưng giờ đó đã qua trước khi tin kịp chuyển cho eSMS (xác nhận gửi muộn, "
            "hoặc gửi tiếp sau giờ đó). Ứng dụng không gửi tin trễ giờ và không bị trừ tiền.",
            "Nếu vẫn cần báo cho khách, gửi một tin mới với nội dung phù hợp lúc này."),
        en=("Send time passed, not sent",
            "This message was scheduled (the whole campaign, or its own time: an appointment "
            "reminder, a birthday wish) but the time passed before it could be handed to eSMS "
            "(the send was confirmed late, or resumed after it). The app does not send it late; "
            "nothing was charged.",
            "If the customer still needs to know, send a new message worded for now."),
    ),
    _e(
        DO_NOT_SEND_LATE, Scope.MESSAGE, _SENDS, retry=False, charged=False,
        vi=("Khách đã vào danh sách không gửi, tin không được gửi",
            "Số này được thêm vào danh sách không gửi sau khi chiến dịch được tạo, trước khi "
            "tin của họ kịp chuyển cho eSMS (khi đang gửi, tạm dừng hoặc chờ gửi tiếp). Ứng "
            "dụng đã bỏ tin này ra: không gửi và không bị trừ tiền.",
            "Không cần làm gì. Nếu thêm nhầm, bỏ số khỏi danh sách không gửi rồi gửi tin mới "
            "cho khách này."),
        en=("On the do-not-send list, not sent",
            "This number was added to the do-not-send list after the campaign was made, "
            "before its message was handed to eSMS (while sending, paused or waiting to go "
            "on). The app took the message out: it was not sent and nothing was charged.",
            "Nothing to do. If it was added by mistake, take the number off the do-not-send "
            "list and send this customer a new message."),
    ),
)  # fmt: skip


def _check(
    code: str,
    applies: tuple[C, ...],
    vi: tuple[str, str, str] | tuple[str, str, str, str],
    en: tuple[str, str, str] | tuple[str, str, str, str],
) -> CodeInfo:
    """A code of the app's own check (``check`` prints it): found before anything is
    sent, so nothing was sent or charged for it."""
    return CodeInfo(
        code, Scope.CHECK, applies, retry_helps=False, charged=False, vi=Text(*vi), en=Text(*en)
    )


_QC = (C.QC,)
_ZNS = (C.ZALO,)

#: The codes the check finds itself (``esms-desktop check`` prints them, ``explain`` tells
#: them): what the check saw, and what to do, in each front's terms where they differ.
CHECK_ENTRIES: tuple[CodeInfo, ...] = (
    _check("duplicate", _ALL,
        vi=("Số trùng",
            "Số điện thoại này đã có ở một dòng phía trên trong file: khách chỉ nhận tin một lần.",
            "Không cần làm gì. Nếu hai dòng là hai người khác nhau, sửa số trong file."),
        en=("Duplicate number",
            "This phone number is already on a row above in the file: the customer gets the "
            "message once.",
            "Nothing to do. If the two rows are different people, fix the number in the file.")),
    _check("converted", _ALL,
        vi=("Số cũ đã đổi sang số mới",
            "Số 11 chữ số cũ đã được đổi sang số 10 chữ số mới theo quy định đổi đầu số.",
            "Không cần làm gì; nên sửa số trong file cho lần sau."),
        en=("Old number converted",
            "An old 11-digit number was converted to its new 10-digit number.",
            "Nothing to do; fix the number in the file for next time.")),
    _check("no_recipients", _ALL,
        vi=("Không còn số nào để gửi",
            "Sau khi bỏ các dòng lỗi, trùng, không gửi hoặc ngoài nhóm khách, không còn số nào.",
            "Xem lý do của từng dòng trong danh sách kiểm tra, sửa file rồi kiểm tra lại."),
        en=("No one left to send to",
            "After the rows with problems, duplicates, do-not-send numbers or rows outside the "
            "segment were left out, no number is left.",
            "Read each row's reason in the check, fix the file and check again.")),
    _check("no_phone_column", _ALL,
        vi=("Không thấy cột số điện thoại",
            "Không có cột nào trong file có số điện thoại, nên không có khách nào để gửi.",
            "Mở đúng file danh sách khách, hoặc chọn cột chứa số ở ô \"Cột số điện thoại\" "
            "trang Khách hàng.",
            "Mở đúng file danh sách khách, hoặc chỉ cột chứa số bằng --phone-column TÊN_CỘT."),
        en=("No phone number column",
            "No column of the file holds phone numbers, so there is no one to send to.",
            "Open the customer list, or choose the column that holds the numbers in \"Phone "
            "column\" on the Customers page.",
            "Open the customer list, or name the column that holds the numbers with "
            "--phone-column NAME.")),
    _check("no_content", _ALL,
        vi=("Chưa có nội dung", "Tin nhắn chưa có nội dung.",
            "Viết nội dung tin ở trang Nội dung.", "Thêm --content \"...\" vào lệnh."),
        en=("No text", "The message has no text.",
            "Write the message on the Message page.", "Add --content \"...\" to the command.")),
    _check("esms_variable", _ALL,
        vi=("Còn chỗ trống của mẫu",
            "Nội dung còn chỗ trống kiểu {P1,20} của mẫu eSMS: khách sẽ nhận nguyên chữ đó.",
            "Thay mỗi chỗ trống bằng một cột, ví dụ {Tên}, hoặc bằng chữ."),
        en=("Template blank left in",
            "The text still has an eSMS template blank such as {P1,20}: customers would get it "
            "as it is.",
            "Replace each blank with a column, such as {Name}, or with words.")),
    _check("unknown_column", _ALL,
        vi=("Cột không có trong file",
            "Nội dung dùng một {Cột} mà file không có (tên cột phải viết đúng như dòng tiêu đề).",
            "Sửa tên trong ngoặc cho đúng tên cột của file, hoặc thêm cột đó vào file."),
        en=("Column not in the file",
            "The text uses a {Column} the file does not have (the name must be written as in "
            "the header row).",
            "Correct the name in braces to a column of the file, or add that column to the "
            "file.")),
    _check("look_alike", _ALL,
        vi=("Ký tự làm tin thành có dấu",
            "Nội dung có một ký tự trông như chữ không dấu (dấu tab, dấu cách không ngắt, dấu "
            "nháy cong, gạch dài) nhưng làm tin thành Unicode: 70 ký tự một tin thay vì 160.",
            "Bỏ dấu nội dung (hoặc gửi không dấu), hoặc gõ lại các ký tự đó."),
        en=("Character that makes the SMS Unicode",
            "The text has a character that looks plain (a tab, a no-break space, a curly "
            "quote, a long dash) but makes the SMS Unicode: 70 characters a part, not 160.",
            "Remove the diacritics (or send without them), or type those characters again.")),
    _check("stray_brace", _ALL,
        vi=("Dấu ngoặc thừa",
            "Nội dung có dấu { hoặc } không bao quanh tên cột nào: khách sẽ nhận nguyên dấu đó.",
            "Viết tên cột dạng {Tên}, hoặc xóa dấu ngoặc."),
        en=("Stray brace",
            "The text has a { or } that encloses no column name: customers would get it as it "
            "is.",
            "Write column names as {Name}, or remove the brace.")),
    _check("empty_value", _ALL,
        vi=("Ô dữ liệu trống",
            "Một ô được dùng trong nội dung bị trống ở các dòng này: tin sẽ thiếu chữ.",
            "Điền các ô đó trong file, hoặc bỏ cột đó khỏi nội dung."),
        en=("Empty cell",
            "A cell the text uses is empty on these rows: the message will miss words.",
            "Fill those cells in the file, or take that column out of the text.")),
    _check("too_long", _ALL,
        vi=("Tin quá dài",
            "Tin của các dòng này dài hơn số phần SMS nhà mạng giao được.",
            "Rút ngắn nội dung, hoặc các ô dữ liệu dùng trong tin."),
        en=("Message too long",
            "These rows' messages are longer than the carriers deliver.",
            "Shorten the text, or the cells it uses.")),
    _check("long", _ALL,
        vi=("Tin dài", "Tin dài hơn 5 phần SMS: mỗi phần bị tính tiền riêng.",
            "Rút ngắn nội dung nếu có thể."),
        en=("Long message", "The message is longer than 5 SMS parts: each part is charged.",
            "Shorten the text if you can.")),
    _check("garbled_text", _ALL,
        vi=("Chữ bị lỗi font",
            "Tên hoặc ô dùng trong tin bị lỗi font (file lưu bằng bảng mã cũ VNI/TCVN3 hoặc bị "
            "đọc sai), nên các dòng này chưa được gửi.",
            "Bấm \"Chuyển đổi\" ở trang Khách hàng, hoặc sửa các ô đó trong file.",
            "Chạy lại lệnh với --convert-text auto, hoặc sửa các ô đó trong file."),
        en=("Garbled text",
            "A name or a cell the message uses is garbled (the file is in an old encoding, "
            "VNI/TCVN3, or was read wrongly), so these rows are held back.",
            "Press \"Convert\" on the Customers page, or fix those cells in the file.",
            "Run the command again with --convert-text auto, or fix those cells in the file.")),
    _check("hidden_row", _ALL,
        vi=("Dòng đang ẩn trong Excel",
            "Các dòng này bị ẩn trong file Excel (ẩn tay, hoặc bị bộ lọc bỏ ra): chúng chưa "
            "được gửi, vì danh sách người dùng nhìn thấy không có chúng.",
            "Nếu các dòng này cũng cần nhận tin, bỏ lọc hoặc bỏ ẩn dòng trong Excel, lưu rồi "
            "mở lại file."),
        en=("Row hidden in Excel",
            "These rows are hidden in the Excel file (by hand, or left out by a filter): they "
            "are held back, as the list the user sees does not show them.",
            "If these rows should get the message too, clear the filter or unhide the rows in "
            "Excel, save, and open the file again.")),
    _check("hidden_unseen", _ALL,
        vi=("File .xls: không biết dòng nào đang ẩn",
            "Với file Excel cũ (.xls), ứng dụng không đọc được dòng nào đang ẩn hay bị bộ lọc "
            "bỏ ra, cũng không đọc được định dạng số: mọi dòng đều được gửi, số đọc như được "
            "lưu (mã đơn 00123 thành 123).",
            "Nếu file có dòng ẩn hoặc đang lọc, hoặc số có số 0 ở đầu: trong Excel chọn File > "
            "Lưu thành > Sổ làm việc Excel (.xlsx), rồi mở file .xlsx đó.",
            "Nếu file có dòng ẩn hoặc đang lọc, hoặc số có số 0 ở đầu: trong Excel chọn File > "
            "Lưu thành > Sổ làm việc Excel (.xlsx), rồi chạy lại lệnh với file .xlsx đó."),
        en=("An .xls file: hidden rows cannot be seen",
            "In an old Excel file (.xls) this app cannot see which rows are hidden or left out "
            "by a filter, nor the number formats: every row is sent, and numbers read as "
            "stored (an order code 00123 reads 123).",
            "If the file hides or filters rows, or has numbers with leading zeros: in Excel, "
            "File > Save As > Excel Workbook (.xlsx), then open that .xlsx file.",
            "If the file hides or filters rows, or has numbers with leading zeros: in Excel, "
            "File > Save As > Excel Workbook (.xlsx), then run the command again on that "
            ".xlsx file.")),
    _check("garbled_header", _ALL,
        vi=("Tên cột có thể bị lỗi font",
            "File có vẻ lưu bằng bảng mã cũ, nên tên cột có thể không khớp với chỗ trống trong "
            "tin.",
            "Bấm \"Chuyển đổi\" ở trang Khách hàng rồi kiểm tra lại.",
            "Chạy lại lệnh với --convert-text auto."),
        en=("Column names may be garbled",
            "The file seems to be in an old encoding, so its column names may not match the "
            "message's placeholders.",
            "Press \"Convert\" on the Customers page and check again.",
            "Run the command again with --convert-text auto.")),
    _check("sent_already", _ALL,
        vi=("Đã nhận tin này trong 24 giờ qua",
            "Số này đã nhận đúng tin này trong 24 giờ qua, nên được bỏ ra để khách không nhận "
            "hai lần.",
            "Không cần làm gì.",
            "Không cần làm gì. Nếu thật sự muốn gửi thêm lần nữa, thêm --again vào lệnh."),
        en=("Got this message in the last 24 hours",
            "This number got this same message in the last 24 hours, so it is left out so that "
            "it does not get it twice.",
            "Nothing to do.",
            "Nothing to do. To really send it once more, add --again to the command.")),
    _check("sent_elsewhere", _ALL,
        vi=("Đã nhận tin này từ nơi khác",
            "Theo dữ liệu của eSMS, số này đã nhận đúng tin này trong 24 giờ qua, gửi từ máy "
            "tính khác, bản ứng dụng khác hoặc trang web eSMS, nên được bỏ ra để khách không "
            "nhận hai lần.",
            "Không cần làm gì. Nếu thật sự muốn gửi thêm lần nữa, bấm \"Vẫn gửi cho họ "
            "thêm lần nữa\".",
            "Không cần làm gì. Nếu thật sự muốn gửi thêm lần nữa, thêm --again vào lệnh."),
        en=("Got this message from elsewhere",
            "By eSMS's records, this number got this same message in the last 24 hours, sent "
            "from another computer, another copy of the app or eSMS's website, so it is left "
            "out so that it does not get it twice.",
            "Nothing to do. To really send it once more, press \"Send to them once more\".",
            "Nothing to do. To really send it once more, add --again to the command.")),
    _check("records_unread", _ALL,
        vi=("Chưa so được với dữ liệu của eSMS",
            "Không đọc hết được dữ liệu tin đã gửi trong 24 giờ qua của eSMS (mạng chập chờn, "
            "hoặc hơn 10.000 tin một ngày), nên chưa biết khách nào đã nhận đúng tin này từ máy "
            "tính khác hoặc trang web eSMS.",
            "Kiểm tra lại sau ít phút. Nếu tin này đã được gửi từ nơi khác, đừng gửi lại."),
        en=("Not compared with eSMS's records",
            "eSMS's records of the last 24 hours could not all be read (a poor connection, or "
            "more than 10,000 messages a day), so it is not known who got this same message "
            "from another computer or eSMS's website.",
            "Check again in a moment. If this message was sent from elsewhere, do not send it "
            "again.")),
    _check("sent_waiting", _ALL,
        vi=("Tin này còn chờ ở chiến dịch khác",
            "Số này còn đúng tin này chờ gửi trong một chiến dịch chưa gửi xong, nên được bỏ ra.",
            "Gửi nốt chiến dịch đó: trang Lịch sử, chọn chiến dịch rồi bấm Gửi tiếp.",
            "Gửi nốt chiến dịch đó: esms-desktop resume SỐ_CHIẾN_DỊCH."),
        en=("This message waits in another campaign",
            "This number has this same message still to go in a campaign that has not "
            "finished, so it is left out.",
            "Finish that campaign: History page, select it, then Resume sending.",
            "Finish that campaign: esms-desktop resume CAMPAIGN_NUMBER.")),
    _check("segment", _ALL,
        vi=("Ngoài nhóm khách đã chọn", "Dòng này không thuộc nhóm khách đã chọn.",
            "Không cần làm gì, hoặc đổi điều kiện chọn nhóm khách."),
        en=("Outside the chosen segment", "This row is not in the chosen group of customers.",
            "Nothing to do, or change the segment's conditions.")),
    _check("segment_invalid", _ALL,
        vi=("Điều kiện chọn nhóm khách không dùng được",
            "Một điều kiện chọn nhóm khách không đọc được hoặc dùng cột không có trong file.",
            "Sửa điều kiện chọn nhóm khách ở trang Khách hàng.", "Sửa --where trong lệnh."),
        en=("Segment condition unusable",
            "A condition of the segment cannot be read or uses a column the file does not have.",
            "Correct the segment's conditions on the Customers page.",
            "Correct --where in the command.")),
    _check("consent_column", _QC,
        vi=("Không có cột đồng ý nhận quảng cáo",
            "Luật 91/2025 chỉ cho gửi quảng cáo tới người đã đồng ý nhận; file không có cột "
            "ghi nhận việc đó.",
            "Thêm cột 'Đồng ý nhận quảng cáo' ghi 'Có' cho từng khách; nếu mọi khách đều đã "
            "đồng ý, đánh dấu ô đồng ý ở trang Nội dung.",
            "Thêm cột 'Đồng ý nhận quảng cáo' ghi 'Có' cho từng khách; nếu mọi khách đều đã "
            "đồng ý, thêm --assume-consent vào lệnh."),
        en=("No consent column",
            "Law 91/2025 allows advertising only to people who agreed to receive it; the file "
            "has no column recording that.",
            "Add a column 'Đồng ý nhận quảng cáo' (or 'Marketing consent') with 'Yes' for each "
            "customer; if every customer agreed, tick the consent box on the Message page.",
            "Add a column 'Đồng ý nhận quảng cáo' (or 'Marketing consent') with 'Yes' for each "
            "customer; if every customer agreed, add --assume-consent to the command.")),
    _check("consent", _QC,
        vi=("Khách chưa đồng ý nhận quảng cáo",
            "Cột đồng ý của dòng này không ghi 'Có' hay ngày đồng ý, nên dòng này không được "
            "gửi quảng cáo.",
            "Nếu khách đã đồng ý, ghi 'Có' hoặc ngày đồng ý vào cột đó."),
        en=("No consent recorded",
            "This row's consent column does not say 'Yes' or a date, so it gets no advertising.",
            "If the customer agreed, write 'Yes' or the date in that column.")),
    _check("qc_hours", _QC,
        vi=("Ngoài giờ quảng cáo",
            "Theo Nghị định 91/2020/NĐ-CP, tin quảng cáo chỉ được gửi từ 7:00 đến 22:00.",
            "Hẹn giờ gửi trong khoảng 7:00 đến 22:00 (nút hẹn giờ ở trang Nội dung).",
            "Thêm --schedule \"YYYY-MM-DD HH:MM\" với giờ từ 07:00 đến 22:00."),
        en=("Outside advertising hours",
            "Under Decree 91/2020, advertising may only be sent from 07:00 to 22:00.",
            "Schedule the send between 07:00 and 22:00 (the schedule on the Message page).",
            "Add --schedule \"YYYY-MM-DD HH:MM\" with a time from 07:00 to 22:00.")),
    _check("clock_off", _ALL,
        vi=("Đồng hồ máy tính bị lệch",
            "Đồng hồ của máy tính này lệch giờ của eSMS hơn 5 phút. Khung giờ gửi quảng cáo, "
            "giới hạn 3 tin quảng cáo mỗi ngày cho một số, giờ hẹn gửi và quy tắc không gửi "
            "một tin hai lần trong 24 giờ đều được tính theo đồng hồ này; tin quảng cáo chưa "
            "được gửi khi đồng hồ còn lệch.",
            "Bật \"Đặt giờ tự động\" trong phần cài đặt ngày giờ của máy tính, rồi kiểm tra lại."),
        en=("Computer clock is off",
            "This computer's clock is more than 5 minutes off eSMS's. The advertising hours, the "
            "limit of 3 advertising messages a day to a number, send times and the rule against "
            "the same message twice within 24 hours are all counted by it; advertising is not "
            "sent while it is off.",
            "Turn on \"Set time automatically\" in the computer's date and time settings, then "
            "check again.")),
    _check("qc_daily", _QC,
        vi=("Đã đủ tin quảng cáo trong ngày",
            "Các số này đã nhận số tin quảng cáo tối đa trong 24 giờ qua theo Nghị định "
            "91/2020/NĐ-CP.",
            "Gửi lại cho các số này sau 24 giờ."),
        en=("Daily advertising limit reached",
            "These numbers already got the most advertising messages allowed in 24 hours "
            "(Decree 91/2020).",
            "Send to these numbers again after 24 hours.")),
    _check("qc_personalised", _QC,
        vi=("Tin quảng cáo có cột riêng",
            "Tin quảng cáo phải có một nội dung chung cho mọi người.",
            "Bỏ các {Cột} khỏi nội dung, hoặc gửi dạng tin chăm sóc khách hàng."),
        en=("Personalised advertising",
            "An advertising message must have one text for everyone.",
            "Take the {Columns} out of the text, or send it as customer care.")),
    _check("qc_label", _QC,
        vi=("Thiếu nhãn [QC]", "Tin quảng cáo nên bắt đầu bằng nhãn [QC].",
            "Thêm [QC] vào đầu nội dung."),
        en=("No [QC] label", "An advertising message should start with [QC].",
            "Put [QC] at the start of the text.")),
    _check("qc_opt_out", _QC,
        vi=("Thiếu cách từ chối nhận tin",
            "Tin quảng cáo nên kết thúc bằng cách từ chối nhận tin.",
            "Thêm vào cuối nội dung, ví dụ: Soạn TC gửi ..."),
        en=("No opt-out",
            "An advertising message should end with how to refuse more.",
            "End the text with it, for example: Soạn TC gửi ...")),
    _check("low_balance", _ALL,
        vi=("Số dư thấp", "Số dư eSMS dưới mức cảnh báo bạn đã đặt.",
            "Nạp thêm tiền trên trang eSMS trước khi gửi chiến dịch lớn."),
        en=("Low balance", "The eSMS balance is under the warning level you set.",
            "Top up on the eSMS site before a large campaign.")),
    _check("oa_quality_low", _ZNS,
        vi=("Chất lượng OA Zalo kém",
            "Zalo đánh giá chất lượng gửi ZNS của OA này là kém: Zalo giảm hạn mức và có thể "
            "chặn tin.",
            "Chỉ gửi cho khách đã quen với shop, với nội dung đúng mẫu."),
        en=("Low Zalo OA quality",
            "Zalo rates this OA's ZNS quality as low: it lowers the quota and may block "
            "messages.",
            "Send only to customers who know the shop, with text that fits the template.")),
    _check("quota", _ZNS,
        vi=("Vượt hạn mức Zalo trong ngày",
            "OA không còn đủ hạn mức gửi tin Zalo hôm nay cho tất cả các tin: các dòng vượt "
            "hạn mức được bỏ ra vì Zalo sẽ từ chối (tin Zalo kèm SMS thì gửi bằng SMS).",
            "Gửi phần còn lại vào ngày mai: khi đó kiểm tra lại cùng danh sách."),
        en=("Over today's Zalo quota",
            "The OA has not enough Zalo quota left today for all the messages: the rows over "
            "it are left out, Zalo would refuse them (Zalo then SMS sends them by SMS).",
            "Send the rest tomorrow: check the same list again then.")),
    _check("template_state", _ZNS,
        vi=("Mẫu ZNS chưa dùng được",
            "Mẫu ZNS đã chọn đang chờ Zalo duyệt, đã bị từ chối, bị tắt hoặc bị xóa: eSMS từ "
            "chối mọi tin gửi bằng mẫu này. Chưa gửi tin nào, không mất tiền.",
            "Chọn một mẫu đang dùng được, hoặc đợi mẫu được duyệt rồi kiểm tra lại.",
            "Ghi vào --template-id một mẫu đang dùng được (xem trên trang quản trị eSMS), "
            "hoặc đợi mẫu được duyệt rồi chạy lại esms-desktop check."),
        en=("ZNS template not usable",
            "The chosen ZNS template is waiting for Zalo's approval, was rejected, disabled or "
            "deleted: eSMS refuses every message sent with it. Nothing was sent or charged.",
            "Choose a template that can be used, or wait for the approval and check again.",
            "Give --template-id a template that can be used (the eSMS dashboard lists them), "
            "or wait for the approval and run esms-desktop check again.")),
    _check("over_quota_tag", _ZNS,
        vi=("Không gửi vượt hạn mức được với mẫu này",
            "Chỉ mẫu ZNS tag 3 (hậu mãi) được gửi vượt hạn mức (chế độ 3).",
            "Bỏ chọn gửi vượt hạn mức để gửi thường.", "Bỏ --over-quota để gửi thường."),
        en=("Over-quota sending not allowed",
            "Only tag 3 (after-sales) ZNS templates may be sent over the quota (mode 3).",
            "Untick over-quota sending to send normally.",
            "Leave out --over-quota to send normally.")),
    _check("schedule_zalo_sms", _ZNS,
        vi=("Tin Zalo kèm SMS không hẹn giờ được",
            "eSMS không cho hẹn giờ tin Zalo kèm SMS dự phòng.",
            "Bỏ hẹn giờ để gửi ngay, hoặc chọn chỉ gửi Zalo.",
            "Bỏ --schedule để gửi ngay, hoặc dùng --channel zalo."),
        en=("Zalo with SMS cannot be scheduled",
            "eSMS does not schedule Zalo messages with an SMS fallback.",
            "Remove the schedule to send now, or choose Zalo only.",
            "Leave out --schedule to send now, or use --channel zalo.")),
    _check("schedule_past", _ALL,
        vi=("Giờ gửi đã qua",
            "Giờ hẹn gửi đã qua (hoặc còn chưa tới 5 phút), nên không gửi được vào giờ đó.",
            "Chọn giờ gửi muộn hơn, hoặc gửi ngay.",
            "Đổi --schedule sang giờ muộn hơn, hoặc bỏ nó để gửi ngay."),
        en=("Send time passed",
            "The send time has passed (or is less than 5 minutes away), so it cannot be met.",
            "Choose a later time, or send now.",
            "Change --schedule to a later time, or leave it out to send now.")),
    _check("schedule_far", _ALL,
        vi=("Giờ gửi quá xa", "Giờ hẹn gửi xa hơn số ngày được phép hẹn trước.",
            "Kiểm tra lại ngày đã chọn, hoặc gửi lại khi đã gần ngày."),
        en=("Send time too far", "The send time is further ahead than can be scheduled.",
            "Check the date, or send closer to the day.")),
    _check("schedule_column", _ALL,
        vi=("Chưa có cột ngày gửi",
            "Gửi theo giờ riêng của từng khách cần một cột ngày trong file.",
            "Chọn cột ngày trong file.", "Ghi tên cột ngày bằng --schedule-column."),
        en=("No date column",
            "Sending at each customer's own time needs a date column in the file.",
            "Choose the date column of the file.",
            "Name the date column with --schedule-column.")),
    _check("schedule_date", _ALL,
        vi=("Ngày trong ô không đọc được",
            "Ô ngày của các dòng này trống hoặc không phải ngày.",
            "Sửa ngày trong file (ví dụ 24/12/2026)."),
        en=("Date cell unreadable", "These rows' date cells are empty or not dates.",
            "Fix the dates in the file (for example 24/12/2026).")),
    _check("schedule_twice", _ALL,
        vi=("Đã hẹn đúng giờ đó",
            "Khách này đã được hẹn gửi tin vào đúng giờ đó trong một chiến dịch trước.",
            "Không cần làm gì: khách không nhận hai lần."),
        en=("Already scheduled then",
            "This customer already has a message scheduled at that time in an earlier "
            "campaign.",
            "Nothing to do: the customer does not get it twice.")),
    _check("schedule_other_time", _ALL,
        vi=("Đã có tin hẹn giờ khác",
            "Khách này đã có một tin hẹn giờ khác chưa gửi ở chiến dịch trước: eSMS sẽ gửi cả "
            "tin đó.",
            "Nếu lịch hẹn đã đổi, hủy tin cũ trên trang web của eSMS."),
        en=("Another time already scheduled",
            "This customer has another scheduled message from an earlier campaign: eSMS will "
            "send that one too.",
            "If the appointment changed, cancel the old message on the eSMS site.")),
)  # fmt: skip


#: Never shown as a bare code: the fallback for codes eSMS may add later.
UNKNOWN = (
    Text(
        "Lỗi chưa rõ",
        "eSMS trả về mã lỗi mà ứng dụng chưa biết. Nội dung eSMS gửi kèm được ghi bên dưới.",
        "Thử lại sau ít phút. Nếu vẫn lỗi, gửi mã lỗi và nội dung này cho bộ phận hỗ trợ của eSMS.",
    ),
    Text(
        "Unknown error",
        "eSMS answered with a code this app does not know yet. Its own message is shown below.",
        "Try again in a few minutes. If it persists, send the code and this message "
        "to eSMS support.",
    ),
)
