"""What "Test connection" asks eSMS of an account: balance, brandnames, OAs, templates."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.checks import AccountInfo

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

log = logging.getLogger(__name__)


@dataclass
class AccountSummary(AccountInfo):
    """What "Test connection" learnt, with the number of registered templates."""

    #: Customer-care templates of every brandname, ZNS templates of every OA; None when
    #: eSMS did not list them.
    templates: int | None = None
    #: eSMS's clock minus this computer's (seconds), from the Date of its answers.
    clock_off: float | None = None


def fetch_summary(client: EsmsClient) -> AccountSummary:
    """The account of ``client``'s keys (on a worker: it asks eSMS)."""
    info = AccountSummary(balance=client.get_balance().balance)
    info.brandnames = client.get_brandnames()
    info.oas = client.get_zalo_oas()
    # Free look-ups; the account works without them. An OA that may not list its
    # templates (not approved, expired) counts none; all refused: unknown.
    lookups: list[Callable[[], Sized]] = [
        *(lambda b=b: client.get_customer_care_templates(b.name)
          for b in info.brandnames if not b.is_advertising),
        *(lambda o=o: client.get_zns_templates(o.oaid) for o in info.oas),
    ]  # fmt: skip
    for lookup in lookups:
        try:
            found = len(lookup())
        except EsmsDesktopError as exc:
            log.info("templates could not be listed: %r", exc)
            continue
        info.templates = (info.templates or 0) + found
    offset = client.esms_clock.offset
    info.clock_off = offset.middle if offset is not None else None
    return info
