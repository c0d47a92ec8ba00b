"""On the Account page: warnings before they bite.

- the balance against the user's warning level (a setting, edited here), with how
  many campaigns like the last one it still pays for;
- each Zalo OA's sending quality (``GetQuality``) and its customers' ratings of
  the last 30 days (``GetRating``), with a warning when Zalo rates it LOW.

Worked out off the GUI thread each time the account is read (at start and on
"Test connection"); a result for an older account read is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from esms_desktop.base.errors import ApiError
from esms_desktop.base.texts import speaking
from esms_desktop.checks.balance_rules import QUALITY_WORDS, low_balance_text
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import format_number
from esms_desktop.gui.workers import run_task
from esms_desktop.journal.spending import last_campaign_cost

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
        lang = session.lang
        balance = info.balance
        oas = list(info.oas)

        def work() -> list[str]:
            lines: list[str] = []
            if threshold:
                warning = low_balance_text(balance, threshold, last_campaign_cost(session.journal))
                if warning is not None:
                    with speaking(lang):
                        lines.append(f"⚠ {warning}")
            client = session.client
            if client is None:
                return lines
            for oa in oas:
                lines.append(_oa_line(client, oa.oaid, oa.name, lang))
            return lines

        run_task(work, lambda lines: self._show(key, lines), lambda _e: None)

    def _show(self, key: object, lines: list[str]) -> None:
        if key != self._asked:
            return
        self.text.setText("\n".join(lines))


def _oa_line(client: Any, oaid: str, name: str, lang: str) -> str:
    """One OA's quality and ratings, as a sentence (on the worker thread)."""
    en = lang == "en"
    try:
        quality = client.get_oa_quality(oaid)
    except ApiError:
        return (
            f"Zalo OA {name}: quality not available now."
            if en
            else f"Zalo OA {name}: chưa xem được chất lượng."
        )
    with speaking(lang):
        current = str(QUALITY_WORDS.get(quality.current, quality.current))
        seven = str(QUALITY_WORDS.get(quality.seven_days, quality.seven_days))
    if current == seven:  # said once: the same words twice read as a stutter
        text = (
            f"Zalo OA {name}: quality {current}, both over the last 48 hours and over 7 days"
            if en
            else f"Zalo OA {name}: chất lượng {current}, cả trong 48 giờ và 7 ngày qua"
        )
    else:
        text = (
            f"Zalo OA {name}: quality {current} over the last 48 hours, {seven} over 7 days"
            if en
            else f"Zalo OA {name}: chất lượng {current} trong 48 giờ qua, {seven} trong 7 ngày qua"
        )
    try:
        templates = [t.temp_id for t in client.get_zns_templates(oaid)]
        ratings = client.get_rating_summary(oaid, templates) if templates else None
    except ApiError:
        ratings = None
    if ratings is not None and ratings.count:
        stars = format_number(ratings.average or 0)
        text += (
            f"; {ratings.count} ratings in 30 days, {stars} stars on average, "
            f"{ratings.poor} of 1-2 stars"
            if en
            else f"; {ratings.count} đánh giá trong 30 ngày, trung bình {stars} sao, "
            f"{ratings.poor} đánh giá 1-2 sao"
        )
    if quality.low:
        text = (
            "⚠ "
            + text
            + (
                ". Zalo lowers the quota of a poor OA and may block its messages."
                if en
                else ". Zalo giảm hạn mức và có thể chặn tin của OA chất lượng kém."
            )
        )
    return text + ("" if text.endswith(".") else ".")
