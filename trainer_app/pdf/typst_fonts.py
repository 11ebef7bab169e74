"""Fonts for PDFs typeset with Typst: explicit folders, never the machine's whole font list, so a report looks the
same everywhere. The folders are resources/fonts when the pack or bundle ships fonts, then the Noto and DejaVu
folders that scripts/setup.sh installs (fonts-noto-core, fonts-dejavu-core); Noto Sans covers Latin, Noto Sans
Arabic covers Arabic, DejaVu Sans is the fallback for anything else.
"""

from __future__ import annotations

import functools
from pathlib import Path

import typst

from trainer_app.core.common.paths import resources_dir

FAMILIES = ("Noto Sans", "Noto Sans Arabic", "DejaVu Sans")
SYSTEM_FOLDERS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/truetype/dejavu"))


def font_folders() -> list[Path]:
    return [folder for folder in (resources_dir() / "fonts", *SYSTEM_FOLDERS) if folder.is_dir()]


@functools.cache
def typst_fonts() -> typst.Fonts:
    """The fonts Typst may use, scanned once per process (a folder scan costs about 0.3 s).

    The machine's other fonts are left out; only when none of our folders exists (a machine set up without
    scripts/setup.sh) does Typst look at the system's fonts, so a report is still written."""
    folders = font_folders()
    return typst.Fonts(
        include_system_fonts=not folders,
        include_embedded_fonts=True,
        font_paths=[str(folder) for folder in folders],
    )
