"""The PDF writers as the command line and the window hand them to the core (`open_app(pdf=pdf_writers())`).

Each writer's module is imported when a PDF is first written, not before: the command line starts without Qt
and without Typst, and still runs every command that writes no PDF when Qt cannot be loaded.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.item_report import ItemReport
from trainer_app.core.domain.report import ReportData
from trainer_app.core.services.certificate_text import CertificateDocument
from trainer_app.core.services.pdf_writers import PdfWriters
from trainer_app.core.services.readiness import ReadinessReport


def _load(module_name: str, attribute: str, what: str) -> Any:
    try:
        module = importlib.import_module(f"{__package__}.{module_name}")
    except ImportError as error:
        raise TrainerError(f"Writing {what} needs Qt (PySide6), which cannot be loaded: {error}") from error
    return getattr(module, attribute)


def _certificate(document: CertificateDocument) -> bytes:
    pdf: bytes = _load("certificate", "render_certificate_pdf", "a certificate PDF")(document)
    return pdf


def _readiness(report: ReadinessReport, path: Path) -> Path:
    written: Path = _load("readiness", "write_readiness_report", "the readiness report")(report, path)
    return written


def _report(report: ReportData, path: Path) -> None:
    _load("report", "write_completion_report", "a PDF report")(report, path)


def _items(report: ItemReport, path: Path) -> None:
    _load("items_report", "write_item_report", "the item analysis PDF")(report, path)


def pdf_writers() -> PdfWriters:
    return PdfWriters(certificate=_certificate, readiness=_readiness, report=_report, items=_items)
