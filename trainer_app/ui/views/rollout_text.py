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


def _t(text: str) -> str:
    return QCoreApplication.translate("rollout", text)


def state_label(state: GateState) -> str:
    labels = {
        GateState.LOCKED: _t("Locked"),
        GateState.IN_PROGRESS: _t("In progress"),
        GateState.READY: _t("Ready to sign off"),
        GateState.SIGNED_OFF: _t("Signed off"),
        GateState.NOT_APPLICABLE: _t("Not applicable"),
    }
    return labels[state]


def _templates() -> dict[str, str]:
    # The same English templates as core (trainer_app.core.domain.gates.TEMPLATES), here for translators.
    return {
        "prev.signed": _t("“{gate}” was signed off by {name} on {date}."),
        "prev.not_applicable": _t("“{gate}” was marked not applicable by {name} on {date}: {reason}"),
        "prev.open": _t("“{gate}” is not signed off yet."),
        "cert.count": _t("Certified for “{track}”: {count} (need {need})."),
        "cert.share": _t("{count} of {planned} planned {roles} certified (need {need})."),
        "cert.share_at": _t("{count} of {planned} planned {roles} certified at {agency} (need {need})."),
        "cert.agencies": _t("{met} of {total} agencies with planned {roles} reach the share."),
        "cert.no_plan": _t("No planned number of {roles} is recorded, so the share cannot be checked yet."),
        "cert.no_plan_agency": _t(
            "No planned number of {roles} per agency is recorded, so the share cannot be checked yet."
        ),
        "cert.no_role": _t("No learner has the role “{role}” yet."),
        "cert.without": _t("Still without the certificate: {names}."),
        "walk.done": _t("Completed by {names}; first on {date}."),
        "walk.other_roles": _t("Completed by {names}, who do not have the role “{role}”."),
        "walk.open": _t("No one with the role “{role}” has completed “{activity}” yet."),
        "evidence.done": _t("Ticked by {name} on {date}. Note: {note}"),
        "evidence.no_note": _t("Ticked on {date} but without a note: add where the proof is kept."),
        "evidence.open": _t("Not ticked yet: {text}"),
        "list.more": _t("… and {count} more (see the list of people)."),
        "people.certified": _t("Certified ({count})"),
        "people.certified_at": _t("Certified at {agency} ({count})"),
        "people.without": _t("{roles} without the certificate ({count})"),
        "people.without_at": _t("{roles} at {agency} without the certificate ({count})"),
        "people.completed": _t("Completed, with the role ({count})"),
        "people.completed_other": _t("Completed, without the role ({count})"),
        "people.open": _t("With the role, not completed yet ({count})"),
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
        Refusal.NO_LEARNER: _t("Sign in as a learner first."),
        Refusal.ARCHIVED: _t("Your profile is archived."),
        Refusal.NOT_COORDINATOR: _t("Only a learner with the coordinator role can do this."),
        Refusal.SIGNED_OFF: _t("This step is already signed off."),
        Refusal.NOT_APPLICABLE: _t("This step is marked not applicable."),
        Refusal.NOT_ALLOWED: _t("Every rollout needs this step: it cannot be marked not applicable."),
        Refusal.LOCKED: _t("The step before this one is not closed yet."),
        Refusal.NOT_READY: _t("Not every requirement is met yet: see the requirements marked ✗ above."),
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
