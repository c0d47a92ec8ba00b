"""The eSMS base address: default, validation, and the plain-http rule."""

from __future__ import annotations

import ipaddress
import re

from esms_desktop.base.errors import ApiUrlError
from esms_desktop.base.texts import words

DEFAULT_API_URL = "https://rest.esms.vn/MainService.svc/json/"


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _shown(url: str) -> str:
    """``url`` as a message may show it: a user name or password in it is hidden."""
    return re.sub(r"//[^/?#]*@", "//***@", url.strip())


def validate_base_url(url: str) -> str:
    """The base URL with a trailing slash, or :class:`ApiUrlError` (a ``ConfigError``).

    Plain ``http://`` is allowed only for this machine (the simulator): the
    keys travel in every request, some of them in the URL itself.
    """
    import httpx  # here: the window starts without the HTTP library (a third of a second)

    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ApiUrlError(
            f"not a web address: {url!r}", reason=words("app.api_url.not_address", url=_shown(url))
        ) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ApiUrlError(
            f"the eSMS address must start with https://, not {url!r}",
            reason=words("app.api_url.not_https", url=_shown(url)),
        )
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise ApiUrlError(
            f"refusing plain http for {parsed.host}: the API keys would travel unencrypted; "
            "use https://",
            reason=words("app.api_url.plain_http", url=_shown(url)),
        )
    if parsed.query or parsed.fragment:
        raise ApiUrlError(
            "the eSMS address must not contain ? or #",
            reason=words("app.api_url.query", url=_shown(url)),
        )
    if parsed.userinfo:
        # https://rest.esms.vn@example.com/ connects to example.com, not to eSMS.
        raise ApiUrlError(
            "the eSMS address must not contain a user name or '@': it would send your keys "
            f"to {parsed.host}",
            reason=words("app.api_url.user_info", host=parsed.host),
        )
    text = str(parsed)
    return text if text.endswith("/") else text + "/"
