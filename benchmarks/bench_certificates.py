"""Certificates end to end: PDF drawing (median over 200, target <= 25 ms) and re-verifying stored
credentials through the service (target >= 250 per second), plus issuing through the service."""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

PDF_COUNT = 200
STORED_COUNT = 300


def _facts(index: int, language: str = "en") -> Any:
    from trainer_app.core.credentials.obfacts import CertificateFacts

    return CertificateFacts(
        credential_id=str(uuid.UUID(int=index + 1, version=4)),
        learner_id=str(uuid.UUID(int=10_000 + index, version=4)),
        learner_name=f"Bench Learner {index} Émile Łukasiewicz" if language != "ar" else f"أمل حداد {index}",
        role_title="Case worker",
        agency=f"Agency {index % 7}",
        track_id="case-worker",
        track_title="Case worker track",
        criteria="Completed every module of the case worker track and passed each module quiz.",
        score=(index % 101) / 100,
        pack_id="cpims-plus-kit",
        pack_version="1.0.0",
        issued_at=datetime(2026, 1, 5, tzinfo=UTC) + timedelta(minutes=index),
        issuer_name="Bench Training Centre",
        language=language,
    )


def _pdf_times() -> tuple[list[float], float]:
    from trainer_app.core.credentials.encoding import canonical_json
    from trainer_app.core.credentials.keys import DeviceKey
    from trainer_app.core.credentials.openbadge import issue
    from trainer_app.core.credentials.token import TokenClaims, make_token
    from trainer_app.core.services.certificate_text import build_document
    from trainer_app.pdf.certificate import render_certificate_pdf

    key = DeviceKey.from_private_bytes(bytes(range(32)))
    documents = []
    for index in range(PDF_COUNT):
        facts = _facts(index, "ar" if index % 10 == 0 else "en")
        token = make_token(TokenClaims.from_facts(facts, key.did), key)
        documents.append(
            build_document(
                facts,
                "Case worker: training completed",
                key.fingerprint,
                token,
                canonical_json(issue(facts, key)),
            )
        )
    started = time.perf_counter()
    first_size = len(render_certificate_pdf(documents[0]))  # fonts load once
    first_ms = (time.perf_counter() - started) * 1000
    seconds = []
    for document in documents:
        started = time.perf_counter()
        render_certificate_pdf(document)
        seconds.append(time.perf_counter() - started)
    return seconds, first_ms if first_size else 0.0


def _stored_verification() -> tuple[float, float]:
    """Per second: verify_stored over STORED_COUNT stored certificates; ms: one issue_if_eligible-like issue."""
    from trainer_app.core.app import open_app
    from trainer_app.core.credentials.encoding import canonical_json
    from trainer_app.core.credentials.openbadge import issue
    from trainer_app.core.domain.certificate import CertificateOrigin
    from trainer_app.core.services.certificate_store import record_certificate

    with tempfile.TemporaryDirectory() as folder:
        app = open_app(data_dir=folder, with_bundled_pack=False)
        try:
            key = app.trust.device_key()
            started = time.perf_counter()
            signed = [
                (facts, canonical_json(issue(facts, key)).decode())
                for facts in map(_facts, range(STORED_COUNT))
            ]
            issue_ms = (time.perf_counter() - started) / STORED_COUNT * 1000
            with app.db.transaction() as conn:
                for facts, text in signed:
                    record_certificate(
                        conn,
                        facts,
                        key.public.public_key,
                        text,
                        None,
                        origin=CertificateOrigin.ISSUED,
                        now=facts.issued_at,
                    )
            started = time.perf_counter()
            results = app.certificates.verify_stored()
            elapsed = time.perf_counter() - started
            if len(results) != STORED_COUNT or not all(ok for _, ok, _ in results):
                raise RuntimeError("stored benchmark credentials do not verify")
        finally:
            app.close()
    return STORED_COUNT / elapsed, issue_ms


def run() -> list[tuple[str, float, str, str]]:
    pdf_seconds, first_ms = _pdf_times()
    per_second, issue_ms = _stored_verification()
    ordered = sorted(pdf_seconds)
    return [
        ("certificate PDF, median of 200", statistics.median(pdf_seconds) * 1000, "ms", "<= 25"),
        ("certificate PDF, p95", ordered[int(0.95 * (len(ordered) - 1))] * 1000, "ms", "info"),
        ("first certificate PDF (fonts load)", first_ms, "ms", "info"),
        ("verify stored credentials, throughput", per_second, "per s", ">= 250"),
        ("sign a certificate (build + sign), mean", issue_ms, "ms", "info"),
    ]
