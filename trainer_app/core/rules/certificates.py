"""Which pack certificates a learner has earned, and what a certificate already issued counts for (pure).

A certificate is earned when every module it names is complete (each required activity done: quiz passed,
video watched, ...), the rule a whole-track certificate always had. A whole-track certificate issued before a
pack split its track into per-step certificates keeps counting for each of them whose modules the track
covered: it proves the learner completed every module of that track. What the track covered is its
`legacy_modules` when the pack states them (the modules it had then), else its modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from trainer_app.core.domain.pack import Certificate, Pack, Track
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.rules.completion import module_progress


def certificate_complete(pack: Pack, certificate: Certificate, done: Mapping[str, ActivityProgress]) -> bool:
    """Every module of the certificate complete; a certificate naming no known module is never earned."""
    modules = [pack.module(module_id) for module_id in certificate.modules]
    if not modules or any(m is None for m in modules):
        return False
    return all(module_progress(m, done).status is Status.COMPLETED for m in modules if m is not None)


def whole_track_covers(track_modules: Iterable[str], certificate_modules: Iterable[str]) -> bool:
    """A whole-track certificate covers a per-step certificate when the track held every module it needs."""
    held = set(track_modules)
    needed = set(certificate_modules)
    return bool(needed) and needed <= held


def counts_for(pack: Pack, track_id: str, certificate_key: str) -> tuple[str, ...]:
    """The ids of the pack's certificates that an issued certificate counts for.

    `certificate_key` is what the credential awards: a certificate id, or a track id for a whole-track
    certificate. A pack certificate with that id counts directly. A whole-track certificate of a track that
    now awards per-step certificates counts for each of them its track's modules cover.
    """
    found = [c.id for _, c in pack.certificates() if c.id == certificate_key]
    track = pack.track(track_id)
    if certificate_key == track_id and track is not None:
        found += [c.id for c in track.certificates if c.id != certificate_key and _covered(track, c)]
    return tuple(dict.fromkeys(found))


def _covered(track: Track, certificate: Certificate) -> bool:
    return whole_track_covers(track.legacy_modules or track.module_ids, certificate.modules)
