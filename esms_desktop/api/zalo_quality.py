"""A Zalo OA's sending quality (``ZNS/GetQuality``) and its customers' ratings
(``ZNS/GetRating``): look-ups, safe to repeat."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esms_desktop.api.answers import as_int, text
from esms_desktop.api.http import HttpCore
from esms_desktop.base.vntime import ESMS_FORMAT, VIETNAM

__all__ = ["OaQuality", "RatingSummary", "ZaloQualityApi"]

#: ``GetRating`` answers at most this many ratings per request (VN page).
RATING_PAGE = 50
#: At most this many pages per template are read for a summary.
MAX_RATING_PAGES = 10


@dataclass(frozen=True)
class OaQuality:
    """``HIGH``, ``MEDIUM``, ``LOW`` or ``UNDEFINED`` (no ZNS in that window)."""

    current: str  # the last 48 hours (OaCurrentQuality)
    seven_days: str  # Oa7dayQuality

    @property
    def low(self) -> bool:
        return "LOW" in (self.current, self.seven_days)


@dataclass(frozen=True)
class RatingSummary:
    count: int
    #: Average stars (1-5) of the ratings read; None when there are none.
    average: float | None
    #: How many ratings gave 1 or 2 stars.
    poor: int


def _quality(value: object) -> str:
    word = text(value).upper()
    return word if word in ("HIGH", "MEDIUM", "LOW", "UNDEFINED") else "UNDEFINED"


class ZaloQualityApi(HttpCore):
    def get_oa_quality(self, oaid: str) -> OaQuality:
        body = self._lookup("POST", "ZNS/GetQuality/", json_body={**self._keys, "OAID": oaid})
        return OaQuality(
            _quality(body.get("OaCurrentQuality")), _quality(body.get("Oa7dayQuality"))
        )

    def get_rating_summary(
        self, oaid: str, template_ids: list[str], *, days: int = 30, now: dt.datetime | None = None
    ) -> RatingSummary:
        """The ratings of the last ``days`` days over ``template_ids`` (GetRating needs one
        template per request; pages of 50)."""
        end = (now or dt.datetime.now(VIETNAM)).astimezone(VIETNAM)
        start = end - dt.timedelta(days=days)
        stars: list[int] = []
        for template_id in template_ids:
            for page in range(MAX_RATING_PAGES):
                body = self._lookup(
                    "POST",
                    "ZNS/GetRating/",
                    json_body={
                        **self._keys,
                        "OAID": oaid,
                        "TemplateID": template_id,
                        "FromTime": start.strftime(ESMS_FORMAT),
                        "ToTime": end.strftime(ESMS_FORMAT),
                        "Offset": str(page * RATING_PAGE),
                        "Limit": str(RATING_PAGE),
                    },
                )
                data = [d for d in body.get("Data") or [] if isinstance(d, dict)]
                stars += [s for d in data if 1 <= (s := as_int(d.get("rate"))) <= 5]
                if len(data) < RATING_PAGE:
                    break
        if not stars:
            return RatingSummary(0, None, 0)
        return RatingSummary(len(stars), sum(stars) / len(stars), sum(1 for s in stars if s <= 2))
