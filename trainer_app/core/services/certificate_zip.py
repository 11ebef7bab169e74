"""Certificates in bulk for a training session: one zip with a PDF (and its signed JSON) per certificate.

Uses the certificates' own PDF writer; the zip is written to a temp file and renamed, so a failure (a full disk,
a cancel) leaves no partial file.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer_app.core.common import files
from trainer_app.core.common.errors import ExchangeCancelled, ExchangeError, ValidationError
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.services.certificate_files import CertificateFiles, file_stem
from trainer_app.core.services.status_list import STATUS_LIST_FILE

# (fraction 0–1, what) -> False to cancel
Progress = Callable[[float, str], bool]


@dataclass(frozen=True)
class ZipResult:
    path: Path
    certificates: int


def chosen_certificates(
    certificates: CertificateFiles, learner_ids: Iterable[str] | None, issued_since: datetime | None = None
) -> list[Certificate]:
    wanted = set(learner_ids) if learner_ids is not None else None
    chosen = [
        c
        for c in certificates.registry.list()
        if (wanted is None or c.learner_id in wanted)
        and (issued_since is None or c.issued_at >= issued_since)
    ]
    if not chosen:
        raise ValidationError("certificate.certificates_match_nothing_written")
    return chosen


def write_certificates_zip(
    certificates: CertificateFiles,
    out: Path,
    learner_ids: Iterable[str] | None = None,
    issued_since: datetime | None = None,
    progress: Progress | None = None,
    with_json: bool = True,
) -> ZipResult:
    """PDFs of the stored certificates (of these learners, issued since this time) in one zip."""
    chosen = chosen_certificates(certificates, learner_ids, issued_since)
    try:
        with (
            files.atomic_path(out) as partial,
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            for number, certificate in enumerate(chosen):
                if progress is not None and progress(number / len(chosen), certificate.learner_name) is False:
                    raise ExchangeCancelled()
                stem = file_stem(certificate)
                archive.writestr(f"{stem}.pdf", certificates.pdf_bytes(certificate.id))
                if with_json:
                    archive.writestr(f"{stem}.json", certificates.registry.credential_json(certificate.id))
            if with_json:
                status_list = json.dumps(certificates.status_list.document(), indent=2, ensure_ascii=False)
                archive.writestr(STATUS_LIST_FILE, status_list + "\n")
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise ExchangeError("export.disk_full", name=out.name) from error
        raise ExchangeError("certificate.could_written", out=out, strerror=error.strerror or error) from error
    return ZipResult(out, len(chosen))


def write_certificates_folder(
    certificates: CertificateFiles,
    out_dir: Path,
    learner_ids: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> ZipResult:
    """A PDF and its signed JSON per certificate (of these learners) into `out_dir`, with the status list.

    Files are written to a hidden folder inside `out_dir` and moved into place only at the end, so a cancel or a
    failure leaves the folder as it was."""
    chosen = chosen_certificates(certificates, learner_ids)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".certificates-", dir=out_dir) as staging:
            stage = Path(staging)
            for number, certificate in enumerate(chosen):
                if progress is not None and progress(number / len(chosen), certificate.learner_name) is False:
                    raise ExchangeCancelled()
                stem = file_stem(certificate)
                certificates.write_pdf(certificate.id, stage / f"{stem}.pdf")
                certificates.write_json(certificate.id, stage / f"{stem}.json")
            certificates.status_list.write(stage / STATUS_LIST_FILE)
            for item in sorted(stage.iterdir()):
                os.replace(item, out_dir / item.name)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise ExchangeError("certificate.disk_full_filled_free", name=out_dir.name) from error
        raise ExchangeError(
            "certificate.could_written_2", out_dir=out_dir, strerror=error.strerror or error
        ) from error
    return ZipResult(out_dir, len(chosen))
