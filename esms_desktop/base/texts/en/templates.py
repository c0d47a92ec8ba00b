"""Registering a text as an eSMS template (``app.template_register``): what eSMS's
moderators would refuse, and a registration's state."""

TEXTS = {
    "templates.unknown_column": "The text uses the column {{{column}}}, which the file does not "
    "have. Its columns: {columns}",
    "templates.empty": "The text is empty.",
    "templates.link": "A customer-care template may not contain a link ({link}): eSMS refuses "
    "it. Remove the link, or put it in a variable such as {{Link}}.",
    "templates.phone": "A template may not contain a phone number ({phone}): eSMS refuses it. "
    "Remove it, or put it in a variable such as {{Hotline}}.",
    "templates.nothing_sent": "Nothing was sent to eSMS.",
    "templates.channels": "Only customer-care (cskh) or fixed-number (fixed) templates can be "
    "registered.",
    "templates.brandname": "Choose a brandname already on the eSMS account.",
    "templates.brandname@command": "A brandname already on the eSMS account is needed "
    "(--brandname).",
    "templates.fixed_not_listed": "eSMS does not list the fixed-number templates of {brandname} "
    "(code {code}): see whether they were approved on eSMS's web portal.",
    "templates.approved": "approved",
    "templates.refused": "refused",
    "templates.refused_because": "refused: {reason}",
    "templates.moderating": "moderating",
    "templates.moderating_long": "moderating (over 3 days: ask eSMS's support about it)",
}
