"""The direct canonical form of our own credentials (core/credentials/ob_rdfc) against pyld's RDFC-1.0.

Whenever the direct form answers, it must be byte for byte what pyld gives and the document must expand strictly
(nothing undefined); for anything not of our exact shape it must step aside (None), so pyld decides as before.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.common.paths import resources_dir
from trainer_app.core.credentials import ob_rdfc
from trainer_app.core.credentials.dataintegrity import (
    hash_data,
    own_shape_hash_data,
    verify,
    without_proof,
)
from trainer_app.core.credentials.jsonld import canonical_nquads, default_contexts, expand_strict
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.obfacts import CertificateFacts, PracticalEvidence
from trainer_app.core.credentials.openbadge import issue
from trainer_app.core.credentials.statuslist import StatusEntry

KEY = DeviceKey.from_private_bytes(bytes(range(32)))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text as hostile as JSON allows: quotes, backslashes, line breaks, controls, right-to-left, words the contexts
# define as terms, and strings that look like IRIs or blank nodes.
TRICKY = st.sampled_from(
    [
        '"',
        "\\",
        "\n",
        "\r\n",
        "\t",
        "\x00",
        "\x7f",
        "\u202e",
        "_:b0",
        "name",
        "Profile",
        "@id",
        "@type",
        "id",
        "type",
        "ext:agency",
        "xsd:string",
        "urn:uuid:1",
        "https://example.org/x",
        "<a>",
        "> .",
        "true",
        "0",
        " ",
    ]
)
TEXT = st.one_of(
    TRICKY, st.text(max_size=24), st.lists(TRICKY | st.text(max_size=4), max_size=4).map("".join)
)
SOLID_TEXT = TEXT.filter(lambda text: bool(text.strip()))
# IRIs: the safe ones the direct form takes, and others it must leave to pyld (relative, spaces, brackets, an
# unknown scheme, a blank node label, a compact IRI).
IRI = st.one_of(
    st.uuids().map(lambda u: f"urn:uuid:{u}"),
    st.sampled_from(
        [
            "did:key:z6MkTest",
            "data:image/png;base64,AAA+/=",
            "https://a.example/x/../y?q=1#f",
            "https:no-slashes",
            "http://a.example/%20",
            "urn:x:a(b)",
            "relative/path",
            "a b:c",
            "https://a.example/<x>",
            "mailto:x@example.org",
            "_:b1",
            "schema:name",
            "https://é.example/",
            "did:key:z6Mk#frag",
            "urn:uuid:",
            "HTTPS://A.EXAMPLE/",
        ]
    ),
)


@st.composite
def facts(draw: st.DrawFn) -> CertificateFacts:
    practical = draw(
        st.lists(st.builds(PracticalEvidence, st.uuids().map(str), SOLID_TEXT, TEXT, TEXT), max_size=2)
    )
    achievement = draw(st.sampled_from(["", "step-1", "track"]))
    return CertificateFacts(
        credential_id=str(draw(st.uuids())),
        learner_id=draw(st.none() | st.uuids().map(str)),
        learner_name=draw(SOLID_TEXT),
        role_title=draw(TEXT),
        agency=draw(TEXT),
        track_id="track",
        track_title=draw(SOLID_TEXT),
        criteria=draw(SOLID_TEXT),
        score=draw(st.none() | st.floats(0, 1)),
        pack_id=draw(SOLID_TEXT),
        pack_version=draw(SOLID_TEXT),
        issued_at=draw(st.datetimes(timezones=st.just(UTC))),
        issuer_name=draw(SOLID_TEXT),
        language=draw(SOLID_TEXT),
        practical=tuple(practical),
        achievement_id=achievement,
        signatory=draw(TEXT),
    )


@st.composite
def credentials(draw: st.DrawFn) -> dict[str, Any]:
    status = draw(
        st.none() | st.builds(StatusEntry, st.just("https://status.example/list.json"), st.integers(0, 9))
    )
    credential = issue(draw(facts()), KEY, status=status)
    if draw(st.booleans()):  # certificates issued before proof arrays carry a bare proof object
        credential["proof"] = credential["proof"][0]
    return credential


def _pyld(document: dict[str, Any]) -> str:
    return canonical_nquads(without_proof(expand_strict(document, default_contexts())), default_contexts())


def _pyld_config(config: dict[str, Any]) -> str:
    return canonical_nquads(config, default_contexts())


def _config(credential: dict[str, Any]) -> dict[str, Any]:
    proof = credential["proof"][0] if isinstance(credential["proof"], list) else credential["proof"]
    return {**{k: v for k, v in proof.items() if k != "proofValue"}, "@context": credential["@context"]}


def _agrees_or_steps_aside(document: dict[str, Any]) -> None:
    """The property: the direct form is None, or pyld expands strictly and gives the very same text."""
    direct = ob_rdfc.credential_nquads(document)
    if direct is None:
        return
    assert direct == _pyld(document)


@SLOW
@given(credentials())
def test_every_credential_we_issue_is_canonicalised_directly_and_exactly_as_pyld_does(
    credential: dict[str, Any],
) -> None:
    direct = ob_rdfc.credential_nquads(credential)
    assert direct is not None
    assert direct == _pyld(credential)
    config = _config(credential)
    assert ob_rdfc.proof_config_nquads(config) == _pyld_config(config)


@SLOW
@given(credentials(), st.data())
def test_any_iri_in_any_iri_position_is_exact_or_left_to_pyld(
    credential: dict[str, Any], data: st.DataObject
) -> None:
    value = data.draw(IRI)
    where = data.draw(st.sampled_from(_iri_positions(credential)))
    _set(credential, where, value)
    try:
        expected = _pyld(credential)
    except CredentialError:  # pyld refuses it (relative IRI …): the direct form must not accept it either
        assert ob_rdfc.credential_nquads(credential) is None
        return
    direct = ob_rdfc.credential_nquads(credential)
    assert direct is None or direct == expected
    if value.startswith("urn:uuid:") and len(value) > 20:
        assert direct is not None  # the ordinary ids do take the direct path


JSON_VALUES = st.one_of(
    TEXT,
    st.booleans(),
    st.none(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(TEXT, max_size=2),
    st.dictionaries(st.sampled_from(["id", "type", "name", "@value", "@context"]), TEXT, max_size=2),
)


@SLOW
@given(credentials(), st.data())
def test_any_value_changed_or_key_added_is_exact_or_left_to_pyld(
    credential: dict[str, Any], data: st.DataObject
) -> None:
    nodes = _nodes(credential)
    node = data.draw(st.sampled_from(nodes))
    key = data.draw(
        st.sampled_from([*node, "id", "type", "@context", "@id", "@type", "nickname", "schema:name"])
    )
    node[key] = data.draw(JSON_VALUES)
    try:
        _pyld(credential)
    except CredentialError:
        assert ob_rdfc.credential_nquads(credential) is None
        return
    _agrees_or_steps_aside(credential)


@SLOW
@given(
    credentials(),
    st.sampled_from(["created", "verificationMethod", "proofPurpose", "cryptosuite", "type", "nonce", "id"]),
    JSON_VALUES | IRI,
)
def test_proof_configurations_are_exact_or_left_to_pyld(
    credential: dict[str, Any], key: str, value: Any
) -> None:
    config = _config(credential)
    config[key] = value
    direct = ob_rdfc.proof_config_nquads(config)
    if direct is not None:
        assert direct == _pyld_config(config)


def test_blank_nodes_only_their_neighbours_tell_apart_are_left_to_pyld() -> None:
    credential = issue(_FACTS, KEY)
    entries = credential["credentialSubject"]["achievement"]["otherIdentifier"]
    entries.append(copy.deepcopy(entries[0]))  # two identical entries: the first-degree hashes tie
    assert ob_rdfc.credential_nquads(credential) is None


def test_other_contexts_and_embedded_contexts_are_left_to_pyld() -> None:
    credential = issue(_FACTS, KEY)
    assert (
        ob_rdfc.credential_nquads({**credential, "@context": list(reversed(credential["@context"]))}) is None
    )
    credential["issuer"]["@context"] = {"name": "https://example.org/name"}
    assert ob_rdfc.credential_nquads(credential) is None


def test_the_tables_were_read_off_the_contexts_this_program_ships() -> None:
    manifest = json.loads((resources_dir() / "contexts" / "manifest.json").read_text(encoding="utf-8"))
    digests = {entry["url"]: entry["sha256"] for entry in manifest["contexts"]}
    for url, digest in ob_rdfc.CONTEXT_SHA256.items():
        assert digests[url] == digest
        path = resources_dir() / "contexts" / next(e["file"] for e in manifest["contexts"] if e["url"] == url)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_signing_and_verifying_use_the_direct_form_with_the_same_hash_as_pyld() -> None:
    credential = issue(_FACTS, KEY)
    proof = credential["proof"][0]
    direct = own_shape_hash_data(credential, proof, default_contexts())
    config = {**{k: v for k, v in proof.items() if k != "proofValue"}, "@context": credential["@context"]}
    expanded = without_proof(expand_strict(credential, default_contexts()))
    assert direct == hash_data(expanded, config, default_contexts())
    assert verify(credential, lambda _method: KEY.public.public_key).valid


@pytest.mark.parametrize(
    "path",
    [
        ("name",),
        ("validFrom",),
        ("credentialSubject", "role"),
        ("credentialSubject", "identifier", 0, "hashed"),
        ("credentialSubject", "achievement", "criteria", "narrative"),
        ("issuer", "id"),
        ("credentialSubject", "achievement", "otherIdentifier", 1, "identifier"),
    ],
)
def test_a_changed_value_breaks_the_signature_on_the_direct_path(path: tuple[Any, ...]) -> None:
    credential = issue(_FACTS, KEY)
    _set(credential, path, _changed(_get(credential, path)))
    assert own_shape_hash_data(credential, credential["proof"][0], default_contexts()) is not None
    result = verify(credential, lambda _method: KEY.public.public_key, require_did_key=False)
    assert not result.valid
    assert result.reason == "bad signature"


_FACTS = CertificateFacts(
    credential_id=str(uuid.UUID(int=1)),
    learner_id=str(uuid.UUID(int=2)),
    learner_name="Ana Example",
    role_title="Case worker",
    agency="Example Agency",
    track_id="case-worker",
    track_title="Case worker track",
    criteria="Finish every module.",
    score=0.9,
    pack_id="kit",
    pack_version="1.0.0",
    issued_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
    issuer_name="Example Centre",
    language="en",
)


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if value.startswith("did:key:"):
        return DeviceKey.from_private_bytes(bytes(32)).did
    return value + "x"


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value


def _nodes(document: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(v for k, v in item.items() if k != "proof")
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _iri_positions(document: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    positions: list[tuple[Any, ...]] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key in ("id", "statusListCredential"):
                positions.append((*path, key))
            elif key != "proof":
                positions.extend(_iri_positions(value, (*path, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            positions.extend(_iri_positions(value, (*path, index)))
    return positions
