"""What the checks need to know about the account, fetched once, and prices.

Without an account (offline, or no keys yet) the account checks are skipped
and said to be skipped; prices then come from a local table of typical prices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, cast

from esms_desktop.api.models import (
    Brandname,
    CskhTemplate,
    ZaloOA,
    ZnsTemplate,
    ZnsTemplateInfo,
)
from esms_desktop.api.parallel import in_parallel
from esms_desktop.base.errors import ApiError, ResultCodeError
from esms_desktop.catalogue import refuses_account
from esms_desktop.message.spec import CampaignSpec, Channel
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.sms_text import measure

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

#: Typical eSMS prices in VND per SMS part (per message for Zalo), used only when
#: the price estimate API cannot be asked. Shown to the user as approximate. The one
#: table of prices: the window's hints read it too (see :func:`local_price`).
LOCAL_PRICES = {
    Channel.CUSTOMER_CARE: Decimal(850),
    Channel.ADVERTISING: Decimal(700),
    Channel.FIXED_NUMBER: Decimal(400),
    Channel.ZALO: Decimal(350),
    # The Zalo part alone: a message Zalo cannot deliver costs an SMS more (see
    # :func:`local_price` and :func:`unit_price`).
    Channel.ZALO_THEN_SMS: Decimal(350),
}


def local_price(channel: Channel, text: str = "") -> Decimal:
    """The table's price of one message of ``channel`` with ``text`` (its parts, counted
    as :func:`~esms_desktop.telecom.sms_text.measure` counts them for the check and the send)."""
    parts = measure(text).parts if text and channel.sends_text else 1
    return _local(channel, parts)


def _local(channel: Channel, parts: int) -> Decimal:
    """The table's price of one message of ``parts`` parts; for Zalo then SMS the most it
    can cost: the ZNS and, when Zalo cannot deliver it, the SMS part as well."""
    if channel.sms_fallback:
        return LOCAL_PRICES[channel] + LOCAL_PRICES[Channel.CUSTOMER_CARE] * max(parts, 1)
    if not channel.sends_text:
        return LOCAL_PRICES[channel]
    return LOCAL_PRICES[channel] * max(parts, 1)


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
    #: The chosen template's detail (``GetZnsTemplateInfo``): its state (under review,
    #: rejected...), its ``TemplateTag`` (mode 3 is for tag-3 templates only) and which
    #: parameters may be empty; None when eSMS did not say.
    zns_info: ZnsTemplateInfo | None = None
    #: Unit prices per (channel, carrier, parts) asked from the estimate API.
    unit_prices: dict[tuple[str, Carrier | None, int], Decimal] = field(default_factory=dict)
    #: A price estimate eSMS refused for the whole account (102 no price list, 143 locked,
    #: ...): every send would be refused the same way.
    price_refusal: ResultCodeError | None = None

    def brand_type(self, name: str) -> str | None:
        for brand in self.brandnames:
            if brand.name == name:
                return brand.type
        return None

    def cskh_for(self, carrier: Carrier | None) -> list[CskhTemplate]:
        return [t for t in self.cskh_templates if t.carrier is carrier]


def load_account_info(
    client: EsmsClient,
    *,
    brandname: str = "",
    oaid: str = "",
    sms_brandname: str = "",
    template_id: str = "",
) -> AccountInfo:
    """Ask eSMS for what a campaign's checks need, all questions at once. Network errors
    propagate.

    The template list of a brandname is asked together with the brandname list
    and kept only if the brandname turns out to be a customer-care one: one round
    trip instead of two, at the price of a look-up that may be thrown away.
    """
    names = [n for n in dict.fromkeys((brandname, sms_brandname)) if n]
    questions: list[Callable[[], object]] = [
        lambda: client.get_balance().balance,
        client.get_brandnames,
        *[partial(_cskh_templates, client, name) for name in names],
    ]
    if oaid:
        questions += _zalo_questions(client, oaid, template_id)
    answers = in_parallel(lambda ask: ask(), questions)
    info = AccountInfo()
    info.balance = cast(Decimal, answers[0])
    info.brandnames = cast(list[Brandname], answers[1])
    found = dict(zip(names, answers[2 : 2 + len(names)], strict=True))
    _keep_cskh_templates(info, client, (brandname, sms_brandname), found)
    if oaid:
        _read_zalo_answers(info, answers[2 + len(names) :], template_id)
    return info


def _cskh_templates(client: EsmsClient, name: str) -> list[CskhTemplate] | None:
    """The customer-care templates of ``name``, None when eSMS refuses to list them."""
    try:
        return client.get_customer_care_templates(name)
    except ApiError:
        return None  # not a customer-care brandname, most likely; decided by the caller


def _zns_templates(client: EsmsClient, oaid: str) -> tuple[list[ZnsTemplate], str]:
    """The templates of the OA, or no templates and the eSMS code that refused them."""
    try:
        return client.get_zns_templates(oaid), ""
    except ResultCodeError as exc:
        return [], exc.code


def _oa_remaining(client: EsmsClient, oaid: str) -> int | None:
    """The messages the OA may still send today, None when eSMS does not say."""
    try:
        return client.get_oa_quota(oaid).remaining
    except ResultCodeError:
        return None


def _template_info(client: EsmsClient, template_id: str, oaid: str) -> ZnsTemplateInfo | None:
    """The detail of a ZNS template, None when eSMS does not say."""
    try:
        return client.get_zns_template_info(template_id, oaid)
    except ApiError:
        return None


def _zalo_questions(client: EsmsClient, oaid: str, template_id: str) -> list[Callable[[], object]]:
    """The questions about the OA, answered in this order by :func:`_read_zalo_answers`."""
    questions: list[Callable[[], object]] = [
        client.get_zalo_oas,
        partial(_zns_templates, client, oaid),
        partial(_oa_remaining, client, oaid),
    ]
    if template_id:
        questions.append(partial(_template_info, client, template_id, oaid))
    return questions


def _keep_cskh_templates(
    info: AccountInfo,
    client: EsmsClient,
    names: tuple[str, str],
    found: dict[str, object],
) -> None:
    """Keep the templates of the brandnames that are customer-care ones."""
    for name in names:
        if name and info.brand_type(name) == "2":
            listed = cast("list[CskhTemplate] | None", found[name])
            if listed is None:  # refused alone: ask again, so the refusal reaches the user
                listed = client.get_customer_care_templates(name)
            info.cskh_templates = listed


def _read_zalo_answers(info: AccountInfo, answers: list[object], template_id: str) -> None:
    """Store the answers of :func:`_zalo_questions` in ``info``."""
    info.oas = cast(list[ZaloOA], answers[0])
    info.zns_templates, info.zns_error = cast(tuple[list[ZnsTemplate], str], answers[1])
    info.oa_remaining = cast("int | None", answers[2])
    if template_id:
        info.zns_info = cast("ZnsTemplateInfo | None", answers[3])


def load_account_for(client: EsmsClient, spec: CampaignSpec) -> AccountInfo:
    """What the checks of ``spec`` need to know about the account."""
    return load_account_info(
        client,
        brandname=spec.brandname,
        oaid=spec.oaid,
        sms_brandname=spec.brandname if spec.channel.sms_fallback else "",
        template_id=spec.template_id if spec.uses_zalo else "",
    )


def unit_price(
    client: EsmsClient | None,
    info: AccountInfo | None,
    *,
    channel: Channel,
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

    Zalo then SMS: the most one message can cost (:func:`_most_with_fallback`).
    """
    key = (channel, carrier, parts)
    if info is not None and key in info.unit_prices:
        return info.unit_prices[key], True
    if channel.sms_fallback:
        return _most_with_fallback(
            client, info, carrier, parts, (sample, sample_content, brandname),
            (oaid, template_id, params),
        )  # fmt: skip
    if client is not None and info is not None:
        try:
            if channel.is_advertising:
                estimate = client.estimate_advertising([sample], sample_content, brandname)
            elif channel.uses_zalo:
                estimate = client.estimate_zalo(sample, oaid, template_id, params or [])
            else:
                # Customer care or fixed number, by its SmsType. Asked with the IsUnicode
                # the send will use: eSMS prices a text said to be plain by 160-character
                # parts, a Unicode one by 70.
                estimate = client.estimate_customer_care(
                    sample,
                    sample_content,
                    brandname if channel.uses_brandname else "",
                    sms_type=channel.sms_type,
                    is_unicode=measure(sample_content).unicode,
                )
            if estimate.total_receiver > 0:
                price = estimate.total_price / estimate.total_receiver
                info.unit_prices[key] = price
                return price, True
        except ResultCodeError as exc:
            if refuses_account(exc.code):
                info.price_refusal = exc
        except ApiError:
            pass
    return _local(channel, parts), False


def _most_with_fallback(
    client: EsmsClient | None,
    info: AccountInfo | None,
    carrier: Carrier | None,
    parts: int,
    sms: tuple[str, str, str],
    zns: tuple[str, str, list[str] | None],
) -> tuple[Decimal, bool]:
    """The most one Zalo then SMS message can cost. eSMS sends (and charges) its SMS part
    when the ZNS fails, and its pages do not say the ZNS is then free: the ZNS's price
    and the SMS part's, as customer care of the row's carrier and parts.

    ``sms``: sample number, its text, brandname; ``zns``: OA, template, parameters."""
    sample, sample_content, brandname = sms
    oaid, template_id, params = zns
    zns_price, zns_asked = unit_price(
        client, info, channel=Channel.ZALO, carrier=None, parts=1, sample=sample,
        sample_content=sample_content, brandname=brandname, oaid=oaid,
        template_id=template_id, params=params,
    )  # fmt: skip
    sms_price, sms_asked = unit_price(
        client, info, channel=Channel.CUSTOMER_CARE, carrier=carrier, parts=parts,
        sample=sample, sample_content=sample_content, brandname=brandname,
    )  # fmt: skip
    if zns_asked and sms_asked and info is not None:
        info.unit_prices[(Channel.ZALO_THEN_SMS, carrier, parts)] = zns_price + sms_price
    return zns_price + sms_price, zns_asked and sms_asked
