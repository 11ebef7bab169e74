"""A track's certificates (`[[track.certificates]]`, or the legacy `[track.certificate]`) and the pack's
`[[practical_checks]]`, parsed with every problem reported at its line (format: docs/content-pack.md).
"""

from __future__ import annotations

import re
from typing import Any

from trainer_app.core.domain.pack import Certificate, CertificateTranslation, PracticalCheckDef
from trainer_app.core.packs.problems import Problems, Subject
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
            table.report(
                "pack.problem.duplicate_id",
                "id",
                what=Subject("certificate"),
                value=certificate_id,
                where=where,
            )
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
        track.report("pack.problem.certificates_both")
    if not has_new and not has_legacy:
        track.report("pack.problem.certificates_missing")
        return ()
    if not has_new:
        legacy = _legacy(doc, track, track_id, track_modules, check_ids)
        if track_id:
            ids.add(track_id, Table(doc, {}, track.problems, Subject("track_certificate"), track.line))
        return (legacy,)
    entries = track.tables("certificates")
    if not entries:
        track.report("pack.problem.certificates_empty", "certificates")
    found: list[Certificate] = []
    for index, data in enumerate(entries):
        entry_id = data.get("id") if isinstance(data, dict) else None
        line = doc.locate("track.certificates", index, entry_id if isinstance(entry_id, str) else None)
        table = Table(doc, data, track.problems, Subject("certificate", str(entry_id or index + 1)), line)
        certificate = _certificate(doc, table, track_modules, check_ids)
        if certificate is not None and ids.add(certificate.id, table):
            found.append(certificate)
    return tuple(found)


def _legacy(
    doc: TomlDoc, track: Table, track_id: str, track_modules: tuple[str, ...], check_ids: set[str]
) -> Certificate:
    data = track.mapping("certificate")
    table = Table(
        doc, data, track.problems, Subject("track_certificate"), doc.header_line("track.certificate")
    )
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
        table.report("pack.problem.certificate_no_modules", "modules")
    for module_id in modules:
        if module_id not in track_modules:
            known = ", ".join(track_modules)
            table.report("pack.problem.module_not_in_track", "modules", value=module_id, known=known)
    if len(set(modules)) != len(modules):
        table.report("pack.problem.listed_twice_modules", "modules")
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
            if check_ids:
                known = ", ".join(sorted(check_ids))
                table.report("pack.problem.unknown_check", "practical_checks", value=check_id, known=known)
            else:
                table.report("pack.problem.unknown_check_none", "practical_checks", value=check_id)
    if len(set(checks)) != len(checks):
        table.report("pack.problem.listed_twice_checks", "practical_checks")
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
            Subject("certificate_translation", repr(language)),
            header or certificate.line,
        )
        if not LANGUAGE_RE.fullmatch(language):
            table.report("pack.problem.bad_language", value=language)
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
        table = Table(doc, data, problems, Subject("practical_check", str(entry_id or index + 1)), line)
        if not table.data:
            continue
        table.unknown_keys({"id", "title", "description"})
        check = PracticalCheckDef(
            table.ident(what="practical_check"), table.text("title", required=True), table.text("description")
        )
        if check.id in seen:
            table.report(
                "pack.problem.duplicate_id_here", "id", what=Subject("practical_check"), value=check.id
            )
        elif check.id:
            seen.add(check.id)
            found.append(check)
    return tuple(found)
