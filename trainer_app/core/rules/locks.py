"""Module locks: whether a learner may open an activity, and if not, which unfinished modules open it. Pure.

Every way into content (Home, the Library's book tree and search results, links between chapters, Continue,
the command line) asks `ProgressService.may_open`, which applies `decide` below: one rule, one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from trainer_app.core.domain.pack import Pack
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.rules.completion import module_progress


@dataclass(frozen=True)
class OpenDecision:
    """`allowed` says whether the activity opens; `locked_by` names the unfinished prerequisite modules (ids and
    titles, in the pack's order). `preview` is true when a trainer opens a module that is locked for them."""

    allowed: bool
    locked_by: tuple[str, ...] = ()
    locked_by_titles: tuple[str, ...] = ()
    preview: bool = False

    @property
    def locked(self) -> bool:
        return bool(self.locked_by)


def completed_modules(pack: Pack, done: Mapping[str, ActivityProgress]) -> frozenset[str]:
    return frozenset(m.id for m in pack.modules if module_progress(m, done).status is Status.COMPLETED)


def decide(
    pack: Pack, activity_id: str, done: Mapping[str, ActivityProgress], trainer_preview: bool = False
) -> OpenDecision:
    """Open when every prerequisite of the activity's module is complete; a trainer in trainer mode may preview
    a locked module (and is told it is a preview). An unknown activity is not decided here: it is allowed, and
    opening it reports that it does not exist."""
    return decide_finished(pack, activity_id, lambda: completed_modules(pack, done), trainer_preview)


def decide_finished(
    pack: Pack,
    activity_id: str,
    finished_modules: Callable[[], frozenset[str]],
    trainer_preview: bool = False,
) -> OpenDecision:
    """`decide` given the learner's finished modules, worked out only when the activity has prerequisites:
    a page of search hits asks for many activities of one pack and needs them at most once."""
    activity = pack.activity(activity_id)
    module = pack.module(activity.module_id) if activity is not None else None
    if module is None or not module.prerequisites:
        return OpenDecision(True)
    finished = finished_modules()
    missing = tuple(p for p in module.prerequisites if p not in finished)
    if not missing:
        return OpenDecision(True)
    titles = tuple((pack.module(m).title if pack.module(m) else m) for m in missing)  # type: ignore[union-attr]
    return OpenDecision(trainer_preview, missing, titles, preview=trainer_preview)
