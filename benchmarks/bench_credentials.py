"""Signed certificates: verification throughput (target >= 250/s), signing time, tokens, and pyld's cost."""

from __future__ import annotations

import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

COUNT = 300


def _facts(index: int) -> Any:
    from trainer_app.core.credentials.obfacts import CertificateFacts

    return CertificateFacts(
        credential_id=str(uuid.UUID(int=index + 1, version=4)),
        learner_id=str(uuid.UUID(int=10_000 + index, version=4)),
        learner_name=f"Bench Learner {index}",
        role_title="Case worker",
        agency=f"Agency {index % 7}",
        track_id="case-worker",
        track_title="Case worker track",
        criteria="Complete every module of the track and pass the final quiz.",
        score=(index % 101) / 100,
        pack_id="cpims-plus-kit",
        pack_version="1.0.0",
        issued_at=datetime(2026, 1, 5, tzinfo=UTC) + timedelta(minutes=index),
        issuer_name="Bench Training Centre",
        language="en",
    )


def _timed(function: Any, items: list[Any]) -> list[float]:
    seconds = []
    for item in items:
        started = time.perf_counter()
        function(item)
        seconds.append(time.perf_counter() - started)
    return seconds


def _p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def _stock_pyld_verify_ms(credential: dict[str, Any], rounds: int = 30) -> float:
    """The same work (one expansion, two canonicalisations) with stock pyld, without our context cache."""
    from pyld import jsonld

    from trainer_app.core.credentials.jsonld import default_contexts

    options = {"documentLoader": default_contexts(), "base": None}
    canon = {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
    unsecured = {key: value for key, value in credential.items() if key != "proof"}
    proof = credential["proof"]
    proof = proof[0] if isinstance(proof, list) else proof  # a list of one proof, as the app issues it
    config = {key: value for key, value in proof.items() if key != "proofValue"}
    config["@context"] = credential["@context"]
    started = time.perf_counter()
    for _ in range(rounds):
        jsonld.expand(credential, dict(options))
        jsonld.normalize(unsecured, dict(canon))
        jsonld.normalize(config, dict(canon))
    return (time.perf_counter() - started) / rounds * 1000


def run() -> list[tuple[str, float, str, str]]:
    from trainer_app.core.credentials.keys import DeviceKey
    from trainer_app.core.credentials.openbadge import issue, verify_credential
    from trainer_app.core.credentials.token import TokenClaims, make_token, verify_token

    key = DeviceKey.from_private_bytes(bytes(range(32)))
    known = [key.public.public_key]
    facts = [_facts(index) for index in range(COUNT)]

    started = time.perf_counter()
    first = issue(facts[0], key)
    first_ok = verify_credential(first, known).valid
    cold_ms = (time.perf_counter() - started) * 1000

    sign_seconds = _timed(lambda item: issue(item, key), facts)
    credentials = [issue(item, key) for item in facts]
    verify_seconds = _timed(lambda item: verify_credential(item, known), credentials)
    if not first_ok or not all(verify_credential(item, known).valid for item in credentials[:10]):
        raise RuntimeError("benchmark credentials do not verify")

    tokens = [make_token(TokenClaims.from_facts(item, key.did), key) for item in facts]
    token_seconds = _timed(lambda token: verify_token(token, lambda _did: key.public.public_key), tokens)

    return [
        ("verify credential, throughput", COUNT / sum(verify_seconds), "per s", ">= 250"),
        ("verify credential, p95", _p95(verify_seconds) * 1000, "ms", "<= 4"),
        ("issue (build + sign) credential, mean", statistics.fmean(sign_seconds) * 1000, "ms", "<= 20"),
        ("first issue + verify (contexts load)", cold_ms, "ms", "<= 500"),
        ("verify QR token, throughput", COUNT / sum(token_seconds), "per s", ">= 2000"),
        ("verify work with stock pyld (no cache)", _stock_pyld_verify_ms(credentials[0]), "ms", "info"),
    ]
