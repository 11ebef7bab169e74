"""The guide reader: a QTextBrowser that loads only pack images, follows no link by itself, and reports reading."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.rules import completion
from trainer_app.core.services.guides import Chapter
from trainer_app.ui.certificate_hook import announce_issued
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.widgets.lock_notice import lock_message, may_open, preview_message

_END_FRACTION = 0.995  # scrolled this far counts as the end of the page

if TYPE_CHECKING:
    from trainer_app.ui.view_services import ReaderServices

REPORT_EVERY_MS = 5000
ANCHOR = Qt.ItemDataRole.UserRole


class SafeTextBrowser(QTextBrowser):
    """Never reads files by itself: images come from the pack through the guide service, nothing else loads."""

    def __init__(self, loader: Callable[[str], bytes | None]) -> None:
        super().__init__()
        self._loader = loader
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Chapter text"))

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            data = self._loader(url.toString() if isinstance(url, QUrl) else url)
            if data is not None:
                return QByteArray(data)
        return None


class ReaderWidget(QWidget):
    """Table of contents beside the chapter; reports scroll position and reading time to the progress service."""

    chapterRequested = Signal(str, str)

    def __init__(self, context: Context, services: ReaderServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.chapter: Chapter | None = None
        self.browser = SafeTextBrowser(self._load_image)
        self.browser.anchorClicked.connect(self._link)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.toc = QTreeWidget()
        self.toc.setHeaderHidden(True)
        self.toc.setAccessibleName(self.tr("Contents of this chapter"))
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Reading status"))
        self.notice = QLabel()  # a trainer's preview of a locked chapter says so here
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.hide()
        splitter = QSplitter()
        splitter.addWidget(self.toc)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setInterval(REPORT_EVERY_MS)
        self._timer.timeout.connect(self.report)
        self._reset_session()

    def _reset_session(self) -> None:
        self._seconds_spent = 0.0
        self._max_scroll = 0.0
        self._reached_end = False
        self._last_tick = time.monotonic()
        self._completed = False

    # ---- opening -------------------------------------------------------------------------------------

    def open(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        self.report()
        decision = may_open(self.context, self.services, pack_id, activity_id)
        self.notice.setVisible(decision.preview)
        self.notice.setText(preview_message(decision) if decision.preview else "")
        if not decision.allowed:
            self._show_locked(lock_message(decision))
            return
        try:
            chapter = self.services.guides.chapter(pack_id, activity_id)
        except TrainerError as error:
            self.chapter = None
            self.browser.setPlainText(error_text(error))
            self.toc.clear()
            return
        self.chapter = chapter
        self._reset_session()
        self.browser.setHtml(chapter.html)
        self._fill_toc()
        learner = self.context.learner
        resumed = 0.0
        if learner is not None:
            result = self.services.progress.open_activity(learner.id, pack_id, activity_id)
            self._completed = result.progress.is_complete
            self._seconds_spent = result.progress.seconds_spent
            resumed = result.progress.position_number
        self._update_status()
        if anchor:
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(anchor))
        elif resumed > 0:
            QTimer.singleShot(0, lambda: self._scroll_to_fraction(resumed))
        self._timer.start()
        self._last_tick = time.monotonic()
        self._scrolled()

    def _show_locked(self, message: str) -> None:
        """The lock instead of the chapter: nothing of its text, no reading recorded."""
        self._timer.stop()
        self.chapter = None
        self.toc.clear()
        self.browser.setPlainText(message)
        self.status.setText("")

    def _fill_toc(self) -> None:
        assert self.chapter is not None
        self.toc.clear()
        parents: list[QTreeWidgetItem] = []
        for entry in self.chapter.guide.toc:
            if entry.level == 1:
                continue
            item = QTreeWidgetItem([entry.title])
            item.setData(0, ANCHOR, entry.id)
            depth = max(0, entry.level - 2)
            parents = parents[:depth]
            (parents[-1].addChild(item) if parents else self.toc.addTopLevelItem(item))
            parents.append(item)
        self.toc.expandAll()

    # ---- links and images ----------------------------------------------------------------------------

    def _load_image(self, href: str) -> bytes | None:
        if self.chapter is None:
            return None
        return self.services.guides.resource(self.chapter.pack_id, self.chapter.activity.file, href)

    def _link(self, url: QUrl) -> None:
        if self.chapter is None:
            return
        action = self.services.guides.follow(self.chapter.pack_id, self.chapter.activity.file, url.toString())
        if action.kind == "anchor":
            self.browser.scrollToAnchor(action.anchor)
        elif action.kind == "chapter":
            self.chapterRequested.emit(action.activity_id, action.anchor)
        elif action.kind == "external":
            QDesktopServices.openUrl(QUrl(action.url))
        else:
            self.status.setText(self.tr("This link points outside the training pack and was not opened."))

    def _toc_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.browser.scrollToAnchor(item.data(0, ANCHOR))

    # ---- reading progress ----------------------------------------------------------------------------

    def scroll_fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        return 1.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def _scroll_to_fraction(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(bar.maximum() * min(1.0, fraction)))

    def _scrolled(self, _value: int = 0) -> None:
        fraction = self.scroll_fraction()
        self._max_scroll = max(self._max_scroll, fraction)
        if fraction >= _END_FRACTION and not self._reached_end:
            self._reached_end = True
            self.report()

    def report(self) -> None:
        """Send what was observed since the last report: time on the page, furthest scroll, end reached."""
        now = time.monotonic()
        seconds, self._last_tick = now - self._last_tick, now
        learner = self.context.learner
        if self.chapter is None or learner is None or not self.isVisible():
            return
        try:
            result = self.services.progress.record_guide(
                learner.id,
                self.chapter.pack_id,
                self.chapter.activity.id,
                self._max_scroll,
                self._reached_end,
                min(seconds, REPORT_EVERY_MS / 1000 * 3),
                position=f"{self.scroll_fraction():.4f}",
            )
        except TrainerError as error:  # the next report sends the furthest scroll again
            self.status.setText(self.tr("Progress was not saved: {reason}").format(reason=error_text(error)))
            return
        announce_issued(self.context, result.certificates, result.certificate_pending)
        self._completed = result.progress.is_complete
        self._seconds_spent = result.progress.seconds_spent
        self._update_status()

    def _time_left(self) -> str:
        """The minimum reading time still to spend, as the learner reads it ("1 min 30 s"), or ""."""
        if self.chapter is None:
            return ""
        minimum = float(self.chapter.activity.guide.min_seconds)
        left = completion.guide_seconds_left(minimum, self._seconds_spent)
        if left <= 0:
            return ""
        minutes, seconds = divmod(left, 60)
        if minutes:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(seconds))
        return self.tr("%1 s").replace("%1", str(seconds))

    def _update_status(self) -> None:
        left = self._time_left()
        if self._completed:
            self.status.setText(self.tr("✓ Read"))
        elif self._reached_end and left:
            self.status.setText(
                self.tr("You reached the end; it counts as read after %1 more reading time.").replace(
                    "%1", left
                )
            )
        elif self._reached_end:
            self.status.setText(
                self.tr("You reached the end; it counts as read after the minimum reading time.")
            )
        elif left:
            self.status.setText(
                self.tr("Read to the end of the chapter to complete it (reading time left: %1).").replace(
                    "%1", left
                )
            )
        else:
            self.status.setText(self.tr("Read to the end of the chapter to complete it."))

    def close_chapter(self) -> None:
        self.report()
        self._timer.stop()
        self.chapter = None
