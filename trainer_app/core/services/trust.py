"""Issuer trust: this installation's own key (created on first use, always trusted) and the keys of other
installations, trusted or not by a coordinator's decision. Certificates from untrusted keys never count.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import (
    NotFoundError,
    TrainerError,
    TrustError,
    ValidationError,
)
from trainer_app.core.common.paths import DataPaths
from trainer_app.core.domain.certificate import IssuerKeyRecord
from trainer_app.core.services.certificate_store import refresh_supersession
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.db import Database

if TYPE_CHECKING:
    from trainer_app.core.credentials.keys import DeviceKey

log = logging.getLogger(__name__)
OWN_KEY_LABEL = "This installation"
_FINGERPRINT = re.compile(r"[0-9A-F]{32}")
# Called inside the trust decision's own transaction with (connection, raw public key as hex): releases what
# that key's evidence kept aside, so trusting a key and counting its records are one act (records_review).
TrustListener = Callable[[Any, str], object]


def normalise_fingerprint(text: str) -> str | None:
    """'abcd1234…' or 'ABCD 1234 …' or with colons -> 'ABCD 1234 …' (eight groups); None if not one."""
    compact = re.sub(r"[\s:]", "", text).upper()
    if not _FINGERPRINT.fullmatch(compact):
        return None
    return " ".join(compact[start : start + 4] for start in range(0, 32, 4))


class TrustService:
    def __init__(self, db: Database, clock: Clock, paths: DataPaths) -> None:
        self._db = db
        self._clock = clock
        self._paths = paths
        self._device_key: DeviceKey | None = None
        self._lock = threading.Lock()
        self._listeners: list[TrustListener] = []

    def on_trusted(self, listener: TrustListener) -> None:
        """Run `listener` whenever a key becomes trusted, in the same transaction (once per listener)."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def device_key(self) -> DeviceKey:
        """The installation's signing key, created (owner-only file) on first use and trusted here."""
        with self._lock:  # two threads asking at first use must not create two keys
            if self._device_key is None:
                self._device_key = self._load_device_key()
            return self._device_key

    def _load_device_key(self) -> DeviceKey:
        from trainer_app.core.credentials.keys import load_or_create_device_key

        try:
            key = load_or_create_device_key(self._paths.keys)
        except OSError as error:
            raise TrustError(
                "trust.installation_s_signing_key", keys=self._paths.keys, strerror=error.strerror or error
            ) from error
        with self._db.transaction() as conn:
            self.remember(conn, key.public.public_key)
            record = certificates_repo.get_key(conn, key.public.public_key.hex())
            if record is not None and not record.trusted:
                label = record.label or OWN_KEY_LABEL
                certificates_repo.set_trust(conn, record.public_key_hex, True, label, self._clock())
        return key

    def remember(self, conn: Any, public_key: bytes) -> None:
        """Record a key seen on a certificate (untrusted unless it is known and trusted already)."""
        from trainer_app.core.credentials.keys import IssuerKey

        issuer = IssuerKey(public_key)
        certificates_repo.add_key(conn, public_key.hex(), issuer.did, issuer.fingerprint, self._clock())

    # ---- queries -----------------------------------------------------------------------------------

    def own_public_key(self) -> bytes | None:
        """This installation's public key; None while its key file cannot be read (the screens that only list
        keys keep working: its key was recorded as trusted on the first run; signing reports the problem)."""
        try:
            return self.device_key().public.public_key
        except TrainerError as error:
            log.warning("the device key cannot be read (%s)", error.code)
            return None

    def issuer_keys(self) -> list[IssuerKeyRecord]:
        own = self.own_public_key()
        with self._db.transaction() as conn:
            found = certificates_repo.list_keys(conn)
        return [
            dataclasses.replace(k, is_own=own is not None and k.public_key_hex == own.hex()) for k in found
        ]

    def trusted_keys(self) -> list[bytes]:
        own = self.own_public_key()
        with self._db.transaction() as conn:
            found = [bytes.fromhex(k) for k in certificates_repo.trusted_public_keys(conn)]
        return found if own is None or own in found else [own, *found]

    def find(self, fingerprint_or_did: str) -> IssuerKeyRecord:
        """A known key by its fingerprint (any spacing or case) or its did:key."""
        self.device_key()
        with self._db.transaction() as conn:
            if fingerprint_or_did.strip().startswith("did:key:"):
                record = certificates_repo.get_key(conn, _did_public_key(fingerprint_or_did).hex())
                matches = [record] if record else []
            else:
                fingerprint = normalise_fingerprint(fingerprint_or_did)
                if fingerprint is None:
                    raise ValidationError(
                        "trust.key_fingerprint_did_key", fingerprint_or_did=fingerprint_or_did
                    )
                matches = certificates_repo.keys_with_fingerprint(conn, fingerprint)
        if not matches:
            raise NotFoundError("trust.known_issuer_key_matches", fingerprint_or_did=fingerprint_or_did)
        own = self.device_key().public.public_key.hex()
        return dataclasses.replace(matches[0], is_own=matches[0].public_key_hex == own)

    # ---- decisions ---------------------------------------------------------------------------------

    def trust_key(self, public_key: bytes, label: str) -> tuple[IssuerKeyRecord, Changes]:
        """Trust a key (remembering it if new): its certificates count from now on."""
        own = self.device_key().public.public_key
        label = " ".join(label.split())
        if not label:
            raise ValidationError("trust.give_issuer_label_example")
        with self._db.transaction() as conn:
            self.remember(conn, public_key)
            certificates_repo.set_trust(conn, public_key.hex(), True, label, self._clock())
            for listener in self._listeners:  # what the key's evidence kept aside counts from now on
                listener(conn, public_key.hex())
            refresh_supersession(conn, public_key.hex())
            record = certificates_repo.get_key(conn, public_key.hex())
        assert record is not None
        changes = Changes.TRUST | Changes.CERTIFICATES | Changes.RECORDS | Changes.PROGRESS | Changes.LEARNERS
        return dataclasses.replace(record, is_own=public_key == own), changes

    def trust(self, fingerprint_or_did: str, label: str) -> tuple[IssuerKeyRecord, Changes]:
        """Trust a key given by its did:key, or by the fingerprint of a key already seen here."""
        if fingerprint_or_did.strip().startswith("did:key:"):
            return self.trust_key(_did_public_key(fingerprint_or_did), label)
        return self.trust_key(bytes.fromhex(self.find(fingerprint_or_did).public_key_hex), label)

    def distrust(self, fingerprint_or_did: str) -> Changes:
        """Stop trusting a key; its certificates stay stored but no longer count. The own key stays trusted."""
        record = self.find(fingerprint_or_did)
        if record.is_own:
            raise TrustError("trust.installation_s_own_key")
        with self._db.transaction() as conn:
            certificates_repo.set_trust(conn, record.public_key_hex, False, None, self._clock())
            refresh_supersession(conn, record.public_key_hex)  # what it superseded counts again
        return Changes.TRUST | Changes.CERTIFICATES


def _did_public_key(did: str) -> bytes:
    from trainer_app.core.credentials.keys import public_key_from_did_key

    return public_key_from_did_key(did.strip())
