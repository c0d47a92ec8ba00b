"""Every eSMS result code this app knows, explained for a shop owner.

Sources: eSMS's table of error codes (the seed of this project) and the extra
codes of the Vietnamese edition of its documentation. The explanations are
written for this app. This module is the single source of truth: the command
line, the window and the reports all read it through ``lookup``.
"""

from __future__ import annotations

from esms_desktop.api.models import INVALID_REQUEST
from esms_desktop.catalogue.model import AppliesTo as C
from esms_desktop.catalogue.model import CodeInfo, Scope, Text

#: Ours, not eSMS's: a message whose own send time passed before it could be handed over.
SCHEDULE_PASSED = "schedule_passed"

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
            "(mục Cấu hình API), rồi bấm Kiểm tra kết nối.",
            "Lấy lại ApiKey và SecretKey từ trang quản trị eSMS (mục Cấu hình API), "
            "đặt vào biến môi trường ESMS_API_KEY và ESMS_SECRET_KEY (hoặc dùng "
            "--profile TÊN với tài khoản đã lưu trong cửa sổ), rồi chạy esms-desktop "
            "balance để thử.",
        ),
        en=(
            "Wrong API keys",
            "The ApiKey or SecretKey is wrong, so eSMS refuses to send.",
            "Open Account, paste the ApiKey and SecretKey again from the eSMS dashboard "
            "(API settings), then press Test connection.",
            "Copy the ApiKey and SecretKey again from the eSMS dashboard (API "
            "settings) into the ESMS_API_KEY and ESMS_SECRET_KEY environment "
            "variables (or use --profile NAME with an account saved in the window), "
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
            "vào danh sách cho phép, rồi bấm Gửi tiếp.",
            "Gửi địa chỉ IP của mạng bạn đang dùng cho nhân viên kinh doanh eSMS để "
            "họ thêm vào danh sách cho phép, rồi chạy esms-desktop resume "
            "SỐ_CHIẾN_DỊCH.",
        ),
        en=(
            "This computer is not allowed",
            "The internet (IP) address of this computer is not on the account's list of "
            "addresses allowed to send.",
            "Send the IP address of your network to your eSMS sales contact so they add it "
            "to the allowed list, then press Resume.",
            "Send the IP address of your network to your eSMS sales contact so they "
            "add it to the allowed list, then run esms-desktop resume "
            "CAMPAIGN_NUMBER.",
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
            "Mẫu ZNS hoặc giá trị điền vào mẫu không hợp lệ (thiếu tham số, quá dài, sai kiểu).",
            "Kiểm tra các tham số của mẫu và cột dữ liệu gắn với chúng.",
            "Kiểm tra các tham số của mẫu và cột dữ liệu gắn với chúng (--param, --param-value).",
        ),
        en=(
            "Wrong ZNS template",
            "The ZNS template or the values filled into it are not valid (a parameter is "
            "missing, too long or of the wrong kind).",
            "Check the template's parameters and the columns mapped to them.",
            "Check the template's parameters and the columns mapped to them (--param,"
            " --param-value).",
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
LOCAL_ENTRIES: tuple[CodeInfo, ...] = (
    _e(
        UNDELIVERED, Scope.MESSAGE, _SENDS, retry=True, charged=True,
        vi=("Không đến được máy",
            "eSMS đã nhận tin nhưng nhà mạng không giao được tới máy khách hàng (máy tắt, ngoài "
            "vùng phủ sóng, hoặc số không còn dùng). Tin đã bị tính tiền.",
            "Có thể gửi lại sau bằng nút Gửi lại các tin lỗi. Nếu lần nào cũng không đến, hãy "
            "kiểm tra lại số với khách.",
            "Có thể gửi lại sau: lấy các dòng không đến trong báo cáo (esms-desktop report "
            "SỐ_CHIẾN_DỊCH --out baocao.xlsx), lưu thành một file riêng rồi gửi file đó bằng "
            "esms-desktop send ... --again. Nếu lần nào cũng không đến, hãy kiểm tra lại số với "
            "khách."),
        en=("Not delivered",
            "eSMS accepted the message but the carrier could not deliver it to the customer's "
            "phone (switched off, out of coverage, or number no longer used). It was charged.",
            "You can send it again later with Send again to failed ones. If it never arrives, "
            "check the number with the customer.",
            "You can send again later: take the undelivered rows from the report (esms-desktop "
            "report CAMPAIGN_NUMBER --out report.xlsx), save them as a file of their own and "
            "send it with esms-desktop send ... --again. If it never arrives, check the number "
            "with the customer."),
    ),
    _e(
        UNDELIVERED_ZALO, Scope.MESSAGE, _SENDS, retry=True, charged=True,
        vi=("Không đến được máy",
            "eSMS đã nhận tin nhưng không giao được tới khách (khách không dùng Zalo, chặn tin "
            "của OA, máy tắt hoặc số không còn dùng). Tin đã bị tính tiền.",
            "Có thể gửi lại sau bằng nút Gửi lại các tin lỗi, hoặc gửi cho các khách này bằng "
            "SMS. Nếu lần nào cũng không đến, hãy kiểm tra lại số với khách.",
            "Có thể gửi lại sau cho các số này (esms-desktop send --again), hoặc gửi cho họ "
            "bằng SMS (--channel cskh). Nếu lần nào cũng không đến, hãy kiểm tra lại số với "
            "khách."),
        en=("Not delivered",
            "eSMS accepted the message but could not deliver it to the customer (no Zalo, the "
            "OA is blocked, phone switched off or number no longer used). It was charged.",
            "You can send it again later with Send again to failed ones, or send these "
            "customers an SMS. If it never arrives, check the number with the customer.",
            "You can send to these numbers again later (esms-desktop send --again), or send "
            "them an SMS (--channel cskh). If it never arrives, check the number with the "
            "customer."),
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
