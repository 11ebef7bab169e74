"""The stored certificates: list and find them, the signed credential as stored, re-verify them, and give gate
evaluation the ones that count. Issuing, revoking, files and checks of outside files are separate services.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from trainer_app.core.common.errors import NotFoundError, ValidationError
from trainer_app.core.domain.certificate import Certificate, CountableCertificate
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database

MIN_ID_PREFIX = 4  # characters of a certificate id that may stand for the whole id


class CertificateRegistry:
    def __init__(self, db: Database, packs: PackService, trust: TrustService) -> None:
        self._db = db
        self._packs = packs
        self._trust = trust

    def list(self, learner_id: str | None = None) -> builtins.list[Certificate]:
        """Newest first; all stored certificates, or one learner's."""
        with self._db.transaction() as conn:
            return certificates_repo.list_certificates(conn, learner_id)

    def get(self, certificate_id: str) -> Certificate:
        """By full id or a unique prefix of it (as the CLI prints them)."""
        wanted = certificate_id.strip().removeprefix("urn:uuid:").lower()
        with self._db.transaction() as conn:
            found = certificates_repo.get(conn, wanted)
        if found is not None:
            return found
        matches = [c for c in self.list() if c.id.startswith(wanted)] if len(wanted) >= MIN_ID_PREFIX else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ValidationError(
                "certificate.matches_certificates_give_more",
                certificate_id=certificate_id,
                count=len(matches),
            )
        raise NotFoundError("certificate.not_found", certificate_id=certificate_id)

    def credential_json(self, certificate_id: str) -> bytes:
        """The signed credential exactly as stored (what a verifier checks)."""
        with self._db.transaction() as conn:
            text = certificates_repo.credential_json(conn, self.get(certificate_id).id)
        return (text or "").encode("utf-8")

    def countable(
        self, pack_id: str | None = None, track_ids: Iterable[str] | None = None
    ) -> builtins.list[CountableCertificate]:
        """For gate evaluation: valid, unrevoked, unsuperseded certificates from trusted issuers."""
        self._trust.own_public_key()  # its own key known and trusted; a key file unreadable now does not stop this
        wanted = set(track_ids) if track_ids is not None else None
        result = []
        for c in self.list():
            if (
                not c.is_countable
                or (pack_id and c.pack_id != pack_id)
                or (wanted is not None and c.track_id not in wanted)
            ):
                continue
            result.append(
                CountableCertificate(
                    c.id,
                    c.learner_id,
                    c.learner_name,
                    self._role_id(c),
                    c.role_title,
                    c.agency,
                    c.pack_id,
                    c.track_id,
                    c.issued_at,
                    c.certificate_key,
                )
            )
        return result

    def _role_id(self, certificate: Certificate) -> str:
        pack = next((p for p in self._packs.list() if p.id == certificate.pack_id), None)
        track = pack.track(certificate.track_id) if pack else None
        return track.role if track else ""

    def verify_stored(self) -> builtins.list[tuple[str, bool, str]]:
        """Re-verify every stored credential: (id, valid, reason). Revocation and trust are not applied."""
        from trainer_app.core.credentials.openbadge import verify_credential_json

        with self._db.transaction() as conn:
            stored = list(certificates_repo.iter_credentials(conn))
        known = self._trust.trusted_keys()
        results = []
        for certificate_id, text in stored:
            outcome = verify_credential_json(text.encode("utf-8"), known)
            results.append((certificate_id, outcome.intact, outcome.reason))
        return results
