"""Which view shows which activity kind (guides use the reader). Each view has `open(pack_id, activity, anchor)`."""

from __future__ import annotations

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.ui.context import Context
from trainer_app.ui.view_services import ActivityServices
from trainer_app.ui.views.quiz_view import QuizView
from trainer_app.ui.views.slides_view import SlidesView
from trainer_app.ui.views.video_activity_view import VideoActivityView
from trainer_app.ui.views.walkthrough_view import WalkthroughView

# Every one is a QWidget with `open(pack_id, activity, anchor="")`; the union keeps both facts for the checker.
KindView = QuizView | SlidesView | WalkthroughView | VideoActivityView


def make_kind_view(kind: ActivityKind, context: Context, services: ActivityServices) -> KindView | None:
    if kind is ActivityKind.QUIZ:
        return QuizView(context, services)
    if kind is ActivityKind.SLIDES:
        return SlidesView(context, services)
    if kind is ActivityKind.WALKTHROUGH:
        return WalkthroughView(context, services)
    if kind is ActivityKind.VIDEO:
        return VideoActivityView(context, services)
    return None
