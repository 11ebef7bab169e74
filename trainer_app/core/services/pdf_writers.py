"""The PDF writers the services use, handed to the composition root by the edge (the command line or the window):
the core knows their shapes (Protocols) and never which package draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.item_report import ItemReport
from trainer_app.core.domain.report import ReportData
from trainer_app.core.services.certificate_text import CertificateDocument, CertificatePdfRenderer
from trainer_app.core.services.item_analysis import ItemPdfWriter
from trainer_app.core.services.readiness import ReadinessReport, ReadinessWriter
from trainer_app.core.services.reports import ReportPdfWriter


@dataclass(frozen=True)
class PdfWriters:
    certificate: CertificatePdfRenderer
    readiness: ReadinessWriter
    report: ReportPdfWriter
    items: ItemPdfWriter


def _no_certificate(document: CertificateDocument) -> bytes:  # noqa: ARG001 (the writer protocol names the parameters)
    raise TrainerError("pdf.unavailable")


def _no_readiness(report: ReadinessReport, path: Path) -> Path:  # noqa: ARG001 (the writer protocol names the parameters)
    raise TrainerError("pdf.unavailable")


def _no_report(report: ReportData, path: Path) -> None:  # noqa: ARG001 (the writer protocol names the parameters)
    raise TrainerError("pdf.unavailable")


def _no_items(report: ItemReport, path: Path) -> None:  # noqa: ARG001 (the writer protocol names the parameters)
    raise TrainerError("pdf.unavailable")


NO_PDF = PdfWriters(certificate=_no_certificate, readiness=_no_readiness, report=_no_report, items=_no_items)
