"""Quizzes: start (or resume) an attempt with everything snapshotted, save answers as they are given, submit and
grade against the snapshot, review an attempt exactly as it was shown, and count the most missed questions.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import (
    NotFoundError,
    QuizError,
    QuizLockedError,
    TrainerError,
    ValidationError,
)
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.domain.quiz import QuestionBank
from trainer_app.core.packs.quizbank import check_bank
from trainer_app.core.rules import quiz as rules
from trainer_app.core.rules.quiz import AttemptResult, DrawnItem, QuestionResult, Response, ShownQuestion
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.storage import learners_repo, quiz_repo
from trainer_app.core.storage.db import Database
from trainer_app.core.storage.quiz_repo import QuizAttempt

MAX_ATTEMPT_SECONDS = 6 * 3600.0


@dataclass(frozen=True)
class AttemptSummary:
    attempt_id: str
    number: int  # 1 for the learner's first attempt at this quiz
    started_at: datetime
    submitted_at: datetime | None
    score: float | None
    passed: bool | None
    pass_mark: float
    seconds_spent: float


@dataclass(frozen=True)
class QuizInfo:
    """What the start page shows. `item_count` is how many items an attempt draws (a scenario is one)."""

    pack_id: str
    activity_id: str
    title: str
    item_count: int
    pass_mark: float
    max_attempts: int  # 0 = unlimited
    layout: str  # one_per_page | all_on_one_page
    attempts: tuple[AttemptSummary, ...]
    open_attempt_id: str | None
    decision: rules.StartDecision
    # Questions an attempt asks, each part of a case study counted: fewest and most over the possible draws
    # (equal unless the quiz draws some items from a bank whose case studies have more parts than others).
    fewest_questions: int = 0
    most_questions: int = 0

    @property
    def attempts_used(self) -> int:
        return sum(1 for a in self.attempts if a.submitted_at is not None)


@dataclass(frozen=True)
class AttemptView:
    """An open attempt as the learner sees it: the drawn items in order and the answers saved so far."""

    attempt_id: str
    pack_id: str
    activity_id: str
    title: str
    number: int
    items: tuple[DrawnItem, ...]
    answers: dict[str, Response]
    pass_mark: float
    layout: str
    started_at: datetime
    resumed: bool

    @property
    def questions(self) -> tuple[ShownQuestion, ...]:
        return rules.leaf_questions(self.items)


@dataclass(frozen=True)
class ReviewedQuestion:
    """A question as shown, the learner's answer and its grade; the right answer is in `shown.question`."""

    shown: ShownQuestion
    response: Response
    result: QuestionResult


@dataclass(frozen=True)
class ReviewedItem:
    id: str
    vignette: str
    questions: tuple[ReviewedQuestion, ...]


@dataclass(frozen=True)
class AttemptReview:
    title: str
    summary: AttemptSummary
    result: AttemptResult
    items: tuple[ReviewedItem, ...]


@dataclass(frozen=True)
class QuestionStat:
    activity_id: str
    question_id: str
    prompt: str
    times_answered: int
    times_wrong: int

    @property
    def wrong_share(self) -> float:
        return self.times_wrong / self.times_answered if self.times_answered else 0.0


def _random_seed() -> int:
    return secrets.randbits(31)


class QuizService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        progress: ProgressService,
        seed_source: Callable[[], int] = _random_seed,
    ) -> None:
        self._db = db
        # The certificates the last submit earned, for the window to announce: recording the quiz's progress
        # issues them inside the submit's transaction.
        self.last_certificates: tuple[Certificate, ...] = ()
        self.last_certificate_pending: TrainerError | None = (
            None  # why an earned certificate waits, if it does
        )
        self._clock = clock
        self._packs = packs
        self._progress = progress
        self._seed_source = seed_source
        self._banks: dict[tuple[Path, int], QuestionBank] = {}

    # ---- the quiz and its attempts -------------------------------------------------------------------

    def bank(self, pack_id: str, activity_id: str) -> QuestionBank:
        """The activity's question bank; a bank that does not parse raises ValidationError naming the file."""
        return self._load_bank(pack_id, self._quiz(pack_id, activity_id))

    def info(self, learner_id: str, pack_id: str, activity_id: str) -> QuizInfo:
        activity = self._quiz(pack_id, activity_id)
        bank = self._load_bank(pack_id, activity)
        attempts = self.attempts(learner_id, pack_id, activity_id)
        open_attempt = next((a for a in attempts if a.submitted_at is None), None)
        draw_count = activity.quiz.draw
        return QuizInfo(
            pack_id=pack_id,
            activity_id=activity_id,
            title=activity.title,
            item_count=min(draw_count or bank.item_count, bank.item_count),
            pass_mark=activity.quiz.pass_mark,
            max_attempts=activity.quiz.max_attempts,
            layout=activity.quiz.layout,
            attempts=tuple(attempts),
            open_attempt_id=open_attempt.attempt_id if open_attempt else None,
            decision=self._decision(activity, attempts),
            fewest_questions=_question_count(bank, draw_count, fewest=True),
            most_questions=_question_count(bank, draw_count, fewest=False),
        )

    def attempts(self, learner_id: str, pack_id: str, activity_id: str) -> list[AttemptSummary]:
        """Every attempt of the learner at this quiz, oldest first, the open one included."""
        with self._db.transaction() as conn:
            stored = quiz_repo.attempts_for(conn, learner_id, pack_id, activity_id)
        return [_summary(attempt, number) for number, attempt in enumerate(stored, start=1)]

    def start(self, learner_id: str, pack_id: str, activity_id: str) -> AttemptView:
        """Resume the open attempt, or start one if the limits allow (else QuizLockedError saying when)."""
        activity = self._quiz(pack_id, activity_id)
        bank = self._load_bank(pack_id, activity)
        version = self._packs.get(pack_id).version
        now = self._clock()
        with self._db.transaction() as conn:
            if learners_repo.get(conn, learner_id) is None:
                raise NotFoundError("learner.not_found", learner_id=learner_id)
            stored = quiz_repo.attempts_for(conn, learner_id, pack_id, activity_id)
            open_attempt = next((a for a in stored if not a.is_submitted), None)
            if open_attempt is not None:
                answers = quiz_repo.answers(conn, open_attempt.id)
                return self._view(
                    activity, open_attempt, stored.index(open_attempt) + 1, answers, resumed=True
                )
            decision = self._decision(activity, [_summary(a, n) for n, a in enumerate(stored, start=1)])
            if not decision.allowed:
                if decision.next_allowed_at is None:
                    raise QuizLockedError(
                        "quiz.no_attempts_left", None, count=activity.quiz.max_attempts or 0
                    )
                raise QuizLockedError(
                    "quiz.try_again_from", decision.next_allowed_at, at=decision.next_allowed_at
                )
            seed = self._seed_source()
            attempt = QuizAttempt(
                id=new_uuid(),
                learner_id=learner_id,
                pack_id=pack_id,
                activity_id=activity_id,
                bank_id=bank.id,
                seed=seed,
                drawn=rules.draw(bank, activity.quiz.draw, seed),
                pass_mark=activity.quiz.pass_mark,
                pack_version=version,
                started_at=now,
                submitted_at=None,
                score=None,
                passed=None,
                seconds_spent=0.0,
            )
            quiz_repo.insert_attempt(conn, attempt)
        return self._view(activity, attempt, len(stored) + 1, {}, resumed=False)

    def save_answer(
        self, attempt_id: str, question_id: str, response: Response, seconds: float = 0.0
    ) -> Changes:
        """Store one answer at once (it survives a crash); `seconds` adds time spent since the last report."""
        with self._db.transaction() as conn:
            attempt = _require(quiz_repo.get_attempt(conn, attempt_id), attempt_id)
            if attempt.is_submitted:
                raise QuizError("quiz.attempt_already_submitted_answers")
            if question_id not in {q.id for q in rules.leaf_questions(attempt.drawn)}:
                raise ValidationError("quiz.question_part_attempt", question_id=question_id)
            quiz_repo.save_response(conn, attempt_id, question_id, _checked(response), self._clock())
            if seconds > 0:
                quiz_repo.add_seconds(conn, attempt_id, _seconds(seconds))
        return Changes.QUIZ

    def submit(self, attempt_id: str, seconds: float | None = None) -> AttemptResult:
        """Grade with the snapshotted questions and pass mark, store every answer, record progress.

        `seconds` adds the time spent since the last report; when no time was ever reported the time since
        the start counts. Submitting twice returns the stored result and records nothing new.
        """
        now = self._clock()
        self.last_certificates, self.last_certificate_pending = (), None
        # One transaction for the attempt, the activity's completion and any certificate it earns: the
        # services called below join it, so a failure anywhere writes none of them.
        with self._db.transaction() as conn:
            attempt = _require(quiz_repo.get_attempt(conn, attempt_id), attempt_id)
            responses = {k: v.response for k, v in quiz_repo.answers(conn, attempt_id).items()}
            result = rules.grade_attempt(attempt.drawn, responses, attempt.pass_mark)
            if attempt.is_submitted:
                return result
            spent = attempt.seconds_spent + _seconds(seconds or 0.0)
            if spent <= 0:
                spent = _seconds((now - attempt.started_at).total_seconds())
            quiz_repo.store_results(conn, attempt_id, result.results, responses, now)
            if not quiz_repo.mark_submitted(conn, attempt_id, now, result.score, result.passed, spent):
                return result  # submitted meanwhile by another window: its progress is recorded there
            recorded = self._progress.record_quiz(
                attempt.learner_id,
                attempt.pack_id,
                attempt.activity_id,
                result.score,
                result.passed,
                attempt_id,
                seconds=spent,
            )
        self.last_certificates = recorded.certificates
        self.last_certificate_pending = recorded.certificate_pending
        return result

    def review(self, attempt_id: str) -> AttemptReview:
        """A submitted attempt exactly as the learner saw it, with their answers, the right ones and why."""
        with self._db.transaction() as conn:
            attempt = _require(quiz_repo.get_attempt(conn, attempt_id), attempt_id)
            if not attempt.is_submitted:
                raise QuizError("quiz.attempt_still_open_submit")
            stored = quiz_repo.attempts_for(conn, attempt.learner_id, attempt.pack_id, attempt.activity_id)
            responses = {k: v.response for k, v in quiz_repo.answers(conn, attempt_id).items()}
        result = rules.grade_attempt(attempt.drawn, responses, attempt.pass_mark)
        number = next((n for n, a in enumerate(stored, start=1) if a.id == attempt_id), 1)
        items = tuple(
            ReviewedItem(
                item.id,
                item.vignette,
                tuple(
                    ReviewedQuestion(shown, responses.get(shown.id), _result_for(result, shown.id))
                    for shown in item.questions
                ),
            )
            for item in attempt.drawn
        )
        return AttemptReview(self._title(attempt), _summary(attempt, number), result, items)

    # ---- reports -------------------------------------------------------------------------------------

    def question_stats(self, pack_id: str) -> list[QuestionStat]:
        """Per question of the pack's quizzes: times answered and times wrong, most missed first."""
        with self._db.transaction() as conn:
            counts = quiz_repo.question_counts(conn, pack_id)
        prompts = self._prompts(pack_id)
        stats = [QuestionStat(a, q, prompts.get(q, ""), answered, wrong) for a, q, answered, wrong in counts]
        return sorted(stats, key=lambda s: (-s.times_wrong, -s.wrong_share, s.activity_id, s.question_id))

    # ---- internals -----------------------------------------------------------------------------------

    def _quiz(self, pack_id: str, activity_id: str) -> Activity:
        activity = self._packs.activity(pack_id, activity_id)
        if activity.kind is not ActivityKind.QUIZ:
            raise ValidationError("quiz.activity_quiz", activity_id=activity_id, value=activity.kind.value)
        return activity

    def _load_bank(self, pack_id: str, activity: Activity) -> QuestionBank:
        pack = self._packs.get(pack_id)
        path = pack.path(activity.file)
        try:
            key = (path, path.stat().st_mtime_ns)
        except OSError as error:
            raise ValidationError(
                "quiz.question_bank_read", file=activity.file, strerror=error.strerror
            ) from error
        if key not in self._banks:
            bank, problems = check_bank(path, pack.root)
            if problems or bank is None:
                # The first problem goes in as an object: the window translates it by its code.
                first: object = problems[0] if problems else activity.file
                raise ValidationError(
                    "quiz.bank_unusable", [str(p) for p in problems], file=activity.file, first=first
                )
            self._banks[key] = bank
        return self._banks[key]

    def _decision(self, activity: Activity, attempts: list[AttemptSummary]) -> rules.StartDecision:
        times = [a.submitted_at for a in attempts if a.submitted_at is not None]
        max_attempts = activity.quiz.max_attempts
        cooldown = float(activity.quiz.cooldown_seconds)
        return rules.may_start_attempt(times, max_attempts, cooldown, self._clock())

    def _view(
        self,
        activity: Activity,
        attempt: QuizAttempt,
        number: int,
        answers: dict[str, quiz_repo.StoredAnswer],
        resumed: bool,
    ) -> AttemptView:
        return AttemptView(
            attempt_id=attempt.id,
            pack_id=attempt.pack_id,
            activity_id=attempt.activity_id,
            title=activity.title,
            number=number,
            items=attempt.drawn,
            answers={k: v.response for k, v in answers.items()},
            pass_mark=attempt.pass_mark,
            layout=activity.quiz.layout,
            started_at=attempt.started_at,
            resumed=resumed,
        )

    def _title(self, attempt: QuizAttempt) -> str:
        try:
            return self._packs.activity(attempt.pack_id, attempt.activity_id).title
        except NotFoundError:
            return attempt.activity_id

    def _prompts(self, pack_id: str) -> dict[str, str]:
        prompts: dict[str, str] = {}
        for activity in self._packs.get(pack_id).activities():
            if activity.kind is not ActivityKind.QUIZ:
                continue
            try:
                bank = self._load_bank(pack_id, activity)
            except TrainerError:
                continue  # a broken bank still has its counts; only the prompt text is missing
            prompts.update({q.id: q.prompt for q in bank.leaf_questions()})
        return prompts


def _summary(attempt: QuizAttempt, number: int) -> AttemptSummary:
    return AttemptSummary(
        attempt_id=attempt.id,
        number=number,
        started_at=attempt.started_at,
        submitted_at=attempt.submitted_at,
        score=attempt.score,
        passed=attempt.passed,
        pass_mark=attempt.pass_mark,
        seconds_spent=attempt.seconds_spent,
    )


def _require(attempt: QuizAttempt | None, attempt_id: str) -> QuizAttempt:
    if attempt is None:
        raise NotFoundError("quiz.quiz_attempt_id", attempt_id=attempt_id)
    return attempt


def _result_for(result: AttemptResult, question_id: str) -> QuestionResult:
    found = result.result(question_id)
    return found if found is not None else QuestionResult(question_id, 0.0, 0.0, False, False)


def _seconds(seconds: float) -> float:
    return max(0.0, min(float(seconds), MAX_ATTEMPT_SECONDS))


def _checked(response: Response) -> Response:
    """Only the JSON shapes a question type can take; anything else is a programming error made visible."""
    ok = (
        response is None
        or isinstance(response, str | bool)
        or (isinstance(response, list) and all(isinstance(v, str) for v in response))
        or (
            isinstance(response, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in response.items())
        )
    )
    if not ok:
        raise ValidationError("quiz.answer_must_text_true", response=response)
    return response


def _question_count(bank: QuestionBank, draw: int | None, fewest: bool) -> int:
    """How many questions (case-study parts counted) `draw` items of the bank make, at the fewest or most."""
    sizes = sorted((len(q.leaves) for q in bank.questions), reverse=not fewest)
    return sum(sizes[: min(draw or len(sizes), len(sizes))])
