"""Typed client for the 3Commas Public REST API, generated from its OpenAPI spec.

Start with :class:`Client` (or :class:`AsyncClient`)::

    from threecommas import Client

    with Client() as client:  # THREECOMMAS_API_KEY, THREECOMMAS_API_SECRET (or _PRIVATE_KEY)
        for trade in client.smart_trades.list():
            print(trade.id)
"""

from ._config import RetryPolicy
from ._convert import DecimalLike
from ._logging import setup_from_environment
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import RawResponse
from ._rsa import sign_request_rsa
from ._signing import sign_request
from .client import AsyncClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    IpBannedError,
    NotFoundError,
    PermissionDeniedError,
    PlanLimitError,
    RateLimitError,
    RequestValidationError,
    ThreeCommasError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from .types import UNSET, Unset

setup_from_environment()  # THREECOMMAS_LOG=debug|info

__version__ = "2.1.4"

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "DecimalLike",
    "InternalServerError",
    "IpBannedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanLimitError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "RetryPolicy",
    "SyncPage",
    "ThreeCommasError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "sign_request",
    "sign_request_rsa",
]
