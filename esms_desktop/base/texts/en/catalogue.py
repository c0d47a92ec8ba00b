"""The frame around an eSMS code's own words (``esms-desktop explain``); the codes' titles,
explanations and actions are the code catalogue itself (``catalogue.codes``)."""

TEXTS = {
    "catalogue.what_to_do": "What to do: {action}",
    "catalogue.applies_to": "Applies to: {channels}",
    "catalogue.retry_helps": "Sending again later can help: {answer}",
    "catalogue.charged": "Money taken: {answer}",
    "catalogue.esms_said": "eSMS said: {message}",
    "catalogue.unknown_asked": (
        "This app does not know the code {code}: it is not among the codes eSMS publishes. "
        "If eSMS answered a message with it, that campaign's report shows what eSMS said "
        "with it."
    ),
    "catalogue.yes": "yes",
    "catalogue.no": "no",
    "catalogue.channel_all": "all messages",
    "catalogue.channel_cskh": "customer-care SMS",
    "catalogue.channel_qc": "advertising SMS",
    "catalogue.channel_fixed": "fixed-number SMS",
    "catalogue.channel_zalo": "Zalo messages",
    "catalogue.channel_voice": "voice calls",
    "catalogue.channel_status": "status look-ups",
    "catalogue.channel_registration": "template and OA registration",
    "catalogue.local_check": "This code is the app's own, from its check before sending; it is "
    "not one eSMS answers with.",
}
