"""The exceptions a client call can raise.

Named as openai-python names them: :class:`APIError` ← :class:`APIConnectionError` ←
:class:`APITimeoutError`; :class:`APIStatusError` and a subclass per common status. Everything
derives from :class:`ThreeCommasError`, with :class:`RequestValidationError` (nothing was sent).
Errors hold no request headers, and the ``response`` they keep is the one received (its request's
headers are the signed ones, never the secret), so your secret cannot leak through a traceback,
a log line or a ``repr``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

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
        owner: The class the missing field is set on (``TakeProfitClassic``), when the field
            belongs to a rule group's variant.
    """

    def __init__(self, *, operation_id: str, parameter: str, rule: str, owner: str | None = None) -> None:
        self.operation_id = operation_id
        self.parameter = parameter
        self.rule = rule
        self.owner = owner
        super().__init__(f"{operation_id}: {_problem_text(parameter, rule, owner)}")


def _problem_text(parameter: str, rule: str, owner: str | None) -> str:
    """``set X on TakeProfitClassic(...), required because take_profit_type = classic``."""
    if owner is None or not rule.startswith("is required"):
        return f"{parameter} {rule}"
    reason = rule.removeprefix("is required").strip().removeprefix("(").removesuffix(")")
    reason = reason.removeprefix("Required if ").removeprefix("required if ")
    return f"set {parameter} on {owner}(...), required" + (f" because {reason}" if reason else "")


class APIError(ThreeCommasError):
    """The call failed at the API: an error answer, no answer, or an answer that cannot be read.

    Attributes:
        message: What went wrong, as in ``str(error)``.
        method: The request's method.
        path: The request's path.
        body: The answer's body: its JSON when it is JSON, else its text; ``None`` when there
            was no answer.
    """

    body: object

    def __init__(self, message: str, *, method: str, path: str, body: object = None) -> None:
        self.message = message
        self.method = method
        self.path = path
        self.body = body
        super().__init__(message)


class APIStatusError(APIError):
    """The API answered with an error status; a subclass names the common ones.

    Attributes:
        status_code: The HTTP status.
        response: The ``httpx.Response`` (its body already read), when the transport kept it.
        error: The API's error code (``record_invalid``...), when the body carried one.
        error_description: Its localized description.
        error_attributes: Fields that failed validation, with their messages.
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
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.response = response
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
        message = f"{method} {path} -> {status_code}: {detail}"
        super().__init__(message, method=method, path=path, body=raw_body if body is None else body)


class BadRequestError(APIStatusError):
    """400: the request was malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key or signature was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the permission this operation needs."""


class NotFoundError(APIStatusError):
    """404: no such record."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the record's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the API read the request and refused its values (``error_attributes`` says which)."""


class IpBannedError(APIStatusError):
    """418: the IP was banned for going on after 429s (2 minutes to 3 days). Never retried."""


class RateLimitError(APIStatusError):
    """429: a rate limit was broken; back off (``retry_after`` says how long, when known)."""


class PlanLimitError(APIStatusError):
    """429 whose error says the feature is not in your subscription plan: not a rate limit.

    The live API answers so (status 429, an ``error`` naming the plan or subscription) for a
    feature your 3Commas plan does not include. Waiting does not help, so it is never retried
    and is not a :class:`RateLimitError` (an ``except RateLimitError`` that backs off and tries
    again would loop): change the plan, or stop calling the operation.
    """


class InternalServerError(APIStatusError):
    """5xx: the issue is on 3Commas's side."""


class APIConnectionError(APIError):
    """No answer: the connection failed or broke.

    Attributes:
        may_have_reached_server: False only when the request certainly never left (connection
            refused, name not resolved); a request that may have arrived is never re-sent unless
            it is a read.
    """

    def __init__(self, message: str, *, method: str, path: str, may_have_reached_server: bool) -> None:
        self.may_have_reached_server = may_have_reached_server
        super().__init__(f"{method} {path}: {message}", method=method, path=path)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A success status whose body is not what the spec describes (not JSON, wrong shape, too large).

    Attributes:
        status_code: The HTTP status.
    """

    def __init__(self, status_code: int, method: str, path: str, message: str) -> None:
        self.status_code = status_code
        super().__init__(f"{method} {path} -> {status_code}: {message}", method=method, path=path)


#: The name this error had before 2.0; the endpoint modules still raise it by this name.
UnexpectedResponseError = APIResponseValidationError

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    418: IpBannedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


#: Words of a 429's error that make it a plan limit rather than a rate limit. The reference
#: documents 429 only as "rate limit exceeded"; these words never appear in a rate limit's
#: message, and a message without them stays a rate limit.
_PLAN_WORDS = re.compile(r"\b(?:subscription|plan|upgrade|tariff)\b", re.IGNORECASE)


def _says_plan_limit(*texts: str | None) -> bool:
    return any(text is not None and _PLAN_WORDS.search(text[:_RAW_LIMIT]) for text in texts)


def error_class(status_code: int) -> type[APIStatusError]:
    """The class for an error status, as openai-python chooses it; others are APIStatusError."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


def error_from_response(
    *,
    status_code: int,
    method: str,
    path: str,
    body: bytes,
    retry_after: float | None = None,
    response: httpx.Response | None = None,
) -> APIStatusError:
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
        body=payload if payload is not None else text,
        response=response,
    )
