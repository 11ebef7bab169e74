"""Translated words of the Rollout screen: step states, explanation templates and refusals, plus small icons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from trainer_app.core.domain.gates import TEMPLATES, GateState, Reason, Refusal

STATE_COLOURS = {
    GateState.LOCKED: "#616161",
    GateState.IN_PROGRESS: "#a86b00",
    GateState.READY: "#1f5f8b",
    GateState.SIGNED_OFF: "#2e7d32",
    GateState.NOT_APPLICABLE: "#55606b",
}


def state_label(state: GateState) -> str:
    labels = {
        GateState.LOCKED: QCoreApplication.translate("rollout", "Locked"),
        GateState.IN_PROGRESS: QCoreApplication.translate("rollout", "In progress"),
        GateState.READY: QCoreApplication.translate("rollout", "Ready to sign off"),
        GateState.SIGNED_OFF: QCoreApplication.translate("rollout", "Signed off"),
        GateState.NOT_APPLICABLE: QCoreApplication.translate("rollout", "Not applicable"),
    }
    return labels[state]


def _templates() -> dict[str, str]:
    # The same English templates as core (trainer_app.core.domain.gates.TEMPLATES), here for translators.
    return {
        "prev.signed": QCoreApplication.translate("rollout", "“{gate}” was signed off by {name} on {date}."),
        "prev.not_applicable": QCoreApplication.translate(
            "rollout", "“{gate}” was marked not applicable by {name} on {date}: {reason}"
        ),
        "prev.open": QCoreApplication.translate("rollout", "“{gate}” is not signed off yet."),
        "cert.count": QCoreApplication.translate(
            "rollout", "Certified for “{track}”: {count} (need {need})."
        ),
        "cert.share": QCoreApplication.translate(
            "rollout", "{count} of {planned} planned {roles} certified (need {need})."
        ),
        "cert.share_at": QCoreApplication.translate(
            "rollout", "{count} of {planned} planned {roles} certified at {agency} (need {need})."
        ),
        "cert.agencies": QCoreApplication.translate(
            "rollout", "{met} of {total} agencies with planned {roles} reach the share."
        ),
        "cert.no_plan": QCoreApplication.translate(
            "rollout", "No planned number of {roles} is recorded, so the share cannot be checked yet."
        ),
        "cert.no_plan_agency": QCoreApplication.translate(
            "rollout",
            "No planned number of {roles} per agency is recorded, so the share cannot be checked yet.",
        ),
        "cert.no_role": QCoreApplication.translate("rollout", "No learner has the role “{role}” yet."),
        "cert.without": QCoreApplication.translate("rollout", "Still without the certificate: {names}."),
        "walk.done": QCoreApplication.translate("rollout", "Completed by {names}; first on {date}."),
        "walk.other_roles": QCoreApplication.translate(
            "rollout", "Completed by {names}, who do not have the role “{role}”."
        ),
        "walk.open": QCoreApplication.translate(
            "rollout", "No one with the role “{role}” has completed “{activity}” yet."
        ),
        "evidence.done": QCoreApplication.translate("rollout", "Ticked by {name} on {date}. Note: {note}"),
        "evidence.no_note": QCoreApplication.translate(
            "rollout", "Ticked on {date} but without a note: add where the proof is kept."
        ),
        "evidence.open": QCoreApplication.translate("rollout", "Not ticked yet: {text}"),
        "measure.open": QCoreApplication.translate(
            "rollout", "Not measured yet: enter {label} as a number of a total (at least {need} %)."
        ),
        "measure.done": QCoreApplication.translate(
            "rollout", "{label}: {value} of {total}, at least {need} % ({share} %)."
        ),
        "measure.short": QCoreApplication.translate(
            "rollout", "{label}: {value} of {total} is {share} %, below the {need} % needed."
        ),
        "list.more": QCoreApplication.translate("rollout", "… and {count} more (see the list of people)."),
        "people.certified": QCoreApplication.translate("rollout", "Certified ({count})"),
        "people.certified_at": QCoreApplication.translate("rollout", "Certified at {agency} ({count})"),
        "people.without": QCoreApplication.translate("rollout", "{roles} without the certificate ({count})"),
        "people.without_at": QCoreApplication.translate(
            "rollout", "{roles} at {agency} without the certificate ({count})"
        ),
        "people.completed": QCoreApplication.translate("rollout", "Completed, with the role ({count})"),
        "people.completed_other": QCoreApplication.translate(
            "rollout", "Completed, without the role ({count})"
        ),
        "people.open": QCoreApplication.translate("rollout", "With the role, not completed yet ({count})"),
    }


def reason_text(reason: Reason) -> str:
    """The translated sentence; a code this version does not know falls back to the English text."""
    template = _templates().get(reason.code) or TEMPLATES.get(reason.code, reason.code)
    try:
        return template.format(**dict(reason.params))
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the screen
        return reason.text()


def refusal_text(refusal: Refusal) -> str:
    texts = {
        Refusal.NO_LEARNER: QCoreApplication.translate("rollout", "Sign in as a learner first."),
        Refusal.ARCHIVED: QCoreApplication.translate("rollout", "Your profile is archived."),
        Refusal.NOT_COORDINATOR: QCoreApplication.translate(
            "rollout", "Only a learner with the coordinator role can do this."
        ),
        Refusal.SIGNED_OFF: QCoreApplication.translate("rollout", "This step is already signed off."),
        Refusal.NOT_APPLICABLE: QCoreApplication.translate("rollout", "This step is marked not applicable."),
        Refusal.NOT_ALLOWED: QCoreApplication.translate(
            "rollout", "Every rollout needs this step: it cannot be marked not applicable."
        ),
        Refusal.LOCKED: QCoreApplication.translate("rollout", "The step before this one is not closed yet."),
        Refusal.NOT_READY: QCoreApplication.translate(
            "rollout", "Not every requirement is met yet: see the requirements marked ✗ above."
        ),
    }
    return texts[refusal]


_icons: dict[str, QIcon] = {}


def mark_icon(met: bool) -> QIcon:
    """A green filled disc (met) or a red ring with a cross (not met); drawn, no files to ship."""
    key = "met" if met else "unmet"
    if key not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#2e7d32" if met else "#b3261e")
        painter.setPen(QPen(colour, 2))
        if met:
            painter.setBrush(colour)
            painter.drawEllipse(2, 2, 12, 12)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawLine(5, 8, 7, 11)
            painter.drawLine(7, 11, 11, 5)
        else:
            painter.drawEllipse(2, 2, 12, 12)
            painter.drawLine(6, 6, 10, 10)
            painter.drawLine(10, 6, 6, 10)
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


def state_icon(state: GateState) -> QIcon:
    key = state.value
    if key not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATE_COLOURS[state])
        painter.setPen(QPen(colour, 2))
        if state in (GateState.SIGNED_OFF, GateState.READY):
            painter.setBrush(colour)
        painter.drawEllipse(2, 2, 12, 12)
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]
