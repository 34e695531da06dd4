"""Request signing, as the General API Information defines it.

``Signature`` is the hex HMAC-SHA256, keyed with the secret, of ``uri?totalParams``: the full
request path (with ``/public/api``), then ``?`` and the query string, then the request body.
With a JSON body and no query string the message is the path followed directly by the body
bytes (py3cw's convention, which the API accepts). The message is always built from the very
bytes that are sent.
"""

from __future__ import annotations

import hashlib
import hmac


def sign(secret: str, message: bytes) -> str:
    """Hex HMAC-SHA256 of ``message`` keyed with ``secret``."""
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign_request(secret: str, path_and_query: str, body: bytes = b"") -> str:
    """The ``Signature`` header for a request you send yourself: hex HMAC-SHA256 of its message.

    Args:
        secret: Your API secret.
        path_and_query: The full path as sent, with ``/public/api``, then ``?`` and the query
            string when there is one (``/public/api/ver1/accounts/new?type=binance&name=x``).
        body: The exact body bytes sent, if any (they follow the path and query directly).
    """
    return sign(secret, path_and_query.encode("utf-8") + body)
