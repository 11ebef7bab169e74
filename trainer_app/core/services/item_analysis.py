"""Item analysis use case: reads graded answers, computes per-question statistics (rules/item_stats) with the
prompts and options from the pack, and writes them as CSV, XLSX or PDF (temp file, then rename).
"""

from __future__ import annotations

import errno
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from trainer_app.core.common import files
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ExchangeError, NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.item_report import GradedAnswer, ItemReport, QuizItems
from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.rules.item_stats import analyse
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.quizzes import QuizService
from trainer_app.core.storage import items_repo
from trainer_app.core.storage.db import Database

FORMATS = ("csv", "xlsx", "pdf")


class ItemPdfWriter(Protocol):
    def __call__(self, report: ItemReport, path: Path) -> None: ...


class ItemAnalysisService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        quizzes: QuizService,
        pdf_writer: Callable[[], ItemPdfWriter] | None = None,
    ) -> None:
        self._db, self._clock, self._packs, self._quizzes = db, clock, packs, quizzes
        self._pdf_writer = pdf_writer

    def quizzes(self, pack_id: str | None = None) -> list[tuple[str, str]]:
        """(activity id, title) of every quiz of the pack, in pack order: the screen's quiz list."""
        return [(a.id, a.title) for a in _quiz_activities(self._pack(pack_id))]

    def build(self, activity_id: str | None = None, pack_id: str | None = None) -> ItemReport:
        """Statistics for one quiz, or every quiz of the pack (a quiz whose bank cannot be read is left out)."""
        pack = self._pack(pack_id)
        activities = _quiz_activities(pack)
        if activity_id is not None:
            activities = [a for a in activities if a.id == activity_id]
            if not activities:
                raise NotFoundError("items.quiz_id_pack", activity_id=activity_id, id=pack.id)
        with self._db.transaction() as conn:
            rows = items_repo.graded_answers(conn, pack.id, activity_id)
        by_quiz: dict[str, dict[str, dict[str, GradedAnswer]]] = defaultdict(lambda: defaultdict(dict))
        for row in rows:
            by_quiz[row.activity_id][row.attempt_id][row.question_id] = GradedAnswer(
                row.points_earned, row.points_possible, row.response
            )
        quizzes = []
        for activity in activities:
            quiz = self._quiz_items(pack, activity, list(by_quiz.get(activity.id, {}).values()), activity_id)
            if quiz is not None:
                quizzes.append(quiz)
        return ItemReport(self._clock(), pack.id, pack.title, pack.version, tuple(quizzes))

    def export(
        self, path: Path, format: str, activity_id: str | None = None, pack_id: str | None = None
    ) -> Path:
        if format not in FORMATS:
            raise ValidationError("report.unknown_format", format=format, items=", ".join(FORMATS))
        return self.write(self.build(activity_id, pack_id), path, format)

    def write(self, report: ItemReport, path: Path, format: str) -> Path:
        """Write a built report to a temp file beside `path`, then rename: a failure leaves no partial file."""
        if format not in FORMATS:
            raise ValidationError("report.unknown_format", format=format, items=", ".join(FORMATS))
        try:
            with files.atomic_path(path) as partial:
                if format == "csv":
                    from trainer_app.core.exchange.items_export import write_items_csv

                    write_items_csv(report, partial)
                elif format == "xlsx":
                    from trainer_app.core.exchange.items_export import write_items_xlsx

                    write_items_xlsx(report, partial)
                else:
                    if self._pdf_writer is None:
                        raise TrainerError("report.no_pdf_writer")
                    self._pdf_writer()(report, partial)
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise ExchangeError("export.disk_full", name=path.name) from error
            raise ExchangeError("export.not_written", path=path, strerror=error.strerror or error) from error
        return path

    def _pack(self, pack_id: str | None) -> Pack:
        return self._packs.get(pack_id) if pack_id else self._packs.default()

    def _quiz_items(
        self, pack: Pack, activity: Activity, attempts: list[dict[str, GradedAnswer]], asked: str | None
    ) -> QuizItems | None:
        try:
            bank = self._quizzes.bank(pack.id, activity.id)
        except TrainerError:
            if asked is not None:
                raise  # the one quiz asked for: say why it cannot be analysed
            return None
        items = analyse(bank.leaf_questions(), attempts)
        return QuizItems(activity.id, activity.title, len(attempts), items)


def _quiz_activities(pack: Pack) -> list[Activity]:
    return [a for a in pack.activities() if a.kind is ActivityKind.QUIZ]
