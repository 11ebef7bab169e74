"""Stored track certificates and issuer keys as the rest of the app sees them (the signed JSON stays in storage)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CertificateOrigin(StrEnum):
    ISSUED = "issued"  # signed by this installation's key
    IMPORTED = "imported"  # read from a PDF or JSON file, or a records bundle


class CertificateStatus(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    UNTRUSTED = "untrusted"  # intact, but its issuer's key is not trusted here (yet)


@dataclass(frozen=True)
class IssuerKeyRecord:
    """A public key this installation knows: its own, or one seen on an imported certificate."""

    public_key_hex: str
    did: str
    fingerprint: str
    label: str
    trusted: bool
    first_seen_at: datetime
    trusted_at: datetime | None
    is_own: bool = False


@dataclass(frozen=True)
class Certificate:
    """One certificate as stored. `id` is the credential's UUID (without `urn:uuid:`)."""

    id: str
    learner_id: str | None
    learner_name: str
    role_title: str
    agency: str
    pack_id: str
    pack_version: str
    track_id: str
    track_title: str
    score: float | None
    language: str
    issuer_name: str
    issued_at: datetime
    issuer_fingerprint: str
    issuer_trusted: bool
    origin: CertificateOrigin
    stored_at: datetime
    superseded_by: str | None = None
    revoked_at: datetime | None = None
    revoked_reason: str = ""
    achievement_id: str = ""  # the pack certificate it awards; the track id for whole-track certificates

    @property
    def certificate_key(self) -> str:
        return self.achievement_id or self.track_id

    @property
    def status(self) -> CertificateStatus:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.superseded_by is not None:
            return CertificateStatus.SUPERSEDED
        if not self.issuer_trusted:
            return CertificateStatus.UNTRUSTED
        return CertificateStatus.VALID

    @property
    def is_countable(self) -> bool:
        """Counts toward the rollout gates: not revoked, not superseded, from a trusted issuer."""
        return self.status is CertificateStatus.VALID


@dataclass(frozen=True)
class CountableCertificate:
    """What gate evaluation needs of one valid, current certificate from a trusted issuer."""

    certificate_id: str
    learner_id: str | None
    learner_name: str
    role_id: str  # from the installed pack's track ("" when the pack is not installed here)
    role_title: str
    agency: str
    pack_id: str
    track_id: str
    issued_at: datetime
    achievement_id: str = ""  # the pack certificate (the track id for a whole-track certificate)
