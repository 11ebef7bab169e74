"""Progress summaries (per learner and module, per learner and pack) always equal a rescan of the progress
rows, whatever wrote them, and the completion report read from them equals one rolled up from the rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.core.classroom_fixtures import classroom_laptop
from tests.core.records_fixtures import PACK, take_quiz, tick_walkthrough, train_worker
from trainer_app.core.app import App
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.report import LearnerTally, ModuleTally
from trainer_app.core.services import report_rows
from trainer_app.core.storage import migrate, reports_repo, summary_repo
from trainer_app.core.storage.reports_repo import stamp_to_utc


def _stamp(value: Any) -> Any:
    return stamp_to_utc(value)


def rescan(app: App) -> tuple[dict[tuple[str, str], tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    """The straightforward aggregate, from the raw progress rows and the pack as loaded."""
    pack = app.packs.get(PACK)
    layout = {a.id: (m.id, a.required) for m in pack.modules for a in m.activities}
    query = text(
        "SELECT learner_id, activity_id, progress, completed_at, first_opened_at, updated_at, "
        "seconds_spent FROM progress WHERE pack_id = :pack"
    )
    modules: dict[tuple[str, str], list[Any]] = {}
    totals: dict[str, list[Any]] = {}
    with app.db.engine.connect() as conn:
        rows = conn.execute(query, {"pack": PACK}).all()
    for learner_id, activity_id, value, completed, opened, updated, seconds in rows:
        whole = totals.setdefault(learner_id, [0, [], [], 0.0])
        whole[0] += 1
        whole[1] += [_stamp(opened)] if opened is not None else []
        whole[2].append(_stamp(updated))
        whole[3] += seconds
        if activity_id not in layout:
            continue
        module_id, required = layout[activity_id]
        tally = modules.setdefault((learner_id, module_id), [0, 0, 0.0, []])
        tally[0] += 1
        if required:
            tally[1] += completed is not None
            tally[2] += value
            tally[3] += [_stamp(completed)] if completed is not None else []
    return (
        {k: (t[0], t[1], round(t[2], 9), max(t[3]) if t[3] else None) for k, t in modules.items()},
        {k: (t[0], min(t[1]) if t[1] else None, max(t[2]), round(t[3], 6)) for k, t in totals.items()},
    )


def stored(app: App) -> tuple[dict[tuple[str, str], tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    with app.db.engine.connect() as conn:
        modules = conn.execute(
            text(
                "SELECT learner_id, module_id, activities_touched, activities_done, "
                "progress_sum, last_completed_at FROM module_progress WHERE pack_id = :pack"
            ),
            {"pack": PACK},
        ).all()
        packs = conn.execute(
            text(
                "SELECT learner_id, activities_touched, first_opened_at, last_updated_at, "
                "seconds_spent FROM pack_progress WHERE pack_id = :pack"
            ),
            {"pack": PACK},
        ).all()
    return (
        {(r[0], r[1]): (r[2], r[3], round(r[4], 9), _stamp(r[5])) for r in modules},
        {r[0]: (r[1], _stamp(r[2]), _stamp(r[3]), round(r[4], 6)) for r in packs},
    )


def assert_summaries_match(app: App) -> None:
    assert stored(app) == rescan(app)


def assert_report_matches_rescan(app: App) -> None:
    """The report (read from the summaries) says what the same roll-up says on the rescanned tallies."""
    pack = app.packs.get(PACK)
    report = app.reports.build()
    modules, totals = rescan(app)
    tallies: dict[str, dict[str, ModuleTally]] = {}
    for (learner_id, module_id), (touched, done, value, last) in modules.items():
        tallies.setdefault(learner_id, {})[module_id] = ModuleTally(done, value, touched, last)
    whole = {k: LearnerTally(t[1], t[2], t[3]) for k, t in totals.items()}
    with app.db.transaction() as conn:
        people = reports_repo.learners(conn, report.filter)
        certificates = reports_repo.countable_certificates(conn, PACK, report.filter)
    rows, matrix, columns = report_rows.learner_rows(pack, people, tallies, whole, certificates, stamp_to_utc)
    assert report.matrix == matrix
    assert report.modules == columns
    keep = (
        "learner_id",
        "status",
        "percent",
        "activities_done",
        "activities_total",
        "modules_done",
        "completed_at",
        "first_activity_at",
        "last_activity_at",
        "seconds_spent",
        "certificates",
    )
    assert [[getattr(r, k) for k in keep] for r in report.learners] == [
        [getattr(r, k) for k in keep] for r in rows
    ]


def test_every_way_of_writing_progress_keeps_the_summaries_and_the_report_right(
    tmp_path: Path, clock: FakeClock
) -> None:
    field = classroom_laptop(tmp_path, "field", clock)
    centre = classroom_laptop(tmp_path, "centre", clock)
    other = classroom_laptop(tmp_path, "other", clock)
    try:
        grace, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency", "North")
        samir, _ = field.learners.create("Samir Haddad", "case_worker", "Hill agency", "South")
        amal, _ = field.learners.create("Amal Haddad", "system_administrator", "Riverside agency", "HQ")
        train_worker(field, grace.id)
        clock.advance(60)
        field.progress.record_guide(samir.id, PACK, "basics-guide", 0.4, False, 5)
        take_quiz(field, samir.id, right=False)  # a failed quiz: progress without completion
        tick_walkthrough(field, amal.id)
        field.progress.record_share(amal.id, PACK, "setup-slides", ActivityKind.SLIDES, [1], 3, seconds=20)
        session = field.classroom.start_session(
            "Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf"
        )
        field.classroom.attend(session.id, learner_id=samir.id)  # attendance completes the follow-up guide
        assert_summaries_match(field)
        assert_report_matches_rescan(field)

        nadia, _ = centre.learners.create("Nadia Karim", "case_worker", "Hill agency", "South")
        centre.progress.record_guide(nadia.id, PACK, "basics-guide", 0.7, False, 12)
        centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
        field.records.export(tmp_path / "field.zip")
        centre.records.import_bundle(tmp_path / "field.zip")
        clock.advance(3600)
        centre.progress.record_guide(samir.id, PACK, "basics-guide", 1.0, True, 30)  # more after the import
        field.progress.record_guide(
            grace.id, PACK, "basics-guide", 1.0, True, 99
        )  # seconds grow on the field
        field.records.export(tmp_path / "again.zip")
        centre.records.import_bundle(tmp_path / "again.zip")  # merged: higher progress, earliest completion
        assert_summaries_match(centre)

        joseph, _ = other.learners.create("Joseph Banda", "case_worker", "Lake agency", "East")
        train_worker(other, joseph.id, finish=False)
        other.records.export(tmp_path / "other.zip")
        centre.records.import_bundle(tmp_path / "other.zip")  # an untrusted key: kept aside, nothing counts
        assert joseph.id not in {r.learner_id for r in centre.reports.build().learners}
        assert_summaries_match(centre)
        centre.trust.trust_key(other.trust.device_key().public.public_key, "Other laptop")  # released now
        assert joseph.id in {r.learner_id for r in centre.reports.build().learners}
        assert_summaries_match(centre)
        assert_report_matches_rescan(centre)
    finally:
        for app in (field, centre, other):
            app.close()


OPERATIONS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which learner
        st.sampled_from(["open", "guide", "quiz", "tick", "video"]),
        st.floats(0, 1),
        st.booleans(),
        st.integers(0, 90),  # seconds
    ),
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_any_sequence_of_recordings_keeps_the_summaries_equal_to_a_rescan(
    mini_app: Any, clock: FakeClock, operations: list[tuple[int, str, float, bool, int]]
) -> None:
    app: App = mini_app
    roles = ("case_worker", "case_worker", "system_administrator")
    people = [app.learners.create(f"Learner {i}", r, "Agency", "Site")[0].id for i, r in enumerate(roles)]
    for who, kind, share, flag, seconds in operations:
        learner_id = people[who]
        clock.advance(seconds + 1)
        if kind == "open":
            activity = ("basics-guide", "follow-up-guide", "setup-slides", "setup-video")[seconds % 4]
            app.progress.open_activity(learner_id, PACK, activity)
        elif kind == "guide":
            guide = "basics-guide" if flag else "follow-up-guide"
            app.progress.record_guide(learner_id, PACK, guide, share, share > 0.9, seconds)
        elif kind == "quiz":
            app.progress.record_quiz(
                learner_id, PACK, "basics-quiz", share, flag, f"attempt-{seconds}", seconds=seconds
            )
        elif kind == "tick":
            app.walkthroughs.tick(learner_id, PACK, "setup-walkthrough", "open" if flag else "import", True)
        else:
            app.progress.record_video(
                learner_id, PACK, "setup-video", [(0.0, 60 * share)], 60.0, 0.0, seconds=seconds
            )
    assert_summaries_match(app)


def test_the_migration_and_the_first_pack_sync_fill_the_summaries_of_older_databases(
    tmp_path: Path, clock: FakeClock
) -> None:
    app = classroom_laptop(tmp_path, "old", clock)
    grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency", "North")
    train_worker(app, grace.id)
    app.progress.record_guide(grace.id, PACK, "follow-up-guide", 0.3, False, 7)
    expected = rescan(app)
    engine = app.db.engine
    _downgrade(engine, "0012")  # as a database written before the summaries existed
    app.close()
    reopened = classroom_laptop(tmp_path, "old", clock)  # migrates, then syncs the pack
    try:
        assert migrate.current_revision(reopened.db.engine) == "0013"
        assert stored(reopened) == expected
    finally:
        reopened.close()


def test_a_pack_whose_modules_change_is_summed_again_on_its_new_layout(mini_app: Any) -> None:
    app: App = mini_app
    grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency", "North")
    train_worker(app, grace.id, finish=False)
    moved = [(a, "follow-up" if a == "basics-quiz" else m, r) for a, m, r in _layout(app)]
    with app.db.transaction() as conn:
        assert summary_repo.record_layout(conn, PACK, moved)
        assert not summary_repo.record_layout(conn, PACK, moved)
    modules, _ = stored(app)
    assert modules[(grace.id, "follow-up")][:2] == (1, 1)  # the quiz now counts in the follow-up module
    assert_report_matches_rescan(app)  # the report puts the pack's own layout back first
    assert_summaries_match(app)


def _layout(app: App) -> list[tuple[str, str, bool]]:
    from trainer_app.core.services.packs import activity_layout

    return activity_layout(app.packs.get(PACK))


def _downgrade(engine: Any, target: str) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def test_the_demo_seed_fills_the_summaries_it_writes_progress_for(mini_app: Any) -> None:
    app: App = mini_app
    app.demo.seed(learners=30, seed=3)
    modules, totals = stored(app)
    assert modules
    assert len(totals) > 10
    assert_summaries_match(app)
    assert_report_matches_rescan(app)
