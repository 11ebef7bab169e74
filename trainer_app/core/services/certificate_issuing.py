"""Issuing certificates: each of a track's certificates once its modules (and practical checks) are complete,
signed with the device key; re-issued on a newer pack version. Nothing else: reading, files and checks live
in their own services.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.certificate import Certificate, CertificateOrigin
from trainer_app.core.domain.pack import Certificate as PackCertificate
from trainer_app.core.domain.pack import Pack, Track
from trainer_app.core.rules.certificates import certificate_complete
from trainer_app.core.services.branding import ORGANISATION_SETTING, BrandingService
from trainer_app.core.services.certificate_batch import BatchRequest, Sources, issue_batch
from trainer_app.core.services.certificate_facts import build_facts, certificate_quizzes, mean_score
from trainer_app.core.services.certificate_store import record_certificate
from trainer_app.core.services.learners import LearnerService
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.status_list import StatusListService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database

if TYPE_CHECKING:
    from trainer_app.core.domain.classroom import PracticalCheck
    from trainer_app.core.domain.learner import Learner

# (learner id, pack id) -> the passed practical checks that count, by check id
PassedChecks = Callable[[str, str], Mapping[str, "PracticalCheck"]]


@dataclass(frozen=True)
class Signing:
    """What a certificate is signed and stamped with: the organisation's name (settings), the device key
    (trust), its revocation entry (status list) and the signatory (branding, optional)."""

    settings: SettingsService
    trust: TrustService
    status_list: StatusListService
    branding: BrandingService | None = None


class CertificateIssuer:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        learners: LearnerService,
        progress: ProgressService,
        signing: Signing,
        *,
        passed_checks: PassedChecks | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._learners = learners
        self._progress = progress
        self._settings = signing.settings
        self._trust = signing.trust
        self._status_list = signing.status_list
        self._passed_checks = passed_checks
        self._branding = signing.branding

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
            raise NotFoundError(
                "certificate.pack_certificate", pack_id=pack_id, certificate_id=certificate_id
            )
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
            pack=self._packs.get,
            progress=self._progress.for_learner,
            passed_checks=self._passed_checks or _no_checks,
            score=self._score,
            organisation=self._organisation,
            issue_one=self.issue_certificate,
            new_status_entries=self._status_list.new_entries,
            key=self._trust.device_key(),
            signatory=self._branding.current().signatory if self._branding else "",
        )
        with self._db.transaction() as conn:
            return issue_batch(sources, conn, requests, self._clock(), on_progress)

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

        key = self._trust.device_key()
        score = self._score(learner.id, pack, award[1])
        passed = dict(self._passed_checks(learner.id, pack.id)) if self._passed_checks else {}
        signatory = self._branding.current().signatory if self._branding else ""
        facts = build_facts(
            learner,
            pack,
            award,
            score,
            self._organisation(pack),
            issued_at,
            passed_checks=passed,
            signatory=signatory,
        )
        token = make_token(TokenClaims.from_facts(facts, key.did), key)
        with self._db.transaction() as conn:
            if _current_exists(conn, learner.id, pack, award[1].id):
                raise TrainerError("certificate.certificate_track_issued_same")
            status = self._status_list.new_entry(conn)
            signed_json = canonical_json(issue(facts, key, status=status)).decode("utf-8")
            issued = record_certificate(
                conn,
                facts,
                key.public.public_key,
                signed_json,
                token,
                origin=CertificateOrigin.ISSUED,
                now=self._clock(),
            )
            self._status_list.record(conn, issued.id, status)
            return issued

    def _score(self, learner_id: str, pack: Pack, certificate: PackCertificate) -> float | None:
        """Mean of the best passing scores of the certificate's required quizzes; None when it has none."""
        with self._db.transaction() as conn:
            best = certificates_repo.passing_quiz_scores(conn, learner_id, pack.id)
        return mean_score(certificate_quizzes(pack, certificate), best)

    def _organisation(self, pack: Pack) -> str:
        configured = str(self._settings.current.extra.get(ORGANISATION_SETTING, "") or "").strip()
        return configured or pack.publisher


def _no_checks(_learner_id: str, _pack_id: str) -> Mapping[str, PracticalCheck]:
    return {}


def _current_exists(conn: Any, learner_id: str, pack: Pack, certificate_id: str) -> bool:
    """A certificate for this pack version that is not superseded (revoked ones count: no silent re-issue)."""
    existing = certificates_repo.for_achievement(conn, learner_id, pack.id, certificate_id)
    return any(c.pack_version == pack.version and c.superseded_by is None for c in existing)
