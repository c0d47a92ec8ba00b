"""On the Account page: warnings before they bite.

- the balance against the user's warning level (a setting, edited here), with how
  many campaigns like the last one it still pays for;
- each Zalo OA's sending quality (``GetQuality``) and its customers' ratings of
  the last 30 days (``GetRating``), with a warning when Zalo rates it LOW.

Worked out off the GUI thread each time the account is read (at start and on
"Test connection"); a result for an older account read is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from esms_desktop.base.errors import ApiError
from esms_desktop.base.texts import Words
from esms_desktop.checks.balance_rules import QUALITY_WORDS, low_balance_text
from esms_desktop.gui.i18n import fill, spoken
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import format_count, format_number
from esms_desktop.gui.workers import run_task
from esms_desktop.journal.spending import last_campaign_cost

if TYPE_CHECKING:  # the client's module brings the HTTP library: not before the first paint
    from esms_desktop.api.zalo_quality import OaQuality, RatingSummary

__all__ = ["AccountHealth"]


class AccountHealth(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("accountHealth")
        self._asked: object | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Warn when the balance is under"), self))
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("lowBalanceSpin")
        self.threshold.setRange(0, 1_000_000_000)
        self.threshold.setSingleStep(50_000)
        self.threshold.setGroupSeparatorShown(True)
        self.threshold.setSuffix(" đ")
        self.threshold.setSpecialValueText(self.tr("never"))
        self.threshold.setValue(session.settings.low_balance_vnd)
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout.addLayout(row)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names from files and eSMS
        self.text.setObjectName("accountHealthText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.threshold.editingFinished.connect(self._threshold_changed)
        session.account_changed.connect(self.refresh)

    def _threshold_changed(self) -> None:
        value = self.threshold.value()
        if value != self.session.settings.low_balance_vnd:
            self.session.settings.low_balance_vnd = value
            self.session.settings.save()
            self.refresh()

    def refresh(self) -> None:
        session = self.session
        info = session.account
        if info is None or info.balance is None:
            self.text.setText("")
            return
        self._asked = key = (id(info), session.settings.low_balance_vnd)
        threshold = session.settings.low_balance_vnd
        balance = info.balance
        oas = list(info.oas)

        def work() -> tuple[Words | None, list[_OaHealth]]:
            """What eSMS and the journal say (asked off the GUI thread); the sentences are
            the window's own, written in :meth:`_show`."""
            warning = None
            if threshold:
                warning = low_balance_text(balance, threshold, last_campaign_cost(session.journal))
            client = session.client
            if client is None:
                return warning, []
            return warning, [_oa_health(client, oa.oaid, oa.name) for oa in oas]

        run_task(work, lambda found: self._show(key, *found), lambda _e: None)

    def _show(self, key: object, warning: Words | None, oas: list[_OaHealth]) -> None:
        if key != self._asked:
            return
        lines = [] if warning is None else [f"⚠ {spoken(warning, self.session.lang)}"]
        lines += [self._oa_line(oa) for oa in oas]
        self.text.setText("\n".join(lines))

    def _oa_line(self, oa: _OaHealth) -> str:
        """One OA's quality and ratings, in whole sentences of the window's language."""
        quality = oa.quality
        if quality is None:
            return fill(self.tr("Zalo OA %1: quality not available now."), oa.name)
        current, seven = (
            spoken(QUALITY_WORDS[q], self.session.lang) if q in QUALITY_WORDS else q
            for q in (quality.current, quality.seven_days)
        )
        if current == seven:  # said once: the same words twice read as a stutter
            said = [
                fill(
                    self.tr("Zalo OA %1: quality %2, both over the last 48 hours and over 7 days."),
                    oa.name,
                    current,
                )
            ]
        else:
            said = [
                fill(
                    self.tr("Zalo OA %1: quality %2 over the last 48 hours, %3 over 7 days."),
                    oa.name,
                    current,
                    seven,
                )
            ]
        ratings = oa.ratings
        if ratings is not None and ratings.count:
            stars = format_number(ratings.average or 0)
            text = (
                self.tr("1 customer rating in 30 days: %2 stars.")
                if ratings.count == 1
                else self.tr(
                    "%1 customer ratings in 30 days: %2 stars on average, %3 of 1-2 stars."
                )
            )
            said.append(fill(text, format_count(ratings.count), stars, format_count(ratings.poor)))
        if quality.low:
            said.append(self.tr("Zalo lowers the quota of a poor OA and may block its messages."))
            return "⚠ " + " ".join(said)
        return " ".join(said)


@dataclass(frozen=True)
class _OaHealth:
    """What eSMS says of one OA: its quality (None: not available now) and its ratings."""

    name: str
    quality: OaQuality | None
    ratings: RatingSummary | None


def _oa_health(client: Any, oaid: str, name: str) -> _OaHealth:
    """One OA's quality and the ratings of its templates (on the worker thread)."""
    try:
        quality = client.get_oa_quality(oaid)
    except ApiError:
        return _OaHealth(name, None, None)
    try:
        templates = [t.temp_id for t in client.get_zns_templates(oaid)]
        ratings = client.get_rating_summary(oaid, templates) if templates else None
    except ApiError:
        ratings = None
    return _OaHealth(name, quality, ratings)
