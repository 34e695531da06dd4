"""The exceptions a client call can raise.

Everything derives from :class:`ThreeCommasError`. Errors never hold request headers, so your
API key and secret cannot leak through a traceback, a log line or a ``repr``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

#: How much of an unreadable error body an exception keeps, for the message.
_RAW_LIMIT = 500


class ThreeCommasError(Exception):
    """Base class of every error this client raises."""


class RequestValidationError(ThreeCommasError, ValueError):
    """An argument breaks a rule of the spec; nothing was sent.

    Attributes:
        operation_id: The operation that was called.
        parameter: The parameter at fault (``take_profit_step_orders[4]`` for an item).
        rule: What the rule requires, with the reference's wording where it has one.
    """

    def __init__(self, *, operation_id: str, parameter: str, rule: str) -> None:
        self.operation_id = operation_id
        self.parameter = parameter
        self.rule = rule
        super().__init__(f"{operation_id}: {parameter} {rule}")


class ApiError(ThreeCommasError):
    """The API answered with an error status.

    Attributes:
        status_code: The HTTP status.
        error: The API's error code (``record_invalid``...), when the body carried one.
        error_description: Its localized description.
        error_attributes: Fields that failed validation, with their messages.
        method: The request's method.
        path: The request's path.
        retry_after: Seconds the server asked to wait (``Retry-After``), if any.
        raw_body: The start of the body as received.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        path: str,
        error: str | None = None,
        error_description: str | None = None,
        error_attributes: Mapping[str, list[str]] | None = None,
        retry_after: float | None = None,
        raw_body: str = "",
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        self.error = error
        self.error_description = error_description
        self.error_attributes: dict[str, list[str]] = dict(error_attributes or {})
        self.retry_after = retry_after
        self.raw_body = raw_body
        detail = error_description or error or (raw_body[:120] if raw_body else "no details")
        if self.error_attributes:
            # The fields at fault are the most useful part of a 422: keep them in the message.
            fields = "; ".join(
                f"{name}: {', '.join(messages)}" for name, messages in self.error_attributes.items()
            )
            detail = f"{detail} ({fields})"
        super().__init__(f"{method} {path} -> {status_code}: {detail}")


class BadRequestError(ApiError):
    """4xx: the request was malformed or invalid."""


class AuthenticationError(ApiError):
    """401: the API key or signature was not accepted."""


class PermissionDeniedError(ApiError):
    """403: the API key lacks the permission this operation needs."""


class NotFoundError(ApiError):
    """404: no such record."""


class RateLimitedError(ApiError):
    """429: a rate limit was broken; back off (``retry_after`` says how long, when known)."""


class PlanLimitError(ApiError):
    """429 whose error says the feature is not in your subscription plan: not a rate limit.

    The live API answers so (status 429, an ``error`` naming the plan or subscription) for a
    feature your 3Commas plan does not include. Waiting does not help, so it is never retried
    and is not a :class:`RateLimitedError`: change the plan, or stop calling the operation.
    """


class IpBannedError(ApiError):
    """418: the IP was banned for ignoring 429s. Never retried."""


class ServerError(ApiError):
    """5xx: the issue is on 3Commas's side."""


class ApiConnectionError(ThreeCommasError):
    """No answer: the connection failed or broke.

    Attributes:
        method: The request's method.
        path: The request's path.
        may_have_reached_server: False only when the request certainly never left (connection
            refused, name not resolved); a request that may have arrived is never re-sent unless
            it is a read.
    """

    def __init__(self, message: str, *, method: str, path: str, may_have_reached_server: bool) -> None:
        self.method = method
        self.path = path
        self.may_have_reached_server = may_have_reached_server
        super().__init__(f"{method} {path}: {message}")


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class UnexpectedResponseError(ThreeCommasError):
    """A success status whose body is not what the spec describes (not JSON, wrong shape)."""

    def __init__(self, status_code: int, method: str, path: str, message: str) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        super().__init__(f"{method} {path} -> {status_code}: {message}")


_BY_STATUS: dict[int, type[ApiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    418: IpBannedError,
    429: RateLimitedError,
}


#: Words of a 429's error that make it a plan limit rather than a rate limit. The reference
#: documents 429 only as "rate limit exceeded"; these words never appear in a rate limit's
#: message, and a message without them stays a rate limit.
_PLAN_WORDS = re.compile(r"\b(?:subscription|plan|upgrade|tariff)\b", re.IGNORECASE)


def _says_plan_limit(*texts: str | None) -> bool:
    return any(text is not None and _PLAN_WORDS.search(text[:_RAW_LIMIT]) for text in texts)


def error_class(status_code: int) -> type[ApiError]:
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    return BadRequestError


def error_from_response(
    *, status_code: int, method: str, path: str, body: bytes, retry_after: float | None = None
) -> ApiError:
    """The exception for an error answer; any body is accepted (HTML, truncated JSON, nothing)."""
    text = body[:_RAW_LIMIT].decode("utf-8", errors="replace")
    payload: Any = None
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read
        payload = None
    error = description = None
    attributes: dict[str, list[str]] = {}
    if isinstance(payload, Mapping):
        error = payload.get("error") if isinstance(payload.get("error"), str) else None
        raw_description = payload.get("error_description")
        description = raw_description if isinstance(raw_description, str) else None
        raw_attributes = payload.get("error_attributes")
        if isinstance(raw_attributes, Mapping):
            for name, messages in raw_attributes.items():
                if isinstance(messages, list):
                    attributes[str(name)] = [str(m) for m in messages]
                elif messages is not None:
                    attributes[str(name)] = [str(messages)]
    kind = error_class(status_code)
    if status_code == 429 and _says_plan_limit(error, description):
        kind = PlanLimitError
    return kind(
        status_code=status_code,
        method=method,
        path=path,
        error=error,
        error_description=description,
        error_attributes=attributes,
        retry_after=retry_after,
        raw_body=text,
    )
