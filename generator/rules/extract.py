"""Reads the rules out of an operation's parameter descriptions.

A description is split into sentences; each sentence is matched against the rule grammar
(see docs/rules.md, "Grammar"). A sentence that looks like a rule but does not parse, or
whose condition cannot be resolved against the operation's parameters, becomes an
:class:`Unread` with a warning, never a silent drop.

Resolution of order-type words ("Required if limit", "Required if LIMIT order used"): the word
names a value of some selector of the same operation. It resolves to

1. the enum parameter that lists the word as a value and shares the longest name prefix with
   the constrained parameter (``take_profit_sell_order_price`` → ``take_profit_sell_method``);
2. failing that, the boolean parameter whose description says which boolean value means that
   order type (``true - use MARKET order, false - use LIMIT order`` → ``is_market = false``).

Anything else is reported, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

from generator.diagnostics import DiagnosticSink, Location
from generator.document.model import Operation, Parameter, Scalar
from generator.rules.model import (
    AppliesIf,
    Atom,
    AvailableIf,
    Bound,
    Condition,
    ItemFormat,
    MaxItems,
    Nullable,
    OperationRules,
    RequiredIf,
    Rule,
    Source,
    UniquePositiveField,
    Unread,
)

# Linear on any sentence: where two quantifiers meet over the same characters one of them is
# possessive (``\s++``) or starts the match only at the first of a run of spaces (``(?<!\s)``).
_REQUIRED_IF = re.compile(
    r"^requi?re[sd]?\s+(?:only\s+)?(?P<keyword>if|when|unless)\s++(?P<condition>.+)$", re.IGNORECASE
)
_AVAILABLE_IF = re.compile(r"^available\s+(?:only\s+)?(?:if|when|for)\s++(?P<condition>.+)$", re.IGNORECASE)
_SIGN = re.compile(r"^must\s+be\s+(?P<sign>positive|negative)$", re.IGNORECASE)
_MAX_ITEMS = re.compile(
    r"^(?:(?P<n1>\d+)\s+(?:steps?|items?|elements?|entries)\s+max(?:imum)?|"
    r"max(?:imum)?\s+(?P<n2>\d+)\s+(?:steps?|items?|elements?|entries))$",
    re.IGNORECASE,
)
_FORMAT = re.compile(r"^format\s*:\s*\[\s*\{(?P<body>.*)\}\s*+(?:,\s*+(?:\.\.\.|…)\s*+)?\]$", re.IGNORECASE)
_UNIQUE_POSITIVE = re.compile(
    r"^(?P<field>\w+)\s+must\s+be\s+unique\b.*\band\s+greater\s+th[ae]n\s+0$", re.IGNORECASE
)
_APPLIES_FOR = re.compile(r"\bfor\s+(?P<word>conditional)\b", re.IGNORECASE)
_IF_NULL = re.compile(r"^if\s+null\b", re.IGNORECASE)
_RULE_LIKE = re.compile(
    r"^(?:requi|available\b|must\b|only\s+if\b|format\s*:|\d+\s+\w+\s+max\b)", re.IGNORECASE
)
_AND = re.compile(r"(?<!\s)\s+(?:and|&&)\s+", re.IGNORECASE)
#: ``selector``, ``selector = value``, ``selector is value``; the value may be quoted (``= 'isolated'``).
_ATOM = re.compile(
    r"^(?P<selector>[A-Za-z_][\w\[\]]*)"
    r"(?:\s*(?:==?|\bis\b)\s*(?:'(?P<single>[^']*)'|\"(?P<double>[^\"]*)\"|(?P<value>[\w:.\-]+)))?$"
)
#: "true - use X" / "false: Y": what each value of a boolean means (the encoder names variants by it).
BOOLEAN_MEANING = re.compile(
    r"\b(?P<value>true|false)\s*[-\u2013:]\s*(?:use\s+)?(?P<word>[A-Za-z]+)", re.IGNORECASE
)
#: The current reference's wording, rewritten to the grammar's before matching (see ``normalise``):
#: "This parameter is required when `x` is set to `true`" reads "required when x = true".
_THIS_PARAMETER = re.compile(r"^this\s+parameter\s+is\s+(?=(?:only\s+)?requi)", re.IGNORECASE)
_SET_TO = re.compile(r"(?<!\s)\s++is\s++set\s++to\s++", re.IGNORECASE)
_USED_WITH = re.compile(r"^used\s+(?:only\s+)?with\s+order\s+type\s+(?P<word>\w+)$", re.IGNORECASE)
#: "Must be greater than `-95` and lower than `1000`": exclusive bounds (``then`` as written too).
_BETWEEN = re.compile(
    r"^must\s+be\s+greater\s+th[ae]n\s+(?P<low>-?\d+(?:\.\d+)?)\s+and\s+(?:lower|less)\s+th[ae]n\s+"
    r"(?P<high>-?\d+(?:\.\d+)?)$",
    re.IGNORECASE,
)
_FORMAT_FIELD = re.compile(r"\b(?P<name>\w+)\s*:\s*+(?P<value>.*?)(?=,\s*\w+\s*:|$)")
_FORMAT_ALTERNATIVE = re.compile(r"\(\s*or\s+(?P<name>\w+)\s*=")


def normalise(sentence: str) -> str:
    """The current reference's phrasing in the grammar's words; other sentences are unchanged.

    Code spans are dropped only in sentences that then read as the grammar's, so that a table
    chapter's sentence (which has none of these phrasings) is matched exactly as before.
    """
    rewritten = _THIS_PARAMETER.sub("", sentence)
    if "`" in rewritten:
        plain = " ".join(rewritten.replace("`", " ").split())
        if _REQUIRED_IF.match(_SET_TO.sub(" = ", plain)) or _USED_WITH.match(plain) or _BETWEEN.match(plain):
            rewritten = plain
    if _REQUIRED_IF.match(rewritten):
        rewritten = _SET_TO.sub(" = ", rewritten)
    return rewritten


def split_sentences(text: str) -> list[str]:
    """Sentences of a description: split at '. ' outside of brackets, whitespace folded."""
    sentences: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "[{(":
            depth += 1
        elif char in "]})":
            depth = max(0, depth - 1)
        elif char == "." and depth == 0 and (index + 1 == len(text) or text[index + 1].isspace()):
            sentences.append(text[start:index])
            start = index + 1
    sentences.append(text[start:])
    return [" ".join(s.split()) for s in sentences if s.strip()]


class _Extractor:
    def __init__(self, operation: Operation, operation_id: str, sink: DiagnosticSink) -> None:
        self.operation = operation
        self.operation_id = operation_id
        self.sink = sink
        # Targets and selectors by wire name: a top-level parameter's is its name, a nested
        # one's is bracketed (`take_profit[steps][][order_type]`).
        self.parameters: Mapping[str, Parameter] = {p.name.wire_name: p for p in operation.parameters}
        self.rules: list[Rule] = []
        self.unread: list[Unread] = []
        self.conditional: set[str] = set()

    def run(self) -> OperationRules:
        for parameter in self.operation.parameters:
            for sentence in split_sentences(parameter.description):
                self.read_sentence(parameter, normalise(sentence))
        for parameter in self.operation.parameters:
            target = parameter.name.wire_name
            if parameter.mandatory and target in self.conditional:
                self.sink.warning(
                    parameter.location,
                    f"{self.operation_id}.{target} is marked mandatory YES but its description makes it "
                    "conditional; the condition wins",
                    "mandatory-conditional",
                )
            elif parameter.mandatory:
                self.required_in_its_variant(parameter)
        return OperationRules(
            self.operation_id, tuple(self.rules), tuple(self.unread), frozenset(self.conditional)
        )

    def required_in_its_variant(self, parameter: Parameter) -> None:
        """A required field that only one rule variant may send (``Used with order type
        `conditional``` on a field marked required): required always, no other variant could
        ever be sent. It is read as required in its variant, with a warning at its row."""
        target = parameter.name.wire_name
        owned = [r for r in self.rules if isinstance(r, AppliesIf) and r.target == target]
        if not owned:
            return
        conditions = " or ".join(str(r.condition) for r in owned)
        self.sink.warning(
            parameter.location,
            f"{self.operation_id}.{target} is marked required but only the variant where {conditions} "
            f"may send it ({owned[0].source.phrase!r}): with any other variant no body could be valid; "
            "read as required in that variant only",
            "mandatory-variant",
        )
        self.conditional.add(target)
        self.rules = [RequiredIf(r.target, r.condition, r.source) if r in owned else r for r in self.rules]

    def read_sentence(self, parameter: Parameter, sentence: str) -> None:
        target = parameter.name.wire_name
        source = Source(sentence, parameter.description_location)
        if parameter.name.is_nested and _REQUIRED_IF.match(sentence):
            # Whether its condition is read or not, a condition decides: never required always.
            self.conditional.add(target)
        if match := _REQUIRED_IF.match(sentence):
            resolved = self.resolve(target, match.group("condition"), source)
            if resolved is not None and match.group("keyword").lower() == "unless":
                resolved = self.negate(target, resolved, source)
            if resolved is not None and not self.in_one_object(parameter, resolved[0], source):
                resolved = None
            if resolved is not None:
                condition, dead = resolved
                self.conditional.add(target)
                self.rules.append(RequiredIf(target, condition, source, dead))
        elif match := _AVAILABLE_IF.match(sentence):
            self.conditional.add(target)
            self.rules.append(AvailableIf(target, match.group("condition"), source))
        elif match := _BETWEEN.match(sentence):
            self.require_numeric(parameter, sentence)
            low, high = Decimal(match.group("low")), Decimal(match.group("high"))
            self.rules.append(Bound(target, low, high, source))
        elif match := _USED_WITH.match(sentence):
            atom = self.resolve_order_word(target, match.group("word").lower(), match.group(0), source)
            if isinstance(atom, Atom) and self.in_one_object(parameter, Condition((atom,)), source):
                self.rules.append(AppliesIf(target, Condition((atom,)), source))
        elif match := _SIGN.match(sentence):
            positive = match.group("sign").lower() == "positive"
            self.require_numeric(parameter, sentence)
            zero = Decimal(0)
            self.rules.append(Bound(target, zero if positive else None, None if positive else zero, source))
        elif match := _MAX_ITEMS.match(sentence):
            self.require_array(parameter, sentence)
            self.rules.append(MaxItems(target, int(match.group("n1") or match.group("n2")), source))
        elif match := _FORMAT.match(sentence):
            self.read_format(parameter, match.group("body"), source)
        elif match := _UNIQUE_POSITIVE.match(sentence):
            field = match.group("field").lower()
            if field not in {f.name for f in parameter.name.inline_fields}:
                self.not_understood(target, sentence, f"{field!r} is not a field of {target}'s items", source)
            else:
                self.rules.append(UniquePositiveField(target, field, source))
        elif _IF_NULL.match(sentence):
            self.rules.append(Nullable(target, source))
        elif (
            (match := _APPLIES_FOR.search(sentence))
            and not _RULE_LIKE.match(sentence)
            # Inside an object "for conditional" is the object's own subject ("the trailing
            # for conditional Stop Loss"), not the order type it belongs to.
            and not parameter.name.is_nested
        ):
            atom = self.resolve_order_word(target, match.group("word").lower(), match.group(0), source)
            if isinstance(atom, Atom):
                self.rules.append(AppliesIf(target, Condition((atom,)), source))
        elif _RULE_LIKE.match(sentence):
            self.not_understood(target, sentence, "no rule of the grammar matches this phrase", source)

    def not_understood(self, target: str, phrase: str, reason: str, source: Source) -> None:
        self.unread.append(Unread(target, phrase, reason, source.location))
        self.sink.warning(
            source.location,
            f"{self.operation_id}.{target}: rule not understood: {phrase!r} ({reason})",
            "rule",
        )

    def require_numeric(self, parameter: Parameter, sentence: str) -> None:
        if parameter.type.is_array or parameter.type.scalar not in {Scalar.INTEGER, Scalar.NUMBER}:
            self.sink.warning(
                parameter.location, f"{parameter.name.base}: {sentence!r} on a non-numeric parameter", "rule"
            )

    def require_array(self, parameter: Parameter, sentence: str) -> None:
        if not parameter.type.is_array:
            self.sink.warning(
                parameter.location,
                f"{parameter.name.base}: {sentence!r} on a parameter that is not an array",
                "rule",
            )

    # -- conditions ------------------------------------------------------------------------

    def resolve(self, target: str, text: str, source: Source) -> tuple[Condition, tuple[str, ...]] | None:
        """The condition of a ``Required if`` and its dead selectors; ``None`` if unreadable."""
        atoms: list[Atom] = []
        dead: list[str] = []
        for part in _AND.split(text.strip().rstrip(".")):
            atom = self.resolve_atom(target, part.strip(), source)
            if atom is None:
                return None
            if isinstance(atom, str):
                dead.append(atom)
                continue
            atoms.append(atom)
        return Condition(tuple(atoms)), tuple(dead)

    def negate(
        self, target: str, resolved: tuple[Condition, tuple[str, ...]], source: Source
    ) -> tuple[Condition, tuple[str, ...]] | None:
        """``Requires unless A = v``: required whenever ``A`` is not ``v`` (absent included).

        Only a single condition is negated: "unless A and B" is not a conjunction of negations,
        and the grammar does not guess at it.
        """
        condition, dead = resolved
        if dead:
            return condition, dead
        if len(condition.atoms) != 1:
            self.not_understood(target, source.phrase, "'unless' with more than one condition", source)
            return None
        atom = condition.atoms[0]
        if isinstance(atom.value, bool):
            return Condition((Atom(atom.selector, not atom.value),)), dead
        return Condition((Atom(atom.selector, atom.value, negated=True),)), dead

    def resolve_atom(self, target: str, text: str, source: Source) -> Atom | str | None:
        """An atom; the selector's name (a str) if the operation has no such parameter."""
        match = _ATOM.match(text)
        selector = match.group("selector") if match else None
        if match and selector is not None and "[" in selector:
            selector = self.nested_selector(selector)
            if selector is None:
                self.not_understood(
                    target, source.phrase, f"no parameter {match.group('selector')} in this operation", source
                )
                return None
        if match and selector is not None and selector in self.parameters:
            value = next((v for v in match.group("single", "double", "value") if v is not None), None)
            return self.typed_atom(target, self.parameters[selector], value, text, source)
        order_word = self.order_word(text)
        if order_word is not None:
            return self.resolve_order_word(target, order_word, text, source)
        if match and selector is not None and "_" in selector:
            self.sink.warning(
                source.location,
                f"{self.operation_id}.{target}: condition names {selector}, which this operation does not "
                "have; that requirement can never apply",
                "rule-dead",
            )
            return selector
        self.not_understood(target, source.phrase, f"cannot resolve condition {text!r}", source)
        return None

    def typed_atom(
        self, target: str, selector: Parameter, value: str | None, text: str, source: Source
    ) -> Atom | None:
        name = selector.name.wire_name
        if selector.type.scalar is Scalar.BOOLEAN and not selector.type.is_array:
            if value is None or value.lower() in {"true", "yes", "1"}:
                return Atom(name, True)
            if value.lower() in {"false", "no", "0"}:
                return Atom(name, False)
            self.not_understood(target, source.phrase, f"{name} is boolean, not {value!r}", source)
            return None
        if value is None:
            self.not_understood(target, source.phrase, f"{name} is not boolean; say which value", source)
            return None
        if not selector.values.enum and (selector.type.is_array or selector.type.scalar is not Scalar.STRING):
            # A free string compares as a `const`; other free types have no value to compare to.
            self.not_understood(
                target, source.phrase, f"{name} is {selector.type} without values; cannot compare", source
            )
            return None
        if selector.values.enum and value not in selector.values.enum:
            self.not_understood(
                target,
                source.phrase,
                f"{value!r} is not one of {name}'s values {list(selector.values.enum)}",
                source,
            )
            return None
        return Atom(name, value)

    @staticmethod
    def order_word(text: str) -> str | None:
        words = text.lower().split()
        if (
            words
            and words[0] in {"limit", "market", "conditional"}
            and set(words[1:]) <= {"order", "used", "type"}
        ):
            return words[0]
        return None

    def resolve_order_word(self, target: str, word: str, text: str, source: Source) -> Atom | None:
        scoped = self.scope_parameters(target)
        if "[" in target:
            return self.resolve_nested_order_word(target, word, text, source)
        candidates = [p for p in scoped if word in p.values.enum and p.name.base != target]
        if candidates:
            ranked = sorted(candidates, key=lambda p: -_common_prefix(p.name.base, target))
            best = _common_prefix(ranked[0].name.base, target)
            if len(ranked) > 1 and _common_prefix(ranked[1].name.base, target) == best:
                names = ", ".join(p.name.base for p in ranked if _common_prefix(p.name.base, target) == best)
                self.not_understood(target, source.phrase, f"{text!r} could mean {names}", source)
                return None
            return Atom(ranked[0].name.base, word)
        for parameter in scoped:
            if parameter.type.scalar is not Scalar.BOOLEAN:
                continue
            for meaning in BOOLEAN_MEANING.finditer(parameter.description):
                if meaning.group("word").lower() == word:
                    return Atom(parameter.name.base, meaning.group("value").lower() == "true")
        self.not_understood(target, source.phrase, f"no parameter selects a {word!r} order", source)
        return None

    def scope_parameters(self, target: str) -> list[Parameter]:
        """The parameters a top-level target's order word may name: the top-level ones."""
        return [p for p in self.parameters.values() if not p.name.is_nested]

    def nested_selector(self, written: str) -> str | None:
        """The wire name of the parameter a condition names; the page may leave out the ``[]``
        of an array (``take_profit[steps][trailing][enabled]`` for ``take_profit[steps][][trailing]
        [enabled]``), which names one parameter all the same."""
        if written in self.parameters:
            return written
        path = tuple(part for part in path_of(written) if part != "[]")
        matches = [
            name
            for name, parameter in self.parameters.items()
            if tuple(part for part in parameter.name.path if part != "[]") == path
        ]
        return matches[0] if len(matches) == 1 else None

    def resolve_nested_order_word(self, target: str, word: str, text: str, source: Source) -> Atom | None:
        """``Used with order type `conditional``` on a nested field: the ``order_type`` of the
        nearest object around it whose values (listed, or written in code in its description)
        include the word."""
        path = self.parameters[target].name.path
        for depth in range(len(path) - 1, -1, -1):
            for parameter in self.parameters.values():
                name = parameter.name
                if name.path[:-1] != path[:depth] or name.path[-1] != "order_type":
                    continue
                if word in parameter.values.enum or f"`{word}`" in parameter.description:
                    return Atom(name.wire_name, word)
        self.not_understood(target, source.phrase, f"no order_type around {target} lists {word!r}", source)
        return None

    def in_one_object(self, parameter: Parameter, condition: Condition, source: Source) -> bool:
        """Whether each condition names a parameter of the object that holds the target or of one
        around it: the rule then lives in that object's schema, as a group on that parameter."""
        target = parameter.name.path
        for atom in condition.atoms:
            selector = self.parameters[atom.selector].name.path
            if selector[:-1] != target[: len(selector) - 1]:
                self.not_understood(
                    parameter.name.wire_name,
                    source.phrase,
                    f"{atom.selector} is inside an object that does not hold {parameter.name.wire_name}",
                    source,
                )
                return False
        return True

    # -- item format -----------------------------------------------------------------------

    def read_format(self, parameter: Parameter, body: str, source: Source) -> None:
        target = parameter.name.base
        inline = {f.name for f in parameter.name.inline_fields}
        required: list[str] = []
        one_of: list[tuple[str, ...]] = []
        enums: list[tuple[str, tuple[str, ...]]] = []
        for match in _FORMAT_FIELD.finditer(body.strip()):
            name, value = match.group("name"), match.group("value").strip()
            alternatives = [a.group("name") for a in _FORMAT_ALTERNATIVE.finditer(value)]
            if alternatives:
                one_of.append((name, *alternatives))
            else:
                required.append(name)
            if "," in value and not alternatives:
                enums.append((name, tuple(v.strip() for v in value.split(",") if v.strip())))
        named = set(required) | {n for group in one_of for n in group}
        if not named:
            self.not_understood(target, source.phrase, "the format names no fields", source)
            return
        if inline and not named <= inline:
            unknown = ", ".join(sorted(named - inline))
            self.not_understood(target, source.phrase, f"the format names unknown fields: {unknown}", source)
            return
        self.rules.append(ItemFormat(target, tuple(required), tuple(one_of), tuple(enums), source))


def path_of(wire_name: str) -> tuple[str, ...]:
    """``a[b][][c]`` → ``("a", "b", "[]", "c")``."""
    head, _, rest = wire_name.partition("[")
    parts = [head]
    if rest:
        parts += ["[]" if part == "" else part for part in rest.rstrip("]").split("][")]
    return tuple(parts)


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for left, right in zip(a.split("_"), b.split("_"), strict=False):
        if left != right:
            break
        count += 1
    return count


def extract_rules(operation: Operation, operation_id: str, sink: DiagnosticSink) -> OperationRules:
    """Every rule stated in the descriptions of ``operation``'s parameters."""
    return _Extractor(operation, operation_id, sink).run()


def iter_rule_lines(rules: OperationRules) -> Iterator[tuple[Location, str]]:
    """(location, text) lines for the rules report, understood rules first."""
    for rule in rules.rules:
        yield rule.source.location, f"{rule.target}: {_describe(rule)}  <- {rule.source.phrase!r}"
    for unread in rules.unread:
        yield unread.location, f"{unread.target}: NOT UNDERSTOOD {unread.phrase!r} ({unread.reason})"


def _describe(rule: Rule) -> str:
    if isinstance(rule, RequiredIf):
        if rule.dead:
            dead = ", ".join(rule.dead)
            return f"never required: {dead} is not a parameter here (belongs with {rule.condition})"
        return f"required if {rule.condition}"
    if isinstance(rule, AppliesIf):
        return f"only meaningful if {rule.condition}"
    if isinstance(rule, AvailableIf):
        return f"available if {rule.condition_text} (x-available-if; not enforced)"
    if isinstance(rule, Bound):
        if rule.exclusive_minimum is not None and rule.exclusive_maximum is not None:
            return f"> {rule.exclusive_minimum} and < {rule.exclusive_maximum}"
        if rule.exclusive_minimum is not None:
            return f"> {rule.exclusive_minimum}"
        return f"< {rule.exclusive_maximum}"
    if isinstance(rule, MaxItems):
        return f"at most {rule.count} items"
    if isinstance(rule, ItemFormat):
        parts = [f"each item requires {', '.join(rule.required)}"] if rule.required else []
        parts += [f"exactly one of {' / '.join(group)}" for group in rule.one_of]
        parts += [f"{name} in {{{', '.join(values)}}}" for name, values in rule.enums]
        return "; ".join(parts)
    if isinstance(rule, UniquePositiveField):
        return f"item {rule.item_field} >= 1 and unique within the list"
    return "null allowed (means: leave unchanged)"
