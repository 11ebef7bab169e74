"""The Trainer screen (behind trainer mode): learners with filters and details, the completion matrix, charts,
and the exchange of records. Every number comes from one ReportData built by the report service.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.report import LearnerStatus, ReportData, ReportFilter
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import role_title
from trainer_app.ui.tasks import run_in_background
from trainer_app.ui.views.item_analysis_view import ItemAnalysisPanel
from trainer_app.ui.views.trainer_actions import TrainerActions
from trainer_app.ui.views.trainer_certificates import CertificatesPanel
from trainer_app.ui.views.trainer_exchange import ExchangePanel
from trainer_app.ui.views.trainer_sessions import SessionsPanel
from trainer_app.ui.widgets.charts import ChartsPanel
from trainer_app.ui.widgets.fit import scroll_page
from trainer_app.ui.widgets.learner_detail import LearnerDetailPanel
from trainer_app.ui.widgets.learners_model import LearnersFilter, LearnersModel, status_text
from trainer_app.ui.widgets.matrix_model import MatrixDelegate, MatrixFilter, MatrixModel

if TYPE_CHECKING:
    from trainer_app.ui.view_services import TrainerServices

ROW_HEIGHT = 24


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setHighlightSections(False)
    return table


class TrainerView(QWidget):
    def __init__(self, context: Context, services: TrainerServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.report: ReportData | None = None
        self.loading = False
        title = QLabel(self.tr("Trainer"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.trainer_actions = TrainerActions(context, services, self)
        self.learners = LearnersModel()
        self.filter = LearnersFilter()
        self.filter.setSourceModel(self.learners)
        self.matrix = MatrixModel()
        self.matrix_filter = MatrixFilter()
        self.matrix_filter.setSourceModel(self.matrix)
        self.charts = ChartsPanel()
        self.exchange = ExchangePanel(context, services)
        self.exchange.changed.connect(self.refresh)
        self.certificates = CertificatesPanel(context, services, self.trainer_actions, self.visible_ids)
        self.sessions = SessionsPanel(context, services)
        self.sessions.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Trainer views"))
        self.tabs.addTab(self._learners_tab(), self.tr("&Learners"))
        self.tabs.addTab(self._matrix_tab(), self.tr("Completion &matrix"))
        # pages of stacked groups scroll inside their tab, so the screen fits a 1024×600 laptop (the Exchange
        # and Item analysis pages scroll by themselves)
        self.tabs.addTab(scroll_page(self.charts, self.tr("Charts")), self.tr("C&harts"))
        self.tabs.addTab(self.exchange, self.tr("E&xchange"))
        self.tabs.addTab(self.certificates, self.tr("Cer&tificates"))
        self.tabs.addTab(scroll_page(self.sessions, self.tr("Sessions")), self.tr("&Sessions"))
        self.tabs.addTab(ItemAnalysisPanel(context, services), self.tr("Item anal&ysis"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())
        layout.addLayout(self._filters())
        layout.addWidget(self.tabs, 1)

    # ---- layout ---------------------------------------------------------------------------------------

    def _export_report(self, fmt: str) -> None:
        self.trainer_actions.export_report(fmt, self.current_filter())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        report_menu = QMenu(self)
        for label, fmt in (
            (self.tr("CSV (learners)…"), "csv"),
            (self.tr("Excel workbook…"), "xlsx"),
            (self.tr("PDF for partners…"), "pdf"),
        ):
            report_menu.addAction(label, partial(self._export_report, fmt))
        buttons = (
            (self.tr("&Refresh"), self.refresh, None),
            (self.tr("&Import records…"), self.trainer_actions.import_records, None),
            (self.tr("Export &records…"), self.trainer_actions.export_records, None),
            (self.tr("Export re&port"), None, report_menu),
            (self.tr("&Lock"), self.lock, None),
        )
        for text, slot, menu in buttons:
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            if menu is not None:
                button.setMenu(menu)
            elif slot is not None:
                # clicked(bool) would pass False into a slot's optional path parameter: call it without arguments
                button.clicked.connect(lambda _checked=False, act=slot: act())
            row.addWidget(button)
            if slot == self.trainer_actions.export_records:
                row.addWidget(self._since_box())
        row.addStretch(1)
        return row

    def _since_box(self) -> QWidget:
        """Export only what changed since a date (the CLI's `records export --since`)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.since_check = QCheckBox(self.tr("only changed since"))
        self.since_check.setAccessibleName(self.tr("Export only records changed since"))
        self.since_date = QDateEdit(QDate.currentDate().addDays(-30))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setAccessibleName(self.tr("Changed since"))
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        row.addWidget(self.since_check)
        row.addWidget(self.since_date)
        return box

    def changed_since(self) -> datetime | None:
        """The start of the chosen day (local time), or None to export everything."""
        if not self.since_check.isChecked():
            return None
        day = self.since_date.date()
        return datetime(day.year(), day.month(), day.day()).astimezone(UTC)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.role_combo = self._combo(self.tr("Role"))
        self.agency_combo = self._combo(self.tr("Agency"))
        self.site_combo = self._combo(self.tr("Site"))
        self.status_combo = self._combo(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in LearnerStatus:
            self.status_combo.addItem(status_text(status), status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names"))
        self.search.setAccessibleName(self.tr("Search names"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 8))
        self.search.textChanged.connect(self.apply_filters)
        for label, widget in (
            (self.tr("Ro&le:"), self.role_combo),
            (self.tr("A&gency:"), self.agency_combo),
            (self.tr("S&ite:"), self.site_combo),
            (self.tr("St&atus:"), self.status_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        for combo in (self.role_combo, self.agency_combo, self.site_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        return row

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        # a long agency name must not widen the screen past a small laptop: the combo shows about 10
        # characters, its list shows whole names, and the tooltip the chosen one
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    def _learners_tab(self) -> QWidget:
        self.table = _table(self.tr("Learners"))
        self.table.setModel(self.filter)
        for column, width in enumerate((220, 160, 180, 130, 100, 80, 80, 80, 100, 100)):
            self.table.setColumnWidth(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Grace…Okello" keeps both ends of a name
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = LearnerDetailPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _matrix_tab(self) -> QWidget:
        self.matrix_table = _table(self.tr("Completion matrix"))
        self.matrix_table.setModel(self.matrix_filter)
        self.matrix_table.setItemDelegate(MatrixDelegate(self.matrix_table))
        self.matrix_table.horizontalHeader().setDefaultSectionSize(104)
        self.matrix_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        return self.matrix_table

    # ---- data -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Build the report off the GUI thread (records of keys trusted meanwhile are merged first)."""
        if self.loading:
            return
        self.loading = True
        services = self.services

        def build() -> ReportData:
            services.records.release_trusted()
            return services.reports.build()

        run_in_background(build, self._loaded, self._failed)
        self.exchange.refresh()
        self.sessions.refresh()

    def _loaded(self, report: ReportData) -> None:
        self.loading = False
        self.show_report(report)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not isinstance(error, TrainerError):
            raise error
        self.summary.setText(error_text(error))

    def show_report(self, report: ReportData) -> None:
        self.report = report
        self.learners.set_rows(report.learners)
        self.matrix.set_rows(report.modules, report.matrix)
        for column in range(3):
            self.matrix_table.setColumnWidth(column, (180, 130, 130)[column])
        self.charts.set_report(report)
        self._fill_combos(report)
        self._summarise(report)
        self.apply_filters()

    def _fill_combos(self, report: ReportData) -> None:
        titles = {r.role: role_title(r.role, r.role_title) for r in report.learners}
        for combo, everyone, values in (
            (self.role_combo, self.tr("All roles"), sorted(titles, key=lambda k: titles[k].casefold())),
            (self.agency_combo, self.tr("All agencies"), sorted({r.agency for r in report.learners})),
            (self.site_combo, self.tr("All sites"), sorted({r.site for r in report.learners})),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(
                    titles.get(value, value) if combo is self.role_combo else (value or self.tr("(none)")),
                    value,
                )
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def _summarise(self, report: ReportData) -> None:
        rows = report.learners
        done = sum(1 for r in rows if r.status is LearnerStatus.COMPLETED)
        going = sum(1 for r in rows if r.status is LearnerStatus.IN_PROGRESS)
        text = self.tr(
            "{n} learners · {done} completed · {going} in progress · {rest} not started · "
            "{certs} certificates"
        ).format(
            n=len(rows),
            done=done,
            going=going,
            rest=len(rows) - done - going,
            certs=sum(r.certificates for r in rows),
        )
        if report.pending_records:
            text += " · " + self.tr("{n} records wait for a key to be trusted (see Exchange)").format(
                n=report.pending_records
            )
        self.summary.setText(text)

    def current_filter(self) -> ReportFilter:
        return ReportFilter(
            self.role_combo.currentData(), self.agency_combo.currentData(), self.site_combo.currentData()
        )

    def apply_filters(self) -> None:
        self.filter.set_filters(
            self.role_combo.currentData() or "",
            self.agency_combo.currentData(),
            self.site_combo.currentData(),
            self.status_combo.currentData(),
            self.search.text(),
        )
        self.matrix_filter.set_ids(self.visible_ids())
        self.certificates.refresh()

    def visible_ids(self) -> set[str]:
        return {row.learner_id for row in self.learners.rows if self.filter.accepts(row)}

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.filter.row_at(indexes[0]) if indexes else None
        if row is None:
            self.detail.clear()
            return
        try:
            self.detail.show_detail(self.services.reports.learner_detail(row.learner_id), row.role_title)
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Learner details"), error_text(error))

    def lock(self) -> None:
        parent = self.parentWidget()
        locker = getattr(parent, "lock", None)
        self.services.trainer_mode.lock()
        if callable(locker):
            locker()
