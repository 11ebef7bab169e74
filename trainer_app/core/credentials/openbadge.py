"""Track certificates as Open Badges 3.0 OpenBadgeCredentials: build, issue (sign) and verify.

Every fact is carried by a property the pinned VC 2.0 / OB 3.0.3 contexts define, so all of it is signed:
learner name and agency as IdentityObjects, role as `role`, score as a Result, pack, track and (for a
per-step certificate) certificate ids as the achievement's otherIdentifier entries, pack version as
`achievement.version`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer_app.core.common.coded import CodedReason, reason_text
from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.badge import badge_data_uri
from trainer_app.core.credentials.dataintegrity import format_datetime, sign, verify
from trainer_app.core.credentials.jsonld import OB_V3P0_CONTEXT, VC_V2_CONTEXT, PinnedContexts
from trainer_app.core.credentials.keys import DeviceKey, fingerprint_of, public_key_from_did_key
from trainer_app.core.credentials.obfacts import (
    AGENCY_TYPE,
    CERTIFICATE_ID_TYPE,
    NAME_TYPE,
    PACK_ID_TYPE,
    PRACTICAL_GENRE,
    TRACK_ID_TYPE,
    CertificateFacts,
    PracticalEvidence,
    percent_text,
    read_facts,
)
from trainer_app.core.credentials.safejson import parse_credential_json
from trainer_app.core.credentials.statuslist import StatusEntry
from trainer_app.core.credentials.token import UNKNOWN_KEY

CREDENTIAL_CONTEXTS = [VC_V2_CONTEXT, OB_V3P0_CONTEXT]
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
# Fixed namespace for deterministic achievement ids: the same pack and track always give the same id.
ACHIEVEMENT_NAMESPACE = uuid.UUID("74b66771-f340-4489-b2f2-df8b9cbf5606")

__all__ = [
    "CREDENTIAL_CONTEXTS",
    "CertificateFacts",
    "VerificationOutcome",
    "build_credential",
    "issue",
    "verify_credential",
    "verify_credential_json",
]


@dataclass(frozen=True)
class VerificationOutcome:
    """`valid` means: intact, signed by the issuer's key, and that key is known here.

    `problem` says why not, as a coded reason (None when valid). Its code `credential.unknown_key` means the
    signature is intact but the key is not known: facts are then given so the certificate can be kept and the
    key shown by fingerprint for a trust decision.
    """

    valid: bool
    problem: CodedReason | None
    facts: CertificateFacts | None = None
    issuer_fingerprint: str | None = None
    issuer_did: str | None = None

    @property
    def reason(self) -> str:
        """The English reason ("" when valid): 'bad signature', 'unknown key', 'malformed: …', …"""
        return reason_text(self.problem)

    @property
    def code(self) -> str:
        return self.problem.code if self.problem else ""

    @property
    def intact(self) -> bool:
        """The signature holds under the issuer's own key, known here or not."""
        return self.valid or self.code == UNKNOWN_KEY


def achievement_id(pack_id: str, track_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(ACHIEVEMENT_NAMESPACE, f'{pack_id}/{track_id}')}"


def build_credential(
    facts: CertificateFacts, issuer_did: str, status: StatusEntry | None = None
) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential for `facts`, issued by `issuer_did`, revocable through `status`."""
    facts.check()
    subject: dict[str, Any] = {"type": ["AchievementSubject"]}
    if facts.learner_id:
        subject["id"] = f"urn:uuid:{facts.learner_id}"
    subject["identifier"] = _identities(facts)
    if facts.role_title:
        subject["role"] = facts.role_title
    subject["achievement"] = _achievement(facts)
    if facts.score is not None:
        subject["result"] = [
            {
                "type": ["Result"],
                "resultDescription": _score_description_id(facts),
                "value": percent_text(facts.score),
            }
        ]
    credential: dict[str, Any] = {
        "@context": list(CREDENTIAL_CONTEXTS),
        "id": f"urn:uuid:{facts.credential_id}",
        "type": list(CREDENTIAL_TYPES),
        "name": facts.track_title,
        "issuer": _issuer(facts, issuer_did),
        "validFrom": format_datetime(facts.issued_at),
        "credentialSubject": subject,
    }
    if status is not None:
        credential["credentialStatus"] = status.to_json()
    if facts.practical:  # OB 3.0 Evidence: what was assessed in practice, by whom (signed like the rest)
        credential["evidence"] = [_evidence(e) for e in facts.practical]
    return credential


def _evidence(evidence: PracticalEvidence) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": f"urn:uuid:{evidence.record_id}",
        "type": ["Evidence"],
        "name": evidence.title,
        "description": evidence.description,
        "genre": PRACTICAL_GENRE,
    }
    if evidence.note:
        entry["narrative"] = evidence.note
    return entry


def issue(
    facts: CertificateFacts,
    key: DeviceKey,
    signed_at: datetime | None = None,
    loader: PinnedContexts | None = None,
    status: StatusEntry | None = None,
) -> dict[str, Any]:
    """Build and sign the certificate with the device key (proof created at `signed_at`, default issued_at).
    The proof is a one-element array, as the OB 3.0 JSON schema asks (the same RDF as a bare object)."""
    credential = build_credential(facts, key.did, status)
    signed = sign(credential, key, key.verification_method, signed_at or facts.issued_at, loader)
    return {**signed, "proof": [signed["proof"]]}


def verify_credential(
    document: dict[str, Any], known_keys: Iterable[bytes], loader: PinnedContexts | None = None
) -> VerificationOutcome:
    """Verify a certificate. Problems: verify.bad_signature, credential.unknown_key, a malformed document's
    code (credential.malformed_…, credential.undefined_property, credential.unsupported_cryptosuite, …)."""
    try:
        issuer_did = _check_shape(document)
        issuer_key = public_key_from_did_key(issuer_did)
    except CredentialError as error:
        return VerificationOutcome(False, CodedReason.of_error(error))
    fingerprint = fingerprint_of(issuer_key)
    result = verify(document, lambda _method: issuer_key, loader)
    if not result.valid:
        return VerificationOutcome(False, result.problem, None, fingerprint, issuer_did)
    try:
        facts = read_facts(document)
    except CredentialError as error:
        return VerificationOutcome(False, CodedReason.of_error(error), None, fingerprint, issuer_did)
    if issuer_key not in set(known_keys):
        return VerificationOutcome(False, CodedReason.of(UNKNOWN_KEY), facts, fingerprint, issuer_did)
    return VerificationOutcome(True, None, facts, fingerprint, issuer_did)


def verify_credential_json(
    data: bytes, known_keys: Iterable[bytes], loader: PinnedContexts | None = None
) -> VerificationOutcome:
    """Parse untrusted bytes (size, depth and duplicate-key caps) and verify them."""
    try:
        document = parse_credential_json(data)
    except CredentialError as error:
        return VerificationOutcome(False, CodedReason.of_error(error))
    return verify_credential(document, known_keys, loader)


def _issuer(facts: CertificateFacts, issuer_did: str) -> dict[str, Any]:
    issuer: dict[str, Any] = {"id": issuer_did, "type": ["Profile"], "name": facts.issuer_name}
    if facts.signatory:
        issuer["official"] = facts.signatory
    return issuer


def _identities(facts: CertificateFacts) -> list[dict[str, Any]]:
    entries = [(NAME_TYPE, facts.learner_name)]
    if facts.agency:
        entries.append((AGENCY_TYPE, facts.agency))
    return [
        {"type": "IdentityObject", "identityType": kind, "hashed": False, "identityHash": value}
        for kind, value in entries
    ]


def _achievement(facts: CertificateFacts) -> dict[str, Any]:
    achievement: dict[str, Any] = {
        "id": achievement_id(facts.pack_id, facts.certificate_key),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": facts.track_title,
        "description": f"{facts.track_title} ({facts.pack_id} {facts.pack_version})",
        "criteria": {"narrative": facts.criteria},
        "image": {"id": badge_data_uri(facts.track_id, facts.track_title), "type": "Image"},
        "version": facts.pack_version,
        "inLanguage": facts.language,
        "otherIdentifier": [
            {"type": "IdentifierEntry", "identifier": facts.pack_id, "identifierType": PACK_ID_TYPE},
            {"type": "IdentifierEntry", "identifier": facts.track_id, "identifierType": TRACK_ID_TYPE},
        ],
    }
    if facts.certificate_key != facts.track_id:
        # a per-step certificate names itself; a whole-track one keeps the shape issued before
        achievement["otherIdentifier"].append(
            {
                "type": "IdentifierEntry",
                "identifier": facts.certificate_key,
                "identifierType": CERTIFICATE_ID_TYPE,
            }
        )
    if facts.score is not None:
        achievement["resultDescription"] = [
            {
                "id": _score_description_id(facts),
                "type": ["ResultDescription"],
                "name": "Score",
                "resultType": "Percent",
                "valueMin": "0",
                "valueMax": "100",
            }
        ]
    return achievement


def _score_description_id(facts: CertificateFacts) -> str:
    return f"urn:uuid:{uuid.uuid5(ACHIEVEMENT_NAMESPACE, f'{facts.pack_id}/{facts.certificate_key}/score')}"


def _check_shape(document: Any) -> str:
    """The outer shape every certificate of ours has; returns the issuer's did:key."""
    if not isinstance(document, dict):
        raise CredentialError("credential.malformed_not_object")
    if document.get("@context") != CREDENTIAL_CONTEXTS:
        raise CredentialError("credential.malformed_context_must_exactly")
    if _has_nested_context(document):
        raise CredentialError("credential.malformed_embedded_context_allowed")
    types = document.get("type")
    if not isinstance(types, list) or not set(CREDENTIAL_TYPES) <= set(types):
        raise CredentialError("credential.malformed_type_must_include")
    issuer = document.get("issuer")
    issuer_did = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not isinstance(issuer_did, str) or not issuer_did.startswith("did:key:"):
        raise CredentialError("credential.malformed_issuer_must_did")
    return issuer_did


def _has_nested_context(document: dict[str, Any]) -> bool:
    stack: list[Any] = [value for key, value in document.items() if key != "@context"]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "@context" in item:
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
