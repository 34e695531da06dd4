"""Typed client for the 3Commas Public REST API, generated from its OpenAPI spec.

Start with :class:`Client` (or :class:`AsyncClient`)::

    from threecommas import Client

    with Client() as client:  # THREECOMMAS_API_KEY, THREECOMMAS_API_SECRET
        trades = client.smart_trades.list_smart_trades(limit=10)
"""

from ._convert import DecimalLike
from ._logging import setup_from_environment
from ._response import RawResponse
from ._rsa import sign_request_rsa
from ._signing import sign_request
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
    PlanLimitError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    ThreeCommasError,
    UnexpectedResponseError,
)
from .types import UNSET, Unset

setup_from_environment()  # THREECOMMAS_LOG=debug|info

__version__ = "1.0.3"

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
    "PlanLimitError",
    "RateLimitedError",
    "RawResponse",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "ThreeCommasError",
    "UnexpectedResponseError",
    "Unset",
    "__version__",
    "sign_request",
    "sign_request_rsa",
]
