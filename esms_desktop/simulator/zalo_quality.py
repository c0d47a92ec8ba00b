"""The simulator's ``ZNS/GetQuality`` and ``ZNS/GetRating``.

As documented (ham-kiem-tra-chat-luong-oa.md, ham-lay-thong-tin-danh-gia-cua-
khach-hang.md): quality as ``Oa7dayQuality`` / ``OaCurrentQuality``, each HIGH,
MEDIUM, LOW or UNDEFINED; ratings as ``Total`` and ``Data`` (``rate``,
``feedbacks``, ``note``, ``msgId``, ``submitDate`` in milliseconds as text,
``trackingId``), at most 50 per page. An OA of another account answers 204.

Simulator rules beyond the documentation: an OA's quality is ``oa_quality``
(default UNDEFINED before any ZNS, MEDIUM over the last 48 hours and HIGH over 7
days once it has sent; tests set LOW); every fifth accepted Zalo message gets a
rating, its stars decided by a hash of its RequestId (some 1-2 stars).
"""

from __future__ import annotations

import hashlib

from esms_desktop.base.vntime import from_esms
from esms_desktop.simulator.base import Ctx, SimResponse, SimulatorBase, answer, text_of

__all__ = ["ZaloQualityHandlers"]

_FEEDBACK = ("Giao hàng nhanh", "Chất lượng sản phẩm rất tốt", "Tin nhắn không cần thiết")


class ZaloQualityHandlers(SimulatorBase):
    def _quality_of(self, oaid: str) -> tuple[str, str]:
        store: dict[str, tuple[str, str]] = self.__dict__.setdefault("oa_quality", {})
        if oaid in store:
            return store[oaid]
        sent = any(a.channel.startswith("zalo") for a in self.accepted)
        return ("MEDIUM", "HIGH") if sent else ("UNDEFINED", "UNDEFINED")

    def set_oa_quality(self, oaid: str, current: str, seven_days: str) -> None:
        """For tests and the demo: what ``GetQuality`` answers for ``oaid``."""
        with self.lock:
            self.__dict__.setdefault("oa_quality", {})[oaid] = (current, seven_days)

    def _oa_quality(self, ctx: Ctx) -> SimResponse:
        oaid = text_of(ctx.body.get("OAID"))
        if oaid not in ctx.account.oas:
            return answer("204", "OAID not found")
        current, seven = self._quality_of(oaid)
        return answer("100", "success", Oa7dayQuality=seven, OaCurrentQuality=current)

    def _oa_rating(self, ctx: Ctx) -> SimResponse:
        b = ctx.body
        oaid = text_of(b.get("OAID"))
        if oaid not in ctx.account.oas:
            return answer("204", "OAID not found")
        try:
            start = from_esms(text_of(b.get("FromTime")))
            end = from_esms(text_of(b.get("ToTime")))
            offset, limit = int(text_of(b.get("Offset"))), int(text_of(b.get("Limit")))
        except ValueError:
            return answer("118", "Invalid parameters")
        limit = max(0, min(limit, 50))
        rated = []
        zalo = [a for a in self.accepted if a.channel.startswith("zalo") and not a.sandbox]
        for i, a in enumerate(zalo):
            if i % 5 or not start <= a.at <= end:
                continue
            digest = hashlib.sha256(a.request_id.encode()).digest()
            stars = 1 + digest[0] % 5
            rated.append(
                {
                    "feedbacks": [_FEEDBACK[digest[1] % len(_FEEDBACK)]],
                    "msgId": a.sms_id,
                    "note": "",
                    "rate": stars,
                    "submitDate": str(int((a.at + 60) * 1000)),
                    "trackingId": a.request_id,
                }
            )
        return answer("100", "success", Data=rated[offset : offset + limit], Total=len(rated))
