"""``esms-desktop diagnose`` (and the Account page's "Check with eSMS"): each check's
verdict and the closing sentence. The checks' own details stay in English: they are for
support."""

TEXTS = {
    "diagnose.ok": "OK",
    "diagnose.different": "DIFFERENT",
    "diagnose.skipped": "skipped",
    "diagnose.failed": "FAILED",
    "diagnose.account_refused": "eSMS refused this account (not a fault of the app): {said}",
    "diagnose.all_ok": "Every answer has the shape this app expects.",
    "diagnose.some_differ": "Some answers differ from what this app expects. Send this text to "
    "support (it contains no key).",
}
