"""The simulator's template registration (``SubServicePreviewJson``) and its moderation.

As eSMS documents it: ``ServiceType`` 2 with ``SmsType`` 2 (customer care) or 8
(fixed number), the ``Brandname`` already on the account, the variables of
``Content`` written ``{Name:length}``; the answer is 100 "ViHAT is moderating
your template" with a ``ServicePreviewId``, 199 when the same request is already
being processed, 301 for an unsupported service type. The outcome goes only to
a ``CallbackUrl`` (which a desktop app cannot offer), so an approved template
shows up in ``GetTemplate`` and a refused one never does.

Simulator rules beyond the documentation: moderation ends ``template_delay``
seconds after the request; a text with a link or a phone number in its fixed
part is refused (eSMS's moderators refuse them in customer-care templates),
any other is approved for every carrier, listed as eSMS lists templates
(variables written ``{P1,30}``). ``ServicePreviewId`` is a number in the
answer, as in the documentation's sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esms_desktop.simulator.accounts import Account, CskhTemplateDef
from esms_desktop.simulator.base import Ctx, SimResponse, SimulatorBase, answer, text_of
from esms_desktop.telecom.carriers import Carrier

__all__ = ["DEFAULT_TEMPLATE_DELAY", "Registration", "RegistrationHandlers", "refused_by_rules"]

#: Seconds from a registration to the end of its moderation (the demo's; real eSMS
#: takes hours to days).
DEFAULT_TEMPLATE_DELAY = 20.0

_VARIABLE = re.compile(r"\{\s*([^{}:,]+?)\s*[:,]\s*(\d+)\s*\}")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:vn|com|net|me|ly|link)\b")
_PHONE = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d)|(?<!\d)1[89]00(?:[\s.-]?\d){4,6}")


def refused_by_rules(content: str) -> bool:
    """The simulator's moderator: a link or a phone number in the fixed text is refused."""
    fixed = _VARIABLE.sub(" ", content)
    return bool(_LINK.search(fixed) or _PHONE.search(fixed))


def listed_form(content: str) -> str:
    """A registered text as ``GetTemplate`` lists it: ``{Tên:30}`` becomes ``{P1,30}``."""
    count = iter(range(1, 1000))
    return _VARIABLE.sub(lambda m: f"{{P{next(count)},{m.group(2)}}}", content)


@dataclass
class Registration:
    preview_id: int
    brandname: str
    sms_type: str
    content: str
    at: float
    #: None while moderating; then True (approved) or False (refused).
    approved: bool | None = None


class RegistrationHandlers(SimulatorBase):
    template_delay: float = DEFAULT_TEMPLATE_DELAY

    def _registrations(self, account: Account) -> list[Registration]:
        store: dict[str, list[Registration]] = self.__dict__.setdefault("_template_regs", {})
        return store.setdefault(account.api_key, [])

    def _register_template(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        if text_of(b.get("ServiceType")) != "2" or text_of(b.get("SmsType")) not in ("2", "8"):
            return answer("301", "ServiceType not supported")
        brandname = text_of(b.get("Brandname"))
        content = str(b.get("Content") or "").strip()
        if brandname not in ctx.account.brandnames:
            return answer("104", "Brandname not found")
        if not content:
            return answer("99", "Content is empty")
        sms_type = text_of(b.get("SmsType"))
        regs = self._registrations(ctx.account)
        for reg in regs:
            same = (reg.brandname, reg.sms_type, reg.content) == (brandname, sms_type, content)
            if same and reg.approved is None and not self._moderated(reg):
                return answer("199", "The same request is being processed")
        self._moderate(ctx.account)
        preview_id = 52000 + next(self._ids)
        regs.append(Registration(preview_id, brandname, sms_type, content, self.clock()))
        return answer("100", "ViHAT is moderating your template", ServicePreviewId=preview_id)

    def _moderated(self, reg: Registration) -> bool:
        return self.clock() - reg.at >= self.template_delay

    def _moderate(self, account: Account) -> None:
        """End the moderation of every registration whose time has come."""
        for reg in self._registrations(account):
            if reg.approved is not None or not self._moderated(reg):
                continue
            reg.approved = not refused_by_rules(reg.content)
            if not reg.approved or reg.sms_type != "2":
                continue
            listed = listed_form(reg.content)
            templates = account.cskh_templates.setdefault(reg.brandname, [])
            for carrier in Carrier:
                templates.append(
                    CskhTemplateDef(f"{reg.preview_id}{carrier.value}", carrier, listed)
                )
