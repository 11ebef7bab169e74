"""Composition root: opens the data folder and the database, runs migrations, wires the services. No logic."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from trainer_app.core.common.clock import Clock, system_clock
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.paths import DataPaths, bundled_pack_root, resolve_data_dir
from trainer_app.core.services import database_url as database_url_setting
from trainer_app.core.services.branding import BrandingService
from trainer_app.core.services.certificate_text import CertificateDocument
from trainer_app.core.services.certificates import CertificateService
from trainer_app.core.services.classroom import ClassroomService
from trainer_app.core.services.database import DatabaseService
from trainer_app.core.services.demo import DemoService
from trainer_app.core.services.gates import GateService, certificate_source
from trainer_app.core.services.guides import GuideService
from trainer_app.core.services.item_analysis import ItemAnalysisService, ItemPdfWriter
from trainer_app.core.services.learners import LearnerService
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.services.quizzes import QuizService
from trainer_app.core.services.readiness import ReadinessWriter
from trainer_app.core.services.records import RecordsService
from trainer_app.core.services.reports import ReportPdfWriter, ReportService
from trainer_app.core.services.search import SearchService
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.slides import SlideService
from trainer_app.core.services.trainer_mode import TrainerModeService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.services.videos import VideoService
from trainer_app.core.services.walkthroughs import WalkthroughService
from trainer_app.core.services.xapi import XapiService
from trainer_app.core.storage import backup, migrate
from trainer_app.core.storage.db import (
    Database,
    check_sqlite_file,
    make_engine,
    sqlite_file_of,
    sqlite_url,
)


@dataclass
class App:
    paths: DataPaths
    db: Database
    clock: Clock
    settings: SettingsService
    packs: PackService
    learners: LearnerService
    progress: ProgressService
    search: SearchService
    database: DatabaseService
    guides: GuideService
    quizzes: QuizService
    slides: SlideService
    walkthroughs: WalkthroughService
    gates: GateService
    demo: DemoService
    trust: TrustService
    certificates: CertificateService
    records: RecordsService
    trainer_mode: TrainerModeService
    reports: ReportService
    items: ItemAnalysisService
    xapi: XapiService
    videos: VideoService
    classroom: ClassroomService

    def close(self) -> None:
        self.db.dispose()


def open_database(paths: DataPaths, database_url: str | None, clock: Clock) -> Database:
    """Check the file, back it up before any migration, migrate in one transaction, keep daily backups."""
    url = database_url or sqlite_url(paths.database)
    file = sqlite_file_of(url)
    if file is not None:  # before the engine, which creates the file when it is missing
        newest = backup.newest_good_backup(paths.backups)
        check_sqlite_file(file, str(newest) if newest else None)
    engine = make_engine(url)
    if migrate.needs_upgrade(engine):
        if file is not None and file.exists() and migrate.current_revision(engine) is not None:
            backup.backup_sqlite(file, paths.backups, "pre-migration", clock())
        migrate.upgrade(engine)
    if file is not None:
        _daily_backup(file, paths, clock)
    return Database(engine)


def _daily_backup(file: Path, paths: DataPaths, clock: Clock) -> None:
    newest = backup.newest_backup(paths.backups)
    stamp = backup.backup_time(newest) if newest else None
    now = clock()
    if stamp is None or now.replace(tzinfo=None) - stamp > timedelta(days=1):
        backup.backup_sqlite(file, paths.backups, "daily", now)
        backup.thin_backups(paths.backups, now)


def open_app(
    data_dir: str | None = None,
    portable: bool = False,
    database_url: str | None = None,
    clock: Clock = system_clock,
    bundled_root: Path | None = None,
    with_bundled_pack: bool = True,
) -> App:
    paths = DataPaths(resolve_data_dir(data_dir, portable)).ensure()
    settings = SettingsService(paths.settings)
    database_url_setting.use_password_file(paths.root / "secrets")
    db = open_database(paths, database_url or database_url_setting.configured(settings), clock)
    packs = PackService(
        db, paths, clock, (bundled_root or bundled_pack_root()) if with_bundled_pack else None
    )
    packs.sync()
    roles = tuple(dict.fromkeys(r.id for p in packs.list() for r in p.roles))
    xapi = XapiService(db, clock, packs, settings, paths.root / "secrets")
    progress = ProgressService(db, clock, packs, observers=[xapi.record])
    learners = LearnerService(db, clock, roles)
    trust = TrustService(db, clock, paths)
    trust.device_key()  # the installation's key pair exists from the first run on
    classroom = ClassroomService(
        db, clock, packs, learners, progress, trust, observers=[xapi.record_classroom]
    )
    certificates = CertificateService(
        db,
        clock,
        packs,
        learners,
        progress,
        settings,
        trust,
        _render_certificate_pdf,
        classroom.passed_checks,
        branding=BrandingService(settings, paths.root / "branding"),
    )
    quizzes = QuizService(db, clock, packs, progress, issue_certificates=certificates.issue_all_eligible)
    gates = GateService(
        db, clock, packs, certificate_source(certificates.countable, packs), _readiness_writer
    )
    return App(
        paths=paths,
        db=db,
        clock=clock,
        settings=settings,
        packs=packs,
        learners=learners,
        progress=progress,
        search=SearchService(db),
        database=DatabaseService(db, paths, clock),
        guides=GuideService(packs),
        quizzes=quizzes,
        slides=SlideService(packs, progress),
        walkthroughs=WalkthroughService(db, clock, packs, progress),
        gates=gates,
        demo=DemoService(db, packs, gates, certificates.issue_batch, xapi.lrs_settings),
        trust=trust,
        certificates=certificates,
        records=RecordsService(db, clock, trust),
        trainer_mode=TrainerModeService(db, clock),
        reports=ReportService(db, clock, packs, quizzes, _report_pdf_writer),
        items=ItemAnalysisService(db, clock, packs, quizzes, _items_pdf_writer),
        xapi=xapi,
        videos=VideoService(packs, progress),
        classroom=classroom,
    )


def _qt_pdf(module_name: str, attribute: str, what: str) -> Any:
    """A Qt PDF writer from trainer_app.pdf, imported only when a PDF is written: core never imports Qt."""
    try:
        module = importlib.import_module(f"trainer_app.pdf.{module_name}")
    except ImportError as error:
        raise TrainerError(f"Writing {what} needs Qt (PySide6), which cannot be loaded: {error}") from error
    return getattr(module, attribute)


def _render_certificate_pdf(document: CertificateDocument) -> bytes:
    pdf: bytes = _qt_pdf("certificate", "render_certificate_pdf", "a certificate PDF")(document)
    return pdf


def _readiness_writer() -> ReadinessWriter:
    writer: ReadinessWriter = _qt_pdf("readiness", "write_readiness_report", "the readiness report")
    return writer


def _report_pdf_writer() -> ReportPdfWriter:
    writer: ReportPdfWriter = _qt_pdf("report", "write_completion_report", "a PDF report")
    return writer


def _items_pdf_writer() -> ItemPdfWriter:
    writer: ItemPdfWriter = _qt_pdf("items_report", "write_item_report", "the item analysis PDF")
    return writer
