"""How one checked certificate is shown: a three-way verdict (valid, intact but from an untrusted issuer, not
valid) with its icon and colour, the reason in the learner's language, and the full details of the selection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyle, QTreeWidgetItem, QWidget

from trainer_app.core.common.coded import CodedReason
from trainer_app.core.credentials.token import UNKNOWN_KEY
from trainer_app.core.services.certificate_import import ImportStatus, VerificationReport
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import QT_TRANSLATE_NOOP, format_date, isolate

COLOURS = {"valid": "#2e7d32", "untrusted": "#a15c00", "invalid": "#c62828"}
HEADERS = (
    QT_TRANSLATE_NOOP("certificates", "File"),
    QT_TRANSLATE_NOOP("certificates", "Result"),
    QT_TRANSLATE_NOOP("certificates", "Learner"),
    QT_TRANSLATE_NOOP("certificates", "Track"),
    QT_TRANSLATE_NOOP("certificates", "Issued"),
    QT_TRANSLATE_NOOP("certificates", "Trusted here"),
)

# code -> a plain sentence for the reasons a learner meets most (any other code: its catalog text, translated)
PLAIN_REASONS = {
    "verify.bad_signature": QT_TRANSLATE_NOOP(
        "certificates", "the signature does not match: the certificate was changed after it was signed"
    ),
    UNKNOWN_KEY: QT_TRANSLATE_NOOP("certificates", "intact, but its issuer is not trusted here"),
    "credential.unsupported_cryptosuite": QT_TRANSLATE_NOOP(
        "certificates", "signed in a way this program does not accept"
    ),
}
IMPORT_STATUSES = {
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("certificates", "imported"),
    ImportStatus.ALREADY_STORED: QT_TRANSLATE_NOOP("certificates", "already stored"),
    ImportStatus.REJECTED: QT_TRANSLATE_NOOP("certificates", "rejected"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("certificates", text)


def headers() -> list[str]:
    return [_tr(h) for h in HEADERS]


def describe_reason(problem: CodedReason | None) -> str:
    """Why a check failed, in the learner's language, chosen by the reason's code (never its English words).

    The three verdicts a learner meets most get a plain sentence; every other code shows its translated
    catalog text ("" for no problem)."""
    if problem is None:
        return ""
    plain = PLAIN_REASONS.get(problem.code)
    return _tr(plain) if plain else error_text(problem.error())


def import_status_text(status: ImportStatus) -> str:
    return _tr(IMPORT_STATUSES[status])


def verdict(report: VerificationReport) -> str:
    if report.valid:
        return "valid"
    return "untrusted" if report.intact and report.code == UNKNOWN_KEY else "invalid"


def verdict_text(report: VerificationReport) -> str:
    return {
        "valid": QCoreApplication.translate("certificates", "Valid"),
        "untrusted": QCoreApplication.translate("certificates", "Issuer not trusted"),
        "invalid": QCoreApplication.translate("certificates", "Not valid"),
    }[verdict(report)]


def result_item(report: VerificationReport, widget: QWidget) -> QTreeWidgetItem:
    trusted = (
        (report.issuer_label or QCoreApplication.translate("certificates", "yes"))
        if report.issuer_trusted
        else QCoreApplication.translate("certificates", "no")
    )
    issued = format_date(report.issued_on) if report.issued_on else ""
    name = (
        Path(report.source).name
        if report.kind != "token"
        else QCoreApplication.translate("certificates", "QR token")
    )
    item = QTreeWidgetItem(
        [name, verdict_text(report), report.learner_name, report.track_title, issued, trusted]
    )
    icons = {
        "valid": QStyle.StandardPixmap.SP_DialogApplyButton,
        "untrusted": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "invalid": QStyle.StandardPixmap.SP_MessageBoxCritical,
    }
    item.setIcon(1, widget.style().standardIcon(icons[verdict(report)]))
    item.setForeground(1, QBrush(QColor(COLOURS[verdict(report)])))
    item.setToolTip(
        1,
        describe_reason(report.problem)
        or QCoreApplication.translate("certificates", "Signature, issuer and revocation checked."),
    )
    item.setToolTip(0, report.source)
    return item


def details_text(report: VerificationReport) -> str:
    """Everything known about one checked file, one fact per line."""
    name = (
        Path(report.source).name
        if report.kind != "token"
        else QCoreApplication.translate("certificates", "QR token")
    )
    head = f"{isolate(name)}: {verdict_text(report)}"  # a Latin file name keeps its place in Arabic
    lines = [head if report.valid else f"{head}: {describe_reason(report.problem)}"]
    facts = [
        (QCoreApplication.translate("certificates", "Learner"), report.learner_name),
        (QCoreApplication.translate("certificates", "Track"), report.track_title),
        (
            QCoreApplication.translate("certificates", "Issued"),
            format_date(report.issued_on) if report.issued_on else "",
        ),
        (
            QCoreApplication.translate("certificates", "Score"),
            f"{report.score} %" if report.score is not None else "",
        ),
        (QCoreApplication.translate("certificates", "Certificate ID"), report.certificate_id or ""),
    ]
    lines.append(" · ".join(f"{label}: {value}" for label, value in facts if value))
    if report.issuer_fingerprint:
        trusted = (
            QCoreApplication.translate("certificates", "trusted here as {label}").format(
                label=report.issuer_label or QCoreApplication.translate("certificates", "trusted")
            )
            if report.issuer_trusted
            else QCoreApplication.translate("certificates", "not trusted here")
        )
        issuer = f"{report.issuer_name}, " if report.issuer_name else ""
        lines.append(
            QCoreApplication.translate("certificates", "Issuer: {issuer}key {key} ({trusted})").format(
                issuer=issuer, key=report.issuer_fingerprint, trusted=trusted
            )
        )
    return "\n".join(line for line in lines if line)
