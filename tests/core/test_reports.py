"""Completion reports: one source of rows, equal to what the learner's own Home screen computes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import earned_certificate
from tests.core.records_fixtures import PACK, take_quiz, tick_walkthrough, train_worker
from trainer_app.core.domain.pack import Pack
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.domain.report import CellStatus, LearnerStatus, ModuleTally, ReportFilter
from trainer_app.core.rules import completion
from trainer_app.core.rules.rollup import plan_track, roll_up_track


def people(app: Any) -> dict[str, str]:
    grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency", "North")
    samir, _ = app.learners.create("Samir Haddad", "case_worker", "Hill agency", "South")
    amal, _ = app.learners.create("Amal Haddad", "system_administrator", "Riverside agency", "HQ")
    nadia, _ = app.learners.create("Nadia Karim", "case_worker", "Hill agency", "South")
    train_worker(app, grace.id)
    earned_certificate(app, grace.id)
    app.progress.record_guide(samir.id, PACK, "basics-guide", 0.5, False, 5)
    take_quiz(app, samir.id, right=False)
    tick_walkthrough(app, amal.id)
    return {"grace": grace.id, "samir": samir.id, "amal": amal.id, "nadia": nadia.id}


def test_learner_rows_say_status_percent_activities_and_certificates(mini_app: Any) -> None:
    ids = people(mini_app)
    report = mini_app.reports.build()
    rows = {r.learner_id: r for r in report.learners}
    assert [r.name for r in report.learners] == ["Amal Haddad", "Grace Okello", "Nadia Karim", "Samir Haddad"]
    grace, samir, nadia = rows[ids["grace"]], rows[ids["samir"]], rows[ids["nadia"]]
    assert (grace.status, grace.percent, grace.certificates) == (LearnerStatus.COMPLETED, 100.0, 1)
    assert (grace.activities_done, grace.activities_total, grace.modules_done) == (3, 3, 2)
    assert grace.completed_at == mini_app.clock.now
    assert grace.role_title == "Case worker"
    assert samir.status is LearnerStatus.IN_PROGRESS
    assert 0 < samir.percent < 50
    assert (nadia.status, nadia.percent, nadia.first_activity_at) == (LearnerStatus.NOT_STARTED, 0.0, None)
    for row in report.learners:  # the same numbers as each learner's Home screen
        summary = mini_app.progress.track(row.learner_id, mini_app.packs.get(PACK))
        assert row.percent == round(100 * summary.progress, 1)
        assert (row.status is LearnerStatus.COMPLETED) == summary.completed


def test_the_matrix_has_a_cell_per_learner_and_module_with_locks(mini_app: Any) -> None:
    ids = people(mini_app)
    report = mini_app.reports.build()
    assert [m.module_id for m in report.modules] == ["basics", "follow-up", "setup"]
    cells = {row.learner_id: [c.status for c in row.cells] for row in report.matrix}
    assert cells[ids["grace"]] == [CellStatus.COMPLETED, CellStatus.COMPLETED, CellStatus.NOT_IN_TRACK]
    assert cells[ids["samir"]] == [CellStatus.IN_PROGRESS, CellStatus.LOCKED, CellStatus.NOT_IN_TRACK]
    assert cells[ids["amal"]][2] is CellStatus.IN_PROGRESS


def test_groups_per_role_and_agency_and_the_filters(mini_app: Any) -> None:
    people(mini_app)
    report = mini_app.reports.build()
    roles = {g.key: g for g in report.per_role}
    assert (roles["case_worker"].learners, roles["case_worker"].completed) == (3, 1)
    assert roles["case_worker"].percent_completed == 33.3
    assert roles["case_worker"].title == "Case worker"
    agencies = {g.key: g for g in report.per_agency}
    assert (agencies["Hill agency"].learners, agencies["Hill agency"].not_started) == (2, 1)
    only = mini_app.reports.build(ReportFilter(role="case_worker", agency="Hill agency"))
    assert [r.name for r in only.learners] == ["Nadia Karim", "Samir Haddad"]
    assert [m.module_id for m in only.modules] == ["basics", "follow-up"]
    assert only.quizzes[0].attempts == 1
    assert only.quizzes[0].pass_rate == 0.0


def test_quiz_pass_rates_most_missed_questions_and_completion_over_time(mini_app: Any) -> None:
    people(mini_app)
    report = mini_app.reports.build()
    quiz = report.quizzes[0]
    assert (quiz.activity_id, quiz.attempts, quiz.learners, quiz.learners_passed) == ("basics-quiz", 2, 2, 1)
    assert quiz.pass_rate == 50.0
    top = report.questions[0]
    assert top.wrong == 1
    assert top.answered == 2
    assert top.miss_rate == 50.0
    assert top.prompt
    assert [(p.key, p.completed) for p in report.over_time_role] == [("Case worker", 1)]
    assert report.over_time_agency[0].day == mini_app.clock.now.date()


def test_archived_learners_are_left_out_unless_asked(mini_app: Any) -> None:
    ids = people(mini_app)
    mini_app.learners.archive(ids["nadia"])
    assert ids["nadia"] not in {r.learner_id for r in mini_app.reports.build().learners}
    everyone = mini_app.reports.build(ReportFilter(include_archived=True))
    assert next(r for r in everyone.learners if r.learner_id == ids["nadia"]).archived


# ---- the roll-up from tallies equals the per-activity rules, on generated progress ----------------------

T0 = datetime(2026, 1, 5, tzinfo=UTC)


def tallies_of(pack: Pack, done: dict[str, ActivityProgress]) -> dict[str, ModuleTally]:
    """What the grouped query computes, from per-activity rows."""
    result = {}
    for module in pack.modules:
        rows = [(a, done[a.id]) for a in module.activities if a.id in done]
        if not rows:
            continue
        required = [p for a, p in rows if a.required]
        stamps = [p.completed_at for p in required if p.completed_at]
        result[module.id] = ModuleTally(
            sum(1 for p in required if p.completed_at),
            sum(p.progress for p in required),
            len(rows),
            max(stamps) if stamps else None,
        )
    return result


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_rollup_equals_the_home_screen_rules(mini_app: Any, data: Any) -> None:
    pack = mini_app.packs.get(PACK)
    done = {}
    for activity in pack.activities():
        state = data.draw(st.sampled_from(["none", "started", "complete"]))
        if state == "none":
            continue
        value = 1.0 if state == "complete" else data.draw(st.floats(0, 0.99))
        stamp = T0 + timedelta(minutes=data.draw(st.integers(0, 999))) if state == "complete" else None
        done[activity.id] = ActivityProgress(
            "l", PACK, activity.id, Status.IN_PROGRESS, value, 0.0, None, stamp, "", "1"
        )
    for track in pack.tracks:
        expected = completion.track_progress(pack, track, done)
        got = roll_up_track(plan_track(pack, track), tallies_of(pack, done))
        assert abs(got.value - expected.progress) < 1e-9
        assert (got.status is LearnerStatus.COMPLETED) == expected.completed
        for module in expected.modules:
            cell = got.cells[module.module_id]
            assert cell.status.value == module.status.value
            assert cell.percent == round(100 * module.progress, 1)
