"""Qt translations: Vietnamese and English, Vietnamese when the system is Vietnamese.

Also the two ways the window puts values and the core's words into its texts:
:func:`fill` for a ``tr`` text's ``%1``, ``%2``..., :func:`spoken` for the core's
:class:`~esms_desktop.base.texts.Words` in the window's language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone, QTranslator

from esms_desktop.app.resources import translations_dir
from esms_desktop.base.texts import Words, speaking

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []
_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(text: str, *values: object) -> str:
    """``text`` with each ``%n`` replaced by the n-th of ``values``, in one pass.

    A value is never read again for placeholders: a file name or a customer's text
    holding "%2" stays as it is (a chain of ``replace`` would fill it too). A ``%n``
    without a value stays as written.
    """

    def value(found: re.Match[str]) -> str:
        n = int(found.group(1))
        return str(values[n - 1]) if n <= len(values) else found.group(0)

    return _PLACEHOLDER.sub(value, text)


def spoken(text: Words, lang: str) -> str:
    """A text of the core's catalogues in the window's language ``lang``."""
    with speaking(lang):
        return str(text)


def vietnam_clock(ts: float) -> QDateTime:
    """A Unix time as a clock in Vietnam shows it, whatever this computer's time zone, as
    the reports and the command line say times (``base.vntime.vietnam_time``)."""
    return QDateTime.fromSecsSinceEpoch(int(ts), QTimeZone(7 * 3600))


def system_language() -> str:
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def choose_language(setting: str | None) -> str:
    return setting if setting in LANGUAGES else system_language()


def install(lang: str) -> bool:
    """Load ``esms_desktop_<lang>.qm``; returns False when the file is missing or empty."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # Numbers, money and dates follow the window's language: 1.943.930 đ, 220,9 tin/giây.
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        if lang == "vi"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    translator = QTranslator(app)
    ok = translator.load(f"esms_desktop_{lang}.qm", str(translations_dir()))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    # Qt's own buttons and dialogs (Yes/No, OK/Cancel, Show Details...): Qt ships no
    # Vietnamese, so the app carries these few texts itself.
    qt_own = QTranslator(app)
    if qt_own.load(f"qt_{lang}.qm", str(translations_dir())):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return ok
