"""RDFC-1.0 canonical N-Quads of this app's own credential shape, written out directly instead of through pyld.

pyld expands the JSON-LD, builds a node map and canonicalises it: about 5 ms per certificate, most of a records
import. For an OpenBadgeCredential of exactly the shape `openbadge.build_credential` makes, under the pinned
VC 2.0 and OB 3.0.3 contexts, every key maps to a fixed predicate and every value to an IRI, a literal or a blank
node known in advance (the tables below, read off pyld's own output). Anything else — an unknown or misplaced key,
a value of another JSON type, an IRI outside a safe character set, a nested @context, blank nodes that only their
neighbours tell apart — gives None, and the caller canonicalises with pyld as before. tests/core/test_ob_rdfc.py
holds the output byte-identical to pyld's on generated credentials; a strict expansion of a document this module
accepts never finds an undefined property, since every key here is one the contexts define.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from trainer_app.core.credentials.jsonld import OB_V3P0_CONTEXT, VC_V2_CONTEXT

CONTEXTS = [VC_V2_CONTEXT, OB_V3P0_CONTEXT]
# The context files the tables below were read off; with any other content the caller uses pyld.
CONTEXT_SHA256 = {
    VC_V2_CONTEXT: "8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f",
    OB_V3P0_CONTEXT: "01d87cc8b5357af557bfb09428f603c4691c49ef8a6089945a70bda1b96b1db2",
}

_OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
_CRED = "https://www.w3.org/2018/credentials#"
_STATUS = "https://www.w3.org/ns/credentials/status#"
_SEC = "https://w3id.org/security#"
_SCHEMA = "https://schema.org/"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
_OB_BOOLEAN = "https://www.w3.org/2001/XMLSchema#boolean"  # the OB context's own (https) xsd prefix
_OB_ANYURI = "https://www.w3.org/2001/XMLSchema#anyURI"

# IRIs taken verbatim: a scheme no pinned context defines as a prefix (so nothing expands it) and characters
# that need no escaping in N-Quads. Any other IRI goes through pyld.
_SAFE_IRI = re.compile(r"(?:urn|did|data|https?):[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")

LIT, TYPED, BOOL, IRI, NODE, NODES, VOCAB = "lit", "typed", "bool", "iri", "node", "nodes", "vocab"


@dataclass(frozen=True)
class _Prop:
    kind: str
    predicate: str  # serialized, <…>
    datatype: str = ""  # TYPED and BOOL: the literal's datatype IRI
    node: _Node | None = None  # NODE and NODES: the shape of the child
    vocab: tuple[tuple[str, str], ...] = ()  # VOCAB: the accepted values and their IRIs


@dataclass(frozen=True)
class _Node:
    types: tuple[str, ...]  # the exact "type" value (a one-element type may also be a bare string)
    type_iris: tuple[str, ...]
    ident: str  # "required", "optional" or "none": whether the node has an "id"
    props: dict[str, _Prop] = field(default_factory=dict)


def _ob(name: str) -> str:
    return f"<{_OB}{name}>"


def _schema(name: str) -> str:
    return f"<{_SCHEMA}{name}>"


def _lit(predicate: str) -> _Prop:
    return _Prop(LIT, predicate)


_NAME, _DESCRIPTION = _lit(_schema("name")), _lit(_schema("description"))

_IDENTITY = _Node(
    ("IdentityObject",),
    (_ob("IdentityObject"),),
    "none",
    {
        "identityType": _lit(_ob("identityType")),
        "hashed": _Prop(BOOL, _ob("hashed"), _OB_BOOLEAN),
        "identityHash": _lit(_ob("identityHash")),
    },
)
_IDENTIFIER_ENTRY = _Node(
    ("IdentifierEntry",),
    (_ob("IdentifierEntry"),),
    "none",
    {
        "identifier": _lit(_ob("identifier")),
        "identifierType": _lit(_ob("identifierType")),
    },
)
_RESULT_DESCRIPTION = _Node(
    ("ResultDescription",),
    (_ob("ResultDescription"),),
    "required",
    {
        "name": _NAME,
        "resultType": _lit(_ob("resultType")),
        "valueMin": _lit(_ob("valueMin")),
        "valueMax": _lit(_ob("valueMax")),
    },
)
_RESULT = _Node(
    ("Result",),
    (_ob("Result"),),
    "none",
    {
        "resultDescription": _Prop(TYPED, _ob("resultDescription"), _OB_ANYURI),
        "value": _lit(_schema("value")),
    },
)
_CRITERIA = _Node((), (), "none", {"narrative": _lit(_ob("narrative"))})
_IMAGE = _Node(("Image",), (_ob("Image"),), "required")
_ACHIEVEMENT = _Node(
    ("Achievement",),
    (_ob("Achievement"),),
    "required",
    {
        "achievementType": _lit(_ob("achievementType")),
        "name": _NAME,
        "description": _DESCRIPTION,
        "criteria": _Prop(NODE, _ob("Criteria"), node=_CRITERIA),
        "image": _Prop(NODE, _ob("image"), node=_IMAGE),
        "version": _lit(_ob("version")),
        "inLanguage": _lit(_schema("inLanguage")),
        "otherIdentifier": _Prop(NODES, _ob("otherIdentifier"), node=_IDENTIFIER_ENTRY),
        "resultDescription": _Prop(NODES, _ob("resultDescription"), node=_RESULT_DESCRIPTION),
    },
)
_SUBJECT = _Node(
    ("AchievementSubject",),
    (_ob("AchievementSubject"),),
    "optional",
    {
        "identifier": _Prop(NODES, _ob("identifier"), node=_IDENTITY),
        "role": _lit(_ob("role")),
        "achievement": _Prop(NODE, _ob("achievement"), node=_ACHIEVEMENT),
        "result": _Prop(NODES, _ob("result"), node=_RESULT),
    },
)
_PROFILE = _Node(
    ("Profile",),
    (_ob("Profile"),),
    "required",
    {
        "name": _NAME,
        "official": _lit(_ob("official")),
    },
)
_STATUS_ENTRY = _Node(
    ("BitstringStatusListEntry",),
    (f"<{_STATUS}BitstringStatusListEntry>",),
    "required",
    {
        "statusPurpose": _lit(f"<{_STATUS}statusPurpose>"),
        "statusListIndex": _lit(f"<{_STATUS}statusListIndex>"),
        "statusListCredential": _Prop(IRI, f"<{_STATUS}statusListCredential>"),
    },
)
_EVIDENCE = _Node(
    ("Evidence",),
    (_ob("Evidence"),),
    "required",
    {
        "name": _NAME,
        "description": _DESCRIPTION,
        "genre": _lit(_schema("genre")),
        "narrative": _lit(_ob("narrative")),
    },
)
CREDENTIAL = _Node(
    ("VerifiableCredential", "OpenBadgeCredential"),
    (f"<{_CRED}VerifiableCredential>", _ob("OpenBadgeCredential")),
    "required",
    {
        "name": _NAME,
        "issuer": _Prop(NODE, f"<{_CRED}issuer>", node=_PROFILE),
        "validFrom": _Prop(TYPED, f"<{_CRED}validFrom>", _XSD_DATETIME),
        "credentialSubject": _Prop(NODE, f"<{_CRED}credentialSubject>", node=_SUBJECT),
        "credentialStatus": _Prop(NODE, f"<{_CRED}credentialStatus>", node=_STATUS_ENTRY),
        "evidence": _Prop(NODES, f"<{_CRED}evidence>", node=_EVIDENCE),
    },
)
PROOF_CONFIG = _Node(
    ("DataIntegrityProof",),
    (f"<{_SEC}DataIntegrityProof>",),
    "none",
    {
        "cryptosuite": _Prop(TYPED, f"<{_SEC}cryptosuite>", f"{_SEC}cryptosuiteString"),
        "created": _Prop(TYPED, "<http://purl.org/dc/terms/created>", _XSD_DATETIME),
        "verificationMethod": _Prop(IRI, f"<{_SEC}verificationMethod>"),
        "proofPurpose": _Prop(
            VOCAB, f"<{_SEC}proofPurpose>", vocab=(("assertionMethod", f"<{_SEC}assertionMethod>"),)
        ),
    },
)

Quad = tuple[str, str, str]


class _NotOurShape(Exception):  # noqa: N818 (a signal to step aside, not an error)
    """The document is not of the exact shape: canonicalise it with pyld instead."""


def serves_our_contexts(served_sha256: dict[str, str]) -> bool:
    """True when a context loader serves exactly the files these tables were read off."""
    return all(served_sha256.get(url) == digest for url, digest in CONTEXT_SHA256.items())


def credential_nquads(document: Any, skip: frozenset[str] = frozenset({"proof"})) -> str | None:
    """The canonical N-Quads of a credential of our shape (its `skip` keys left out), or None."""
    return _nquads(document, CREDENTIAL, skip)


def proof_config_nquads(config: Any) -> str | None:
    """The canonical N-Quads of an eddsa-rdfc-2022 proof configuration under our contexts, or None."""
    return _nquads(config, PROOF_CONFIG, frozenset())


def _nquads(document: Any, shape: _Node, skip: frozenset[str]) -> str | None:
    if not isinstance(document, dict) or document.get("@context") != CONTEXTS:
        return None
    writer = _Writer()
    try:
        writer.node({k: v for k, v in document.items() if k != "@context" and k not in skip}, shape)
        return _canonical(writer.quads)
    except (_NotOurShape, UnicodeEncodeError):  # a lone surrogate: pyld decides what becomes of it
        return None


class _Writer:
    def __init__(self) -> None:
        self.quads: dict[Quad, None] = {}  # an RDF dataset is a set; insertion order kept for readability
        self.blanks = 0

    def node(self, value: Any, shape: _Node) -> str:
        if type(value) is not dict:
            raise _NotOurShape
        subject = self._subject(value, shape)
        self._types(subject, value, shape)
        for key, item in value.items():
            if key in ("id", "type"):
                continue
            prop = shape.props.get(key)
            if prop is None:
                raise _NotOurShape
            self._property(subject, prop, item)
        return subject

    def _subject(self, value: dict[str, Any], shape: _Node) -> str:
        ident = value.get("id")
        if ident is None:
            if "id" in value or shape.ident == "required":
                raise _NotOurShape
            self.blanks += 1
            return f"_:b{self.blanks - 1}"
        if shape.ident == "none":
            raise _NotOurShape
        return _iri(ident)

    def _types(self, subject: str, value: dict[str, Any], shape: _Node) -> None:
        types = value.get("type")
        if not shape.types:
            if "type" in value:
                raise _NotOurShape
            return
        if type(types) is str:
            types = [types]
        if type(types) is not list or tuple(types) != shape.types:
            raise _NotOurShape
        for type_iri in shape.type_iris:
            self.quads[(subject, _RDF_TYPE, type_iri)] = None

    def _property(self, subject: str, prop: _Prop, value: Any) -> None:
        kind = prop.kind
        if kind == NODES:
            if type(value) is not list:
                raise _NotOurShape
            objects = [self._child(item, prop) for item in value]
        elif kind == NODE:
            objects = [self._child(value, prop)]
        else:
            objects = [_value(prop, value)]
        for obj in objects:
            self.quads[(subject, prop.predicate, obj)] = None

    def _child(self, value: Any, prop: _Prop) -> str:
        assert prop.node is not None
        return self.node(value, prop.node)


def _value(prop: _Prop, value: Any) -> str:
    kind = prop.kind
    if kind == BOOL:
        if type(value) is not bool:
            raise _NotOurShape
        return f'"{"true" if value else "false"}"^^<{prop.datatype}>'
    if type(value) is not str:
        raise _NotOurShape
    if kind == LIT:
        return f'"{_escape(value)}"'
    if kind == TYPED:
        return f'"{_escape(value)}"^^<{prop.datatype}>'
    if kind == IRI:
        return _iri(value)
    for accepted, iri in prop.vocab:
        if value == accepted:
            return iri
    raise _NotOurShape


def _iri(value: Any) -> str:
    if type(value) is not str or not _SAFE_IRI.fullmatch(value):
        raise _NotOurShape
    return f"<{value}>"


def _escape(value: str) -> str:
    """pyld's N-Quads literal escaping, exactly (nquads.escape)."""
    return (
        value.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace('"', '\\"')
    )


# ---- RDFC-1.0, for datasets whose blank nodes its first-degree hashes tell apart -------------------------


def _canonical(quads: dict[Quad, None]) -> str | None:
    """Canonical labels by first-degree hash (RDFC-1.0 §4.4 step 5); None when two blank nodes share a hash
    (telling them apart takes the N-degree algorithm: pyld then)."""
    mentions: dict[str, list[Quad]] = {}
    for quad in quads:
        subject, _, obj = quad
        if subject.startswith("_:"):
            mentions.setdefault(subject, []).append(quad)
        if obj.startswith("_:"):
            mentions.setdefault(obj, []).append(quad)
    by_hash = {_first_degree_hash(blank, found): blank for blank, found in mentions.items()}
    if len(by_hash) != len(mentions):
        return None
    labels = {blank: f"_:c14n{number}" for number, (_, blank) in enumerate(sorted(by_hash.items()))}
    lines = sorted(
        f"{labels.get(subject, subject)} {predicate} {labels.get(obj, obj)} .\n"
        for subject, predicate, obj in quads
    )
    text = "".join(lines)
    text.encode("utf-8")  # raises on a lone surrogate, as hashing the text would
    return text


def _first_degree_hash(blank: str, quads: list[Quad]) -> str:
    # each term in line (this runs for every blank node of every certificate imported): the blank node
    # itself is _:a, any other blank node _:z, anything else as it is
    lines = sorted(
        f"{'_:a' if s == blank else '_:z' if s[:2] == '_:' else s} {p} "
        f"{'_:a' if o == blank else '_:z' if o[:2] == '_:' else o} .\n"
        for s, p, o in quads
    )
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
