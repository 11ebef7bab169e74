"""Invented people and places for demo data: agencies with sites, names from several languages, roles and how far
each person got. Everything comes from one random.Random, so a seed always gives the same deployment.
No real people: given and family names are drawn independently from the lists below.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from trainer_app.core.domain.learner import Learner

HEAD_OFFICE = "CPIMS+ Coordination Unit"
AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Riverside Child Services", ("Riverside Central", "Riverside East")),
    ("Hilltop Family Support", ("Hilltop Office", "Mill Lane")),
    ("Association Les Palmiers", ("Palmiers Nord", "Quartier du Port")),
    ("جمعية الأمل للطفولة", ("مكتب الوادي", "مركز النخيل")),
    ("Northern Plains Outreach", ("Plains Station", "Cedar Crossing")),
    ("Coastal Care Network", ("Harbour Point", "Sandbar Office")),
)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Grace", "Peter", "Ruth", "Daniel", "Esther", "Samuel", "Joy", "Martin", "Hope", "Victor"),
        ("Okello", "Mensah", "Banda", "Phiri", "Achieng", "Mwangi", "Owusu", "Tembo", "Kamau", "Otieno"),
    ),
    "fr": (
        ("Amélie", "Jean", "Claire", "Luc", "Mathilde", "Yves", "Sylvie", "Étienne", "Odile", "Rémi"),
        (
            "Dupont",
            "Lefèvre",
            "Moreau",
            "Girard",
            "Bernard",
            "Faure",
            "Rousseau",
            "Chevalier",
            "Mercier",
            "Blanc",
        ),
    ),
    "ar": (
        ("أمل", "يوسف", "ليلى", "خالد", "مريم", "عمر", "سلمى", "طارق", "هدى", "سامي"),
        ("حداد", "منصور", "الخطيب", "عيسى", "النجار", "الحسن", "سليمان", "يعقوب", "القاسم", "الشامي"),
    ),
    "sw": (
        ("Amani", "Baraka", "Neema", "Juma", "Zawadi", "Imani", "Rehema", "Tumaini", "Faraji", "Upendo"),
        ("Mwakyusa", "Njoroge", "Chande", "Mushi", "Kimaro", "Lyimo", "Massawe", "Swai", "Temba", "Urio"),
    ),
    "es": (
        ("Lucía", "Mateo", "Carmen", "Diego", "Elena", "Tomás", "Rosa", "Andrés", "Inés", "Pablo"),
        (
            "Torres",
            "Ramírez",
            "Vargas",
            "Castillo",
            "Herrera",
            "Medina",
            "Rojas",
            "Navarro",
            "Ortega",
            "Silva",
        ),
    ),
}
LANGUAGE_WEIGHTS = (("en", 4), ("fr", 2), ("ar", 2), ("sw", 2), ("es", 1))
# Share of each role's people who finished their track (the core group is trained first, Phase 3 step 1);
# case workers vary by agency, so some agencies reach 90 % and some do not.
COMPLETION = {"coordinator": 1.0, "system_administrator": 1.0, "trainer": 0.9, "case_manager": 0.75}
AGENCY_COMPLETION = (0.97, 0.93, 0.85, 0.75, 0.6, 0.5)


@dataclass(frozen=True)
class DemoPerson:
    learner: Learner
    done_share: float  # 1.0: finished the track; 0: not started


SECOND_ADMIN_FROM = 50  # a demo of this many people gets a second system administrator


def plan_roles(total: int, agencies: int) -> list[tuple[str, str]]:
    """(role, agency) for each person: a lead coordinator, focal points, administrators, trainers, managers."""
    names = [name for name, _ in AGENCIES[:agencies]]
    plan = [("coordinator", HEAD_OFFICE), ("system_administrator", HEAD_OFFICE), ("trainer", HEAD_OFFICE)]
    plan += [("coordinator", name) for name in names[: max(0, min(agencies, total - 5))]]
    if total >= SECOND_ADMIN_FROM:
        plan.append(("system_administrator", HEAD_OFFICE))
    plan += [("trainer", HEAD_OFFICE)] * max(0, total // 250 - 1)
    rest = max(2, total - len(plan))
    managers = max(1, round(total * 0.15))
    plan += [("case_manager", names[i % agencies]) for i in range(managers)]
    plan += [("case_worker", names[i % agencies]) for i in range(rest - managers)]
    return plan[:total]


def make_people(rng: random.Random, total: int) -> list[DemoPerson]:
    agencies = min(len(AGENCIES), max(2, total // 8))
    rates = dict(
        zip(
            (name for name, _ in AGENCIES), rng.sample(AGENCY_COMPLETION, len(AGENCY_COMPLETION)), strict=True
        )
    )
    sites = dict(AGENCIES)
    languages = [code for code, weight in LANGUAGE_WEIGHTS for _ in range(weight)]
    people = []
    for role, agency in plan_roles(total, agencies):
        language = rng.choice(languages)
        given, family = NAMES[language]
        name = f"{rng.choice(given)} {rng.choice(family)}"
        site = rng.choice(sites.get(agency, ("Head office",)))
        learner = Learner(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            display_name=name,
            roles=(role,),
            agency=agency,
            site=site,
            language=language if language in ("en", "fr", "ar", "es") else "en",
        )
        rate = rates.get(agency, 0.9) if role == "case_worker" else COMPLETION[role]
        done = 1.0 if rng.random() < rate else rng.choice((0.0, 0.0, rng.uniform(0.1, 0.95)))
        people.append(DemoPerson(learner, done))
    return people
