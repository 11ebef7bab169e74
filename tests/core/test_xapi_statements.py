"""xAPI statement building (pure): IRIs, actor, verbs, result, context, exact JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer_app.core.exchange import xapi
from trainer_app.core.exchange.xapi import Actor, Outcome, StatementInput, Target, Verb

LEARNER = "0b7c6f0e-2d2a-4b7e-9a57-3f1f5c1d2e3a"
TARGET = Target(
    pack_id="cpims-rollout",
    pack_version="1.4.0",
    pack_title="CPIMS+ rollout",
    activity_id="logging-in",
    kind="guide",
    title="Logging in",
    module_id="basics",
    module_title="Basics",
)
AT = datetime(2026, 3, 2, 14, 5, 6, 789123, tzinfo=UTC)


def _statement(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "statement_id": "5f1d7c8e-8a55-4b8a-9a0b-6c1f1b1e2d3f",
        "actor": Actor(LEARNER),
        "verb": Verb.COMPLETED,
        "target": TARGET,
        "timestamp": AT,
        "role": "case_worker",
    }
    values.update(changes)
    return xapi.build_statement(StatementInput(**values))  # type: ignore[arg-type]


def test_the_actor_is_an_account_on_this_installation_without_name_or_email() -> None:
    actor = _statement()["actor"]
    assert actor == {"objectType": "Agent", "account": {"homePage": xapi.DEFAULT_HOME_PAGE, "name": LEARNER}}
    named = _statement(actor=Actor(LEARNER, "https://training.example.org/", "Amina"))["actor"]
    assert named["name"] == "Amina"  # type: ignore[index]
    assert named["account"]["homePage"] == "https://training.example.org/"  # type: ignore[index]


@pytest.mark.parametrize("verb", list(Verb))
def test_every_verb_is_the_adl_verb(verb: Verb) -> None:
    assert _statement(verb=verb)["verb"] == {
        "id": f"http://adlnet.gov/expapi/verbs/{verb.value}",
        "display": {"en-US": verb.value},
    }


def test_activity_ids_follow_the_documented_scheme() -> None:
    statement = _statement()
    assert (
        statement["object"]["id"] == "https://cpims-trainer.invalid/packs/cpims-rollout/activities/logging-in"
    )  # type: ignore[index]
    context = statement["context"]
    assert context["contextActivities"]["parent"][0]["id"].endswith("/packs/cpims-rollout/modules/basics")  # type: ignore[index]
    assert (
        context["contextActivities"]["grouping"][0]["id"]
        == "https://cpims-trainer.invalid/packs/cpims-rollout"
    )  # type: ignore[index]
    assert (
        xapi.activity_iri("a pack", "x/y") == "https://cpims-trainer.invalid/packs/a%20pack/activities/x%2Fy"
    )


def test_a_question_is_an_interaction_inside_its_quiz() -> None:
    target = Target(**{**TARGET.__dict__, "kind": "quiz", "activity_id": "q1", "question_id": "q1-03"})
    statement = _statement(target=target, verb=Verb.ANSWERED)
    assert statement["object"]["id"].endswith("/activities/q1/questions/q1-03")  # type: ignore[index]
    assert statement["object"]["definition"]["interactionType"] == "other"  # type: ignore[index]  # no question given
    assert statement["context"]["contextActivities"]["parent"][0]["id"].endswith("/activities/q1")  # type: ignore[index]


def test_context_carries_pack_version_and_role() -> None:
    extensions = _statement(attempt_id="att-1")["context"]["extensions"]  # type: ignore[index]
    assert extensions == {
        xapi.EXT_PACK_VERSION: "1.4.0",
        xapi.EXT_ROLE: "case_worker",
        xapi.EXT_ATTEMPT: "att-1",
    }


def test_result_with_score_success_completion_and_duration() -> None:
    outcome = Outcome(
        score_scaled=0.8,
        score_raw=8,
        score_min=0,
        score_max=10,
        success=True,
        completion=True,
        duration_seconds=90.5,
    )
    assert _statement(outcome=outcome)["result"] == {
        "score": {"scaled": 0.8, "raw": 8, "min": 0, "max": 10},
        "success": True,
        "completion": True,
        "duration": "PT1M30.5S",
    }


def test_scores_never_leave_the_ranges_an_lrs_accepts() -> None:
    outcome = Outcome(score_scaled=1.7, score_raw=12, score_min=0, score_max=10)
    assert _statement(outcome=outcome)["result"] == {"score": {"scaled": 1}}
    assert "result" not in _statement(outcome=Outcome(score_scaled=float("nan")))
    progress = _statement(outcome=Outcome(progress_percent=140))["result"]
    assert progress == {"extensions": {xapi.EXT_PROGRESS: 100}}


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "PT0S"),
        (0.004, "PT0S"),
        (5, "PT5S"),
        (60, "PT1M"),
        (3725.25, "PT1H2M5.25S"),
        (7200, "PT2H"),
        (-3, "PT0S"),
    ],
)
def test_iso_durations(seconds: float, text: str) -> None:
    assert xapi.iso_duration(seconds) == text


def test_timestamps_are_utc_with_milliseconds() -> None:
    assert xapi.iso_timestamp(AT) == "2026-03-02T14:05:06.789Z"
    east = datetime(2026, 3, 2, 17, 5, 6, tzinfo=timezone(timedelta(hours=3)))
    assert xapi.iso_timestamp(east) == "2026-03-02T14:05:06.000Z"


def test_the_json_is_compact_sorted_and_stable() -> None:
    statement = _statement(target=Target(**{**TARGET.__dict__, "title": "Connexion à l’outil"}))
    text = xapi.to_json(statement)
    assert json.loads(text) == statement
    assert text == xapi.to_json(json.loads(text))
    assert "Connexion à l’outil" in text
    assert ": " not in text


@given(st.floats(min_value=0, max_value=10 * 3600, allow_nan=False))
def test_any_duration_parses_back_within_a_hundredth(seconds: float) -> None:
    import re

    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", xapi.iso_duration(seconds))
    assert match is not None
    hours, minutes, secs = (float(g) if g else 0.0 for g in match.groups())
    assert abs(hours * 3600 + minutes * 60 + secs - seconds) <= 0.005 + 1e-9
