"""Salted scrypt hashes for PINs and passphrases, stored as `scrypt$n$r$p$salt$digest`; never the secret itself."""

from __future__ import annotations

import hashlib
import hmac
import os

SCRYPT_R, SCRYPT_P = 8, 1


def hash_secret(secret: str, n: int = 2**14, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = _scrypt(secret, salt, n, SCRYPT_R, SCRYPT_P)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_secret(secret: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = 128 * r * n * p + (1 << 24)  # room for the stronger passphrase work factor
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=maxmem)
