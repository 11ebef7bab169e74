"""Walkthroughs: checks are stored and reloaded, every step ticked completes, un-ticking never lowers progress."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.storage import progress_repo

PACK = "mini-pack"
WALK = "setup-walkthrough"


def _learner(app) -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Test Admin", "system_administrator", "Test agency", "Test office")
    return learner.id


def test_load_and_render_the_walkthrough(mini_app) -> None:  # type: ignore[no-untyped-def]
    walkthrough = mini_app.walkthroughs.load(PACK, WALK)
    assert [s.id for s in walkthrough.steps] == ["open", "import"]
    rendered = mini_app.walkthroughs.rendered(PACK, WALK)
    assert "<strong>Settings → Locations</strong>" in rendered.steps[0].instruction_html
    assert rendered.steps[1].record == "Name of the imported file"
    assert rendered.intro_html.startswith("<p>Import the location hierarchy")


def test_ticking_every_step_completes_the_walkthrough(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    first = mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True, seconds=30)
    assert (first.ticked_count, first.total_steps) == (1, 2)
    assert first.progress.progress == 0.5
    assert not first.progress.is_complete
    clock.advance(60)
    second = mini_app.walkthroughs.tick(lid, PACK, WALK, "import", True, seconds=60)
    assert second.newly_completed
    assert second.progress.completed_at == clock()
    assert second.progress.seconds_spent == 90


def test_unticking_shows_the_step_unticked_but_keeps_progress(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True)
    done = mini_app.walkthroughs.tick(lid, PACK, WALK, "import", True)
    clock.advance(10)
    undone = mini_app.walkthroughs.tick(lid, PACK, WALK, "import", False)
    assert undone.ticked_count == 1
    assert undone.progress.progress == 1.0
    assert undone.progress.completed_at == done.progress.completed_at
    state = mini_app.walkthroughs.state(lid, PACK, WALK)
    assert not state["import"].ticked
    assert state["import"].ticked_at is None
    assert state["open"].ticked


def test_unticking_before_completion_does_not_lower_progress(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True)
    result = mini_app.walkthroughs.tick(lid, PACK, WALK, "open", False)
    assert result.ticked_count == 0
    assert result.progress.progress == 0.5


def test_notes_and_values_are_kept_and_reloaded(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(
        lid, PACK, WALK, "import", False, note=" took two tries ", value="locations.csv"
    )
    ticked_at = clock.advance(5)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "import", True)  # None leaves note and value as they were
    clock.advance(5)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "import", True, note="ok")  # re-ticking keeps the first time
    state = mini_app.walkthroughs.state(lid, PACK, WALK)["import"]
    assert (state.ticked, state.note, state.value) == (True, "ok", "locations.csv")
    assert state.ticked_at == ticked_at


def test_state_lists_every_step_and_survives_a_restart(mini_app, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.app import open_app

    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True, note="fine")
    mini_app.close()
    reopened = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    try:
        state = reopened.walkthroughs.state(lid, PACK, WALK)
        assert list(state) == ["open", "import"]
        assert state["open"].ticked
        assert state["open"].note == "fine"
        assert not state["import"].ticked
        assert reopened.progress.activity(lid, PACK, WALK).last_position == "open"
    finally:
        reopened.close()


def test_each_tick_is_logged(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "open", False)
    with mini_app.db.transaction() as conn:
        entries = progress_repo.log_entries(conn, lid)
    assert [e["kind"] for e in entries] == ["walkthrough", "walkthrough"]


def test_unknown_step_learner_or_kind_is_refused(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    with pytest.raises(NotFoundError, match="no step 'nope'"):
        mini_app.walkthroughs.tick(lid, PACK, WALK, "nope", True)
    with pytest.raises(NotFoundError, match="No learner"):
        mini_app.walkthroughs.tick("no-such-learner", PACK, WALK, "open", True)
    with pytest.raises(TrainerError, match="not a walkthrough"):
        mini_app.walkthroughs.load(PACK, "setup-slides")
    with pytest.raises(ValidationError, match="longer than"):
        mini_app.walkthroughs.tick(lid, PACK, WALK, "open", True, note="x" * 5000)


def test_a_broken_walkthrough_file_is_named(tmp_path: Path) -> None:
    from trainer_app.core.app import open_app

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    app = open_app(data_dir=str(tmp_path / "d"), bundled_root=pack)
    try:
        (pack / "content/walkthroughs/locations.toml").write_text(
            'id = "locations"\ntitle = "x"\nsteps = 1\n'
        )
        with pytest.raises(ValidationError, match=r"content/walkthroughs/locations\.toml") as broken:
            app.walkthroughs.load(PACK, WALK)
        first = broken.value.params["first"]  # the problem itself, coded, for the window to translate
        assert (first.code, first.params["key"]) == ("pack.problem.not_tables", "steps")
        (pack / "content/walkthroughs/locations.toml").unlink()
        with pytest.raises(NotFoundError, match=r"content/walkthroughs/locations\.toml") as missing:
            app.walkthroughs.state("any", PACK, WALK)
        assert missing.value.params["problem"].code == "pack.problem.file_not_found"
    finally:
        app.close()


def test_checklist_holds_learner_steps_and_state(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.walkthroughs.tick(lid, PACK, WALK, "import", True, note="done", value="locs.csv")
    checklist = mini_app.walkthroughs.checklist(lid, PACK, WALK)
    assert checklist.title == "Import locations"
    assert checklist.learner_name == "Test Admin"
    assert checklist.exported_at == clock()
    assert checklist.site == "demo"
    assert [(s.step_id, st.ticked, st.value) for s, st in checklist.steps] == [
        ("open", False, ""),
        ("import", True, "locs.csv"),
    ]


def test_step_images_come_only_from_inside_the_pack(tmp_path: Path) -> None:
    from trainer_app.core.app import open_app

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    (pack / "resources/images").mkdir(parents=True)
    (pack / "resources/images/step.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    walk = pack / "content/walkthroughs/locations.toml"
    walk.write_text(
        walk.read_text().replace(
            'expected = "The Locations list is shown."',
            'expected = "The Locations list is shown."\nimage = "resources/images/step.png"',
        )
    )
    app = open_app(data_dir=str(tmp_path / "d"), bundled_root=pack)
    try:
        assert app.walkthroughs.image(
            PACK,
            WALK,
            "open",
        ).startswith(b"\x89PNG")
        assert app.walkthroughs.image(PACK, WALK, "import") is None
    finally:
        app.close()
