"""W3C Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite (vc-di-eddsa §3.3): sign and verify.

hashData = SHA-256(RDFC-1.0 N-Quads of the proof configuration) + SHA-256(RDFC-1.0 N-Quads of the document
without its proof); the Ed25519 signature over hashData is the proofValue, multibase base58btc.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from trainer_app.core.common.coded import CodedReason, reason_text
from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials import ob_rdfc
from trainer_app.core.credentials.encoding import multibase_decode, multibase_encode
from trainer_app.core.credentials.jsonld import (
    PinnedContexts,
    canonical_nquads,
    default_contexts,
    expand_strict,
)
from trainer_app.core.credentials.keys import IssuerKey, public_key_from_did_key

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"
SIGNATURE_BYTES = 64
PROOF_IRI = "https://w3id.org/security#proof"
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

KeyResolver = Callable[[str], bytes | None]
"""Maps a verification method to the raw Ed25519 key expected for it, or None when it is unknown."""


class Signer(Protocol):
    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    problem: CodedReason | None  # None when valid
    verification_method: str | None = None
    public_key: bytes | None = None

    @property
    def reason(self) -> str:
        """The English reason ("" when valid): 'bad signature', 'malformed: …', …"""
        return reason_text(self.problem)


def format_datetime(moment: datetime) -> str:
    """XML Schema dateTime in UTC to the second, e.g. 2026-01-05T09:00:00Z."""
    if moment.tzinfo is None:
        raise ValueError("credential times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign(
    document: dict[str, Any],
    key: Signer,
    verification_method: str,
    created_at: datetime,
    loader: PinnedContexts | None = None,
) -> dict[str, Any]:
    """Return a copy of `document` with a DataIntegrityProof; refuse documents with undefined properties."""
    loader = loader or default_contexts()
    if "proof" in document:
        raise CredentialError("credential.malformed_document_already_proof")
    if "@context" not in document:
        raise CredentialError("credential.malformed_document_context")
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": format_datetime(created_at),
        "verificationMethod": verification_method,
        "proofPurpose": PROOF_PURPOSE,
    }
    data = own_shape_hash_data(document, options, loader)
    if data is None:
        expanded = expand_strict(document, loader)
        data = hash_data(expanded, {**options, "@context": document["@context"]}, loader)
    return {**document, "proof": {**options, "proofValue": multibase_encode(key.sign(data))}}


def verify(
    document: dict[str, Any],
    resolve_key: KeyResolver,
    loader: PinnedContexts | None = None,
    require_did_key: bool = True,
) -> VerifyResult:
    """Check the document's single eddsa-rdfc-2022 proof (a bare object or a one-element array); the reason
    says precisely what is wrong."""
    loader = loader or default_contexts()
    try:
        proof = _single_proof(document)
        _check_proof_options(proof)
        signature = _decode_proof_value(proof.get("proofValue"))
        method = proof["verificationMethod"]
        data = own_shape_hash_data(document, proof, loader)
        if data is None:  # any other document: pyld, after a strict expansion (its reasons come first)
            expanded = expand_strict(document, loader)
            public_key = _resolve(method, resolve_key, require_did_key)
            data = hash_data(without_proof(expanded), _proof_config(proof, document), loader)
        else:
            public_key = _resolve(method, resolve_key, require_did_key)
    except CredentialError as error:
        return VerifyResult(False, CodedReason.of_error(error))
    if not IssuerKey(public_key).verify(signature, data):
        return VerifyResult(False, CodedReason.of("verify.bad_signature"), method, public_key)
    return VerifyResult(True, None, method, public_key)


def hash_data(
    unsecured: dict[str, Any] | list[Any], proof_config: dict[str, Any], loader: PinnedContexts
) -> bytes:
    """`unsecured` may be the compacted document without its proof, or its JSON-LD expansion (same RDF)."""
    proof_hash = hashlib.sha256(canonical_nquads(proof_config, loader).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonical_nquads(unsecured, loader).encode("utf-8")).digest()
    return proof_hash + document_hash


def own_shape_hash_data(
    document: dict[str, Any], proof: dict[str, Any], loader: PinnedContexts
) -> bytes | None:
    """hashData of a credential of this app's own shape under the shipped contexts, canonicalised directly
    (core/credentials/ob_rdfc: byte-identical to pyld, and strict expansion would find nothing undefined);
    None for any other document or loader, which pyld then handles."""
    if "@context" in proof or not ob_rdfc.serves_our_contexts(loader.sha256):
        return None
    config = {name: value for name, value in proof.items() if name != "proofValue"}
    config["@context"] = document["@context"]
    proof_nquads = ob_rdfc.proof_config_nquads(config)
    document_nquads = ob_rdfc.credential_nquads(document) if proof_nquads is not None else None
    if proof_nquads is None or document_nquads is None:
        return None
    return (
        hashlib.sha256(proof_nquads.encode("utf-8")).digest()
        + hashlib.sha256(document_nquads.encode("utf-8")).digest()
    )


def without_proof(expanded: list[Any]) -> list[Any]:
    """The expanded document less its proof: the same RDF as expanding the document without `proof`,
    since expansion treats each property on its own. Saves a second context-processing pass."""
    if len(expanded) != 1 or not isinstance(expanded[0], dict):
        raise CredentialError("credential.malformed_credential_exactly_one")
    return [{name: value for name, value in expanded[0].items() if name != PROOF_IRI}]


def _single_proof(document: Any) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise CredentialError("credential.malformed_not_object")
    proof = document.get("proof")
    if proof is None:
        raise CredentialError("credential.malformed_proof")
    if isinstance(proof, list):
        # OB 3.0's JSON schema wants an array; one proof in it is the same RDF as the bare object.
        if len(proof) != 1:
            raise CredentialError("credential.malformed_proof_sets_supported")
        proof = proof[0]
    if not isinstance(proof, dict):
        raise CredentialError("credential.malformed_proof_object")
    if "@context" not in document:
        raise CredentialError("credential.malformed_document_context")
    return proof


def _check_proof_options(proof: dict[str, Any]) -> None:
    if proof.get("type") != PROOF_TYPE:
        raise CredentialError(
            "credential.malformed_proof_type_must", proof_type=PROOF_TYPE, get=proof.get("type")
        )
    if proof.get("cryptosuite") != CRYPTOSUITE:
        raise CredentialError("credential.unsupported_cryptosuite", get=proof.get("cryptosuite"))
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise CredentialError("credential.malformed_proof_purpose_must", proof_purpose=PROOF_PURPOSE)
    created = proof.get("created")
    if created is not None and not (isinstance(created, str) and _DATETIME.match(created)):
        raise CredentialError("credential.malformed_proof_created_datetime")
    if not isinstance(proof.get("verificationMethod"), str):
        raise CredentialError("credential.malformed_proof_verificationmethod")


def _decode_proof_value(value: Any) -> bytes:
    if not isinstance(value, str):
        raise CredentialError("credential.malformed_proof_proofvalue")
    try:
        signature = multibase_decode(value)
    except CredentialError as error:
        raise CredentialError("credential.malformed_proofvalue", error=error) from error
    if len(signature) != SIGNATURE_BYTES:
        raise CredentialError("credential.malformed_proofvalue_byte_ed25519")
    return signature


def _resolve(method: str, resolve_key: KeyResolver, require_did_key: bool) -> bytes:
    if require_did_key and not method.startswith("did:key:"):
        raise CredentialError("credential.malformed_verification_method_did")
    embedded = public_key_from_did_key(method) if require_did_key else None
    public_key = resolve_key(method)
    if public_key is None:
        raise CredentialError("credential.unknown_key")
    if embedded is not None and embedded != public_key:
        raise CredentialError("credential.malformed_verification_method_key")
    return public_key


def _proof_config(proof: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The proof options without proofValue, under the document's @context (vc-di-eddsa §3.3.2)."""
    context = document["@context"]
    declared = proof.get("@context")
    if declared is not None:
        declared_list = declared if isinstance(declared, list) else [declared]
        context_list = context if isinstance(context, list) else [context]
        if context_list[: len(declared_list)] != declared_list:
            raise CredentialError("credential.malformed_proof_context_does")
    config = {name: value for name, value in proof.items() if name != "proofValue"}
    config["@context"] = context
    return config
