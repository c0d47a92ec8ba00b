"""Typed answers of the eSMS API. Raw dicts stay inside the client."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from esms_desktop.api.answer_codes import DUPLICATE_REQUEST as DUPLICATE_REQUEST
from esms_desktop.api.answer_codes import INVALID_REQUEST as INVALID_REQUEST
from esms_desktop.api.answer_codes import SUCCESS as SUCCESS
from esms_desktop.telecom.carriers import Carrier


@dataclass(frozen=True, slots=True)
class SendResult:
    """eSMS's answer to one send request. A refusal is a result, not an error.

    ``attempts`` counts the HTTP attempts the client made with the same
    RequestId; a 124 after more than one attempt means an earlier attempt
    arrived (see :attr:`duplicate_of_earlier_attempt`).
    """

    code: str
    sms_id: str = ""
    error_message: str = ""
    attempts: int = 1
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def accepted(self) -> bool:
        return self.code == SUCCESS

    @property
    def duplicate_of_earlier_attempt(self) -> bool:
        return self.code == DUPLICATE_REQUEST and self.attempts > 1


def phone_key(phone: str) -> str:
    """A phone number as one text whatever way an answer writes it: ``84961...``,
    ``+84 961 ...``, ``0961...`` all give ``0961...`` (bulk answers are matched by it)."""
    digits = "".join(c for c in phone if c.isdigit())
    if digits.startswith("0084"):
        digits = digits[2:]
    if digits.startswith("84") and len(digits) >= 11:
        return "0" + digits[2:]
    return digits


@dataclass(frozen=True, slots=True)
class BulkItemResult:
    """One recipient's result inside a bulk Zalo answer.

    ``code`` is "" when the item's ``CodeResult`` could not be read: its fate is
    unknown, like an item missing from the answer.
    """

    phone: str
    code: str
    sms_id: str = ""
    request_id: str = ""
    #: eSMS's words for a refused item (``ErrorMessage``), sanitised and short.
    error_message: str = ""

    @property
    def readable(self) -> bool:
        return bool(self.code)


@dataclass(frozen=True, slots=True)
class BulkSendResult:
    """Answer of ``Send_zns_bulk_v4_post_json``: a request code and per-item codes."""

    code: str
    total_success: int
    items: tuple[BulkItemResult, ...]
    error_message: str = ""
    attempts: int = 1
    #: ``TotalFail`` (VN page only): how many items eSMS refused, as it counts them.
    total_fail: int = 0

    @property
    def accepted(self) -> bool:
        return self.code == SUCCESS


@dataclass(frozen=True, slots=True)
class Balance:
    balance: Decimal
    user_id: str


@dataclass(frozen=True, slots=True)
class Brandname:
    name: str
    #: eSMS's type: 1 advertising, 2 customer care, 23 Viber.
    type: str

    @property
    def is_advertising(self) -> bool:
        return self.type == "1"

    @property
    def is_customer_care(self) -> bool:
        return self.type == "2"


@dataclass(frozen=True, slots=True)
class CskhTemplate:
    """A customer-care template registered for a brandname on one carrier."""

    network_id: str
    content: str
    temp_id: str

    @property
    def carrier(self) -> Carrier | None:
        return Carrier.from_network_id(self.network_id)


@dataclass(frozen=True, slots=True)
class ZaloOA:
    oaid: str
    name: str


@dataclass(frozen=True, slots=True)
class ZnsParam:
    """One parameter of a ZNS template, with the limits eSMS enforces.

    From ``GetTemplate``: ``Param``, ``Limit``, ``ParamLevel`` (the position,
    1-based) and ``RequireType`` (the data type: ``type_text``, ``type_number``,
    ``type_date``, ``type_cta_url``). From ``GetZnsTemplateInfo``: ``Require``,
    ``MinLength`` and ``Type`` ("STRING"...).
    """

    name: str
    max_length: int
    min_length: int = 0
    required: bool = True
    type: str = ""
    position: int = 0
    #: ``AcceptNull`` (``GetZnsTemplateInfo``): the value may be empty.
    accept_null: bool = False


@dataclass(frozen=True, slots=True)
class ZnsTemplate:
    temp_id: str
    name: str
    content: str
    params: tuple[ZnsParam, ...]


#: ``TemplateTag`` values of a Zalo "tag 3" template, the only kind ``SendingMode`` 3 may
#: send over quota (VN bulk and ZNS pages). Zalo numbers its tags 1 TRANSACTION,
#: 2 CUSTOMER_CARE, 3 PROMOTION ("hậu mãi", as in the quota's promotion fields).
TAG_3 = frozenset({"3", "PROMOTION"})


@dataclass(frozen=True, slots=True)
class ZnsTemplateInfo:
    template_id: str
    #: ``Status``: ENABLE (usable), PENDING_REVIEW, REJECT, DISABLE or DELETE (VN page).
    status: str
    tag: str
    params: tuple[ZnsParam, ...]
    price: Decimal | None = None
    #: ``Reason``: why the template is in its state (a rejection's reason), as eSMS wrote
    #: it, cleaned and cut short.
    reason: str = ""

    @property
    def is_tag_3(self) -> bool:
        """Whether eSMS confirms this is a tag-3 template (over-quota sending allowed)."""
        return self.tag.strip().upper() in TAG_3


@dataclass(frozen=True, slots=True)
class OaQuota:
    """``ZNS/GetQuota``: the OA's daily quota, and (VN page) its promotion ("hậu mãi") quotas.

    The promotion fields are None when the answer leaves them out.
    """

    daily: int
    remaining: int
    daily_promotion: int | None = None
    remaining_promotion: int | None = None
    monthly_promotion: int | None = None
    remaining_monthly_promotion: int | None = None
    next_month_promotion: int | None = None


@dataclass(frozen=True, slots=True)
class PriceEstimate:
    total_price: Decimal
    total_receiver: int


@dataclass(frozen=True, slots=True)
class SendStatus:
    """``GetSendStatus``: 1 in review, 2 waiting, 4 rejected, 5 sent, 7 awaiting report."""

    send_status: str
    send_success: int
    send_failed: int
    total_price: Decimal
    total_receiver: int
    total_sent: int

    @property
    def final(self) -> bool:
        return self.send_status in ("4", "5")


@dataclass(frozen=True, slots=True)
class ReceiverStatus:
    phone: str
    network_name: str
    is_sent: bool
    sent_result: bool
    retry: int


@dataclass(frozen=True, slots=True)
class ZnsStatus:
    """``QueryZnsStatus``: whether one ZNS reached the customer.

    ``error_info`` is "0" sent, "1001" failed (the customer was not online in time),
    None not sent yet, anything else a Zalo error code.
    """

    sms_id: str
    #: ``FinalStatus`` "1": the state below will not change any more.
    final: bool
    error_info: str | None
    send_status: str = ""
    zalo_msg_id: str = ""

    @property
    def delivery(self) -> str:
        """ "delivered", "failed" or "waiting" (the words of the journal)."""
        if self.error_info == "0":
            return "delivered"
        if self.final and self.error_info:
            return "failed"
        return "waiting"


@dataclass(frozen=True, slots=True)
class SentDataItem:
    """One message of ``GetSmsSentData_V2``. ``reference_id`` is the SMSID its send returned."""

    phone: str
    content: str
    reference_id: str
    sell_price: Decimal
    #: 1 delivered, 0 failed, 2 waiting.
    send_result: str
    send_status: str
    #: Unix time, parsed from ``/Date(1705484048995+0700)/`` (None when unreadable).
    sent_time: float | None
    campaign: str
    #: eSMS's own numeric id of the message, as shown in its web portal.
    portal_id: str = ""


@dataclass(frozen=True, slots=True)
class SentDataPage:
    items: tuple[SentDataItem, ...]
    #: ``CountTotal``: messages on all pages together.
    total: int
