"""Check, on the user's real account, that eSMS answers the way this app expects.

Only free calls and sandbox sends (``Sandbox=1``: validated, not delivered, not
charged). Each check names the documentation page our reading comes from and
says in plain words whether the answer had the expected shape. The output never
contains a key: it is what a shop owner sends to support when something differs.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from esms_desktop.api.models import DUPLICATE_REQUEST, SUCCESS
from esms_desktop.api.sms_types import SmsType
from esms_desktop.app.esms_pages import cited
from esms_desktop.base.errors import ApiError, ResultCodeError
from esms_desktop.base.texts import words
from esms_desktop.base.vntime import now, to_esms
from esms_desktop.catalogue import lookup, refuses_account

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

#: A number for sandbox sends (eSMS's own example): sandbox messages are never delivered.
SANDBOX_PHONE = "0901888484"


class Verdict(Enum):
    OK = "ok"
    DIFFERENT = "different"
    SKIPPED = "skipped"
    FAILED = "failed"


_MARKS = {
    Verdict.OK: words("diagnose.ok"),
    Verdict.DIFFERENT: words("diagnose.different"),
    Verdict.SKIPPED: words("diagnose.skipped"),
    Verdict.FAILED: words("diagnose.failed"),
}


@dataclass
class CheckLine:
    name: str
    verdict: Verdict
    #: What was seen, in English for support (an eSMS refusal: in the user's language).
    detail: str
    page: str = ""

    def text(self) -> str:
        """The line as printed: the verdict in the current language, then the check."""
        page = f"  [{self.page}]" if self.page else ""
        mark = str(_MARKS[self.verdict])
        return f"{mark:<10} {self.name}: {self.detail}{page}"


@dataclass
class Diagnosis:
    lines: list[CheckLine] = field(default_factory=list)
    #: Codes eSMS refused the whole account with (143 locked, 140 address, 102 price
    #: list, ...): the answers are as documented, the account is what needs putting right.
    account_codes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(line.verdict in (Verdict.OK, Verdict.SKIPPED) for line in self.lines)


def _missing(body: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    return [k for k in keys if k not in body]


def _first(body: dict[str, Any], key: str) -> dict[str, Any] | None:
    items = body.get(key)
    if isinstance(items, list) and items and isinstance(items[0], dict):
        return items[0]
    return None


class _Recorder:
    """Keeps the last raw answer of each endpoint (``HttpCore.on_answer``)."""

    def __init__(self) -> None:
        self.last: dict[str, dict[str, Any]] = {}

    def __call__(self, endpoint: str, body: dict[str, Any]) -> None:
        self.last[endpoint] = body


def _fill_template(content: str) -> str:
    """A registered customer-care template with each ``{P1,20}`` blank filled with a test value."""
    return re.sub(r"\{[^{}]*?,\s*(\d+)\s*\}", lambda m: "1" * min(4, int(m.group(1))), content)


class _Run:
    def __init__(self, client: EsmsClient) -> None:
        self.client = client
        self.result = Diagnosis()
        self.rec = _Recorder()

    def add(self, name: str, verdict: Verdict, detail: str, page: str = "") -> None:
        self.result.lines.append(CheckLine(name, verdict, detail, page))

    def refused(self, exc: ApiError) -> str:
        if isinstance(exc, ResultCodeError):
            return self.code_said(exc.code, exc.error_message)
        return exc.message

    def code_said(self, code: str, message: str = "") -> str:
        """An eSMS code in words with its next step; an account-wide one is kept for the
        closing sentence."""
        if refuses_account(code) and code not in self.result.account_codes:
            self.result.account_codes.append(code)
        text = lookup(code, message).text
        return f"{code} - {text.title}: {text.action}"

    @contextmanager
    def check(self, name: str, page: str) -> Iterator[None]:
        try:
            yield
        except ApiError as exc:
            self.add(name, Verdict.FAILED, self.refused(exc), page)

    def shape(self, name: str, endpoint: str, keys: tuple[str, ...], page: str) -> dict[str, Any]:
        body = self.rec.last.get(endpoint, {})
        missing = _missing(body, keys)
        if missing:
            self.add(name, Verdict.DIFFERENT, "answer lacks " + ", ".join(missing), page)
        else:
            self.add(name, Verdict.OK, "answer has " + ", ".join(keys), page)
        return body


def diagnose(
    client: EsmsClient,
    *,
    phone: str = SANDBOX_PHONE,
    clock: Callable[[], float] = now,
) -> Diagnosis:
    """Run every check this account allows; stops early only when the keys are refused."""
    run = _Run(client)
    client.on_answer = run.rec
    try:
        _account(run)
        if run.result.lines and run.result.lines[-1].verdict is Verdict.FAILED:
            return run.result
        _clock(run)
        brands = _brandnames(run)
        _customer_care(run, brands, phone)
        _zalo(run)
        _sent_data(run, clock)
    finally:
        client.on_answer = None
    return run.result


def _account(run: _Run) -> None:
    page = cited("balance")
    with run.check("balance (GetBalance_json)", page):
        run.client.get_balance()
        run.shape("balance (GetBalance_json)", "GetBalance_json", ("Balance", "UserID"), page)


#: A difference between the clocks worth telling (retries keep a 5-minute margin).
CLOCK_TOLERANCE = 60.0


def _clock(run: _Run) -> None:
    """eSMS's clock against this computer's, from the ``Date`` of the answers so far.

    eSMS's day decides how long it refuses a repeated RequestId; the app moves its
    times to eSMS's clock by this measure (``api.esms_clock``), which needs the header.
    """
    name = "eSMS's clock (Date of its answers)"
    page = "RFC 9110, 6.6.1 Date"
    offset = run.client.esms_clock.offset
    if offset is None:
        run.add(name, Verdict.DIFFERENT, "answers carry no readable Date header", page)
        return
    seconds = offset.middle
    if abs(seconds) < 2:
        off = "within a second or two of eSMS's"
    else:
        off = f"{abs(seconds):.0f} s {'behind' if seconds > 0 else 'ahead of'} eSMS's"
    if abs(seconds) <= CLOCK_TOLERANCE:
        run.add(name, Verdict.OK, f"this computer's clock is {off}", page)
    else:
        detail = f"this computer's clock is {off}: set it to be set automatically"
        run.add(name, Verdict.DIFFERENT, detail, page)


def _brandnames(run: _Run) -> list[tuple[str, str]]:
    page = cited("brandnames")
    brands: list[tuple[str, str]] = []
    with run.check("brandnames (GetListBrandname)", page):
        brands = [(b.name, b.type) for b in run.client.get_brandnames()]
        body = run.shape(
            "brandnames (GetListBrandname)", "GetListBrandname", ("ListBrandName",), page
        )
        item = _first(body, "ListBrandName")
        if item is not None and _missing(item, ("Brandname", "Type")):
            run.add("brandname entries", Verdict.DIFFERENT, "lack Brandname or Type", page)
    return brands


def _customer_care(run: _Run, brands: list[tuple[str, str]], phone: str) -> None:
    page = cited("care_templates")
    send_page = cited("care_send")
    cskh = [name for name, kind in brands if kind == "2"]
    if not cskh:
        run.add("customer-care templates", Verdict.SKIPPED, "the account has no such brandname")
        return
    templates = []
    with run.check("customer-care templates (GetTemplate)", page):
        templates = run.client.get_customer_care_templates(cskh[0])
        body = run.shape(
            "customer-care templates (GetTemplate)", "GetTemplate", ("BrandnameTemplates",), page
        )
        item = _first(body, "BrandnameTemplates")
        if item is not None and _missing(item, ("NetworkID", "TempContent", "TempId")):
            run.add("template entries", Verdict.DIFFERENT, "lack NetworkID/TempContent", page)
    if not templates:
        run.add("customer-care sandbox send", Verdict.SKIPPED, "no registered template")
        return
    content = _fill_template(templates[0].content)
    request_id = f"esd-diag-{secrets.token_hex(6)}"
    name = "customer-care sandbox send, RequestId blocks a repeat"
    with run.check(name, send_page):
        first = run.client.send_customer_care(
            phone, content, cskh[0], request_id, sandbox=True, campaign_id="eSMS Desktop diagnose"
        )
        if first.code != SUCCESS:
            said = run.code_said(first.code, first.error_message)
            run.add(name, Verdict.DIFFERENT, said, send_page)
            return
        again = run.client.send_customer_care(
            phone, content, cskh[0], request_id, sandbox=True, campaign_id="eSMS Desktop diagnose"
        )
        if again.code == DUPLICATE_REQUEST:
            run.add(
                name, Verdict.OK, "100 with an SMSID, then 124 for the same RequestId", send_page
            )
        else:
            run.add(
                name,
                Verdict.DIFFERENT,
                f"the same RequestId was answered {again.code}, not 124. The sandbox may only "
                "forget test messages (its page says they are not stored), but the app's "
                "retries after a lost answer rely on 124 on real sends: ask eSMS support "
                "whether a repeated RequestId is refused on this account",
                send_page,
            )


def _zalo(run: _Run) -> None:
    page = cited("zalo_templates")
    oas = []
    with run.check("Zalo OAs (ZNS/GetListZOA)", cited("zalo_oas")):
        oas = run.client.get_zalo_oas()
    if not oas:
        run.add("Zalo templates", Verdict.SKIPPED, "the account has no Zalo OA")
        return
    oaid = oas[0].oaid
    templates = []
    with run.check("Zalo templates (GetTemplate)", page):
        templates = run.client.get_zns_templates(oaid)
        body = run.rec.last.get("GetTemplate", {})
        item = _first(body, "ZNSTemplates")
        detail = _first(item or {}, "ZNSTempDetail")
        if detail is None:
            run.add("Zalo template parameters", Verdict.SKIPPED, "no template with parameters")
        elif _missing(detail, ("Param", "Limit", "ParamLevel", "RequireType")) or not str(
            detail.get("RequireType", "")
        ).startswith("type_"):
            run.add(
                "Zalo template parameters",
                Verdict.DIFFERENT,
                "ZNSTempDetail is not Param/Limit/ParamLevel (position)/RequireType (type_...)",
                page,
            )
        else:
            run.add(
                "Zalo template parameters",
                Verdict.OK,
                "ParamLevel is a position, RequireType a type_... value",
                page,
            )
    if templates:
        info_page = cited("zalo_template_info")
        with run.check("Zalo template detail (GetZnsTemplateInfo)", info_page):
            run.client.get_zns_template_info(templates[0].temp_id, oaid)
            body = run.shape(
                "Zalo template detail (GetZnsTemplateInfo)",
                "GetZnsTemplateInfo",
                ("Data", "Error", "Message"),
                info_page,
            )
            _template_params(run, body, info_page)
    quota_page = cited("zalo_quota")
    with run.check("Zalo daily quota (ZNS/GetQuota)", quota_page):
        run.client.get_oa_quota(oaid)
        run.shape(
            "Zalo daily quota (ZNS/GetQuota)",
            "ZNS/GetQuota",
            ("DailyQuota", "RemainingQuota"),
            quota_page,
        )


def _template_params(run: _Run, body: dict[str, Any], page: str) -> None:
    """Each of ``ListParams`` says ``Require`` and ``AcceptNull`` (read for optional values)."""
    name = "Zalo template parameters (GetZnsTemplateInfo ListParams)"
    data = body.get("Data")
    first = _first(data, "ListParams") if isinstance(data, dict) else None
    if first is None:
        run.add(name, Verdict.SKIPPED, "the template has no parameter", page)
        return
    missing = _missing(first, ("Name", "Require", "AcceptNull", "MaxLength"))
    if missing:
        run.add(name, Verdict.DIFFERENT, "a parameter lacks " + ", ".join(missing), page)
    else:
        run.add(name, Verdict.OK, "each has Name, Require, AcceptNull, MaxLength", page)


def _esms_now(run: _Run, clock: Callable[[], float]) -> float:
    """Now on eSMS's clock: the app's, moved by the difference eSMS's answers showed
    (:func:`_clock`); the app's as it is when they showed none."""
    offset = run.client.esms_clock.offset
    return clock() + (offset.middle if offset is not None else 0.0)


def _sent_data(run: _Run, clock: Callable[[], float]) -> None:
    page = cited("sent_data")
    name = "sent messages (GetSmsSentData_V2)"
    # eSMS's last 7 days, by its clock: a computer clock a day behind would miss today's.
    end = _esms_now(run, clock)
    with run.check(name, page):
        try:
            data = run.client.get_sent_data(
                SmsType.CUSTOMER_CARE, to_esms(end - 7 * 24 * 3600), to_esms(end), page_size=5
            )
        except ResultCodeError as exc:
            if exc.code != "105":
                raise
            # The code table's "not found" for this look-up: nothing in the range. The
            # app reads it so when settling (``engine.settle.find_sent``).
            run.add(name, Verdict.OK, "105 for a range with no message: read as none found", page)
            run.add("sent message entries", Verdict.SKIPPED, "no message in the last 7 days")
            return
        body = run.shape(name, "GetSmsSentData_V2", ("CountTotal", "SentData"), page)
        item = _first(body, "SentData")
        if item is None:
            run.add("sent message entries", Verdict.SKIPPED, "no message in the last 7 days")
            return
        missing = _missing(item, ("Campaign", "Phone", "ReferenceId", "SentTime", "SmsId"))
        if missing or not data.items or data.items[0].sent_time is None:
            run.add(
                "sent message entries",
                Verdict.DIFFERENT,
                "lack "
                + (", ".join(missing) or "a readable SentTime")
                + ": unconfirmed messages cannot be settled from eSMS's records",
                page,
            )
        else:
            run.add(
                "sent message entries",
                Verdict.OK,
                "Campaign, Phone, ReferenceId (SMSID), SentTime, SmsId",
                page,
            )


def report_text(result: Diagnosis) -> str:
    """The lines to print or show, then a closing sentence, in the current language."""
    lines = [line.text() for line in result.lines]
    if result.account_codes:  # eSMS answered as documented: the account is refused
        for code in result.account_codes:
            lines.append(str(words("diagnose.account_refused", said=f"{code} - {_refusal(code)}")))
    else:
        closing = words("diagnose.all_ok") if result.ok else words("diagnose.some_differ")
        lines.append(str(closing))
    lines.append(to_esms(now()) + " (Vietnam)")
    return "\n".join(lines)


def account_refusals(result: Diagnosis) -> str:
    """What eSMS refused the whole account for, with what to do, in the current language
    ("" when nothing): the window's summary of a check."""
    if not result.account_codes:
        return ""
    said = " ".join(_refusal(code) for code in result.account_codes)
    return str(words("diagnose.account_refused", said=said))


def _refusal(code: str) -> str:
    text = lookup(code).text
    return f"{text.title}: {text.explanation} {text.action}"
