"""A stored certificate as files: the printable document, its PDF and the signed JSON, one at a time or a whole
folder with the revocation status list beside them.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import re
from pathlib import Path

from trainer_app.core.common import files
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.certificate import Certificate, CertificateOrigin
from trainer_app.core.services.branding import BrandingService
from trainer_app.core.services.certificate_facts import certificate_title
from trainer_app.core.services.certificate_text import (
    CertificateDocument,
    CertificatePdfRenderer,
    build_document,
)
from trainer_app.core.services.certificates import CertificateRegistry
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.status_list import STATUS_LIST_FILE, StatusListService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database


class CertificateFiles:
    def __init__(
        self,
        db: Database,
        packs: PackService,
        registry: CertificateRegistry,
        status_list: StatusListService,
        pdf_renderer: CertificatePdfRenderer,
        branding: BrandingService | None = None,
    ) -> None:
        self._db = db
        self._packs = packs
        self.registry = registry
        self.status_list = status_list
        self._render_pdf = pdf_renderer
        self._branding = branding

    def document(self, certificate_id: str) -> CertificateDocument:
        from trainer_app.core.credentials.obfacts import read_facts
        from trainer_app.core.credentials.safejson import parse_credential_json

        certificate = self.registry.get(certificate_id)
        signed = self.registry.credential_json(certificate.id)
        facts = read_facts(parse_credential_json(signed))
        with self._db.transaction() as conn:
            token = certificates_repo.qr_token(conn, certificate.id)
        title = self._certificate_title(facts.pack_id, facts.certificate_key, facts.language)
        logo = (
            self._branding.logo()
            if self._branding and certificate.origin is CertificateOrigin.ISSUED
            else None
        )
        return build_document(facts, title, certificate.issuer_fingerprint, token, signed, logo)

    def _certificate_title(self, pack_id: str, certificate_key: str, language: str) -> str:
        pack = next((p for p in self._packs.list() if p.id == pack_id), None)
        award = pack.certificate(certificate_key) if pack else None
        return certificate_title(pack, award[1], language) if pack and award else ""

    def pdf_bytes(self, certificate_id: str) -> bytes:
        return self._render_pdf(self.document(certificate_id))

    def write_pdf(self, certificate_id: str, path: Path) -> Path:
        data = self.pdf_bytes(certificate_id)
        write_file(Path(path), data)
        with self._db.transaction() as conn:
            certificates_repo.set_pdf_hash(
                conn, self.registry.get(certificate_id).id, hashlib.sha256(data).hexdigest()
            )
        return Path(path)

    def write_json(self, certificate_id: str, path: Path) -> Path:
        """The signed credential, indented for people to read (any JSON encoding of it verifies)."""
        document = json.loads(self.registry.credential_json(certificate_id))
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        write_file(Path(path), text.encode("utf-8"))
        return Path(path)

    def export(self, out_dir: Path, learner_id: str | None = None) -> builtins.list[Path]:
        """A PDF and a JSON file per certificate (one learner's, or all) into `out_dir`, and the current
        revocation status list beside them."""
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        written: builtins.list[Path] = []
        for certificate in self.registry.list(learner_id):
            stem = file_stem(certificate)
            written.append(self.write_pdf(certificate.id, out_dir / f"{stem}.pdf"))
            written.append(self.write_json(certificate.id, out_dir / f"{stem}.json"))
        written.append(self.status_list.write(out_dir / STATUS_LIST_FILE))
        return written


def file_stem(certificate: Certificate) -> str:
    """`certificate-<learner>-<certificate>-<id8>`, safe on every file system (non-ASCII letters kept); the
    certificate part is the track id for a whole-track certificate."""
    name = re.sub(r"[^\w]+", "-", certificate.learner_name, flags=re.UNICODE).strip("-_")[:40] or "learner"
    track = re.sub(r"[^\w]+", "-", certificate.certificate_key).strip("-_")[:40] or "track"
    return f"certificate-{name}-{track}-{certificate.id[:8]}"


def write_file(path: Path, data: bytes) -> None:
    """Write through a sibling temporary file and rename, so a failure leaves no partial file."""
    try:
        files.write_atomically(path, data)
    except OSError as error:
        raise TrainerError("certificate.write", path=path, strerror=error.strerror or error) from error
