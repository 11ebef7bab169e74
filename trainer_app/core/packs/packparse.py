"""`content/pack.toml` and the track files parsed into a Pack, every problem reported with file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer_app.core.domain.pack import Activity, Book, Module, Pack, Role, Track
from trainer_app.core.packs.activities import parse_activity
from trainer_app.core.packs.certparse import CertificateIds, parse_certificates, parse_practical_checks
from trainer_app.core.packs.problems import Problems, Subject
from trainer_app.core.packs.safepaths import file_problem
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import TomlDoc, read_toml

PACK_FILE = "content/pack.toml"
SCHEMA_VERSION = 1
PACK_KEYS = {
    "schema_version",
    "id",
    "version",
    "language",
    "title",
    "publisher",
    "track_files",
    "roles",
    "books",
    "practical_checks",
}
TRACK_KEYS = {
    "id",
    "role",
    "title",
    "description",
    "modules",
    "certificate",
    "certificates",
    "legacy_modules",
}
MODULE_KEYS = {"id", "title", "summary", "prerequisites", "activities"}


@dataclass(frozen=True)
class Where:
    file: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


class IdRegistry:
    """The table of each id of one kind; a second definition is reported as a duplicate."""

    def __init__(self, what: str, problems: Problems) -> None:
        self.what = what
        self.problems = problems
        self.tables: dict[str, Table] = {}

    def add(self, value: str, table: Table) -> bool:
        if not value:
            return False
        first = self.tables.get(value)
        if first is not None:
            where = Where(first.doc.rel, first.key_line("id"))
            table.report(
                "pack.problem.duplicate_id", "id", what=Subject(self.what), value=value, where=str(where)
            )
            return False
        self.tables[value] = table
        return True


@dataclass
class ParsedPack:
    """The pack plus the tables its entries came from, so later checks can point at a line."""

    pack: Pack
    track_tables: dict[str, Table] = field(default_factory=dict)
    module_tables: dict[str, Table] = field(default_factory=dict)
    activity_tables: dict[str, Table] = field(default_factory=dict)


class _Context:
    def __init__(self, root: Path, problems: Problems, book_ids: set[str], check_ids: set[str]) -> None:
        self.root = root
        self.check_ids = check_ids
        self.certificate_ids = CertificateIds()
        self.problems = problems
        self.book_ids = book_ids
        self.tracks: list[Track] = []
        self.modules: list[Module] = []
        self.track_ids = IdRegistry("track", problems)
        self.module_ids = IdRegistry("module", problems)
        self.activity_ids = IdRegistry("activity", problems)


def parse_pack(root: Path, problems: Problems) -> ParsedPack | None:
    """Parse the manifest and every track file; None only when pack.toml itself cannot be read."""
    reason = file_problem(root, PACK_FILE)
    if reason:
        problems.add(PACK_FILE, None, "pack.problem.no_manifest", reason=reason)
        return None
    doc = read_toml(root, PACK_FILE, problems)
    if doc is None:
        return None
    top = Table(doc, doc.data, problems, Subject("pack"), top_level=True)
    top.unknown_keys(PACK_KEYS)
    _check_schema(top)
    roles = tuple(_roles(doc, top, problems))
    books = tuple(_books(doc, top, problems))
    checks = parse_practical_checks(doc, top, problems)
    context = _Context(root, problems, {book.id for book in books}, {c.id for c in checks})
    for rel in _track_files(top, root):
        _parse_track_file(context, rel)
    pack = Pack(
        id=top.ident(what="pack"),
        version=top.text("version", required=True),
        language=top.text("language", required=True),
        title=top.text("title", required=True),
        publisher=top.text("publisher", required=True),
        root=root,
        roles=roles,
        books=books,
        tracks=tuple(context.tracks),
        modules=tuple(context.modules),
        schema_version=SCHEMA_VERSION,
        practical_checks=checks,
    )
    return ParsedPack(pack, context.track_ids.tables, context.module_ids.tables, context.activity_ids.tables)


def _check_schema(top: Table) -> None:
    if not top.has("schema_version"):
        top.report("pack.problem.missing_key", key="schema_version")
        return
    version = top.integer("schema_version", SCHEMA_VERSION, minimum=1)
    if version is not None and version > SCHEMA_VERSION:
        top.report("pack.problem.schema_too_new", "schema_version", value=version, known=SCHEMA_VERSION)


def _entries(doc: TomlDoc, top: Table, key: str, problems: Problems) -> list[Table]:
    tables = []
    for index, data in enumerate(top.tables(key)):
        entry_id = data.get("id") if isinstance(data, dict) else None
        line = doc.locate(key, index, entry_id if isinstance(entry_id, str) else None)
        tables.append(Table(doc, data, problems, Subject(key[:-1], str(entry_id or index + 1)), line))
    return tables


def _roles(doc: TomlDoc, top: Table, problems: Problems) -> list[Role]:
    if not top.tables("roles"):
        top.report("pack.problem.no_roles", "roles")
    registry = IdRegistry("role", problems)
    roles = []
    for table in _entries(doc, top, "roles", problems):
        table.unknown_keys({"id", "title", "description"})
        role = Role(table.ident(what="role"), table.text("title", required=True), table.text("description"))
        if registry.add(role.id, table):
            roles.append(role)
    return roles


def _books(doc: TomlDoc, top: Table, problems: Problems) -> list[Book]:
    registry = IdRegistry("book", problems)
    books = []
    for table in _entries(doc, top, "books", problems):
        table.unknown_keys({"id", "title", "description"})
        book = Book(table.ident(what="book"), table.text("title", required=True), table.text("description"))
        if registry.add(book.id, table):
            books.append(book)
    return books


def _track_files(top: Table, root: Path) -> list[str]:
    files = top.strings("track_files", required=True)
    if top.has("track_files") and not files:
        top.report("pack.problem.no_track_files", "track_files")
    found: list[str] = []
    for rel in files:
        if rel in found:
            top.report("pack.problem.track_file_twice", "track_files", path=rel)
        elif top.check_file("track_files", rel, root):
            found.append(rel)
    return found


def _parse_track_file(context: _Context, rel: str) -> None:
    doc = read_toml(context.root, rel, context.problems)
    if doc is None:
        return
    top = Table(doc, doc.data, context.problems, Subject("track_file"), top_level=True)
    top.unknown_keys({"track", "modules"})
    if not top.has("track"):
        top.report("pack.problem.no_track_table")
    else:
        _parse_track(context, doc, top.mapping("track"))
    activity_index = 0
    for table in _entries(doc, top, "modules", context.problems):
        activity_index = _parse_module(context, doc, table, activity_index)


def _parse_track(context: _Context, doc: TomlDoc, data: dict[str, Any]) -> None:
    subject = Subject("track", str(data.get("id", "")).strip())
    table = Table(doc, data, context.problems, subject, doc.header_line("track"))
    table.unknown_keys(TRACK_KEYS)
    track_id = table.ident(what="track")
    module_ids = table.strings("modules", required=True)
    certificates = parse_certificates(
        doc, table, track_id, module_ids, context.certificate_ids, context.check_ids
    )
    track = Track(
        id=track_id,
        role=table.text("role", required=True),
        title=table.text("title", required=True),
        description=table.text("description"),
        module_ids=module_ids,
        certificates=certificates,
        legacy_modules=table.strings("legacy_modules"),
    )
    if context.track_ids.add(track_id, table):
        context.tracks.append(track)


def _parse_module(context: _Context, doc: TomlDoc, table: Table, activity_index: int) -> int:
    table.unknown_keys(MODULE_KEYS)
    module_id = table.ident(what="module")
    entries = table.tables("activities", required=True)
    if table.has("activities") and not entries:
        table.report("pack.problem.module_no_activities", "activities")
    activities: list[Activity] = []
    for data in entries:
        entry_id = data.get("id") if isinstance(data, dict) else None
        line = doc.locate(
            "modules.activities", activity_index, entry_id if isinstance(entry_id, str) else None
        )
        activity_index += 1
        activity_table = Table(doc, data, context.problems, Subject("activity", str(entry_id or "?")), line)
        activity = parse_activity(activity_table, module_id, context.root, context.book_ids)
        if activity is not None and context.activity_ids.add(activity.id, activity_table):
            activities.append(activity)
    module = Module(
        id=module_id,
        title=table.text("title", required=True),
        summary=table.text("summary"),
        activities=tuple(activities),
        prerequisites=table.strings("prerequisites"),
    )
    if context.module_ids.add(module_id, table):
        context.modules.append(module)
    return activity_index
