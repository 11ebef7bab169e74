"""Translations, layout direction and locale: the picker speaks the system language, the signed-in screens the
learner's. Also the small helpers that keep untranslated pack text readable inside a right-to-left window."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = {"": "System language", "en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ku"}
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop directional isolate

_installed: list[QTranslator] = []
_current = ["en"]


def system_locale_name() -> str:
    """The operating system's locale, e.g. "fr_FR" (a function so tests can stand in another system)."""
    return QLocale.system().name()


def supported(language: str) -> str:
    """The language itself when we ship a translation for it (or it is English), else English."""
    if language == "en" or (I18N_DIR / f"cpims_trainer_{language}.qm").is_file():
        return language
    return "en"


def effective_language(setting: str) -> str:
    """The language to show for a setting ("" = the system's), falling back to English without a translation."""
    return supported(setting or system_locale_name().split("_")[0] or "en")


def current_language() -> str:
    return _current[0]


def locale() -> QLocale:
    """The locale of the language on screen, for dates and numbers."""
    return QLocale(current_language())


def apply_language(app: QApplication, setting: str) -> str:
    """Install our and Qt's translators for the language and set the layout direction; returns the language.

    Installing a translator sends LanguageChange to every widget, so screens that retranslate live follow at once.
    """
    language = effective_language(setting)
    if language == _current[0] and _installed:
        return language
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
    _current[0] = language
    QLocale.setDefault(QLocale(language))
    # The direction by its name through the property, not `Qt.LayoutDirection`: the first Qt enum touched from
    # Python builds all of the `Qt` namespace's enum classes (about 25 ms), and this runs before the first paint.
    app.setProperty("layoutDirection", "RightToLeft" if language in RTL_LANGUAGES else "LeftToRight")
    return language


def apply_text_scale(app: QApplication, scale: float, base_point_size: float) -> None:
    font = app.font()
    font.setPointSizeF(max(6.0, base_point_size * scale))
    app.setFont(font)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# Named like Qt's marker because lupdate finds marked strings by this name; PySide6's own returns `object`.
def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (lupdate finds marked strings by Qt's name)
    """Marks `text` for translation in `context` without translating it now: `tr(context, text)` does later."""
    return text


def role_title(role_id: str, pack_title: str = "") -> str:
    """A role's name in the language on screen: ours for the roles we know, else the pack's title (or the id)."""
    known = {
        "case_worker": QCoreApplication.translate("Roles", "Case worker"),
        "case_manager": QCoreApplication.translate("Roles", "Case manager"),
        "system_administrator": QCoreApplication.translate("Roles", "System administrator"),
        "coordinator": QCoreApplication.translate("Roles", "CPIMS+ coordinator"),
        "trainer": QCoreApplication.translate("Roles", "Trainer"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
    }
    return known.get(role_id) or pack_title or role_id


def format_date(value: object) -> str:
    """A date (or datetime's date) in the on-screen locale's short format."""
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    if isinstance(value, datetime):
        value = value.date()
    assert isinstance(value, date)
    if current_language() == "en":  # unambiguous for English readers on both sides of the Atlantic
        return value.isoformat()
    return locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: object) -> str:
    """A moment in local time, in the on-screen locale's short date and time format."""
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    assert isinstance(value, datetime)
    if current_language() == "en":
        return f"{value.astimezone():%Y-%m-%d %H:%M}"
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return locale().toString(moment, QLocale.FormatType.ShortFormat)


def format_number(value: int | float, decimals: int = 0) -> str:
    return (
        locale().toString(value) if isinstance(value, int) else locale().toString(float(value), "f", decimals)
    )


def format_percent(share: float) -> str:
    """A share 0–1 as a percentage with up to one decimal, in the on-screen locale."""
    value = round(share * 100, 1)
    number = format_number(int(value)) if value == int(value) else format_number(value, 1)
    return QCoreApplication.translate("i18n", "{n} %").format(n=number)


# The unit names as translators see them (literal here so the translation tools find each one).
BYTE_UNIT_SOURCES = (
    QT_TRANSLATE_NOOP("i18n", "B"),
    QT_TRANSLATE_NOOP("i18n", "KiB"),
    QT_TRANSLATE_NOOP("i18n", "MiB"),
    QT_TRANSLATE_NOOP("i18n", "GiB"),
    QT_TRANSLATE_NOOP("i18n", "TiB"),
    QT_TRANSLATE_NOOP("i18n", "PiB"),
    QT_TRANSLATE_NOOP("i18n", "EiB"),
)


def format_bytes(count: int) -> str:
    """A byte size by the one rule (`numbers.format_bytes`), with the on-screen language's decimal mark and
    unit names ("1,5 Mio" in French)."""
    from trainer_app.core.common import numbers

    units = tuple(QCoreApplication.translate("i18n", unit) for unit in BYTE_UNIT_SOURCES)
    return numbers.format_bytes(count, current_language(), units)


def is_rtl_text(text: str) -> bool:
    """The direction of a text by its first strong character (Unicode rule P2), English when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def isolate(text: str) -> str:
    """Text wrapped in a first-strong isolate, so it keeps its own direction inside any paragraph.

    Only where it could be turned around: left-to-right text in a left-to-right window is left as it is, so it
    copies, searches and reads to assistive tools unchanged.
    """
    from PySide6.QtCore import Qt  # here, not at the top: see apply_language

    window_rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not text or (not window_rtl and not is_rtl_text(text)):
        return text
    return f"{FSI}{text}{PDI}"


def text_alignment(text: str) -> Qt.AlignmentFlag:
    """Horizontal alignment by the text's own direction, absolute so a right-to-left window does not flip it."""
    from PySide6.QtCore import Qt

    side = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute


def show_pack_text(label: QLabel, text: str) -> None:
    """Show pack text in a label: isolated, and aligned by its own direction rather than the window's."""
    from PySide6.QtCore import Qt

    label.setText(isolate(text))
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(text_alignment(text) | vertical)
