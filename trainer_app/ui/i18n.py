"""Translations and layout direction. Every user-visible string goes through Qt's tr()/translate()."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = {"": "System language", "en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ku"}

_installed: list[QTranslator] = []


def effective_language(setting: str) -> str:
    return setting or QLocale.system().name().split("_")[0] or "en"


def apply_language(app: QApplication, setting: str) -> str:
    """Install our and Qt's translators for the language and set the layout direction; returns the language."""
    language = effective_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for directory, name in (
        (I18N_DIR, f"cpims_trainer_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    return language


def apply_text_scale(app: QApplication, scale: float, base_point_size: float) -> None:
    font = app.font()
    font.setPointSizeF(max(6.0, base_point_size * scale))
    app.setFont(font)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
