"""Crafted evidence from a key nobody trusted: a second Ed25519 key signing bundles, certificates and QR tokens
with the project's own signing code, as someone with a laptop of their own would."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from trainer_app.core.app import App
from trainer_app.core.credentials.encoding import canonical_json
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.obfacts import read_facts
from trainer_app.core.credentials.openbadge import issue
from trainer_app.core.credentials.safejson import parse_credential_json
from trainer_app.core.credentials.token import TokenClaims, make_token
from trainer_app.core.exchange import bundle
from trainer_app.core.exchange import record_format as fmt

MALLORY = DeviceKey.from_private_bytes(bytes(range(7, 39)))  # a second key, trusted by nobody
Tables = dict[fmt.Member, list[tuple[Any, ...]]]


def read_tables(path: Path) -> tuple[Tables, bundle.Manifest]:
    with bundle.BundleReader(path) as reader:
        return {m: list(reader.rows(m)) for m in fmt.MEMBERS}, reader.manifest


def resign(
    source: Path,
    out: Path,
    edit: Callable[[Tables], None],
    key: DeviceKey = MALLORY,
    bundle_id: str = "m" * 8,
) -> Path:
    """The records of `source`, edited, in a bundle properly signed by `key` (as its own installation)."""
    tables, header = read_tables(source)
    edit(tables)
    installation = "mallory-laptop" if key is MALLORY else header.installation_id

    def manifest(members: tuple[bundle.MemberInfo, ...]) -> bundle.Manifest:
        return dataclasses.replace(
            header, bundle_id=bundle_id, key=key.public, installation_id=installation, members=members
        )

    bundle.write_bundle(out, manifest, list(tables.items()), key)
    return out


def column(member: fmt.Member, name: str) -> int:
    return member.names.index(name)


def revoke_all(tables: Tables) -> None:
    """Every certificate of the bundle marked revoked (an unsigned claim: only the bundle's key vouches for it)."""
    rows = tables[fmt.CERTIFICATES]
    at, why = column(fmt.CERTIFICATES, "revoked_at"), column(fmt.CERTIFICATES, "revoked_reason")
    for index, row in enumerate(rows):
        values = list(row)
        values[at], values[why] = datetime(2026, 1, 6, tzinfo=row[1].tzinfo), "forged revocation"
        rows[index] = tuple(values)


def forged_credential(genuine_json: str, key: DeviceKey = MALLORY, version: str = "9.9") -> dict[str, Any]:
    """A properly signed credential by `key` for the same learner and track, on a newer pack version."""
    facts = read_facts(parse_credential_json(genuine_json.encode()))
    newer = dataclasses.replace(
        facts,
        credential_id="0badc0de-0000-4000-8000-000000000001",
        pack_version=version,
        issued_at=facts.issued_at + timedelta(days=1),
        issuer_name="Mallory",
    )
    return issue(newer, key)


def forged_token(genuine_json: str, key: DeviceKey = MALLORY) -> str:
    facts = read_facts(parse_credential_json(genuine_json.encode()))
    return make_token(TokenClaims.from_facts(facts, key.did), key)


def add_certificate(tables: Tables, credential: dict[str, Any]) -> None:
    text = canonical_json(credential).decode()
    issued = datetime.fromisoformat(credential["validFrom"])
    tables[fmt.CERTIFICATES].append(
        (credential["id"].removeprefix("urn:uuid:"), issued, text, None, None, "")
    )


def countable_ids(app: App) -> set[str]:
    return {c.certificate_id for c in app.certificates.countable()}


def genuine_json(app: App, certificate_id: str) -> str:
    return app.certificates.credential_json(certificate_id).decode()


def write_json(path: Path, credential: dict[str, Any]) -> Path:
    path.write_text(json.dumps(credential, indent=2), encoding="utf-8")
    return path
