"""What a certificate issued here states, decided from the pack, the learner and their results: the language
(the learner's when the certificate is translated into it), title, criteria and score. Pure functions.
"""

from __future__ import annotations

import statistics
from datetime import datetime
from typing import TYPE_CHECKING

from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import ActivityKind, Certificate, Pack, Track

if TYPE_CHECKING:
    from trainer_app.core.credentials.obfacts import CertificateFacts, PracticalEvidence
    from trainer_app.core.domain.classroom import PracticalCheck


def certificate_language(certificate: Certificate, pack: Pack, learner_language: str) -> str:
    """The learner's language when the certificate is translated into it; else the pack's."""
    if learner_language and learner_language.split("-", maxsplit=1)[0] == pack.language.split("-")[0]:
        return pack.language
    found = certificate.text_for(learner_language) if learner_language else None
    return found.language if found else pack.language


def certificate_title(pack: Pack, certificate: Certificate, language: str) -> str:
    translation = certificate.text_for(language) if language != pack.language else None
    return translation.title if translation and translation.title else certificate.title


def certificate_quizzes(pack: Pack, certificate: Certificate) -> list[str]:
    """The required quizzes of the certificate's modules (their mean best score is the one it states)."""
    modules = [m for module_id in certificate.modules if (m := pack.module(module_id)) is not None]
    return [a.id for m in modules for a in m.activities if a.kind is ActivityKind.QUIZ and a.required]


def mean_score(quiz_ids: list[str], best_scores: dict[str, float]) -> float | None:
    """Mean of the best passing score of each quiz; None for a track without quizzes."""
    scores = [best_scores[q] for q in quiz_ids if q in best_scores]
    return round(statistics.fmean(scores), 4) if scores else None


def practical_evidence(
    pack: Pack, certificate: Certificate, language: str, passed: dict[str, PracticalCheck]
) -> tuple[PracticalEvidence, ...]:
    """The certificate's practical checks, in the order its definition lists them, described in `language`."""
    from trainer_app.core.credentials.obfacts import PracticalEvidence
    from trainer_app.core.services.certificate_text import label

    found = []
    for check_id in certificate.practical_checks:
        check = passed[check_id]
        definition = pack.practical_check(check_id)
        when = check.observed_at.date().isoformat()
        found.append(
            PracticalEvidence(
                check.id,
                definition.title if definition else check_id,
                label("observed", language).format(name=check.observed_by, date=when),
                check.note,
            )
        )
    return tuple(found)


def build_facts(
    learner: Learner,
    pack: Pack,
    award: tuple[Track, Certificate],
    score: float | None,
    issuer_name: str,
    issued_at: datetime,
    *,
    passed_checks: dict[str, PracticalCheck] | None = None,
    signatory: str = "",
) -> CertificateFacts:
    """A whole-track certificate states the track's title as before; a per-step one its own title and id."""
    from trainer_app.core.credentials.obfacts import CertificateFacts

    track, certificate = award
    language = certificate_language(certificate, pack, learner.language)
    translation = certificate.text_for(language) if language != pack.language else None
    criteria = (translation.criteria if translation else "") or certificate.criteria
    role = pack.role(track.role)
    whole_track = certificate.id == track.id
    return CertificateFacts(
        credential_id=new_uuid(),
        learner_id=learner.id,
        learner_name=learner.display_name,
        role_title=role.title if role else track.role,
        agency=learner.agency,
        track_id=track.id,
        track_title=track.title if whole_track else certificate_title(pack, certificate, language),
        criteria=criteria or f"Completed every required activity of {track.title}.",
        score=score,
        pack_id=pack.id,
        pack_version=pack.version,
        issued_at=issued_at.replace(microsecond=0),
        issuer_name=issuer_name,
        language=language,
        practical=practical_evidence(pack, certificate, language, passed_checks or {}),
        achievement_id="" if whole_track else certificate.id,
        signatory=signatory.strip(),
    )
