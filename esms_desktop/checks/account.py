"""What the checks need to know about the account, fetched once, and prices.

Without an account (offline, or no keys yet) the account checks are skipped
and said to be skipped; prices then come from a local table of typical prices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from esms_desktop.api.client import EsmsClient, SmsType
from esms_desktop.api.models import Brandname, CskhTemplate, ZaloOA, ZnsTemplate
from esms_desktop.carriers import Carrier
from esms_desktop.checks.campaign import CampaignSpec
from esms_desktop.errors import ApiError, ResultCodeError

#: Typical eSMS prices in VND per SMS part (per message for Zalo), used only when
#: the price estimate API cannot be asked. Shown to the user as approximate.
LOCAL_PRICES = {
    "cskh": Decimal(850),
    "qc": Decimal(700),
    "fixed": Decimal(400),
    "zalo": Decimal(350),
    "zalo-sms": Decimal(350),
}


@dataclass
class AccountInfo:
    """A snapshot of the account for one check run."""

    balance: Decimal | None = None
    brandnames: list[Brandname] = field(default_factory=list)
    #: Templates of the chosen customer-care brandname.
    cskh_templates: list[CskhTemplate] = field(default_factory=list)
    oas: list[ZaloOA] = field(default_factory=list)
    #: Templates of the chosen OA, or the eSMS code that refused to list them.
    zns_templates: list[ZnsTemplate] = field(default_factory=list)
    zns_error: str = ""
    #: Zalo messages the chosen OA may still send today (``GetQuota``), if known.
    oa_remaining: int | None = None
    #: Unit prices per (channel, carrier, parts) asked from the estimate API.
    unit_prices: dict[tuple[str, Carrier | None, int], Decimal] = field(default_factory=dict)

    def brand_type(self, name: str) -> str | None:
        for brand in self.brandnames:
            if brand.name == name:
                return brand.type
        return None

    def cskh_for(self, carrier: Carrier | None) -> list[CskhTemplate]:
        return [t for t in self.cskh_templates if t.carrier is carrier]


def load_account_info(
    client: EsmsClient, *, brandname: str = "", oaid: str = "", sms_brandname: str = ""
) -> AccountInfo:
    """Ask eSMS for what a campaign's checks need. Network errors propagate."""
    info = AccountInfo()
    info.balance = client.get_balance().balance
    info.brandnames = client.get_brandnames()
    for name in (brandname, sms_brandname):
        if name and info.brand_type(name) == "2":
            info.cskh_templates = client.get_customer_care_templates(name)
    if oaid:
        info.oas = client.get_zalo_oas()
        try:
            info.zns_templates = client.get_zns_templates(oaid)
        except ResultCodeError as exc:
            info.zns_error = exc.code
        try:
            info.oa_remaining = client.get_oa_quota(oaid).remaining
        except ResultCodeError:
            info.oa_remaining = None
    return info


def load_account_for(client: EsmsClient, spec: CampaignSpec) -> AccountInfo:
    """What the checks of ``spec`` need to know about the account."""
    return load_account_info(
        client,
        brandname=spec.brandname,
        oaid=spec.oaid,
        sms_brandname=spec.brandname if spec.channel == "zalo-sms" else "",
    )


def unit_price(
    client: EsmsClient | None,
    info: AccountInfo | None,
    *,
    channel: str,
    carrier: Carrier | None,
    parts: int,
    sample: str,
    sample_content: str,
    brandname: str,
    oaid: str = "",
    template_id: str = "",
    params: list[str] | None = None,
) -> tuple[Decimal, bool]:
    """The price of one message, and whether it came from eSMS (True) or the local table.

    One estimate request per (channel, carrier, parts) answers for every row
    that shares them, so a 100,000-row list costs a handful of requests.
    """
    key = (channel, carrier, parts)
    if info is not None and key in info.unit_prices:
        return info.unit_prices[key], True
    if client is not None and info is not None:
        try:
            if channel == "qc":
                estimate = client.estimate_advertising([sample], sample_content, brandname)
            elif channel in ("zalo", "zalo-sms"):
                estimate = client.estimate_zalo(sample, oaid, template_id, params or [])
            elif channel == "fixed":
                estimate = client.estimate_customer_care(
                    sample, sample_content, "", sms_type=SmsType.FIXED_NUMBER
                )
            else:
                estimate = client.estimate_customer_care(sample, sample_content, brandname)
            if estimate.total_receiver > 0:
                price = estimate.total_price / estimate.total_receiver
                info.unit_prices[key] = price
                return price, True
        except ApiError:
            pass
    return LOCAL_PRICES[channel] * max(parts, 1), False
