"""eSMS's ``SmsType`` values: a module of its own, so that the channels (``message.spec``)
know them without loading the answer models (``api.models``, a dozen dataclasses) at
start-up."""

from __future__ import annotations


class SmsType:
    """eSMS's ``SmsType`` values, as strings."""

    ADVERTISING = "1"
    CUSTOMER_CARE = "2"
    FIXED_NUMBER = "8"
    ZNS = "24"
    ZNS_ALT = "25"
