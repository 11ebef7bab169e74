"""`validate_pack`: every problem of a pack folder or zip at once, with file and line, plus counts."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.pack import ActivityKind, Pack
from trainer_app.core.packs.bankmeasures import BankMeasures, bank_warnings, measure_banks
from trainer_app.core.packs.contentcheck import PackContent, check_content
from trainer_app.core.packs.crossrefs import check_references
from trainer_app.core.packs.gates import check_gates
from trainer_app.core.packs.packparse import parse_pack
from trainer_app.core.packs.problems import Problem, Problems
from trainer_app.core.packs.zipsafe import ZipLimits, extract_pack


@dataclass(frozen=True)
class ValidationReport:
    """`pack` is the parsed pack (None when pack.toml is unreadable, or when a zip was validated:
    its temporary folder is gone). `counts` has roles, tracks, modules, questions and activities by kind.
    `warnings` do not make a pack invalid: they are the quiz-bank measures outside their targets."""

    root: Path
    problems: tuple[Problem, ...]
    counts: dict[str, Any] = field(hash=False, compare=False)
    pack: Pack | None = None
    content: PackContent | None = field(default=None, hash=False, compare=False)
    warnings: tuple[Problem, ...] = ()
    quiz_measures: BankMeasures | None = field(default=None, hash=False, compare=False)

    @property
    def valid(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "problems": [problem.to_json() for problem in self.problems],
            "counts": self.counts,
            "warnings": [warning.to_json() for warning in self.warnings],
            "quiz_bank": self.quiz_measures.to_json() if self.quiz_measures else None,
        }


def validate_pack(path: Path, limits: ZipLimits | None = None) -> ValidationReport:
    """Validate a pack folder, or a `.zip` of one (extracted safely into a temporary folder)."""
    if path.is_dir():
        return validate_folder(path)
    if path.is_file():
        return _validate_zip(path, limits)
    raise NotFoundError("pack.content_pack_neither_folder", path=path)


def validate_folder(root: Path) -> ValidationReport:
    problems = Problems()
    parsed = parse_pack(root, problems)
    if parsed is None:
        return ValidationReport(root, tuple(problems.items), empty_counts())
    check_references(parsed, problems)
    content = check_content(parsed, problems)
    counts = count(parsed.pack, content)
    gates = check_gates(parsed.pack, problems)  # content/gates.toml is optional: counted only when present
    if gates is not None:
        counts["gates"] = len(gates.gates)
    ordered = sorted(problems.items, key=lambda p: (p.file, p.line or 0))
    measures = measure_banks(content.banks.values())
    warnings = tuple(bank_warnings(measures, content.question_lines))
    return ValidationReport(root, tuple(ordered), counts, parsed.pack, content, warnings, measures)


def _validate_zip(path: Path, limits: ZipLimits | None) -> ValidationReport:
    if not zipfile.is_zipfile(path):
        problem = Problem(path.name, None, "pack.problem.not_pack")
        return ValidationReport(path, (problem,), empty_counts())
    with tempfile.TemporaryDirectory(prefix="cpims-pack-") as folder:
        try:
            root = extract_pack(path, Path(folder) / "pack", limits)
        except TrainerError as error:
            problem = Problem(path.name, None, error.code, error.params)
            return ValidationReport(path, (problem,), empty_counts())
        report = validate_folder(root)
    return ValidationReport(
        path, report.problems, report.counts, None, report.content, report.warnings, report.quiz_measures
    )


def empty_counts() -> dict[str, Any]:
    return {
        "roles": 0,
        "tracks": 0,
        "modules": 0,
        "questions": 0,
        "activities": {kind.value: 0 for kind in ActivityKind},
    }


def count(pack: Pack, content: PackContent) -> dict[str, Any]:
    """Scenario parts count as questions (a scenario itself does not)."""
    activities = {kind.value: 0 for kind in ActivityKind}
    for activity in pack.activities():
        activities[activity.kind.value] += 1
    return {
        "roles": len(pack.roles),
        "tracks": len(pack.tracks),
        "modules": len(pack.modules),
        "questions": sum(len(bank.leaf_questions()) for bank in content.banks.values()),
        "activities": activities,
    }
