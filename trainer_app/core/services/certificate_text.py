"""What a certificate PDF says, fully resolved into one language: the labels (English, French, Spanish, Arabic)
around the signed facts, and the document handed to the Qt PDF writer through `CertificatePdfRenderer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from trainer_app.core.common.numbers import format_percent
from trainer_app.core.credentials.obfacts import CertificateFacts

RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ku", "yi"})

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Certificate of completion",
        "awarded_to": "Awarded to",
        "track": "Track",
        "role": "Role",
        "organisation": "Organisation",
        "issued": "Issued",
        "score": "Score",
        "certificate_id": "Certificate ID",
        "issuer_key": "Issuer key",
        "scan": "Scan to verify",
        "no_qr": "Imported certificate: verify the attached file",
        "practice": "Assessed in practice",
        "observed": "observed by {name} on {date}",
        "signed": "Signed for the organisation by {name}",
    },
    "fr": {
        "heading": "Certificat de réussite",
        "awarded_to": "Décerné à",
        "track": "Parcours",
        "role": "Rôle",
        "organisation": "Organisation",
        "issued": "Délivré le",
        "score": "Score",
        "certificate_id": "N° du certificat",
        "issuer_key": "Clé de l’émetteur",
        "scan": "Scanner pour vérifier",
        "no_qr": "Certificat importé : vérifiez le fichier joint",
        "practice": "Évalué en pratique",
        "observed": "observé par {name} le {date}",
        "signed": "Signé au nom de l’organisation par {name}",
    },
    "es": {
        "heading": "Certificado de finalización",
        "awarded_to": "Otorgado a",
        "track": "Itinerario",
        "role": "Función",
        "organisation": "Organización",
        "issued": "Emitido el",
        "score": "Puntuación",
        "certificate_id": "ID del certificado",
        "issuer_key": "Clave del emisor",
        "scan": "Escanee para verificar",
        "no_qr": "Certificado importado: verifique el archivo adjunto",
        "practice": "Evaluado en la práctica",
        "observed": "observado por {name} el {date}",
        "signed": "Firmado en nombre de la organización por {name}",
    },
    "ar": {
        "heading": "شهادة إتمام",
        "awarded_to": "تُمنح إلى",
        "track": "المسار",
        "role": "الدور",
        "organisation": "الجهة",
        "issued": "تاريخ الإصدار",
        "score": "النتيجة",
        "certificate_id": "رقم الشهادة",
        "issuer_key": "مفتاح الجهة المُصدِرة",
        "scan": "امسح الرمز للتحقق",
        "no_qr": "شهادة مستوردة: تحقّق من الملف المرفق",
        "practice": "تم التقييم عمليًا",
        "observed": "لاحظه {name} بتاريخ {date}",
        "signed": "وقّعه باسم الجهة: {name}",
    },
}


def label(key: str, language: str) -> str:
    """The label in `language` (or its primary subtag), falling back to English."""
    table = LABELS.get(language) or LABELS.get(language.split("-", maxsplit=1)[0]) or LABELS["en"]
    return table.get(key, LABELS["en"][key])


MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}
DATE_FORMATS = {
    "en": "{day} {month} {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
    "ar": "{day} {month} {year}",
}

ROLE_TITLES = {  # the bundled roles' titles as the certificate's language writes them (others stay as the pack has them)
    "fr": {
        "Case worker": "Travailleur social",
        "Case manager": "Responsable de cas",
        "System administrator": "Administrateur système",
        "CPIMS+ coordinator": "Coordinateur CPIMS+",
        "Trainer": "Formateur",
    },
    "es": {
        "Case worker": "Trabajador de casos",
        "Case manager": "Gestor de casos",
        "System administrator": "Administrador del sistema",
        "CPIMS+ coordinator": "Coordinador de CPIMS+",
        "Trainer": "Formador",
    },
    "ar": {
        "Case worker": "العامل الاجتماعي",
        "Case manager": "مدير الحالات",
        "System administrator": "مسؤول النظام",
        "CPIMS+ coordinator": "منسّق CPIMS+",
        "Trainer": "المدرّب",
    },
}


def local_role(title: str, language: str) -> str:
    return ROLE_TITLES.get(language.split("-", maxsplit=1)[0], {}).get(title, title)


def local_date(day: date, language: str) -> str:
    """A date as people write it in `language` ("5 janvier 2026"); English for languages not listed."""
    key = language.split("-", maxsplit=1)[0] if language.split("-", maxsplit=1)[0] in MONTHS else "en"
    return DATE_FORMATS[key].format(day=day.day, month=MONTHS[key][day.month - 1], year=day.year)


def local_percent(score: float, language: str) -> str:
    """A score (0–1) with the language's decimal mark, by the one rule for decimals (core/common/numbers)."""
    return format_percent(score * 100, language)


def is_right_to_left(language: str) -> bool:
    return language.split("-", maxsplit=1)[0].lower() in RIGHT_TO_LEFT


@dataclass(frozen=True)
class CertificateDocument:
    """Everything drawn on (and attached to) one certificate PDF, already in the certificate's language."""

    language: str
    right_to_left: bool
    heading: str
    title: str
    awarded_to: str
    learner_name: str
    agency: str
    criteria: str
    details: tuple[tuple[str, str], ...]  # (label, value): track, role, organisation, issued, score
    identifiers: tuple[tuple[str, str], ...]  # (label, value): certificate id, issuer key fingerprint
    qr_caption: str
    token: str | None  # the compact signed token shown as a QR code (None: imported without one)
    credential_json: bytes
    pdf_title: str
    practice_heading: str = ""  # "Assessed in practice", when practical checks were required
    practice: tuple[str, ...] = ()  # one line per check: the task, who observed it and when
    signed_by: str = ""  # "Signed for the organisation by …", when the installation names a signatory
    logo: bytes | None = None  # the organisation's logo (PNG or JPEG), for certificates issued here


class CertificatePdfRenderer(Protocol):
    """Draws a certificate and returns the PDF bytes (the output layer provides it, see services/pdf_writers)."""

    def __call__(self, document: CertificateDocument) -> bytes: ...


def build_document(
    facts: CertificateFacts,
    title: str,
    fingerprint: str,
    token: str | None,
    credential_json: bytes,
    logo: bytes | None = None,
) -> CertificateDocument:
    """`title` is the certificate title from the pack in the certificate's language (or the track title)."""
    language = facts.language

    def text(key: str) -> str:
        return label(key, language)

    details = [(text("track"), facts.track_title)]
    if facts.role_title:
        details.append((text("role"), local_role(facts.role_title, language)))
    details.append((text("organisation"), facts.issuer_name))
    details.append((text("issued"), local_date(facts.issued_at.date(), language)))
    if facts.score is not None:
        details.append((text("score"), local_percent(facts.score, language)))
    return CertificateDocument(
        language=language,
        right_to_left=is_right_to_left(language),
        heading=text("heading"),
        title=title or facts.track_title,
        awarded_to=text("awarded_to"),
        learner_name=facts.learner_name,
        agency=facts.agency,
        criteria=facts.criteria,
        details=tuple(details),
        identifiers=((text("certificate_id"), facts.credential_id), (text("issuer_key"), fingerprint)),
        qr_caption=text("scan") if token else text("no_qr"),
        token=token,
        credential_json=credential_json,
        pdf_title=f"{text('heading')} — {facts.learner_name} — {facts.track_title}",
        practice_heading=text("practice") if facts.practical else "",
        practice=tuple(f"{e.title} — {e.description}" for e in facts.practical),
        signed_by=text("signed").format(name=facts.signatory) if facts.signatory else "",
        logo=logo,
    )
