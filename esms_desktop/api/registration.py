"""Registering an SMS template with eSMS (``SubServicePreviewJson``)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from esms_desktop.api.answers import RAW_KEEP, REDACT_WINDOW, error_message, result_code, text
from esms_desktop.api.http import HttpCore
from esms_desktop.base.errors import BadAnswerError
from esms_desktop.base.redact import redact

__all__ = ["ListedTemplate", "RegistrationApi", "TemplateRequest"]


@dataclass(frozen=True)
class TemplateRequest:
    """What eSMS answered to a template registration."""

    code: str
    error_message: str
    #: eSMS's id of the request (the documentation's sample gives a number).
    service_preview_id: str


@dataclass(frozen=True)
class ListedTemplate:
    """A template as ``GetTemplate`` lists it for a brandname."""

    network_id: str
    content: str
    temp_id: str


class RegistrationApi(HttpCore):
    def get_brandname_templates(self, brandname: str, sms_type: str) -> list[ListedTemplate]:
        """``GetTemplate`` for a brandname and ``SmsType`` (2 is the documented one)."""
        body = self._lookup(
            "POST",
            "GetTemplate/",
            json_body={**self._keys, "SmsType": sms_type, "Brandname": brandname},
        )
        return [
            ListedTemplate(
                text(t.get("NetworkID")), text(t.get("TempContent")), text(t.get("TempId"))
            )
            for t in body.get("BrandnameTemplates") or []
            if isinstance(t, dict)
        ]

    def register_sms_template(
        self, brandname: str, content: str, *, sms_type: str, unicode: bool
    ) -> TemplateRequest:
        """Ask eSMS to register ``content`` (variables written ``{Name:length}``).

        Sent once, never retried: a repeat of a request that did arrive is answered
        199 ("already being processed"), which the caller handles; any result code
        is returned, not raised.
        """
        body = self._once(
            "POST",
            "SubServicePreviewJson/",
            # Bounded like a send: one attempt, a send's deadline and size.
            deadline=time.monotonic() + self.limits.send_seconds,
            max_bytes=self.limits.send_bytes,
            json_body={
                **self._keys,
                "Brandname": brandname,
                "Content": content,
                "IsUnicode": "1" if unicode else "0",
                "ServiceType": 2,  # a bare number, as in the documentation's sample
                "SmsType": sms_type,
            },
        )
        code = result_code(body)
        if code is None:
            raise BadAnswerError(
                "eSMS answered the template registration without a result code",
                status=200,
                raw=redact(str(body)[:REDACT_WINDOW])[:RAW_KEEP],
            )
        preview = body.get("ServicePreviewId", body.get("ServicepreviewId"))
        return TemplateRequest(code, error_message(body), text(preview))
