"""Import receipts: a small signed JSON the receiving installation hands back, saying what arrived.

The field laptop imports it (`records import RECEIPT`) to see which of its bundles reached the coordinator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer_app.core.common import files
from trainer_app.core.common.errors import BundleError, CredentialError
from trainer_app.core.credentials.encoding import b64url_decode, b64url_encode, canonical_json
from trainer_app.core.credentials.keys import IssuerKey, public_key_from_did_key
from trainer_app.core.exchange.bundle import Signer

FORMAT = "cpims-trainer-receipt"
FORMAT_VERSION = 1
MAX_RECEIPT_BYTES = 1_000_000
Counts = dict[str, dict[str, int]]


@dataclass(frozen=True)
class Receipt:
    receipt_id: str
    bundle_id: str
    manifest_sha256: str
    source_installation: str
    source_fingerprint: str
    receiver_installation: str
    receiver_key: IssuerKey
    imported_at: str
    imported_by: str
    trusted: bool
    counts: Counts
    conflicts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "receipt_id": self.receipt_id,
            "bundle_id": self.bundle_id,
            "manifest_sha256": self.manifest_sha256,
            "source": {"installation_id": self.source_installation, "fingerprint": self.source_fingerprint},
            "receiver": {
                "installation_id": self.receiver_installation,
                "fingerprint": self.receiver_key.fingerprint,
                "public_key": self.receiver_key.multibase,
                "did": self.receiver_key.did,
            },
            "imported_at": self.imported_at,
            "imported_by": self.imported_by,
            "trusted": self.trusted,
            "counts": self.counts,
            "conflicts": self.conflicts,
        }


def write_receipt(path: Path, receipt: Receipt, signer: Signer) -> None:
    body = receipt.to_json()
    signed = {**body, "signature": b64url_encode(signer.sign(canonical_json(body)))}
    text = json.dumps(signed, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        files.write_atomically(path, text)
    except OSError as error:
        raise BundleError(
            "bundle.receipt_could_written", name=path.name, strerror=error.strerror or error
        ) from error


def is_receipt(path: Path) -> bool:
    """A cheap sniff: receipts are JSON text, bundles are zips."""
    try:
        with open(path, "rb") as handle:
            return handle.read(1) == b"{"
    except OSError:
        return False


def read_receipt(path: Path) -> Receipt:
    """A receipt whose signature verifies; ExchangeError with the reason otherwise."""
    try:
        if path.stat().st_size > MAX_RECEIPT_BYTES:
            raise BundleError("bundle.rejected_too_large_receipt", name=path.name)
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: nested thousands deep
        raise BundleError("bundle.rejected_readable_receipt_damaged", name=path.name) from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError("bundle.rejected_cpims_trainer_import", name=path.name)
    if raw.get("format_version") != FORMAT_VERSION:
        raise BundleError(
            "bundle.rejected_receipt_format_version", name=path.name, get=raw.get("format_version")
        )
    body = {k: v for k, v in raw.items() if k != "signature"}
    receipt = _parse(body)
    try:
        valid = receipt.receiver_key.verify(
            b64url_decode(str(raw.get("signature", ""))), canonical_json(body)
        )
    except CredentialError:
        valid = False
    if not valid:
        raise BundleError("bundle.rejected_signature_does_match_2", name=path.name)
    return receipt


def _parse(body: dict[str, Any]) -> Receipt:
    try:
        receiver = body["receiver"]
        key = IssuerKey(public_key_from_did_key(receiver["did"]))
        if key.multibase != receiver["public_key"] or key.fingerprint != receiver["fingerprint"]:
            raise BundleError("bundle.rejected_receipt_s_key")
        counts = {
            str(table): {str(k): int(v) for k, v in values.items()}
            for table, values in body["counts"].items()
        }
        return Receipt(
            receipt_id=str(body["receipt_id"]),
            bundle_id=str(body["bundle_id"]),
            manifest_sha256=str(body["manifest_sha256"]),
            source_installation=str(body["source"]["installation_id"]),
            source_fingerprint=str(body["source"]["fingerprint"]),
            receiver_installation=str(receiver["installation_id"]),
            receiver_key=key,
            imported_at=str(body["imported_at"]),
            imported_by=str(body["imported_by"]),
            trusted=bool(body["trusted"]),
            counts=counts,
            conflicts=int(body["conflicts"]),
        )
    except (KeyError, TypeError, AttributeError, ValueError, CredentialError) as error:
        raise BundleError("bundle.rejected_receipt_incomplete_malformed") from error
