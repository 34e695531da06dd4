"""Turns an operation's rules into JSON Schema: property constraints and ``oneOf`` groups.

Two kinds of output:

* constraints on one property (bounds, ``maxItems``, item formats, ``x-available-if``), merged
  into the property's own schema;
* one *group* per independent selector (``take_profit_enabled``, ``stop_loss_sell_method``...):
  a ``oneOf`` of variants, one per selector value, each saying which fields are required with
  that value. The request body is ``allOf: [<fields>, <group>, <group>...]``, so the wire stays
  the reference's flat object.

A selector whose presence is itself required by another selector (``take_profit_type`` is
required if ``take_profit_enabled``) nests inside that selector's ``true`` variant. A requirement
with two conditions (``A = v AND B``) lives in the variant of its last condition, as an
implication on the others. Each variant lists the fields it owns in ``x-group-fields`` so that
code generators can give every variant its own typed class.

A variant pins its selector and requires what its rule requires; it forbids nothing. The
reference says when a field is required, never that one must not be sent, so a field of a
sibling variant (a take-profit price with take profit off) is allowed, as the API allows it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import extensions
from generator.document.cells import json_number
from generator.document.model import Parameter, Scalar
from generator.json_types import json_type
from generator.naming import pascal, schema_name, schema_ref, snake
from generator.rules.extract import BOOLEAN_MEANING, path_of
from generator.rules.model import (
    AppliesIf,
    Atom,
    AvailableIf,
    Bound,
    ItemFormat,
    MaxItems,
    OperationRules,
    RequiredIf,
    UniquePositiveField,
)

Schema = dict[str, Any]


@dataclass
class SchemaRegistry:
    """Component schemas by name; identical schemas share one name, different ones get a prefix."""

    schemas: dict[str, Schema] = field(default_factory=dict)
    # Each schema's canonical text, and the names sharing one text, in the order of ``schemas``:
    # looking a schema up is then one dict access instead of serialising every registered
    # schema again (quadratic in the size of a document). Names written into ``schemas``
    # directly are indexed when ``add`` next runs; schemas are not changed once registered.
    _canonical_of: dict[str, str] = field(default_factory=dict, repr=False)
    _names_by_canonical: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def add(self, name: str, schema: Schema, prefix: str, alternative: str | None = None) -> str:
        self._index()
        canonical = _canonical(schema)
        for existing_name in self._names_by_canonical.get(canonical, ()):
            # Shared across operations: an identical schema already registered for this name.
            if name in existing_name:
                return existing_name
        for candidate in (name, alternative or f"{prefix}{name}", f"{prefix}{name}"):
            if candidate not in self.schemas:
                return self._register(candidate, schema, canonical)
            if self._canonical_of[candidate] == canonical:
                return candidate
        counter = 2
        while f"{prefix}{name}{counter}" in self.schemas:
            counter += 1
        return self._register(f"{prefix}{name}{counter}", schema, canonical)

    def _register(self, name: str, schema: Schema, canonical: str) -> str:
        self.schemas[name] = schema
        self._canonical_of[name] = canonical
        self._names_by_canonical.setdefault(canonical, []).append(name)
        return name

    def _index(self) -> None:
        if len(self._canonical_of) == len(self.schemas):
            return
        # Rebuilt in the order of ``schemas``, so the first identical schema is still found first.
        self._canonical_of = {name: _canonical(schema) for name, schema in self.schemas.items()}
        self._names_by_canonical = {}
        for name, canonical in self._canonical_of.items():
            self._names_by_canonical.setdefault(canonical, []).append(name)


def _canonical(schema: Schema) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def ref(name: str) -> Schema:
    return {"$ref": schema_ref(name)}


def group_member(name: str, schemas: Mapping[str, Schema]) -> Schema:
    """How a body (or a nested object) holds the rule group ``name`` in its ``allOf``: an object
    whose one ``oneOf`` branch is the group, and which states the group's selector's type. The
    same constraint as the bare ``$ref`` (a ``oneOf`` of one is that one; every variant implies
    the type), shaped for other tools (docs/interop.md):

    - every ``allOf`` member is an object: openapi-python-client refuses a body whose ``allOf``
      names a ``oneOf`` ("Cannot take allOf a non-object") and reads this one, its rules flattened;
    - ``additionalProperties: true`` (the default, said) gives openapi-generator an object it can
      type: without it, it warns "Unknown type found in the schema: object" for each holder;
    - a property beside the ``oneOf`` (and no ``allOf``) is what openapi-generator's normalizer
      rule ``REMOVE_ANYOF_ONEOF_AND_KEEP_PROPERTIES_ONLY`` needs to drop the ``oneOf``, so that
      its ``python`` request class holds every field, optional, rather than every variant of
      every group merged (their ``required`` lists and ``const`` values).

    ``generator.spec_refs.group_reference`` reads it back."""
    return {
        "type": "object",
        "additionalProperties": True,
        "properties": {str(schemas[name][extensions.SELECTOR]): selector_type(schemas[name], schemas)},
        "oneOf": [ref(name)],
    }


def selector_type(group: Schema, schemas: Mapping[str, Schema]) -> Schema:
    """The type every variant of ``group`` gives its selector (a ``const`` of it, or not sent);
    ``{}`` where a variant allows any value (a free string's "other": ``not: {enum: ...}``)."""
    selector = group[extensions.SELECTOR]
    types: set[str] = set()
    for name in _names(group["oneOf"]):
        schema = (schemas[name].get("properties") or {}).get(selector)
        if schema == {"not": {}}:
            continue
        if (
            not isinstance(schema, Mapping)
            or "const" not in schema
            or not isinstance(schema.get("type"), str)
        ):
            return {}
        types.add(schema["type"])
    return {"type": types.pop()} if len(types) == 1 else {}


def const(value: str | bool | None) -> Schema:
    """``const`` with its ``type``: generators type a ``const`` by its ``type`` (openapi-python-client
    wrote ``!= Falseand`` for an untyped ``const: false``; openapi-generator warns of discriminator
    properties without a type)."""
    return {"type": json_type(value), "const": value}


def property_constraints(rules: OperationRules, target: str) -> Schema:
    """Keywords to merge into ``target``'s property schema (nullability is not one of them)."""
    patch: Schema = {}
    for rule in rules.for_target(target):
        if isinstance(rule, Bound):
            if rule.exclusive_minimum is not None:
                patch["exclusiveMinimum"] = json_number(rule.exclusive_minimum)
            if rule.exclusive_maximum is not None:
                patch["exclusiveMaximum"] = json_number(rule.exclusive_maximum)
        elif isinstance(rule, MaxItems):
            patch["maxItems"] = rule.count
        elif isinstance(rule, ItemFormat):
            items: Schema = patch.setdefault("items", {})
            if rule.required:
                items["required"] = list(rule.required)
            if rule.one_of:
                # exactly one field of each group: `oneOf` of "has this one" rejects both and none.
                # Held in `allOf` even when there is one: openapi-generator's typescript-fetch loses
                # the type of an item's enum property beside a `oneOf` of `required` lists
                # (docs/interop.md); the same constraint either way.
                items["allOf"] = [
                    {"oneOf": [{"required": [name]} for name in group]} for group in rule.one_of
                ]
            for name, values in rule.enums:
                items.setdefault("properties", {})[name] = {"type": "string", "enum": list(values)}
        elif isinstance(rule, UniquePositiveField):
            items = patch.setdefault("items", {})
            items.setdefault("properties", {})[rule.item_field] = {"minimum": 1}
            patch[extensions.UNIQUE_ITEM_FIELD] = rule.item_field
        elif isinstance(rule, AvailableIf):
            patch[extensions.AVAILABLE_IF] = rule.condition_text
    # A Nullable rule changes the property's ``type`` rather than adding a keyword; the builder
    # asks the rules for it (``OperationRules.is_nullable``).
    return patch


@dataclass(frozen=True)
class _Split:
    """What a variant split by a nested selector requires, for each of its sub-variants."""

    required: list[str]
    reasons: dict[str, str]
    implications: list[Schema]
    owned: list[str]


@dataclass(frozen=True)
class _Selector:
    parameter: Parameter
    nested: _Selector | None = None
    #: Values the conditions compare a free string (no enum) to: each is a ``const`` variant.
    mentioned: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.parameter.name.base

    @property
    def is_boolean(self) -> bool:
        return self.parameter.type.scalar is Scalar.BOOLEAN and not self.parameter.type.is_array

    @property
    def is_free(self) -> bool:
        """A string without listed values: one variant per compared value, and one for the rest."""
        return not self.is_boolean and not self.parameter.values.enum

    def values(self) -> list[str | bool]:
        if self.is_boolean:
            return [False, True]
        if self.is_free:
            return list(self.mentioned)
        return list(self.parameter.values.enum)

    def absent_means(self) -> str | bool | None:
        """The value an absent selector stands for, if it may be absent."""
        if self.parameter.mandatory:
            return None
        if self.is_boolean:
            return False if self.parameter.values.default is None else self.parameter.values.default == "true"
        default = self.parameter.values.default
        # A default that is not one of the values (a broken cell, already reported) stands for none.
        return default if default in self.values() else None

    def meanings(self) -> dict[bool, str]:
        return {
            m.group("value").lower() == "true": m.group("word").lower()
            for m in BOOLEAN_MEANING.finditer(self.parameter.description)
        }


def _require(schema: Schema, names: Sequence[str]) -> None:
    """``required: names``, each also listed under ``properties`` (as ``{}``: the fields schema
    types it), because code generators such as openapi-typescript only make a listed property
    required: so a step-sell body without its steps is a type error in other languages too.

    A name deeper than the group's object (``steps[][order_type]``) is required within its own
    object, when that object is sent: ``properties: {steps: {items: {required: [order_type]}}}``.
    """
    direct = [name for name in dict.fromkeys(names) if "[" not in name]
    schema["required"] = direct
    for name in direct:
        schema.setdefault("properties", {}).setdefault(name, {})
    for name in dict.fromkeys(names):
        if "[" in name:
            _require_creating(schema, path_of(name))
    if not direct and len(direct) != len(names):
        del schema["required"]


def _require_creating(schema: Schema, path: tuple[str, ...]) -> None:
    """Require the last part of ``path`` in a variant, adding the objects that lead to it."""
    container = schema
    for part in path[:-1]:
        if part == "[]":
            container = container.setdefault("items", {})
        else:
            container = container.setdefault("properties", {}).setdefault(part, {})
    required = container.setdefault("required", [])
    if path[-1] not in required:
        required.append(path[-1])
    container.setdefault("properties", {}).setdefault(path[-1], {})


def _group_parameter(group_name: str) -> str:
    """The client's keyword for a group: ``TakeProfit`` → ``take_profit``."""
    return snake(group_name)


def _stem(name: str) -> str:
    stem = re.sub(r"^is_|_enabled$", "", name)
    return pascal(stem)


def _variant_stem(name: str) -> str:
    """A string selector's variants are named by the selector alone, within whatever object it
    is (``buy_method = limit`` → ``BuyLimit``; ``position[order_type] = market`` → ``OrderMarket``,
    not ``PositionOrderMarket``: the class sits in ``Position(order_type=...)``, whose name it
    would repeat). A boolean selector's are named by their object (``StopLossEnabled``), since
    the switch says nothing alone."""
    return pascal(re.sub(r"_(method|type)$", "", re.sub(r"_enabled$", "", name)))


class GroupEncoder:
    """Builds the ``oneOf`` groups of one operation's request body."""

    def __init__(
        self,
        rules: OperationRules,
        parameters: Sequence[Parameter],
        registry: SchemaRegistry,
        prefix: str,
        scope: str = "",
    ) -> None:
        """``scope`` names the nested object the group lives in (``take_profit``), whose
        ``parameters`` and rules are named relative to it: component names start with it."""
        self.scope = scope
        self.rules = rules
        self.parameters: Mapping[str, Parameter] = {p.name.base: p for p in parameters}
        self.registry = registry
        self.prefix = prefix
        conditional = [r for r in rules.rules if isinstance(r, RequiredIf | AppliesIf)]
        self.conditional = conditional
        selectors = {a.selector for r in conditional for a in r.condition.atoms}
        # T nests under S when T is an enum selector that is itself "required if S".
        self.parent: dict[str, str] = {}
        for rule in conditional:
            if (
                isinstance(rule, RequiredIf)
                and rule.target in selectors
                and len(rule.condition.atoms) == 1
                and rule.condition.atoms[0].value is True
                and self.parameters[rule.target].values.enum
            ):
                self.parent[rule.target] = rule.condition.atoms[0].selector
        self.roots = [name for name in self.parameters if name in selectors and name not in self.parent]

    def groups(self) -> list[str]:
        """Component names of the groups, in parameter order."""
        return [self.encode_root(name) for name in self.roots]

    # -- ownership and requirements ---------------------------------------------------------

    def owned_by(self, atom: Atom) -> list[str]:
        """Fields whose first condition is ``atom``: they belong to that variant's class."""
        owned = []
        for rule in self.conditional:
            atoms = rule.condition.atoms
            field = path_of(rule.target)[0]
            if atoms and atoms[0] == atom and field not in owned and rule.target not in self.parent:
                owned.append(field)
        return owned

    def required_by(self, atom: Atom) -> list[str]:
        return list(self.reasons(atom))

    def reasons(self, atom: Atom) -> dict[str, str]:
        """Fields required when ``atom`` holds, with the reference's phrase for each.

        ``atom`` with value ``None`` stands for "none of the listed values" (a free string's
        other values, or an absent selector): there only negated requirements hold.
        """
        return {
            r.target: r.source.phrase
            for r in self.conditional
            if isinstance(r, RequiredIf) and not r.dead and _holds(r.condition.atoms, atom)
        }

    def implications(self, atom: Atom) -> list[Schema]:
        """``if the other conditions hold then the target is required``, for A AND ``atom`` rules."""
        result = []
        for rule in self.conditional:
            atoms = rule.condition.atoms
            if not isinstance(rule, RequiredIf) or rule.dead or len(atoms) < 2 or atoms[-1] != atom:
                continue
            antecedent = self.in_context(atoms[:-1])
            result.append(
                {
                    "description": rule.source.phrase,
                    "if": {
                        "properties": {a.selector: const(a.value) for a in antecedent},
                        "required": [
                            a.selector
                            for a in antecedent
                            if self.selector(a.selector).absent_means() != a.value
                        ],
                    },
                    "then": self.then_required(rule.target),
                }
            )
        return result

    @staticmethod
    def then_required(target: str) -> Schema:
        then: Schema = {"properties": {}}
        _require(then, [target])
        return then

    def label(self, name: str) -> str:
        """The name components are named after: the selector, after its object's (``scope``)."""
        return f"{self.scope}_{name}" if self.scope else name

    def in_context(self, atoms: Sequence[Atom]) -> list[Atom]:
        """``atoms`` with the parent of each nested selector: ``take_profit_type = classic`` only
        holds where ``take_profit_enabled`` is true, as it does inside the group's variants (a
        leftover ``take_profit_type`` with take profit off means nothing)."""
        result: list[Atom] = []
        for atom in atoms:
            parent = self.parent.get(atom.selector)
            if parent is not None and Atom(parent, True) not in result:
                result.append(Atom(parent, True))
            if atom not in result:
                result.append(atom)
        return result

    # -- schemas ------------------------------------------------------------------------------

    def encode_root(self, name: str) -> str:
        selector = self.selector(name)
        parameter = selector.parameter
        meanings = selector.meanings() if selector.is_boolean else {}
        label = self.label(name)
        group_name = "OrderType" if meanings else (_stem(label) if selector.is_boolean else pascal(label))
        # The client's keyword: the selector's own name within its object.
        keyword = _group_parameter(group_name) if not self.scope else name
        variants: list[tuple[str | bool, str]] = []
        for value in selector.values():
            variants.extend((value, name) for name in self.encode_variant(selector, value, meanings))
        schema: Schema = {
            "description": f"Rules that depend on {name}: one variant per value of {name}.",
            "oneOf": [ref(v) for _, v in variants],
        }
        absent = selector.absent_means()
        if selector.is_free:
            schema["oneOf"].append(ref(self.encode_other(selector)))
        elif not selector.is_boolean and parameter.values.default is None and not parameter.mandatory:
            # `properties: {name: {not: {}}}` says the same as `not required` in a form other
            # languages' type generators read (TypeScript: `name?: never`); `not: {}` rather than
            # the `false` schema, which openapi-python-client cannot parse.
            unset_schema: Schema = {
                "description": f"{name} is not sent.",
                "properties": {name: {"not": {}}},
                "not": {"properties": {name: {}}, "required": [name]},
            }
            unless = self.reasons(Atom(name, None))
            if unless:
                unset_schema["required"] = list(unless)
                unset_schema[extensions.REQUIRED_BECAUSE] = unless
            unset = self.registry.add(
                f"{pascal(label)}Unset",
                unset_schema,
                self.prefix,
            )
            schema["oneOf"].append(ref(unset))
        elif not selector.is_boolean and absent is None:
            # Only where every variant carries the selector: a discriminator must be present.
            schema["discriminator"] = self.discriminator(name, variants)
        if all(self.registry.schemas[v].get("type") == "object" for v in _names(schema["oneOf"])):
            # Every variant is an object, so the group is: said, for generators that type a
            # schema by its `type` (the variant "not sent" has none: it holds for any value).
            schema = {"type": "object", **schema}
        if absent is not None:
            schema[extensions.SELECTOR_DEFAULT] = absent
        schema[extensions.SELECTOR] = name
        schema[extensions.GROUP_NAME] = keyword
        plain = self.registry.schemas.get(group_name)
        if absent is not None and plain is not None and extensions.SELECTOR_DEFAULT not in plain:
            # The same selector is mandatory elsewhere and this group differs by its default:
            # say so in the name rather than naming it after one operation.
            return self.registry.add(group_name, schema, self.prefix, alternative=f"{group_name}WithDefault")
        return self.registry.add(group_name, schema, self.prefix)

    def encode_variant(self, selector: _Selector, value: str | bool, meanings: dict[bool, str]) -> list[str]:
        """The variant of ``selector = value``; or, where a nested selector splits it
        (``take_profit_enabled: true`` → ``take_profit_type``), its sub-variants, listed in the
        group itself: the group stays flat (no variant is itself a ``oneOf``), which
        openapi-generator's typescript-fetch needs (docs/interop.md). Each sub-variant carries
        what the variant it splits requires, so the constraint is the same."""
        name = selector.name
        atom = Atom(name, value)
        if isinstance(value, bool):
            suffix = (
                f"{pascal(meanings[value])}Order"
                if value in meanings
                else ("Enabled" if value else "Disabled")
            )
            variant_name = ("" if meanings else _stem(self.label(name))) + suffix
        else:
            variant_name = _variant_stem(name) + pascal(value)
        # The default's variant does not require its selector: absent means the default.
        required = [] if selector.absent_means() == value else [name]
        required += self.required_by(atom)
        owned = [name, *self.owned_by(atom)]
        schema: Schema = {
            "type": "object",
            "properties": {name: const(value)},
        }
        children = [t for t, parent in self.parent.items() if parent == name] if value is True else []
        reasons = self.reasons(atom)
        implications = self.implications(atom)
        if children:
            # A nested selector splits this variant into one sub-variant per value of the child,
            # each also requiring what this variant requires.
            child = self.selector(children[0])
            required += self.required_by(Atom(child.name, True))
            reasons.update(self.reasons(Atom(children[0], True)))
            split = _Split(required, reasons, implications, owned)
            return [self.encode_nested(child, v, atom, split) for v in child.values()]
        if required:
            _require(schema, required)
        if reasons:
            schema[extensions.REQUIRED_BECAUSE] = reasons
        if implications:
            schema["allOf"] = implications
        schema[extensions.GROUP_FIELDS] = owned
        plain = self.registry.schemas.get(variant_name)
        if selector.absent_means() == value and plain is not None and name in plain.get("required", []):
            # Where the selector is mandatory elsewhere, its variants require it (a discriminator
            # names them); this one also matches a body without it, and its name says so.
            return [
                self.registry.add(variant_name, schema, self.prefix, alternative=f"{variant_name}ByDefault")
            ]
        return [self.registry.add(variant_name, schema, self.prefix)]

    def encode_nested(self, child: _Selector, value: str | bool, parent_atom: Atom, split: _Split) -> str:
        atom = Atom(child.name, value)
        required = (
            [parent_atom.selector] if self.selector(parent_atom.selector).absent_means() is not True else []
        )
        if child.absent_means() != value:
            required.append(child.name)
        required += self.required_by(atom)
        # What the split variant requires, whatever the child's value (take_profit_type itself).
        required += [name for name in split.required if name not in required]
        schema: Schema = {
            "type": "object",
            "properties": {parent_atom.selector: const(True), child.name: const(value)},
        }
        _require(schema, required)
        reasons = {**split.reasons, **self.reasons(atom)}
        if reasons:
            schema[extensions.REQUIRED_BECAUSE] = reasons
        implications = [*split.implications, *self.implications(atom)]
        if implications:
            schema["allOf"] = implications
        owned = [parent_atom.selector, child.name, *self.owned_by(atom)]
        schema[extensions.GROUP_FIELDS] = [*owned, *(f for f in split.owned if f not in owned)]
        return self.registry.add(_variant_stem(child.name) + pascal(str(value)), schema, self.prefix)

    def encode_other(self, selector: _Selector) -> str:
        """A free string's variant for every value the conditions do not name (and absence)."""
        name = selector.name
        listed = list(selector.values())
        required = [name] if selector.parameter.mandatory or selector.absent_means() is not None else []
        reasons = self.reasons(Atom(name, None))
        schema: Schema = {
            "type": "object",
            "description": f"{name} is none of {', '.join(map(str, listed))}.",
            "properties": {name: {"not": {"enum": listed}}},
        }
        required += list(reasons)
        if required:
            _require(schema, list(dict.fromkeys(required)))
        if reasons:
            schema[extensions.REQUIRED_BECAUSE] = reasons
        schema[extensions.GROUP_FIELDS] = [name]
        return self.registry.add(f"{_variant_stem(name)}Other", schema, self.prefix)

    def selector(self, name: str) -> _Selector:
        mentioned = {
            str(a.value): None
            for r in self.conditional
            for a in r.condition.atoms
            if a.selector == name and isinstance(a.value, str)
        }
        return _Selector(self.parameters[name], mentioned=tuple(mentioned))

    @staticmethod
    def discriminator(name: str, variants: list[tuple[str | bool, str]]) -> Schema:
        return {
            "propertyName": name,
            "mapping": {str(value): schema_ref(component) for value, component in variants},
        }


def _names(references: Sequence[Schema]) -> list[str]:
    return [schema_name(str(r["$ref"])) for r in references]


def _holds(atoms: tuple[Atom, ...], atom: Atom) -> bool:
    """Whether a one-atom condition holds in the variant where ``atom``'s selector is ``atom.value``."""
    if len(atoms) != 1 or atoms[0].selector != atom.selector:
        return False
    condition = atoms[0]
    if condition.negated:
        return condition.value != atom.value
    return atom.value is not None and condition == atom
