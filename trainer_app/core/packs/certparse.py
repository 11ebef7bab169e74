"""A track's certificates (`[[track.certificates]]`, or the legacy `[track.certificate]`) and the pack's
`[[practical_checks]]`, parsed with every problem reported at its line (format: docs/content-pack.md).
"""

from __future__ import annotations

import re
from typing import Any

from trainer_app.core.domain.pack import Certificate, CertificateTranslation, PracticalCheckDef
from trainer_app.core.packs.problems import Problems
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import TomlDoc

LANGUAGE_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
CERTIFICATE_KEYS = {"id", "title", "criteria", "step", "modules", "practical_checks", "translations"}
LEGACY_KEYS = {"title", "criteria", "translations", "practical_checks"}


class CertificateIds:
    """Certificate ids are unique across the pack: a gate names a certificate by its id alone."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}  # id -> "FILE:LINE" of its first definition

    def add(self, certificate_id: str, table: Table) -> bool:
        where = self.first.get(certificate_id)
        if where is not None:
            table.report(f"duplicate certificate id {certificate_id!r} (first defined at {where})", "id")
            return False
        self.first[certificate_id] = f"{table.doc.rel}:{table.key_line('id') or table.line}"
        return True


def parse_certificates(
    doc: TomlDoc,
    track: Table,
    track_id: str,
    track_modules: tuple[str, ...],
    ids: CertificateIds,
    check_ids: set[str],
) -> tuple[Certificate, ...]:
    """The track's certificates; a legacy `[track.certificate]` becomes one whole-track certificate."""
    has_new, has_legacy = track.has("certificates"), track.has("certificate")
    if has_new and has_legacy:
        track.report(f"{track.what}: give either [[track.certificates]] or [track.certificate], not both")
    if not has_new and not has_legacy:
        track.report(f"{track.what}: missing [[track.certificates]] (or the older [track.certificate])")
        return ()
    if not has_new:
        legacy = _legacy(doc, track, track_id, track_modules, check_ids)
        if track_id:
            ids.add(track_id, Table(doc, {}, track.problems, "track certificate", track.line))
        return (legacy,)
    entries = track.tables("certificates")
    if not entries:
        track.report(f"{track.what}: [[track.certificates]] lists no certificate", "certificates")
    found: list[Certificate] = []
    for index, data in enumerate(entries):
        entry_id = data.get("id") if isinstance(data, dict) else None
        line = doc.locate("track.certificates", index, entry_id if isinstance(entry_id, str) else None)
        table = Table(doc, data, track.problems, f"certificate {entry_id or index + 1}", line)
        certificate = _certificate(doc, table, track_modules, check_ids)
        if certificate is not None and ids.add(certificate.id, table):
            found.append(certificate)
    return tuple(found)


def _legacy(
    doc: TomlDoc, track: Table, track_id: str, track_modules: tuple[str, ...], check_ids: set[str]
) -> Certificate:
    data = track.mapping("certificate")
    table = Table(doc, data, track.problems, "track certificate", doc.header_line("track.certificate"))
    table.unknown_keys(LEGACY_KEYS)
    return Certificate(
        title=table.text("title", required=True),
        criteria=table.text("criteria"),
        translations=_translations(doc, table, "track.certificate"),
        id=track_id,
        step=None,
        modules=track_modules,
        practical_checks=_checks(table, check_ids),
    )


def _certificate(
    doc: TomlDoc, table: Table, track_modules: tuple[str, ...], check_ids: set[str]
) -> Certificate | None:
    if not table.data:
        return None
    table.unknown_keys(CERTIFICATE_KEYS)
    ident = table.ident(what="certificate")
    step = table.integer("step", None, minimum=1)
    modules = table.strings("modules", required=True)
    if table.has("modules") and not modules:
        table.report(f"{table.what}: 'modules' must name at least one module of the track", "modules")
    for module_id in modules:
        if module_id not in track_modules:
            table.report(
                f"{table.what}: module {module_id!r} is not one of the track's modules "
                f"({', '.join(track_modules)})",
                "modules",
            )
    if len(set(modules)) != len(modules):
        table.report(f"{table.what}: 'modules' lists a module twice", "modules")
    checks = _checks(table, check_ids)
    return Certificate(
        title=table.text("title", required=True),
        criteria=table.text("criteria"),
        translations=_translations(doc, table, "track.certificates"),
        id=ident,
        step=step,
        modules=modules,
        practical_checks=checks,
    )


def _checks(table: Table, check_ids: set[str]) -> tuple[str, ...]:
    """`practical_checks`: ids of the pack's [[practical_checks]], each known and listed once."""
    checks = table.strings("practical_checks")
    for check_id in checks:
        if check_id not in check_ids:
            known = ", ".join(sorted(check_ids)) or "none are defined"
            table.report(
                f"{table.what}: unknown practical check {check_id!r} ([[practical_checks]] of the pack: {known})",
                "practical_checks",
            )
    if len(set(checks)) != len(checks):
        table.report(f"{table.what}: 'practical_checks' lists a check twice", "practical_checks")
    return checks


def _translations(doc: TomlDoc, certificate: Table, prefix: str) -> tuple[CertificateTranslation, ...]:
    """`[<prefix>.translations.<lang>]` tables: title (required) and criteria in that language."""
    found: list[CertificateTranslation] = []
    for language, data in certificate.mapping("translations").items():
        header = _header_after(doc, f"{prefix}.translations.{language}", certificate.line)
        table = Table(
            doc,
            data,
            certificate.problems,
            f"certificate translation {language!r}",
            header or certificate.line,
        )
        if not LANGUAGE_RE.fullmatch(language):
            table.report(f"{table.what}: {language!r} is not a language code such as 'fr' or 'pt-BR'")
            continue
        table.unknown_keys({"title", "criteria"})
        found.append(
            CertificateTranslation(language, table.text("title", required=True), table.text("criteria"))
        )
    return tuple(found)


def _header_after(doc: TomlDoc, name: str, start: int | None) -> int | None:
    """The first `[name]` header at or after `start`: several certificates may each translate to 'fr'."""
    return next((line for line, header, _ in doc.headers if header == name and line >= (start or 0)), None)


def parse_practical_checks(doc: TomlDoc, top: Table, problems: Problems) -> tuple[PracticalCheckDef, ...]:
    found: list[PracticalCheckDef] = []
    seen: set[str] = set()
    for index, data in enumerate(top.tables("practical_checks")):
        entry_id: Any = data.get("id") if isinstance(data, dict) else None
        line = doc.locate("practical_checks", index, entry_id if isinstance(entry_id, str) else None)
        table = Table(doc, data, problems, f"practical check {entry_id or index + 1}", line)
        if not table.data:
            continue
        table.unknown_keys({"id", "title", "description"})
        check = PracticalCheckDef(
            table.ident(what="practical check"), table.text("title", required=True), table.text("description")
        )
        if check.id in seen:
            table.report(f"duplicate practical check id {check.id!r}", "id")
        elif check.id:
            seen.add(check.id)
            found.append(check)
    return tuple(found)
