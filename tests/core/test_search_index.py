"""The search index never holds quiz explanations or answers, also in an installation indexed before that rule."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.storage.tables import pack, search_document

EXPLANATION = "The sixth failed attempt in a row locks the account."  # a word found in no prompt or guide


def pack_checksum_of_the_previous_release() -> str:
    """Releases before index version 2 stored the bare fingerprint of the pack's files."""
    from trainer_app.core.services.packs import pack_checksum

    return pack_checksum(MINI_PACK)


def test_a_quiz_prompt_is_found_and_leads_to_the_quiz_but_its_explanation_is_not(mini_app) -> None:  # type: ignore[no-untyped-def]
    hits = mini_app.search.search("failed log-in attempts lock")
    quiz = [h for h in hits if h.kind == "quiz"]
    assert quiz
    assert quiz[0].activity_id == "basics-quiz"
    assert all("sixth" not in h.snippet for h in hits)
    assert mini_app.search.search("sixth") == []
    assert mini_app.search.search("without a response") == []  # an ordering question's explanation


def test_an_index_built_by_an_older_version_is_rebuilt_without_explanations(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    app = open_app(data_dir=data, clock=clock, bundled_root=MINI_PACK)
    with app.db.transaction() as conn:  # as the previous release left it: old checksum, explanations indexed
        conn.execute(update(pack).values(checksum=pack_checksum_of_the_previous_release()))
        conn.execute(
            search_document.insert(),
            [
                {
                    "pack_id": "mini-pack",
                    "kind": "quiz",
                    "activity_id": "basics-quiz",
                    "title": "Check: logging in",
                    "location": "Check: logging in › How many failed log-in attempts lock an account?",
                    "anchor": "basics-01",
                    "body": f"How many failed log-in attempts lock an account?\n{EXPLANATION}",
                }
            ],
        )
    assert [h for h in app.search.search("sixth") if h.kind == "quiz"]  # the leak, as it was
    app.close()
    upgraded = open_app(data_dir=data, clock=clock, bundled_root=MINI_PACK)
    try:
        assert not [h for h in upgraded.search.search("sixth") if h.kind == "quiz"]
        assert [h for h in upgraded.search.search("failed log-in attempts") if h.kind == "quiz"]
    finally:
        upgraded.close()
