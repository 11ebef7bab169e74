"""Library: every guide of the installed packs, a reader, and full-text search across everything."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.services.search import SNIPPET_CLOSE, SNIPPET_OPEN, SearchHit
from trainer_app.ui.context import Context
from trainer_app.ui.widgets.reader import ReaderWidget

TARGET = Qt.ItemDataRole.UserRole


class LibraryView(QWidget):
    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.hits: list[SearchHit] = []
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search guides, walkthroughs and quizzes…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._open_first_hit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        self.results_label = QLabel()
        self.books = QTreeWidget()
        self.books.setHeaderHidden(True)
        self.books.setAccessibleName(self.tr("Books and chapters"))
        self.books.itemActivated.connect(self._open_chapter)
        self.books.itemClicked.connect(self._open_chapter)
        self.reader = ReaderWidget(context)
        self.reader.chapterRequested.connect(self._open_in_reader)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.results_label)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.books, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_results(False)
        self._fill_books()

    def _fill_books(self) -> None:
        self.books.clear()
        for pack in self.context.app.packs.list():
            for book, chapters in self.context.app.guides.books(pack):
                top = QTreeWidgetItem([book.title])
                top.setToolTip(0, book.description)
                for activity in chapters:
                    child = QTreeWidgetItem([activity.title])
                    child.setData(0, TARGET, (pack.id, activity.id, ""))
                    top.addChild(child)
                self.books.addTopLevelItem(top)
        if self.books.topLevelItemCount():
            self.books.topLevelItem(0).setExpanded(True)

    def refresh(self) -> None:
        if self.books.topLevelItemCount() == 0:
            self._fill_books()

    def _open_chapter(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET)
        if target:
            self.reader.open(*target)

    def _open_in_reader(self, activity_id: str, anchor: str) -> None:
        if self.reader.chapter is not None:
            self.reader.open(self.reader.chapter.pack_id, activity_id, anchor)

    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self._show_results(False)
            return
        self.hits = self.context.app.search.search(text, 30)
        self.results.clear()
        for hit in self.hits:
            snippet = " ".join(hit.snippet.replace(SNIPPET_OPEN, "«").replace(SNIPPET_CLOSE, "»").split())
            item = QListWidgetItem(f"{hit.title}\n{hit.location}\n{snippet}")
            item.setData(TARGET, hit)
            self.results.addItem(item)
        self.results_label.setText(
            self.tr("%n result(s)", "", len(self.hits))
            if self.hits
            else self.tr("No results for this search.")
        )
        self._show_results(True)

    def _show_results(self, visible: bool) -> None:
        self.results.setVisible(visible and bool(self.hits))
        self.results_label.setVisible(visible)

    def _open_first_hit(self) -> None:
        self.run_search()
        if self.results.count():
            self._open_hit(self.results.item(0))

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(TARGET)
        if hit.kind == "guide":
            self.reader.open(hit.pack_id, hit.activity_id, hit.anchor)
        else:
            self.context.open_activity(hit.pack_id, hit.activity_id, hit.anchor)

    def close_activity(self) -> None:
        self.reader.close_chapter()
