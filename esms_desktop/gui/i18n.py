"""Qt translations: Vietnamese and English, Vietnamese when the system is Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from esms_desktop.app.resources import translations_dir

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


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
