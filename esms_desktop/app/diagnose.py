"""Check, on the user's real account, that eSMS answers the way this app expects.

Only free calls and sandbox sends (``Sandbox=1``: validated, not delivered, not
charged). Each check says in the user's words what was checked, what came of it and,
when something is wrong, what to do (:func:`report_text`, the same in the window and
on the command line); and, for support, which call it made, which fields it read and
the documentation page its reading comes from (:func:`support_text`). Neither holds a
key or a text of eSMS's answers: an eSMS refusal is said by its code's catalogue entry.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from esms_desktop.api.answer_codes import WRONG_KEYS
from esms_desktop.api.models import DUPLICATE_REQUEST, SUCCESS
from esms_desktop.api.sms_types import SmsType
from esms_desktop.app.esms_pages import cited
from esms_desktop.app.user_text import for_error
from esms_desktop.base.errors import ApiError, ResultCodeError
from esms_desktop.base.texts import Words, words
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


#: Every check, by id: its name for the user is the text ``diagnose.check.<id>``.
CHECKS = (
    "balance",
    "clock",
    "brandnames",
    "brandname_entries",
    "care_templates",
    "care_template_entries",
    "care_send",
    "zalo_oas",
    "zalo_templates",
    "zalo_template_fields",
    "zalo_template_info",
    "zalo_template_info_fields",
    "zalo_quota",
    "sent_data",
    "sent_entries",
)


@dataclass
class CheckLine:
    #: One of :data:`CHECKS`.
    check: str
    verdict: Verdict
    #: What came of it, in the user's words.
    said: Words
    #: For support: the call, the fields read, what was seen (our own words and eSMS's
    #: field names and codes, never a text of its answers).
    technical: str
    page: str = ""
    #: What to do about it, when there is something to do.
    todo: Words | None = None
    #: A refusal, said by :func:`~esms_desktop.app.user_text.for_error` when shown (in
    #: the language spoken then).
    refusal: ApiError | None = None

    def text(self) -> str:
        """The line as the user reads it: the verdict, what was checked, what came of it,
        and the next step on a line of its own."""
        said, todo = str(self.said), str(self.todo) if self.todo is not None else ""
        if self.refusal is not None:
            message = for_error(self.refusal)
            said = (
                str(words("diagnose.said.refused", reason=message.title))
                if isinstance(self.refusal, ResultCodeError)
                else str(words("diagnose.said.no_answer", reason=message.title))
            )
            todo = todo or message.action
        mark = str(words(f"diagnose.{self.verdict.value}"))
        line = f"{mark:<9} {words(f'diagnose.check.{self.check}')}: {said}"
        return f"{line}\n{'':<10}{todo}" if todo else line

    def support_line(self) -> str:
        page = f"  [{self.page}]" if self.page else ""
        return f"{self.verdict.value:<9} {self.technical}{page}"


@dataclass
class Diagnosis:
    lines: list[CheckLine] = field(default_factory=list)
    #: Codes eSMS refused the whole account with (143 locked, 140 address, 102 price
    #: list, ...): the answers are as documented, the account is what needs putting right.
    account_codes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(line.verdict in (Verdict.OK, Verdict.SKIPPED) for line in self.lines)

    def line(self, check: str) -> CheckLine:
        """The last line of ``check`` (KeyError: not run)."""
        for line in reversed(self.lines):
            if line.check == check:
                return line
        raise KeyError(check)


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


#: What a check whose answer lacks a field eSMS documents says, and the step after it.
_LACKS = words("diagnose.said.lacks")
_TO_SUPPORT = words("diagnose.todo.support")


class _Run:
    def __init__(self, client: EsmsClient) -> None:
        self.client = client
        self.result = Diagnosis()
        self.rec = _Recorder()

    def add(
        self,
        check: str,
        verdict: Verdict,
        said: Words,
        technical: str,
        page: str = "",
        todo: Words | None = None,
    ) -> None:
        self.result.lines.append(CheckLine(check, verdict, said, technical, page, todo))

    def lacks(self, check: str, technical: str, page: str) -> None:
        self.add(check, Verdict.DIFFERENT, _LACKS, technical, page, _TO_SUPPORT)

    def skipped(self, check: str, said: str, technical: str) -> None:
        self.add(check, Verdict.SKIPPED, words(f"diagnose.said.{said}"), technical)

    def refused(self, code: str) -> bool:
        """Whether ``code`` refuses the whole account (kept for the closing sentence).
        Wrong keys are not the account's doing: their own next step is said."""
        if code == WRONG_KEYS or not refuses_account(code):
            return False
        if code not in self.result.account_codes:
            self.result.account_codes.append(code)
        return True

    @contextmanager
    def check(self, check: str, call: str, page: str) -> Iterator[None]:
        try:
            yield
        except ApiError as exc:
            if isinstance(exc, ResultCodeError):
                self.refused(exc.code)
                technical = f"{call}: refused, code {exc.code}"
            else:
                technical = f"{call}: no usable answer ({exc.kind})"
            line = CheckLine(check, Verdict.FAILED, _LACKS, technical, page, refusal=exc)
            self.result.lines.append(line)

    def shape(
        self, check: str, call: str, keys: tuple[str, ...], page: str, endpoint: str = ""
    ) -> dict[str, Any]:
        body = self.rec.last.get(endpoint or call, {})
        missing = _missing(body, keys)
        if missing:
            self.lacks(check, f"{call}: answer lacks " + ", ".join(missing), page)
        else:
            said = words("diagnose.said.ok")
            self.add(check, Verdict.OK, said, f"{call}: answer has " + ", ".join(keys), page)
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
    with run.check("balance", "GetBalance_json", page):
        run.client.get_balance()
        run.shape("balance", "GetBalance_json", ("Balance", "UserID"), page)


#: A difference between the clocks worth telling (retries keep a 5-minute margin).
CLOCK_TOLERANCE = 60.0


def _clock(run: _Run) -> None:
    """eSMS's clock against this computer's, from the ``Date`` of the answers so far.

    eSMS's day decides how long it refuses a repeated RequestId; the app moves its
    times to eSMS's clock by this measure (``api.esms_clock``), which needs the header.
    """
    page = "RFC 9110, 6.6.1 Date"
    offset = run.client.esms_clock.offset
    if offset is None:
        said = words("diagnose.said.clock_unknown")
        technical = "Date header of eSMS's answers: none readable"
        run.add("clock", Verdict.DIFFERENT, said, technical, page, _TO_SUPPORT)
        return
    seconds = offset.middle
    technical = f"Date header of eSMS's answers: this computer's clock {round(seconds):+d} s"
    if abs(seconds) < 2:
        run.add("clock", Verdict.OK, words("diagnose.said.clock_same"), technical, page)
        return
    off = (
        words("diagnose.seconds", count=round(abs(seconds)))
        if abs(seconds) < 120
        else words("diagnose.minutes", count=round(abs(seconds) / 60))
    )
    said = words(
        "diagnose.said.clock_behind" if seconds > 0 else "diagnose.said.clock_ahead", off=off
    )
    if abs(seconds) <= CLOCK_TOLERANCE:
        run.add("clock", Verdict.OK, said, technical, page)
    else:
        todo = words("diagnose.todo.clock")
        run.add("clock", Verdict.DIFFERENT, said, technical, page, todo)


def _brandnames(run: _Run) -> list[tuple[str, str]]:
    page = cited("brandnames")
    brands: list[tuple[str, str]] = []
    with run.check("brandnames", "GetListBrandname", page):
        brands = [(b.name, b.type) for b in run.client.get_brandnames()]
        body = run.shape("brandnames", "GetListBrandname", ("ListBrandName",), page)
        item = _first(body, "ListBrandName")
        if item is not None and _missing(item, ("Brandname", "Type")):
            technical = "GetListBrandname: ListBrandName entries lack Brandname or Type"
            run.lacks("brandname_entries", technical, page)
    return brands


def _customer_care(run: _Run, brands: list[tuple[str, str]], phone: str) -> None:
    page = cited("care_templates")
    cskh = [name for name, kind in brands if kind == "2"]
    if not cskh:
        run.skipped("care_templates", "no_care_brandname", "GetTemplate: no Type 2 brandname")
        return
    templates = []
    with run.check("care_templates", "GetTemplate", page):
        templates = run.client.get_customer_care_templates(cskh[0])
        body = run.shape("care_templates", "GetTemplate", ("BrandnameTemplates",), page)
        item = _first(body, "BrandnameTemplates")
        if item is not None and _missing(item, ("NetworkID", "TempContent", "TempId")):
            technical = "GetTemplate: BrandnameTemplates entries lack NetworkID/TempContent/TempId"
            run.lacks("care_template_entries", technical, page)
    if not templates:
        run.skipped("care_send", "no_care_template", "SendMultipleMessage_V4: no template")
        return
    _care_send(run, _fill_template(templates[0].content), cskh[0], phone)


def _care_send(run: _Run, content: str, brandname: str, phone: str) -> None:
    """A sandbox customer-care message, then the same RequestId again: eSMS must refuse
    the second (124), which the app's retries after a lost answer rely on."""
    page, call = cited("care_send"), "SendMultipleMessage_V4_post_json (Sandbox=1)"
    request_id = f"esd-diag-{secrets.token_hex(6)}"
    with run.check("care_send", call, page):
        first = run.client.send_customer_care(
            phone, content, brandname, request_id, sandbox=True, campaign_id="eSMS Desktop diagnose"
        )
        if first.code != SUCCESS:
            refusal = ResultCodeError(first.code, "", endpoint=call)
            technical = f"{call}: answered {first.code}, not 100"
            # A refusal of the account (140, 102...) has its own next step; one of the
            # message is about the app's test number: support looks at it.
            account = run.refused(first.code)
            verdict = Verdict.FAILED if account else Verdict.DIFFERENT
            todo = None if account else _TO_SUPPORT
            line = CheckLine("care_send", verdict, _LACKS, technical, page, todo, refusal)
            run.result.lines.append(line)
            return
        again = run.client.send_customer_care(
            phone, content, brandname, request_id, sandbox=True, campaign_id="eSMS Desktop diagnose"
        )
        if again.code == DUPLICATE_REQUEST:
            said, technical = words("diagnose.said.repeat_refused"), f"{call}: 100, then 124"
            run.add("care_send", Verdict.OK, said, technical, page)
        else:
            run.add(
                "care_send",
                Verdict.DIFFERENT,
                words("diagnose.said.repeat_taken"),
                # The sandbox may only forget test messages (its page says they are not
                # stored), but the retries rely on 124 on real sends: support asks eSMS.
                f"{call}: the same RequestId was answered {again.code}, not 124",
                page,
                words("diagnose.todo.repeat_taken"),
            )


def _zalo(run: _Run) -> None:
    oas = []
    page = cited("zalo_oas")
    with run.check("zalo_oas", "ZNS/GetListZOA", page):
        oas = run.client.get_zalo_oas()
        if oas:
            said, technical = words("diagnose.said.ok"), f"ZNS/GetListZOA: {len(oas)} OA"
            run.add("zalo_oas", Verdict.OK, said, technical, page)
    if not oas:
        if run.result.lines[-1].check != "zalo_oas":  # not when the look-up failed
            run.skipped("zalo_templates", "no_oa", "ZNS/GetListZOA: no OA")
        return
    oaid = oas[0].oaid
    templates = _zalo_templates(run, oaid)
    if templates:
        info_page = cited("zalo_template_info")
        with run.check("zalo_template_info", "GetZnsTemplateInfo", info_page):
            run.client.get_zns_template_info(templates[0].temp_id, oaid)
            body = run.shape(
                "zalo_template_info", "GetZnsTemplateInfo", ("Data", "Error", "Message"), info_page
            )
            _template_params(run, body, info_page)
    quota_page = cited("zalo_quota")
    with run.check("zalo_quota", "ZNS/GetQuota", quota_page):
        run.client.get_oa_quota(oaid)
        run.shape("zalo_quota", "ZNS/GetQuota", ("DailyQuota", "RemainingQuota"), quota_page)


def _zalo_templates(run: _Run, oaid: str) -> list[Any]:
    """The OA's templates; the fields of the first that has some: ``ParamLevel`` a
    position, ``RequireType`` a ``type_...`` value."""
    page = cited("zalo_templates")
    templates: list[Any] = []
    with run.check("zalo_templates", "GetTemplate (ZNS)", page):
        templates = run.client.get_zns_templates(oaid)
        body = run.rec.last.get("GetTemplate", {})
        item = _first(body, "ZNSTemplates")
        detail = _first(item or {}, "ZNSTempDetail")
        if detail is None:
            technical = "GetTemplate (ZNS): no ZNSTempDetail"
            run.skipped("zalo_template_fields", "no_zalo_fields", technical)
        elif _missing(detail, ("Param", "Limit", "ParamLevel", "RequireType")) or not str(
            detail.get("RequireType", "")
        ).startswith("type_"):
            technical = (
                "GetTemplate (ZNS): ZNSTempDetail is not Param/Limit/ParamLevel (position)/"
                "RequireType (type_...)"
            )
            run.lacks("zalo_template_fields", technical, page)
        else:
            said = words("diagnose.said.ok")
            technical = "GetTemplate (ZNS): ParamLevel a position, RequireType a type_... value"
            run.add("zalo_template_fields", Verdict.OK, said, technical, page)
    return templates


def _template_params(run: _Run, body: dict[str, Any], page: str) -> None:
    """Each of ``ListParams`` says ``Require`` and ``AcceptNull`` (read for optional values)."""
    check, call = "zalo_template_info_fields", "GetZnsTemplateInfo ListParams"
    data = body.get("Data")
    first = _first(data, "ListParams") if isinstance(data, dict) else None
    if first is None:
        run.skipped(check, "no_zalo_fields", f"{call}: empty")
        return
    missing = _missing(first, ("Name", "Require", "AcceptNull", "MaxLength"))
    if missing:
        run.lacks(check, f"{call}: a parameter lacks " + ", ".join(missing), page)
    else:
        technical = f"{call}: each has Name, Require, AcceptNull, MaxLength"
        run.add(check, Verdict.OK, words("diagnose.said.ok"), technical, page)


def _esms_now(run: _Run, clock: Callable[[], float]) -> float:
    """Now on eSMS's clock: the app's, moved by the difference eSMS's answers showed
    (:func:`_clock`); the app's as it is when they showed none."""
    offset = run.client.esms_clock.offset
    return clock() + (offset.middle if offset is not None else 0.0)


def _sent_data(run: _Run, clock: Callable[[], float]) -> None:
    page, call = cited("sent_data"), "GetSmsSentData_V2"
    # eSMS's last 7 days, by its clock: a computer clock a day behind would miss today's.
    end = _esms_now(run, clock)
    with run.check("sent_data", call, page):
        try:
            data = run.client.get_sent_data(
                SmsType.CUSTOMER_CARE, to_esms(end - 7 * 24 * 3600), to_esms(end), page_size=5
            )
        except ResultCodeError as exc:
            if exc.code != "105":
                raise
            # The code table's "not found" for this look-up: nothing in the range. The
            # app reads it so when settling (``engine.settle.find_sent``).
            said, technical = words("diagnose.said.ok"), f"{call}: 105 for an empty range"
            run.add("sent_data", Verdict.OK, said, technical, page)
            run.skipped("sent_entries", "no_sent", f"{call}: no message in 7 days")
            return
        body = run.shape("sent_data", call, ("CountTotal", "SentData"), page)
        item = _first(body, "SentData")
        if item is None:
            run.skipped("sent_entries", "no_sent", f"{call}: no message in 7 days")
            return
        missing = _missing(item, ("Campaign", "Phone", "ReferenceId", "SentTime", "SmsId"))
        if missing or not data.items or data.items[0].sent_time is None:
            lacking = ", ".join(missing) or "a readable SentTime"
            said = words("diagnose.said.records_lack")
            technical = f"{call}: SentData entries lack {lacking}"
            run.add("sent_entries", Verdict.DIFFERENT, said, technical, page, _TO_SUPPORT)
        else:
            said = words("diagnose.said.ok")
            technical = f"{call}: Campaign, Phone, ReferenceId (SMSID), SentTime, SmsId"
            run.add("sent_entries", Verdict.OK, said, technical, page)


def closing(result: Diagnosis) -> Words:
    """What the check comes to: all well; a refusal or no answer, whose own next step the
    line says (wrong keys, no connection: support cannot help); or answers unlike what the
    app reads, for support. An account eSMS refuses (locked, address not allowed, no
    price list...) is said as such: eSMS answered as documented."""
    if result.account_codes:
        said = " ".join(_refusal(code) for code in result.account_codes)
        return words("diagnose.account_refused", said=said)
    if result.ok:
        return words("diagnose.all_ok")
    if any(line.verdict is Verdict.FAILED for line in result.lines):
        return words("diagnose.some_failed")
    return words("diagnose.some_differ")


def _refusal(code: str) -> str:
    text = lookup(code).text
    return f"{code} - {text.title}: {text.explanation} {text.action}"


def report_text(result: Diagnosis) -> str:
    """What the user reads, in the current language: each check, what came of it and
    what to do, then a closing sentence and when it was checked."""
    lines = [line.text() for line in result.lines]
    lines += ["", str(closing(result)), str(words("diagnose.when", time=to_esms(now())))]
    return "\n".join(lines)


def support_text(result: Diagnosis) -> str:
    """For support: each check's call, the fields read, its page; no key, no text of
    eSMS's answers (its codes only)."""
    lines = [str(words("diagnose.support_heading"))]
    lines += [line.support_line() for line in result.lines]
    lines.append(f"{to_esms(now())} (UTC+7)")
    return "\n".join(lines)
