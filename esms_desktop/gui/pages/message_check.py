"""The Message page's check: run on a worker, shown (problems, price, tiles), kept current.

A check describes the inputs it was run on (the list and the form, as a key):
once the screen shows other inputs it is dropped, and run again by itself when
the edits pause. A check that finishes on inputs no longer shown is never
offered to Send.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from esms_desktop.app.preparation import InputsKey, Sources, check_recipients, inputs_key
from esms_desktop.app.user_text import for_error
from esms_desktop.base.texts import speaking
from esms_desktop.catalogue import Scope, lookup
from esms_desktop.checks import CheckReport, Severity, next_ad_time
from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.pages.message_form import MessageForm
from esms_desktop.gui.session import Session
from esms_desktop.gui.widgets import counted, format_count, format_vnd
from esms_desktop.gui.workers import run_task
from esms_desktop.message.spec import VIETNAM, CampaignSpec
from esms_desktop.recipients.recipient_list import RecipientList


def _meaning(code: str, said: str) -> str:
    """What a problem means and what to do about it, in the words of the catalogue's
    entry for the check (it was the app's own code, such as ``no_recipients``); what the
    check said for an eSMS code (its entry tells what to do once sending has begun)."""
    info = lookup(code)
    if not info.known or info.scope is not Scope.CHECK:
        return said
    text = info.text
    return f"{text.title}: {text.explanation}\n{text.action}"


#: Milliseconds without an edit before a check that an edit made stale runs again.
RECHECK_AFTER_MS = 700
#: Rows left out because their number got this very text already: "Send to them once more"
#: offers to send it all the same.
_SENT_BEFORE = ("sent_already", "sent_elsewhere")


class MessageCheck(MessageForm):
    """The check of what the form says; a part of
    :class:`~esms_desktop.gui.pages.message.MessagePage`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        #: The next time advertising may be sent, offered by the schedule button.
        self._allowed: dt.datetime | None = None
        #: The inputs for which the user asked to send again to whoever got the same text
        #: in the last 24 hours: any other text or list is checked without it.
        self._again_for: object = None
        #: The campaign the check shown was sent as (once it was).
        self._campaign = 0
        #: The inputs of the last check asked for, and of the one shown (None: none).
        self._asked_key: object = None
        self._checked_key: object = None
        #: After an edit, the check runs again by itself once typing pauses.
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_AFTER_MS)
        self._recheck.timeout.connect(self._check_again)

    def _spec_changed(self, said: str = "") -> None:
        """A check describes what was checked: once the form says otherwise, it is dropped,
        Send waits, and the check is run again by itself once the edits pause (``said``:
        why, when it is not the message that changed)."""
        if self._checked_key is None and self._asked_key is None:
            return  # never checked: nothing to drop, nothing to redo
        if self.current_key() == self._checked_key:
            return
        if self.session.report is not None:
            self.session.set_report(None)
            self.problems.clear()
        self._checked_key = None
        self.price_label.setText(said or self.tr("The message changed: checking again..."))
        self._recheck.start()

    def _outdated(self, said: str) -> None:
        """The check shown no longer holds (Send found so): dropped, and made again by
        itself (``said``: why)."""
        self._checked_key = None
        self.session.set_report(None)
        self.problems.clear()
        self.price_label.setText(said)
        self._recheck.start()

    def current_key(self) -> tuple[tuple[int, int], InputsKey, bool] | None:
        """The key of what the screen shows now (None: nothing that can be checked, or a
        list on its way out while another is read)."""
        recipients = self.session.recipients
        if recipients is None or self.session.list_loading:
            return None
        try:
            spec = self.current_spec()
        except ValueError:
            return None
        return self._key(recipients, spec)

    def _key(
        self, recipients: RecipientList, spec: CampaignSpec
    ) -> tuple[tuple[int, int], InputsKey, bool]:
        """The list shown and the keys in use, the inputs, and whether sending again to
        whoever got the text was asked for these very inputs. A check made with another
        account's keys is not this one's: its balance, brandnames and prices were that
        account's, and the campaign would be sent by this one."""
        session = self.session
        shown = (session.list_generation, session.keys_generation)
        inputs = (shown, inputs_key(recipients, spec))
        return (*inputs, inputs == self._again_for)

    def run_check(self) -> None:
        recipients = self.session.recipients
        if recipients is None:
            self.problems.clear()
            self.problems.addItem(self.tr("Open a customer file first (Customers page)."))
            return
        try:
            spec = self.current_spec()
        except ValueError as exc:
            self.problems.clear()
            self.problems.addItem(str(exc))
            return
        session = self.session
        if self._not_the_file_read(recipients):
            return
        key = self._key(recipients, spec)
        again = key[2]
        self._asked_key = key
        self._checked_key = None
        self._recheck.stop()
        if session.report is not None:
            session.set_report(None)  # Send waits for this check: the older one may differ
        sources = Sources(
            journal=session.journal, client=session.client, settings=session.settings, again=again
        )
        self.check_button.setEnabled(False)
        self.price_label.setText(self.tr("Checking..."))

        def work() -> CheckReport:
            return check_recipients(recipients, spec, sources)

        run_task(
            work,
            lambda report: self._checked(report, key),
            lambda exc: self._check_failed(exc, key),
            self._check_finished,
        )

    def _not_the_file_read(self, recipients: RecipientList) -> bool:
        """Another list is being read, or the file shown was saved again since it was
        read: the check follows the reading (a check of the rows read before would be
        sent as the file's). True when it is left to that."""
        session = self.session
        if not session.list_loading and not recipients.table.changed_on_disk():
            return False
        self._asked_key = object()  # no check running is shown; the next one follows
        self._checked_key = None
        self._recheck.stop()
        session.set_report(None)
        self.problems.clear()
        if session.list_loading:
            self.price_label.setText(self.tr("The customer list is being read: checking next."))
            return True
        self.price_label.setText(
            fill(
                self.tr(
                    "%1 was saved again, replaced or removed since it was read: reading it "
                    "again, then checking."
                ),
                recipients.table.path.name,
            )
        )
        session.reread_wanted.emit()
        return True

    def _check_finished(self) -> None:
        self.check_button.setEnabled(True)

    def _checked(self, report: CheckReport, key: object = None) -> None:
        if key is not None and (key != self._asked_key or key != self.current_key()):
            # Checked on inputs the screen no longer shows (the text was edited, another
            # file opened...): never offered to Send. The newer check follows.
            if key == self._asked_key:
                self._recheck.start()
            return
        self._checked_key = key
        self.session.set_report(report)
        self._offer_schedule(report)
        self.again_button.setVisible(any(p.code in _SENT_BEFORE for p in report.problems))
        self._list_problems(report)
        self._say_price(report)
        self.checked.emit()

    def _list_problems(self, report: CheckReport) -> None:
        """What the check found, each with its icon, what blocks sending first; the
        messages per send day."""
        self.problems.clear()
        lang = self.session.lang
        style = self.style()
        icons = {
            Severity.BLOCKING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.ROWS: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        # What blocks the campaign first: the first tile sends the user to it.
        order = list(Severity)
        with speaking(lang):
            for p in sorted(report.problems, key=lambda p: order.index(p.severity)):
                item = QListWidgetItem(icons[p.severity], str(p))
                item.setToolTip(_meaning(p.code, str(p)))
                self.problems.addItem(item)
            for why in report.skipped:
                self.problems.addItem(QListWidgetItem(icons[Severity.WARNING], str(why)))
        days = report.by_day()
        if days:
            when = ", ".join(
                f"{day:%d/%m}: {format_count(count)}" for day, count in list(days.items())[:14]
            )
            more = ", …" if len(days) > 14 else ""
            self.problems.addItem(
                QListWidgetItem(
                    style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
                    fill(self.tr("Messages per send day: %1%2; eSMS holds them until then: the "
                                 "computer may be off."), when, more),
                )
            )  # fmt: skip
        if not report.problems:
            # Not "no problems" when what needs eSMS could not be checked (said above).
            clean = (
                self.tr(
                    "No problems found in the list and the message; the rest could not be checked."
                )
                if report.skipped
                else self.tr("No problems found.")
            )
            self.problems.addItem(
                QListWidgetItem(
                    style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), clean
                )
            )

    def _say_price(self, report: CheckReport) -> None:
        balance = format_vnd(report.balance) if report.balance is not None else "?"
        approx = "" if report.cost_from_esms else " " + self.tr("(approximate)")
        verdict = self.tr("Cannot send yet") if report.blocked else self.tr("Ready to send")
        self.price_label.setText(
            fill(
                self.tr("%1 messages, price about %2%3. Balance: %4. %5"),
                format_count(len(report.sendable)),
                format_vnd(report.cost or 0),
                approx,
                balance,
                verdict,
            )
            + self._fallback_note(report)
        )

    def _fallback_note(self, report: CheckReport) -> str:
        if not report.spec.channel.sms_fallback:
            return ""
        # After the verdict, which has no full stop of its own.
        return ". " + self.tr(
            "That is the most it can cost: each customer Zalo cannot reach also gets "
            "the SMS, charged as an SMS."
        )

    def _check_again(self) -> None:
        """The debounced re-check after an edit (only once the user has checked once)."""
        if self.session.recipients is not None and self.current_key() != self._checked_key:
            self.run_check()

    def _offer_schedule(self, report: CheckReport) -> None:
        """Advertising outside 07:00-22:00: offer the next allowed time in one click."""
        outside = report.spec.reminder is None and any(
            p.code == "qc_hours" for p in report.problems
        )
        self.schedule_button.setVisible(outside)
        if outside:
            when = next_ad_time(report.spec.schedule or dt.datetime.now(VIETNAM))
            self._allowed = when
            self.schedule_button.setText(
                fill(self.tr("Send &at %1 instead"), when.strftime("%H:%M %d/%m/%Y"))
            )

    def _send_to_them_again(self) -> None:
        """The customers who got this same text in the last 24 hours get it once more: the
        user's choice, for this text and list only (the send still asks)."""
        key = self.current_key()
        if key is None:
            return
        self._again_for = key[:2]
        self.again_button.setVisible(False)
        self.run_check()

    def _schedule_allowed(self) -> None:
        when = self._allowed
        if when is None:
            return
        self.send_time.set_one_time(when)
        self.schedule_button.setVisible(False)
        self.run_check()

    def _check_failed(self, exc: BaseException, key: object = None) -> None:
        if key is not None and key != self._asked_key:
            return
        message = for_error(exc)
        self.price_label.setText(f"{message.title}. {message.action}")
        self.checked.emit()

    def _report_changed(self) -> None:
        """The check was dropped elsewhere (another file asked for): so is what it said."""
        if self.session.report is None and self._checked_key is not None:
            self._checked_key = None
            self.problems.clear()
            self.price_label.setText("")

    def _sent_as(self, campaign_id: int) -> None:
        """The check shown was sent (Send page): it is no longer offered to send."""
        self._campaign = campaign_id
        self._show_report_state()

    def _ready_caption(self, report: CheckReport) -> str:
        """What the first tile's count is: ready to send, sent already, or waiting on what
        blocks it."""
        if report is self.session.sent_report:
            return fill(self.tr("Put into campaign %1"), str(self._campaign))
        # "No number is left" is no problem to fix of its own: the rows' reasons are.
        blocking = sum(
            p.severity is Severity.BLOCKING and p.code != "no_recipients" for p in report.problems
        )
        if blocking:
            return counted(
                blocking,
                self.tr("Cannot send yet: fix the first problem below"),
                self.tr("Cannot send yet: fix the first %1 problems below"),
            )
        if not report.sendable:
            return self.tr("Nothing to send: every customer was left out")
        return self.tr("Ready to send")

    def _show_report_state(self) -> None:
        """Tiles and the next step follow the current check: a sendable one makes "Send N
        messages..." the page's one primary button; none, or a blocked one, "Check"."""
        report = self.session.report
        ready = (
            report is not None
            and not report.blocked
            and bool(report.sendable)
            and report is not self.session.sent_report
        )
        # Before any check, what the tiles will show; while one is redone, nothing.
        never = self._asked_key is None and self._checked_key is None
        self.tile_band.show_part(
            "tiles" if report is not None else "placeholder" if never else "nothing"
        )
        if report is not None:
            count = len(report.sendable)
            left_out = len(report.recipients.rows) - count
            sent = report is self.session.sent_report
            tone = "ok" if ready else "" if sent else "bad"
            self.tiles.set("ready", format_count(count), tone, self._ready_caption(report))
            self.tiles.set("excluded", format_count(left_out), "warn" if left_out else "")
            approx = "" if report.cost_from_esms else "≈ "
            self.tiles.set("price", approx + format_vnd(report.cost or 0), "info")
            short = (
                report.balance is not None
                and report.cost is not None
                and (report.balance < report.cost)
            )
            self.tiles.set(
                "balance",
                format_vnd(report.balance) if report.balance is not None else "?",
                "bad" if short else "",
            )
            self.send_next_button.setText(
                fill(self.tr("&Send %1 messages..."), format_count(count))
            )
        self.send_next_button.setVisible(ready)
        wanted = "" if ready else "primary"
        if self.check_button.property("role") != wanted:
            theme.set_role(self.check_button, wanted)
            theme.set_icon(self.check_button, "check", "on_primary" if wanted else "text")
