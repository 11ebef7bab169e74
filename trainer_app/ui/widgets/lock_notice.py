"""The one way the screens ask whether an activity may be opened, and the words that show a lock.

The decision itself is the core's (`ProgressService.may_open`); a trainer in trainer mode may preview a locked
module, and is told it is a preview.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer_app.core.rules.locks import OpenDecision
from trainer_app.ui.context import Context

if TYPE_CHECKING:
    from trainer_app.ui.view_services import LockServices


def may_open(context: Context, services: LockServices, pack_id: str, activity_id: str) -> OpenDecision:
    """May the signed-in learner (or a trainer, as a preview) open this activity?"""
    learner = context.learner
    return services.progress.may_open(
        learner.id if learner else None,
        pack_id,
        activity_id,
        trainer_preview=bool(services.trainer_mode.unlocked),
    )


def may_open_many(
    context: Context, services: LockServices, targets: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], OpenDecision]:
    """`may_open` for many (pack id, activity id) at once: one read of the learner's progress per pack."""
    learner = context.learner
    return services.progress.may_open_many(
        learner.id if learner else None, targets, trainer_preview=bool(services.trainer_mode.unlocked)
    )


def _modules(decision: OpenDecision) -> str:
    return ", ".join(f"‘{title}’" for title in decision.locked_by_titles)


def lock_message(decision: OpenDecision) -> str:
    """'Locked — finish ‘Getting started’ first', naming every module still to finish."""
    return QCoreApplication.translate("locks", "Locked — finish {modules} first").format(
        modules=_modules(decision)
    )


def preview_message(decision: OpenDecision) -> str:
    return QCoreApplication.translate(
        "locks", "Trainer preview: learners see this only after finishing {modules}."
    ).format(modules=_modules(decision))
