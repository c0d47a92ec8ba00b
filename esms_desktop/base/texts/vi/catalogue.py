"""The frame around an eSMS code's own words (``esms-desktop explain``); the codes' titles,
explanations and actions are the code catalogue itself (``catalogue.codes``)."""

TEXTS = {
    "catalogue.what_to_do": "Nên làm gì: {action}",
    "catalogue.applies_to": "Áp dụng cho: {channels}",
    "catalogue.retry_helps": "Gửi lại sau có thể được: {answer}",
    "catalogue.charged": "Bị trừ tiền: {answer}",
    "catalogue.esms_said": "eSMS báo: {message}",
    "catalogue.unknown_asked": (
        "Ứng dụng chưa biết mã {code}: mã này không có trong danh sách mã eSMS công bố. "
        "Nếu eSMS trả mã này cho một tin nhắn, báo cáo của chiến dịch đó có ghi nội dung eSMS "
        "gửi kèm."
    ),
    "catalogue.yes": "có",
    "catalogue.no": "không",
    "catalogue.channel_all": "mọi loại tin",
    "catalogue.channel_cskh": "tin chăm sóc khách hàng",
    "catalogue.channel_qc": "tin quảng cáo",
    "catalogue.channel_fixed": "tin đầu số cố định",
    "catalogue.channel_zalo": "tin Zalo",
    "catalogue.channel_voice": "cuộc gọi thoại",
    "catalogue.channel_status": "tra cứu trạng thái",
    "catalogue.channel_registration": "đăng ký mẫu, gói OA",
    "catalogue.local_check": "Mã này là của ứng dụng, do nó tự kiểm tra trước khi gửi; không "
    "phải mã eSMS trả về.",
}
