"""Search results a page at a time: the same hits in the same order as one search for all of them, counted up to
the cap ("200+"), and lock decisions for a page of hits the same as asking hit by hit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from trainer_app.core.app import App, open_app
from trainer_app.core.services.search import MAX_RESULTS

PACK = "mini-pack"


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> App:
    app = open_app(data_dir=str(tmp_path_factory.mktemp("kit") / "data"), bundled_root=REPO_ROOT)
    yield app  # type: ignore[misc]
    app.close()


@pytest.mark.parametrize("words", ["case", "consent", "user group", "approv", "offline sync"])
def test_paged_results_are_the_hits_of_one_search_in_the_same_order(kit: App, words: str) -> None:
    every = kit.search.search(words, MAX_RESULTS)
    results = kit.search.results(words)
    assert len(results) == len(every)
    assert every
    pages = [results[at : at + 30] for at in range(0, len(results), 30)]
    assert [hit for page in pages for hit in page] == every
    assert list(results) == every
    assert results[-1] == every[-1]


def test_a_common_word_counts_up_to_the_cap_and_the_last_page_ends_there(kit: App) -> None:
    results = kit.search.results("case")
    assert len(results) == MAX_RESULTS  # the kit mentions cases in far more than 200 sections
    last = results[180:400]
    assert len(last) == MAX_RESULTS - 180
    assert last == kit.search.search("case", MAX_RESULTS)[180:]
    with pytest.raises(IndexError):
        results[MAX_RESULTS]


def test_nothing_found_and_nothing_searchable_give_no_results(kit: App) -> None:
    assert len(kit.search.results("xyzzy plugh")) == 0
    assert list(kit.search.results("xyzzy")) == []
    assert len(kit.search.results(" -:+ ")) == 0


def test_results_never_show_a_quiz_explanation(mini_app) -> None:  # type: ignore[no-untyped-def]
    assert len(mini_app.search.results("sixth")) == 0  # a word found only in a quiz explanation
    found = mini_app.search.results("failed log-in attempts lock")
    assert [h for h in found if h.kind == "quiz"]
    assert all("sixth" not in h.snippet for h in found)


def test_lock_decisions_for_a_page_of_hits_are_those_asked_one_by_one(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    learner, _ = mini_app.learners.create("Amina Sesay", "case_worker", "Riverside agency")
    targets = [(PACK, a.id) for a in mini_app.packs.get(PACK).activities()]
    for learner_id in (learner.id, None):
        together = mini_app.progress.may_open_many(learner_id, targets)
        assert together == {t: mini_app.progress.may_open(learner_id, *t) for t in targets}
        assert not together[(PACK, "follow-up-guide")].allowed
        assert together[(PACK, "basics-guide")].allowed
    mini_app.progress.record_guide(learner.id, PACK, "basics-guide", 1.0, True, 25)
    clock.advance(60)
    mini_app.progress.record_quiz(learner.id, PACK, "basics-quiz", 1.0, True, "attempt-1", seconds=60)
    assert mini_app.progress.may_open_many(learner.id, targets)[(PACK, "follow-up-guide")].allowed


def test_without_full_text_search_the_pages_are_the_plain_scan_in_its_order(tmp_path: Path) -> None:
    """Without FTS5 (PostgreSQL) the scan ranks in Python; pages are cut from that one ranking."""
    app = open_app(data_dir=str(tmp_path / "data"), bundled_root=REPO_ROOT)
    try:
        app.search.uses_fts = False  # as on a database without FTS5: the same documents, scanned
        every = app.search.search("consent", MAX_RESULTS)
        results = app.search.results("consent")
        assert every
        assert list(results) == every
        assert results[30:60] == every[30:60]
    finally:
        app.close()
