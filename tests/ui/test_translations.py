"""The French, Spanish and Arabic translations: they load, they translate, they are complete and keep placeholders."""

from __future__ import annotations

import os
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTranslator

from trainer_app.ui.i18n import I18N_DIR

LANGUAGES = ("fr", "es", "ar")
NUMERUS_FORMS = {"fr": 2, "es": 2, "ar": 6}  # Arabic: zero, one, two, few, many, other
# {name}, {0}; %1, %n, %Ln, %p% (progress bar); nothing else counts as a placeholder.
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%p%|%L?n|%L?\d+")
KNOWN = (  # context, English source: messages that must differ from the English once translated
    ("ProfilePicker", "Who is training today?"),
    ("ProfilePicker", "Create profile"),
    ("HomeView", "Overall progress"),
    ("HomeView", "Continue"),
    ("Shell", "Switch profile"),
    ("status", "Completed"),
    ("kind", "Walkthrough"),
    ("SettingsView", "Language"),
)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"cpims_trainer_{language}.ts"


def messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(ts_path(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def live(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("vanished", "obsolete")


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.fixture(params=LANGUAGES)
def translator(request: pytest.FixtureRequest, qapp) -> Iterator[tuple[str, QTranslator]]:  # type: ignore[no-untyped-def]  # noqa: ARG001 (qapp: requested for the QApplication)
    language = request.param
    translator = QTranslator()
    assert translator.load(f"cpims_trainer_{language}", str(I18N_DIR)), (
        f"cpims_trainer_{language}.qm does not load"
    )
    assert QCoreApplication.installTranslator(translator)
    try:
        yield language, translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("qapp")
def test_each_qm_file_loads(language: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"cpims_trainer_{language}.qm"))
    assert not translator.isEmpty()
    assert translator.language().startswith(language)


def test_known_messages_are_translated(translator) -> None:  # type: ignore[no-untyped-def]
    language, _ = translator
    for context, source in KNOWN:
        translated = QCoreApplication.translate(context, source)
        assert translated, (language, context, source)
        assert translated != source, (language, context, source)


def test_plural_forms_follow_the_language(translator) -> None:  # type: ignore[no-untyped-def]
    language, _ = translator
    forms = {
        n: QCoreApplication.translate("LibraryView", "%n result(s)", None, n) for n in (0, 1, 2, 5, 11, 100)
    }
    assert all(str(n) in text and "result(s)" not in text for n, text in forms.items())
    assert forms[1] != forms[5]
    if language == "ar":
        assert len({re.sub(r"\d+", "", forms[n]) for n in (2, 5, 11)}) == 3  # dual, few, many


@pytest.mark.usefixtures("qapp")
def test_translations_are_removed_again() -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("ProfilePicker", "Who is training today?") == "Who is training today?"


@pytest.mark.usefixtures("translator")
def test_sidebar_sections_are_translated() -> None:  # type: ignore[no-untyped-def]
    for source in ("Home", "Library", "Settings"):
        assert QCoreApplication.translate("sections", source) != source


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_left_unfinished(language: str) -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages(language)
        if live(message)
        and (
            message.find("translation").get("type") == "unfinished"
            or not all(t.strip() for t in texts(message))
        )
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_language_forms(language: str) -> None:
    counts = {
        message.findtext("source"): len(texts(message))
        for _, message in messages(language)
        if live(message) and message.get("numerus") == "yes"
    }
    assert counts, counts
    assert set(counts.values()) == {NUMERUS_FORMS[language]}, counts


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        if not live(message):
            continue
        source = message.findtext("source") or ""
        expected = (set(PLACEHOLDER.findall(source)), source.count("\n"))
        wrong += [
            (context, source, text)
            for text in texts(message)
            if (set(PLACEHOLDER.findall(text)), text.count("\n")) != expected
        ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_formats_as_its_source_does(language: str) -> None:
    """Where the English text is a str.format template, the translation is one too, with the same fields: a stray
    brace would make .format() raise in the window, and a doubled one would print the field's name."""
    formatter = string.Formatter()
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        try:
            fields = {name for _, name, _, _ in formatter.parse(source) if name is not None}
        except ValueError:
            continue  # not a template
        if not live(message) or not fields:
            continue
        for text in texts(message):
            try:
                got = {name for _, name, _, _ in formatter.parse(text) if name is not None}
            except ValueError as error:
                wrong.append((context, source, text, str(error)))
                continue
            if got != fields:
                wrong.append((context, source, text, str(sorted(got))))
    assert wrong == []
