"""Checks of Zalo campaigns: OA, template, parameters, quota, sending mode."""

from __future__ import annotations

from esms_desktop.api.models import TAG_3, ZnsTemplate
from esms_desktop.checks.account import AccountInfo
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport
from esms_desktop.message.zns_values import ValueProblem, explain, zns_value
from esms_desktop.telecom.sms_text import nfc


def zalo_checks(report: CheckReport, account: AccountInfo | None) -> None:
    spec = report.spec
    if not spec.channel.can_schedule and spec.scheduled:
        report.add(
            "schedule_zalo_sms",
            Severity.BLOCKING,
            "Tin Zalo kèm SMS dự phòng không hẹn giờ được (eSMS không cho hẹn giờ loại tin "
            "này). Bỏ hẹn giờ để gửi ngay, hoặc chọn chỉ gửi Zalo nếu cần hẹn giờ.",
            "Zalo with SMS fallback cannot be scheduled (eSMS offers no schedule for it). "
            "Remove the schedule to send now, or choose Zalo only to schedule.",
        )
    if not spec.oaid or not spec.template_id:
        report.add(
            "791",
            Severity.BLOCKING,
            "Chưa chọn OA Zalo hoặc mẫu ZNS.",
            "No Zalo OA or ZNS template chosen.",
        )
        return
    if spec.over_quota and spec.scheduled:
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
    _check_values(report, template)
    if spec.over_quota and (account.zns_tag or "").strip().upper() not in TAG_3:
        tag = account.zns_tag
        report.add(
            "over_quota_tag",
            Severity.BLOCKING,
            (
                f"Mẫu ZNS {spec.template_id} không phải mẫu tag 3 (hậu mãi) mà là "
                f"{tag or 'loại chưa rõ'}: eSMS chỉ cho gửi vượt hạn mức (chế độ 3) với mẫu "
                "tag 3. Bỏ chọn gửi vượt hạn mức để gửi thường."
                if tag
                else f"Chưa xác nhận được với eSMS rằng mẫu ZNS {spec.template_id} là mẫu "
                "tag 3 (hậu mãi), loại duy nhất được gửi vượt hạn mức (chế độ 3). Kiểm tra "
                "lại sau, hoặc bỏ chọn gửi vượt hạn mức để gửi thường."
            ),
            (
                f"ZNS template {spec.template_id} is not a tag-3 (promotion) template but "
                f"{tag}: eSMS allows over-quota sending (mode 3) for tag-3 templates only. "
                "Untick over-quota sending to send normally."
                if tag
                else f"eSMS could not confirm that ZNS template {spec.template_id} is a tag-3 "
                "(promotion) template, the only kind that may be sent over quota (mode 3). "
                "Check again later, or untick over-quota sending to send normally."
            ),
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


def _check_values(report: CheckReport, template: ZnsTemplate) -> None:
    """Each row's values in the template's order, checked against each parameter's type."""
    spec = report.spec
    code = "790" if spec.channel.sms_fallback else "110"
    problems: dict[tuple[str, ValueProblem], list[int]] = {}
    for r in report.sendable:
        values: list[str] = []
        ok = True
        for p in template.params:
            source = spec.params[p.name]
            raw = report.recipients.value(r, source.column) if source.column else source.value
            value, problem = zns_value(p, nfc(raw))
            values.append(value)
            if problem is not None:
                problems.setdefault((p.name, problem), []).append(r.row)
                ok = False
        if ok:
            report.zalo_params[r.row] = values
    by_name = {p.name: p for p in template.params}
    for (name, problem), rows in problems.items():
        source = spec.params[name]
        where = (
            (f"Cột {source.column}", f"Column {source.column}")
            if source.column
            else (f"Giá trị cố định cho {name}", f"The fixed value for {name}")
        )
        vi, _ = explain(problem, by_name[name], where[0])
        _, en = explain(problem, by_name[name], where[1])
        report.add(code, Severity.ROWS, vi, en, rows)
