"""The completion report PDF for partners: summary, charts, the tables per role, agency and quiz, the most missed
questions and every learner. Typeset with Typst, which writes a tagged PDF (PDF/UA-1: headings, tables with
header cells, the document's language and title), so screen readers read it and Arabic copies out as text.
It reads ReportData only, so its numbers are the screen's; the caller writes to a temporary file and renames it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import typst

from trainer_app.core.common.numbers import format_count, format_optional_score, format_score
from trainer_app.core.domain.report import LearnerStatus, ReportData
from trainer_app.core.exchange.report_labels import STATUS_KEYS, describe_filter, report_label
from trainer_app.core.services.certificate_text import is_right_to_left
from trainer_app.pdf.report_svg import Chart, all_charts
from trainer_app.pdf.report_template import TEMPLATE
from trainer_app.pdf.typst_fonts import FAMILIES, typst_fonts

# A column: label key, relative width, the cell's text from a row and the language, numeric (aligned to the end).
Column = tuple[str, float, Callable[[Any, str], str], bool]
LONG_WORD = 20  # characters: the template sets longer words letter by letter


def write_completion_report(report: ReportData, path: Path) -> None:
    """Typeset `report` and write the PDF to `path` (PDF/UA-1; Typst's own checks run while it writes)."""
    data = json.dumps(report_document(report), ensure_ascii=False)
    pdf = typst.compile(
        TEMPLATE.encode("utf-8"),
        font_paths=typst_fonts(),
        ignore_system_fonts=True,
        sys_inputs={"data": data},
        pdf_standards=["ua-1"],
        timestamp=int(report.generated_at.timestamp()),  # whole seconds: Typst refuses microseconds
    )
    if not isinstance(pdf, bytes) or not pdf:
        raise OSError(f"{path} could not be written")
    path.write_bytes(pdf)


def report_document(report: ReportData) -> dict[str, Any]:
    """Everything the template shows, as JSON values: strings, never markup."""
    lang = report.language or "en"

    def label(key: str, **values: object) -> str:
        return report_label(key, lang, **values)

    rows = report.learners
    done = sum(1 for x in rows if x.status is LearnerStatus.COMPLETED)
    going = sum(1 for x in rows if x.status is LearnerStatus.IN_PROGRESS)
    tiles = [
        (len(rows), "learners"),
        (done, "completed"),
        (going, "in_progress"),
        (len(rows) - done - going, "not_started"),
        (sum(x.certificates for x in rows), "certificates"),
    ]
    groups, over_time, quizzes = all_charts(report, is_right_to_left(lang))
    blocks: list[dict[str, Any]] = []
    if report.pending_records:
        blocks.append(
            {"kind": "note", "text": label("pending", count=format_count(report.pending_records, lang))}
        )
    blocks += [_chart(c, lang) for c in groups]
    blocks.append({"kind": "break"})
    blocks += [_chart(c, lang) for c in over_time]
    blocks.append(_table(label("per_role"), _group_columns("role"), report.per_role, lang))
    blocks.append(_table(label("per_agency"), _group_columns("agency"), report.per_agency, lang))
    blocks += [{"kind": "break"}, _chart(quizzes, lang)]
    blocks.append(_table(label("quizzes"), QUIZ_COLUMNS, report.quizzes, lang))
    missed = [q for q in report.questions if q.wrong][:20]
    blocks.append(_table(label("most_missed"), QUESTION_COLUMNS, missed, lang))
    blocks += [{"kind": "break"}, _table(label("learners"), LEARNER_COLUMNS, report.learners, lang)]
    return {
        "lang": lang,
        "title": label("title", pack=report.pack_title),
        "author": "CPIMS+ Trainer",
        "fonts": list(FAMILIES),
        "heading": label("heading"),
        "meta": label(
            "meta",
            pack=report.pack_title,
            version=report.pack_version,
            learners=describe_filter(report.filter, lang),
            when=f"{report.generated_at:%Y-%m-%d %H:%M}",
        ),
        "footer": label("footer", pack=report.pack_title),
        "empty": label("none"),
        "tiles": [[format_count(value, lang), label(key)] for value, key in tiles],
        "blocks": blocks,
    }


def _chart(chart: Chart, lang: str) -> dict[str, Any]:
    return {"kind": "chart", "svg": chart.svg, "alt": report_label("chart_alt", lang, title=chart.title)}


def _table(title: str, columns: Sequence[Column], rows: Sequence[Any], lang: str) -> dict[str, Any]:
    return {
        "kind": "table",
        "title": title,
        "headers": [report_label(c[0], lang) for c in columns],
        "widths": [c[1] for c in columns],
        "numeric": [c[3] for c in columns],
        "rows": [[_cell(c[2](row, lang)) for c in columns] for row in rows],
    }


def _cell(text: str) -> str | dict[str, str]:
    """A string, or (long: text) when a word is too long for a column (the template lets it wrap anywhere)."""
    return {"long": text} if any(len(word) > LONG_WORD for word in text.split(" ")) else text


def _group_columns(name: str) -> list[Column]:
    return [
        (name, 52, lambda g, _: g.title or "—", False),
        ("learners", 20, lambda g, lang: format_count(g.learners, lang), True),
        ("completed", 20, lambda g, lang: format_count(g.completed, lang), True),
        ("in_progress", 22, lambda g, lang: format_count(g.in_progress, lang), True),
        ("not_started", 22, lambda g, lang: format_count(g.not_started, lang), True),
        ("percent_completed", 22, lambda g, lang: format_score(g.percent_completed, lang), True),
        ("certificates", 22, lambda g, lang: format_count(g.certificates, lang), True),
    ]


LEARNER_COLUMNS: list[Column] = [
    ("name", 38, lambda r, _: r.name, False),
    ("role", 26, lambda r, _: r.role_title, False),
    ("agency", 26, lambda r, _: r.agency, False),
    ("site", 20, lambda r, _: r.site, False),
    ("status", 20, lambda r, lang: report_label(STATUS_KEYS[r.status], lang), False),
    ("percent", 12, lambda r, lang: format_score(r.percent, lang), True),
    ("certs", 16, lambda r, lang: format_count(r.certificates, lang), True),
    ("completed", 22, lambda r, _: f"{r.completed_at:%Y-%m-%d}" if r.completed_at else "", False),
]
QUIZ_COLUMNS: list[Column] = [
    ("quiz", 70, lambda q, _: q.title, False),
    ("attempts", 20, lambda q, lang: format_count(q.attempts, lang), True),
    ("learners", 20, lambda q, lang: format_count(q.learners, lang), True),
    ("passed", 20, lambda q, lang: format_count(q.learners_passed, lang), True),
    ("pass_rate", 25, lambda q, lang: format_optional_score(q.pass_rate, lang), True),
    ("mean_score", 25, lambda q, lang: format_optional_score(q.mean_score, lang), True),
]
QUESTION_COLUMNS: list[Column] = [
    ("question", 28, lambda q, _: q.question_id, False),
    ("prompt", 100, lambda q, _: q.prompt, False),
    ("answered", 17, lambda q, lang: format_count(q.answered, lang), True),
    ("wrong", 15, lambda q, lang: format_count(q.wrong, lang), True),
    ("missed", 20, lambda q, lang: format_score(q.miss_rate, lang), True),
]
