"""The Trainer screen's file actions: import records (several files, progress, cancel), export records, export
a report (CSV, XLSX, PDF) and certificates in bulk. All run off the GUI thread; results and reasons are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.report import ReportFilter
from trainer_app.core.services.records import ImportResult, ReceiptResult
from trainer_app.ui.context import Context
from trainer_app.ui.widgets.progress_task import Report, run_with_progress

if TYPE_CHECKING:
    from trainer_app.ui.views.trainer_view import TrainerView

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel workbook (*.xlsx)", "pdf": "PDF (*.pdf)"}


class TrainerActions:
    def __init__(self, context: Context, view: TrainerView) -> None:
        self.context = context
        self.view = view
        self.last_results: list[tuple[Path, Any]] = []

    def _who(self) -> str:
        learner = self.context.learner
        return learner.display_name if learner else ""

    def _run(self, title: str, work: Callable[[Report], Any], done: Callable[[Any], None]) -> None:
        run_with_progress(self.view, title, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, TrainerError):
            raise error
        QMessageBox.warning(self.view, QCoreApplication.translate("TrainerActions", "Not done"), str(error))

    # ---- records ----------------------------------------------------------------------------------------

    def import_records(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self.view, QCoreApplication.translate("TrainerActions", "Import records bundles or receipts"), "",
                QCoreApplication.translate("TrainerActions", "Records bundles and receipts (*.zip *.json)"),
            )  # fmt: skip
        if paths:
            self._run(QCoreApplication.translate("TrainerActions", "Importing records"), lambda report: self._import_all(paths, report),
                      self._imported)  # fmt: skip

    def _import_all(self, paths: list[str], report: Report) -> list[tuple[Path, Any]]:
        """Each file on its own: a rejected one is reported and the others still go in (each is one transaction)."""
        results: list[tuple[Path, Any]] = []
        records = self.context.app.records
        for number, name in enumerate(paths):
            path = Path(name)

            def part(fraction: float, what: str, n: int = number, p: Path = path) -> bool:
                return report((n + fraction) / len(paths), f"{p.name}: {what}")

            try:
                results.append((path, records.import_file(path, self._who(), path.parent, part)))
            except TrainerError as error:
                results.append((path, error))
                if str(error).startswith("Cancelled"):
                    break
        return results

    def _imported(self, results: list[tuple[Path, Any]]) -> None:
        self.last_results = results
        lines = [f"{path.name}: {describe(result, self.view)}" for path, result in results]
        failed = any(isinstance(r, TrainerError) for _, r in results)
        box = QMessageBox.warning if failed else QMessageBox.information
        box(self.view, QCoreApplication.translate("TrainerActions", "Import finished"), "\n\n".join(lines))
        self.view.refresh()

    def export_records(self, path: str | None = None) -> None:
        if path is None:
            default = f"records-{date.today().isoformat()}.zip"
            path, _ = QFileDialog.getSaveFileName(self.view, QCoreApplication.translate("TrainerActions", "Export records"), default,
                                                  QCoreApplication.translate("TrainerActions", "Records bundle (*.zip)"))  # fmt: skip
        if path:
            target = Path(path)
            self._run(QCoreApplication.translate("TrainerActions", "Exporting records"),
                      lambda report: self.context.app.records.export(target, progress=report), self._exported)  # fmt: skip

    def _exported(self, result: Any) -> None:
        self.last_results = [(result.path, result)]
        QMessageBox.information(
            self.view, QCoreApplication.translate("TrainerActions", "Records exported"),
            QCoreApplication.translate("TrainerActions", "{path}\n{n} records, signed with key {key}.").format(
                path=result.path, n=sum(result.counts.values()), key=result.fingerprint),
        )  # fmt: skip
        self.view.exchange.refresh()

    # ---- reports and certificates ---------------------------------------------------------------------

    def export_report(self, fmt: str, where: ReportFilter, path: str | None = None) -> None:
        if path is None:
            default = f"completion-{date.today().isoformat()}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(
                self.view,
                QCoreApplication.translate("TrainerActions", "Export report"),
                default,
                FILTERS[fmt],
            )
        if path:
            target = Path(path)
            reports = self.context.app.reports
            self._run(QCoreApplication.translate("TrainerActions", "Writing the report"), lambda _report: reports.export(target, fmt, where),
                      lambda written: self._saved(written))  # fmt: skip

    def export_certificates(self, learner_ids: set[str], path: str | None = None) -> None:
        from trainer_app.core.services.certificate_zip import write_certificates_zip

        if path is None:
            default = f"certificates-{date.today().isoformat()}.zip"
            path, _ = QFileDialog.getSaveFileName(self.view, QCoreApplication.translate("TrainerActions", "Certificates of the learners shown"),
                                                  default, QCoreApplication.translate("TrainerActions", "Zip of PDFs (*.zip)"))  # fmt: skip
        if path:
            target, certificates = Path(path), self.context.app.certificates
            self._run(QCoreApplication.translate("TrainerActions", "Writing certificates"),
                      lambda report: write_certificates_zip(certificates, target, learner_ids, progress=report),
                      lambda result: self._saved(result.path))  # fmt: skip

    def _saved(self, path: Path) -> None:
        self.last_results = [(path, path)]
        QMessageBox.information(self.view, QCoreApplication.translate("TrainerActions", "Saved"), str(path))


def describe(result: Any, view: Any) -> str:
    if isinstance(result, TrainerError):
        return str(result)
    if isinstance(result, ReceiptResult):
        r = result.receipt
        added = sum(c.get("added", 0) + c.get("pending", 0) for c in r.counts.values())
        return QCoreApplication.translate("TrainerActions", "receipt: bundle {id} arrived at key {key} on {when} ({n} records).").format(
            id=r.bundle_id[:8], key=r.receiver_key.fingerprint, when=r.imported_at[:10], n=added)  # fmt: skip
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
