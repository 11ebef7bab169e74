"""Composition root: opens the data folder and the database, runs migrations, wires the services. No logic."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from trainer_app.core.common.clock import Clock, system_clock
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.paths import DataPaths, bundled_pack_root, resolve_data_dir
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.services import database_url as database_url_setting
from trainer_app.core.services.branding import BrandingService
from trainer_app.core.services.certificate_checks import CertificateChecks
from trainer_app.core.services.certificate_files import CertificateFiles
from trainer_app.core.services.certificate_issuing import CertificateIssuer, Signing
from trainer_app.core.services.certificate_revocation import RevocationService
from trainer_app.core.services.certificates import CertificateRegistry
from trainer_app.core.services.classroom import ClassroomService
from trainer_app.core.services.database import DatabaseService
from trainer_app.core.services.demo import DemoService
from trainer_app.core.services.gates import GateService, certificate_source
from trainer_app.core.services.guides import GuideService
from trainer_app.core.services.item_analysis import ItemAnalysisService
from trainer_app.core.services.learners import LearnerService
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.pdf_writers import NO_PDF, PdfWriters
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.services.quizzes import QuizService
from trainer_app.core.services.records import RecordsService
from trainer_app.core.services.reports import ReportService
from trainer_app.core.services.search import SearchService
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.slides import SlideService
from trainer_app.core.services.status_list import StatusListService
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

log = logging.getLogger(__name__)


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
    certificates: CertificateRegistry
    certificate_issuer: CertificateIssuer
    certificate_files: CertificateFiles
    certificate_checks: CertificateChecks
    revocation: RevocationService
    status_list: StatusListService
    branding: BrandingService
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
    *,
    portable: bool = False,
    database_url: str | None = None,
    clock: Clock = system_clock,
    bundled_root: Path | None = None,
    with_bundled_pack: bool = True,
    pdf: PdfWriters = NO_PDF,
) -> App:
    """`pdf`: the PDF writers, handed in by the command line and the window (the output layer draws them)."""
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

    def issue_earned(learner_id: str) -> Sequence[Certificate]:
        """Work that completes a certificate issues it; the issuer is wired below (this name binds late)."""
        return issuer.issue_all_eligible(learner_id)

    progress = ProgressService(db, clock, packs, observers=[xapi.record], issue_certificates=issue_earned)
    learners = LearnerService(db, clock, roles)
    trust = TrustService(db, clock, paths)
    try:
        trust.device_key()  # the installation's key pair exists from the first run on
    except TrainerError as error:
        # A key file that cannot be read must not keep anyone from training: signing says so when it is needed
        # (progress is kept, the certificate is owed and issued once the key is repaired).
        log.warning("the device key cannot be read at start-up (%s)", error.code)
    classroom = ClassroomService(
        db,
        clock,
        packs,
        learners,
        progress,
        trust,
        observers=[xapi.record_classroom],
        issue_certificates=issue_earned,
    )
    branding = BrandingService(settings, paths.root / "branding")
    status_list = StatusListService(db, clock, trust, settings)
    certificates = CertificateRegistry(db, packs, trust)
    issuer = CertificateIssuer(
        db,
        clock,
        packs,
        learners,
        progress,
        Signing(settings, trust, status_list, branding),
        passed_checks=classroom.passed_checks,
    )
    quizzes = QuizService(db, clock, packs, progress)
    gates = GateService(
        db, clock, packs, certificate_source(certificates.countable, packs), lambda: pdf.readiness
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
        demo=DemoService(db, packs, gates, issuer.issue_batch, xapi.lrs_settings),
        trust=trust,
        certificates=certificates,
        certificate_issuer=issuer,
        certificate_files=CertificateFiles(db, packs, certificates, status_list, pdf.certificate, branding),
        certificate_checks=CertificateChecks(db, clock, trust, status_list),
        revocation=RevocationService(db, clock, certificates),
        status_list=status_list,
        branding=branding,
        records=RecordsService(db, clock, trust),
        trainer_mode=TrainerModeService(db, clock),
        reports=ReportService(db, clock, packs, quizzes, lambda: pdf.report),
        items=ItemAnalysisService(db, clock, packs, quizzes, lambda: pdf.items),
        xapi=xapi,
        videos=VideoService(packs, progress),
        classroom=classroom,
    )
