"""Validation stays linear in the number of activities: the loop iterations counted in the pack parser grow
in proportion to the pack, so 30,000 activities validate in seconds rather than minutes.

Loop iterations (backward jumps, counted with `sys.monitoring`) are a deterministic measure of work, unlike
wall-clock time on a shared machine."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from trainer_app.core.packs import validate as validate_module
from trainer_app.core.packs.validate import validate_pack

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
PACKS_DIR = str(Path(validate_module.__file__).parent)
PER_MODULE = 10


def generated_pack(root: Path, activities: int) -> Path:
    """The fixture pack with `activities` more guide activities, ten to a module, in its first track."""
    shutil.copytree(VALID, root)
    track = root / "content" / "tracks" / "alpha.toml"
    modules = [f"gen-{number}" for number in range(activities // PER_MODULE)]
    listed = ", ".join(f'"{m}"' for m in modules)
    parts = [
        track.read_text().replace('modules = ["m-one", "m-two"]', f'modules = ["m-one", "m-two", {listed}]')
    ]
    for module in modules:
        parts.append(f'\n[[modules]]\nid = "{module}"\ntitle = "Module {module}"\nsummary = "Made up."\n')
        for number in range(PER_MODULE):
            parts.append(
                f'\n[[modules.activities]]\nid = "{module}-{number}"\nkind = "guide"\ntitle = "Part {number}"\n'
                'file = "content/guides/one.md"\nbook = "handbook"\nmin_seconds = 5\n'
            )
    track.write_text("".join(parts))
    return root


def loop_iterations(root: Path) -> int:
    """Backward jumps executed in trainer_app/core/packs while validating `root`."""
    monitoring = sys.monitoring
    tool = next(i for i in range(3, 5) if monitoring.get_tool(i) is None)
    count = 0

    def on_jump(code, _offset, _target):  # type: ignore[no-untyped-def]
        nonlocal count
        if not code.co_filename.startswith(PACKS_DIR):
            return monitoring.DISABLE
        count += 1
        return None

    monitoring.use_tool_id(tool, "validate-scale")
    try:
        monitoring.register_callback(tool, monitoring.events.JUMP, on_jump)
        monitoring.set_events(tool, monitoring.events.JUMP)
        report = validate_pack(root)
    finally:
        monitoring.set_events(tool, 0)
        monitoring.register_callback(tool, monitoring.events.JUMP, None)
        monitoring.free_tool_id(tool)
    assert report.valid, report.problems[:3]
    return count


def test_validation_work_grows_linearly_with_the_activities(tmp_path: Path) -> None:
    small = loop_iterations(generated_pack(tmp_path / "small", 400))
    large = loop_iterations(generated_pack(tmp_path / "large", 1600))
    # Four times the activities: linear work is about 4 times as much, quadratic work 16 times.
    assert large < 6 * small, f"{small:,} loop iterations for 400 activities, {large:,} for 1,600"
