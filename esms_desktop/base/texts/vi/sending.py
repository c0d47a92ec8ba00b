"""Planning a campaign (``sending.plan``)."""

TEXTS = {
    "sending.again_name": "{name} (gửi lại)",
}
