"""Gate evaluation (pure): each requirement kind met and unmet with its explanation, states, rounding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from trainer_app.core.domain.gates import (
    CertificateRecord,
    EvidenceTick,
    Gate,
    GateInputs,
    GateState,
    NotApplicableMark,
    PlannedStaff,
    Refusal,
    Requirement,
    RequirementKind,
    SignOff,
    WalkthroughCompletion,
)
from trainer_app.core.domain.learner import Learner
from trainer_app.core.rules.gate_actions import not_applicable_refusal, sign_off_refusal
from trainer_app.core.rules.gates import evaluate, plural_role, required_count

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

CW_SHARE = Requirement(
    "cw",
    RequirementKind.CERTIFICATES,
    "Case workers certified",
    track="case-worker",
    track_title="Case worker track",
    role="case_worker",
    role_title="Case worker",
    share=0.9,
    per_agency=True,
)
SA_COUNT = Requirement(
    "sa",
    RequirementKind.CERTIFICATES,
    "Admin certified",
    track="system-administrator",
    track_title="System administrator track",
    role="system_administrator",
    role_title="System administrator",
    min_count=1,
)
UAT = Requirement(
    "uat",
    RequirementKind.WALKTHROUGH,
    "UAT done",
    role="case_worker",
    role_title="Case worker",
    walkthrough="uat-cw",
    walkthrough_title="UAT session: case worker",
)
CREDS = Requirement("creds", RequirementKind.EVIDENCE, "Credentials", text="Credentials received")


def gate(gate_id: str, step: int, *requirements: Requirement, optional: bool = False) -> Gate:
    return Gate(gate_id, step, gate_id.title(), "outcome", optional, requirements)


def previous(gate_id: str) -> Requirement:
    return Requirement(f"after-{gate_id}", RequirementKind.PREVIOUS_GATE, f"{gate_id} closed", gate=gate_id)


def learner(n: int, role: str, agency: str = "Riverside", archived: bool = False) -> Learner:
    return Learner(f"id-{role}-{agency}-{n}", f"{role} {agency} {n:02d}", (role,), agency, archived=archived)


def cert(person: Learner, track: str, days: int = 0) -> CertificateRecord:
    return CertificateRecord(
        person.id, person.display_name, person.main_role, person.agency, track, T0 + timedelta(days=days)
    )


def one(requirement: Requirement, inputs: GateInputs):  # type: ignore[no-untyped-def]
    return evaluate([gate("g", 1, requirement)], inputs)[0].requirements[0]


# ---- certificates --------------------------------------------------------------------------------------


def test_share_per_agency_names_the_agency_and_the_numbers() -> None:
    workers = [learner(n, "case_worker") for n in range(10)]
    inputs = GateInputs(
        certificates=tuple(cert(w, "case-worker") for w in workers[:7]),
        learners=tuple(workers),
        planned=(PlannedStaff("case_worker", "Riverside", 10),),
    )
    result = one(CW_SHARE, inputs)
    assert not result.met
    assert "7 of 10 planned case workers certified at Riverside (need 9)." in result.explanation
    assert "0 of 1 agencies with planned case workers reach the share." in result.explanation
    certified, without = result.people
    assert [p.name for p in without.people] == [w.display_name for w in workers[7:]]
    assert len(certified.people) == 7
    assert certified.label.text() == "Certified at Riverside (7)"
    assert without.label.text() == "Case workers at Riverside without the certificate (3)"


def test_share_per_agency_met_when_every_planned_agency_reaches_it() -> None:
    river = [learner(n, "case_worker", "Riverside") for n in range(9)]
    hill = [learner(n, "case_worker", " hilltop ") for n in range(2)]
    inputs = GateInputs(
        certificates=tuple(cert(w, "case-worker") for w in river + hill),
        learners=tuple(river + hill),
        planned=(PlannedStaff("case_worker", "Riverside", 10), PlannedStaff("case_worker", "Hilltop", 2)),
    )
    result = one(CW_SHARE, inputs)
    assert result.met, result.explanation
    assert "2 of 2 planned case workers certified at Hilltop (need 2)." in result.explanation


def test_a_share_without_planned_numbers_is_unmet_and_says_so() -> None:
    workers = [learner(n, "case_worker") for n in range(3)]
    inputs = GateInputs(certificates=tuple(cert(w, "case-worker") for w in workers), learners=tuple(workers))
    result = one(CW_SHARE, inputs)
    assert not result.met
    assert result.explanation == (
        "No planned number of case workers per agency is recorded, so the share cannot be checked yet."
    )
    overall = Requirement(**{**CW_SHARE.__dict__, "per_agency": False})
    assert one(overall, inputs).explanation == (
        "No planned number of case workers is recorded, so the share cannot be checked yet."
    )


def test_overall_share_uses_the_whole_rollout_number_or_the_sum_of_agencies() -> None:
    overall = Requirement(**{**CW_SHARE.__dict__, "per_agency": False, "share": 1.0})
    workers = [learner(n, "case_worker", agency) for n, agency in enumerate(["A", "B", "B"])]
    certs = tuple(cert(w, "case-worker") for w in workers[:2])
    by_agency = GateInputs(
        certificates=certs,
        learners=tuple(workers),
        planned=(PlannedStaff("case_worker", "A", 1), PlannedStaff("case_worker", "B", 2)),
    )
    result = one(overall, by_agency)
    assert not result.met
    assert result.explanation.startswith("2 of 3 planned case workers certified (need 3).")
    assert "Still without the certificate: case_worker B 02." in result.explanation
    whole = GateInputs(
        certificates=certs, learners=tuple(workers), planned=(PlannedStaff("case_worker", "", 2),)
    )
    assert one(overall, whole).met


def test_min_count_met_and_unmet_with_the_people_lacking_it() -> None:
    admins = [learner(n, "system_administrator") for n in range(2)]
    unmet = one(SA_COUNT, GateInputs(learners=tuple(admins)))
    assert not unmet.met
    assert unmet.explanation == (
        "Certified for “System administrator track”: 0 (need 1). Still without the certificate: "
        "system_administrator Riverside 00, system_administrator Riverside 01."
    )
    nobody = one(SA_COUNT, GateInputs())
    assert "No learner has the role “System administrator” yet." in nobody.explanation
    met = one(
        SA_COUNT, GateInputs(learners=tuple(admins), certificates=(cert(admins[1], "system-administrator"),))
    )
    assert met.met
    assert met.explanation == "Certified for “System administrator track”: 1 (need 1)."
    assert [p.name for p in met.people[0].people] == ["system_administrator Riverside 01"]


def test_revoked_or_archived_or_wrong_role_or_duplicate_certificates_do_not_count_twice() -> None:
    admin = learner(1, "system_administrator")
    gone = learner(2, "system_administrator", archived=True)
    worker = learner(3, "case_worker")
    inputs = GateInputs(
        learners=(admin, gone, worker),
        certificates=(
            cert(gone, "system-administrator"),
            cert(worker, "system-administrator"),  # holds the certificate but not the role
        ),
    )
    assert not one(SA_COUNT, inputs).met
    twice = GateInputs(
        learners=(admin,),
        certificates=(cert(admin, "system-administrator", 3), cert(admin, "system-administrator")),
    )
    result = one(Requirement(**{**SA_COUNT.__dict__, "min_count": 2}), twice)
    assert not result.met
    assert "Certified for “System administrator track”: 1 (need 2)." in result.explanation
    assert result.people[0].people[0].at == T0  # the earliest certificate


def test_a_certificate_of_a_learner_not_stored_here_counts_with_its_own_role() -> None:
    record = CertificateRecord(
        "elsewhere", "Nadia Haddad", "system_administrator", "Hilltop", "system-administrator", T0
    )
    assert one(SA_COUNT, GateInputs(certificates=(record,))).met


# ---- walkthroughs, evidence, previous gates ------------------------------------------------------------


def test_walkthrough_done_by_someone_with_the_role() -> None:
    worker, manager = learner(1, "case_worker"), learner(2, "case_manager")
    done_by_manager = GateInputs(
        learners=(worker, manager), completions=(WalkthroughCompletion(manager.id, "uat-cw", T0),)
    )
    result = one(UAT, done_by_manager)
    assert not result.met
    assert result.explanation == (
        "No one with the role “Case worker” has completed “UAT session: case worker” yet. "
        "Completed by case_manager Riverside 02, who do not have the role “Case worker”."
    )
    assert [p.name for p in result.people[2].people] == [worker.display_name]
    done = GateInputs(
        learners=(worker, manager),
        completions=(
            WalkthroughCompletion(worker.id, "uat-cw", T0 + timedelta(days=2)),
            WalkthroughCompletion(worker.id, "other", T0),
        ),
    )
    met = one(UAT, done)
    assert met.met
    assert met.explanation == "Completed by case_worker Riverside 01; first on 2026-03-04."


def test_evidence_needs_a_tick_with_a_note() -> None:
    assert one(CREDS, GateInputs()).explanation == "Not ticked yet: Credentials received"
    bare = EvidenceTick("g", "creds", True, "  ", "c1", "Amal", T0)
    assert not one(CREDS, GateInputs(evidence=(bare,))).met
    untick = EvidenceTick("g", "creds", False, "binder 3", "c1", "Amal", T0)
    assert not one(CREDS, GateInputs(evidence=(untick,))).met
    tick = EvidenceTick("g", "creds", True, "Email of 2 March, binder 3", "c1", "Amal", T0)
    result = one(CREDS, GateInputs(evidence=(tick,)))
    assert result.met
    assert result.explanation == "Ticked by Amal on 2026-03-02. Note: Email of 2 March, binder 3"
    assert result.evidence == tick


def test_states_follow_the_chain_of_steps() -> None:
    gates = [
        gate("one", 1, CREDS),
        gate("two", 2, previous("one"), CREDS),
        gate("three", 3, previous("two"), optional=True),
        gate("four", 4, previous("three")),
    ]
    states = [s.state for s in evaluate(gates, GateInputs())]
    assert states == [GateState.IN_PROGRESS, GateState.LOCKED, GateState.LOCKED, GateState.LOCKED]
    ticks = (EvidenceTick("one", "creds", True, "ok", None, "", T0),)
    assert evaluate(gates, GateInputs(evidence=ticks))[0].state is GateState.READY
    signed = (SignOff("one", "c1", "Amal", T0), SignOff("two", "c1", "Amal", T0))
    marks = (NotApplicableMark("three", "No legacy data", "c1", "Amal", T0),)
    result = evaluate(gates, GateInputs(evidence=ticks, signoffs=signed, not_applicable=marks))
    assert [s.state for s in result] == [
        GateState.SIGNED_OFF,
        GateState.SIGNED_OFF,
        GateState.NOT_APPLICABLE,
        GateState.READY,
    ]
    assert result[3].requirements[0].explanation == (
        "“Three” was marked not applicable by Amal on 2026-03-02: No legacy data"
    )
    assert result[1].requirements[0].explanation == "“One” was signed off by Amal on 2026-03-02."


def test_a_not_applicable_mark_on_a_step_that_does_not_allow_it_is_ignored() -> None:
    gates = [gate("one", 1, CREDS), gate("two", 2, previous("one"))]
    marks = (NotApplicableMark("one", "skip", "c1", "Amal", T0),)
    result = evaluate(gates, GateInputs(not_applicable=marks))
    assert [s.state for s in result] == [GateState.IN_PROGRESS, GateState.LOCKED]
    assert result[0].not_applicable is None


def test_long_name_lists_are_cut_and_say_how_many_more() -> None:
    admins = [learner(n, "system_administrator") for n in range(8)]
    result = one(SA_COUNT, GateInputs(learners=tuple(admins)))
    assert result.explanation.endswith("… and 3 more (see the list of people).")
    assert len(result.people[1].people) == 8


# ---- rounding ------------------------------------------------------------------------------------------


def test_rounding_without_float_drift() -> None:
    assert required_count(0.9, 10) == 9
    assert required_count(0.9, 11) == 10
    assert required_count(1.0, 7) == 7
    assert required_count(0.7, 10) == 7  # 0.7 * 10 is 7.000000000000001 in floats
    assert required_count(0.29, 100) == 29  # 0.29 * 100 is 28.999999999999996 in floats
    assert required_count(0.5, 0) == 0


@given(st.integers(min_value=1, max_value=100), st.integers(min_value=0, max_value=100_000))
def test_required_count_is_the_smallest_count_reaching_the_share(percent: int, planned: int) -> None:
    need = required_count(percent / 100, planned)
    assert need == -(-percent * planned // 100)  # exact integer ceiling
    assert need * 100 >= percent * planned
    assert need == 0 or (need - 1) * 100 < percent * planned
    assert 0 <= need <= planned


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=30))
def test_share_met_exactly_at_the_boundary(certified: int, planned: int) -> None:
    workers = [learner(n, "case_worker") for n in range(max(certified, planned))]
    inputs = GateInputs(
        certificates=tuple(cert(w, "case-worker") for w in workers[:certified]),
        learners=tuple(workers),
        planned=(PlannedStaff("case_worker", "Riverside", planned),),
    )
    assert one(CW_SHARE, inputs).met == (certified * 10 >= 9 * planned)


def test_plural_role_titles() -> None:
    assert plural_role("Case worker") == "case workers"
    assert plural_role("CPIMS+ coordinator") == "CPIMS+ coordinators"
    assert plural_role("Focal points") == "focal points"


# ---- who may close a step ------------------------------------------------------------------------------


def test_sign_off_and_not_applicable_refusals() -> None:
    gates = [gate("one", 1, CREDS), gate("two", 2, previous("one"), optional=True)]
    coordinator = Learner("c1", "Amal", ("coordinator",))
    worker = learner(1, "case_worker")
    fresh = evaluate(gates, GateInputs())
    assert sign_off_refusal(fresh[0], None) is Refusal.NO_LEARNER
    assert sign_off_refusal(fresh[0], worker) is Refusal.NOT_COORDINATOR
    assert (
        sign_off_refusal(fresh[0], Learner("c2", "Old", ("coordinator",), archived=True)) is Refusal.ARCHIVED
    )
    assert sign_off_refusal(fresh[0], coordinator) is Refusal.NOT_READY
    assert sign_off_refusal(fresh[1], coordinator) is Refusal.LOCKED
    assert not_applicable_refusal(fresh[0], coordinator) is Refusal.NOT_ALLOWED
    assert not_applicable_refusal(fresh[1], coordinator) is Refusal.LOCKED
    ready = evaluate(gates, GateInputs(evidence=(EvidenceTick("one", "creds", True, "ok", None, "", T0),)))
    assert sign_off_refusal(ready[0], coordinator) is None
    signed = evaluate(gates, GateInputs(signoffs=(SignOff("one", "c1", "Amal", T0),)))
    assert sign_off_refusal(signed[0], coordinator) is Refusal.SIGNED_OFF
    assert not_applicable_refusal(signed[1], coordinator) is None
    assert not_applicable_refusal(signed[1], worker) is Refusal.NOT_COORDINATOR
    marks = (NotApplicableMark("two", "none", "c1", "Amal", T0),)
    closed = evaluate(gates, GateInputs(signoffs=(SignOff("one", "c1", "Amal", T0),), not_applicable=marks))
    assert not_applicable_refusal(closed[1], coordinator) is Refusal.NOT_APPLICABLE
    assert sign_off_refusal(closed[1], coordinator) is Refusal.NOT_APPLICABLE
