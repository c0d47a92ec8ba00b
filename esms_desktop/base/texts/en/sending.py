"""Planning a campaign (``sending.plan``)."""

TEXTS = {
    "sending.again_name": "{name} (sent again)",
}
