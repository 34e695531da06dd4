"""RSA request signing, the other way the reference allows besides HMAC-SHA256.

The message is the one HMAC signs (the path as sent, ``?`` and the query string, then the body
bytes); the signature is RSASSA-PKCS1-v1_5 over its SHA-256 digest with your private key, sent
Base64-encoded (RFC 4648 alphabet, with padding, one line) in the same ``Signature`` header.
PKCS#1 v1.5 is deterministic, so one message always gives one signature: the reference's worked
examples are exact test vectors.

``cryptography`` is imported when the first RSA key is loaded, not with the package: HMAC users
never pay for it.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey


def load_private_key(pem: str | bytes, password: str | bytes | None = None) -> RSAPrivateKey:
    """The RSA private key of a PEM text (PKCS#1 ``BEGIN RSA PRIVATE KEY`` or PKCS#8).

    Raises ``ValueError`` naming what is wrong (not PEM, not RSA, wrong password), never the key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    if not isinstance(pem, str | bytes):
        raise TypeError(f"private_key must be the PEM text (str or bytes), not {type(pem).__name__}")
    if isinstance(pem, str) and "\n" not in pem and "\\n" in pem:
        pem = pem.replace("\\n", "\n")  # an environment variable written with escaped newlines
    data = pem.encode("ascii", errors="replace") if isinstance(pem, str) else pem
    secret = password.encode("utf-8") if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(data.strip() + b"\n", password=secret)
    except (ValueError, TypeError) as error:
        # cryptography's messages name the problem (bad password, unsupported format), not the key.
        raise ValueError(f"private_key is not a readable PEM private key: {_reason(error)}") from None
    if not isinstance(key, RSAPrivateKey):
        raise ValueError(f"private_key is a {type(key).__name__.removeprefix('_')}, not an RSA key")
    return key


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    # Defence in depth: keep only a short, key-free explanation.
    return text[:160] if "-----" not in text else type(error).__name__


def rsa_signature(key: RSAPrivateKey, message: bytes) -> str:
    """Base64 of the RSASSA-PKCS1-v1_5 / SHA-256 signature of ``message``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


class RsaSigner:
    """Signs requests with an RSA private key; its repr never shows the key."""

    __slots__ = ("_key",)

    def __init__(self, pem: str | bytes, password: str | bytes | None = None) -> None:
        self._key = load_private_key(pem, password)

    def sign(self, message: bytes) -> str:
        return rsa_signature(self._key, message)

    def redact(self, text: str) -> str:
        return text  # no library error can quote a key object: nothing to hide in text

    def __repr__(self) -> str:
        return "RsaSigner('***')"


def sign_request_rsa(
    private_key: str | bytes, path_and_query: str, body: bytes = b"", *, password: str | bytes | None = None
) -> str:
    """The ``Signature`` header for a request you send yourself, signed with an RSA private key.

    Args:
        private_key: Your RSA private key, PEM text.
        path_and_query: The full path as sent, with ``/public/api``, then ``?`` and the query
            string when there is one (``/public/api/ver1/users/change_mode?mode=paper``).
        body: The exact body bytes sent, if any (they follow the path and query directly).
        password: The PEM's password, if it is encrypted.
    """
    return rsa_signature(load_private_key(private_key, password), path_and_query.encode("utf-8") + body)
