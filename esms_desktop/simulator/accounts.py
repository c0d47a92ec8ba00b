"""The simulator's world: accounts, brandnames, templates, OAs, and the demo account."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY
from esms_desktop.telecom.carriers import Carrier

DEMO_CSKH_BRAND = "SHOPHOA_DEMO"
DEMO_QC_BRAND = "SHOPHOA_QC"
DEMO_OA_ACTIVE = "4097311281936189049"
DEMO_OA_INACTIVE = "1234567890123456789"


@dataclass(frozen=True)
class ZnsParamDef:
    """A ZNS template parameter as eSMS describes it (``GetTemplate``'s ``ZNSTempDetail``)."""

    name: str
    limit: int
    required: bool = True
    #: ``RequireType``: type_text, type_number (digits, at most 12), type_date
    #: (dd/MM/yyyy) or type_cta_url.
    type: str = "type_text"
    #: ``MinLength`` of ``GetZnsTemplateInfo``'s ``ListParams``.
    min_length: int = 0


@dataclass
class ZnsTemplateDef:
    temp_id: str
    name: str
    content: str
    #: In the template's order (``ParamLevel`` 1, 2, ...).
    params: tuple[ZnsParamDef, ...]
    #: ``TemplateTag`` of ``GetZnsTemplateInfo``: TRANSACTION, CUSTOMER_CARE or PROMOTION.
    tag: str = "TRANSACTION"
    #: ``Status`` and ``Reason`` of ``GetZnsTemplateInfo``: ENABLE, PENDING_REVIEW, REJECT,
    #: DISABLE or DELETE, and why (the page's example: "Template đã được duyệt").
    status: str = "ENABLE"
    reason: str = "Template đã được duyệt"


@dataclass
class OaDef:
    oaid: str
    name: str
    active: bool = True
    over_quota_allowed: bool = False
    daily_quota: int = 500
    remaining_quota: int = 500
    #: Promotion ("hậu mãi") quotas of the VN quota page.
    daily_promotion_quota: int = 0
    remaining_promotion_quota: int = 0
    monthly_promotion_quota: int = 403
    remaining_monthly_promotion_quota: int = 403
    next_month_promotion_quota: int = 425
    templates: dict[str, ZnsTemplateDef] = field(default_factory=dict)


@dataclass
class CskhTemplateDef:
    temp_id: str
    carrier: Carrier
    content: str


@dataclass
class Prices:
    """VND per SMS part (per message for Zalo)."""

    customer_care: Decimal = Decimal(795)
    customer_care_viettel: Decimal = Decimal(850)
    advertising: Decimal = Decimal(650)
    fixed_number: Decimal = Decimal(350)
    zalo: Decimal = Decimal(300)


@dataclass
class Account:
    api_key: str
    secret_key: str
    user_id: str
    balance: Decimal
    #: brandname -> eSMS type ("1" advertising, "2" customer care)
    brandnames: dict[str, str] = field(default_factory=dict)
    cskh_templates: dict[str, list[CskhTemplateDef]] = field(default_factory=dict)
    oas: dict[str, OaDef] = field(default_factory=dict)
    prices: Prices = field(default_factory=Prices)
    #: What eSMS says of the account itself (the code table's account-wide codes): "" in
    #: order, or one of :data:`ACCOUNT_STATES`.
    state: str = ""


#: Account states eSMS's code table names, "applies to all types" (bang-ma-loi.md):
#: 143 "Tài khoản chưa được kích hoạt hoặc bị khóa" (not activated or locked: every call
#: is refused), 140 "IP chưa được whitelist để gửi tin" (this address may not *send*: the
#: look-ups still answer), 102 "Không có bảng giá" (no price list: sends and price
#: estimates are refused). 103 (no money) and 104 (no brandname) are played by the
#: balance and the brandnames themselves (see :func:`state_accounts`).
ACCOUNT_STATES = {"locked": "143", "ip_not_whitelisted": "140", "no_price_list": "102"}


def state_accounts() -> list[Account]:
    """Demo accounts in the states of eSMS's account-wide codes, each with keys of its own
    (``DEMO-API-KEY-<code>`` / ``DEMO-SECRET-KEY-<code>``), for trying the app end to end:
    143 locked, 140 address not whitelisted, 102 no price list, 103 a balance of 0 VND,
    104 no brandname (and no OA) registered."""
    accounts = []
    for state, code in ACCOUNT_STATES.items():
        accounts.append(_demo_with(code, state=state))
    empty = _demo_with("103", balance=Decimal(0))
    no_brand = _demo_with("104")
    no_brand.brandnames, no_brand.cskh_templates, no_brand.oas = {}, {}, {}
    return [*accounts, empty, no_brand]


def _demo_with(code: str, *, state: str = "", balance: Decimal = Decimal(2_000_000)) -> Account:
    account = demo_account(balance)
    account.api_key = f"DEMO-API-KEY-{code}"
    account.secret_key = f"DEMO-SECRET-KEY-{code}"
    account.user_id = f"9{code}"
    account.state = state
    return account


def demo_account(balance: Decimal = Decimal(2_000_000)) -> Account:
    """A florist's account: one customer-care and one advertising brandname.

    Customer-care templates exist for Viettel, Mobifone and Vinaphone only, so
    numbers on the other carriers get 177. One OA is active, one is not.
    """
    order = "Cam on {P1,30} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {P2,20}."
    reminder = "Shop Hoa Demo xin chao {P1,30}. Don hoa cua ban se giao luc {P2,20} ngay {P3,10}."
    templates = [
        CskhTemplateDef("3101", Carrier.VIETTEL, order),
        CskhTemplateDef("3102", Carrier.MOBIFONE, order),
        CskhTemplateDef("3103", Carrier.VINAPHONE, order),
        CskhTemplateDef("3201", Carrier.VIETTEL, reminder),
        CskhTemplateDef("3203", Carrier.VINAPHONE, reminder),
    ]
    active, inactive = _florist_oa(), _old_oa()
    return Account(
        api_key=DEMO_API_KEY,
        secret_key=DEMO_SECRET_KEY,
        user_id="90001",
        balance=balance,
        brandnames={DEMO_CSKH_BRAND: "2", DEMO_QC_BRAND: "1"},
        cskh_templates={DEMO_CSKH_BRAND: templates},
        oas={active.oaid: active, inactive.oaid: inactive},
    )


def _florist_oa() -> OaDef:
    """The demo's active Zalo OA, with its ZNS templates (an order, a delivery, a booking)."""
    return OaDef(
        DEMO_OA_ACTIVE,
        "Shop Hoa Demo",
        templates={
            "226012": ZnsTemplateDef(
                "226012",
                "Xác nhận đơn hàng",
                "Cảm ơn <customer_name> đã đặt hoa. Đơn <order_code> trị giá <amount> đ.",
                (
                    ZnsParamDef("customer_name", 30),
                    ZnsParamDef("order_code", 20),
                    ZnsParamDef("amount", 12, type="type_number"),
                ),
            ),
            "226013": ZnsTemplateDef(
                "226013",
                "Nhắc lịch giao hoa",
                "Chào <customer_name>, hoa sẽ giao lúc <delivery_time>. <note>",
                (
                    ZnsParamDef("customer_name", 30),
                    ZnsParamDef("delivery_time", 20),
                    ZnsParamDef("note", 100, required=False),
                ),
            ),
            "226014": ZnsTemplateDef(
                "226014",
                "Nhắc lịch hẹn",
                "Chào <customer_name>, lịch hẹn <booking_code> của bạn vào ngày <booking_date>. "
                "Xem chi tiết: <link>",
                (
                    ZnsParamDef("customer_name", 30),
                    ZnsParamDef("booking_code", 12, type="type_number"),
                    ZnsParamDef("booking_date", 10, type="type_date"),
                    ZnsParamDef("link", 200, type="type_cta_url"),
                ),
            ),
            **_templates_not_enabled(),
        },
    )


#: Templates in each state but ENABLE that ``GetZnsTemplateInfo``'s page lists, with a
#: ``Reason`` of the kind its table describes (a send with them is refused, 790).
TEMPLATE_STATES = {
    "226015": ("PENDING_REVIEW", "Template đang được kiểm duyệt"),
    "226016": ("REJECT", "Nội dung mang tính quảng cáo, không phù hợp loại template"),
    "226017": ("DISABLE", "Template bị hủy kích hoạt do chất lượng thấp"),
    "226018": ("DELETE", "Template đã bị xóa"),
}


def _templates_not_enabled() -> dict[str, ZnsTemplateDef]:
    names = ("Khuyến mãi cuối năm", "Mã giảm giá", "Thông báo cũ", "Chúc mừng sinh nhật")
    templates = {}
    for (temp_id, (status, reason)), name in zip(TEMPLATE_STATES.items(), names, strict=True):
        templates[temp_id] = ZnsTemplateDef(
            temp_id,
            name,
            "Chào <customer_name>, Shop Hoa Demo gửi bạn lời chúc.",
            (ZnsParamDef("customer_name", 30),),
            status=status,
            reason=reason,
        )
    return templates


def _old_oa() -> OaDef:
    """An OA that is no longer active: eSMS refuses to send from it."""
    return OaDef(
        DEMO_OA_INACTIVE,
        "Shop Hoa (cũ)",
        active=False,
        templates={
            "300001": ZnsTemplateDef(
                "300001", "Thông báo", "Chào <customer_name>.", (ZnsParamDef("customer_name", 30),)
            )
        },
    )
