"""The main window: lays out the sidebar and pages and navigates between them. Nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

# Only what the loading page needs before the first paint (issue 14): the Shell's widgets are imported where it
# is built, and no `Qt` enum is touched here (the first one builds all of the namespace's enum classes, ~25 ms).
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.paths import DataPaths
from trainer_app.ui import i18n
from trainer_app.ui.context import Context
from trainer_app.ui.widgets.fit import fits_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from trainer_app.core.app import App
    from trainer_app.core.domain.learner import Learner
    from trainer_app.ui.views.profile_picker import ProfilePicker

FIRST_PAINT_WAIT_MS = 1000  # a window never exposed (another workspace, say) still loads after this long


class LoadingPage(QWidget):
    """The first page shown; its first paint starts whatever waits for the window to be on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Callable[[], None]] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        waiting, self.waiting = self.waiting, []
        for then in waiting:
            QTimer.singleShot(0, then)  # once this paint has been flushed to the screen


class MainWindow(QMainWindow):
    def __init__(self, paths: DataPaths, database_url: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.database_url = database_url
        self.context: Context | None = None
        self._base_point_size = QApplication.font().pointSizeF()
        self._apply_saved_display_settings()
        self.setWindowTitle(self.tr("CPIMS+ Trainer"))
        self.setMinimumSize(640, 480)
        # the preferred size when the screen has room, else maximised when shown (see setVisible): never larger
        self._maximize_on_show = not fits_screen(self)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.loading_page = self._make_loading_page()
        self.pages.addWidget(self.loading_page)
        self.picker: ProfilePicker | None = None
        self.shell: Shell | None = None

    # ---- start-up ------------------------------------------------------------------------------------

    def _apply_saved_display_settings(self) -> None:
        """This laptop's language (the system's unless set) and the learner's text size, before the first widget
        is built: widgets made earlier keep sizes (and buttons keep widths) measured for the smaller text, and
        their labels end up cut off. Two values read straight from the file: the settings service is imported
        after the first paint."""
        from trainer_app.core.services.settings_peek import display_settings

        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):
            language, scale = display_settings(self.paths.settings)
            i18n.apply_text_scale(qt_app, scale, self._base_point_size)
            i18n.apply_language(qt_app, language)

    def _apply_picker_language(self) -> None:
        """The picker speaks this laptop's language (the system's unless set), before anyone has signed in."""
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication) and self.context is not None:
            i18n.apply_language(qt_app, self.context.app.settings.current.language)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's virtual, which show() calls
        """Shown maximised on a screen too small for the preferred size. `showMaximized` sets the state through
        Qt's own slot: `setWindowState` would need a `Qt` enum before the first paint (see the imports)."""
        if visible and self._maximize_on_show:
            self._maximize_on_show = False
            self.showMaximized()  # sets the state, then comes back here to show
            return
        super().setVisible(visible)

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run `then` once, when the loading page has been painted (or after FIRST_PAINT_WAIT_MS without a paint),
        so a launch puts the window on screen before it builds anything else (issue 14)."""
        ran = [False]

        def once() -> None:
            if not ran[0]:
                ran[0] = True
                then()

        self.loading_page.waiting.append(once)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, once)

    def _make_loading_page(self) -> LoadingPage:
        page = LoadingPage()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("CPIMS+ Trainer"))
        title.setObjectName("loadingTitle")
        title.setProperty("alignment", "AlignCenter")  # by name: no `Qt` enum before the first paint
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.loading_label = QLabel(self.tr("Opening your training records…"))
        self.loading_label.setProperty("alignment", "AlignCenter")
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setMaximumWidth(320)
        bar.setAccessibleName(self.tr("Loading"))
        centred = QHBoxLayout()  # stretches either side centre the bar without an alignment enum
        centred.addStretch(1)
        centred.addWidget(bar)
        centred.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.loading_label)
        layout.addLayout(centred)
        layout.addStretch(2)
        return page

    def start_loading(self) -> None:
        # Enter presses buttons from here on. Installed after the first paint, not before: every event then passes
        # through Python, and the first of each kind costs the binding its type and enum set up (issue 14: about
        # a tenth of the time to the first window). The loading page has no button to press.
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):
            from trainer_app.ui.widgets import enter_keys

            enter_keys.install(qt_app)
        self._show_preview_picker()
        from trainer_app.ui.loading import load_app  # after the first paint, as the filter above

        load_app(self, self.paths, self.database_url, self._on_loaded)

    def _show_preview_picker(self) -> None:
        """Profiles read straight from the file, shown while the database layer loads (about half a second)."""
        if self.database_url:
            return
        from trainer_app.core.common.paths import bundled_pack_root
        from trainer_app.core.packs.quick_roles import read_roles
        from trainer_app.core.services.profile_preview import preview_profiles
        from trainer_app.core.services.settings import SettingsService
        from trainer_app.ui.views.profile_picker import PickerPreview, ProfilePicker

        learners = preview_profiles(self.paths)
        if learners is None:
            return
        last = SettingsService(self.paths.settings).current.last_learner_id
        picker = ProfilePicker(None, PickerPreview(read_roles(bundled_pack_root()), learners, last))
        self.picker = picker
        picker.learner_chosen.connect(self.enter)
        self.pages.addWidget(picker)
        picker.refresh()
        self.pages.setCurrentWidget(picker)

    def _on_loaded(self, app: App) -> None:
        self.context = Context(app, self)
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        self._apply_picker_language()
        i18n.apply_text_scale(qt_app, app.settings.current.text_scale, self._base_point_size)
        if app.packs.problems:
            from trainer_app.ui.problem_text import pack_problems_text, problem_text

            first = problem_text(app.packs.problems[0].problems[0])  # in the reader's language, by code
            self.statusBar().showMessage(self.tr("Some content has problems: {first}").format(first=first))
            self.statusBar().setToolTip(
                "\n\n".join(pack_problems_text(found) for found in app.packs.problems)
            )
        self.show_picker()

    # ---- navigation ----------------------------------------------------------------------------------

    def show_picker(self) -> None:
        from trainer_app.ui.views.profile_picker import ProfilePicker

        assert self.context is not None
        if self.shell is not None:
            self.pages.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.context.learner = None
        self._apply_picker_language()
        picker = self.picker
        if picker is None:
            picker = self.picker = ProfilePicker(self.context.app)
            picker.learner_chosen.connect(self.enter)
            self.pages.addWidget(picker)
        self.pages.setCurrentWidget(picker)
        self.setWindowTitle(self.tr("CPIMS+ Trainer"))
        if picker.services is None:
            picker.attach(self.context.app)  # may go straight on: the learner chose while records opened
        else:
            picker.refresh()

    def enter(self, learner: Learner) -> None:
        assert self.context is not None
        self.context.learner = learner
        self.context.app.settings.update(last_learner_id=learner.id)
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):  # the learner's language and direction, before anything is built
            i18n.apply_language(qt_app, learner.language)
        if self.shell is not None:  # a rebuild after a display setting changed
            self.pages.removeWidget(self.shell)
            self.shell.deleteLater()
        self.shell = Shell(self.context, self)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        self.setWindowTitle(self.tr("CPIMS+ Trainer — {name}").format(name=learner.display_name))

    def apply_display_settings(self) -> None:
        assert self.context is not None
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        settings = self.context.app.settings.current
        learner = self.context.learner
        i18n.apply_language(qt_app, learner.language if learner else settings.language)
        i18n.apply_text_scale(qt_app, settings.text_scale, self._base_point_size)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.shell is not None:
            self.shell.close_views()
        if self.context is not None:
            self.context.app.close()
        super().closeEvent(event)


class Shell(QWidget):
    """The signed-in layout: a sidebar of sections and the section pages."""

    def __init__(self, context: Context, window: MainWindow) -> None:
        super().__init__()
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

        from trainer_app.ui.views.registry import build_sections

        self.context = context
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMaximumWidth(230)
        self.sidebar.setMinimumWidth(150)
        self.stack = QStackedWidget()
        side = QVBoxLayout()
        who = QLabel(context.learner.display_name if context.learner else "")
        who.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        who.setWordWrap(True)
        who.setObjectName("learnerName")
        switch = QPushButton(self.tr("Switch profile"))
        switch.setAccessibleName(self.tr("Switch profile"))
        switch.clicked.connect(window.show_picker)
        side.addWidget(who)
        side.addWidget(self.sidebar, 1)
        side.addWidget(switch)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.sections = build_sections(context)
        for section in self.sections:
            self.sidebar.addItem(QListWidgetItem(section.title))
            self.stack.addWidget(QWidget())  # a placeholder until the section is first shown
        self.sidebar.currentRowChanged.connect(self._show)
        context.navigator = self
        self.sidebar.setCurrentRow(0)
        for index in range(min(9, len(self.sections))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.sidebar.setCurrentRow(i))

    def _widget(self, row: int) -> QWidget:
        """The section's screen, built and put in place the first time it is needed."""
        section = self.sections[row]
        if not section.built:
            from trainer_app.ui.widgets.fit import scroll_page

            placeholder = self.stack.widget(row)
            page = scroll_page(section.widget, section.title) if section.scroll else section.widget
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        return section.widget

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            widget = self._widget(row)
            self.stack.setCurrentIndex(row)
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def section(self, key: str) -> QWidget | None:
        for row, section in enumerate(self.sections):
            if section.key == key:
                self._widget(row)
                self.sidebar.setCurrentRow(row)
                return section.widget
        return None

    def open_activity(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        from trainer_app.ui.views.activity_view import ActivityView

        view = self.section("activity")
        if isinstance(view, ActivityView):
            view.open(pack_id, activity_id, anchor)

    def close_views(self) -> None:
        for section in (s for s in self.sections if s.built):
            closer = getattr(section.widget, "close_activity", None)
            if callable(closer):
                closer()
