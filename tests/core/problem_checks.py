"""What every content-pack problem must satisfy: a catalog code whose template names exactly its parameters.

Shared by tests/core/conftest.py (every problem any core test produces is checked) and test_problem_codes.py.
"""

from __future__ import annotations

from typing import Any

from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import placeholders
from trainer_app.core.packs.problems import PACK_SUBJECTS, Problem, Reason, Subject, render_problem


def coded_problem_faults(code: str, params: Any, where: str = "") -> list[str]:
    """Why a (code, params) pair is not a well-formed coded problem ([] when it is)."""
    label = f"{where}{code}"
    if code not in CATALOG:
        return [f"{label}: not a catalog code"]
    faults = []
    wanted, given = placeholders(CATALOG[code]), set(params)
    if wanted != given:
        faults.append(f"{label}: template names {sorted(wanted)}, the problem gives {sorted(given)}")
    for key, value in params.items():
        if isinstance(value, Subject) and value.kind not in PACK_SUBJECTS:
            faults.append(f"{label}: {key} is an unknown subject {value.kind!r}")
        elif isinstance(value, Reason | Problem):
            faults.extend(coded_problem_faults(value.code, value.params, f"{label} > "))
    if not faults and render_problem(code, params) == code:
        faults.append(f"{label}: the template does not format with {dict(params)!r}")
    return faults


def problem_faults(problem: Problem) -> list[str]:
    return coded_problem_faults(problem.code, problem.params, f"{problem.where}: ")
