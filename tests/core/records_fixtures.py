"""Helpers for the records and reports tests: two installations, some training, table dumps, crafted bundles."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import text

from tests.conftest import MINI_PACK
from trainer_app.core.app import App, open_app
from trainer_app.core.credentials.encoding import b64url_encode, canonical_json
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.rules.quiz import leaf_questions

PACK = "mini-pack"
RECORD_TABLES = (
    "learner",
    "progress",
    "session_log",
    "quiz_attempt",
    "quiz_answer",
    "walkthrough_check",
    "certificate",
    "learner_conflict",
    "pending_record",
    "issuer_key",
)


def laptop(root: Path, name: str, clock: Any) -> App:
    return open_app(data_dir=str(root / name), clock=clock, bundled_root=MINI_PACK)


def right_answer(question: Question) -> Any:
    kind = question.type
    if kind is QuestionType.SINGLE:
        return question.correct[0]
    if kind is QuestionType.MULTIPLE:
        return list(question.correct)
    if kind is QuestionType.TRUE_FALSE:
        return bool(question.answer)
    if kind is QuestionType.MATCHING:
        return dict(question.pairs)
    return list(question.items)


def take_quiz(app: App, learner_id: str, right: bool = True) -> str:
    view = app.quizzes.start(learner_id, PACK, "basics-quiz")
    for shown in leaf_questions(view.items):
        if right:
            app.quizzes.save_answer(view.attempt_id, shown.question.id, right_answer(shown.question))
    app.quizzes.submit(view.attempt_id, seconds=30)
    return view.attempt_id


def train_worker(app: App, learner_id: str, finish: bool = True) -> None:
    """Basics guide read, quiz passed, and (when `finish`) the follow-up guide: the worker track complete."""
    app.progress.record_guide(learner_id, PACK, "basics-guide", 1.0, True, 40)
    take_quiz(app, learner_id)
    if finish:
        app.progress.record_guide(learner_id, PACK, "follow-up-guide", 1.0, True, 15)


def tick_walkthrough(app: App, learner_id: str) -> None:
    app.walkthroughs.tick(learner_id, PACK, "setup-walkthrough", "open", True)
    app.walkthroughs.tick(learner_id, PACK, "setup-walkthrough", "import", True, value="locations.csv")


def dump(app: App, tables: tuple[str, ...] = RECORD_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the record tables, sorted: two dumps are equal when nothing changed."""
    with app.db.engine.connect() as conn:
        return {
            t: sorted(tuple(map(str, r)) for r in conn.execute(text(f"SELECT * FROM {t}"))) for t in tables
        }


def count(app: App, table: str) -> int:
    return int(app.db.scalar(f"SELECT count(*) FROM {table}"))


def signed_bundle(path: Path, key: DeviceKey, members: dict[str, bytes], **manifest: Any) -> Path:
    """A bundle built by hand (members as raw bytes), signed properly: for the format's own checks."""
    import hashlib

    body: dict[str, Any] = {
        "format": "cpims-trainer-records",
        "format_version": 1,
        "bundle_id": "b" * 8,
        "created_at": "2026-01-05",
        "installation_id": "i" * 8,
        "app_version": "0",
        "since": None,
        "time_range": {"from": None, "to": None},
        "key": {"fingerprint": key.fingerprint, "public_key": key.public.multibase, "did": key.did},
        "counts": {},
        "members": {
            name: {
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                "rows": data.count(b"\n") - 1,
            }
            for name, data in members.items()
        },
    }
    body.update(manifest)
    data = canonical_json(body)
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sig", b64url_encode(key.sign(data)))
    return path


def jsonl(columns: list[str], rows: list[list[Any]]) -> bytes:
    lines = [json.dumps({"columns": columns})] + [json.dumps(r) for r in rows]
    return ("\n".join(lines) + "\n").encode()
