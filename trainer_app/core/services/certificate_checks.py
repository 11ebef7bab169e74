"""Checking certificate files and tokens from anywhere (signature, trust, the issuer's status list), importing
intact ones, and trusting the issuer of a file.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.coded import CodedReason
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.certificate import IssuerKeyRecord
from trainer_app.core.services.certificate_import import (
    CertificateChecker,
    ImportResult,
    VerificationReport,
)
from trainer_app.core.services.status_list import StatusListService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage.db import Database


class CertificateChecks:
    def __init__(
        self, db: Database, clock: Clock, trust: TrustService, status_list: StatusListService
    ) -> None:
        self._trust = trust
        self._status_list = status_list
        self.checker = CertificateChecker(db, clock, trust)

    def verify_paths(
        self, paths: Iterable[Path], status_list: dict[str, Any] | None = None
    ) -> builtins.list[VerificationReport]:
        """Check files; each intact credential is also checked against `status_list`, or this installation's
        own list when it points there. A certificate the list marks revoked is not valid."""
        return [self._with_status(report, status_list) for report in self.checker.verify_paths(paths)]

    def _with_status(
        self, report: VerificationReport, status_list: dict[str, Any] | None
    ) -> VerificationReport:
        from trainer_app.core.credentials.safejson import parse_credential_json

        if report.credential is None or not report.intact:
            return report
        check = self._status_list.check(parse_credential_json(report.credential), status_list)
        if not check.checked:
            return dataclasses.replace(report, status=f"not checked: {check.reason}")
        if not check.revoked:
            return dataclasses.replace(report, status="not revoked")
        problem = report.problem if not report.valid else CodedReason.of("verify.revoked_status_list")
        return dataclasses.replace(report, valid=False, problem=problem, status="revoked")

    def verify_token(self, token: str) -> VerificationReport:
        return self.checker.verify_token(token)

    def import_paths(self, paths: Iterable[Path]) -> builtins.list[ImportResult]:
        return self.checker.import_paths(paths)

    def trust_issuer_of(self, path: Path, label: str) -> tuple[IssuerKeyRecord, Changes]:
        """Trust the issuer of an intact certificate file (PDF or JSON)."""
        from trainer_app.core.credentials.keys import public_key_from_did_key

        report = self.checker.verify_paths([Path(path)])[0]
        if not report.intact or report.issuer_did is None or report.kind == "token":
            raise ValidationError(
                "certificate.intact_certificate_issuer_trusted",
                path=path,
                reason=report.problem.error() if report.problem else "",
            )
        return self._trust.trust_key(public_key_from_did_key(report.issuer_did), label)
