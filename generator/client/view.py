"""The client view: the spec re-shaped into the classes and methods the client will have.

openapi-python-client cannot read our rule encoding (it drops a ``oneOf`` inside an ``allOf``
and turns a boolean ``const`` into ``bool``), so this stage does the reading: it turns each
request body's ``allOf: [fields, group, group...]`` into one request class whose groups are
typed unions of variant classes, and each variant into a plain class with its selector values
as constants. The plan is the one model the client is rendered from
(:class:`generator.client.generate.ClientProject`): every template is given planned objects.

Everything here is pure: spec in, plan out. Names go through openapi-python-client's own
sanitisers, so a hostile name in the reference can never become code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import extensions, spec_refs
from generator.client.answers import Answer, ChosenAnswer, EntityAnswer, EntityListAnswer, HeldListAnswer
from generator.client.fields import FIELD_TYPES, FieldKind, FieldType, scalar_kind
from generator.client.roles import ITEM, NESTED, REQUEST, RESPONSE, VARIANT, ModelRole
from generator.diagnostics import DiagnosticSink, GenerationFailed, Location
from generator.naming import (
    RESERVED_ARGUMENTS,
    RESERVED_ATTRIBUTES,
    answer_base,
    body_object_classes,
    class_name,
    fields_part,
    operation_modules,
    python_identifier,
    response_object_classes,
    schema_name,
    schema_ref,
    singular,
    spec_class_components,
    spec_operation_id,
    spec_operations,
    spec_sdk_names,
)
from generator.spec_refs import Where

_RESERVED = RESERVED_ARGUMENTS | RESERVED_ATTRIBUTES


#: The place in the spec's file of a JSON pointer (its line and column when the text is known).
Locate = Callable[[Where], Location]


def json_pointer(where: Where) -> str:
    """``#/paths/~1ver1~1x/post``: RFC 6901 text of pointer parts."""
    return "#" + "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in where)


def unlocated(where: Where) -> Location:
    """The locator of a spec read from no file (a test's dict)."""
    return Location("<spec>", 1)


#: How deep objects and arrays may nest in one schema (the reference nests four levels at most):
#: a spec nesting deeper gets an error naming where, not a run out of stack.
MAX_NESTING = 100


class NestedTooDeep(Exception):
    """A schema nests objects or arrays more than :data:`MAX_NESTING` levels deep."""

    def __init__(self, nesting: Sequence[str]) -> None:
        where = ".".join([*nesting[:3], "…", *nesting[-2:]])
        super().__init__(
            f"a schema nests objects or arrays more than {MAX_NESTING} levels deep ({where}); "
            f"the client generator plans at most {MAX_NESTING}"
        )


@dataclass(frozen=True)
class FieldPlan:
    """One attribute of a generated class (or one keyword of a client method)."""

    wire: str
    python: str
    kind: FieldKind
    required: bool
    description: str = ""
    literals: tuple[Any, ...] = ()
    model: str | None = None  # the class, for kind model / list of models
    item: FieldPlan | None = None  # for lists
    variants: tuple[str, ...] = ()  # for groups
    nullable: bool = False
    group_selector: str | None = None
    #: The schema's JSON type (``number``, ``string``...; empty for references and groups).
    json_type: str = ""

    @property
    def type(self) -> FieldType:
        """The class of this field's kind, which writes everything that depends on the kind."""
        return FIELD_TYPES[self.kind](self)

    def annotated(self, text: str) -> str:
        """``text`` (an attribute's or keyword's type) with ``| None`` where the field may be
        null and ``| Unset`` where it may be left out."""
        if self.nullable and text != "Any":
            text += " | None"
        return text if self.required else f"{text} | Unset"


@dataclass(frozen=True)
class ModelPlan:
    name: str
    module: str
    #: What the class is for (``roles.REQUEST``...): its base, imports and declarations.
    role: ModelRole
    fields: tuple[FieldPlan, ...]
    description: str = ""
    #: Selector values a variant always sends (``take_profit_enabled: true``...).
    consts: tuple[tuple[str, Any], ...] = ()
    #: Selector values an absent selector stands for, for reading a variant back.
    defaults: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class PagingPlan:
    """A list operation whose ``list(...)`` returns a page (``runtime/_pagination.py``), from ``x-paging``."""

    size: str  # the python keywords of the query parameter that sets the page's size,
    position: str  # and of the one that says where the page starts
    counts_pages: bool  # the position is a page number (else a record offset)
    #: The position of the first page when the call gives none: the documented default, else
    #: 1 for a page number and 0 for a record offset.
    first: int = 0
    #: The documented maximum size: a server asked for more answers at most this many.
    maximum: int | None = None


@dataclass(frozen=True)
class EndpointPlan:
    operation_id: str
    module: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    path_params: tuple[FieldPlan, ...]
    query_params: tuple[FieldPlan, ...]
    body_model: str | None
    #: What a successful answer is read into (``answers.py``: one class per shape).
    response: Answer
    #: The spec's request body and query schemas, resolved: what the client validates against.
    body_schema: dict[str, Any] | None = None
    query_schema: dict[str, Any] | None = None
    paging: PagingPlan | None = None
    #: The reference marks the operation DEPRECATED: still callable, with a DeprecationWarning.
    deprecated: bool = False
    #: The request body's component (``#/components/schemas/...``), whose check checks the body.
    body_reference: str | None = None
    #: Where the operation is in the spec (``("paths", path, method)``), to report its problems.
    where: Where = ()

    @property
    def body_check(self) -> str | None:
        """The name of the pre-send check of the body, in ``_checks.py``: its component's, or
        the operation's for a body written in place."""
        if self.body_reference:
            return check_name(self.body_reference)
        return f"check_{self.module}_body" if self.body_schema is not None else None

    @property
    def query_check(self) -> str | None:
        """The name of the pre-send check of the query parameters, in ``_checks.py``."""
        return f"check_{self.module}_query" if self.query_schema else None

    @property
    def paged(self) -> bool:
        return self.paging is not None


@dataclass
class ClientPlan:
    title: str
    version: str
    base_url: str
    models: dict[str, ModelPlan] = field(default_factory=dict)
    operations: dict[str, EndpointPlan] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # python group name -> tag
    #: A class's former names, still importable with a DeprecationWarning: former -> class.
    former_names: dict[str, str] = field(default_factory=dict)

    def operations_by_tag(self) -> dict[str, list[EndpointPlan]]:
        grouped: dict[str, list[EndpointPlan]] = {}
        for operation in self.operations.values():
            grouped.setdefault(operation.tag, []).append(operation)
        return grouped


def check_name(reference: str) -> str:
    """The name of the pre-send check of a component (``#/components/schemas/TakeProfitClassic``
    → ``check_take_profit_classic``)."""
    return "check_" + python_identifier(schema_name(reference))


def _unique(
    names: Iterator[str] | Sequence[str], reserved: frozenset[str] = RESERVED_ATTRIBUTES
) -> list[str]:
    """Make sanitised names unique the way a person would: ``name``, ``name_2``...

    A name the generated code uses itself gets a trailing ``_``: by default a model attribute's
    (``raw``, ``to_dict``...: a variant's ``timeout`` stays ``timeout``); a method's keywords
    pass the names its body and per-call options take (``timeout``...) too.
    """
    seen: dict[str, int] = {}
    result = []
    for original in names:
        name = f"{original}_" if original in reserved else original
        candidate = name
        while candidate in seen:
            seen[name] += 1
            candidate = f"{name}_{seen[name]}"
        seen[candidate] = 1
        seen.setdefault(name, 1)
        result.append(candidate)
    return result


class _ViewBuilder:
    def __init__(self, spec: Mapping[str, Any], sink: DiagnosticSink, locate: Locate = unlocated) -> None:
        self.spec = spec
        self.sink = sink
        self.locate = locate
        self.schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
        info = spec.get("info") or {}
        servers = spec.get("servers") or [{}]
        self.plan = ClientPlan(
            title=str(info.get("title", "API")),
            version=str(info.get("version", "0.0.0")),
            base_url=str(servers[0].get("url", "")),
        )
        self.class_names: dict[str, str] = {}  # component name -> class name
        #: Components whose class is another's (naming.variant_twins): -> that other component.
        self.class_components = spec_class_components(spec)
        #: shared class -> field -> its description -> the operations that describe it so: a
        #: variant or a nested object one class serves in several operations.
        self.shared_texts: dict[str, dict[str, dict[str, list[str]]]] = {}
        #: nested class shared by several operations -> its description -> those operations.
        self.class_texts: dict[str, dict[str, list[str]]] = {}
        #: The class of each object written in place in a request body (naming.body_object_classes).
        self.body_classes = body_object_classes(spec)
        #: The class of each object written in place in a response, by the response's class and
        #: the object's path (naming.response_object_classes), filled as each response is planned.
        self.answer_classes: dict[str, dict[tuple[str, ...], str]] = {}
        #: (response class, name naming chose) -> the class planned for it: one class for all.
        self.answer_planned: dict[tuple[str, str], str] = {}
        #: The operation being planned (its body's objects are named by it).
        self.operation_id = ""
        self.taken_classes: set[str] = set()
        #: The classes being planned, innermost last: a nested object's class is named after them.
        self.parents: list[str] = []
        #: The operation or component being planned: where a problem found now is reported.
        self.where: Where = ()
        #: The properties and items being planned, outermost first (see :data:`MAX_NESTING`).
        self.nesting: list[str] = []
        #: Names an operation's keywords must not take (see :meth:`build`).
        self.reserved_arguments = _RESERVED

    def error(self, message: str, where: Where | None = None) -> None:
        """A problem of the spec, at ``where`` (by default what is being planned)."""
        place = self.where if where is None else where
        self.sink.error(self.locate(place), f"{message} (at {json_pointer(place)})", "client")

    # -- names ---------------------------------------------------------------------------

    def class_for(self, component: str) -> str:
        shared = self.class_components.get(component)
        if shared is not None:
            name = self.class_names[component] = self.class_for(shared)
            former = self.schemas[component].get(extensions.SDK_ALIASES) or ()
            for alias in (class_name(str(a)) for a in former):
                if alias not in self.taken_classes and alias != name:
                    self.plan.former_names[alias] = name
            return name
        if component not in self.class_names:
            base = class_name(component)
            candidate, counter = base, 2
            while candidate in self.taken_classes:
                candidate, counter = f"{base}{counter}", counter + 1
            self.class_names[component] = candidate
            self.taken_classes.add(candidate)
        return self.class_names[component]

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        return spec_refs.resolve(self.spec, schema)

    def inline(self, schema: Any) -> Any:
        return spec_refs.inline(self.spec, schema)

    # -- fields --------------------------------------------------------------------------

    def field(
        self, wire: str, python: str, schema: Mapping[str, Any], required: bool, owner: str
    ) -> FieldPlan:
        """The plan of one property, parameter or array item; ``owner`` is ``"response"`` or the
        request's operation (a response reads an enumerated value as a plain string)."""
        if len(self.nesting) >= MAX_NESTING:
            raise NestedTooDeep(self.nesting)
        self.nesting.append(wire)
        try:
            return self.plan_field(wire, python, schema, required, owner)
        finally:
            self.nesting.pop()

    def plan_field(
        self, wire: str, python: str, schema: Mapping[str, Any], required: bool, owner: str
    ) -> FieldPlan:
        description = str(schema.get("description") or "")
        component = _model_reference(schema)
        if component is not None:
            model = self.class_for(component)
            return FieldPlan(wire, python, FieldKind.MODEL, required, description, model=model)
        json_type, nullable = _json_type(schema)
        if not json_type:
            component = _nullable_model_reference(schema)
            if component is not None:
                model = self.class_for(component)
                return FieldPlan(
                    wire, python, FieldKind.MODEL, required, description, model=model, nullable=True
                )
        if json_type == "array":
            item = self.array_item(wire, schema.get("items") or {}, owner)
            return FieldPlan(
                wire, python, FieldKind.LIST, required, description, item=item, nullable=nullable
            )
        if json_type == "object" and schema.get("properties") and self.parents:
            model = self.nested_class(wire, schema, owner, item=False)
            return FieldPlan(
                wire, python, FieldKind.MODEL, required, description, model=model, nullable=nullable
            )
        kind = scalar_kind(json_type, schema.get("format"))
        literals = _enumerated(schema) if FIELD_TYPES[kind].enumerable and owner != "response" else ()
        if literals:
            kind = FieldKind.LITERAL
        nullable = nullable or FIELD_TYPES[kind].always_nullable
        return FieldPlan(
            wire,
            python,
            kind,
            required,
            description,
            literals,
            nullable=nullable,
            json_type=str(json_type or ""),
        )

    def array_item(self, wire: str, items: Mapping[str, Any], owner: str) -> FieldPlan:
        if "$ref" not in items and _json_type(items)[0] == "object" and items.get("properties"):
            if owner == "response" or len(self.parents) > 1:
                item_class = self.nested_class(wire, items, owner, item=True)
            else:
                item_class = self.item_class(wire, items, owner)
            return FieldPlan("item", "item", FieldKind.MODEL, True, model=item_class)
        return self.field("item", "item", items, True, owner)

    def nested_class(
        self, wire: str, schema: Mapping[str, Any], owner: str, *, item: bool = False, name: str = ""
    ) -> str:
        """A class for an object written inside another one (``position.units``, the items of
        ``take_profit.steps``), or ``name``. A request's is one class wherever the spec sends the
        same object (``StopLoss``, ``TakeProfitStep``: naming.body_object_classes, as the code
        samples name it), checked and sent as it is; a response's is named after its parents
        (``SmartTradePositionUnits``) and read as tolerantly as its entities."""
        role = RESPONSE if owner == "response" else NESTED
        path = (self.operation_id, *self.nesting, *(("[]",) if item else ()))
        shared = None if role is RESPONSE or name else self.body_classes.get(path)
        # What a shared class's docstring names each use by: the call (a request's object), or
        # the place in the response (``position.status``) where one response holds it twice.
        user = self.operation_id
        answer_name, answer_key = None, ("", "")
        if role is RESPONSE and not name and self.parents:
            owner_class, within = self.parents[0], path[1:]
            answer_name = self.answer_classes.get(owner_class, {}).get(within)
            answer_key = (owner_class, answer_name or "")
            user = ".".join(within).replace(".[]", "[]")
        if shared is not None and (shared in self.class_texts or shared not in self.taken_classes):
            # One class wherever the spec sends the same object (naming.body_object_classes);
            # planned again for each operation, to collect what each says of it.
            candidate = shared
            self.class_texts.setdefault(candidate, {})
        elif answer_name is not None and answer_key in self.answer_planned:
            # One class for the objects of a response alike (naming.response_object_classes),
            # planned again at each place, to collect what the page says of it there.
            candidate = self.answer_planned[answer_key]
        else:
            base = name or answer_name or self.nested_name(wire, item)
            candidate, counter = base, 2
            while candidate in self.taken_classes:
                candidate, counter = f"{base}{counter}", counter + 1
            if answer_name is not None:
                self.answer_planned[answer_key] = candidate
                places = list(self.answer_classes[answer_key[0]].values()).count(answer_name)
                if places > 1:
                    self.class_texts.setdefault(candidate, {})
        if role is RESPONSE and name:
            # An answer described in place: the objects inside it are named from its class.
            self.answer_classes[candidate] = response_object_classes(candidate, schema)
        self.taken_classes.add(candidate)
        existing = self.plan.models.get(candidate)
        self.plan.models[candidate] = existing or ModelPlan(candidate, python_identifier(candidate), role, ())
        required = set(schema.get("required") or ())
        properties = dict(schema["properties"])
        # A request's nested object may carry rule groups of its own (``allOf`` of groups beside
        # its properties: take_profit's ``enabled``): typed variants, as a body's groups are.
        groups = [
            (reference, group)
            for member in (schema.get("allOf") or () if owner != "response" else ())
            if "oneOf" in (group := self.resolve(reference := spec_refs.group_reference(member)))
        ]
        self.parents.append(candidate)
        if item:
            self.nesting.append("[]")  # what the properties below are named by: an item's
        try:
            if groups:
                group_fields = [self.group_field(ref, group, properties, owner) for ref, group in groups]
                grouped = {member for _, group in groups for member in self.group_members(group)}
                plain = {wire_name: s for wire_name, s in properties.items() if wire_name not in grouped}
                fields = self.request_fields(plain, required, group_fields, owner, RESERVED_ATTRIBUTES)
            else:
                pythons = _unique(python_identifier(n) for n in properties)
                fields = tuple(
                    self.field(wire_name, python, properties[wire_name], wire_name in required, owner)
                    for wire_name, python in zip(properties, pythons, strict=True)
                )
        finally:
            self.parents.pop()
            if item:
                self.nesting.pop()
        if owner != "response":
            fields = tuple(sorted(fields, key=lambda f: not f.required))  # required keywords first
        if not wire:
            what = "The answer, an object."
        else:
            what = f"One item of ``{wire}``." if item else f"The ``{wire}`` object."
        description = str(schema.get("description") or "") or what
        if candidate in self.class_texts:
            self.class_texts[candidate].setdefault(description, []).append(user)
            self.note_texts(candidate, fields, user)
            if existing is not None and existing.fields:
                return candidate  # planned for an earlier operation
        self.plan.models[candidate] = ModelPlan(
            candidate, python_identifier(candidate), role, fields, description
        )
        return candidate

    def note_texts(self, name: str, fields: Sequence[FieldPlan], user: str | None = None) -> None:
        """What this operation (or this place of a response, ``user``) says of each field of a
        class several of them use."""
        texts = self.shared_texts.setdefault(name, {})
        for plan_field in fields:
            texts.setdefault(plan_field.wire, {}).setdefault(plan_field.description, []).append(
                self.operation_id if user is None else user
            )

    def nested_name(self, wire: str, item: bool) -> str:
        """``CreateSmartTradePositionUnits``: the innermost parent's name, then the field's."""
        parent = self.parents[-1]
        model = self.plan.models.get(parent)
        # A response's objects drop its Entity or Response (naming.answer_base), as the ones
        # naming.response_object_classes names do.
        parent = (
            answer_base(parent)
            if model is not None and model.role is RESPONSE
            else parent.removesuffix("Request").removesuffix("Entity")
        )
        one = singular(wire) if item else wire
        return parent + class_name(f"{one}_item" if item and one == wire else one)

    def item_class(self, wire: str, items: Mapping[str, Any], owner: str) -> str:
        """A class for the objects of an array (``take_profit_step_orders`` → ``TakeProfitStepOrder``)."""
        one = singular(wire) if singular(wire) != wire else f"{wire}_item"
        required = set(items.get("required") or ())
        names = _unique(python_identifier(n) for n in items["properties"])
        properties = dict(items["properties"])
        self.nesting.append("[]")  # what the properties below are named by: an item's
        try:
            fields = tuple(
                self.field(name, python, properties[name], name in required, owner)
                for name, python in zip(properties, names, strict=True)
            )
        finally:
            self.nesting.pop()
        candidate = class_name(one)
        existing = self.plan.models.get(candidate)
        if existing is not None and existing.fields != fields:
            candidate = class_name(f"{owner}_{one}")
        if candidate not in self.plan.models:
            self.taken_classes.add(candidate)
            self.plan.models[candidate] = ModelPlan(
                candidate, python_identifier(candidate), ITEM, fields, f"One item of ``{wire}``."
            )
        return candidate

    # -- models --------------------------------------------------------------------------

    def response_model(self, component: str) -> str:
        name = self.class_for(component)
        if name in self.plan.models:
            return name
        schema = self.resolve({"$ref": schema_ref(component)})
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        pythons = _unique(python_identifier(n) for n in properties)
        # Placeholder first: entities may refer to each other.
        self.plan.models[name] = ModelPlan(name, python_identifier(name), RESPONSE, ())
        self.answer_classes[name] = response_object_classes(name, schema)
        self.parents.append(name)
        try:
            fields = tuple(
                self.field(wire, python, properties[wire], wire in required, "response")
                for wire, python in zip(properties, pythons, strict=True)
            )
        finally:
            self.parents.pop()
        self.plan.models[name] = ModelPlan(
            name, python_identifier(name), RESPONSE, fields, str(schema.get("description") or "")
        )
        for plan_field in fields:
            for target in (plan_field.model, plan_field.item.model if plan_field.item else None):
                if target and target not in self.plan.models:
                    component_name = next(c for c, n in self.class_names.items() if n == target)
                    self.response_model(component_name)
        return name

    def request_model(
        self, operation_id: str, body_schema: Mapping[str, Any], summary: str, keywords: frozenset[str]
    ) -> tuple[str, dict[str, Any]]:
        """The request class for a body, and the body schema resolved for validation.

        A body written in place (no ``$ref``) is named after its operation
        (``create_smart_trade`` → ``CreateSmartTradeRequest``). ``summary`` is the class's
        docstring: what the body is for, in the operation's words. ``keywords`` are the names its
        method takes already (per-call options, parameters): its fields avoid them.
        """
        reference = body_schema.get("$ref")
        body = self.resolve(body_schema)
        name = self.class_for(schema_name(str(reference)) if reference else f"{operation_id}_request")
        fields_schema, groups = self.body_parts(body)
        properties: Mapping[str, Any] = fields_schema.get("properties") or {}
        self.parents.append(name)
        try:
            group_fields = [self.group_field(ref, group, properties, operation_id) for ref, group in groups]
            grouped = {member for _, group in groups for member in self.group_members(group)}
            plain = {wire: schema for wire, schema in properties.items() if wire not in grouped}
            required = set(fields_schema.get("required") or ())
            fields = self.request_fields(plain, required, group_fields, operation_id, keywords)
        finally:
            self.parents.pop()
        planned = self.plan.models.get(name)
        if planned is not None and [f.python for f in planned.fields] != [f.python for f in fields]:
            # One class cannot spell its fields two ways: a body shared by operations whose
            # parameters are named differently would need it.
            self.error(f"request body {name} is shared by operations whose parameters clash with its fields")
        self.plan.models[name] = ModelPlan(name, python_identifier(name), REQUEST, fields, summary)
        return name, self.inline(body)

    def body_parts(
        self, body: Mapping[str, Any]
    ) -> tuple[Mapping[str, Any], list[tuple[Mapping[str, Any], Mapping[str, Any]]]]:
        """A body's ``allOf: [fields, group, group...]`` split into the fields schema and the
        rule groups (each as its reference and the group it resolves to)."""
        references = [spec_refs.group_reference(member) for member in body.get("allOf") or ()]
        parts = [(reference, self.resolve(reference)) for reference in references]
        fields_schema = fields_part([part for _, part in parts] or [body])
        return fields_schema, [(reference, part) for reference, part in parts if "oneOf" in part]

    def group_members(self, group: Mapping[str, Any]) -> set[str]:
        """The body fields a group's variants carry: they become variant attributes, not keywords."""
        return {
            name
            for leaf_ref in self.leaves(group)
            for name in self.resolve(leaf_ref).get(extensions.GROUP_FIELDS) or ()
        }

    def group_field(
        self,
        reference: Mapping[str, Any],
        group: Mapping[str, Any],
        properties: Mapping[str, Any],
        operation_id: str,
    ) -> FieldPlan:
        """A group's keyword: one of its variant classes, optional when the selector may be left out."""
        leaves = list(self.leaves(group))
        selector = str(group.get(extensions.SELECTOR, ""))
        defaults = (
            {selector: group[extensions.SELECTOR_DEFAULT]} if extensions.SELECTOR_DEFAULT in group else {}
        )
        planned = [self.variant_model(leaf_ref, properties, defaults, operation_id) for leaf_ref in leaves]
        variants = tuple(name for name in planned if name)
        optional = extensions.SELECTOR_DEFAULT in group or any(
            self.stands_for_absent_selector(leaf_ref, selector) for leaf_ref in leaves
        )
        name = str(
            group.get(extensions.GROUP_NAME) or python_identifier(str(reference["$ref"]).rsplit("/")[-1])
        )
        return FieldPlan(
            name,
            python_identifier(name),
            FieldKind.GROUP,
            not optional,
            _group_description(selector, list(variants), optional),
            variants=variants,
            group_selector=selector,
        )

    def stands_for_absent_selector(self, leaf_ref: Mapping[str, Any], selector: str) -> bool:
        """A variant that says "selector not sent", or a free string's other values that also do."""
        leaf = self.resolve(leaf_ref)
        return "not" in leaf or _free_and_optional(leaf, selector)

    def request_fields(
        self,
        plain: Mapping[str, Any],
        required: set[str],
        group_fields: Sequence[FieldPlan],
        operation_id: str,
        reserved: frozenset[str],
    ) -> tuple[FieldPlan, ...]:
        """A request class's attributes: its plain fields, then one per group, named uniquely.

        A body's attributes are its method's keywords too, so ``reserved`` holds the names the
        method takes; a nested object's are a class's only (``RESERVED_ATTRIBUTES``).
        """
        names = [*(python_identifier(n) for n in plain), *(g.python for g in group_fields)]
        pythons = _unique(names, reserved)
        fields = [
            self.field(wire, python, schema, wire in required, operation_id)
            for (wire, schema), python in zip(plain.items(), pythons, strict=False)
        ]
        fields += [
            dataclasses.replace(group_field, python=python)
            for group_field, python in zip(group_fields, pythons[len(plain) :], strict=True)
        ]
        # Required keywords first, as Python signatures want.
        return tuple(sorted(fields, key=lambda f: not f.required))

    def leaves(self, schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
        """The leaf variants of a group, flattening nested ``oneOf`` (enabled → classic / step_sell)."""
        for branch in schema.get("oneOf") or ():
            target = self.resolve(branch)
            if "oneOf" in target:
                yield from self.leaves(target)
            else:
                yield branch

    def variant_model(
        self,
        leaf_ref: Mapping[str, Any],
        properties: Mapping[str, Any],
        defaults: Mapping[str, Any],
        operation_id: str,
    ) -> str | None:
        leaf = self.resolve(leaf_ref)
        if "not" in leaf:
            return None  # "selector not sent": the absence of the group argument says it
        component = schema_name(str(leaf_ref.get("$ref", "")))
        name = self.class_for(component)
        consts = {
            k: v["const"]
            for k, v in (leaf.get("properties") or {}).items()
            if isinstance(v, Mapping) and "const" in v
        }
        required = set(leaf.get("required") or ())
        names = [n for n in leaf.get(extensions.GROUP_FIELDS) or () if n not in consts]
        # One class may serve several operations whose reference words its fields differently
        # ("Must be positive" in one, "Must be negative" in another): keep each operation's text.
        texts = self.shared_texts.setdefault(name, {})
        for field_name in names:
            text = str(properties.get(field_name, {}).get("description") or "")
            texts.setdefault(field_name, {}).setdefault(text, []).append(operation_id)
        pythons = _unique(python_identifier(n) for n in names)
        fields = tuple(
            sorted(
                (
                    self.field(n, p, properties.get(n, {}), n in required, "request")
                    for n, p in zip(names, pythons, strict=True)
                ),
                key=lambda f: not f.required,
            )
        )
        plan = ModelPlan(
            name,
            python_identifier(name),
            VARIANT,
            fields,
            _variant_description(consts, leaf),
            tuple(consts.items()),
            tuple(defaults.items()),
        )
        existing = self.plan.models.get(name)
        if existing is not None and existing != plan:
            types = {f.wire: f.type.base_type() for f in existing.fields}
            if any(types.get(f.wire, f.type.base_type()) != f.type.base_type() for f in plan.fields):
                self.error(
                    f"variant {component} has different field types in two operations",
                    ("components", "schemas", component),
                )
            # One class for a rule group written twice (naming.variant_twins): it reads a body
            # without its selector back as the group with a default does.
            plan = dataclasses.replace(
                existing, defaults=tuple({**dict(existing.defaults), **defaults}.items())
            )
        self.plan.models[name] = plan
        return name

    # -- operations ----------------------------------------------------------------------

    def build(self) -> ClientPlan:
        operations = list(spec_operations(self.spec))
        self.reserved_arguments = _RESERVED | operation_modules(self.spec)
        for component, schema in self.schemas.items():
            if (schema.get("type") == "object" and component.endswith("Entity")) or component == "Error":
                self.where = ("components", "schemas", component)
                self.response_model(component)
        for path, method, operation in operations:
            self.where = ("paths", path, method)
            self.operation(path, method, operation)
        self.describe_shared_classes()
        return self.plan

    def describe_shared_classes(self) -> None:
        """Each field's description (and a nested object's own) in a class several operations
        use, true for every one of them."""
        # Named as a user calls them (``smart_trades.create``), not by their operation ids.
        calls = {op_id: str(name) for op_id, name in spec_sdk_names(self.spec).items()}
        for name, texts in self.shared_texts.items():
            model = self.plan.models[name]
            fields = tuple(
                dataclasses.replace(f, description=_shared_description(texts.get(f.wire, {}), calls))
                for f in model.fields
            )
            described = _shared_description(self.class_texts.get(name, {}), calls) or model.description
            self.plan.models[name] = dataclasses.replace(model, fields=fields, description=described)

    def operation(self, path: str, method: str, operation: Mapping[str, Any]) -> None:
        operation_id = self.operation_id = spec_operation_id(method, path, operation)
        taken = [op.module for op in self.plan.operations.values()]
        module = _unique([*taken, python_identifier(operation_id)], _RESERVED)[-1]
        tag = str((operation.get("tags") or ["default"])[0])
        group = python_identifier(tag)
        self.plan.tags[group] = tag
        path_params: list[FieldPlan] = []
        query_params: list[FieldPlan] = []
        query_schema: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        parameters = list(operation.get("parameters") or ())
        pythons = _unique((python_identifier(str(p["name"])) for p in parameters), self.reserved_arguments)
        for parameter, python in zip(parameters, pythons, strict=True):
            schema = dict(parameter.get("schema") or {})
            if parameter.get("description") and "description" not in schema:
                schema["description"] = parameter["description"]
            plan = self.field(
                str(parameter["name"]), python, schema, bool(parameter.get("required")), operation_id
            )
            if parameter.get("in") == "path":
                path_params.append(plan)
            elif parameter.get("in") == "query":
                query_params.append(plan)
                query_schema["properties"][str(parameter["name"])] = self.inline(schema)
                if parameter.get("required"):
                    query_schema["required"].append(str(parameter["name"]))
        body_model = None
        body_schema = None
        body_reference = None
        summary = str(operation.get("summary") or "")
        content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
        if content:
            reference = (content.get("schema") or {}).get("$ref")
            body_reference = str(reference) if reference else None
            # A body field named like one of the operation's parameters would repeat a keyword of
            # the method (a SyntaxError): the body field takes the trailing ``_``, as for ``timeout``.
            body_model, body_schema = self.request_model(
                operation_id,
                content.get("schema") or {},
                _body_description(summary, method, path),
                self.reserved_arguments | frozenset(pythons),
            )
        keywords = [*path_params, *query_params, *(self.plan.models[body_model].fields if body_model else ())]
        response = self.answer_selector(self.response(operation_id, operation), keywords)
        self.plan.operations[operation_id] = EndpointPlan(
            operation_id=operation_id,
            module=module,
            method=method,
            path=path,
            tag=group,
            summary=summary,
            description=str(operation.get("description") or ""),
            path_params=tuple(path_params),
            query_params=tuple(sorted(query_params, key=lambda f: not f.required)),
            body_model=body_model,
            response=response,
            body_schema=body_schema,
            query_schema=query_schema if query_params else None,
            paging=_paging(operation, query_params, response),
            deprecated=bool(operation.get("deprecated")),
            body_reference=body_reference,
            where=("paths", path, method),
        )

    def answer_selector(self, response: Answer, keywords: Sequence[FieldPlan]) -> Answer:
        """An answer chosen by a parameter or body field names it by its wire name (``type``); the
        method reads the value from its keyword (``type_``)."""
        if not isinstance(response, ChosenAnswer):
            return response
        keyword = next((k.python for k in keywords if k.wire == response.parameter and not k.variants), None)
        if keyword is None:
            self.error(
                f"{extensions.RESPONSE_BY} names {response.parameter!r}, "
                "which is not a parameter or body field of the operation",
                (*self.where, "responses"),
            )
            return Answer()
        return dataclasses.replace(response, parameter=keyword)

    def response(self, operation_id: str, operation: Mapping[str, Any]) -> Answer:
        ok = (_success_response(operation.get("responses") or {}) or {}).get("content") or {}
        schema = (ok.get("application/json") or {}).get("schema") or {}
        held = self.held_list(operation_id, operation, schema)
        if held is not None:
            return held
        if "$ref" in schema:
            return EntityAnswer(self.response_model(schema_name(str(schema["$ref"]))))
        if schema.get("type") == "array" and "$ref" in (schema.get("items") or {}):
            return EntityListAnswer(self.response_model(schema_name(str(schema["items"]["$ref"]))))
        # An answer described in place (an example no entity page names): read it as tolerantly
        # as an entity, in a class named after the operation.
        items = schema.get("items") or {}
        for shape, listed in ((schema, False), (items, True)):
            if listed == (_json_type(schema)[0] == "array") and _is_described_object(shape):
                name = class_name(f"{operation_id}_{'item' if listed else 'response'}")
                model = self.nested_class("items" if listed else "", shape, "response", name=name)
                return EntityListAnswer(model) if listed else EntityAnswer(model)
        selected = schema.get(extensions.RESPONSE_BY)
        if selected:
            mapping: list[tuple[str, str | None]] = []
            for value, branch in selected["mapping"].items():
                if "$ref" in branch:
                    mapping.append((str(value), self.response_model(schema_name(str(branch["$ref"])))))
                elif branch.get("maxProperties") == 0:
                    mapping.append((str(value), ""))
                else:
                    mapping.append((str(value), None))
            return ChosenAnswer(str(selected["parameter"]), tuple(mapping))
        return Answer()

    def held_list(
        self, operation_id: str, operation: Mapping[str, Any], schema: Mapping[str, Any]
    ) -> HeldListAnswer | None:
        """A paged list whose records an answering object holds (``x-paging.items``): the list of
        that property's entities, so that the method returns a page as every paged list does."""
        said = operation.get(extensions.PAGING)
        holder = said.get("items") if isinstance(said, Mapping) else None
        if not isinstance(holder, str):
            return None
        member = self.resolve((self.resolve(schema).get("properties") or {}).get(holder) or {})
        items = member.get("items") or {}
        if _json_type(member)[0] != "array":
            return None
        if "$ref" in items:
            return HeldListAnswer(self.response_model(schema_name(str(items["$ref"]))), holder)
        if _is_described_object(items):
            name = class_name(f"{operation_id}_item")
            return HeldListAnswer(self.nested_class("items", items, "response", name=name), holder)
        return None


def _model_reference(schema: Mapping[str, Any]) -> str | None:
    """The component a ``$ref`` schema names."""
    return schema_name(str(schema["$ref"])) if "$ref" in schema else None


def _success_response(responses: Mapping[Any, Any]) -> Mapping[str, Any] | None:
    """The answer a call returns: ``200``, else the first other ``2xx`` (the current reference
    documents creations and actions as ``201``), else ``2XX``."""
    by_status = {str(status): response for status, response in responses.items()}
    successes = sorted(status for status in by_status if status[:1] == "2" and status.isdigit())
    chosen = "200" if "200" in successes else next(iter(successes), "2XX")
    return by_status.get(chosen)


def _is_described_object(schema: Mapping[str, Any]) -> bool:
    """An object schema written in place, with the properties it holds."""
    return "$ref" not in schema and _json_type(schema)[0] == "object" and bool(schema.get("properties"))


def _nullable_model_reference(schema: Mapping[str, Any]) -> str | None:
    """The component of a ``oneOf: [{$ref}, {type: null}]`` schema."""
    branches = schema.get("oneOf") or ()
    refs = [b for b in branches if "$ref" in b]
    if len(refs) == 1 and any(b.get("type") == "null" for b in branches):
        return _model_reference(refs[0])
    return None


def _json_type(schema: Mapping[str, Any]) -> tuple[Any, bool]:
    """The schema's JSON type other than ``null``, and whether ``null`` is allowed too."""
    types = schema.get("type")
    if isinstance(types, list):
        return next((t for t in types if t != "null"), None), "null" in types
    return types, False


def _enumerated(schema: Mapping[str, Any]) -> tuple[Any, ...]:
    """The values of the schema's ``enum`` but ``null`` (which ``nullable`` says)."""
    return tuple(v for v in schema.get("enum") or () if v is not None)


def _free_and_optional(leaf: Mapping[str, Any], selector: str) -> bool:
    """A free string's "other values" variant that also stands for the selector not being sent."""
    own = (leaf.get("properties") or {}).get(selector)
    return isinstance(own, Mapping) and "not" in own and selector not in (leaf.get("required") or ())


def _group_description(selector: str, variants: list[str], optional: bool) -> str:
    text = f"One of {', '.join(variants)}; the variant sets {selector} and the fields that go with it."
    return text + (f" Leave it out to send no {selector} (the API's default applies)." if optional else "")


def _variant_description(consts: Mapping[str, Any], leaf: Mapping[str, Any]) -> str:
    sends = ", ".join(f"{k} = {_json_literal(v)}" for k, v in consts.items())
    reasons = leaf.get(extensions.REQUIRED_BECAUSE) or {}
    summary = f"Sends {sends}." if sends else "A variant of a rule group."
    details = " ".join(f"{name}: {reason}." for name, reason in reasons.items())
    return f"{summary}\n\n{details}" if details else summary


def _body_description(summary: str, method: str, path: str) -> str:
    what = f"The body of ``{method.upper()} {path}``."
    return f"{summary.rstrip('.')}: {what[0].lower()}{what[1:]}" if summary else what


def _shared_description(texts: Mapping[str, list[str]], calls: Mapping[str, str]) -> str:
    """One text when every operation says the same; otherwise each operation's own, named."""
    described = {text: operations for text, operations in texts.items() if text}
    if len(texts) == 1 and described:
        return next(iter(described))
    parts = []
    for text, operations in described.items():
        names = ", ".join(f"``{calls.get(o, o)}``" for o in operations)
        parts.append(f"In {names}: {text.rstrip('.')}.")
    return " ".join(parts)


def _paging(
    operation: Mapping[str, Any], query_params: Sequence[FieldPlan], response: Answer
) -> PagingPlan | None:
    """The page of a list operation, where the spec's ``x-paging`` says which parameters page it.

    The spec stage reads that from the reference's wording (generator/openapi/paging.py); the
    client does not guess from names. A list held in an object (``items``) is read out of it by
    the answer (:class:`HeldListAnswer`), so the page holds its records as any other.
    """
    said = operation.get(extensions.PAGING)
    if not isinstance(said, Mapping) or not response.listed:
        return None
    by_wire = {p.wire: p for p in query_params}
    size, position = by_wire.get(str(said.get("size"))), by_wire.get(str(said.get("position")))
    if size is None or position is None or not size.type.integer or not position.type.integer:
        return None
    counts_pages = said.get("counts") == "pages"
    schemas = {p.get("name"): p.get("schema") or {} for p in operation.get("parameters") or []}
    first = schemas.get(position.wire, {}).get("default")
    maximum = schemas.get(size.wire, {}).get("maximum")
    return PagingPlan(
        size.python,
        position.python,
        counts_pages,
        first=first if isinstance(first, int) else int(counts_pages),
        maximum=maximum if isinstance(maximum, int) else None,
    )


def _json_literal(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def build_client_plan(spec: Mapping[str, Any], locate: Locate = unlocated) -> ClientPlan:
    """The plan of the client for ``spec``; raises :class:`GenerationFailed` on a spec it cannot
    serve, each problem at the operation or component where it was found (``locate`` gives
    its line in the spec's file). Rule objects are read as the groups built them
    (:func:`generator.spec_refs.rules_as_built`)."""
    sink = DiagnosticSink()
    builder = _ViewBuilder(spec_refs.rules_as_built(spec), sink, locate)
    try:
        plan = builder.build()
    except (spec_refs.UnresolvedReference, NestedTooDeep) as problem:
        builder.error(str(problem))
        raise GenerationFailed(sink) from problem
    if sink.has_errors():
        raise GenerationFailed(sink)
    return plan
