"""Checking and importing certificate files: PDFs (attached credential and QR token), credential JSON, tokens.

A report says valid or not and precisely why, with who, what, when, and the issuer and whether it is trusted
here. Importing keeps intact certificates only (from untrusted keys too: kept, not counted); never a partial one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.coded import CodedReason, reason_text
from trainer_app.core.common.errors import CertificateError, CredentialError
from trainer_app.core.credentials.token import UNKNOWN_KEY  # intact, issuer not trusted here
from trainer_app.core.domain.certificate import Certificate, CertificateOrigin
from trainer_app.core.services.certificate_store import record_certificate
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database

if TYPE_CHECKING:
    from trainer_app.core.credentials.certfile import CertificateInput

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_FOLDER_FILES = 10_000
CERTIFICATE_SUFFIXES = (".pdf", ".json", ".txt")


@dataclass(frozen=True)
class VerificationReport:
    """One checked file or token. `intact`: the signature holds under the issuer's own key (trusted or not)."""

    source: str
    kind: str  # pdf | json | token | unknown
    valid: bool
    # None when valid; else why not (bad signature, unknown key, revoked, malformed …)
    problem: CodedReason | None
    intact: bool = False
    certificate_id: str | None = None
    learner_id: str | None = None
    learner_name: str = ""
    track_id: str = ""
    track_title: str = ""
    pack_id: str = ""
    pack_version: str = ""
    issued_on: date | None = None
    score: str | None = None  # percentage text as signed, e.g. "85.5"
    issuer_name: str = ""
    issuer_did: str | None = None
    issuer_fingerprint: str | None = None
    issuer_trusted: bool = False
    issuer_label: str = ""
    credential: bytes | None = field(default=None, repr=False, compare=False)
    token: str | None = field(default=None, repr=False, compare=False)
    status: str = (
        ""  # what a revocation status list said: "" (none checked), "not revoked", "revoked", or why not
    )

    @property
    def importable(self) -> bool:
        return self.intact and self.credential is not None

    @property
    def reason(self) -> str:
        """The English reason ("" when valid), as the CLI prints it."""
        return reason_text(self.problem)

    @property
    def code(self) -> str:
        return self.problem.code if self.problem else ""


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY_STORED = "already stored"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    source: str
    status: ImportStatus
    problem: CodedReason | None  # why it was rejected (None when imported or already stored)
    certificate: Certificate | None = None
    report: VerificationReport | None = None

    @property
    def reason(self) -> str:
        """The English reason ("" unless rejected), as the CLI prints it."""
        return reason_text(self.problem)


class CertificateChecker:
    def __init__(self, db: Database, clock: Clock, trust: TrustService) -> None:
        self._db = db
        self._clock = clock
        self._trust = trust

    # ---- verification ------------------------------------------------------------------------------

    def verify_bytes(self, data: bytes, source: str) -> VerificationReport:
        from trainer_app.core.credentials.certfile import InputKind, read_certificate_input

        try:
            item = read_certificate_input(data)
        except CredentialError as error:
            return VerificationReport(source, "unknown", False, CodedReason.of_error(error))
        if item.kind is InputKind.TOKEN:
            assert item.token is not None
            return self.verify_token(item.token, source)
        return self._verify_credential(item, source)

    def verify_token(self, token: str, source: str = "token") -> VerificationReport:
        from trainer_app.core.credentials.keys import public_key_from_did_key
        from trainer_app.core.credentials.token import verify_token

        trusted = set(self._trust.trusted_keys())
        outcome = verify_token(token.strip(), lambda did: _key_if(public_key_from_did_key(did), trusted))
        claims = outcome.claims
        if claims is None:
            return VerificationReport(
                source, "token", False, outcome.problem, issuer_fingerprint=outcome.issuer_fingerprint
            )
        report = VerificationReport(
            source,
            "token",
            outcome.valid,
            outcome.problem,
            intact=outcome.valid or outcome.code == UNKNOWN_KEY,
            certificate_id=claims.credential_id,
            learner_name=claims.learner_name,
            track_title=claims.track_title,
            issued_on=claims.issued_on,
            score=claims.score,
            issuer_did=claims.issuer_did,
            issuer_fingerprint=outcome.issuer_fingerprint,
            issuer_trusted=outcome.valid,
            token=token.strip(),
        )
        return self._with_local_state(report)

    def _verify_credential(self, item: CertificateInput, source: str) -> VerificationReport:
        from trainer_app.core.credentials.obfacts import percent_text
        from trainer_app.core.credentials.openbadge import verify_credential_json

        assert item.credential is not None
        outcome = verify_credential_json(item.credential, self._trust.trusted_keys())
        facts = outcome.facts
        kind = item.kind.value
        if facts is None or outcome.issuer_did is None:
            return VerificationReport(
                source, kind, False, outcome.problem, issuer_fingerprint=outcome.issuer_fingerprint
            )
        report = VerificationReport(
            source,
            kind,
            outcome.valid,
            outcome.problem,
            intact=True,
            certificate_id=facts.credential_id,
            learner_id=facts.learner_id,
            learner_name=facts.learner_name,
            track_id=facts.track_id,
            track_title=facts.track_title,
            pack_id=facts.pack_id,
            pack_version=facts.pack_version,
            issued_on=facts.issued_at.date(),
            score=None if facts.score is None else percent_text(facts.score),
            issuer_name=facts.issuer_name,
            issuer_did=outcome.issuer_did,
            issuer_fingerprint=outcome.issuer_fingerprint,
            issuer_trusted=outcome.valid,
            credential=item.credential,
            token=item.token,
        )
        if item.token is not None:
            problem = _token_problem(item.token, facts, outcome.issuer_did)
            if problem is not None:
                return _replace(report, valid=False, intact=False, problem=problem)
        return self._with_local_state(report)

    def _with_local_state(self, report: VerificationReport) -> VerificationReport:
        """Add what this installation knows: the issuer's label and any recorded revocation."""
        with self._db.transaction() as conn:
            stored = certificates_repo.get(conn, report.certificate_id) if report.certificate_id else None
            key = _public_key_hex(report.issuer_did)
            record = certificates_repo.get_key(conn, key) if key else None
        label = record.label if record else ""
        if stored is not None and stored.revoked_at is not None:
            when = stored.revoked_at.date()
            revoked = (
                CodedReason.of("verify.revoked_on_reason", date=when, reason=stored.revoked_reason)
                if stored.revoked_reason
                else CodedReason.of("verify.revoked_on", date=when)
            )
            return _replace(report, valid=False, problem=revoked, issuer_label=label)
        return _replace(report, issuer_label=label)

    def verify_paths(self, paths: Iterable[Path]) -> list[VerificationReport]:
        return [self._verify_file(path) for path in expand_paths(paths)]

    def _verify_file(self, path: Path) -> VerificationReport:
        try:
            return self.verify_bytes(read_capped(path), str(path))
        except CredentialError as error:
            return VerificationReport(str(path), "unknown", False, CodedReason.of_error(error))

    # ---- import ------------------------------------------------------------------------------------

    def import_paths(self, paths: Iterable[Path]) -> list[ImportResult]:
        results = []
        for path in expand_paths(paths):
            try:
                data = read_capped(path)
            except CredentialError as error:
                results.append(ImportResult(str(path), ImportStatus.REJECTED, CodedReason.of_error(error)))
                continue
            results.append(self.import_bytes(data, str(path)))
        return results

    def import_bytes(self, data: bytes, source: str) -> ImportResult:
        return self.import_report(self.verify_bytes(data, source))

    def import_report(self, report: VerificationReport) -> ImportResult:
        if report.kind == "token":
            reason = CodedReason.of("verify.token_not_importable")
            return ImportResult(report.source, ImportStatus.REJECTED, reason, None, report)
        if not report.importable:
            return ImportResult(report.source, ImportStatus.REJECTED, report.problem, None, report)
        return self._store(report)

    def _store(self, report: VerificationReport) -> ImportResult:
        from trainer_app.core.credentials.encoding import canonical_json
        from trainer_app.core.credentials.keys import public_key_from_did_key
        from trainer_app.core.credentials.obfacts import read_facts
        from trainer_app.core.credentials.safejson import parse_credential_json

        assert report.credential is not None
        assert report.issuer_did is not None
        document = parse_credential_json(report.credential)
        facts = read_facts(document)
        issuer_key = public_key_from_did_key(report.issuer_did)
        with self._db.transaction() as conn:
            existing = certificates_repo.get(conn, facts.credential_id)
            if existing is not None:
                stored = parse_credential_json(
                    (certificates_repo.credential_json(conn, existing.id) or "").encode()
                )
                if canonical_json(stored) == canonical_json(document):
                    return ImportResult(report.source, ImportStatus.ALREADY_STORED, None, existing, report)
                reason = CodedReason.of("verify.same_id_stored")
                return ImportResult(report.source, ImportStatus.REJECTED, reason, existing, report)
            self._trust.remember(conn, issuer_key)
            text = report.credential.decode("utf-8-sig")
            certificate = record_certificate(
                conn,
                facts,
                issuer_key,
                text,
                report.token,
                origin=CertificateOrigin.IMPORTED,
                now=self._clock(),
            )
        return ImportResult(report.source, ImportStatus.IMPORTED, None, certificate, report)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders as the certificate files inside them (sorted, capped)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in CERTIFICATE_SUFFIXES
            )
            yield from found[:MAX_FOLDER_FILES]
        else:
            yield path


def read_capped(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CertificateError("certificate.read_file", strerror=error.strerror or error) from error
    if len(data) > MAX_FILE_BYTES:
        raise CertificateError(
            "certificate.malformed_larger_than_mb", max_file_bytes=MAX_FILE_BYTES // 1048576
        )
    return data


def _key_if(public_key: bytes, trusted: set[bytes]) -> bytes | None:
    return public_key if public_key in trusted else None


def _public_key_hex(did: str | None) -> str | None:
    from trainer_app.core.credentials.keys import public_key_from_did_key

    if did is None:
        return None
    try:
        return public_key_from_did_key(did).hex()
    except CredentialError:
        return None


def _token_problem(token: str, facts: object, issuer_did: str) -> CodedReason | None:
    """None when the PDF's QR token is intact and states what the credential states; else why not."""
    from trainer_app.core.credentials.certfile import token_matches
    from trainer_app.core.credentials.keys import public_key_from_did_key
    from trainer_app.core.credentials.obfacts import CertificateFacts
    from trainer_app.core.credentials.token import verify_token

    assert isinstance(facts, CertificateFacts)
    issuer_key = public_key_from_did_key(issuer_did)
    outcome = verify_token(token, lambda did: issuer_key if did == issuer_did else None)
    if outcome.code == UNKNOWN_KEY or (
        outcome.claims and not token_matches(outcome.claims, facts, issuer_did)
    ):
        return CodedReason.of("verify.token_mismatch")
    return None if outcome.problem is None else CodedReason.of("verify.token_problem", reason=outcome.problem)


def _replace(report: VerificationReport, **changes: object) -> VerificationReport:
    import dataclasses

    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]
