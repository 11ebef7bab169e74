"""Home: the learner's track for their role — modules, activities with status and progress, and Continue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.pack import ActivityKind, Pack, Track
from trainer_app.core.domain.progress import ActivityProgress, ModuleProgress, Status
from trainer_app.ui.context import Context
from trainer_app.ui.i18n import (
    format_date,
    format_number,
    isolate,
    role_title,
    show_pack_text,
)
from trainer_app.ui.widgets.status import kind_label, status_icon, status_label

if TYPE_CHECKING:
    from trainer_app.ui.view_services import HomeServices

ACTIVITY = Qt.ItemDataRole.UserRole


class HomeView(QWidget):
    def __init__(self, context: Context, services: HomeServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.pack: Pack | None = None
        self.track: Track | None = None
        self.next_id: str | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.role_label = QLabel()
        self.role_label.setAccessibleName(self.tr("Your role"))
        self.overall = QProgressBar()
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.overall.setFormat(self.tr("%p% of the track complete"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with the next activity"))
        self.continue_button.clicked.connect(self.continue_)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        for label in (self.title, self.description, self.next_label):  # pack text is shown, never interpreted
            label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.overall, 1)
        top.addWidget(self.continue_button)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Modules and activities"))
        self.tree.setHeaderLabels(
            [self.tr("Module / activity"), self.tr("Kind"), self.tr("Status"), self.tr("Progress")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.role_label)
        layout.addWidget(self.description)
        layout.addLayout(top)
        layout.addWidget(self.next_label)
        self.classroom_label = QLabel()  # classroom sessions attended and the practical checks a trainer saw
        self.classroom_label.setWordWrap(True)
        self.classroom_label.setAccessibleName(self.tr("Classroom sessions and practical checks"))
        layout.addWidget(self.classroom_label)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        learner = self.context.learner
        services = self.services
        if learner is None or not services.packs.list():
            self.title.setText(self.tr("No content pack is installed."))
            return
        pack_role = next(
            (r for p in services.packs.list() for r in p.roles if r.id == learner.main_role), None
        )
        self.role_label.setText(
            self.tr("Your role: {role}").format(
                role=role_title(learner.main_role, pack_role.title if pack_role else "")
            )
        )
        self.pack = next(
            (p for p in services.packs.list() if p.track_for_role(learner.main_role)),
            services.packs.default(),
        )
        self.track = self.pack.track_for_role(learner.main_role)
        if self.track is None:
            self.title.setText(self.tr("There is no track for your role in the installed packs."))
            self.tree.clear()
            self.continue_button.setEnabled(False)
            return
        summary = services.progress.track(learner.id, self.pack, self.track.id)
        done = services.progress.for_learner(learner.id, self.pack.id)
        assert summary is not None
        show_pack_text(self.title, self.track.title)
        show_pack_text(self.description, self.track.description)
        self.overall.setValue(round(summary.progress * 100))
        self.next_id = services.progress.next_activity(learner.id, self.pack, self.track.id)
        self._fill(summary.modules, done)
        self._show_next(summary.completed)
        self._show_classroom(learner.id)

    def _show_classroom(self, learner_id: str) -> None:
        """Sessions attended, and each practical check the certificate needs: passed (by whom) or still to do."""
        assert self.pack is not None
        assert self.track is not None
        services = self.services
        sessions = [s for s in services.classroom.learner_sessions(learner_id) if s.trusted]
        parts = [self.tr("Classroom sessions attended: {n}").format(n=len(sessions))] if sessions else []
        for definition, found in services.classroom.required_checks(learner_id, self.pack, self.track):
            if found is None:
                text = self.tr(
                    "Practical check still needed for your certificate: {title} (a trainer observes it "
                    "on the demo site)"
                ).format(title=isolate(definition.title))
            else:
                text = self.tr("Practical check passed: {title}, observed by {name} on {date}").format(
                    title=isolate(definition.title),
                    name=isolate(found.observed_by),
                    date=format_date(found.observed_at),
                )
            parts.append(text)
        self.classroom_label.setText("\n".join(parts))
        self.classroom_label.setVisible(bool(parts))

    def _show_next(self, completed: bool) -> None:
        assert self.pack is not None
        activity = self.pack.activity(self.next_id) if self.next_id else None
        self.continue_button.setEnabled(activity is not None)
        if completed:
            self.next_label.setText(self.tr("You have completed every module of this track. Well done!"))
        elif activity is not None:
            self.next_label.setText(self.tr("Next: {title}").format(title=isolate(activity.title)))
        else:
            self.next_label.setText("")

    def _fill(self, modules: tuple[ModuleProgress, ...], done: dict[str, ActivityProgress]) -> None:
        assert self.pack is not None
        assert self.track is not None
        self.tree.clear()
        titles = {m.id: m.title for m in self.pack.modules}
        for module, state in zip(self.pack.track_modules(self.track), modules, strict=True):
            item = QTreeWidgetItem(
                [isolate(module.title), "", status_label(state.status), _percent(state.progress)]
            )  # isolated, but aligned beside its status icon like every row, whatever its direction
            item.setIcon(0, status_icon(state.status))
            item.setToolTip(0, module.title)  # the whole title, wherever a narrow column cuts it
            if state.locked_by:
                needs = ", ".join(isolate(titles.get(m, m)) for m in state.locked_by)
                locked = self.tr("Locked: complete {modules} first.").format(modules=needs)
                item.setToolTip(0, f"{module.title}\n{locked}")
                item.setText(2, self.tr("Locked — needs {modules}").format(modules=needs))
                item.setToolTip(2, locked)
            self.tree.addTopLevelItem(item)
            for activity in module.activities:
                progress = done.get(activity.id)
                status = (
                    Status.LOCKED
                    if state.locked_by
                    else (progress.status if progress else Status.NOT_STARTED)
                )
                value = progress.progress if progress else 0.0
                title = (
                    isolate(activity.title)
                    if activity.required
                    else self.tr("{title} (optional)").format(title=isolate(activity.title))
                )
                child = QTreeWidgetItem(
                    [
                        title,
                        kind_label(ActivityKind(activity.kind)),
                        status_label(status),
                        _percent(value),
                    ]
                )
                child.setIcon(0, status_icon(status))
                child.setToolTip(0, title)
                child.setData(0, ACTIVITY, activity.id)  # a locked one opens on its lock and what opens it
                item.addChild(child)
            item.setExpanded(not state.locked_by and state.status is not Status.COMPLETED)
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)

    def _activate(self, item: QTreeWidgetItem, _column: int) -> None:
        activity_id = item.data(0, ACTIVITY)
        if activity_id and self.pack is not None:
            self.context.open_activity(self.pack.id, activity_id)

    def continue_(self) -> None:
        if self.next_id and self.pack is not None:
            self.context.open_activity(self.pack.id, self.next_id)


def _percent(value: float) -> str:
    """A share as a whole percentage in the learner's digits and sign order."""
    return QCoreApplication.translate("HomeView", "{n}%").format(n=format_number(round(value * 100)))
