"""The Settings view's LRS and shared-database sections: what a user types is stored where it belongs."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt


def test_lrs_settings_are_saved_and_the_password_kept_apart(qtbot, ui_context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.ui.widgets.connection_settings import LrsSettingsBox

    box = LrsSettingsBox(ui_context.app)
    qtbot.addWidget(box)
    box.endpoint.setText("https://lrs.example.org/xAPI/")
    box.username.setText("client-key")
    box.password.setText("client-secret")
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    app = ui_context.app
    saved = app.xapi.lrs_settings()
    assert (saved.endpoint, saved.username, saved.has_password) == (
        "https://lrs.example.org/xAPI/",
        "client-key",
        True,
    )
    assert "client-secret" not in app.paths.settings.read_text(encoding="utf-8")
    assert stat.S_IMODE((app.paths.root / "secrets" / "lrs-password").stat().st_mode) == 0o600
    assert box.password.text() == ""
    assert "Waiting: 0" in box.status.text()
    box.resize(640, 360)
    box.grab().save(str(tmp_path / "lrs.png"))


def test_a_bad_endpoint_is_explained_not_saved(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.ui.widgets.connection_settings import LrsSettingsBox

    box = LrsSettingsBox(ui_context.app)
    qtbot.addWidget(box)
    box.endpoint.setText("lrs.example.org")
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    assert "http://" in box.status.text()
    assert ui_context.app.xapi.lrs_settings().endpoint == ""


def test_the_database_url_is_saved_for_the_next_start_without_its_password(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.services import database_url
    from trainer_app.ui.widgets.connection_settings import DatabaseSettingsBox

    box = DatabaseSettingsBox(ui_context.app)
    qtbot.addWidget(box)
    box.url.setText("postgresql+psycopg://trainer@db.example.org/cpims")
    box.password.setText("db-secret")
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    app = ui_context.app
    assert database_url.configured(app.settings) == "postgresql+psycopg://trainer@db.example.org/cpims"
    assert "db-secret" not in app.paths.settings.read_text(encoding="utf-8")
    assert (
        app.paths.root / "secrets" / "pgpass"
    ).read_text().strip() == "db.example.org:*:cpims:trainer:db-secret"
    assert "next start" in box.note.text() or "Restart" in box.note.text()
    assert app.db.engine.dialect.name == "sqlite"  # applied at the next start, not now
