"""The eSMS HTTP client: one typed method per endpoint the app uses.

It owns the base URL, timeouts, TLS, retries and pacing (:mod:`esms_desktop.api.http`);
the sending methods are in :mod:`esms_desktop.api.sending`, the look-ups in
:mod:`esms_desktop.api.lookups`. Send methods return a :class:`SendResult` for any
result code: a refused message is a result, not an exception.
"""

from __future__ import annotations

from esms_desktop.api.answers import result_code
from esms_desktop.api.http import DEFAULT_TIMEOUT
from esms_desktop.api.lookups import LookupApi
from esms_desktop.api.registration import RegistrationApi
from esms_desktop.api.sending import SendingApi
from esms_desktop.api.sms_types import SmsType
from esms_desktop.api.zalo_quality import ZaloQualityApi

__all__ = ["DEFAULT_TIMEOUT", "EsmsClient", "SmsType", "result_code"]


class EsmsClient(SendingApi, LookupApi, RegistrationApi, ZaloQualityApi):
    """Talks to eSMS (or the simulator, through ``transport`` or a loopback URL)."""
