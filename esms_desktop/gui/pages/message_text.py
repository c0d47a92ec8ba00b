"""The Message page's SMS text: the brandname's registered templates, the text and its
tools, the counter, the preview for one customer and whether it matches a template.

The templates are read from eSMS on a worker when the brandname or the kind of
message changes; an answer for a choice no longer made is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from esms_desktop.api.models import CskhTemplate
from esms_desktop.app.user_text import for_error
from esms_desktop.checks.sizes import MessageSizes, message_sizes
from esms_desktop.gui import theme
from esms_desktop.gui.i18n import fill
from esms_desktop.gui.pages.message_check import MessageCheck
from esms_desktop.gui.session import Session
from esms_desktop.gui.template_fill import TemplateFillDialog
from esms_desktop.gui.widgets import format_count
from esms_desktop.gui.workers import run_task
from esms_desktop.message.content import parse_content
from esms_desktop.message.templates import matches, parse_template
from esms_desktop.message.zns_values import column_value
from esms_desktop.recipients.recipient_list import Recipient
from esms_desktop.telecom.carriers import Carrier
from esms_desktop.telecom.sms_text import measure, remove_diacritics

log = logging.getLogger(__name__)


class MessageText(MessageCheck):
    """The text part of :class:`~esms_desktop.gui.pages.message.MessagePage`; an edit
    makes the check stale (:class:`~esms_desktop.gui.pages.message_check.MessageCheck`)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        #: The registered templates of the brandname chosen (customer care only).
        self.cskh_templates: list[CskhTemplate] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._update_preview)
        #: What the counter was last asked to count: only its answer is shown.
        self._sizes_asked: object = None

    # ------------------------------------------------------------------ brandname, templates

    def _fill_brands(self) -> None:
        info = self.session.account
        current = self.brand_combo.currentText()
        wanted = "1" if self.channel.is_advertising else "2"
        self.brand_combo.blockSignals(True)
        self.brand_combo.clear()
        if info is not None:
            self.brand_combo.addItems([b.name for b in info.brandnames if b.type == wanted])
        if current and self.brand_combo.findText(current) >= 0:
            self.brand_combo.setCurrentText(current)
        self.brand_combo.blockSignals(False)
        self._brand_changed()

    def _brand_changed(self) -> None:
        brand = self.brand_combo.currentText().strip()
        self.template_combo.clear()
        self.cskh_templates = []
        if not brand or not self.session.has_client or not self.channel.needs_care_template:
            return
        session = self.session
        key = self._templates_key()
        run_task(
            lambda: session.client.get_customer_care_templates(brand),  # type: ignore[union-attr]
            lambda templates: self._templates_loaded(templates, key),
            lambda exc: self._templates_failed(exc, key),
        )

    def _templates_failed(self, exc: BaseException, key: tuple[str, str] | None = None) -> None:
        """The brandname's templates could not be read: said, not swallowed (the check
        reads them again and explains what it cannot match)."""
        if key is not None and key != self._templates_key():
            return  # for a choice no longer made
        log.warning("customer-care templates could not be read: %r", exc)
        message = for_error(exc)
        self.session.notice_about.emit(
            fill(
                self.tr("The registered templates could not be read: %1"),
                f"{message.title}. {message.action}",
            ),
            "warning",
            "registered-templates",
        )

    def _templates_key(self) -> tuple[str, str]:
        return (self.channel, self.brand_combo.currentText().strip())

    def _templates_loaded(
        self, templates: list[CskhTemplate], key: tuple[str, str] | None = None
    ) -> None:
        if key is not None and key != self._templates_key():
            return  # the templates of a brandname (or kind of message) no longer chosen
        self.session.resolved.emit("registered-templates")  # read now: a bar saying not goes
        self.cskh_templates = templates
        self.register_box.look_again()
        self.template_combo.clear()
        by_text: dict[str, list[str]] = {}
        for t in templates:
            by_text.setdefault(t.content, []).append(t.carrier.display_name if t.carrier else "?")
        for text, carriers in by_text.items():
            self.template_combo.addItem(f"{text}  [{', '.join(carriers)}]", text)
        self._update_preview()

    def _use_template(self) -> None:
        """Fill the chosen template's blanks from columns (a dialog), or paste it as it is."""
        text = self.template_combo.currentData()
        if not text:
            return
        columns = self.session.recipients.columns if self.session.recipients else []
        if not columns or not parse_template(str(text)).placeholders:
            self.content_edit.setPlainText(str(text))
            return
        dialog = self.make_fill_dialog(str(text), columns)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.content_edit.setPlainText(dialog.text())

    def make_fill_dialog(self, template: str, columns: list[str]) -> TemplateFillDialog:
        """Separate so tests can drive the dialog without a modal loop."""
        return TemplateFillDialog(template, columns, self)

    # ------------------------------------------------------------------ the text

    def _insert_column(self) -> None:
        column = self.column_combo.currentText()
        if column:
            self.content_edit.insertPlainText("{" + column + "}")
            self.content_edit.setFocus()

    def _remove_diacritics(self) -> None:
        self.content_edit.setPlainText(remove_diacritics(self.content_edit.toPlainText()))
        self.plain_check.setChecked(True)

    def _content_changed(self) -> None:
        self._debounce.start()
        self._spec_changed()

    def _update_preview(self) -> None:
        if not self.channel.sends_text:
            self._preview_zalo()
            return
        text = self.content_edit.toPlainText()
        recipients = self.session.recipients
        rendered = text
        carrier: Carrier | None = None
        r = self._preview_recipient()
        if recipients is not None and r is not None and text.strip():
            rendered = parse_content(text, recipients).render(r)
            carrier = r.carrier
        if self.plain_check.isChecked():
            rendered = remove_diacritics(rendered)
        self._count_parts(text, measure(rendered).parts if r is not None else None)
        self.preview.setText(rendered or self.tr("(the message for this customer appears here)"))
        self._update_match(rendered, carrier)
        self.register_box.offer(
            self.channel,
            self.brand_combo.currentText().strip(),
            text,
            self.cskh_templates,
            rendered,  # what the template line above judged
        )

    def _count_parts(self, text: str, preview_parts: int | None) -> None:
        """The counter: what each message of the campaign comes to, over every ready
        customer (their values make messages longer or shorter), as the check counts it
        (``checks.sizes.message_sizes``, on a worker: a list may hold 100,000 rows); the
        preview customer's own parts beside it when they differ. Without a list, the
        text's own size."""
        recipients = self.session.recipients
        plain = self.plain_check.isChecked()
        self._sizes_asked = key = (text, plain, id(recipients), preview_parts)
        if recipients is None or not recipients.ready or not text.strip():
            size = measure(remove_diacritics(text) if plain else text)
            self.counter.setText(
                fill(
                    self.tr("%1 characters, %2 SMS part(s), %3"),
                    str(size.characters),
                    str(size.parts),
                    self.tr("Unicode (with diacritics)") if size.unicode else self.tr("plain text"),
                )
            )
            return
        run_task(
            lambda: message_sizes(recipients, text, plain),
            lambda sizes: self._show_sizes(sizes, preview_parts, key),
            lambda _exc: None,  # the check says what is wrong with the text
        )

    def _show_sizes(
        self, sizes: MessageSizes | None, preview_parts: int | None, key: object
    ) -> None:
        if key != self._sizes_asked:
            return  # counted for a text or list no longer shown
        if sizes is None:  # a column the list does not have: the check says which
            self.counter.setText("")
            return
        if sizes.unicode_rows == 0:
            encoding = self.tr("plain text")
        elif sizes.unicode_rows == sizes.rows:
            encoding = self.tr("Unicode (with diacritics)")
        else:
            encoding = fill(
                self.tr("Unicode (with diacritics) for %1 customers"),
                format_count(sizes.unicode_rows),
            )
        if sizes.least == sizes.most:
            text = fill(
                self.tr("Each message: %1 SMS part(s), up to %2 characters, %3"),
                str(sizes.most),
                str(sizes.longest_characters),
                encoding,
            )
        else:
            text = fill(
                self.tr(
                    "Each message: %1 to %2 SMS parts (the longest: row %3, %4 characters), %5"
                ),
                str(sizes.least),
                str(sizes.most),
                str(sizes.longest_row),
                str(sizes.longest_characters),
                encoding,
            )
            if preview_parts is not None:
                text += "; " + fill(self.tr("this customer's: %1 part(s)"), str(preview_parts))
        self.counter.setText(text)

    def _preview_recipient(self) -> Recipient | None:
        """The ready customer the preview is for (its number, within the list)."""
        recipients = self.session.recipients
        if recipients is None or not recipients.ready:
            return None
        return recipients.ready[min(self.preview_row.value(), len(recipients.ready)) - 1]

    def _preview_zalo(self) -> None:
        """A Zalo template message: the template and this customer's values, not the SMS
        text of the hidden SMS box (once shown here while "Send" offered the Zalo one)."""
        self._sizes_asked = None  # an SMS count still on its way is not shown
        self.counter.setText("")
        self.match_label.setText("")
        recipients = self.session.recipients
        try:
            spec = self.current_spec()
        except ValueError:
            spec = None
        if spec is None or not spec.template_id:
            self.preview.setText(self.tr("(choose the Zalo template and fill in its fields)"))
            return
        values: list[str] = []
        r = self._preview_recipient()
        template = self.zalo_box.template()
        params = {p.name: p for p in template.params} if template is not None else {}
        for name, source in spec.params.items():
            if not source.column:
                shown = source.value
            elif recipients is not None and r is not None:
                # What the check reads: a number parameter, the number without its format.
                shown = column_value(recipients, r, source.column, params.get(name))
            else:
                shown = source.column
            values.append(f"{name} = {shown}")
        self.preview.setText(
            fill(self.tr("Zalo template %1: %2"), spec.template_id, "; ".join(values) or "-")
        )

    def _update_match(self, rendered: str, carrier: Carrier | None) -> None:
        if not self.channel.needs_care_template or not self.cskh_templates or not rendered:
            self.match_label.setText("")
            return
        ok: list[str] = []
        bad: list[str] = []
        for c in Carrier:
            templates = [t for t in self.cskh_templates if t.carrier is c]
            if templates:
                (ok if any(matches(t.content, rendered) for t in templates) else bad).append(
                    c.display_name
                )
        parts = []
        if ok:
            parts.append(fill(self.tr("Matches the template for: %1"), ", ".join(ok)))
        if bad:
            parts.append(fill(self.tr("Does not match for: %1"), ", ".join(bad)))
        none = [
            c.display_name for c in Carrier if not any(t.carrier is c for t in self.cskh_templates)
        ]
        if none:
            parts.append(fill(self.tr("No template registered for: %1"), ", ".join(none)))
        who = carrier.display_name if carrier else ""
        tone = "ok" if carrier and carrier.display_name in ok else "bad"
        this_customer = self.tr("this customer")
        suffix = f" ({this_customer}: {who})" if who else ""
        self.match_label.setText(theme.tinted_html(" — ".join(parts), tone) + suffix)
