"""`demo seed` builds a deployment consistent with the step order: each signed-off step's evidence, walkthroughs
and certificates are dated after the sign-off before it and before its own sign-off, and sign-offs are dated
from the work, not at seed time."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO_ROOT
from trainer_app.core.app import open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.domain.gates import GateState, RequirementKind
from trainer_app.core.services.demo_timeline import OPEN_STEP


def test_the_demo_deployment_reads_as_a_rollout_done_in_order(tmp_path: Path) -> None:
    clock = FakeClock()
    clock.advance(400 * 86_400)  # seeding happens long after the invented rollout began
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=REPO_ROOT)
    try:
        summary = app.demo.seed(40, 2)
        assert summary.signed_off == ("step-1-start", "step-2-configure")
        statuses = app.gates.status()
        certificates = app.certificates.list()
        previous = None
        for status in statuses[: OPEN_STEP - 1]:
            assert status.state is GateState.SIGNED_OFF
            assert status.signoff is not None
            signed = status.signoff.signed_at
            assert signed < clock()
            assert previous is None or previous < signed
            for result in status.requirements:
                kind = result.requirement.kind
                if kind is RequirementKind.EVIDENCE:
                    assert result.evidence is not None
                    assert previous is None or previous < result.evidence.at
                    assert result.evidence.at < signed
                if kind is RequirementKind.WALKTHROUGH:
                    moments = [p.at for g in result.people for p in g.people if p.at is not None]
                    assert moments
                    assert all((previous is None or previous < m) and m < signed for m in moments)
                if kind is RequirementKind.CERTIFICATES:
                    mine = [c for c in certificates if c.certificate_key == result.requirement.certificate]
                    assert mine
                    assert all(c.issued_at < signed for c in mine)
            previous = signed
        open_step = statuses[OPEN_STEP - 1]
        assert open_step.state is GateState.IN_PROGRESS
        later = [
            c
            for c in certificates
            if c.certificate_key in ("cw-end-user", "cm-end-user", "tr-rollout-trainer")
        ]
        assert later
        assert all(previous is not None and c.issued_at > previous for c in later)
        assert not [
            c for c in certificates if c.certificate_key == "sa-site-operations"
        ]  # Step 5 work: not yet
    finally:
        app.close()
