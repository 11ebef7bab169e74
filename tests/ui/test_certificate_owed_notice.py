"""With a damaged signing key, finishing the last activity of a track through the window keeps the progress and
tells the learner plainly that the certificate is owed; once the key is repaired, the Certificates screen's
catch-up issues it and announces it as at completion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.conftest import MINI_PACK
from trainer_app.core.app import App, open_app
from trainer_app.core.domain.progress import Status
from trainer_app.pdf.writers import pdf_writers

PACK = "mini-pack"
KEY_FILE = "device-ed25519.pem"


@pytest.fixture
def broken_key_app(qtbot: Any, tmp_path: Path, clock: Any) -> Iterator[tuple[App, Path, bytes]]:  # noqa: ARG001 (qtbot: its QApplication)
    """An installation whose device key file was damaged after its first run, opened as the window opens it."""
    data = tmp_path / "data"
    open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK).close()
    key_file = data / "keys" / KEY_FILE
    good = key_file.read_bytes()
    key_file.write_bytes(b"-----BEGIN PRIVATE KEY-----\nZGFtYWdlZA==\n-----END PRIVATE KEY-----\n")
    app = open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK, pdf=pdf_writers())
    yield app, key_file, good
    app.close()


def _notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _on_the_box(box: QWidget) -> QPoint:
    return QPoint(8, box.height() // 2)  # the indicator, not the empty stretch beside the label


def test_the_learner_is_told_the_certificate_is_owed_then_gets_it_after_the_repair(
    qtbot: Any, broken_key_app: tuple[App, Path, bytes]
) -> None:
    from trainer_app.ui.context import Context
    from trainer_app.ui.views.activity_view import ActivityView
    from trainer_app.ui.views.certificates_view import CertificatesView

    app, key_file, good = broken_key_app
    admin, _ = app.learners.create("Jean Dupont", "system_administrator", "Head office")
    context = Context(app, window=None)
    context.learner = admin
    app.progress.record_video(admin.id, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
    view = ActivityView(context, app)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.open(PACK, "setup-walkthrough")
    boxes = [w.checkbox for w in view.current.steps]  # type: ignore[union-attr]
    for box in boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=_on_the_box(box))
        assert box.isChecked()

    [notice] = _notices()
    assert notice.windowTitle() == "Certificate not issued yet"
    assert "Your progress is saved" in notice.text()
    assert "could not be issued just now" in notice.text()
    assert "damaged or unreadable" in notice.text()  # the coded reason, in words
    assert "Tell your trainer or administrator" in notice.text()
    assert notice.windowModality() == Qt.WindowModality.NonModal
    assert view.isVisible()
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    stored = app.progress.activity(admin.id, PACK, "setup-walkthrough")
    assert stored is not None
    assert stored.status is Status.COMPLETED
    assert app.certificates.list(admin.id) == []

    key_file.write_bytes(good)  # the administrator puts the key back
    screen = CertificatesView(context, app)  # opening Certificates runs the catch-up
    qtbot.addWidget(screen)
    [issued] = _notices()
    assert "You have earned a signed certificate" in issued.text()
    assert "Admin track" in issued.text()
    qtbot.mouseClick(issued.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert screen.list.topLevelItemCount() == 1
    assert screen.list.topLevelItem(0).text(0).startswith("Admin track")
    assert "New certificate issued: Admin track" in screen.message.text()


def test_the_certificates_screen_says_why_while_the_key_is_still_damaged(
    qtbot: Any, broken_key_app: tuple[App, Path, bytes]
) -> None:
    from trainer_app.ui.context import Context
    from trainer_app.ui.views.certificates_view import CertificatesView

    app, _key_file, _good = broken_key_app
    admin, _ = app.learners.create("Jean Dupont", "system_administrator", "Head office")
    app.progress.record_video(admin.id, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
    app.walkthroughs.tick(admin.id, PACK, "setup-walkthrough", "open", True)
    app.walkthroughs.tick(admin.id, PACK, "setup-walkthrough", "import", True, value="locations.csv")
    context = Context(app, window=None)
    context.learner = admin
    screen = CertificatesView(context, app)
    qtbot.addWidget(screen)
    screen.show()
    labels = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    assert any("Your progress is saved" in text and "damaged or unreadable" in text for text in labels)
    assert _notices() == []


def test_the_settings_say_the_key_cannot_be_read_instead_of_failing(
    qtbot: Any, broken_key_app: tuple[App, Path, bytes]
) -> None:
    from trainer_app.ui.widgets.branding_settings import BrandingSettings

    app, _key_file, _good = broken_key_app
    panel = BrandingSettings(app)
    qtbot.addWidget(panel)
    [shown] = [
        w for w in panel.findChildren(QLabel) if w.accessibleName() == "This installation's key fingerprint"
    ]
    assert shown.text() == "The signing key cannot be read."
