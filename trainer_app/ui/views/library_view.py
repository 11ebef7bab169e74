"""Library: every guide of the installed packs, a reader, and full-text search across everything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.progress import Status
from trainer_app.core.rules.locks import OpenDecision
from trainer_app.core.services.search import SNIPPET_CLOSE, SNIPPET_OPEN, SearchHit
from trainer_app.ui.context import Context
from trainer_app.ui.widgets.lock_notice import lock_message, may_open_many
from trainer_app.ui.widgets.reader import ReaderWidget
from trainer_app.ui.widgets.status import status_icon

if TYPE_CHECKING:
    from trainer_app.ui.view_services import LibraryServices

TARGET = Qt.ItemDataRole.UserRole
PAGE_SIZE = 30  # results on one page of the list
MAX_RESULTS = 200  # what one search brings back at most (the search service's own cap)


class LibraryView(QWidget):
    def __init__(self, context: Context, services: LibraryServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.hits: Sequence[SearchHit] = []  # every hit (up to MAX_RESULTS), fetched a page at a time
        self.page = 0
        self._make_search()
        self._make_pager()
        self._make_reading()
        self._lay_out()
        self._show_results(False)
        self._fill_books()

    def _make_search(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search guides, walkthroughs and quizzes…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        self.results_label = QLabel()

    def _make_pager(self) -> None:
        self.previous_page = QPushButton(self.tr("Previous results"))
        self.previous_page.setAccessibleName(self.tr("Previous results"))
        self.previous_page.clicked.connect(lambda _checked=False: self._turn(-1))
        self.next_page = QPushButton(self.tr("More results"))
        self.next_page.setAccessibleName(self.tr("More results"))
        self.next_page.clicked.connect(lambda _checked=False: self._turn(1))
        self.pager = QWidget()
        pager = QHBoxLayout(self.pager)
        pager.setContentsMargins(0, 0, 0, 0)
        pager.addWidget(self.previous_page)
        pager.addWidget(self.next_page)

    def _make_reading(self) -> None:
        self.books = QTreeWidget()
        self.books.setHeaderHidden(True)
        self.books.setAccessibleName(self.tr("Books and chapters"))
        self.books.itemActivated.connect(self._open_chapter)
        self.books.itemClicked.connect(self._open_chapter)
        self.reader = ReaderWidget(self.context, self.services)
        self.reader.chapterRequested.connect(self._open_in_reader)
        # before a chapter is chosen the reader would be two blank panes: say what goes there instead
        self.hint = QLabel(self.tr("Choose a chapter from the list, or search all guides, to read it here."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reading = QStackedWidget()
        self.reading.addWidget(self.hint)
        self.reading.addWidget(self.reader)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.results_label)
        left_layout.addWidget(self.results, 3)
        left_layout.addWidget(self.pager)
        left_layout.addWidget(self.books, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.reading)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _fill_books(self) -> None:
        self.books.clear()
        for pack in self.services.packs.list():
            for book, chapters in self.services.guides.books(pack):
                top = QTreeWidgetItem([book.title])
                top.setToolTip(0, book.description)
                for activity in chapters:
                    child = QTreeWidgetItem([activity.title])
                    child.setData(0, TARGET, (pack.id, activity.id, ""))
                    top.addChild(child)
                self.books.addTopLevelItem(top)
        first = self.books.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)
        self._mark_locks()

    def _mark_locks(self) -> None:
        """A padlock and the module that opens it on each chapter the learner cannot open yet."""
        tops = [
            t for i in range(self.books.topLevelItemCount()) if (t := self.books.topLevelItem(i)) is not None
        ]
        chapters = [c for top in tops for j in range(top.childCount()) if (c := top.child(j)) is not None]
        targets: list[tuple[str, str]] = [child.data(0, TARGET)[:2] for child in chapters]
        decisions = may_open_many(self.context, self.services, targets)
        for child, target in zip(chapters, targets, strict=True):
            decision = decisions[target]
            locked = decision.locked and not decision.preview
            child.setIcon(0, status_icon(Status.LOCKED) if locked else QIcon())
            child.setToolTip(0, lock_message(decision) if locked else "")

    def refresh(self) -> None:
        if self.books.topLevelItemCount() == 0:
            self._fill_books()
        else:
            self._mark_locks()  # a module may have been finished since

    def _open_chapter(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET)
        if target:
            self._read(*target)

    def _open_in_reader(self, activity_id: str, anchor: str) -> None:
        if self.reader.chapter is not None:
            self._read(self.reader.chapter.pack_id, activity_id, anchor)

    def _read(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        self.reading.setCurrentWidget(self.reader)
        self.reader.open(pack_id, activity_id, anchor)

    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.hits = []
            self._show_results(False)
            return
        self.hits = self.services.search.results(text, MAX_RESULTS, PAGE_SIZE)
        self.page = 0
        self._fill_page()
        self._show_results(True)

    def _turn(self, step: int) -> None:
        last = max(0, (len(self.hits) - 1) // PAGE_SIZE)
        self.page = min(last, max(0, self.page + step))
        self._fill_page()
        self._focus_first_result()

    def _fill_page(self) -> None:
        """One page of results, grouped by the guide (or quiz, walkthrough) they are in, best group first."""
        self.results.clear()
        shown = self.hits[self.page * PAGE_SIZE : (self.page + 1) * PAGE_SIZE]
        groups: dict[tuple[str, str], list[SearchHit]] = {}
        for hit in shown:
            groups.setdefault((hit.pack_id, hit.activity_id), []).append(hit)
        decisions = may_open_many(self.context, self.services, groups)
        for hits in groups.values():
            header = QListWidgetItem(f"{hits[0].title} ({len(hits)})")
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, opens nothing
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.results.addItem(header)
            for hit in hits:
                self.results.addItem(self._result_item(hit, decisions[(hit.pack_id, hit.activity_id)]))
        first = self.page * PAGE_SIZE + 1
        if not self.hits:
            self.results_label.setText(self.tr("No results for this search."))
        elif len(self.hits) <= PAGE_SIZE:
            self.results_label.setText(self.tr("%n result(s)", "", len(self.hits)))
        else:
            self.results_label.setText(
                self.tr("Results %1–%2 of %3")
                .replace("%1", str(first))
                .replace("%2", str(first + len(shown) - 1))
                .replace("%3", f"{len(self.hits)}+" if len(self.hits) >= MAX_RESULTS else str(len(self.hits)))
            )
        self.pager.setVisible(len(self.hits) > PAGE_SIZE)
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(first + len(shown) - 1 < len(self.hits))

    def _result_item(self, hit: SearchHit, decision: OpenDecision) -> QListWidgetItem:
        if decision.allowed:
            snippet = " ".join(hit.snippet.replace(SNIPPET_OPEN, "«").replace(SNIPPET_CLOSE, "»").split())
        else:  # what a locked chapter says stays in it until the module opens
            snippet = lock_message(decision)
        item = QListWidgetItem(f"{hit.location}\n{snippet}")  # the guide's title heads its group
        item.setData(TARGET, hit)
        return item

    def _show_results(self, visible: bool) -> None:
        self.results.setVisible(visible and bool(self.hits))
        self.results_label.setVisible(visible)
        self.pager.setVisible(visible and len(self.hits) > PAGE_SIZE)

    def _focus_first_result(self) -> None:
        for row in range(self.results.count()):
            if self.results.item(row).data(TARGET) is not None:
                self.results.setCurrentRow(row)
                self.results.setFocus()
                return

    def _go_to_results(self) -> None:
        """Enter searches at once and moves to the first result; opening it is the learner's next choice."""
        self._debounce.stop()
        self.run_search()
        self._focus_first_result()

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit: SearchHit | None = item.data(TARGET)
        if hit is None:  # a group heading
            return
        if hit.kind == "guide":
            self._read(hit.pack_id, hit.activity_id, hit.anchor)
        else:
            self.context.open_activity(hit.pack_id, hit.activity_id, hit.anchor)

    def close_activity(self) -> None:
        self.reader.close_chapter()
