"""Search documents: one per guide section, walkthrough step and quiz prompt, as plain text; never an answer."""

from __future__ import annotations

from pathlib import Path

from trainer_app.core.packs.manifest import load_pack
from trainer_app.core.packs.search_docs import iter_search_documents

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"


def test_documents_of_the_fixture_pack() -> None:
    docs = list(iter_search_documents(load_pack(VALID)))
    assert {d.pack_id for d in docs} == {"fixture-pack"}
    guide = [d for d in docs if d.kind == "guide" and d.activity_id == "m-one-guide"]
    assert [(d.anchor, d.location) for d in guide] == [
        ("chapter-one", "Chapter one"),
        ("password-rules", "Chapter one › Password rules"),
        ("working-offline-online", "Chapter one › Working offline & online"),
        ("a-worked-example", "Chapter one › A worked example"),
        ("summary", "Chapter one › Summary"),
    ]
    assert all(d.title == "Chapter one" for d in guide)
    steps = [d for d in docs if d.kind == "walkthrough"]
    assert [(d.anchor, d.location) for d in steps] == [
        ("open-settings", "Set up the office › Step 1: Open Settings → Locations."),
        ("import-file", "Set up the office › Step 2: Import the location file."),
    ]
    quiz = [d for d in docs if d.kind == "quiz"]
    assert [d.anchor for d in quiz] == [
        "one-01",
        "one-02",
        "one-03",
        "one-04",
        "one-05",
        "one-06a",
        "one-06b",
    ]
    assert quiz[0].location == "Check: module one › How many failed log-in attempts lock an account?"


def test_bodies_are_plain_text() -> None:
    docs = {(d.kind, d.anchor): d for d in iter_search_documents(load_pack(VALID))}
    rules = docs[("guide", "password-rules")].body_text
    assert "Passwords have at least 8 characters" in rules
    assert "chapter two" in rules
    assert "](" not in rules
    assert "|" not in rules
    assert "Attempts 6" in rules
    offline = docs[("guide", "working-offline-online")].body_text
    assert "Remember" in offline
    assert "Sync before you close the laptop." in offline
    assert "!!!" not in offline
    step = docs[("walkthrough", "open-settings")].body_text
    assert "Open Settings → Locations." in step
    assert "**" not in step
    assert "System administrator" in step
    part = docs[("quiz", "one-06b")].body_text
    assert part.startswith("Grace Okello plans a field visit")
    assert "close a case with services" in part


def test_each_file_is_indexed_once() -> None:
    pack = load_pack(VALID)
    docs = list(iter_search_documents(pack))
    assert len({(d.kind, d.activity_id, d.anchor) for d in docs}) == len(docs)


def test_quiz_documents_hold_the_prompt_but_no_explanation_or_answer() -> None:
    """Search must not hand out the key: explanations, the correct options and true/false answers stay out."""
    from trainer_app.core.packs.quizbank import load_bank

    pack = load_pack(VALID)
    quiz_docs = [d for d in iter_search_documents(pack) if d.kind == "quiz"]
    assert quiz_docs
    indexed = "\n".join(d.body_text + "\n" + d.location + "\n" + d.title for d in quiz_docs)
    bank_files = {a.file for a in pack.activities() if a.kind.value == "quiz"}
    for file in bank_files:
        for question in load_bank(pack.path(file), pack.root).questions:
            for leaf in question.leaves:
                assert leaf.prompt.split("?")[0][:30] in indexed
                if leaf.explanation:
                    assert leaf.explanation not in indexed, leaf.id
    assert "Close a case only when every service is delivered" not in indexed
    assert "Mark first, sync later" not in indexed
