"""Device keys: created once with owner-only permissions, reloaded, never shown; did:key and fingerprints."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.encoding import b58decode, b58encode, multibase_encode
from trainer_app.core.credentials.keys import (
    PRIVATE_KEY_FILE,
    PUBLIC_KEY_FILE,
    DeviceKey,
    IssuerKey,
    fingerprint_of,
    load_or_create_device_key,
    public_key_from_did_key,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _private_pem_body(keys_dir: Path) -> str:
    lines = (keys_dir / PRIVATE_KEY_FILE).read_text().splitlines()
    return "".join(line for line in lines if not line.startswith("-----"))


def test_key_is_created_once_and_reloaded(tmp_path: Path) -> None:
    first = load_or_create_device_key(tmp_path / "keys")
    second = load_or_create_device_key(tmp_path / "keys")
    assert first.public == second.public
    assert (tmp_path / "keys" / PUBLIC_KEY_FILE).read_bytes() == first.public.public_key
    assert (tmp_path / "keys" / PRIVATE_KEY_FILE).read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert not list((tmp_path / "keys").glob("*.tmp"))


@posix_only
def test_private_key_file_is_owner_only(tmp_path: Path) -> None:
    load_or_create_device_key(tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path / PRIVATE_KEY_FILE).st_mode) == 0o600


@posix_only
def test_loose_permissions_are_tightened_on_load(tmp_path: Path) -> None:
    load_or_create_device_key(tmp_path)
    (tmp_path / PRIVATE_KEY_FILE).chmod(0o644)
    load_or_create_device_key(tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path / PRIVATE_KEY_FILE).st_mode) == 0o600


def test_repr_and_str_hide_the_private_key(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    key = load_or_create_device_key(tmp_path)
    body = _private_pem_body(tmp_path)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").info("key %s %r", key, key)
    for shown in (repr(key), str(key), f"{key}", caplog.text):
        assert body[16:40] not in shown
        assert "PRIVATE" not in shown
        assert key.fingerprint in shown


def test_damaged_key_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / PRIVATE_KEY_FILE).write_text("not a key")
    with pytest.raises(CredentialError, match="damaged"):
        load_or_create_device_key(tmp_path)


def test_wrong_public_key_file_is_rewritten(tmp_path: Path) -> None:
    key = load_or_create_device_key(tmp_path)
    (tmp_path / PUBLIC_KEY_FILE).write_bytes(b"\0" * 32)
    assert load_or_create_device_key(tmp_path).public == key.public
    assert (tmp_path / PUBLIC_KEY_FILE).read_bytes() == key.public.public_key


def test_did_key_round_trip_and_known_encoding() -> None:
    # The W3C vc-di-eddsa test-vector key: its public key multibase is published with it.
    key = IssuerKey(public_key_from_did_key("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
    assert key.did == "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    assert key.verification_method == f"{key.did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    assert public_key_from_did_key(key.verification_method) == key.public_key


@pytest.mark.parametrize(
    "text",
    [
        "did:web:example.org",
        "did:key:abc",
        "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkOther",
        "did:key:" + multibase_encode(b"\xe7\x01" + bytes(33)),  # secp256k1, not Ed25519
        "did:key:z0OIl",
    ],
)
def test_bad_did_keys_are_refused(text: str) -> None:
    with pytest.raises(CredentialError, match="malformed"):
        public_key_from_did_key(text)


def test_fingerprint_is_grouped_hex_of_sha256_prefix() -> None:
    fingerprint = fingerprint_of(bytes(32))
    # SHA-256 of 32 zero bytes starts 66687aadf862bd776c8fc18b8e9f8e20.
    assert fingerprint == "6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20"


def test_base58_round_trip_keeps_leading_zeros() -> None:
    for data in (b"", b"\0", b"\0\0\x01", bytes(range(40))):
        assert b58decode(b58encode(data)) == data
    assert b58encode(b"hello world") == "StV1DL6CwTryKyV"


def test_device_key_signs_verifiably() -> None:
    key = DeviceKey.from_private_bytes(bytes(range(32)))
    assert key.public.verify(key.sign(b"message"), b"message")
