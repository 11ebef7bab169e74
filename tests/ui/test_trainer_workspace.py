"""The trainer's workspace driven like a trainer does: buttons found by their text and clicked, file dialogs
answered by patching the one dialog helper (`file_dialogs.ask`), never calling the slot behind a button."""

from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
)

from tests.conftest import MINI_PACK
from tests.core.test_reports import people
from tests.ui.test_trainer_view import FAST, button, click, loaded_view
from trainer_app.core.app import open_app
from trainer_app.core.domain.certificate import CertificateStatus
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.trainer_mode import TrainerModeService
from trainer_app.pdf.writers import pdf_writers
from trainer_app.ui.widgets import file_dialogs


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


class Dialogs:
    """Answers each file dialog in turn and remembers where it opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[list[str]] = []
        self.starts: list[str] = []
        monkeypatch.setattr(file_dialogs, "ask", self.ask)
        monkeypatch.setattr(file_dialogs, "removable_folders", list)  # this machine's own mounts stay out

    def ask(self, _parent: Any, _mode: Any, _title: str, start: str, _filter: str) -> list[str]:
        self.starts.append(start)
        return self.answers.pop(0)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def unlocked_view(qtbot: Any, context: Any) -> Any:
    context.app.trainer_mode.unlocked = True
    return loaded_view(qtbot, context)


def finished(qtbot: Any, view: Any) -> Any:
    qtbot.waitUntil(lambda: bool(view.trainer_actions.last_results), timeout=30000)
    results = view.trainer_actions.last_results
    view.trainer_actions.last_results = []
    return results


def test_cancel_stops_an_export_and_leaves_no_file(
    qtbot, context, messages, dialogs, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    records = context.app.records
    real_export, held = records.export, threading.Event()

    def export(out: Path, since: Any = None, progress: Any = None) -> Any:
        def slowly(fraction: float, what: str) -> bool:
            held.wait(20)  # the trainer reads the dialog and presses Cancel before the work goes on
            return bool(progress(fraction, what))

        return real_export(out, since, progress=slowly)

    monkeypatch.setattr(records, "export", export)
    target = tmp_path / "usb" / "records.zip"
    target.parent.mkdir()
    dialogs.answers.append([str(target)])
    click(qtbot, view, "Export records…")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(QProgressDialog)), timeout=10000)
    dialog = next(d for d in view.findChildren(QProgressDialog) if d.isVisible())
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    held.set()
    (_, error), *_ = finished(qtbot, view)
    assert "Cancelled" in str(error)
    assert "Cancelled: nothing was written." in messages[-1]
    assert list(target.parent.iterdir()) == []  # neither the bundle nor a partial file
    assert records.exports() == []  # and no export logged


@pytest.mark.usefixtures("messages")
def test_export_of_records_changed_since_a_date(qtbot, context, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    view.since_check.setChecked(True)
    assert view.since_date.isEnabled()
    view.since_date.setDate(view.since_date.date().addYears(5))  # nothing changed after that
    dialogs.answers.append([str(tmp_path / "later.zip")])
    click(qtbot, view, "Export records…")
    ((_, later),) = finished(qtbot, view)
    view.since_check.setChecked(False)
    dialogs.answers.append([str(tmp_path / "all.zip")])
    click(qtbot, view, "Export records…")
    ((_, everything),) = finished(qtbot, view)
    assert sum(later.counts.values()) < sum(everything.counts.values())
    assert Path(dialogs.starts[0]).name.startswith("records-since-")  # the suggested name says what it holds


def test_a_receipt_from_the_field_laptop_is_imported_and_shown(
    qtbot, context, messages, dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    bundle = tmp_path / "usb" / "to-office.zip"
    bundle.parent.mkdir()
    dialogs.answers.append([str(bundle)])
    click(qtbot, view, "Export records…")
    finished(qtbot, view)
    office = open_app(
        data_dir=str(tmp_path / "office"), clock=context.app.clock, bundled_root=MINI_PACK, pdf=pdf_writers()
    )
    office.records.import_file(bundle, "Office", tmp_path / "usb")
    office.close()
    (receipt,) = (tmp_path / "usb").glob("receipt-*.json")
    dialogs.answers.append([str(receipt)])
    click(qtbot, view, "Import records…")
    ((_, result),) = finished(qtbot, view)
    assert "receipt: bundle" in messages[-1]
    assert "arrived at key" in messages[-1]
    view.tabs.setCurrentWidget(view.exchange)
    qtbot.waitUntil(lambda: view.exchange.exports.topLevelItemCount() == 1, timeout=10000)
    assert "added" in view.exchange.exports.topLevelItem(0).text(3)  # the export now says where it arrived
    assert result.receipt.bundle_id == context.app.records.exports()[0]["bundle_id"]


def test_a_learner_detail_in_conflict_is_resolved_from_the_exchange_tab(
    qtbot, context, messages, dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    centre = context.app
    field = open_app(
        data_dir=str(tmp_path / "field"), clock=centre.clock, bundled_root=MINI_PACK, pdf=pdf_writers()
    )
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    samir, _ = field.learners.create("Samir Haddad", "case_worker", "Riverside agency", "North")
    field.records.export(tmp_path / "1.zip")
    centre.records.import_file(tmp_path / "1.zip", "Trainer", None)
    field.learners.update(dataclasses.replace(field.learners.get(samir.id), agency="Hill agency"))
    field.records.export(tmp_path / "2.zip")
    field.close()
    view = unlocked_view(qtbot, context)
    dialogs.answers.append([str(tmp_path / "2.zip")])
    click(qtbot, view, "Import records…")
    finished(qtbot, view)
    assert "1 learner details differ" in messages[-1]
    view.tabs.setCurrentWidget(view.exchange)
    qtbot.waitUntil(lambda: view.exchange.conflicts.topLevelItemCount() == 1, timeout=10000)
    row = view.exchange.conflicts.topLevelItem(0)
    assert [row.text(i) for i in range(4)] == ["Samir Haddad", "agency", "Riverside agency", "Hill agency"]
    view.exchange.conflicts.setCurrentItem(row)
    click(qtbot, view.exchange, "Use the imported value")
    assert centre.learners.get(samir.id).agency == "Hill agency"
    assert view.exchange.conflicts.topLevelItemCount() == 0
    assert centre.records.conflicts() == []


@pytest.mark.usefixtures("marking")
def test_a_refused_bundle_is_explained_in_the_trainers_language(
    qtbot, context, messages, dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The Import finished message gives a refused bundle's reason translated (marked «…» here), not the core's
    English, and a good file imported beside it is still reported."""
    centre = context.app
    field = open_app(
        data_dir=str(tmp_path / "field"), clock=centre.clock, bundled_root=MINI_PACK, pdf=pdf_writers()
    )
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    field.learners.create("Samir Haddad", "case_worker", "Riverside agency", "North")
    field.records.export(tmp_path / "good.zip")
    field.close()
    (tmp_path / "cut.zip").write_bytes((tmp_path / "good.zip").read_bytes()[:300])
    view = unlocked_view(qtbot, context)
    dialogs.answers.append([str(tmp_path / "cut.zip"), str(tmp_path / "good.zip")])
    click(qtbot, view, "Import records…")
    finished(qtbot, view)
    cut, good = messages[-1].split("\n\n")
    assert cut.startswith("cut.zip: «")  # the reason, translated
    assert "records bundle" in cut
    assert "readable zip" in cut
    assert good.startswith("good.zip: 1 added")


@pytest.mark.usefixtures("marking")
def test_every_stage_a_long_operation_reports_is_translated() -> None:
    from trainer_app.core.exchange.record_format import MEMBERS
    from trainer_app.ui.progress_text import stage_text

    stages = ["verifying", "merging", "done", "gathering", "writing", "starting"]
    for key in stages + [member.table for member in MEMBERS]:
        assert stage_text(key) == f"«{key}»" or stage_text(key).startswith("«"), key
    assert stage_text("Amal Haddad") == "Amal Haddad"  # a learner's name, reported by a certificate zip


def test_a_certificate_is_revoked_only_with_a_reason(qtbot, context, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    view.tabs.setCurrentWidget(view.certificates)
    tree = view.certificates.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(3) == "Valid"
    tree.setCurrentItem(tree.topLevelItem(0))
    typed = iter([("   ", True), ("Issued to the wrong person", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(typed))
    click(qtbot, view.certificates, "Revoke…")
    assert "needs a reason" in messages[-1]
    (certificate,) = context.app.certificates.list()
    assert certificate.status is CertificateStatus.VALID
    click(qtbot, view.certificates, "Revoke…")
    (certificate,) = context.app.certificates.list()
    assert certificate.status is CertificateStatus.REVOKED
    assert certificate.revoked_reason == "Issued to the wrong person"
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    assert view.certificates.tree.topLevelItem(0).text(3) == "Revoked: Issued to the wrong person"


def test_certificates_of_chosen_learners_go_to_a_folder_and_come_back_in(
    qtbot, context, messages, dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    view.tabs.setCurrentWidget(view.certificates)
    folder = tmp_path / "stick" / "session"
    dialogs.answers.append([str(folder)])
    click(qtbot, view.certificates, "Save to a folder…")
    finished(qtbot, view)
    names = sorted(p.suffix for p in folder.iterdir())
    assert names == [
        ".json",
        ".json",
        ".pdf",
    ]  # PDF, its signed JSON, the status list; no staging folder left
    pdf = next(folder.glob("*.pdf"))
    dialogs.answers.append([str(pdf)])
    click(qtbot, view.certificates, "Import certificate files…")
    ((_, result),) = finished(qtbot, view)
    assert result.status.value == "already stored"
    assert "already stored" in messages[-1]


def choose_from_menu(qtbot: Any, target: QPushButton, text: str) -> None:
    """Click the menu button, then click the entry in the menu that opens (as a trainer does)."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("messages")
def test_a_report_in_each_format_for_the_chosen_role(qtbot, context, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    view.role_combo.setCurrentIndex(view.role_combo.findData("system_administrator"))
    menu_button = button(view, "Export report")
    for fmt, entry in (("csv", "CSV (learners)…"), ("xlsx", "Excel workbook…"), ("pdf", "PDF for partners…")):
        dialogs.answers.append([str(tmp_path / f"report.{fmt}")])
        choose_from_menu(qtbot, menu_button, entry)
        ((path, _),) = finished(qtbot, view)
        assert path == tmp_path / f"report.{fmt}"
        assert path.stat().st_size > 0
    text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert "Amal Haddad" in text
    assert "Samir Haddad" not in text
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "report.xlsx").read_bytes().startswith(b"PK")


@pytest.mark.usefixtures("messages")
def test_each_dialog_opens_where_the_last_one_of_its_kind_was_left(qtbot, context, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.answers.append([str(stick / "records.zip")])
    click(qtbot, view, "Export records…")
    finished(qtbot, view)
    dialogs.answers.append([])  # the trainer looks, then cancels the second dialog
    click(qtbot, view, "Export records…")
    assert Path(dialogs.starts[-1]).parent == stick
    dialogs.answers.append([])
    click(qtbot, view, "Import records…")  # another purpose: not steered to the export folder
    assert dialogs.starts[-1] != str(stick)
    again = SettingsService(context.app.paths.settings).current  # kept on disk for the next start
    assert again.extra["last_folders"]["records-export"] == str(stick)


def test_removable_drives_are_recognised_by_where_they_are_mounted() -> None:
    assert file_dialogs.looks_removable("/media/trainer/USB STICK")
    assert file_dialogs.looks_removable("/run/media/trainer/KINGSTON")
    assert file_dialogs.looks_removable("/mnt/usb")
    assert file_dialogs.looks_removable("E:/")
    assert not file_dialogs.looks_removable("C:/")
    assert not file_dialogs.looks_removable("/")
    assert not file_dialogs.looks_removable("/home")
    assert not file_dialogs.looks_removable("/media")


def scroller(widget: Any) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_the_workspace_fits_a_small_laptop_screen(qtbot, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people(context.app)
    view = unlocked_view(qtbot, context)
    view.resize(1024, 600)
    qtbot.waitUntil(lambda: view.height() == 600, timeout=5000)  # no minimum size above the screen
    shots = Path(os.environ.get("SHOTS_DIR", tmp_path))
    for index, name in ((0, "learners"), (3, "exchange"), (4, "certificates")):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        for widget in view.findChildren(QPushButton):
            if widget.isVisible():
                shown = scroller(widget) or widget  # inside a scroll area: reachable when the area fits
                right = shown.mapTo(view, shown.rect().bottomRight())
                assert right.x() <= view.width(), widget.text()
                assert right.y() <= view.height(), widget.text()
        view.grab().save(str(shots / f"workspace-{name}-1024x600.png"))
