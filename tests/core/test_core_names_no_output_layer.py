"""The core never names the output layer, not even as an import string: the edge hands it the PDF writers."""

from __future__ import annotations

from pathlib import Path

import pytest

import trainer_app.core
from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import TrainerError

CORE = Path(trainer_app.core.__file__).parent


def test_no_core_module_mentions_the_pdf_package() -> None:
    naming = [
        str(path.relative_to(CORE))
        for path in sorted(CORE.rglob("*.py"))
        if "trainer_app.pdf" in path.read_text(encoding="utf-8")
    ]
    assert naming == []


def test_an_app_opened_without_writers_says_pdfs_are_not_available(tmp_path: Path) -> None:
    app = open_app(data_dir=str(tmp_path / "data"), bundled_root=MINI_PACK)
    try:
        with pytest.raises(TrainerError, match="not available"):
            app.reports.export(tmp_path / "r.pdf", "pdf")
    finally:
        app.close()
    assert not (tmp_path / "r.pdf").exists()
