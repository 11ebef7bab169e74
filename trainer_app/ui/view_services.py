"""What each view uses of the app: one small protocol per view (the App satisfies each), composed where a view
holds others. A view is handed its services, never the whole App; tests hand it the real App.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from trainer_app.core.common.clock import Clock
    from trainer_app.core.common.paths import DataPaths
    from trainer_app.core.services.branding import BrandingService
    from trainer_app.core.services.certificate_checks import CertificateChecks
    from trainer_app.core.services.certificate_files import CertificateFiles
    from trainer_app.core.services.certificate_revocation import RevocationService
    from trainer_app.core.services.certificates import CertificateRegistry
    from trainer_app.core.services.classroom import ClassroomService
    from trainer_app.core.services.database import DatabaseService
    from trainer_app.core.services.gates import GateService
    from trainer_app.core.services.guides import GuideService
    from trainer_app.core.services.item_analysis import ItemAnalysisService
    from trainer_app.core.services.learners import LearnerService
    from trainer_app.core.services.packs import PackService
    from trainer_app.core.services.progress import ProgressService
    from trainer_app.core.services.quizzes import QuizService
    from trainer_app.core.services.records import RecordsService
    from trainer_app.core.services.reports import ReportService
    from trainer_app.core.services.search import SearchService
    from trainer_app.core.services.settings import SettingsService
    from trainer_app.core.services.slides import SlideService
    from trainer_app.core.services.trainer_mode import TrainerModeService
    from trainer_app.core.services.trust import TrustService
    from trainer_app.core.services.videos import VideoService
    from trainer_app.core.services.walkthroughs import WalkthroughService
    from trainer_app.core.services.xapi import XapiService


class LockServices(Protocol):
    """What deciding whether an activity may be opened needs."""

    @property
    def progress(self) -> ProgressService: ...

    @property
    def trainer_mode(self) -> TrainerModeService: ...


class QuizServices(Protocol):
    """The part of the app the quiz view uses."""

    @property
    def quizzes(self) -> QuizService: ...


class SlidesServices(Protocol):
    """The part of the app the slides view uses."""

    @property
    def progress(self) -> ProgressService: ...

    @property
    def slides(self) -> SlideService: ...


class WalkthroughServices(Protocol):
    """The part of the app the walkthrough view uses."""

    @property
    def progress(self) -> ProgressService: ...

    @property
    def walkthroughs(self) -> WalkthroughService: ...


class VideoServices(Protocol):
    """The part of the app the video activity view uses."""

    @property
    def progress(self) -> ProgressService: ...

    @property
    def settings(self) -> SettingsService: ...

    @property
    def videos(self) -> VideoService: ...


class RolloutServices(Protocol):
    """The part of the app the rollout view uses."""

    @property
    def gates(self) -> GateService: ...


class ItemAnalysisServices(Protocol):
    """The part of the app the item analysis panel uses."""

    @property
    def items(self) -> ItemAnalysisService: ...


class HomeServices(Protocol):
    """The part of the app the home view uses."""

    @property
    def classroom(self) -> ClassroomService: ...

    @property
    def packs(self) -> PackService: ...

    @property
    def progress(self) -> ProgressService: ...


class ReaderServices(LockServices, Protocol):
    """The part of the app the guide reader uses."""

    @property
    def guides(self) -> GuideService: ...

    @property
    def progress(self) -> ProgressService: ...


class CheckServices(Protocol):
    """The part of the app the certificate check panel uses."""

    @property
    def certificate_checks(self) -> CertificateChecks: ...

    @property
    def trust(self) -> TrustService: ...


class CertificatesServices(CheckServices, Protocol):
    """The part of the app the certificates view uses; it holds the check panel."""

    @property
    def certificates(self) -> CertificateRegistry: ...

    @property
    def certificate_files(self) -> CertificateFiles: ...


class LibraryServices(ReaderServices, Protocol):
    """The part of the app the library uses; it holds a guide reader."""

    @property
    def guides(self) -> GuideService: ...

    @property
    def packs(self) -> PackService: ...

    @property
    def search(self) -> SearchService: ...


class ActivityServices(
    ReaderServices, QuizServices, SlidesServices, WalkthroughServices, VideoServices, Protocol
):
    """The part of the app the activity view uses; it holds the reader and one view per activity kind."""

    @property
    def packs(self) -> PackService: ...


class ExchangeServices(Protocol):
    """The part of the app the Exchange tab uses."""

    @property
    def settings(self) -> SettingsService: ...

    @property
    def records(self) -> RecordsService: ...

    @property
    def trust(self) -> TrustService: ...


class SessionsServices(Protocol):
    """The part of the app the Sessions tab uses."""

    @property
    def clock(self) -> Clock: ...

    @property
    def classroom(self) -> ClassroomService: ...

    @property
    def learners(self) -> LearnerService: ...

    @property
    def packs(self) -> PackService: ...


class TrainerActionServices(Protocol):
    """The part of the app the Trainer screen's file actions use."""

    @property
    def certificate_files(self) -> CertificateFiles: ...

    @property
    def certificate_checks(self) -> CertificateChecks: ...

    @property
    def revocation(self) -> RevocationService: ...

    @property
    def records(self) -> RecordsService: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def settings(self) -> SettingsService: ...


class CertificatesPanelServices(Protocol):
    """The part of the app the Trainer screen's Certificates tab uses."""

    @property
    def certificates(self) -> CertificateRegistry: ...


class TrainerServices(
    ExchangeServices,
    SessionsServices,
    ItemAnalysisServices,
    TrainerActionServices,
    CertificatesPanelServices,
    Protocol,
):
    """The part of the app the Trainer screen uses; it holds the tabs and the file actions."""

    @property
    def records(self) -> RecordsService: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def trainer_mode(self) -> TrainerModeService: ...


class LrsServices(Protocol):
    """The part of the app the Learning Record Store settings use."""

    @property
    def xapi(self) -> XapiService: ...


class DatabaseSettingsServices(Protocol):
    """The part of the app the shared database settings use."""

    @property
    def settings(self) -> SettingsService: ...

    @property
    def paths(self) -> DataPaths: ...


class ConnectionServices(LrsServices, DatabaseSettingsServices, Protocol):
    """The LRS and shared database settings together."""


class BrandingServices(Protocol):
    """The part of the app the certificate branding settings use."""

    @property
    def branding(self) -> BrandingService: ...

    @property
    def trust(self) -> TrustService: ...


class TrainerSettingsServices(ConnectionServices, BrandingServices, Protocol):
    """The trainer's part of Settings: the connections, the branding, trainer mode and the database in use."""

    @property
    def trainer_mode(self) -> TrainerModeService: ...

    @property
    def database(self) -> DatabaseService: ...


class SettingsServices(TrainerSettingsServices, Protocol):
    """The part of the app the Settings screen uses; it holds the trainer's settings."""

    @property
    def learners(self) -> LearnerService: ...

    @property
    def packs(self) -> PackService: ...


class PickerServices(Protocol):
    """The part of the app the profile picker uses (once the records are open)."""

    @property
    def learners(self) -> LearnerService: ...

    @property
    def packs(self) -> PackService: ...

    @property
    def settings(self) -> SettingsService: ...

    @property
    def trainer_mode(self) -> TrainerModeService: ...
