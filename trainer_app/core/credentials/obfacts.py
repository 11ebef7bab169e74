"""The facts a track certificate states, and reading them back out of an OpenBadgeCredential.

The score travels as a percentage with at most two decimals ("85", "92.5"), so it reads back as score / 100.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer_app.core.common.errors import CredentialError

NAME_TYPE = "name"
AGENCY_TYPE = "ext:agency"
PACK_ID_TYPE = "ext:packId"
TRACK_ID_TYPE = "ext:trackId"
PRACTICAL_GENRE = "Practical check"  # the Evidence genre of a practical check observed by a trainer
CERTIFICATE_ID_TYPE = "ext:certificateId"  # only on per-step certificates; absent means the whole track
_PERCENT = re.compile(r"^(100|\d{1,2})(\.\d{1,2})?$")
_UUID_URN = "urn:uuid:"


@dataclass(frozen=True)
class PracticalEvidence:
    """A practical check the certificate required, as an OB 3.0 Evidence entry: the task, who observed it and
    when (in the certificate's language), and the trainer's note."""

    record_id: str
    title: str
    description: str
    note: str = ""


@dataclass(frozen=True)
class CertificateFacts:
    credential_id: str
    learner_id: str | None
    learner_name: str
    role_title: str
    agency: str
    track_id: str
    track_title: str
    criteria: str
    score: float | None
    pack_id: str
    pack_version: str
    issued_at: datetime
    issuer_name: str
    language: str
    practical: tuple[PracticalEvidence, ...] = ()
    achievement_id: str = ""  # the pack certificate awarded; "" for a whole-track certificate
    signatory: str = ""  # the organisation's official who issued it (OB 3.0 Profile `official`)

    @property
    def certificate_key(self) -> str:
        """The pack certificate this credential awards (the track id for a whole-track certificate)."""
        return self.achievement_id or self.track_id

    def check(self) -> None:
        """Refuse facts that cannot make a sound certificate."""
        _require_uuid(self.credential_id, "credential id")
        if self.learner_id is not None:
            _require_uuid(self.learner_id, "learner id")
        for label, value in (
            ("learner name", self.learner_name),
            ("track id", self.track_id),
            ("track title", self.track_title),
            ("criteria", self.criteria),
            ("pack id", self.pack_id),
            ("pack version", self.pack_version),
            ("issuer name", self.issuer_name),
            ("language", self.language),
        ):
            if not value.strip():
                raise CredentialError("credential.malformed_empty", label=label)
        if self.score is not None and not 0.0 <= self.score <= 1.0:
            raise CredentialError("credential.malformed_score_must_between")
        if self.issued_at.tzinfo is None:
            raise CredentialError("credential.malformed_issued_must_timezone")
        for evidence in self.practical:
            _require_uuid(evidence.record_id, "practical check id")
            if not evidence.title.strip():
                raise CredentialError("credential.malformed_practical_check_title")


def percent_text(score: float) -> str:
    """0.855 -> '85.5'; 1.0 -> '100'."""
    text = f"{round(score * 100, 2):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def read_facts(document: dict[str, Any]) -> CertificateFacts:
    """The facts of a certificate issued by this program; CredentialError('malformed: …') otherwise."""
    subject = _object(document.get("credentialSubject"), "credentialSubject")
    achievement = _object(subject.get("achievement"), "achievement")
    identities = _typed_values(subject.get("identifier"), "identityType", "identityHash")
    identifiers = _typed_values(achievement.get("otherIdentifier"), "identifierType", "identifier")
    issuer = _object(document.get("issuer"), "issuer")
    learner = subject.get("id")
    return CertificateFacts(
        credential_id=_uuid_of(document.get("id"), "credential id"),
        learner_id=None if learner is None else _uuid_of(learner, "learner id"),
        learner_name=_text(identities.get(NAME_TYPE), "learner name"),
        role_title=_text(subject.get("role", ""), "role"),
        agency=_text(identities.get(AGENCY_TYPE, ""), "agency"),
        track_id=_text(identifiers.get(TRACK_ID_TYPE), "track id"),
        track_title=_text(achievement.get("name"), "track title"),
        criteria=_text(_object(achievement.get("criteria"), "criteria").get("narrative"), "criteria"),
        score=_score(subject.get("result")),
        pack_id=_text(identifiers.get(PACK_ID_TYPE), "pack id"),
        pack_version=_text(achievement.get("version"), "pack version"),
        issued_at=_datetime(document.get("validFrom")),
        issuer_name=_text(issuer.get("name"), "issuer name"),
        language=_text(achievement.get("inLanguage"), "language"),
        practical=_practical(document.get("evidence")),
        achievement_id=_text(identifiers.get(CERTIFICATE_ID_TYPE, ""), "certificate id"),
        signatory=_text(issuer.get("official", ""), "issuer official"),
    )


def _practical(entries: Any) -> tuple[PracticalEvidence, ...]:
    """The practical checks among the credential's evidence (other evidence is not ours to read)."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise CredentialError("credential.malformed_evidence_list")
    found = []
    for entry in entries:
        item = _object(entry, "evidence")
        if item.get("genre") != PRACTICAL_GENRE:
            continue
        found.append(
            PracticalEvidence(
                _uuid_of(item.get("id"), "practical check id"),
                _text(item.get("name"), "practical check title"),
                _text(item.get("description", ""), "practical check description"),
                _text(item.get("narrative", ""), "practical check note"),
            )
        )
    return tuple(found)


def _require_uuid(value: str, label: str) -> None:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError) as error:
        raise CredentialError("credential.malformed_uuid", label=label) from error


def _object(value: Any, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CredentialError("credential.malformed_missing_object", label=label)
    return value


def _text(value: Any, label: str) -> str:
    if not isinstance(value, str):
        raise CredentialError("credential.malformed_missing_text", label=label)
    return value


def _uuid_of(value: Any, label: str) -> str:
    if not isinstance(value, str) or not value.startswith(_UUID_URN):
        raise CredentialError("credential.malformed_urn_uuid", label=label)
    text = value[len(_UUID_URN) :]
    _require_uuid(text, label)
    return text


def _typed_values(entries: Any, type_key: str, value_key: str) -> dict[str, Any]:
    if not isinstance(entries, list):
        raise CredentialError("credential.malformed_entries_missing", type_key=type_key)
    values: dict[str, Any] = {}
    for entry in entries:
        kind = _object(entry, type_key).get(type_key)
        if not isinstance(kind, str):
            raise CredentialError("credential.malformed_missing_text_2", type_key=type_key)
        if kind in values:
            raise CredentialError("credential.malformed_appears_twice", type_key=type_key, kind=kind)
        values[kind] = entry.get(value_key)
    return values


def _score(results: Any) -> float | None:
    if results is None:
        return None
    if not isinstance(results, list) or len(results) != 1:
        raise CredentialError("credential.malformed_expected_exactly_one")
    value = _object(results[0], "result").get("value")
    if not isinstance(value, str) or not _PERCENT.match(value):
        raise CredentialError("credential.malformed_score_percentage")
    score = float(value) / 100
    if score > 1.0:
        raise CredentialError("credential.malformed_score_above")
    return score


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise CredentialError("credential.malformed_validfrom_missing")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise CredentialError("credential.malformed_validfrom_date_time") from error
    if moment.tzinfo is None:
        raise CredentialError("credential.malformed_validfrom_time_zone")
    return moment
