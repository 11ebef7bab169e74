"""rules.certificates: when a pack certificate is earned, and what an issued certificate counts for, including a
whole-track certificate issued before its track was split into certificates per step."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from trainer_app.core.domain.pack import Activity, ActivityKind, Certificate, Module, Pack, Track
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.rules.certificates import certificate_complete, counts_for, whole_track_covers
from trainer_app.core.rules.gates import measure_met

AT = datetime(2026, 3, 1, tzinfo=UTC)


def _module(module_id: str, *activities: str) -> Module:
    return Module(
        module_id,
        module_id.title(),
        "",
        tuple(Activity(a, ActivityKind.GUIDE, a, module_id, f"content/{a}.md") for a in activities),
    )


def _pack(track: Track) -> Pack:
    modules = (
        _module("basics", "basics-guide"),
        _module("config", "config-guide"),
        _module("demo", "demo-walk"),
    )
    return Pack("p", "2.0.0", "en", "P", "Us", Path("."), (), (), (track,), modules)


SPLIT = Track(
    "admin",
    "system_administrator",
    "Admin track",
    "",
    ("basics", "config", "demo"),
    (
        Certificate("Core", "c", id="admin-core", step=1, modules=("basics", "config")),
        Certificate("Demo", "d", id="admin-demo", step=2, modules=("demo",)),
    ),
    legacy_modules=("config", "demo"),
)


def _done(*activity_ids: str) -> dict[str, ActivityProgress]:
    return {
        a: ActivityProgress("l", "p", a, Status.COMPLETED, 1.0, 60.0, AT, AT, "", "2.0.0")
        for a in activity_ids
    }


def test_a_certificate_is_earned_when_each_of_its_modules_is_complete() -> None:
    pack = _pack(SPLIT)
    core = SPLIT.certificates[0]
    assert not certificate_complete(pack, core, _done("basics-guide"))
    assert certificate_complete(
        pack, core, _done("basics-guide", "config-guide")
    )  # the demo walkthrough is not needed
    unknown = Certificate("X", "x", id="x", modules=("nope",))
    assert not certificate_complete(pack, unknown, _done("basics-guide", "config-guide", "demo-walk"))


def test_whole_track_coverage_is_a_subset_of_modules() -> None:
    assert whole_track_covers(("a", "b", "c"), ("a", "c"))
    assert not whole_track_covers(("a", "b"), ("a", "z"))
    assert not whole_track_covers(("a",), ())


def test_a_per_step_certificate_counts_for_itself_only() -> None:
    pack = _pack(SPLIT)
    assert counts_for(pack, "admin", "admin-core") == ("admin-core",)
    assert counts_for(pack, "admin", "admin-demo") == ("admin-demo",)
    assert counts_for(pack, "admin", "retired-certificate") == ()


def test_an_older_whole_track_certificate_counts_where_its_modules_cover_the_new_one() -> None:
    pack = _pack(SPLIT)
    # the old track had "config" and "demo" (legacy_modules), not "basics": it covers admin-demo only
    assert counts_for(pack, "admin", "admin") == ("admin-demo",)
    without_legacy = Track(
        SPLIT.id, SPLIT.role, SPLIT.title, "", SPLIT.module_ids, SPLIT.certificates
    )  # no legacy_modules: the track's modules are what the old certificate covered
    assert counts_for(_pack(without_legacy), "admin", "admin") == ("admin-core", "admin-demo")


def test_a_track_still_awarding_its_whole_track_certificate_counts_it_directly() -> None:
    legacy = Track(
        "admin",
        "r",
        "Admin track",
        "",
        ("basics",),
        (Certificate("All", "a", id="admin", modules=("basics",)),),
    )
    assert counts_for(_pack(legacy), "admin", "admin") == ("admin",)


def test_a_measure_is_met_from_its_share_exactly() -> None:
    assert measure_met(83, 95, 0.8)
    assert measure_met(76, 95, 0.8)  # exactly 80 %
    assert not measure_met(75, 95, 0.8)
    assert not measure_met(5, 0, 0.8)
    assert not measure_met(96, 95, 0.8)
    assert not measure_met(-1, 95, 0.1)
