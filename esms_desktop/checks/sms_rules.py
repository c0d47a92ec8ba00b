"""Checks of SMS campaigns: advertising rules and customer-care templates."""

from __future__ import annotations

import datetime as dt

from esms_desktop.api.batching import QC_MIN
from esms_desktop.checks.account import AccountInfo
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport, RecentAds
from esms_desktop.message.content import ContentTemplate
from esms_desktop.message.spec import VIETNAM
from esms_desktop.message.templates import matches
from esms_desktop.telecom.sms_text import nfc

#: Decree 91/2020/ND-CP: advertising only from 07:00 to 22:00, at most 3 a day per number.
AD_HOURS = (7, 22)
AD_DAILY_LIMIT = 3


def advertising_checks(
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
    # First: the rows it takes out count no more towards the 30-number minimum below.
    if recent_ads is not None:
        counts = recent_ads([r.phone or "" for r in report.sendable])
        over = [r.row for r in report.sendable if counts.get(r.phone or "", 0) >= AD_DAILY_LIMIT]
        if over:
            report.add(
                "qc_daily",
                # Rows taken out, not a warning: Decree 91 allows no 4th message, and a
                # warning alone let the command line send it.
                Severity.ROWS,
                f"Các số này đã nhận {AD_DAILY_LIMIT} tin quảng cáo trong 24 giờ qua (mức tối "
                "đa theo Nghị định 91/2020/NĐ-CP): không gửi tới các số này lần này. Gửi lại "
                "sau 24 giờ",
                f"These numbers already got {AD_DAILY_LIMIT} advertising messages in the last "
                "24 hours (the maximum under Decree 91/2020/ND-CP): they are left out this time. "
                "Send to them again after 24 hours",
                over,
            )
    count = len(report.sendable)
    if report.spec.reminder is not None:
        pass  # batches and hours are checked per send time (``reminder_rules``)
    elif 0 < count < QC_MIN:
        report.add(
            "107",
            Severity.BLOCKING,
            f"Tin quảng cáo cần ít nhất {QC_MIN} số khác nhau; danh sách chỉ có {count}.",
            f"Advertising needs at least {QC_MIN} different numbers; the list has {count}.",
        )
    when = report.spec.schedule or now
    start, end = AD_HOURS
    if report.spec.reminder is None and not start <= when.hour < end:
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


def next_ad_time(when: dt.datetime) -> dt.datetime:
    """The next moment advertising may be sent (07:00-22:00 Vietnam time)."""
    local = when.astimezone(VIETNAM)
    start, end = AD_HOURS
    if start <= local.hour < end:
        return local
    day = local.date() if local.hour < start else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(start), VIETNAM)


def brand_type_check(report: CheckReport, account: AccountInfo, name: str, kind: str) -> bool:
    label = {"1": ("quảng cáo", "advertising"), "2": ("chăm sóc khách hàng", "customer-care")}
    vi_kind, en_kind = label[kind]
    if not name:
        report.add(
            "104",
            Severity.BLOCKING,
            "Chưa chọn brandname. Danh sách brandname của bạn hiện ra khi tài khoản đã kết nối "
            "(trang Tài khoản); chọn một brandname ở ô Brandname.",
            "No brandname chosen. Your brandnames appear once the account is connected "
            "(Account page); choose one in the Brandname box.",
        )
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


def customer_care_checks(
    report: CheckReport, content: ContentTemplate, account: AccountInfo | None
) -> None:
    if content.unknown or account is None:
        return
    brand = report.spec.brandname
    if not brand_type_check(report, account, brand, "2"):
        return
    no_template: list[int] = []
    mismatch: list[int] = []
    for r in report.sendable:
        templates = account.cskh_for(r.carrier)
        text = report.messages.get(r.row) or nfc(content.render(r))
        if not templates:
            no_template.append(r.row)
        elif not any(matches(nfc(t.content), text) for t in templates):
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
