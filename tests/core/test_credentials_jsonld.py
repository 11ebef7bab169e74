"""The offline JSON-LD loader: only pinned, hash-checked contexts; and our context cache changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyld import jsonld as stock

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.common.paths import resources_dir
from trainer_app.core.credentials.jsonld import (
    OB_V3P0_CONTEXT,
    VC_EXAMPLES_V2_CONTEXT,
    VC_V2_CONTEXT,
    PinnedContexts,
    canonical_nquads,
    default_contexts,
    expand_strict,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "credentials"
CONTEXTS = resources_dir() / "contexts"


def test_pinned_contexts_are_exactly_the_three_we_ship() -> None:
    assert default_contexts().urls == {VC_V2_CONTEXT, VC_EXAMPLES_V2_CONTEXT, OB_V3P0_CONTEXT}


def test_loader_serves_a_copy() -> None:
    loader = PinnedContexts(CONTEXTS)
    first = loader(VC_V2_CONTEXT, {})
    first["document"]["@context"]["name"] = "changed"
    assert loader(VC_V2_CONTEXT, {})["document"]["@context"]["name"] == "https://schema.org/name"
    assert first["documentUrl"] == VC_V2_CONTEXT


@pytest.mark.parametrize("url", ["https://example.org/ctx", "https://www.w3.org/2018/credentials/v1", ""])
def test_any_other_url_is_refused_without_fetching(url: str) -> None:
    with pytest.raises(CredentialError, match="not pinned"):
        default_contexts()(url, {})
    with pytest.raises(CredentialError, match="not pinned"):
        expand_strict(
            {"@context": [VC_V2_CONTEXT, url or "https://x.example/"], "name": "n"}, default_contexts()
        )


def test_a_changed_context_file_is_refused_at_load(tmp_path: Path) -> None:
    shutil.copytree(CONTEXTS, tmp_path / "contexts")
    target = tmp_path / "contexts" / "ob-v3p0-context-3.0.3.json"
    target.write_bytes(target.read_bytes().replace(b"narrative", b"narrativ3"))
    with pytest.raises(CredentialError, match="does not match its SHA-256"):
        PinnedContexts(tmp_path / "contexts")


def test_a_missing_manifest_or_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CredentialError, match="manifest"):
        PinnedContexts(tmp_path)
    shutil.copytree(CONTEXTS, tmp_path / "contexts")
    (tmp_path / "contexts" / "credentials-v2.jsonld").unlink()
    with pytest.raises(CredentialError, match="missing"):
        PinnedContexts(tmp_path / "contexts")


def test_manifest_lists_every_shipped_context() -> None:
    manifest = json.loads((CONTEXTS / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["file"] for entry in manifest["contexts"]}
    shipped = {path.name for path in CONTEXTS.iterdir()} - {"manifest.json", "README.md"}
    assert listed == shipped


@pytest.mark.parametrize(
    "name",
    [
        "sample-certificate.json",
        "w3c-eddsa-rdfc-2022/signedDataInt.json",
        "w3c-eddsa-rdfc-2022/proofConfigDataInt.json",
    ],
)
def test_cached_processor_gives_stock_pyld_output(name: str) -> None:
    document = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    options = {"documentLoader": default_contexts(), "base": None}
    for _ in range(2):  # the second pass is served from the context cache
        assert expand_strict(document, default_contexts()) == stock.expand(document, dict(options))
        canonical = stock.normalize(
            document, {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
        )
        assert canonical_nquads(document, default_contexts()) == canonical


def test_relative_ids_are_refused() -> None:
    document = {"@context": [VC_V2_CONTEXT], "id": "relative/thing", "type": ["VerifiableCredential"]}
    with pytest.raises(CredentialError, match="undefined property: id relative/thing"):
        expand_strict(document, default_contexts())
