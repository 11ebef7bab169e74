"""Signatures on classroom evidence (training sessions, attendance, practical checks): the installation's
Ed25519 key signs the canonical JSON of a record's facts, so a record verifies wherever it travels.

The facts are every column of the record's bundle member except the signature, with times in UTC ISO form,
tagged with the member's name so a signature of one kind of record never fits another.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol

from trainer_app.core.common.errors import CredentialError, ExchangeError
from trainer_app.core.credentials.encoding import b64url_decode, b64url_encode, canonical_json
from trainer_app.core.credentials.keys import IssuerKey
from trainer_app.core.exchange import record_format as fmt


class RecordSigner(Protocol):
    @property
    def public(self) -> IssuerKey: ...

    def sign(self, data: bytes) -> bytes: ...


def signed_bytes(member: fmt.Member, row: Mapping[str, Any]) -> bytes:
    """The canonical bytes a signature covers: the member's columns but the signature, tagged by member."""
    facts: dict[str, Any] = {"record": member.name.removesuffix(".jsonl")}
    for name, kind in member.columns:
        if name == "signature":
            continue
        value = row[name]
        facts[name] = fmt.iso(value) if kind.startswith("dt") and value is not None else value
    return canonical_json(facts)


def sign_row(member: fmt.Member, row: dict[str, Any], signer: RecordSigner) -> dict[str, Any]:
    """The row with `issuer_key` set to the signer's key and `signature` over its facts."""
    stamped = {**row, "issuer_key": signer.public.public_key.hex()}
    return {**stamped, "signature": b64url_encode(signer.sign(signed_bytes(member, stamped)))}


def verifies(member: fmt.Member, row: Mapping[str, Any]) -> bool:
    """True when the row's signature is the Ed25519 signature of its facts by its `issuer_key`."""
    try:
        key = IssuerKey(bytes.fromhex(str(row["issuer_key"])))
        signature = b64url_decode(str(row["signature"]))
    except (ValueError, CredentialError):
        return False
    return key.verify(signature, signed_bytes(member, row))


def check_row(member: fmt.Member, row: Mapping[str, Any]) -> None:
    """ExchangeError (which rejects the whole bundle) when a signed record does not verify."""
    if not verifies(member, row):
        raise ExchangeError("classroom.rejected_record_does_match", name=member.name, get=row.get("id", "?"))


def verified_rows(
    member: fmt.Member, rows: Iterable[dict[str, Any]], issuers: set[str]
) -> Iterator[dict[str, Any]]:
    """The rows of a signed member, each checked as it streams by; the signing keys are gathered in `issuers`."""
    for row in rows:
        check_row(member, row)
        issuers.add(str(row["issuer_key"]))
        yield row
