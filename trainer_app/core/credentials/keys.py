"""The installation's Ed25519 device key, public-key fingerprints, and did:key identifiers.

The private key lives in one PKCS8 PEM file readable by the owner only; it never appears in repr, str or logs.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.encoding import multibase_decode, multibase_encode

PRIVATE_KEY_FILE = "device-ed25519.pem"
PUBLIC_KEY_FILE = "device-ed25519.pub"
ED25519_PUB_MULTICODEC = b"\xed\x01"
MULTICODEC_KEY_BYTES = 34  # a two-byte multicodec prefix and a 32-byte Ed25519 key
ED25519_PRIV_MULTICODEC = b"\x80\x26"
DID_KEY_PREFIX = "did:key:"
PUBLIC_KEY_BYTES = 32


@dataclass(frozen=True)
class IssuerKey:
    """An Ed25519 public key (32 raw bytes) and the names people and documents use for it."""

    public_key: bytes

    def __post_init__(self) -> None:
        if len(self.public_key) != PUBLIC_KEY_BYTES:
            raise CredentialError("key.malformed_ed25519_public_key")

    @property
    def multibase(self) -> str:
        return multibase_encode(ED25519_PUB_MULTICODEC + self.public_key)

    @property
    def did(self) -> str:
        return DID_KEY_PREFIX + self.multibase

    @property
    def verification_method(self) -> str:
        return f"{self.did}#{self.multibase}"

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            _public_key_object(self.public_key).verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class DeviceKey:
    """The signing key of this installation. repr and str show the fingerprint only."""

    public: IssuerKey
    _private: Ed25519PrivateKey = field(repr=False, compare=False)

    @classmethod
    def from_private_bytes(cls, seed: bytes) -> DeviceKey:
        """From the 32-byte Ed25519 seed (used for published test vectors)."""
        private = Ed25519PrivateKey.from_private_bytes(seed)
        return cls(IssuerKey(_raw_public(private)), private)

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    @property
    def did(self) -> str:
        return self.public.did

    @property
    def verification_method(self) -> str:
        return self.public.verification_method

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def __repr__(self) -> str:
        return f"DeviceKey(fingerprint={self.fingerprint!r})"

    __str__ = __repr__


def fingerprint_of(public_key: bytes) -> str:
    """SHA-256 of the raw public key, first 16 bytes, as eight upper-case groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[start : start + 4] for start in range(0, 32, 4))


@functools.lru_cache(maxsize=256)
def _public_key_object(public_key: bytes) -> Ed25519PublicKey:
    """Loaded once per key: a records bundle checks thousands of proofs made by a handful of keys."""
    return Ed25519PublicKey.from_public_bytes(public_key)


@functools.lru_cache(maxsize=1024)
def public_key_from_did_key(did_or_method: str) -> bytes:
    """The raw Ed25519 key of `did:key:z…` or of its verification method `did:key:z…#z…` (a pure function,
    remembered: every certificate of a bundle names the same few keys; a malformed one raises every time)."""
    did, _, fragment = did_or_method.partition("#")
    if not did.startswith(DID_KEY_PREFIX + "z"):
        raise CredentialError("key.malformed_did_key", did_or_method=did_or_method)
    method_id = did[len(DID_KEY_PREFIX) :]
    if fragment and fragment != method_id:
        raise CredentialError("key.malformed_did_key_fragment")
    decoded = multibase_decode(method_id)
    if len(decoded) != MULTICODEC_KEY_BYTES or not decoded.startswith(ED25519_PUB_MULTICODEC):
        raise CredentialError("key.malformed_did_key_ed25519")
    return decoded[2:]


def private_seed_from_multibase(text: str) -> bytes:
    """The seed of a multibase, multicodec-tagged Ed25519 private key (as in the W3C test vectors)."""
    decoded = multibase_decode(text)
    if len(decoded) != MULTICODEC_KEY_BYTES or not decoded.startswith(ED25519_PRIV_MULTICODEC):
        raise CredentialError("key.malformed_multicodec_ed25519_private")
    return decoded[2:]


def load_or_create_device_key(keys_dir: Path) -> DeviceKey:
    """Load the device key from `keys_dir`, creating it (mode 0600) on first use."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    private_path = keys_dir / PRIVATE_KEY_FILE
    if private_path.exists():
        private = _read_private(private_path)
    else:
        private = Ed25519PrivateKey.generate()
        _write_private(private_path, private)
    key = DeviceKey(IssuerKey(_raw_public(private)), private)
    public_path = keys_dir / PUBLIC_KEY_FILE
    if not public_path.exists() or public_path.read_bytes() != key.public.public_key:
        _write_atomic(public_path, key.public.public_key, 0o600)
    return key


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _read_private(path: Path) -> Ed25519PrivateKey:
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as error:
        raise CredentialError("key.device_key_file_damaged", path=path) from error
    if not isinstance(private, Ed25519PrivateKey):
        raise CredentialError("key.device_key_file_does", path=path)
    return private


def _write_private(path: Path, private: Ed25519PrivateKey) -> None:
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write_atomic(path, pem, 0o600)


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    """Write to a sibling temp file created with `mode`, then rename: no half-written key, no readable window."""
    temp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
