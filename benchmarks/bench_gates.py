"""Gate evaluation at the scale of a large rollout: 10,000 learners, 20,000 certificates, the bundled gates."""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from trainer_app.core.common.paths import bundled_pack_root
from trainer_app.core.domain.gates import (
    CertificateRecord,
    EvidenceTick,
    GateInputs,
    GateSet,
    PlannedStaff,
    WalkthroughCompletion,
)
from trainer_app.core.domain.learner import Learner
from trainer_app.core.packs.gates import load_gates
from trainer_app.core.packs.validate import validate_folder
from trainer_app.core.rules.gates import evaluate

LEARNERS = 10_000
CERTIFICATES = 20_000
AGENCIES = tuple(f"Agency {n:02d}" for n in range(12))
ROLES = (
    ("case_worker", 80),
    ("case_manager", 15),
    ("trainer", 2),
    ("coordinator", 2),
    ("system_administrator", 1),
)
TRACKS = {  # the certificate the bundled gates count for each role
    "case_worker": "cw-end-user",
    "case_manager": "cm-end-user",
    "trainer": "tr-rollout-trainer",
    "coordinator": "co-core-group",
    "system_administrator": "sa-core-group",
}


def make_inputs(gates: GateSet, rng: random.Random) -> GateInputs:
    """Learners across 12 agencies; 20,000 certificates (some people hold a re-issued one too)."""
    base = datetime(2026, 2, 2, tzinfo=UTC)
    roles = [role for role, weight in ROLES for _ in range(weight)]
    learners = tuple(
        Learner(
            str(uuid.UUID(int=rng.getrandbits(128))),
            f"Learner {n}",
            (rng.choice(roles),),
            rng.choice(AGENCIES),
        )
        for n in range(LEARNERS)
    )
    certificates = tuple(
        CertificateRecord(
            x.id, x.display_name, x.main_role, x.agency, TRACKS[x.main_role], base + timedelta(hours=n)
        )
        for n, x in enumerate(rng.choices(learners, k=CERTIFICATES))
    )
    walkthroughs = [r.walkthrough for g in gates.gates for r in g.requirements if r.walkthrough]
    completions = tuple(
        WalkthroughCompletion(x.id, rng.choice(walkthroughs), base) for x in rng.sample(learners, 300)
    )
    planned = (
        *(PlannedStaff("case_worker", agency, 700) for agency in AGENCIES),
        PlannedStaff("coordinator", AGENCIES[0], 2),
        PlannedStaff("case_manager", "", 1600),
    )
    evidence = tuple(
        EvidenceTick(g.id, r.id, True, "binder", None, "", base)
        for g in gates.gates
        for r in g.requirements
        if r.text
    )
    return GateInputs(certificates, learners, planned, completions, evidence)


def run() -> list[tuple[str, float, str, str]]:
    report = validate_folder(bundled_pack_root())
    assert report.pack is not None
    gates = load_gates(report.pack)
    assert gates is not None
    inputs = make_inputs(gates, random.Random(5))
    evaluate(gates.gates, inputs)  # warm-up
    samples = []
    for _ in range(7):
        started = time.perf_counter()
        evaluate(gates.gates, inputs)
        samples.append((time.perf_counter() - started) * 1000)
    name = f"evaluate the bundled gates ({LEARNERS:,} learners, {CERTIFICATES:,} certificates)"
    return [(name, statistics.median(samples), "ms", "<= 200 ms")]


if __name__ == "__main__":
    for row in run():
        print(row)
