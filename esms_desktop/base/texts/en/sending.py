"""Planning a campaign (``sending.plan``)."""

TEXTS = {
    "sending.again_name": "{name} (sent again)",
    # sending.again: why failures are not offered in "Send to failures again"
    "sending.again.refused": "Not offered again: {count:n|failure|failures} that eSMS would "
    "refuse the same way (and might charge again). What to do:",
    "sending.again.reason": "- {title} ({count:n}): {action}",
    "sending.again.sent_again": "Not offered again: {count:n|failure|failures} already sent "
    "again by campaign {by}: nothing is sent twice.",
    "sending.again.ad_limit": "Not offered again now: {count:n|customer has|customers have} "
    "had 3 advertising messages in the last 24 hours (Decree 91). Try again tomorrow.",
    "sending.again.too_few": "Not offered again: {count:n|number|numbers} at a send time "
    "that does not reach eSMS's least for advertising sent at once ({least}). Send them with "
    "other customers in a new campaign.",
}
