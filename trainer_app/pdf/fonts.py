"""Fonts for PDFs: the fonts shipped in resources/fonts (if any) are registered once, then a family list that
covers Latin, Cyrillic and Arabic is chosen from what is installed; Qt falls back per character beyond it.
"""

from __future__ import annotations

import functools
import os

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from trainer_app.core.common.paths import resources_dir

PREFERRED_LATIN = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica")
PREFERRED_ARABIC = ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Arial", "Segoe UI", "Geeza Pro")
_keep: list[QApplication] = []


def ensure_gui() -> None:
    """Qt fonts and painting need an application object: create an offscreen one when none exists (the CLI).
    A QApplication rather than a QGuiApplication, so the process can still show widgets later (tests do)."""
    if QGuiApplication.instance() is None:
        _keep.append(QApplication(["cpims-trainer", "-platform", "offscreen"]))


@functools.cache
def _register_bundled() -> None:
    folder = resources_dir() / "fonts"
    if folder.is_dir():
        for name in sorted(os.listdir(folder)):
            if name.lower().endswith((".ttf", ".otf")):
                QFontDatabase.addApplicationFont(str(folder / name))


@functools.cache
def certificate_families(right_to_left: bool) -> tuple[str, ...]:
    """Installed families in preference order; for right-to-left certificates the Arabic face comes first."""
    _register_bundled()
    installed = set(QFontDatabase.families())
    latin = [f for f in PREFERRED_LATIN if f in installed][:2]
    arabic = [f for f in PREFERRED_ARABIC if f in installed][:1]
    ordered = [*arabic, *latin] if right_to_left else [*latin, *arabic]
    return tuple(dict.fromkeys(ordered)) or (QFont().defaultFamily(),)


def make_font(
    families: tuple[str, ...], point_size: float, bold: bool = False, italic: bool = False
) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    # "fi" stays two letters, so the PDF's text can be searched and copied as typed.
    font.setFeature(QFont.Tag.fromString("liga"), 0)
    return font
