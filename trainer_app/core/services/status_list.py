"""This installation's revocation status list: an index for each certificate issued here, the signed list
an organisation publishes at a fixed https URL, and checking a certificate against a list.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import CredentialError, ValidationError
from trainer_app.core.credentials import statuslist
from trainer_app.core.credentials.safejson import parse_credential_json
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import status_repo
from trainer_app.core.storage.db import Database

URL_SETTING = "status_list_url"  # Settings.extra key: where the organisation publishes the list
STATUS_LIST_FILE = "status-list.json"
_MAX_URL = 400


@dataclass(frozen=True)
class StatusCheck:
    """What a status list says of one certificate: `revoked`, or why it could not say."""

    checked: bool
    revoked: bool
    reason: str = ""


def default_url(fingerprint: str) -> str:
    """A stable https placeholder until the organisation sets where it publishes the list: the reserved
    `.invalid` domain never resolves, so nobody can serve a list there on the organisation's behalf."""
    return f"https://status.cpims-trainer.invalid/{fingerprint.replace(' ', '').lower()}/{STATUS_LIST_FILE}"


def check_url(url: str) -> str:
    url = url.strip()
    if not url.startswith("https://") or len(url) > _MAX_URL or any(c.isspace() for c in url) or "#" in url:
        raise ValidationError("status_list.status_list_address_must")
    return url


class StatusListService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        trust: TrustService,
        settings: SettingsService,
        randbelow: Callable[[int], int] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._trust = trust
        self._settings = settings
        self._randbelow = randbelow

    def url(self) -> str:
        chosen = self._settings.current.extra.get(URL_SETTING)
        if isinstance(chosen, str) and chosen:
            return chosen
        return default_url(self._trust.device_key().public.fingerprint)

    def set_url(self, url: str) -> Changes:
        extra = {**self._settings.current.extra, URL_SETTING: check_url(url)}
        return self._settings.update(extra=extra)

    def new_entry(self, conn: Any) -> statuslist.StatusEntry:
        """A free, randomly chosen index in the list, for a certificate about to be issued in `conn`."""

        def taken(index: int) -> bool:
            return status_repo.index_taken(conn, index)

        index = (
            statuslist.pick_index(taken, self._randbelow) if self._randbelow else statuslist.pick_index(taken)
        )
        return statuslist.StatusEntry(self.url(), index)

    def new_entries(self, conn: Any, count: int) -> list[statuslist.StatusEntry]:
        """`count` free, randomly chosen indexes at once (issuing in a batch): the taken ones read once."""
        taken = status_repo.taken_indexes(conn)
        url, pick = self.url(), self._randbelow or secrets.randbelow
        entries = []
        for _ in range(count):
            index = statuslist.pick_index(taken.__contains__, pick)
            taken.add(index)
            entries.append(statuslist.StatusEntry(url, index))
        return entries

    def record(self, conn: Any, certificate_id: str, entry: statuslist.StatusEntry) -> None:
        status_repo.add(conn, certificate_id, entry.index, entry.list_url)

    def document(self) -> dict[str, Any]:
        """The current list, signed now: every revoked certificate issued here has its bit set."""
        with self._db.transaction() as conn:
            revoked = status_repo.revoked_indexes(conn)
        return statuslist.issue_list(self._trust.device_key(), self.url(), revoked, self._clock())

    def write(self, path: Path) -> Path:
        text = json.dumps(self.document(), indent=2, ensure_ascii=False) + "\n"
        files.write_atomically(Path(path), text)
        return Path(path)

    def check(self, credential: dict[str, Any], status_list: dict[str, Any] | None = None) -> StatusCheck:
        """Check `credential` against `status_list`, or against this installation's own list when the
        certificate points to it; unchecked (with the reason) otherwise."""
        try:
            entry = statuslist.entry_of(credential)
        except CredentialError as error:
            return StatusCheck(False, False, str(error))
        if entry is None:
            return StatusCheck(False, False, "no status entry (issued before status lists)")
        if (
            status_list is None
        ):  # this installation's own list: its bit is read here, no list is signed for it
            if entry.list_url != self.url() or not self._issued_here(credential):
                return StatusCheck(False, False, "its status list is not known here")
            with self._db.transaction() as conn:
                return StatusCheck(True, status_repo.index_revoked(conn, entry.index))
        try:
            return StatusCheck(True, statuslist.is_revoked(credential, status_list))
        except CredentialError as error:
            return StatusCheck(False, False, str(error))

    def _issued_here(self, credential: dict[str, Any]) -> bool:
        issuer = credential.get("issuer")
        issuer_did = issuer.get("id") if isinstance(issuer, dict) else issuer
        return issuer_did == self._trust.device_key().did

    @staticmethod
    def read_file(path: Path) -> dict[str, Any]:
        """A status list file from outside, parsed with the same caps as a credential."""
        try:
            with Path(path).open("rb") as handle:
                data = handle.read(statuslist.MAX_FILE_BYTES + 1)
        except OSError as error:
            raise ValidationError("status_list.read", path=path, strerror=error.strerror or error) from error
        if len(data) > statuslist.MAX_FILE_BYTES:
            raise ValidationError("status_list.too_large_status_list", path=path)
        return parse_credential_json(data)
