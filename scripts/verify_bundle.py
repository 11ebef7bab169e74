#!/usr/bin/env python3
"""Verify a CPIMS+ Trainer records bundle without the app, following only the steps of docs/records.md.

    python3 scripts/verify_bundle.py laptop-3.zip [--key-fingerprint "ABCD 1234 …"]

Needs Python 3.10+ and the `cryptography` package (for Ed25519); nothing from this repository is imported.
Exit 0 when the bundle is intact (and, with --key-fingerprint, signed by that key); 1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
import zipfile
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT = "cpims-trainer-records"
MAX_MANIFEST_BYTES = 1_000_000
MAX_LINE_BYTES = 16 * 1024 * 1024
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SIGNED_MEMBERS = {"training_sessions.jsonl", "session_attendance.jsonl", "practical_checks.jsonl"}


class Refused(Exception):  # noqa: N818 (the verdict the script prints: REFUSED, not an error in it)
    pass


def canonical(value: Any) -> bytes:
    """Step 2: sorted keys, no spaces, UTF-8 (non-ASCII kept as is)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base58(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + BASE58.index(char)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + raw


ED25519_MULTIKEY_BYTES = 34  # the 0xED 0x01 prefix and the 32-byte key


def public_key_of(did: str) -> bytes:
    """Step 3: did:key:z… is base58btc of 0xED 0x01 followed by the 32-byte Ed25519 public key."""
    if not did.startswith("did:key:z"):
        raise Refused("the manifest's key is not a did:key")
    decoded = base58(did[len("did:key:z") :])
    if decoded[:2] != b"\xed\x01" or len(decoded) != ED25519_MULTIKEY_BYTES:
        raise Refused("the manifest's did:key is not an Ed25519 key")
    return decoded[2:]


def fingerprint(public_key: bytes) -> str:
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify_signature(public_key: bytes, signature: bytes, data: bytes, what: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError) as error:
        raise Refused(f"{what}: the signature does not match") from error


def read_manifest(archive: zipfile.ZipFile) -> tuple[dict[str, Any], bytes]:
    """Steps 1-3: the manifest is canonical JSON, of this format, signed by the key it names."""
    if archive.getinfo("manifest.json").file_size > MAX_MANIFEST_BYTES:
        raise Refused("the manifest is too large")
    data = archive.read("manifest.json")
    manifest = json.loads(data.decode("utf-8"))
    if manifest.get("format") != FORMAT or manifest.get("format_version") != 1:
        raise Refused("not a records bundle of format version 1")
    if canonical(manifest) != data:
        raise Refused("the manifest is not in canonical form")
    key = manifest["key"]
    public_key = public_key_of(key["did"])
    if fingerprint(public_key) != key["fingerprint"]:
        raise Refused("the manifest's fingerprint does not belong to its key")
    signature = b64url(archive.read("manifest.sig").decode("ascii").strip())
    verify_signature(public_key, signature, data, "manifest.json")
    return manifest, public_key


def check_members(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, int]:
    """Steps 4-6: exactly the listed members, each with its size and SHA-256; signed records verify."""
    members = manifest["members"]
    names = archive.namelist()
    if sorted(names) != sorted([*members, "manifest.json", "manifest.sig"]):
        raise Refused("the zip holds files the manifest does not list, or lacks some")
    rows: dict[str, int] = {}
    for name, info in members.items():
        digest, size, count = hashlib.sha256(), 0, -1  # the first line is the column header
        with archive.open(name) as handle:
            header: list[str] = []
            while line := handle.readline(MAX_LINE_BYTES + 1):
                if len(line) > MAX_LINE_BYTES:
                    raise Refused(f"{name}: a line is longer than {MAX_LINE_BYTES} bytes")
                digest.update(line)
                size += len(line)
                count += 1
                values = json.loads(line)
                if count == 0:
                    header = values["columns"]
                elif name in SIGNED_MEMBERS:
                    check_signed_record(name, dict(zip(header, values, strict=True)))
        if size != info["bytes"] or digest.hexdigest() != info["sha256"] or count != info["rows"]:
            raise Refused(f"{name} is not what the manifest says (changed after signing)")
        rows[name] = count
    return rows


def check_signed_record(member: str, row: dict[str, Any]) -> None:
    """Step 6: classroom records carry their own signature over their facts, tagged with the record kind."""
    facts = {k: v for k, v in row.items() if k != "signature"}
    facts["record"] = member.removesuffix(".jsonl")
    verify_signature(
        bytes.fromhex(row["issuer_key"]), b64url(row["signature"]), canonical(facts), f"{member} {row['id']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify a CPIMS+ Trainer records bundle.")
    parser.add_argument("bundle")
    parser.add_argument("--key-fingerprint", help="require this signer (as the trainer's screen shows it)")
    args = parser.parse_args(argv)
    try:
        with zipfile.ZipFile(args.bundle) as archive:
            manifest, _public_key = read_manifest(archive)
            if args.key_fingerprint and manifest["key"]["fingerprint"] != args.key_fingerprint.upper():
                raise Refused(f"signed by {manifest['key']['fingerprint']}, not the expected key")
            rows = check_members(archive, manifest)
    except Refused as error:
        print(f"{args.bundle}: REFUSED: {error}")
        return 1
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, UnicodeDecodeError, OSError) as error:
        print(f"{args.bundle}: REFUSED: not a readable records bundle ({error.__class__.__name__})")
        return 1
    print(
        f"{args.bundle}: INTACT, signed by {manifest['key']['fingerprint']} ({manifest['installation_id']})"
    )
    for name, count in rows.items():
        print(f"  {name}: {count} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
