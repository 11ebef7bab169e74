"""`pack validate` and the step-order rule of the gates format: a gate may only count what can be earned with
the work of its own and earlier steps (docs/gates.md, "Step order")."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, MINI_PACK, REPO_ROOT
from trainer_app.cli.main import run_cli

PACK_FOLDERS = ("content", "quizzes", "resources", "videos")


def kit_copy(tmp_path: Path) -> Path:
    """The bundled kit, hard-linked (quick, no disk) except its gates file, which the test rewrites."""
    root = tmp_path / "kit"
    for folder in PACK_FOLDERS:
        shutil.copytree(REPO_ROOT / folder, root / folder, copy_function=os.link)
    gates = root / "content" / "gates.toml"
    text = gates.read_text(encoding="utf-8")
    gates.unlink()
    gates.write_text(text, encoding="utf-8")
    return root


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line)


def test_the_bundled_kit_passes_with_the_order_check_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(REPO_ROOT)]) == 0
    assert "is valid" in capsys.readouterr().out


def test_step_1_counting_a_certificate_with_a_step_2_walkthrough_is_refused_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = kit_copy(tmp_path)
    gates = root / "content" / "gates.toml"
    text = gates.read_text("utf-8").replace(
        'certificate = "sa-core-group"', 'certificate = "sa-demo-configuration"', 1
    )
    gates.write_text(text, encoding="utf-8")
    assert run_cli(["pack", "validate", str(root)]) == 1
    out = capsys.readouterr().out
    line = line_of(gates, 'certificate = "sa-demo-configuration"')
    prefix = f"content/gates.toml:{line}: gate step-1-start requirement sysadmin-certified: "
    assert (
        f"{prefix}certificate 'sa-demo-configuration' serves step 2, so the gate of step 1 cannot count it"
        in out
    )
    assert (
        f"{prefix}certificate 'sa-demo-configuration' needs activity 'sa-users-walkthrough' "
        "(module 'sa-configure-demo'), which the gate of step 2 (step-2-configure) counts as requirement "
        "'users-created'"
    ) in out


def test_the_order_check_applies_to_an_older_whole_track_requirement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The mini pack's admin track awards one whole-track certificate holding the walkthrough step 2 counts:
    the shape the bundled kit had before certificates per step."""
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    with (root / "content" / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write((FIXTURES / "gates" / "extra_roles.toml").read_text(encoding="utf-8"))
    text = (FIXTURES / "gates" / "gates.toml").read_text("utf-8")
    gates = root / "content" / "gates.toml"
    gates.write_text(text.replace('certificate = "admin-core"', 'track = "admin"'), encoding="utf-8")
    assert run_cli(["pack", "validate", str(root)]) == 1
    out = capsys.readouterr().out
    line = line_of(gates, 'track = "admin"')
    assert (
        f"content/gates.toml:{line}: gate start requirement admin-certified: certificate 'admin' needs activity "
        "'setup-walkthrough' (module 'setup'), which the gate of step 2 (configure) counts as requirement "
        "'locations'"
    ) in out
