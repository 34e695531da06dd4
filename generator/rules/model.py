"""The rule model: the constraints a reference states in prose, typed.

The extractor reads them out of parameter descriptions; the encoder turns them into JSON
Schema. Each rule keeps the phrase it came from and its location, so that the rules report and
the generated schemas can cite the reference line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from generator.diagnostics import Location


@dataclass(frozen=True)
class Atom:
    """One term of a condition: ``selector`` is truthy, or ``selector = value``.

    ``value`` is a string for enum and free-string selectors and a bool for boolean selectors;
    ``None`` means "truthy" and is only used while a condition is still unresolved.
    ``negated`` reads ``selector != value`` ("Requires unless type = binance_dex"); a negated
    boolean atom is stored as the opposite value instead.
    """

    selector: str
    value: str | bool | None = None
    negated: bool = False

    def __str__(self) -> str:
        if self.negated:
            return f"{self.selector} != {self.value}"
        if self.value is None or self.value is True:
            return self.selector
        if self.value is False:
            return f"not {self.selector}"
        return f"{self.selector} = {self.value}"


@dataclass(frozen=True)
class Condition:
    """A conjunction of atoms (the reference only ever uses AND)."""

    atoms: tuple[Atom, ...]

    def __str__(self) -> str:
        return " AND ".join(str(a) for a in self.atoms)

    @property
    def selectors(self) -> tuple[str, ...]:
        return tuple(a.selector for a in self.atoms)


@dataclass(frozen=True)
class Source:
    """Where a rule came from: the phrase as written and its location."""

    phrase: str
    location: Location

    def __str__(self) -> str:
        return f"{self.location.file}:{self.location.line}: {self.phrase}"


@dataclass(frozen=True)
class RequiredIf:
    """``target`` must be sent when ``condition`` holds.

    ``dead`` names condition selectors the operation does not have: such a requirement can
    never apply, but its live atoms still tell which variant the target belongs to.
    """

    target: str
    condition: Condition
    source: Source
    dead: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppliesIf:
    """``Order price for conditional ...``: the field only means something under ``condition``."""

    target: str
    condition: Condition
    source: Source


@dataclass(frozen=True)
class AvailableIf:
    """The field may be sent only in some state of the trade: kept as annotation, not enforced."""

    target: str
    condition_text: str
    source: Source


@dataclass(frozen=True)
class Bound:
    """``Must be positive`` (exclusive minimum 0) or ``Must be negative`` (exclusive maximum 0)."""

    target: str
    exclusive_minimum: Decimal | None
    exclusive_maximum: Decimal | None
    source: Source


@dataclass(frozen=True)
class MaxItems:
    target: str
    count: int
    source: Source


@dataclass(frozen=True)
class ItemFormat:
    """``Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}]``.

    ``required`` fields must be in every item; exactly one field of each ``one_of`` group must
    be; ``enums`` restricts fields to listed values.
    """

    target: str
    required: tuple[str, ...]
    one_of: tuple[tuple[str, ...], ...]
    enums: tuple[tuple[str, tuple[str, ...]], ...]
    source: Source


@dataclass(frozen=True)
class UniquePositiveField:
    """``Position must be unique ... and greater then 0``: an item field >= 1, unique in the list."""

    target: str
    item_field: str
    source: Source


@dataclass(frozen=True)
class Nullable:
    """``If null - ...``: null is a meaningful value for the field."""

    target: str
    source: Source


Rule = RequiredIf | AppliesIf | AvailableIf | Bound | MaxItems | ItemFormat | UniquePositiveField | Nullable


@dataclass(frozen=True)
class Unread:
    """A phrase that looks like a rule but that the extractor could not read."""

    target: str
    phrase: str
    reason: str
    location: Location


@dataclass(frozen=True)
class OperationRules:
    """Every rule of one operation, and every phrase of it that was not understood."""

    operation_id: str
    rules: tuple[Rule, ...] = ()
    unread: tuple[Unread, ...] = ()
    #: Parameters made optional because a condition decides when they are required (top-level
    #: ones by name, nested ones by wire name: ``stop_loss[order_type]``).
    conditionally_required: frozenset[str] = field(default_factory=frozenset)

    def for_target(self, target: str) -> list[Rule]:
        return [r for r in self.rules if r.target == target]

    def is_nullable(self, target: str) -> bool:
        """Whether null is a meaningful value of ``target`` (an ``If null - ...`` rule)."""
        return any(isinstance(r, Nullable) for r in self.for_target(target))
