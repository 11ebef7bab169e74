"""`[[track.certificates]]`, `[[practical_checks]]` and `attendance_counts` in a pack: parsed into the domain,
and every mistake reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES, MINI_PACK
from trainer_app.core.packs.validate import validate_folder

ADMIN = "content/tracks/admin.toml"
CHECKS = """
[[practical_checks]]
id = "create-user"
title = "Create a user on the demo site"
description = "Creates a test account with the right role and user group, observed by a trainer."
"""


def split_pack(tmp_path: Path, admin_text: str | None = None, pack_extra: str = CHECKS) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    with (root / "content" / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write(pack_extra)
    text = admin_text if admin_text is not None else (FIXTURES / "gates" / "admin.toml").read_text("utf-8")
    (root / ADMIN).write_text(text, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    return [str(p) for p in validate_folder(root).problems]


def test_certificates_checks_and_attendance_are_parsed(tmp_path: Path) -> None:
    text = (FIXTURES / "gates" / "admin.toml").read_text("utf-8")
    text = text.replace(
        'step = 1\nmodules = ["setup"]', 'step = 1\nmodules = ["setup"]\npractical_checks = ["create-user"]'
    )
    text = text.replace("coverage = 0.9\n", "coverage = 0.9\nattendance_counts = true\n")
    report = validate_folder(split_pack(tmp_path, text))
    assert report.problems == ()
    pack = report.pack
    assert pack is not None
    [check] = pack.practical_checks
    assert (check.id, check.title) == ("create-user", "Create a user on the demo site")
    track = pack.track("admin")
    assert track is not None
    assert track.whole_track_certificate is None
    assert [(c.id, c.step, c.modules, c.practical_checks) for c in track.certificates] == [
        ("admin-core", 1, ("setup",), ("create-user",)),
        ("admin-demo", 2, ("setup-demo",), ()),
    ]
    assert pack.certificate("admin-demo") == (track, track.certificates[1])
    assert track.legacy_modules == ("setup",)
    video, walkthrough = pack.activity("setup-video"), pack.activity("setup-walkthrough")
    assert video is not None
    assert video.attendance_counts
    assert walkthrough is not None
    assert not walkthrough.attendance_counts


def test_mistakes_in_certificates_are_reported_with_file_and_line(tmp_path: Path) -> None:
    text = (FIXTURES / "gates" / "admin.toml").read_text("utf-8")
    text = text.replace(
        'modules = ["setup-demo"]\n', 'modules = ["setup-demo", "basics"]\npractical_checks = ["drive"]\n'
    )
    text = text.replace('id = "admin-demo"', 'id = "admin-core"')
    found = problems(split_pack(tmp_path, text))
    lines = (FIXTURES / "gates" / "admin.toml").read_text("utf-8").splitlines()
    demo_id = next(n for n, line in enumerate(lines, 1) if line == 'id = "admin-demo"')
    assert (
        f"{ADMIN}:{demo_id + 4}: certificate admin-core: module 'basics' is not one of the track's modules (setup, setup-demo)"
        in found
    )
    assert any(
        p.startswith(f"{ADMIN}:{demo_id + 5}: certificate admin-core: unknown practical check 'drive'")
        for p in found
    )
    assert any(
        p.startswith(f"{ADMIN}:{demo_id}: duplicate certificate id 'admin-core' (first defined at {ADMIN}:")
        for p in found
    )


def test_a_track_gives_one_form_of_certificate(tmp_path: Path) -> None:
    text = (FIXTURES / "gates" / "admin.toml").read_text("utf-8")
    text = text.replace(
        "[[track.certificates]]", '[track.certificate]\ntitle = "Old"\n\n[[track.certificates]]', 1
    )
    found = problems(split_pack(tmp_path, text))
    assert any("give either [[track.certificates]] or [track.certificate], not both" in p for p in found)


def test_a_certificate_id_may_not_take_another_tracks_whole_track_id(tmp_path: Path) -> None:
    text = (
        (FIXTURES / "gates" / "admin.toml").read_text("utf-8").replace('id = "admin-demo"', 'id = "worker"')
    )
    found = problems(split_pack(tmp_path, text))
    assert any("duplicate certificate id 'worker'" in p for p in found)
