"""The Trainer screen's file actions: import records and receipts (several files), export records (optionally
only those changed since a date), reports (CSV, XLSX, PDF), certificates in bulk (zip or folder, import, revoke).
Long work runs off the GUI thread with progress and a Cancel that stops the service; results and reasons are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from trainer_app.core.common.errors import ExchangeCancelled, TrainerError
from trainer_app.core.domain.report import ReportFilter
from trainer_app.core.services.certificate_import import ImportResult as CertificateImport
from trainer_app.core.services.certificate_import import ImportStatus
from trainer_app.core.services.records import ExportResult, ImportResult, ReceiptResult
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.progress_text import stage_text
from trainer_app.ui.widgets import file_dialogs
from trainer_app.ui.widgets.certificate_report import describe_reason, import_status_text
from trainer_app.ui.widgets.progress_task import Report, run_with_progress

if TYPE_CHECKING:
    from trainer_app.ui.view_services import TrainerActionServices
    from trainer_app.ui.views.trainer_view import TrainerView

# One file's outcome: what its import returned, or why it was refused.
RecordsOutcome = ImportResult | ReceiptResult | TrainerError

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel workbook (*.xlsx)", "pdf": "PDF (*.pdf)"}


class TrainerActions:
    def __init__(self, context: Context, services: TrainerActionServices, view: TrainerView) -> None:
        self.context = context
        self.services = services
        self.view = view
        self.last_results: list[
            tuple[Path, object]
        ] = []  # what the last action gave, per file (tests read it)

    def _who(self) -> str:
        learner = self.context.learner
        return learner.display_name if learner else ""

    def _run[T](self, title: str, work: Callable[[Report], T], done: Callable[[T], None]) -> None:
        self.task = run_with_progress(self.view, title, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, TrainerError):
            raise error
        self.last_results = [(Path(), error)]
        QMessageBox.warning(
            self.view, QCoreApplication.translate("TrainerActions", "Not done"), error_text(error)
        )

    # ---- records ----------------------------------------------------------------------------------------

    def import_records(self) -> None:
        paths = file_dialogs.open_files(
            self.view,
            self.services.settings,
            "records-import",
            QCoreApplication.translate("TrainerActions", "Import records bundles or receipts"),
            QCoreApplication.translate("TrainerActions", "Records bundles and receipts (*.zip *.json)"),
        )
        if paths:
            self._run(
                QCoreApplication.translate("TrainerActions", "Importing records"),
                lambda report: self._import_all(paths, report),
                self._imported,
            )

    def _import_all(self, paths: list[str], report: Report) -> list[tuple[Path, RecordsOutcome]]:
        """Each file on its own: a rejected one is reported and the others still go in (each is one transaction)."""
        results: list[tuple[Path, RecordsOutcome]] = []
        records = self.services.records
        for number, name in enumerate(paths):
            path = Path(name)

            def part(fraction: float, what: str, n: int = number, p: Path = path) -> bool:
                return report((n + fraction) / len(paths), f"{p.name}: {stage_text(what)}")

            if not part(0.0, "starting"):
                results.append((path, ExchangeCancelled("exchange.cancelled_rest_not_read")))
                break
            try:
                results.append((path, records.import_file(path, self._who(), path.parent, part)))
            except TrainerError as error:
                results.append((path, error))
                if isinstance(error, ExchangeCancelled):
                    break
        return results

    def _imported(self, results: list[tuple[Path, RecordsOutcome]]) -> None:
        self.last_results = list(results)
        lines = [f"{path.name}: {describe(result)}" for path, result in results]
        failed = any(isinstance(r, TrainerError) for _, r in results)
        box = QMessageBox.warning if failed else QMessageBox.information
        box(self.view, QCoreApplication.translate("TrainerActions", "Import finished"), "\n\n".join(lines))
        if any(changed_data(result) for _, result in results):
            self.view.refresh()  # the report over every learner is rebuilt only when an import changed it
        else:
            self.view.exchange.refresh()  # the import log still lists the files

    def export_records(self) -> None:
        since = self.view.changed_since()
        stamp = date.today().isoformat()
        default = (
            f"records-{stamp}.zip"
            if since is None
            else f"records-since-{since.date().isoformat()}-{stamp}.zip"
        )
        path = file_dialogs.save_file(
            self.view,
            self.services.settings,
            "records-export",
            QCoreApplication.translate("TrainerActions", "Export records"),
            default,
            QCoreApplication.translate("TrainerActions", "Records bundle (*.zip)"),
        )
        if path:
            target, records = Path(path), self.services.records
            self._run(
                QCoreApplication.translate("TrainerActions", "Exporting records"),
                lambda report: records.export(target, since, progress=_staged(report)),
                self._exported,
            )

    def _exported(self, result: ExportResult) -> None:
        self.last_results = [(result.path, result)]
        QMessageBox.information(
            self.view,
            QCoreApplication.translate("TrainerActions", "Records exported"),
            QCoreApplication.translate(
                "TrainerActions", "{path}\n{n} records, signed with key {key}."
            ).format(path=result.path, n=sum(result.counts.values()), key=result.fingerprint),
        )
        self.view.exchange.refresh()

    # ---- reports and certificates ---------------------------------------------------------------------

    def export_report(self, fmt: str, where: ReportFilter) -> None:
        default = f"completion-{date.today().isoformat()}.{fmt}"
        path = file_dialogs.save_file(
            self.view,
            self.services.settings,
            "reports",
            QCoreApplication.translate("TrainerActions", "Export report"),
            default,
            FILTERS[fmt],
        )
        if path:
            target, reports = Path(path), self.services.reports
            self._run(
                QCoreApplication.translate("TrainerActions", "Writing the report"),
                lambda report: reports.export(target, fmt, where, progress=_staged(report)),
                self._saved,
            )

    def export_certificates(self, learner_ids: set[str], to_folder: bool = False) -> None:
        from trainer_app.core.services.certificate_zip import (
            ZipResult,
            write_certificates_folder,
            write_certificates_zip,
        )

        settings, certificates = self.services.settings, self.services.certificate_files
        if to_folder:
            path = file_dialogs.choose_folder(
                self.view,
                settings,
                "certificates-export",
                QCoreApplication.translate(
                    "TrainerActions", "Folder for the certificates of the chosen learners"
                ),
            )
        else:
            path = file_dialogs.save_file(
                self.view,
                settings,
                "certificates-export",
                QCoreApplication.translate("TrainerActions", "Certificates of the chosen learners"),
                f"certificates-{date.today().isoformat()}.zip",
                QCoreApplication.translate("TrainerActions", "Zip of PDFs (*.zip)"),
            )
        if path:
            target = Path(path)

            def write(report: Report) -> ZipResult:
                if to_folder:
                    return write_certificates_folder(certificates, target, learner_ids, progress=report)
                return write_certificates_zip(certificates, target, learner_ids, progress=report)

            self._run(
                QCoreApplication.translate("TrainerActions", "Writing certificates"),
                write,
                lambda result: self._saved(result.path),
            )

    def import_certificates(self) -> None:
        paths = file_dialogs.open_files(
            self.view,
            self.services.settings,
            "certificates-import",
            QCoreApplication.translate("TrainerActions", "Import certificate files"),
            QCoreApplication.translate("TrainerActions", "Certificates (*.pdf *.json)"),
        )
        if paths:
            self._run(
                QCoreApplication.translate("TrainerActions", "Importing certificates"),
                lambda report: self._import_certificates(paths, report),
                self._certificates_imported,
            )

    def _import_certificates(self, paths: list[str], report: Report) -> list[tuple[Path, CertificateImport]]:
        """One file at a time, each stored on its own: a cancel keeps what was imported and reads no more."""
        results: list[tuple[Path, CertificateImport]] = []
        for number, name in enumerate(paths):
            if not report(number / len(paths), Path(name).name):
                break
            for result in self.services.certificate_checks.import_paths([Path(name)]):
                results.append((Path(result.source), result))
        return results

    def _certificates_imported(self, results: list[tuple[Path, CertificateImport]]) -> None:
        self.last_results = list(results)
        lines = [f"{path.name}: {certificate_line(result)}" for path, result in results]
        QMessageBox.information(
            self.view,
            QCoreApplication.translate("TrainerActions", "Import finished"),
            "\n".join(lines)
            or QCoreApplication.translate(
                "TrainerActions", "No certificate files (.pdf, .json) were found there."
            ),
        )
        if any(result.status is ImportStatus.IMPORTED for _, result in results):
            self.view.refresh()  # only a stored certificate changes what the screen shows

    def revoke_certificate(self, certificate_id: str, title: str) -> None:
        reason, ok = QInputDialog.getText(
            self.view,
            QCoreApplication.translate("TrainerActions", "Revoke certificate"),
            QCoreApplication.translate(
                "TrainerActions",
                "Revoke {title}?\nIt stays stored, marked revoked, and no longer counts.\nReason:",
            ).format(title=title),
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(
                self.view,
                QCoreApplication.translate("TrainerActions", "Not done"),
                QCoreApplication.translate(
                    "TrainerActions", "A revocation needs a reason; nothing was changed."
                ),
            )
            return
        try:
            changes = self.services.revocation.revoke(certificate_id, reason.strip())
        except TrainerError as error:
            QMessageBox.warning(
                self.view, QCoreApplication.translate("TrainerActions", "Not done"), error_text(error)
            )
            return
        self.last_results = [(Path(), certificate_id)]
        if changes:
            self.view.refresh()

    def _saved(self, path: Path) -> None:
        self.last_results = [(path, path)]
        QMessageBox.information(self.view, QCoreApplication.translate("TrainerActions", "Saved"), str(path))


def changed_data(result: RecordsOutcome) -> bool:
    """Whether one file's import changed stored records (a bundle or receipt taken in before changes nothing)."""
    if isinstance(result, ImportResult):
        return bool(result.changes)
    return isinstance(result, ReceiptResult) and result.new


def certificate_line(result: CertificateImport) -> str:
    status = import_status_text(result.status)
    if result.problem is not None:
        return f"{status}: {describe_reason(result.problem)}"
    certificate = result.certificate
    if certificate is None:
        return status
    trusted = (
        ""
        if certificate.issuer_trusted
        else QCoreApplication.translate("TrainerActions", " (issuer not trusted here: it does not count yet)")
    )
    return f"{status} ({certificate.learner_name}, {certificate.track_title}){trusted}"


def _staged(report: Report) -> Report:
    """The dialog's report, with the core's stage words translated (progress_text)."""
    return lambda fraction, what: report(fraction, stage_text(what))


def describe(result: RecordsOutcome) -> str:
    if isinstance(result, TrainerError):
        return error_text(result)
    if isinstance(result, ReceiptResult):
        r = result.receipt
        added = sum(c.get("added", 0) + c.get("pending", 0) for c in r.counts.values())
        return QCoreApplication.translate(
            "TrainerActions", "receipt: bundle {id} arrived at key {key} on {when} ({n} records)."
        ).format(id=r.bundle_id[:8], key=r.receiver_key.fingerprint, when=r.imported_at[:10], n=added)
    assert isinstance(result, ImportResult)
    pending = sum(c["pending"] for c in result.counts.values())
    text = QCoreApplication.translate("TrainerActions", "{added} added, {updated} updated").format(
        added=result.added, updated=result.updated
    )
    if pending:
        text += QCoreApplication.translate("TrainerActions", ", {n} kept until key {key} is trusted").format(
            n=pending, key=result.source_fingerprint
        )
    if result.conflicts:
        text += QCoreApplication.translate(
            "TrainerActions", ", {n} learner details differ (see Exchange)"
        ).format(n=result.conflicts)
    if result.receipt_path:
        text += QCoreApplication.translate("TrainerActions", ". Receipt for the field laptop: {path}").format(
            path=result.receipt_path
        )
    return text
