"""Typed client for the 3Commas Public REST API, generated from its OpenAPI spec.

Start with :class:`Client` (or :class:`AsyncClient`)::

    from threecommas import Client

    with Client(api_key="...", api_secret="...") as client:
        trades = client.smart_trades.list_smart_trades(limit=10)
"""

from ._convert import DecimalLike
from ._transport import RetryPolicy
from .client import AsyncClient, Client
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    IpBannedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    ThreeCommasError,
    UnexpectedResponseError,
)
from .types import UNSET, Unset

__version__ = "1.0.2"

__all__ = [
    "UNSET",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DecimalLike",
    "IpBannedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "ThreeCommasError",
    "UnexpectedResponseError",
    "Unset",
    "__version__",
]
