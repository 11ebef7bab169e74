"""The trust rule every piece of evidence passes: what counts here, and whose revocation is honoured. Pure."""

from __future__ import annotations

from collections.abc import Collection


def counts_now(source_key: str, trusted: Collection[str]) -> bool:
    """Evidence counts only when the key that vouches for it is trusted here; otherwise it is kept aside."""
    return source_key in trusted


def revocation_honoured(signer_key: str, issuer_key: str, trusted: Collection[str]) -> bool:
    """A revocation stands when signed by the certificate's own issuer or by a key trusted here."""
    return signer_key == issuer_key or signer_key in trusted
