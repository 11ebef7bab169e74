"""The open activity: a guide in the reader, or the view of its kind. Kinds without a view yet say so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.widgets.lock_notice import lock_message, may_open, preview_message
from trainer_app.ui.widgets.reader import ReaderWidget

if TYPE_CHECKING:
    from trainer_app.ui.view_services import ActivityServices

if TYPE_CHECKING:  # the kind views load when first needed: they are not part of start-up
    from trainer_app.ui.views.kind_views import KindView


class ActivityView(QWidget):
    def __init__(self, context: Context, services: ActivityServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self._pack_id = ""
        self.title = QLabel(self.tr("Choose an activity on the Home page or in the Library."))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.stack = QStackedWidget()
        self.reader = ReaderWidget(context, services)
        self.reader.chapterRequested.connect(lambda a, anchor: self.open(self._pack_id, a, anchor))
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.reader)
        self.kind_views: dict[ActivityKind, KindView] = {}
        self.current: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def open(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        self.close_activity()
        self._pack_id = pack_id
        try:
            activity = self.services.packs.activity(pack_id, activity_id)
        except TrainerError as error:
            self._show_message(error_text(error))
            return
        self.title.setText(activity.title)
        decision = may_open(self.context, self.services, pack_id, activity_id)
        if not decision.allowed:
            self._show_message(lock_message(decision))
            return
        if decision.preview:
            self.title.setText(f"{activity.title}\n{preview_message(decision)}")
        if activity.kind is ActivityKind.GUIDE:
            self.stack.setCurrentWidget(self.reader)
            self.current = self.reader
            self.reader.open(pack_id, activity_id, anchor)
            return
        view = self._view_for(activity)
        if view is None:
            self._show_message(
                self.tr("This {kind} opens here in the next release: {file}").format(
                    kind=activity.kind.value, file=activity.file
                )
            )
            return
        self.stack.setCurrentWidget(view)
        self.current = view
        view.open(pack_id, activity, anchor)

    def _view_for(self, activity: Activity) -> KindView | None:
        from trainer_app.ui.views.kind_views import make_kind_view

        kind = ActivityKind(activity.kind)
        if kind not in self.kind_views:
            view = make_kind_view(kind, self.context, self.services)
            if view is None:
                return None
            self.kind_views[kind] = view
            self.stack.addWidget(view)
        return self.kind_views[kind]

    def _show_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.current = None

    def close_activity(self) -> None:
        closer = getattr(self.current, "close_chapter", None) or getattr(self.current, "close_activity", None)
        if callable(closer):
            closer()
        self.current = None

    def refresh(self) -> None:
        """Nothing to reload: the open activity keeps its state while the learner looks elsewhere."""
