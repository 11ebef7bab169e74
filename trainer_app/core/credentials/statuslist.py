"""W3C Bitstring Status List v1.0 for revocation: status entries on certificates, the signed status list
credential this installation publishes, and reading one back (GZIP, multibase base64url, index 0 = the
left-most bit of the first byte). Pure functions; signing goes through dataintegrity like the certificates.
"""

from __future__ import annotations

import base64
import gzip
import io
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.dataintegrity import format_datetime, sign, verify
from trainer_app.core.credentials.jsonld import VC_V2_CONTEXT, PinnedContexts
from trainer_app.core.credentials.keys import DeviceKey, public_key_from_did_key

LIST_SIZE = 131_072  # entries: the spec's minimum, so one revocation hides among many (herd privacy)
PURPOSE = "revocation"
ENTRY_TYPE = "BitstringStatusListEntry"
LIST_TYPES = ["VerifiableCredential", "BitstringStatusListCredential"]
_MAX_LIST_BYTES = 2 * 1024 * 1024  # a decompressed list larger than this is refused (gzip bomb)
_MAX_ENCODED_CHARS = 4 * 1024 * 1024
MAX_FILE_BYTES = 1024 * 1024  # a status list file larger than this is not read


@dataclass(frozen=True)
class StatusEntry:
    """Where a certificate's revocation bit lives."""

    list_url: str
    index: int

    def to_json(self) -> dict[str, str]:
        return {
            "id": f"{self.list_url}#{self.index}",
            "type": ENTRY_TYPE,
            "statusPurpose": PURPOSE,
            "statusListIndex": str(self.index),
            "statusListCredential": self.list_url,
        }


def entry_of(credential: dict[str, Any]) -> StatusEntry | None:
    """The revocation entry a credential carries, None when it has none (certificates issued before)."""
    status = credential.get("credentialStatus")
    if status is None:
        return None
    if not isinstance(status, dict) or status.get("type") != ENTRY_TYPE:
        raise CredentialError("status_list.malformed_credentialstatus_bitstringstatuslistentry")
    url, index = status.get("statusListCredential"), status.get("statusListIndex")
    if status.get("statusPurpose") != PURPOSE or not isinstance(url, str) or not isinstance(index, str):
        raise CredentialError("status_list.malformed_credentialstatus_needs_revocation")
    if not index.isdigit() or int(index) >= LIST_SIZE:
        raise CredentialError("status_list.malformed_statuslistindex_base_index")
    return StatusEntry(url, int(index))


def pick_index(taken: Callable[[int], bool], randbelow: Callable[[int], int] = secrets.randbelow) -> int:
    """A free index chosen at random, so indexes say nothing about who was certified when. `taken` answers for
    one index at a time: a list far from full finds a free one in a probe or two."""
    for _ in range(LIST_SIZE):
        index = randbelow(LIST_SIZE)
        if not taken(index):
            return index
    raise CredentialError("status_list.status_list_full")


def encode_list(set_indexes: Iterable[int], size: int = LIST_SIZE) -> str:
    """The bitstring with `set_indexes` on, GZIP-compressed, as multibase base64url without padding."""
    bits = bytearray(size // 8)
    for index in set_indexes:
        if not 0 <= index < size:
            raise CredentialError("status_list.status_index_outside_list", index=index)
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode_list(encoded: Any) -> bytes:
    """The bitstring of an `encodedList`, with the decompressed size capped before it is all read."""
    if not isinstance(encoded, str) or not encoded.startswith("u") or len(encoded) > _MAX_ENCODED_CHARS:
        raise CredentialError("status_list.malformed_encodedlist_multibase_base64url")
    body = encoded[1:]
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as stream:
            bits = stream.read(_MAX_LIST_BYTES + 1)
    except (ValueError, OSError, EOFError) as error:
        raise CredentialError("status_list.malformed_encodedlist_gzip_bitstring") from error
    if len(bits) > _MAX_LIST_BYTES:
        raise CredentialError("status_list.malformed_status_list_too")
    if len(bits) * 8 < LIST_SIZE:
        raise CredentialError("status_list.malformed_status_list_shorter")
    return bits


def bit_is_set(bits: bytes, index: int) -> bool:
    if not 0 <= index < len(bits) * 8:
        raise CredentialError("status_list.status_index_outside_list", index=index)
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def build_list(
    issuer_did: str, list_url: str, revoked: Iterable[int], valid_from: datetime
) -> dict[str, Any]:
    """The unsigned BitstringStatusListCredential whose id is `list_url`."""
    return {
        "@context": [VC_V2_CONTEXT],
        "id": list_url,
        "type": list(LIST_TYPES),
        "issuer": issuer_did,
        "validFrom": format_datetime(valid_from),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode_list(revoked),
        },
    }


def issue_list(
    key: DeviceKey,
    list_url: str,
    revoked: Iterable[int],
    valid_from: datetime,
    loader: PinnedContexts | None = None,
) -> dict[str, Any]:
    """The status list signed with eddsa-rdfc-2022 by the installation's key (one-element proof array)."""
    signed = sign(
        build_list(key.did, list_url, revoked, valid_from), key, key.verification_method, valid_from, loader
    )
    return {**signed, "proof": [signed["proof"]]}


def read_list(document: Any, loader: PinnedContexts | None = None) -> tuple[str, str, bytes]:
    """Verify a status list credential: (its id, its issuer's did:key, the bitstring); CredentialError if not
    intact, not a revocation list, or not signed by its own issuer."""
    if not isinstance(document, dict) or document.get("type") != LIST_TYPES:
        raise CredentialError("status_list.malformed_bitstringstatuslistcredential")
    issuer, list_id = document.get("issuer"), document.get("id")
    issuer = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not isinstance(issuer, str) or not isinstance(list_id, str):
        raise CredentialError("status_list.malformed_status_list_names")
    issuer_key = public_key_from_did_key(issuer)
    result = verify(document, lambda _method: issuer_key, loader)
    if not result.valid:
        raise CredentialError(
            "status_list.status_list", reason=result.problem.error() if result.problem else ""
        )
    subject = document.get("credentialSubject")
    if not isinstance(subject, dict) or subject.get("type") != "BitstringStatusList":
        raise CredentialError("status_list.malformed_status_list_bitstringstatuslist")
    if subject.get("statusPurpose") != PURPOSE:
        raise CredentialError("status_list.malformed_status_list_revocation")
    return list_id, issuer, decode_list(subject.get("encodedList"))


def is_revoked(
    credential: dict[str, Any], status_list: dict[str, Any], loader: PinnedContexts | None = None
) -> bool:
    """Whether `status_list` (verified here) marks `credential` revoked. CredentialError when the list is not
    the one the credential points to, or is not signed by the credential's issuer."""
    entry = entry_of(credential)
    if entry is None:
        raise CredentialError("status_list.certificate_carries_status_entry")
    list_id, list_issuer, bits = read_list(status_list, loader)
    if list_id != entry.list_url:
        raise CredentialError("status_list.status_list_one_certificate")
    issuer = credential.get("issuer")
    issuer_did = issuer.get("id") if isinstance(issuer, dict) else issuer
    if list_issuer != issuer_did:
        raise CredentialError("status_list.status_list_signed_certificate")
    return bit_is_set(bits, entry.index)
