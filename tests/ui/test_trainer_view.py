"""The Trainer screen: locked behind the trainer passphrase; learners, matrix and charts from the report rows;
import and export with progress; reports and certificates written from the screen."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from tests.conftest import MINI_PACK
from tests.core.test_reports import people
from trainer_app.core.app import open_app
from trainer_app.core.common.numbers import format_percent
from trainer_app.core.domain.report import LearnerStatus
from trainer_app.core.services.trainer_mode import TrainerModeService
from trainer_app.pdf.writers import pdf_writers
from trainer_app.ui.dialogs.unlock_dialog import archive_dialog, unlock_dialog
from trainer_app.ui.views.trainer_view import TrainerView
from trainer_app.ui.widgets import file_dialogs
from trainer_app.ui.widgets.locked_section import LockedSection

FAST = 2**10


@pytest.fixture
def context(ui_context: Any) -> Any:
    app = ui_context.app
    app.trainer_mode = TrainerModeService(app.db, app.clock, work_factor=FAST)  # quicker hashes for tests
    return ui_context


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: said.append(a[2]))
    return said


def answer(qtbot: Any, dialog: Any, *texts: str) -> None:
    dialog.secret.setText(texts[0])
    if dialog.again is not None:
        dialog.again.setText(texts[-1])
    dialog.submit()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=10000)


def button(view: Any, text: str) -> QPushButton:
    """A button by the text the trainer reads on it (mnemonic ampersands aside)."""
    found = [b for b in view.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, [b.text() for b in view.findChildren(QPushButton)]
    return found[0]


def click(qtbot: Any, view: Any, text: str) -> None:
    target = button(view, text)
    assert target.isVisible(), text
    assert target.isEnabled(), text
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def loaded_view(qtbot: Any, context: Any) -> TrainerView:
    view = TrainerView(context, context.app)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and not view.loading, timeout=20000)
    return view


def test_the_trainer_screen_opens_only_with_the_passphrase(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    section = LockedSection(context.app.trainer_mode, TrainerView(context, context.app), "Trainer")
    qtbot.addWidget(section)
    section.refresh()
    assert section.currentWidget() is section.lock_page
    assert "Set up trainer mode" in section.unlock_button.text()

    dialog = unlock_dialog(context.app.trainer_mode, section)
    answer(qtbot, dialog, "river stone lantern", "river stone lanterns")
    assert "differ" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    answer(qtbot, dialog, "river stone lantern")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.app.trainer_mode.unlocked
    section.refresh()
    assert section.currentWidget() is section.inner

    from trainer_app.ui.views.registry import build_sections

    build_sections(context)  # the next sign-in: trainer mode starts locked again
    again = LockedSection(context.app.trainer_mode, TrainerView(context, context.app), "Trainer")
    qtbot.addWidget(again)
    again.refresh()
    assert not context.app.trainer_mode.unlocked
    assert again.currentWidget() is again.lock_page
    dialog = unlock_dialog(context.app.trainer_mode, again)
    answer(qtbot, dialog, "wrong words here")
    assert "not right" in dialog.message.text()
    assert not context.app.trainer_mode.unlocked
    for _ in range(3):
        answer(qtbot, dialog, "wrong words here")
    assert "Try again in" in dialog.message.text()


def test_learners_table_filters_sorts_and_shows_every_detail(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    ids = people(context.app)
    context.app.trainer_mode.unlocked = True
    view = loaded_view(qtbot, context)
    report = view.report
    assert view.filter.rowCount() == len(report.learners) == 5  # four people and the signed-in learner
    for row in range(view.filter.rowCount()):  # the screen shows the report's numbers
        shown = view.filter.row_at(view.filter.index(row, 0))
        assert view.filter.index(row, 5).data() == format_percent(shown.percent)
    view.role_combo.setCurrentIndex(view.role_combo.findData("case_worker"))
    assert view.filter.rowCount() == 4
    view.status_combo.setCurrentIndex(view.status_combo.findData(LearnerStatus.COMPLETED))
    assert view.filter.rowCount() == 1
    assert view.filter.index(0, 0).data() == "Grace Okello"
    assert view.matrix_filter.rowCount() == 1  # the matrix follows the same filters
    view.status_combo.setCurrentIndex(0)
    view.search.setText("sam")
    assert view.filter.rowCount() == 1
    view.search.clear()
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert view.filter.index(0, 0).data() == "Grace Okello"
    view.table.selectRow(0)
    assert view.detail.title.text() == "Grace Okello"
    groups = [view.detail.tree.topLevelItem(i).text(0) for i in range(view.detail.tree.topLevelItemCount())]
    assert groups == ["Activities", "Quiz attempts (1)", "Certificates (1)"]
    assert ids["grace"] in view.visible_ids()
    assert "5 learners" in view.summary.text()
    assert "1 certificates" in view.summary.text()


def test_matrix_and_charts_are_drawn_from_the_same_report(qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    context.app.trainer_mode.unlocked = True
    view = loaded_view(qtbot, context)
    assert view.matrix.columnCount() == 3 + len(view.report.modules)
    view.tabs.setCurrentIndex(1)
    cell = view.matrix_filter.index(0, 3)
    assert "—" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.tabs.setCurrentIndex(2)
    titles = [v.chart().title() for v in view.charts.views]
    assert titles[0] == "Completion per role"
    assert titles[4].startswith("Quiz pass rates")
    view.grab().save(str(tmp_path / "charts.png"))
    assert (tmp_path / "charts.png").stat().st_size > 0


def test_import_several_files_with_progress_then_trust_the_key(
    qtbot, context, messages, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    field = open_app(
        data_dir=str(tmp_path / "field"), clock=context.app.clock, bundled_root=MINI_PACK, pdf=pdf_writers()
    )
    people(field)
    good = tmp_path / "usb" / "field.zip"
    good.parent.mkdir()
    field.records.export(good)
    bad = tmp_path / "usb" / "bad.zip"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(bad, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            new.writestr(name, data.replace(b"Grace", b"Grape") if name == "learners.jsonl" else data)
    context.app.trainer_mode.unlocked = True
    view = loaded_view(qtbot, context)
    monkeypatch.setattr(file_dialogs, "ask", lambda *_a, **_k: [str(bad), str(good)])
    click(qtbot, view, "Import records…")
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=20000)
    (_, rejected), (_, imported) = view.trainer_actions.last_results
    assert "tampered" in str(rejected)
    assert imported.counts["learners"]["pending"] == 4
    assert "bad.zip: Rejected" in messages[-1]
    assert "kept until key" in messages[-1]
    assert list(good.parent.glob("receipt-*.json"))  # for the field laptop
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    assert view.exchange.pending.topLevelItemCount() >= 1
    view.exchange.pending.setCurrentItem(view.exchange.pending.topLevelItem(0))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Field laptop", True))
    tabs = view.tabs  # the Exchange page scrolls inside its tab: find the tab that holds it
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(view.exchange)))
    click(qtbot, view.exchange, "Trust this key…")
    qtbot.waitUntil(lambda: view.report is not None and len(view.report.learners) == 1 + 4, timeout=20000)
    assert view.exchange.pending.topLevelItemCount() == 0
    field.close()


def test_exports_from_the_screen_reports_records_and_certificates(
    qtbot, context, messages, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    context.app.trainer_mode.unlocked = True
    view = loaded_view(qtbot, context)
    answer_with = {"path": ""}
    monkeypatch.setattr(file_dialogs, "ask", lambda *_a, **_k: [answer_with["path"]])
    menu = button(view, "Export report").menu()
    for fmt, entry in (("csv", "CSV (learners)…"), ("xlsx", "Excel workbook…"), ("pdf", "PDF for partners…")):
        view.trainer_actions.last_results = []
        answer_with["path"] = str(tmp_path / f"report.{fmt}")
        next(a for a in menu.actions() if a.text() == entry).trigger()  # what choosing it in the menu does
        qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=30000)
        assert (tmp_path / f"report.{fmt}").stat().st_size > 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    view.trainer_actions.last_results = []
    answer_with["path"] = str(tmp_path / "records.zip")
    click(qtbot, view, "Export records…")
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=20000)
    assert zipfile.is_zipfile(tmp_path / "records.zip")
    assert "records.zip" in messages[-1]
    assert view.exchange.exports.topLevelItemCount() == 1
    view.trainer_actions.last_results = []
    answer_with["path"] = str(tmp_path / "certificates.zip")
    view.tabs.setCurrentWidget(view.certificates)
    click(qtbot, view.certificates, "Save as zip…")
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=30000)
    with zipfile.ZipFile(tmp_path / "certificates.zip") as archive:
        names = archive.namelist()
    assert len(names) == 3
    assert names[0].endswith(".pdf")
    assert names[1].endswith(".json")
    assert names[2] == "status-list.json"  # the issuer's revocation list travels with the certificates
    assert not list(tmp_path.glob("*.partial"))


def test_archiving_a_profile_needs_its_pin_or_the_passphrase(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    app = context.app
    learner, _ = app.learners.create("Samir Haddad", "case_worker", pin="4821")
    dialog = archive_dialog(context.app.trainer_mode, None, learner.id, learner.display_name)
    qtbot.addWidget(dialog)
    answer(qtbot, dialog, "1111")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not right" in dialog.message.text()
    answer(qtbot, dialog, "4821")
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.usefixtures("qtbot")
def test_the_real_window_locks_trainer_and_rollout(main_window) -> None:  # type: ignore[no-untyped-def]
    app = main_window.context.app
    learner, _ = app.learners.create("Grace Okello", "case_worker")
    main_window.enter(learner)
    for key in ("trainer", "rollout"):
        section = main_window.shell.section(key)
        assert isinstance(section, LockedSection)
        assert section.currentWidget() is section.lock_page


def test_pdf_report_and_certificate_zip_from_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    from trainer_app.cli.main import run_cli

    home = str(tmp_path / "data")
    app = open_app(data_dir=home, bundled_root=MINI_PACK, pdf=pdf_writers())
    people(app)
    app.close()
    original = __import__("trainer_app.core.app", fromlist=["open_app"]).open_app
    pdf = tmp_path / "report.pdf"
    with pytest.MonkeyPatch.context() as patch:  # the command line opens the same mini pack
        patch.setattr(
            "trainer_app.core.app.open_app", lambda **kw: original(**{**kw, "bundled_root": MINI_PACK})
        )
        assert (
            run_cli(["--data-dir", home, "report", "completion", "--format", "pdf", "--out", str(pdf)]) == 0
        )
        assert (
            run_cli(["--data-dir", home, "certificate", "export", "--all", "--zip", str(tmp_path / "c.zip")])
            == 0
        )
    document = QPdfDocument()
    document.load(str(pdf))
    assert document.pageCount() >= 4
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Training completion report" in text
    assert "Grace Okello" in text
    assert "Per agency" in text
    with zipfile.ZipFile(tmp_path / "c.zip") as archive:
        assert [n.rsplit(".", 1)[1] for n in archive.namelist()] == ["pdf", "json", "json"]
        assert archive.namelist()[-1] == "status-list.json"
    assert "Wrote 1 certificate(s)" in capsys.readouterr().out


@pytest.mark.usefixtures("messages")
def test_importing_a_bundle_taken_in_before_keeps_the_report_as_it_is(
    qtbot, context, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The import's change flags decide: a second import of the same bundle changes nothing, so the report over
    every learner is not rebuilt."""
    field = open_app(data_dir=str(tmp_path / "field"), clock=context.app.clock, bundled_root=MINI_PACK)
    people(field)
    bundle = tmp_path / "usb" / "field.zip"
    bundle.parent.mkdir()
    field.records.export(bundle)
    context.app.trainer_mode.unlocked = True
    view = loaded_view(qtbot, context)
    monkeypatch.setattr(file_dialogs, "ask", lambda *_a, **_k: [str(bundle)])
    click(qtbot, view, "Import records…")
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=20000)
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    first = view.report
    view.trainer_actions.last_results = []
    click(qtbot, view, "Import records…")
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=20000)
    [(_, again)] = view.trainer_actions.last_results
    assert not again.changes
    assert not view.loading
    assert view.report is first
    field.close()
