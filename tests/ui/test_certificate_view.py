"""The Certificates screen: the learner's own certificates (open, save as PDF, export JSON), checking dropped or
opened files with a clear result per file, importing them, trusting an issuer (coordinators only), and the
"Certificate issued" message after the last activity of a track."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from tests.conftest import MINI_PACK, earned_certificate
from tests.core.test_certificate_service import PACK, complete_worker_track
from tests.ui.test_language_everywhere import button
from trainer_app.core.app import open_app
from trainer_app.pdf.writers import pdf_writers
from trainer_app.ui.certificate_hook import catch_up


def _view(ui_context):  # type: ignore[no-untyped-def]
    from trainer_app.ui.views.certificates_view import CertificatesView

    return CertificatesView(ui_context, ui_context.app)


def test_the_section_follows_the_library(main_window) -> None:  # type: ignore[no-untyped-def]
    learner, _ = main_window.context.app.learners.create("Grace Okello", "case_worker")
    main_window.enter(learner)
    keys = [section.key for section in main_window.shell.sections]
    assert keys[keys.index("library") + 1] == "certificates"
    assert main_window.shell.section("certificates") is not None


def test_a_completed_track_shows_a_certificate_to_open_save_and_export(
    qtbot, ui_context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    view = _view(ui_context)
    qtbot.addWidget(view)
    assert view.list.topLevelItemCount() == 0
    assert not view.empty.isHidden()
    assert not view.open_button.isEnabled()
    complete_worker_track(ui_context.app, ui_context.learner.id)  # finishing the work issues the certificate
    view.refresh()
    assert view.list.topLevelItemCount() == 1
    assert view.empty.isHidden()
    assert view.list.topLevelItem(0).text(0) == "Worker track (1.0.0)"
    assert view.list.topLevelItem(0).text(3) == "Valid"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = view.open_pdf()
    assert path is not None
    assert path.read_bytes().startswith(b"%PDF-")
    assert opened[0].toLocalFile() == str(path)
    saved = view.save_pdf(tmp_path / "mine.pdf")
    assert saved is not None
    assert ui_context.app.certificate_checks.verify_paths([saved])[0].valid
    exported = view.export_json(tmp_path / "mine.json")
    assert exported is not None
    assert json.loads(exported.read_text())["type"][1] == "OpenBadgeCredential"
    view.resize(900, 700)
    view.grab().save(str(tmp_path / "certificates.png"))


def other_laptops_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate issued on another laptop (amal.json), and the same with one signed value changed
    (changed.json)."""
    other = open_app(data_dir=str(folder / "other"), bundled_root=MINI_PACK, pdf=pdf_writers())
    try:
        learner, _ = other.learners.create("Amal Haddad", "case_worker")
        complete_worker_track(other, learner.id)
        issued = earned_certificate(other, learner.id)
        assert issued is not None
        good = other.certificate_files.write_json(issued.id, folder / "amal.json")
    finally:
        other.close()
    tampered = json.loads(good.read_text())
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    changed = folder / "changed.json"
    changed.write_text(json.dumps(tampered))
    return good, changed


def test_dropped_files_are_checked_then_imported(qtbot, ui_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good, bad = other_laptops_certificate(tmp_path)
    view = _view(ui_context)
    qtbot.addWidget(view)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    qtbot.waitUntil(lambda: view.check.results.topLevelItemCount() == 2, timeout=20000)
    rows = {view.check.results.topLevelItem(i).text(0): view.check.results.topLevelItem(i) for i in range(2)}
    assert rows["amal.json"].text(1) == "Issuer not trusted"
    assert rows["amal.json"].text(2) == "Amal Haddad"
    assert rows["amal.json"].text(5) == "no"
    assert rows["changed.json"].text(1) == "Not valid"
    view.check.results.setCurrentItem(rows["changed.json"])
    assert "changed.json: Not valid: the signature does not match" in view.check.details.text()
    view.check.results.setCurrentItem(rows["amal.json"])
    details = view.check.details.text()
    assert "intact, but its issuer is not trusted here" in details
    assert "Learner: Amal Haddad" in details
    assert "(not trusted here)" in details
    assert view.check.import_button.isEnabled()
    assert view.check.trust_button.isHidden()  # only a coordinator trusts issuers
    view.show()  # the buttons are found as a user sees them
    qtbot.mouseClick(button(view, "Import"), Qt.MouseButton.LeftButton)
    assert [c.learner_name for c in ui_context.app.certificates.list()] == ["Amal Haddad"]
    assert ui_context.app.certificates.countable() == []
    view.resize(1000, 760)
    view.grab().save(str(tmp_path / "checked.png"))


def test_a_coordinator_trusts_the_issuer_from_the_check_results(
    qtbot, ui_context, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = open_app(data_dir=str(tmp_path / "other"), bundled_root=MINI_PACK, pdf=pdf_writers())
    try:
        learner, _ = other.learners.create("Amal Haddad", "case_worker")
        complete_worker_track(other, learner.id)
        issued = earned_certificate(other, learner.id)
        assert issued is not None
        good = other.certificate_files.write_json(issued.id, tmp_path / "amal.json")
    finally:
        other.close()
    # The mini pack has no coordinator role: give the signed-in learner that role for this screen.
    ui_context.learner = replace(ui_context.learner, roles=(*ui_context.learner.roles, "coordinator"))
    view = _view(ui_context)
    qtbot.addWidget(view)
    view.check.check_files([good])
    qtbot.waitUntil(lambda: view.check.results.topLevelItemCount() == 1, timeout=20000)
    view.show()  # the buttons are found as a user sees them
    qtbot.mouseClick(button(view, "Import"), Qt.MouseButton.LeftButton)
    assert not view.check.trust_button.isHidden()
    assert view.check.trust_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Hilltop centre", True))
    qtbot.mouseClick(button(view, "Trust this issuer…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.check.results.topLevelItemCount() == 1 and view.check.reports[0].valid, timeout=20000
    )
    assert view.check.results.topLevelItem(0).text(1) == "Valid"
    assert view.check.results.topLevelItem(0).text(5) == "Hilltop centre"
    assert "trusted here as Hilltop centre" in view.check.details.text()
    assert [c.learner_name for c in ui_context.app.certificates.countable()] == ["Amal Haddad"]


def test_a_pasted_token_is_checked(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    complete_worker_track(ui_context.app, ui_context.learner.id)
    certificate = earned_certificate(ui_context.app, ui_context.learner.id)
    token = ui_context.app.certificate_files.document(certificate.id).token
    view = _view(ui_context)
    qtbot.addWidget(view)
    view.check.token_edit.setText(token)
    view.check.token_button.click()
    assert view.check.results.topLevelItem(0).text(1) == "Valid"
    assert view.check.results.topLevelItem(0).text(0) == "QR token"
    assert not view.check.import_button.isEnabled()  # a token alone is not a certificate to import


def _shown_messages() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _on_the_box(box: QWidget) -> QPoint:
    return QPoint(8, box.height() // 2)  # the indicator, not the empty stretch beside the label


def test_ticking_the_last_step_in_the_window_shows_the_certificate_at_once(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    """The tick that finishes the track issues the certificate; the open activity announces it while it stays
    on screen (nothing waits for the view to be hidden)."""
    from trainer_app.ui.views.activity_view import ActivityView

    app = ui_context.app
    admin, _ = app.learners.create("Jean Dupont", "system_administrator", "Head office")
    ui_context.learner = admin
    app.progress.record_video(admin.id, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
    view = ActivityView(ui_context, app)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.open(PACK, "setup-walkthrough")
    checkboxes = [w.checkbox for w in view.current.steps]  # type: ignore[union-attr]
    for box in checkboxes[:-1]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=_on_the_box(box))
        assert box.isChecked()
    assert _shown_messages() == []
    assert app.certificates.list(admin.id) == []
    qtbot.mouseClick(checkboxes[-1], Qt.MouseButton.LeftButton, pos=_on_the_box(checkboxes[-1]))
    [notice] = _shown_messages()
    assert "You have earned a signed certificate" in notice.text()
    assert "Admin track" in notice.text()
    assert notice.windowModality() == Qt.WindowModality.NonModal
    assert any(b.text() == "View certificates" for b in notice.buttons())
    assert view.isVisible()  # announced while the activity is still open
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    [certificate] = app.certificates.list(admin.id)
    assert certificate.track_title == "Admin track"
    assert catch_up(ui_context)[0] == []  # issued once: nothing new, nothing shown


def test_open_pdf_without_a_pdf_viewer_offers_to_save_the_file(
    qtbot, ui_context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    view = _view(ui_context)
    qtbot.addWidget(view)
    complete_worker_track(ui_context.app, ui_context.learner.id)
    view.refresh()
    view.list.setCurrentItem(view.list.topLevelItem(0))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no program opens PDF files here
    asked: list[str] = []

    def answer(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    target = tmp_path / "saved-instead.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), ""))
    open_button = next(b for b in view.findChildren(type(view.open_button)) if b.text() == "Open PDF")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert asked
    assert "no program that opens PDF files" in asked[0]
    assert target.read_bytes().startswith(b"%PDF-")
