"""Planning a campaign (``sending.plan``)."""

TEXTS = {
    "sending.again_name": "{name} (gửi lại)",
    # sending.again: vì sao có tin lỗi không được đưa vào "Gửi lại các tin lỗi"
    "sending.again.refused": "Không gửi lại {count:n} tin lỗi: gửi lại như cũ, eSMS cũng sẽ "
    "từ chối (có khi còn tính tiền). Việc nên làm:",
    "sending.again.reason": "- {title} ({count:n}): {action}",
    "sending.again.sent_again": "Không gửi lại: {count:n} tin lỗi đã được gửi lại ở chiến "
    "dịch {by}: không tin nào bị gửi hai lần.",
    "sending.again.ad_limit": "Chưa gửi lại lúc này: {count:n} khách đã nhận 3 tin quảng "
    "cáo trong 24 giờ qua (Nghị định 91). Hãy thử lại vào ngày mai.",
    "sending.again.too_few": "Không gửi lại: {count:n} số ở một giờ gửi có ít hơn {least} "
    "số, mức tối thiểu eSMS nhận cho một lần gửi quảng cáo. Hãy gửi cho họ cùng các khách "
    "khác trong một chiến dịch mới.",
}
