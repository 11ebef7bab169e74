"""Revoking a stored certificate, with its reason; the status list reads revocations from the records."""

from __future__ import annotations

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.services.certificates import CertificateRegistry
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database


class RevocationService:
    def __init__(self, db: Database, clock: Clock, registry: CertificateRegistry) -> None:
        self._db = db
        self._clock = clock
        self._registry = registry

    def revoke(self, certificate_id: str, reason: str) -> Changes:
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("certificate.give_reason_revoking_certificate")
        certificate = self._registry.get(certificate_id)
        if certificate.revoked_at is not None:
            raise ValidationError(
                "certificate.certificate_already_revoked",
                id=certificate.id,
                revoked_at=certificate.revoked_at,
            )
        with self._db.transaction() as conn:
            certificates_repo.revoke(conn, certificate.id, self._clock(), reason)
        return Changes.CERTIFICATES | Changes.GATES
