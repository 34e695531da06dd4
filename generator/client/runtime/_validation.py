"""Checks a request against its operation's schema before anything is sent.

The generator compiles the operations' request schemas (the spec's own) into straight-line
check functions, named after the schema parts they check, in ``_checks.py``, so the client refuses
exactly what the spec refuses without walking schemas at run time. A check returns the first
problem as ``(parameter, rule)``: each message names the parameter and the reference's rule,
where a generic validator would say "is not valid under any of the given schemas". This module
holds what the compiled checks share: the ``oneOf`` logic of rule groups and its messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from .errors import RequestValidationError

#: ``(parameter, rule)``: where a request breaks the spec, and how.
Problem = tuple[str, str]
Check = Callable[[Any, str], Problem | None]


def validate_request(operation_id: str, data: Any, check: Check, variants: Sequence[type[Any]] = ()) -> None:
    """Raise :class:`RequestValidationError` for the first rule ``data`` breaks.

    ``variants``: the rule-group variant classes of the operation's own body class, among which
    the error names the one a missing field is set on.
    """
    problem = check(data, "")
    if problem is not None:
        parameter, rule = problem
        owner = variant_owning(parameter, data, variants) if rule.startswith("is required") else None
        raise RequestValidationError(operation_id=operation_id, parameter=parameter, rule=rule, owner=owner)


def variant_owning(field: str, data: Any, variants: Sequence[type[Any]]) -> str | None:
    """The variant class a missing top-level ``field`` is set on, so the error can say where.

    The body holds a variant's selector values (``take_profit_type: "classic"``), so the class
    is the one variant of the operation's body class whose selectors ``data`` matches and which
    has the field. None when not exactly one fits.
    """
    if not isinstance(data, Mapping) or not field.isidentifier():
        return None
    found = set()
    for cls in variants:
        selectors = getattr(cls, "SELECTORS", None)
        fields = getattr(cls, "__attrs_attrs__", ())
        if not isinstance(selectors, Mapping):
            continue
        if any(f.name == field for f in fields) and all(
            _same(data.get(key), value) for key, value in selectors.items()
        ):
            found.add(cls.__name__)
    return found.pop() if len(found) == 1 else None


def always_valid(data: Any, path: str) -> Problem | None:
    """The check of a schema that allows anything (``true``, or descriptions only)."""
    return None


def owned_by_another_variant(data: Any, path: str) -> Problem | None:
    """The check of a ``false`` schema."""
    # A field another variant of its rule group owns: it means nothing with this one.
    return path or "request", "must not be sent with this variant (it belongs to another one)"


class _NotPinned:
    def __repr__(self) -> str:
        return "NOT_PINNED"


#: A variant that does not fix the group's selector to one value.
NOT_PINNED: Any = _NotPinned()


class Branch(NamedTuple):
    """One variant of a ``oneOf``: its check, the selector value it pins, the fields it requires."""

    check: Check
    pinned: Any = NOT_PINNED
    required: tuple[str, ...] = ()


class OneOf:
    """A compiled ``oneOf``: its variants and, for a rule group, the selector and its default."""

    __slots__ = ("_picks", "_unpinned", "branches", "default", "selector")

    def __init__(
        self, branches: tuple[Branch, ...], selector: str | None = None, default: Any = None
    ) -> None:
        self.branches = branches
        self.selector = selector
        self.default = default
        self._unpinned = tuple(b for b in branches if b.pinned is NOT_PINNED) or branches
        # The variants each selector value picks, found once rather than at every request: keyed
        # by (is it a boolean, value), as JSON tells ``true`` from ``1`` and Python does not.
        self._picks: dict[tuple[bool, Any], tuple[Branch, ...]] | None = {}
        try:
            for pinned in (b.pinned for b in branches if b.pinned is not NOT_PINNED):
                picked = (b for b in branches if b.pinned is NOT_PINNED or _same(b.pinned, pinned))
                self._picks[(isinstance(pinned, bool), pinned)] = tuple(picked)
        except TypeError:  # a pinned value that is not hashable (an object or a list)
            self._picks = None

    def picked(self, value: Any) -> Sequence[Branch]:
        """The variants a selector value can match: those pinning it and those pinning nothing
        (every variant when none can)."""
        if self._picks is not None:
            try:
                return self._picks.get((isinstance(value, bool), value)) or self._unpinned
            except TypeError:  # an unhashable value: no variant pins it
                return self._unpinned
        picked = [b for b in self.branches if b.pinned is NOT_PINNED or _same(b.pinned, value)]
        return picked or self.branches


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``True`` is not ``1``."""
    return bool(a == b) and isinstance(a, bool) == isinstance(b, bool)


def one_of(data: Any, path: str, group: OneOf) -> Problem | None:
    """Exactly one variant must match; the problem explains the variant the selector picks."""
    selector = group.selector
    branches: Sequence[Branch] = group.branches
    is_object = isinstance(data, dict)
    if selector is not None and is_object:
        # A rule group: the spec pins each variant's selector to its own const, so only the
        # variants the selector value picks can match; check just those (the fast path).
        branches = group.picked(data.get(selector, group.default))
    if len(branches) == 1 and branches[0].check(data, path) is None:
        return None
    passing = [b for b in branches if b.check(data, path) is None]
    if len(passing) == 1:
        return None
    if len(passing) > 1 and selector is not None:
        return path or "request", "matches more than one variant of a rule group; this is a spec defect"
    if is_object and selector is not None and not passing:
        value = data.get(selector, group.default)
        for branch in branches:
            if branch.pinned is not NOT_PINNED and _same(branch.pinned, value):
                return branch.check(data, path)
        allowed = [b.pinned for b in branches if b.pinned is not NOT_PINNED]
        where = f"{path}.{selector}" if path else selector
        return where, f"must be one of {', '.join(repr(a) for a in allowed)}"
    # Item-level "exactly one of" groups (`price` or `price_percentage`).
    names = [n for b in branches for n in b.required]
    present = [n for n in names if isinstance(data, Mapping) and n in data]
    fields = " / ".join(names)
    if present:
        return path or "request", f"send exactly one of {fields}, not {' and '.join(present)}"
    return path or "request", f"send exactly one of {fields}"


def has_duplicate_field(items: Sequence[Any], field: str) -> bool:
    """Whether two objects of ``items`` carry equal values (JSON equality) under ``field``."""
    seen: list[Any] = []
    for item in items:
        if isinstance(item, Mapping) and field in item:
            value = item[field]
            if any(_same(value, other) for other in seen):
                return True
            seen.append(value)
    return False


def at(path: str, name: str) -> str:
    """The path of property ``name`` of the object at ``path`` (``""``: the request itself)."""
    return f"{path}.{name}" if path else name


def property_problem(data: Mapping[str, Any], path: str, name: str, check: Check) -> Problem | None:
    """The problem ``check`` finds in property ``name`` of ``data``, if it is there."""
    if name in data:
        return check(data[name], f"{path}.{name}" if path else name)
    return None


def first_missing(
    data: Mapping[str, Any], path: str, required: Sequence[str], because: Mapping[str, str] | None = None
) -> Problem | None:
    """The first of ``required`` that ``data`` lacks, with the reference's reason when it gives one."""
    for name in required:
        if name not in data:
            reason = because.get(name) if because else None
            return at(path, name), f"is required ({reason})" if reason else "is required"
    return None


def is_full_date(text: str) -> bool:
    """Whether ``text`` is an RFC 3339 full-date (``2024-08-23``): JSON Schema's ``date`` format."""
    digits = text[:4] + text[5:7] + text[8:]
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not (digits.isascii() and digits.isdigit()):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:  # 2024-02-30
        return False
    return True


def first_item_problem(items: Sequence[Any], path: str, check: Check) -> Problem | None:
    """The first problem ``check`` finds in an item of ``items`` (paths ``name[0]``, ``name[1]``...)."""
    for index, item in enumerate(items):
        if (problem := check(item, f"{path}[{index}]")) is not None:
            return problem
    return None
