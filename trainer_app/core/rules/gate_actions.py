"""Who may close a rollout step, and when (pure): the rules behind sign-off and not-applicable marks."""

from __future__ import annotations

from trainer_app.core.domain.gates import COORDINATOR_ROLE, GateState, GateStatus, Refusal
from trainer_app.core.domain.learner import Learner


def actor_refusal(learner: Learner | None) -> Refusal | None:
    """Only a current learner with the coordinator role closes steps or ticks evidence by name."""
    if learner is None:
        return Refusal.NO_LEARNER
    if learner.archived:
        return Refusal.ARCHIVED
    if COORDINATOR_ROLE not in learner.roles:
        return Refusal.NOT_COORDINATOR
    return None


def closed_refusal(status: GateStatus) -> Refusal | None:
    if status.state is GateState.SIGNED_OFF:
        return Refusal.SIGNED_OFF
    if status.state is GateState.NOT_APPLICABLE:
        return Refusal.NOT_APPLICABLE
    return None


def sign_off_refusal(status: GateStatus, learner: Learner | None) -> Refusal | None:
    """None when `learner` may sign the step off now: a coordinator, and every requirement met."""
    refusal = actor_refusal(learner) or closed_refusal(status)
    if refusal is None and status.state is GateState.LOCKED:
        refusal = Refusal.LOCKED
    elif refusal is None and status.state is not GateState.READY:
        refusal = Refusal.NOT_READY
    return refusal


def not_applicable_refusal(status: GateStatus, learner: Learner | None) -> Refusal | None:
    """None when `learner` may mark the step not applicable now: it allows it, is open and unlocked."""
    if not status.gate.may_be_not_applicable:
        return Refusal.NOT_ALLOWED
    refusal = actor_refusal(learner) or closed_refusal(status)
    if refusal is None and status.state is GateState.LOCKED:
        refusal = Refusal.LOCKED
    return refusal
