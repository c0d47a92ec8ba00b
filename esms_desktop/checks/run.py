"""Run every local check of a campaign and say what would go wrong, row by row.

A problem of some rows takes those rows out of the send; a problem of the
whole campaign blocks it; the rest are warnings. Each problem names the eSMS
code it prevents, so the user fixes it before any money is spent.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from esms_desktop.api.client import EsmsClient
from esms_desktop.catalogue import lookup
from esms_desktop.checks.account import AccountInfo, load_account_for, unit_price
from esms_desktop.checks.campaign import VIETNAM, CampaignSpec
from esms_desktop.checks.problems import PHONE_REASONS, Problem, Severity, rows_text
from esms_desktop.content import ESMS_VARIABLE, ContentTemplate, parse_content
from esms_desktop.errors import BadAnswerError, ResultCodeError, TransportError
from esms_desktop.phones import PhoneProblem
from esms_desktop.planning import QC_MIN, request_sizes
from esms_desktop.recipients import Recipient, RecipientList, RowState
from esms_desktop.sms_text import measure, remove_diacritics
from esms_desktop.templates import matches

AD_HOURS = (7, 22)
AD_DAILY_LIMIT = 3

#: Given the ready numbers, how many advertising messages each got in the last 24 h.
RecentAds = Callable[[list[str]], dict[str, int]]


@dataclass
class CheckReport:
    recipients: RecipientList
    spec: CampaignSpec
    problems: list[Problem] = field(default_factory=list)
    #: Ready rows that a check took out of the send, with the problem code.
    excluded: dict[int, str] = field(default_factory=dict)
    #: The text each sendable row gets (SMS channels), or the Zalo parameter values.
    messages: dict[int, str] = field(default_factory=dict)
    zalo_params: dict[int, list[str]] = field(default_factory=dict)
    #: SMS parts of each row's text (the price multiplier).
    parts: dict[int, int] = field(default_factory=dict)
    requests: list[int] = field(default_factory=list)
    cost: Decimal | None = None
    cost_from_esms: bool = False
    balance: Decimal | None = None
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def sendable(self) -> list[Recipient]:
        return [r for r in self.recipients.ready if r.row not in self.excluded]

    @property
    def blocked(self) -> bool:
        return any(p.severity is Severity.BLOCKING for p in self.problems)

    def add(
        self, code: str, severity: Severity, vi: str, en: str, rows: list[int] | None = None
    ) -> None:
        rows = sorted(rows or [])
        if rows:
            vi = f"{vi} (dòng {rows_text(rows, 'vi')})"
            en = f"{en} ({'row' if len(rows) == 1 else 'rows'} {rows_text(rows, 'en')})"
        self.problems.append(Problem(code, severity, vi, en, tuple(rows)))
        if severity is Severity.ROWS:
            for row in rows:
                self.excluded.setdefault(row, code)


def run_checks(
    recipients: RecipientList,
    spec: CampaignSpec,
    *,
    account: AccountInfo | None = None,
    client: EsmsClient | None = None,
    now: dt.datetime | None = None,
    recent_ads: RecentAds | None = None,
) -> CheckReport:
    """All checks for ``spec`` over ``recipients``. ``account`` None = offline."""
    report = CheckReport(recipients, spec, balance=account.balance if account else None)
    now = (now or dt.datetime.now(VIETNAM)).astimezone(VIETNAM)
    _row_states(report)
    content = parse_content(spec.content, recipients) if spec.content.strip() else None
    if spec.is_sms or spec.channel == "zalo-sms":
        _content_checks(report, content)
    if spec.channel == "qc":
        _advertising_checks(report, content, now, recent_ads)
    if spec.channel in ("cskh", "zalo-sms") and content is not None:
        _customer_care_checks(report, content, account)
    if spec.uses_zalo:
        _zalo_checks(report, account)
    if spec.channel == "qc" and account is not None:
        _brand_type_check(report, account, spec.brandname, "1")
    _schedule_checks(report, now)
    if not report.sendable and not report.blocked:
        report.add(
            "no_recipients",
            Severity.BLOCKING,
            "Không còn số nào để gửi.",
            "No number is left to send to.",
        )
    report.requests = request_sizes(spec.channel, len(report.sendable))
    _price_checks(report, account, client)
    if account is None and client is None:
        report.skipped.append(
            (
                "Chưa kiểm tra với tài khoản eSMS (mẫu tin, brandname, OA, số dư) vì chưa có "
                "tài khoản.",
                "Account checks (templates, brandname, OA, balance) were skipped: no account.",
            )
        )
    return report


def check_with_account(
    recipients: RecipientList,
    spec: CampaignSpec,
    client: EsmsClient | None,
    *,
    now: dt.datetime | None = None,
    recent_ads: RecentAds | None = None,
) -> CheckReport:
    """Ask eSMS what the checks need, then run them; eSMS being unreachable is no error.

    Wrong keys or a locked account (account-level codes) block the campaign with
    their own explanation; no network means the account checks are skipped, said so.
    """
    account: AccountInfo | None = None
    refusal: ResultCodeError | None = None
    unreachable = False
    if client is not None:
        try:
            account = load_account_for(client, spec)
        except ResultCodeError as exc:
            refusal = exc
        except (TransportError, BadAnswerError):
            unreachable = True
    report = run_checks(
        recipients,
        spec,
        account=account,
        client=client if account else None,
        now=now,
        recent_ads=recent_ads,
    )
    if refusal is not None:
        report.skipped.clear()
        text = lookup(refusal.code, refusal.error_message)
        report.add(
            refusal.code,
            Severity.BLOCKING,
            text.vi.title + ": " + text.vi.action,
            text.en.title + ": " + text.en.action,
        )
    elif unreachable:
        report.skipped[:] = [
            (
                "Không kết nối được eSMS nên chưa kiểm tra mẫu tin, brandname, OA và số dư; "
                "giá là ước tính.",
                "eSMS could not be reached, so templates, brandname, OA and balance were not "
                "checked; the price is an estimate.",
            )
        ]
    return report


def _row_states(report: CheckReport) -> None:
    rows = report.recipients
    reasons: dict[PhoneProblem, list[int]] = defaultdict(list)
    for r in rows.by_state(RowState.REJECTED):
        reasons[r.problem or PhoneProblem.EMPTY].append(r.row)
    for problem, numbers in reasons.items():
        vi, en = PHONE_REASONS[problem]
        report.add(
            "108",
            Severity.ROWS,
            f"Số điện thoại không dùng được: {vi}",
            f"Phone number not usable: {en}",
            numbers,
        )
    duplicates = [r.row for r in rows.by_state(RowState.DUPLICATE)]
    if duplicates:
        report.add(
            "duplicate",
            Severity.ROWS,
            "Số bị trùng với một dòng phía trên: chỉ gửi một lần",
            "Number repeats an earlier row: it is sent once only",
            duplicates,
        )
    blocked = [r.row for r in rows.by_state(RowState.BLOCKED)]
    if blocked:
        report.add(
            "99",
            Severity.ROWS,
            "Số nằm trong danh sách không gửi",
            "Number is on your do-not-send list",
            blocked,
        )
    converted = [r.row for r in rows.ready if r.converted_from]
    if converted:
        report.add(
            "converted",
            Severity.WARNING,
            "Số 11 chữ số cũ đã được đổi sang số 10 chữ số mới",
            "Old 11-digit numbers were converted to the new 10-digit numbers",
            converted,
        )


def _content_checks(report: CheckReport, content: ContentTemplate | None) -> None:
    if content is None:
        report.add(
            "no_content",
            Severity.BLOCKING,
            "Chưa có nội dung tin nhắn.",
            "The message has no content.",
        )
        return
    if ESMS_VARIABLE.search(content.text):
        report.add(
            "esms_variable",
            Severity.BLOCKING,
            "Nội dung còn chỗ trống của mẫu như {P1,20}: thay bằng một cột, ví dụ {Tên}, "
            "hoặc bằng chữ.",
            "The message still has a template blank such as {P1,20}: replace it with a "
            "column such as {Name}, or with text.",
        )
    if content.unknown:
        names = ", ".join("{" + n + "}" for n in content.unknown)
        report.add(
            "unknown_column",
            Severity.BLOCKING,
            f"Nội dung dùng cột không có trong file: {names}",
            f"The message uses columns that are not in the file: {names}",
        )
        return
    empty: list[int] = []
    parts_over: list[int] = []
    plain = report.spec.strip_diacritics
    for r in report.sendable:
        text = content.render(r)
        if plain:
            text = remove_diacritics(text)
        report.messages[r.row] = text
        if content.empty_values(r):
            empty.append(r.row)
        parts = measure(text).parts
        report.parts[r.row] = parts
        if parts > 5:
            parts_over.append(r.row)
    if empty:
        report.add(
            "empty_value",
            Severity.WARNING,
            "Ô dữ liệu dùng trong nội dung bị trống, tin sẽ thiếu chữ",
            "A cell used in the message is empty, so the text will have a gap",
            empty,
        )
    if parts_over:
        report.add(
            "long",
            Severity.WARNING,
            "Tin dài hơn 5 phần SMS: tốn tiền gấp nhiều lần",
            "Message is longer than 5 SMS parts: it costs several times more",
            parts_over,
        )


def _advertising_checks(
    report: CheckReport,
    content: ContentTemplate | None,
    now: dt.datetime,
    recent_ads: RecentAds | None,
) -> None:
    if content is not None and content.personalised:
        report.add(
            "qc_personalised",
            Severity.BLOCKING,
            "Tin quảng cáo phải có một nội dung chung cho mọi người: bỏ các {Cột} khỏi nội dung.",
            "An advertising message has one text for everyone: remove the {Column} placeholders.",
        )
    count = len(report.sendable)
    if 0 < count < QC_MIN:
        report.add(
            "107",
            Severity.BLOCKING,
            f"Tin quảng cáo cần ít nhất {QC_MIN} số khác nhau; danh sách chỉ có {count}.",
            f"Advertising needs at least {QC_MIN} different numbers; the list has {count}.",
        )
    when = report.spec.schedule or now
    start, end = AD_HOURS
    if not start <= when.hour < end:
        allowed = next_ad_time(when)
        report.add(
            "qc_hours",
            Severity.WARNING,
            f"Theo Nghị định 91/2020/NĐ-CP, tin quảng cáo chỉ được gửi từ 7:00 đến 22:00. "
            f"Hãy hẹn giờ gửi lúc {allowed:%H:%M %d/%m/%Y}.",
            f"Under Decree 91/2020/ND-CP advertising may only be sent 07:00-22:00. "
            f"Schedule it for {allowed:%H:%M %d/%m/%Y}.",
        )
    text = report.spec.content.strip()
    if text and not text.upper().startswith("[QC]"):
        report.add(
            "qc_label",
            Severity.WARNING,
            "Tin quảng cáo nên bắt đầu bằng nhãn [QC].",
            "Advertising should start with the label [QC].",
        )
    tail = text.lower().splitlines()[-1] if text else ""
    if text and not any(w in tail for w in ("tu choi", "từ chối", "huy", "hủy", "stop", "opt")):
        report.add(
            "qc_opt_out",
            Severity.WARNING,
            "Tin quảng cáo nên kết thúc bằng cách từ chối nhận tin (ví dụ: Soạn TC gửi ...).",
            "Advertising should end with how to opt out (e.g. 'Reply STOP to ...').",
        )
    if recent_ads is not None:
        counts = recent_ads([r.phone or "" for r in report.sendable])
        over = [r.row for r in report.sendable if counts.get(r.phone or "", 0) >= AD_DAILY_LIMIT]
        if over:
            report.add(
                "qc_daily",
                Severity.WARNING,
                f"Các số này đã nhận {AD_DAILY_LIMIT} tin quảng cáo trong 24 giờ qua "
                "(mức tối đa theo quy định)",
                f"These numbers already got {AD_DAILY_LIMIT} advertising messages in the "
                "last 24 hours (the legal maximum)",
                over,
            )


def next_ad_time(when: dt.datetime) -> dt.datetime:
    """The next moment advertising may be sent (07:00-22:00 Vietnam time)."""
    local = when.astimezone(VIETNAM)
    start, end = AD_HOURS
    if start <= local.hour < end:
        return local
    day = local.date() if local.hour < start else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(start), VIETNAM)


def _brand_type_check(report: CheckReport, account: AccountInfo, name: str, kind: str) -> bool:
    label = {"1": ("quảng cáo", "advertising"), "2": ("chăm sóc khách hàng", "customer-care")}
    vi_kind, en_kind = label[kind]
    if not name:
        report.add("104", Severity.BLOCKING, "Chưa chọn brandname.", "No brandname chosen.")
        return False
    if account.brand_type(name) != kind:
        report.add(
            "104",
            Severity.BLOCKING,
            f"Tài khoản không có brandname {vi_kind} tên {name}.",
            f"The account has no {en_kind} brandname called {name}.",
        )
        return False
    return True


def _customer_care_checks(
    report: CheckReport, content: ContentTemplate, account: AccountInfo | None
) -> None:
    if content.unknown or account is None:
        return
    brand = report.spec.brandname
    if not _brand_type_check(report, account, brand, "2"):
        return
    no_template: list[int] = []
    mismatch: list[int] = []
    for r in report.sendable:
        templates = account.cskh_for(r.carrier)
        text = report.messages.get(r.row) or content.render(r)
        if not templates:
            no_template.append(r.row)
        elif not any(matches(t.content, text) for t in templates):
            mismatch.append(r.row)
    if no_template:
        report.add(
            "177",
            Severity.ROWS,
            f"Brandname {brand} chưa đăng ký mẫu tin với nhà mạng của các số này",
            f"Brandname {brand} has no template on these numbers' carrier",
            no_template,
        )
    if mismatch:
        report.add(
            "146",
            Severity.ROWS,
            "Nội dung không khớp mẫu tin đã đăng ký cho nhà mạng của số này",
            "The text does not match a template registered for this number's carrier",
            mismatch,
        )


def _zalo_checks(report: CheckReport, account: AccountInfo | None) -> None:
    spec = report.spec
    if not spec.oaid or not spec.template_id:
        report.add(
            "791",
            Severity.BLOCKING,
            "Chưa chọn OA Zalo hoặc mẫu ZNS.",
            "No Zalo OA or ZNS template chosen.",
        )
        return
    if spec.over_quota and spec.schedule is not None:
        report.add(
            "801",
            Severity.BLOCKING,
            "Gửi vượt hạn mức (chế độ 3) không hẹn giờ được: bỏ hẹn giờ hoặc gửi thường.",
            "Over-quota sending (mode 3) cannot be scheduled: remove the schedule or send "
            "normally.",
        )
    if account is None:
        return
    if spec.oaid not in {o.oaid for o in account.oas}:
        report.add(
            "204",
            Severity.BLOCKING,
            f"Tài khoản không có OA Zalo {spec.oaid}.",
            f"The account has no Zalo OA {spec.oaid}.",
        )
        return
    if account.zns_error:
        report.add(
            account.zns_error,
            Severity.BLOCKING,
            f"OA Zalo {spec.oaid} chưa hoạt động hoặc chưa gắn với tài khoản eSMS.",
            f"Zalo OA {spec.oaid} is not active or not linked to the eSMS account.",
        )
        return
    template = next((t for t in account.zns_templates if t.temp_id == spec.template_id), None)
    if template is None:
        report.add(
            "789",
            Severity.BLOCKING,
            f"Mẫu ZNS {spec.template_id} không thuộc OA {spec.oaid}.",
            f"ZNS template {spec.template_id} does not belong to OA {spec.oaid}.",
        )
        return
    unmapped = [p.name for p in template.params if p.name not in spec.params]
    bad_columns = [
        n
        for n, s in spec.params.items()
        if s.column and report.recipients.mapping.index_of(s.column) is None
    ]
    if unmapped or bad_columns:
        missing = ", ".join(unmapped + bad_columns)
        report.add(
            "790",
            Severity.BLOCKING,
            f"Tham số của mẫu ZNS chưa gắn với cột dữ liệu hoặc giá trị: {missing}",
            f"Template parameters not mapped to a column or value: {missing}",
        )
        return
    invalid: list[int] = []
    for r in report.sendable:
        values = [
            report.recipients.value(r, spec.params[p.name].column)
            if spec.params[p.name].column
            else spec.params[p.name].value
            for p in template.params
        ]
        if any(
            (p.required and not v) or len(v) > p.max_length
            for p, v in zip(template.params, values, strict=True)
        ):
            invalid.append(r.row)
        else:
            report.zalo_params[r.row] = values
    if invalid:
        limits = ", ".join(f"{p.name} ≤ {p.max_length}" for p in template.params)
        report.add(
            "110" if spec.channel == "zalo" else "790",
            Severity.ROWS,
            f"Giá trị cho mẫu ZNS bị trống hoặc quá dài ({limits})",
            f"Values for the ZNS template are empty or too long ({limits})",
            invalid,
        )
    remaining = account.oa_remaining
    count = len(report.sendable)
    if remaining is not None and not spec.over_quota and count > remaining:
        report.add(
            "quota",
            Severity.WARNING,
            f"OA chỉ còn được gửi {remaining} tin Zalo hôm nay, nhưng có {count} tin: phần "
            "vượt sẽ không gửi được. Hãy chia ra gửi vào ngày mai.",
            f"The OA may send only {remaining} more Zalo messages today, but there are "
            f"{count}: the rest would fail. Send the rest tomorrow.",
        )


def _schedule_checks(report: CheckReport, now: dt.datetime) -> None:
    when = report.spec.schedule
    if when is not None and when <= now:
        report.add(
            "schedule_past",
            Severity.BLOCKING,
            f"Giờ hẹn gửi {when:%H:%M %d/%m/%Y} đã qua.",
            f"The scheduled time {when:%H:%M %d/%m/%Y} is in the past.",
        )


def _price_checks(
    report: CheckReport, account: AccountInfo | None, client: EsmsClient | None
) -> None:
    spec = report.spec
    groups: dict[tuple[object, int], list[Recipient]] = defaultdict(list)
    for r in report.sendable:
        parts = report.parts.get(r.row, 1) if spec.is_sms else 1
        carrier = None if spec.channel in ("qc", "zalo") else r.carrier
        groups[(carrier, parts)].append(r)
    total = Decimal(0)
    from_esms = True
    for (_, parts), members in groups.items():
        sample = members[0]
        price, asked = unit_price(
            client,
            account,
            channel=spec.channel,
            carrier=sample.carrier if spec.channel not in ("qc", "zalo") else None,
            parts=parts,
            sample=sample.phone or "",
            sample_content=report.messages.get(sample.row, spec.content),
            brandname=spec.brandname,
            oaid=spec.oaid,
            template_id=spec.template_id,
            params=report.zalo_params.get(sample.row),
        )
        total += price * len(members)
        from_esms = from_esms and asked
    report.cost = total
    report.cost_from_esms = from_esms and bool(groups)
    if report.balance is not None and not spec.sandbox and total > report.balance:
        report.add(
            "103",
            Severity.BLOCKING,
            f"Số dư {report.balance:,.0f} đ không đủ cho chi phí khoảng {total:,.0f} đ.",
            f"The balance of {report.balance:,.0f} VND does not cover about {total:,.0f} VND.",
        )
