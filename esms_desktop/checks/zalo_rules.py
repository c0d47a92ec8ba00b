"""Checks of Zalo campaigns: OA, template, parameters, quota, sending mode."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from esms_desktop.api.models import TAG_3, ZnsTemplate, ZnsTemplateInfo
from esms_desktop.base.texts import Words, words
from esms_desktop.checks.account import AccountInfo
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport
from esms_desktop.message.spec import VIETNAM
from esms_desktop.message.zns_values import ValueProblem, column_value, explain, zns_value
from esms_desktop.telecom.sms_text import nfc


def zalo_checks(report: CheckReport, account: AccountInfo | None) -> None:
    """The campaign's Zalo settings, then against the account: the OA, the template and
    its parameters, each row's values and the sending mode (the daily quota once the send
    times are known: :func:`daily_quota`)."""
    spec = report.spec
    if not spec.channel.can_schedule and spec.scheduled:
        report.add("schedule_zalo_sms", Severity.BLOCKING, words("checks.zalo_sms_scheduled"))
    if not spec.oaid or not spec.template_id:
        report.add("791", Severity.BLOCKING, words("checks.no_oa_or_template"))
        return
    if spec.over_quota and spec.scheduled:
        report.add("801", Severity.BLOCKING, words("checks.over_quota_scheduled"))
    if account is None:
        return
    template = _template_of(report, account)
    if template is None or not _usable(report, account.zns_info):
        return
    if not _params_mapped(report, template):
        return
    _check_values(report, with_detail(template, account.zns_info))
    if spec.over_quota:
        _over_quota_tag(report, account.zns_info.tag if account.zns_info else None)


#: ``GetZnsTemplateInfo``'s ``Status`` values but ENABLE, and what the check says of each.
_STATES = {
    "PENDING_REVIEW": "checks.template_pending",
    "REJECT": "checks.template_rejected",
    "DISABLE": "checks.template_disabled",
    "DELETE": "checks.template_deleted",
}


def _usable(report: CheckReport, info: ZnsTemplateInfo | None) -> bool:
    """Whether the template can be sent by its state (``GetZnsTemplateInfo``): one under
    review, rejected, disabled or deleted blocks the campaign, eSMS refusing every message;
    a state the page does not list is a warning. Unknown (eSMS did not say): usable."""
    status = (info.status if info is not None else "").strip().upper()
    if info is None or status in ("", "ENABLE"):
        return True
    template = report.spec.template_id
    why = words("checks.template_reason", reason=info.reason) if info.reason else ""
    key = _STATES.get(status)
    if key is None:
        said = words("checks.template_state_unknown", template=template, status=status)
        report.add("template_state", Severity.WARNING, said)
        return True
    report.add("template_state", Severity.BLOCKING, words(key, template=template, why=why))
    return False


def with_detail(template: ZnsTemplate, info: ZnsTemplateInfo | None) -> ZnsTemplate:
    """``template``'s parameters with what ``GetZnsTemplateInfo`` adds: a value may be
    empty only where ``AcceptNull`` says so, must be ``MinLength`` long, and the stricter
    of the two pages' maximum lengths holds."""
    if info is None or not info.params:
        return template
    detail = {p.name: p for p in info.params}
    params = []
    for p in template.params:
        d = detail.get(p.name)
        if d is None:
            params.append(p)
            continue
        longest = min(x for x in (p.max_length, d.max_length) if x) if d.max_length else 0
        params.append(
            replace(
                p,
                required=not d.accept_null,
                min_length=max(p.min_length, d.min_length),
                max_length=longest or p.max_length,
            )
        )
    return replace(template, params=tuple(params))


def _template_of(report: CheckReport, account: AccountInfo) -> ZnsTemplate | None:
    """The campaign's template, or None after blocking the campaign: the OA is not the
    account's, is not active, or has no such template."""
    spec = report.spec
    if spec.oaid not in {o.oaid for o in account.oas}:
        oas, more = _listed(f"{o.name} ({o.oaid})" for o in account.oas)
        key = "checks.no_such_oa" if oas else "checks.no_oa_at_all"
        report.add("204", Severity.BLOCKING, words(key, oaid=spec.oaid, oas=oas, more=more))
        return None
    if account.zns_error:
        reason = words("checks.oa_not_active", oaid=spec.oaid)
        report.add(account.zns_error, Severity.BLOCKING, reason)
        return None
    template = next((t for t in account.zns_templates if t.temp_id == spec.template_id), None)
    if template is None:
        templates, more = _listed(f"{t.temp_id} ({t.name})" for t in account.zns_templates)
        key = "checks.template_not_of_oa" if templates else "checks.no_template_of_oa"
        reason = words(
            key, template=spec.template_id, oaid=spec.oaid, templates=templates, more=more
        )
        report.add("789", Severity.BLOCKING, reason)
    return template


def _listed(names: Iterable[str], most: int = 5) -> tuple[str, Words | str]:
    """The first ``most`` of ``names`` for a sentence, and "and N more" when there are more
    (words, said in the language of the moment the sentence is read)."""
    names = list(names)
    more = len(names) - most
    return ", ".join(names[:most]), words("checks.and_more", count=more) if more > 0 else ""


def _params_mapped(report: CheckReport, template: ZnsTemplate) -> bool:
    """Whether every parameter of ``template`` gets a value from a column the list has;
    blocks the campaign when not."""
    spec = report.spec
    unmapped = [p.name for p in template.params if p.name not in spec.params]
    bad_columns = [
        n
        for n, s in spec.params.items()
        if s.column and report.recipients.mapping.index_of(s.column) is None
    ]
    if unmapped or bad_columns:
        missing = ", ".join(unmapped + bad_columns)
        report.add("790", Severity.BLOCKING, words("checks.params_unmapped", names=missing))
        return False
    return True


def _over_quota_tag(report: CheckReport, tag: str | None) -> None:
    """Sending over the quota (mode 3) is for tag-3 templates only."""
    if (tag or "").strip().upper() in TAG_3:
        return
    template = report.spec.template_id
    reason = (
        words("checks.over_quota_wrong_tag", template=template, tag=tag)
        if tag
        else words("checks.over_quota_tag_unknown", template=template)
    )
    report.add("over_quota_tag", Severity.BLOCKING, reason)


def daily_quota(report: CheckReport, account: AccountInfo | None, now: dt.datetime) -> None:
    """The OA's quota of today: what goes today beyond it would fail at Zalo, so those rows
    are left out (the first that fit go); Zalo then SMS sends them by SMS, which is said.
    Rows sent on another day are not counted (the quota is renewed daily)."""
    spec = report.spec
    remaining = account.oa_remaining if account is not None else None
    if not spec.uses_zalo or remaining is None or spec.over_quota:
        return
    today = now.astimezone(VIETNAM).date()
    send_at, one_time = report.send_at, spec.schedule or now
    if not send_at:  # one time for every row: no need to look at each
        goes_today = one_time.astimezone(VIETNAM).date() == today
        todays = [r.row for r in report.sendable] if goes_today else []
    else:
        todays = [
            r.row
            for r in report.sendable
            if (send_at.get(r.row) or one_time).astimezone(VIETNAM).date() == today
        ]
    if len(todays) <= remaining:
        return
    if spec.channel.sms_fallback:
        # Zalo then SMS: what Zalo refuses goes as the SMS part (simulator/fallback.py).
        reason = words("checks.over_daily_quota_sms", remaining=remaining, count=len(todays))
        report.add("quota", Severity.WARNING, reason)
        return
    reason = words("checks.over_daily_quota", remaining=remaining, count=len(todays))
    report.add("quota", Severity.ROWS, reason, todays[remaining:])


def _check_values(report: CheckReport, template: ZnsTemplate) -> None:
    """Each row's values in the template's order, checked against each parameter's type."""
    spec = report.spec
    code = "790" if spec.channel.sms_fallback else "110"
    problems: dict[tuple[str, ValueProblem], list[int]] = {}
    recipients = report.recipients
    for r in report.sendable:
        values: list[str] = []
        ok = True
        for p in template.params:
            source = spec.params[p.name]
            raw = column_value(recipients, r, source.column, p) if source.column else source.value
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
            words("checks.zns_from_column", column=source.column)
            if source.column
            else words("checks.zns_fixed_value", name=name)
        )
        report.add(code, Severity.ROWS, explain(problem, by_name[name], where), rows)
