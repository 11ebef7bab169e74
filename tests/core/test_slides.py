"""Slide decks: deck files and notes from the pack, every slide seen completes, resume at the last page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.services.slides import load_notes, pdf_page_count

PACK = "mini-pack"
DECK = "setup-slides"


def _learner(app) -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Test Trainer", "system_administrator", "Test agency", "Test office")
    return learner.id


def _seen(app, lid: str, pages: list[int], page: int):  # type: ignore[no-untyped-def]
    return app.progress.record_share(
        lid, PACK, DECK, ActivityKind.SLIDES, pages, 3, seconds=4.0, position=str(page)
    )


def test_the_deck_names_its_pdf_page_count_notes_and_source(mini_app) -> None:  # type: ignore[no-untyped-def]
    deck = mini_app.slides.deck(PACK, DECK)
    assert deck.pdf_path == MINI_PACK / "resources/slides/deck.pdf"
    assert deck.file_name == "deck.pdf"
    assert deck.page_count == 3
    assert len(deck.notes) == 3
    assert deck.notes_problem is None
    assert deck.note(0).startswith("Welcome")
    assert deck.note(7) == ""
    assert deck.source_path == MINI_PACK / "resources/slides/deck.pptx"


def test_seeing_every_slide_completes_the_deck(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    assert not _seen(mini_app, lid, [0, 1], 1).progress.is_complete
    result = _seen(mini_app, lid, [2], 2)
    assert result.newly_completed
    assert result.progress.progress == 1.0


def test_seeing_the_first_slide_twice_does_not_complete(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    _seen(mini_app, lid, [0], 0)
    result = _seen(mini_app, lid, [0, 0], 0)
    assert not result.progress.is_complete
    assert result.progress.progress == pytest.approx(1 / 3)


def test_resume_returns_the_last_page_and_the_pages_seen(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    fresh = mini_app.slides.resume(lid, PACK, DECK)
    assert (fresh.page, fresh.seen, fresh.completed) == (0, frozenset(), False)
    _seen(mini_app, lid, [0, 1], 1)
    resumed = mini_app.slides.resume(lid, PACK, DECK)
    assert resumed.page == 1
    assert resumed.seen == {0, 1}
    assert not resumed.completed


@pytest.mark.usefixtures("mini_app")
def test_a_missing_pdf_is_named_in_the_error(tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.app import open_app

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    app = open_app(data_dir=str(tmp_path / "d"), bundled_root=pack)
    try:
        (pack / "resources/slides/deck.pdf").unlink()
        with pytest.raises(NotFoundError, match=r"deck\.pdf"):
            app.slides.deck(PACK, DECK)
    finally:
        app.close()


def test_a_deck_that_is_not_slides_is_refused(mini_app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TrainerError, match="not a slide deck"):
        mini_app.slides.deck(PACK, "setup-walkthrough")


def test_page_count_of_files_that_are_not_plain_pdfs(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf")
    assert pdf_page_count(junk) is None
    assert pdf_page_count(tmp_path / "missing.pdf") is None
    tree = tmp_path / "tree.pdf"
    tree.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Pages /Kids [] /Count 12 >> endobj\n")
    assert pdf_page_count(tree) == 12


def test_broken_notes_are_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "n.toml").write_text("notes = 3\n", encoding="utf-8")
    (tmp_path / "bad.toml").write_text("notes = [\n", encoding="utf-8")
    not_list, not_toml, missing = (load_notes(tmp_path, n)[1] for n in ("n.toml", "bad.toml", "missing.toml"))
    # coded, so the presenter's notes pane says it in the trainer's language
    assert not_list is not None
    assert not_list.code == "slides.notes_not_list"
    assert str(not_list) == "The speaker notes n.toml must hold 'notes', a list of strings."
    assert not_toml is not None
    assert not_toml.code == "slides.notes_not_toml"
    assert "bad.toml" in str(not_toml)
    assert missing is not None
    assert missing.code == "slides.notes_unusable"
    assert "missing.toml" in str(missing)


def test_speaker_notes_over_the_pack_file_limit_are_refused_unread(tmp_path: Path) -> None:
    from trainer_app.core.packs.tomlfile import MAX_TOML_BYTES

    big = tmp_path / "big.toml"
    big.write_text('notes = ["' + "x" * (MAX_TOML_BYTES + 1) + '"]\n', encoding="utf-8")  # valid TOML
    notes, problem = load_notes(tmp_path, "big.toml")
    assert notes == ()
    assert problem is not None
    assert problem.code == "slides.notes_not_toml"
