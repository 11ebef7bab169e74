"""Certificates: issue each of a track's certificates when its modules are complete (re-issue on a newer pack
version), list, revoke, write the PDF and JSON, check and import files, and give gate evaluation the
certificates that count.
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.certificate import (
    Certificate,
    CertificateOrigin,
    CountableCertificate,
    IssuerKeyRecord,
)
from trainer_app.core.domain.pack import Certificate as PackCertificate
from trainer_app.core.domain.pack import Pack, Track
from trainer_app.core.rules.certificates import certificate_complete
from trainer_app.core.services.branding import BrandingService
from trainer_app.core.services.certificate_batch import BatchRequest, Sources, issue_batch
from trainer_app.core.services.certificate_facts import (
    build_facts,
    certificate_quizzes,
    certificate_title,
    mean_score,
)
from trainer_app.core.services.certificate_import import (
    CertificateChecker,
    ImportResult,
    VerificationReport,
)
from trainer_app.core.services.certificate_store import record_certificate
from trainer_app.core.services.certificate_text import (
    CertificateDocument,
    CertificatePdfRenderer,
    build_document,
)
from trainer_app.core.services.learners import LearnerService
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.status_list import STATUS_LIST_FILE, StatusListService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database

if TYPE_CHECKING:
    from trainer_app.core.domain.classroom import PracticalCheck
    from trainer_app.core.domain.learner import Learner

# (learner id, pack id) -> the passed practical checks that count, by check id
PassedChecks = Callable[[str, str], Mapping[str, "PracticalCheck"]]

ORGANISATION_SETTING = "organisation"  # Settings.extra key: the organisation named on certificates


class CertificateService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        learners: LearnerService,
        progress: ProgressService,
        settings: SettingsService,
        trust: TrustService,
        pdf_renderer: CertificatePdfRenderer,
        passed_checks: PassedChecks | None = None,
        status_list: StatusListService | None = None,
        branding: BrandingService | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._learners = learners
        self._progress = progress
        self._settings = settings
        self.trust = trust
        self._render_pdf = pdf_renderer
        self._passed_checks = passed_checks
        self.checker = CertificateChecker(db, clock, trust)
        self.status_list = status_list or StatusListService(db, clock, trust, settings)
        self.branding = branding

    # ---- issuing -----------------------------------------------------------------------------------

    def issue_if_eligible(
        self, learner_id: str, pack_id: str, track_id: str | None = None
    ) -> Certificate | None:
        """Issue every certificate of the learner's track (their main role's unless given) that is newly earned;
        the first of them, or None. Idempotent."""
        issued = self.issue_earned(learner_id, pack_id, track_id)
        return issued[0] if issued else None

    def issue_earned(self, learner_id: str, pack_id: str, track_id: str | None = None) -> list[Certificate]:
        """Each certificate of the track whose modules are all complete and that has no certificate for this
        pack version yet, in the order the track lists them."""
        pack = self._packs.get(pack_id)
        learner = self._learners.get(learner_id)
        track = pack.track(track_id) if track_id else pack.track_for_role(learner.main_role)
        if track is None:
            return []
        done = self._progress.for_learner(learner_id, pack.id)
        issued: list[Certificate] = []
        for certificate in track.certificates:
            if not certificate_complete(pack, certificate, done):
                continue
            if self._has_current(learner_id, pack, certificate.id):
                continue
            if self.missing_practical_checks(learner_id, pack, certificate):
                continue
            issued.append(self._issue(learner, pack, (track, certificate), self._clock()))
        return issued

    def missing_practical_checks(
        self, learner_id: str, pack: Pack, certificate: PackCertificate | Track
    ) -> builtins.list[str]:
        """The practical checks the certificate needs that the learner has not passed (from a trusted key).
        Given a track, its whole-track or first certificate."""
        if isinstance(certificate, Track):
            certificate = certificate.certificates[0]
        needed = certificate.practical_checks
        passed = self._passed_checks(learner_id, pack.id) if needed and self._passed_checks else {}
        return [c for c in needed if c not in passed]

    def issue_certificate(
        self, learner_id: str, pack_id: str, certificate_id: str, issued_at: datetime | None = None
    ) -> Certificate | None:
        """Issue one pack certificate if its modules are complete and none exists for this pack version.

        `issued_at` (demo data: the day the work was finished) defaults to now; it may not be in the future.
        """
        pack = self._packs.get(pack_id)
        learner = self._learners.get(learner_id)
        award = pack.certificate(certificate_id)
        if award is None:
            raise NotFoundError(f"Pack {pack_id} has no certificate '{certificate_id}'.")
        now = self._clock()
        moment = min(issued_at, now) if issued_at is not None else now
        done = self._progress.for_learner(learner_id, pack.id)
        if not certificate_complete(pack, award[1], done) or self._has_current(
            learner_id, pack, certificate_id
        ):
            return None
        if self.missing_practical_checks(learner_id, pack, award[1]):
            return None
        return self._issue(learner, pack, award, moment)

    def issue_batch(
        self, requests: Sequence[BatchRequest], on_progress: Callable[[int], None] | None = None
    ) -> int:
        """Many certificates at once, in one transaction (the demo seed): same checks and signing as
        `issue_certificate`, with the lookups shared and the rows written together. Returns how many."""
        sources = Sources(
            self._packs.get,
            self._progress.for_learner,
            self._passed_checks or _no_checks,
            self.certificate_score,
        )
        with self._db.transaction() as conn:
            return issue_batch(self, sources, conn, requests, self._clock(), on_progress)

    def issue_all_eligible(self, learner_id: str) -> builtins.list[Certificate]:
        """Every certificate the learner has newly earned, across installed packs and all of their roles."""
        learner = self._learners.get(learner_id)
        issued = []
        for pack in self._packs.list():
            for track in dict.fromkeys(t for r in learner.roles if (t := pack.track_for_role(r))):
                issued += self.issue_earned(learner_id, pack.id, track.id)
        return issued

    def _has_current(self, learner_id: str, pack: Pack, certificate_id: str) -> bool:
        with self._db.transaction() as conn:
            return _current_exists(conn, learner_id, pack, certificate_id)

    def _issue(
        self, learner: Learner, pack: Pack, award: tuple[Track, PackCertificate], issued_at: datetime
    ) -> Certificate:
        from trainer_app.core.credentials.encoding import canonical_json
        from trainer_app.core.credentials.openbadge import issue
        from trainer_app.core.credentials.token import TokenClaims, make_token

        key = self.trust.device_key()
        score = self.certificate_score(learner.id, pack, award[1])
        passed = dict(self._passed_checks(learner.id, pack.id)) if self._passed_checks else {}
        signatory = self.branding.current().signatory if self.branding else ""
        facts = build_facts(
            learner, pack, award, score, self.organisation(pack), issued_at, passed, signatory
        )
        token = make_token(TokenClaims.from_facts(facts, key.did), key)
        with self._db.transaction() as conn:
            if _current_exists(conn, learner.id, pack, award[1].id):
                raise TrainerError("A certificate for this track was issued at the same moment.")
            status = self.status_list.new_entry(conn)
            signed_json = canonical_json(issue(facts, key, status=status)).decode("utf-8")
            issued = record_certificate(
                conn,
                facts,
                key.public.public_key,
                signed_json,
                token,
                CertificateOrigin.ISSUED,
                self._clock(),
            )
            self.status_list.record(conn, issued.id, status)
            return issued

    def certificate_score(self, learner_id: str, pack: Pack, certificate: PackCertificate) -> float | None:
        """Mean of the best passing scores of the certificate's required quizzes; None when it has none."""
        with self._db.transaction() as conn:
            best = certificates_repo.passing_quiz_scores(conn, learner_id, pack.id)
        return mean_score(certificate_quizzes(pack, certificate), best)

    def organisation(self, pack: Pack) -> str:
        configured = str(self._settings.current.extra.get(ORGANISATION_SETTING, "") or "").strip()
        return configured or pack.publisher

    # ---- queries -----------------------------------------------------------------------------------

    def list(self, learner_id: str | None = None) -> builtins.list[Certificate]:
        """Newest first; all stored certificates, or one learner's."""
        with self._db.transaction() as conn:
            return certificates_repo.list_certificates(conn, learner_id)

    def get(self, certificate_id: str) -> Certificate:
        """By full id or a unique prefix of it (as the CLI prints them)."""
        wanted = certificate_id.strip().removeprefix("urn:uuid:").lower()
        with self._db.transaction() as conn:
            found = certificates_repo.get(conn, wanted)
        if found is not None:
            return found
        matches = [c for c in self.list() if c.id.startswith(wanted)] if len(wanted) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ValidationError(
                f"'{certificate_id}' matches {len(matches)} certificates; give more of the id."
            )
        raise NotFoundError(f"No certificate with id '{certificate_id}'.")

    def credential_json(self, certificate_id: str) -> bytes:
        """The signed credential exactly as stored (what a verifier checks)."""
        with self._db.transaction() as conn:
            text = certificates_repo.credential_json(conn, self.get(certificate_id).id)
        return (text or "").encode("utf-8")

    def countable(
        self, pack_id: str | None = None, track_ids: Iterable[str] | None = None
    ) -> builtins.list[CountableCertificate]:
        """For gate evaluation: valid, unrevoked, unsuperseded certificates from trusted issuers."""
        self.trust.device_key()
        wanted = set(track_ids) if track_ids is not None else None
        result = []
        for c in self.list():
            if (
                not c.is_countable
                or (pack_id and c.pack_id != pack_id)
                or (wanted is not None and c.track_id not in wanted)
            ):
                continue
            result.append(
                CountableCertificate(
                    c.id, c.learner_id, c.learner_name, self._role_id(c), c.role_title, c.agency,
                    c.pack_id, c.track_id, c.issued_at, c.certificate_key,
                )
            )  # fmt: skip
        return result

    def _role_id(self, certificate: Certificate) -> str:
        pack = next((p for p in self._packs.list() if p.id == certificate.pack_id), None)
        track = pack.track(certificate.track_id) if pack else None
        return track.role if track else ""

    def verify_stored(self) -> builtins.list[tuple[str, bool, str]]:
        """Re-verify every stored credential: (id, valid, reason). Revocation and trust are not applied."""
        from trainer_app.core.credentials.openbadge import verify_credential_json

        with self._db.transaction() as conn:
            stored = list(certificates_repo.iter_credentials(conn))
        known = self.trust.trusted_keys()
        results = []
        for certificate_id, text in stored:
            outcome = verify_credential_json(text.encode("utf-8"), known)
            results.append((certificate_id, outcome.valid or outcome.reason == "unknown key", outcome.reason))
        return results

    # ---- revocation --------------------------------------------------------------------------------

    def revoke(self, certificate_id: str, reason: str) -> Changes:
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("Give the reason for revoking the certificate.")
        certificate = self.get(certificate_id)
        if certificate.revoked_at is not None:
            raise ValidationError(
                f"Certificate {certificate.id} was already revoked on {certificate.revoked_at:%Y-%m-%d}."
            )
        with self._db.transaction() as conn:
            certificates_repo.revoke(conn, certificate.id, self._clock(), reason)
        return Changes.CERTIFICATES | Changes.GATES

    # ---- files -------------------------------------------------------------------------------------

    def document(self, certificate_id: str) -> CertificateDocument:
        from trainer_app.core.credentials.obfacts import read_facts
        from trainer_app.core.credentials.safejson import parse_credential_json

        certificate = self.get(certificate_id)
        signed = self.credential_json(certificate.id)
        facts = read_facts(parse_credential_json(signed))
        with self._db.transaction() as conn:
            token = certificates_repo.qr_token(conn, certificate.id)
        title = self._certificate_title(facts.pack_id, facts.certificate_key, facts.language)
        logo = (
            self.branding.logo() if self.branding and certificate.origin is CertificateOrigin.ISSUED else None
        )
        return build_document(facts, title, certificate.issuer_fingerprint, token, signed, logo)

    def _certificate_title(self, pack_id: str, certificate_key: str, language: str) -> str:
        pack = next((p for p in self._packs.list() if p.id == pack_id), None)
        award = pack.certificate(certificate_key) if pack else None
        return certificate_title(pack, award[1], language) if pack and award else ""

    def pdf_bytes(self, certificate_id: str) -> bytes:
        return self._render_pdf(self.document(certificate_id))

    def write_pdf(self, certificate_id: str, path: Path) -> Path:
        data = self.pdf_bytes(certificate_id)
        write_file(Path(path), data)
        with self._db.transaction() as conn:
            certificates_repo.set_pdf_hash(
                conn, self.get(certificate_id).id, hashlib.sha256(data).hexdigest()
            )
        return Path(path)

    def write_json(self, certificate_id: str, path: Path) -> Path:
        """The signed credential, indented for people to read (any JSON encoding of it verifies)."""
        document = json.loads(self.credential_json(certificate_id))
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        write_file(Path(path), text.encode("utf-8"))
        return Path(path)

    def export(self, out_dir: Path, learner_id: str | None = None) -> builtins.list[Path]:
        """A PDF and a JSON file per certificate (one learner's, or all) into `out_dir`, and the current
        revocation status list beside them."""
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        written: builtins.list[Path] = []
        for certificate in self.list(learner_id):
            stem = file_stem(certificate)
            written.append(self.write_pdf(certificate.id, out_dir / f"{stem}.pdf"))
            written.append(self.write_json(certificate.id, out_dir / f"{stem}.json"))
        written.append(self.status_list.write(out_dir / STATUS_LIST_FILE))
        return written

    # ---- checking and importing files --------------------------------------------------------------

    def verify_paths(
        self, paths: Iterable[Path], status_list: dict[str, Any] | None = None
    ) -> builtins.list[VerificationReport]:
        """Check files; each intact credential is also checked against `status_list`, or this installation's
        own list when it points there. A certificate the list marks revoked is not valid."""
        return [self._with_status(report, status_list) for report in self.checker.verify_paths(paths)]

    def _with_status(
        self, report: VerificationReport, status_list: dict[str, Any] | None
    ) -> VerificationReport:
        from trainer_app.core.credentials.safejson import parse_credential_json

        if report.credential is None or not report.intact:
            return report
        check = self.status_list.check(parse_credential_json(report.credential), status_list)
        if not check.checked:
            return dataclasses.replace(report, status=f"not checked: {check.reason}")
        if not check.revoked:
            return dataclasses.replace(report, status="not revoked")
        reason = report.reason if not report.valid else "revoked (the issuer's status list)"
        return dataclasses.replace(report, valid=False, reason=reason, status="revoked")

    def verify_token(self, token: str) -> VerificationReport:
        return self.checker.verify_token(token)

    def import_paths(self, paths: Iterable[Path]) -> builtins.list[ImportResult]:
        return self.checker.import_paths(paths)

    def trust_issuer_of(self, path: Path, label: str) -> tuple[IssuerKeyRecord, Changes]:
        """Trust the issuer of an intact certificate file (PDF or JSON)."""
        from trainer_app.core.credentials.keys import public_key_from_did_key

        report = self.checker.verify_paths([Path(path)])[0]
        if not report.intact or report.issuer_did is None or report.kind == "token":
            raise ValidationError(
                f"{path}: not an intact certificate ({report.reason}); its issuer was not trusted."
            )
        return self.trust.trust_key(public_key_from_did_key(report.issuer_did), label)


def _no_checks(_learner_id: str, _pack_id: str) -> Mapping[str, PracticalCheck]:
    return {}


def _current_exists(conn: Any, learner_id: str, pack: Pack, certificate_id: str) -> bool:
    """A certificate for this pack version that is not superseded (revoked ones count: no silent re-issue)."""
    existing = certificates_repo.for_achievement(conn, learner_id, pack.id, certificate_id)
    return any(c.pack_version == pack.version and c.superseded_by is None for c in existing)


def file_stem(certificate: Certificate) -> str:
    """`certificate-<learner>-<certificate>-<id8>`, safe on every file system (non-ASCII letters kept); the
    certificate part is the track id for a whole-track certificate."""
    name = re.sub(r"[^\w]+", "-", certificate.learner_name, flags=re.UNICODE).strip("-_")[:40] or "learner"
    track = re.sub(r"[^\w]+", "-", certificate.certificate_key).strip("-_")[:40] or "track"
    return f"certificate-{name}-{track}-{certificate.id[:8]}"


def write_file(path: Path, data: bytes) -> None:
    """Write through a sibling temporary file and rename, so a failure leaves no partial file."""
    try:
        files.write_atomically(path, data)
    except OSError as error:
        raise TrainerError(f"Cannot write {path}: {error.strerror or error}.") from error
