"""What a certificate file holds, read from untrusted bytes: a PDF (its attached credential JSON and QR token),
a credential JSON file, or a compact QR token. Pure; reasons start with 'malformed: '.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trainer_app.core.common.errors import CertificateError
from trainer_app.core.credentials.obfacts import CertificateFacts
from trainer_app.core.credentials.pdfattach import (
    CREDENTIAL_ATTACHMENT,
    TOKEN_ATTACHMENT,
    embedded_files,
    looks_like_pdf,
)
from trainer_app.core.credentials.token import MAX_TOKEN_CHARS, TOKEN_PREFIX, TokenClaims

TOKEN_START = TOKEN_PREFIX + "."


class InputKind(StrEnum):
    PDF = "pdf"
    JSON = "json"
    TOKEN = "token"


@dataclass(frozen=True)
class CertificateInput:
    """`credential` is the credential's JSON bytes (None for a token); `token` the QR token if there is one."""

    kind: InputKind
    credential: bytes | None
    token: str | None


def is_token_text(text: str) -> bool:
    return text.strip().startswith(TOKEN_START)


def read_certificate_input(data: bytes) -> CertificateInput:
    """Tell a PDF, a JSON credential and a token apart, and take out what each holds."""
    if looks_like_pdf(data):
        return _from_pdf(data)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(TOKEN_START.encode("ascii")):
        return CertificateInput(InputKind.TOKEN, None, _token_text(stripped))
    if stripped.startswith(b"{"):
        return CertificateInput(InputKind.JSON, data, None)
    raise CertificateError("certificate.malformed_certificate_expected_pdf")


def _from_pdf(data: bytes) -> CertificateInput:
    files = embedded_files(data)
    credential = files.get(CREDENTIAL_ATTACHMENT)
    if credential is None:
        json_files = [name for name in files if name.lower().endswith(".json")]
        if len(json_files) != 1:
            raise CertificateError("certificate.malformed_pdf_certificate_attached")
        credential = files[json_files[0]]
    token_bytes = files.get(TOKEN_ATTACHMENT)
    token = _token_text(token_bytes) if token_bytes is not None else None
    return CertificateInput(InputKind.PDF, credential, token)


def _token_text(data: bytes) -> str:
    if len(data) > MAX_TOKEN_CHARS + 16:
        raise CertificateError("certificate.malformed_token_too_long")
    try:
        return data.decode("ascii").strip()
    except UnicodeDecodeError as error:
        raise CertificateError("certificate.malformed_token_ascii_text") from error


def token_matches(claims: TokenClaims, facts: CertificateFacts, issuer_did: str) -> bool:
    """The QR token states exactly what the credential states."""
    return claims == TokenClaims.from_facts(facts, issuer_did)
