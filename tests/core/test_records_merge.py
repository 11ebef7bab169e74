"""The merge rules (pure): idempotent, never lower, earliest completion, ticks only grow, conflicts found."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from trainer_app.core.exchange import merge

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
stamps = st.one_of(st.none(), st.integers(0, 10_000).map(lambda m: T0 + timedelta(minutes=m)))


@st.composite
def progress_rows(draw: Any) -> dict[str, Any]:
    completed = draw(stamps)
    done = draw(st.lists(st.integers(1, 6), max_size=6))
    return {
        "learner_id": "l",
        "pack_id": "p",
        "activity_id": "a",
        "status": "completed" if completed else draw(st.sampled_from(["in_progress", "not_started"])),
        "progress": 1.0 if completed else draw(st.floats(0, 0.99)),
        "seconds_spent": draw(st.floats(0, 5000)),
        "first_opened_at": draw(stamps),
        "completed_at": completed,
        "last_position": draw(st.sampled_from(["", "p1", "p2"])),
        "content_version": draw(st.sampled_from(["1", "2"])),
        "detail": json.dumps({"done": sorted(set(done)), "total": 6}) if done else "",
        "updated_at": T0 + timedelta(minutes=draw(st.integers(0, 10_000))),
    }


def merged(local: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    return merge.merge_progress(local, incoming) or local


@given(progress_rows(), progress_rows())
def test_progress_merge_is_idempotent_monotonic_and_keeps_the_earliest_completion(a: Any, b: Any) -> None:
    once = merged(a, b)
    assert merge.merge_progress(once, b) is None  # importing the same row again changes nothing
    assert once["progress"] >= max(a["progress"], b["progress"]) - 1e-12
    stamps_ = [x for x in (a["completed_at"], b["completed_at"]) if x is not None]
    assert once["completed_at"] == (min(stamps_) if stamps_ else None)
    assert once["seconds_spent"] == max(a["seconds_spent"], b["seconds_spent"])
    if a["detail"] and b["detail"]:
        done = set(json.loads(once["detail"])["done"])
        assert done == set(json.loads(a["detail"])["done"]) | set(json.loads(b["detail"])["done"])


@given(progress_rows(), progress_rows())
def test_both_laptops_end_with_the_same_progress_whichever_imports_first(a: Any, b: Any) -> None:
    keys = ("progress", "completed_at", "seconds_spent", "first_opened_at", "status")
    left, right = merged(a, b), merged(b, a)
    assert {k: left[k] for k in keys} == {k: right[k] for k in keys}


def test_watched_intervals_are_united() -> None:
    mine = json.dumps({"intervals": [[0, 10]], "duration": 60})
    theirs = json.dumps({"intervals": [[5, 20], [30, 40]], "duration": 60})
    assert json.loads(merge.merge_detail(mine, theirs))["intervals"] == [[0, 20], [30, 40]]
    assert merge.merge_detail(mine, "") == mine
    assert merge.merge_detail("not json", theirs) == "not json"


def test_an_attempt_submitted_elsewhere_takes_the_submission() -> None:
    open_ = {"submitted_at": None, "score": None, "passed": None, "seconds_spent": 10.0}
    done = {"submitted_at": T0, "score": 0.8, "passed": True, "seconds_spent": 40.0}
    assert merge.merge_attempt(open_, done) == done
    assert merge.merge_attempt(done, open_) is None
    assert merge.merge_attempt(done, done) is None


def test_a_graded_answer_beats_an_ungraded_one() -> None:
    draft = {
        "response": '"a"',
        "points_earned": None,
        "points_possible": None,
        "correct": None,
        "saved_at": T0,
    }
    graded = {**draft, "response": '"b"', "points_earned": 1.0, "points_possible": 1.0, "correct": True}
    assert merge.merge_answer(draft, graded) == graded
    assert merge.merge_answer(graded, draft) is None
    later = {**draft, "response": '"c"', "saved_at": T0 + timedelta(minutes=1)}
    assert merge.merge_answer(draft, later) == later
    assert merge.merge_answer(later, draft) is None


def test_walkthrough_ticks_only_grow_and_keep_the_first_tick_time() -> None:
    base = {"ticked": False, "ticked_at": None, "note": "", "value": "", "updated_at": T0}
    ticked = {
        "ticked": True,
        "ticked_at": T0 + timedelta(hours=1),
        "note": "done",
        "value": "x.csv",
        "updated_at": T0 + timedelta(hours=1),
    }
    earlier = {**ticked, "ticked_at": T0 + timedelta(minutes=5), "note": ""}
    result = merge.merge_check(base, ticked)
    assert result is not None
    assert result["ticked"]
    assert result["note"] == "done"
    assert merge.merge_check(ticked, base) is None  # an untick elsewhere never removes a tick
    again = merge.merge_check(ticked, earlier)
    assert again is not None
    assert again["ticked_at"] == earlier["ticked_at"]
    assert again["note"] == "done"


def test_a_revocation_travels_and_the_earliest_is_kept() -> None:
    valid = {"revoked_at": None, "revoked_reason": ""}
    revoked = {"revoked_at": T0, "revoked_reason": "issued in error"}
    assert merge.merge_certificate(valid, revoked) == revoked
    assert merge.merge_certificate(revoked, valid) is None
    later = {"revoked_at": T0 + timedelta(days=1), "revoked_reason": "other"}
    assert merge.merge_certificate(revoked, later) is None


def test_learner_conflicts_name_each_differing_detail() -> None:
    local = {"display_name": "Grace  Okello", "roles": ("case_worker",), "agency": "A", "site": "North"}
    same = {"display_name": "Grace Okello", "roles": ("case_worker",), "agency": "A", "site": "North"}
    assert merge.learner_conflicts(local, same) == []  # spacing is not a conflict
    other = {**same, "roles": ("case_worker", "trainer"), "site": "South"}
    assert merge.learner_conflicts(local, other) == [
        ("roles", "case_worker", "case_worker,trainer"),
        ("site", "North", "South"),
    ]
