"""The report PDF's words exist in every language the app speaks, and a language not listed falls back to English."""

from __future__ import annotations

import re

from trainer_app.core.domain.report import ReportFilter
from trainer_app.core.exchange.report_labels import EN, LABELS, describe_filter, report_label


def test_every_language_has_every_label_with_the_same_placeholders() -> None:
    for language, table in LABELS.items():
        assert set(table) == set(EN), language
        for key, text in table.items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", EN[key])), (language, key)


def test_labels_follow_the_primary_language_and_fall_back_to_english() -> None:
    assert report_label("heading", "fr-CA") == "Rapport de suivi de la formation"
    assert report_label("heading", "sw") == "Training completion report"
    assert report_label("title", "ar", pack="CPIMS+") == "إتمام التدريب — CPIMS+"


def test_the_learners_covered_are_described_in_the_reports_language() -> None:
    assert describe_filter(ReportFilter(), "es") == "todos los participantes"
    assert (
        describe_filter(ReportFilter(role="case_worker", site="North"), "en")
        == "Role: case_worker, Site: North"
    )
