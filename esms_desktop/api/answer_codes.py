"""The few eSMS answer codes the app's own logic turns on, as plain constants.

Kept apart from :mod:`esms_desktop.api.models` (dozens of answer types, slow to
create) so that the code catalogue, which ``explain`` and ``--help`` load, does
not load the models to learn one string.
"""

SUCCESS = "100"
DUPLICATE_REQUEST = "124"
#: Wrong ApiKey or SecretKey: the keys typed in the app, not the account, need putting right.
WRONG_KEYS = "101"
#: Not a code of eSMS: the code given to its answer ``{"error": "Invalid request"}``,
#: which carries none (the customer-care page shows it under "99").
INVALID_REQUEST = "invalid_request"
