"""JSON-LD processing that never touches the network: pinned contexts checked against their SHA-256,
expansion that refuses undefined properties, and RDFC-1.0 canonical N-Quads.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyld import jsonld as pyld_jsonld

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.common.paths import resources_dir

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
VC_EXAMPLES_V2_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2"
OB_V3P0_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MANIFEST_FILE = "manifest.json"
# No document base: relative IRIs stay relative, so expand_strict can refuse them (pyld's "" would
# silently resolve them against http://example.org/base/).
NO_BASE = None


class PinnedContexts:
    """A pyld document loader serving only the context files listed in the manifest, verified at load."""

    def __init__(self, folder: Path) -> None:
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CredentialError("credential.json_ld_context_manifest", folder=folder) from error
        self._documents: dict[str, Any] = {}
        self.sha256: dict[str, str] = {}  # url -> SHA-256 of the file served for it
        for entry in manifest["contexts"]:
            self._documents[entry["url"]] = _read_verified(folder / entry["file"], entry["sha256"])
            self.sha256[entry["url"]] = entry["sha256"]

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._documents)

    def __call__(self, url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:  # noqa: ARG002 (pyld calls loaders with options)
        document = self._documents.get(url)
        if document is None:
            raise CredentialError("credential.malformed_json_ld_context", url=url)
        # 'static' lets pyld keep the resolved context between calls (safe: the content is pinned).
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": copy.deepcopy(document),
            "tag": "static",
        }


def _read_verified(path: Path, expected_sha256: str) -> Any:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CredentialError("credential.pinned_json_ld_context_2", name=path.name) from error
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise CredentialError("credential.pinned_json_ld_context", name=path.name)
    return json.loads(data)


@functools.cache
def default_contexts() -> PinnedContexts:
    """The contexts shipped in resources/contexts, loaded and verified once per process."""
    return PinnedContexts(resources_dir() / "contexts")


def expand_strict(document: dict[str, Any], loader: PinnedContexts) -> list[Any]:
    """Expand `document`; raise CredentialError('undefined property: …') if any key or type has no IRI."""
    dropped: list[str] = []
    for key in _keys_of(document):
        if ":" in key and not key.startswith("@"):
            dropped.append(key)
    processor = _CachingProcessor(on_property_dropped=lambda name: dropped.append(str(name)))
    expanded = _run(lambda: processor.expand(document, {"documentLoader": loader, "base": NO_BASE}))
    dropped.extend(_relative_iris(expanded))
    if dropped:
        raise CredentialError("credential.undefined_property", items=", ".join(sorted(set(dropped))))
    return list(expanded)


def canonical_nquads(document: dict[str, Any] | list[Any], loader: PinnedContexts) -> str:
    """RDF Dataset Canonicalization (RDFC-1.0, pyld's URDNA2015) serialised as N-Quads."""
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": loader,
        "base": NO_BASE,
    }
    return str(_run(lambda: _CachingProcessor().normalize(document, options)))


_PROCESSED_CONTEXTS: dict[tuple[Any, ...], Any] = {}
_MAX_PROCESSED_CONTEXTS = 1024


class _CachingProcessor(pyld_jsonld.JsonLdProcessor):  # type: ignore[misc]
    """pyld's processor, remembering processed contexts across calls.

    pyld re-processes every type-scoped context (Achievement, Result, …) on every node of every document,
    because it caches by the identity of a freshly cloned active context. Processing is a pure function of
    (active context, local context, flags, base, loader), so we memoise on exactly that. The active context
    is identified by its _uuid (a uuid1, never reused), so a key never meets a different context. This makes
    verification about 2.5x faster (benchmarks/bench_credentials.py); the tests check that the output
    equals stock pyld's byte for byte.
    """

    def _process_context(  # type: ignore[no-untyped-def]  # noqa: PLR0917 (pyld's own signature, overridden)
        self,
        active_ctx,
        local_ctx,
        options,
        override_protected=False,
        propagate=True,
        validate_scoped=True,
        cycles=None,
    ):
        key = _context_key(active_ctx, local_ctx, options, (override_protected, propagate, validate_scoped))
        cached = _PROCESSED_CONTEXTS.get(key) if key is not None else None
        if cached is not None:
            return cached
        processed = super()._process_context(
            active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
        )
        if key is not None and isinstance(processed, dict):
            processed.setdefault("_uuid", str(uuid.uuid1()))
            if len(_PROCESSED_CONTEXTS) >= _MAX_PROCESSED_CONTEXTS:
                _PROCESSED_CONTEXTS.clear()
            _PROCESSED_CONTEXTS[key] = processed
        return processed


def _context_key(active_ctx: Any, local_ctx: Any, options: dict[str, Any], flags: tuple[bool, ...]) -> Any:
    active_id = active_ctx.get("_uuid") if hasattr(active_ctx, "get") else None
    if active_id is None:
        return None
    try:
        local = json.dumps(local_ctx, sort_keys=True, default=dict)
    except (TypeError, ValueError):
        return None
    return (
        active_id,
        local,
        flags,
        options.get("base"),
        options.get("processingMode"),
        options.get("documentLoader"),
    )


def _run(operation: Any) -> Any:
    """Run a pyld call, turning its errors into CredentialError (keeping ours when a loader raised one)."""
    try:
        return operation()
    except pyld_jsonld.JsonLdError as error:
        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, CredentialError):
                raise cause from error
            cause = cause.__cause__
        code = getattr(error, "code", None) or getattr(error, "type", "error")
        raise CredentialError("credential.malformed_json_ld", code_=code) from error
    except (TypeError, ValueError, RecursionError) as error:
        raise CredentialError("credential.malformed_valid_json_ld") from error


def _keys_of(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if key == "@context":
                    continue
                yield key
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)


def _relative_iris(expanded: Any) -> Iterator[str]:
    """Types and node ids that did not expand to absolute IRIs would vanish from the RDF, unsigned."""
    stack = [expanded]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict) and "@value" not in item:
            for type_iri in item.get("@type", []):
                if not _is_absolute(type_iri):
                    yield f"type {type_iri}"
            node_id = item.get("@id")
            if node_id is not None and not _is_absolute(node_id):
                yield f"id {node_id}"
            stack.extend(value for key, value in item.items() if key not in ("@type", "@id"))


def _is_absolute(iri: Any) -> bool:
    return isinstance(iri, str) and bool(pyld_jsonld._is_absolute_iri(iri))
