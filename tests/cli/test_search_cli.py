"""`cpims-trainer search`: words found only in a quiz explanation print no explanation text; locks are shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_pack_cli import FIXTURES, zip_folder
from trainer_app.cli.main import run_cli
from trainer_app.core.app import open_app
from trainer_app.core.packs.guidetext import plain_text
from trainer_app.core.packs.quizbank import load_bank

EXPLANATION = "Close a case only when every service is delivered."


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run_cli([*data, "pack", "install", str(zip_folder(FIXTURES / "valid", tmp_path / "p.zip"))]) == 0
    capsys.readouterr()
    return data


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_words_only_in_an_explanation_show_no_explanation_text(
    data: list[str], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli([*data, "search", "service delivered", "--limit", "50", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "every service is delivered" not in out
    assert run_cli([*data, "search", "Mark first sync later", "--format", fmt]) == 0
    assert "Mark first, sync later" not in capsys.readouterr().out


def test_no_explanation_of_the_bundled_kit_shows_in_a_quiz_hit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For a sample of the kit's explanations, search their words: a quiz hit shows its prompt, not the key."""
    data = str(tmp_path / "kit")
    app = open_app(data_dir=data)
    kit = app.packs.default()
    app.close()
    banks = sorted({a.file for a in kit.activities() if a.kind.value == "quiz"})
    questions = [q for file in banks for q in load_bank(kit.path(file), kit.root).questions]
    shown_text = {
        leaf.id: " ".join(f"{plain_text(q.vignette)} {plain_text(leaf.prompt)}".split())
        for q in questions
        for leaf in q.leaves
    }
    leaves = [leaf for q in questions for leaf in q.leaves if leaf.explanation]
    sample = leaves[:: max(1, len(leaves) // 12)]
    assert sample
    for leaf in sample:
        words = [w.strip(".,;:()") for w in leaf.explanation.split() if len(w) > 6][:3]
        assert run_cli(["--data-dir", data, "search", " ".join(words), "--format", "json"]) == 0
        for hit in json.loads(capsys.readouterr().out):
            if hit["kind"] != "quiz":
                continue
            plain = hit["snippet"].replace("[", "").replace("]", "")
            for piece in (p.strip() for p in plain.split("…")):
                assert piece in shown_text[hit["anchor"]], (leaf.id, hit)


def test_search_for_a_learner_marks_hits_in_locked_modules_and_shows_no_text_of_them(
    data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli([*data, "learner", "add", "--name", "Amina Sesay", "--role", "role_a"]) == 0
    learner = capsys.readouterr().out.strip()
    assert run_cli([*data, "search", "closing a case", "--learner", learner, "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    locked = [h for h in hits if h["locked_by"]]
    assert locked, hits
    assert all(h["snippet"] == "" for h in locked)
    assert run_cli([*data, "search", "closing a case", "--learner", "Amina Sesay", "--limit", "200"]) == 0
    assert "Locked: finish ‘Module one’ first" in capsys.readouterr().out
