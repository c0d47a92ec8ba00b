"""The eSMS base address: default, validation, and the plain-http rule."""

from __future__ import annotations

import ipaddress

from esms_desktop.base.errors import ConfigError

DEFAULT_API_URL = "https://rest.esms.vn/MainService.svc/json/"


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str) -> str:
    """The base URL with a trailing slash, or :class:`ConfigError`.

    Plain ``http://`` is allowed only for this machine (the simulator): the
    keys travel in every request, some of them in the URL itself.
    """
    import httpx  # here: the window starts without the HTTP library (a third of a second)

    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigError(f"not a web address: {url!r}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigError(f"the eSMS address must start with https://, not {url!r}")
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise ConfigError(
            f"refusing plain http for {parsed.host}: the API keys would travel unencrypted; "
            "use https://"
        )
    if parsed.query or parsed.fragment:
        raise ConfigError("the eSMS address must not contain ? or #")
    if parsed.userinfo:
        # https://rest.esms.vn@example.com/ connects to example.com, not to eSMS.
        raise ConfigError(
            "the eSMS address must not contain a user name or '@': it would send your keys "
            f"to {parsed.host}"
        )
    text = str(parsed)
    return text if text.endswith("/") else text + "/"
