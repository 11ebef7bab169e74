"""Learner profiles: create, list, archive, optional PIN (4–8 digits, salted scrypt, wrong tries slowed down)."""

from __future__ import annotations

import re
from dataclasses import replace

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import (
    InputError,
    NotFoundError,
    PermissionDeniedError,
    TrainerError,
    ValidationError,
)
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.common.secrets import check_secret, hash_secret
from trainer_app.core.domain.learner import Learner
from trainer_app.core.services.attempt_limit import AttemptLimiter
from trainer_app.core.storage import learners_repo
from trainer_app.core.storage.db import Database

MAX_NAME_CHARS = 200

PIN_PATTERN = re.compile(r"^\d{4,8}$")


class LearnerService:
    def __init__(self, db: Database, clock: Clock, known_roles: tuple[str, ...] = ()) -> None:
        self._db = db
        self._clock = clock
        self._limiter = AttemptLimiter(db, clock)
        self.known_roles = known_roles

    def create(
        self,
        name: str,
        role: str,
        agency: str = "",
        site: str = "",
        language: str = "en",
        pin: str | None = None,
    ) -> tuple[Learner, Changes]:
        name = " ".join(name.split())
        problems: list[TrainerError] = []
        if not name:
            problems.append(InputError("learner.name_required"))
        if len(name) > MAX_NAME_CHARS:
            problems.append(InputError("learner.name_too_long", limit=MAX_NAME_CHARS))
        if self.known_roles and role not in self.known_roles:
            problems.append(InputError("learner.unknown_role", role=role, known=", ".join(self.known_roles)))
        if pin and not PIN_PATTERN.match(pin):
            problems.append(InputError("learner.pin_format"))
        if problems:
            raise ValidationError.of(problems)
        now = self._clock()
        learner = Learner(
            new_uuid(), name, (role,), agency.strip(), site.strip(), language or "en", bool(pin), False, now
        )
        with self._db.transaction() as conn:
            learners_repo.insert(conn, learner, hash_secret(pin) if pin else None, now)
        return learner, Changes.LEARNERS

    def get(self, learner_id: str) -> Learner:
        with self._db.transaction() as conn:
            learner = learners_repo.get(conn, learner_id)
        if learner is None:
            raise NotFoundError("learner.not_found", learner_id=learner_id)
        return learner

    def list(self, include_archived: bool = False, include_imported: bool = True) -> list[Learner]:
        """Every learner; the profile picker leaves out those imported from other laptops' records."""
        with self._db.transaction() as conn:
            return learners_repo.list_all(conn, include_archived, include_imported)

    def find(self, id_or_prefix: str) -> Learner:
        """A learner by full id, unique id prefix, or exact name (for the CLI)."""
        matches = [
            x
            for x in self.list(include_archived=True)
            if x.id == id_or_prefix or x.id.startswith(id_or_prefix) or x.display_name == id_or_prefix
        ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError("learner.no_match", id_or_prefix=id_or_prefix)
        raise ValidationError("learner.ambiguous", id_or_prefix=id_or_prefix, count=len(matches))

    def archive(self, learner_id: str, archived: bool = True) -> Changes:
        with self._db.transaction() as conn:
            if not learners_repo.set_archived(conn, learner_id, archived, self._clock()):
                raise NotFoundError("learner.not_found", learner_id=learner_id)
        return Changes.LEARNERS

    def verify_pin(self, learner_id: str, pin: str) -> bool:
        """Check a PIN under the attempt limit (UnlockDelayedError while wrong attempts must wait)."""
        with self._db.transaction() as conn:
            stored = learners_repo.pin_hash(conn, learner_id)
        if stored is None:
            return True
        return self._limiter.attempt(f"pin:{learner_id}", lambda: check_secret(pin, stored))

    def unlock(self, learner_id: str, pin: str | None) -> Learner:
        learner = self.get(learner_id)
        if learner.has_pin and not self.verify_pin(learner_id, pin or ""):
            raise PermissionDeniedError("learner.pin_wrong")
        return learner

    def update(self, learner: Learner) -> Changes:
        with self._db.transaction() as conn:
            learners_repo.update_details(conn, replace(learner), self._clock())
        return Changes.LEARNERS
