"""Builds the OpenAPI 3.1 document from read documents and their rules.

Pure: documents and rules in, one ``dict`` out (in the key order it will be written), problems
to the sink. See docs/mapping.md for what each part of the reference becomes.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from typing import Any

from generator import extensions
from generator.diagnostics import DiagnosticSink, Location
from generator.document.cells import CellError, coerce_default, json_number
from generator.document.model import (
    Document,
    Entity,
    EntityField,
    GeneralInfo,
    InlineField,
    Operation,
    Parameter,
    Scalar,
    TypeRef,
    ValueKind,
)
from generator.naming import (
    Route,
    SdkName,
    object_path_name,
    pascal,
    sdk_names,
    singular,
    snake,
    tag_name,
    twin_entity_prefix,
    variant_twins,
)
from generator.openapi.examples import attach_examples, verify_entity_example, verify_examples
from generator.openapi.groups import (
    GroupEncoder,
    Schema,
    SchemaRegistry,
    group_member,
    property_constraints,
    ref,
)
from generator.openapi.links import follow_links
from generator.openapi.paging import paging
from generator.openapi.prose import GENERAL_HEADING, ArrangedProse, arrange_prose
from generator.openapi.rule_objects import place_rule_objects
from generator.openapi.samples import add_code_samples
from generator.openapi.scopes import scoped_rules
from generator.operations import PATH_PARAMETER, PlannedOperation
from generator.rules.model import OperationRules

OPENAPI_VERSION = "3.1.0"
DEFAULT_TITLE = "3Commas Public REST API"
SIGNATURE_HEADER = "Signature"
#: The RSA alternative (MDX quick-start): the same header, carrying a Base64 RSA signature.
RSA_SIGNATURE = "RsaSignature"
APIKEY_HEADER = "APIKEY"
_ERROR_STATUSES = ("4XX", "418", "429", "5XX")
#: ``:bot_id`` in a path the text shows: a path parameter.
PATH_COLON = re.compile(r"(?<=/):([A-Za-z_]\w*)")
#: What a string may hold where the API sends a number, an integer or a boolean either way.
_SPELLED = {
    ValueKind.NUMBER: r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$",
    ValueKind.INTEGER: r"^-?\d+$",
    ValueKind.BOOLEAN: r"^(?:true|false)$",
}


class SpecBuilder:
    def __init__(self, documents: Sequence[Document], sink: DiagnosticSink) -> None:
        self.documents = documents
        self.sink = sink
        self.registry = SchemaRegistry()
        self.general = next((d.general for d in documents if d.general is not None), None)
        #: The shared name's definition (see resolve_entities); filled by build.
        self.entities: dict[str, Entity] = {}
        #: Component name of each definition, by (file, line): a duplicate may get its own.
        self.component_names: dict[tuple[str, int], str] = {}
        self.operation_lines: dict[int, list[int]] = {}  # id(document) → its operations' lines
        #: The Python client's name of each operation, by operation id (see generator/naming.py).
        self.client_names: dict[str, SdkName] = {}

    def build(self, planned: Sequence[PlannedOperation], rules: dict[str, OperationRules]) -> dict[str, Any]:
        self.resolve_entities(planned)
        for entity in self.definitions():
            name = self.component_of(entity)
            if name not in self.registry.schemas:
                self.registry.schemas[name] = self.entity_schema(entity)
        self.registry.schemas["Error"] = self.error_schema()
        for named in (n for d in self.documents for n in d.named_lists):
            self.registry.schemas.setdefault(
                pascal(named.title),
                {
                    "type": "string",
                    "description": f"{named.title}, as listed in the reference.",
                    "enum": list(named.items),
                },
            )
        self.check_permissions(planned)
        self.client_names = client_names(planned)
        paths: dict[str, dict[str, Any]] = {}
        for plan in planned:
            item = paths.setdefault(plan.operation.path, {})
            item[plan.operation.method.value] = self.operation(plan, rules[plan.operation_id])
        self.name_variant_twins()
        prose = arrange_prose(self.documents, {tag_name(p.operation.document_title) for p in planned})
        spec: dict[str, Any] = {
            "openapi": OPENAPI_VERSION,
            "info": self.info(prose),
        }
        if self.general and self.general.base_url:
            spec["servers"] = [{"url": self.general.base_url, "description": "Production"}]
        else:
            self.sink.warning(
                Location(self.documents[0].path if self.documents else "<none>", 1),
                "no document states the base endpoint; the spec has no servers",
                "servers",
            )
        spec["tags"] = self.tags(planned, prose)
        spec["paths"] = paths
        spec["components"] = {
            "schemas": dict(sorted(self.registry.schemas.items())),
            "responses": self.error_responses(),
            "securitySchemes": self.security_schemes(),
        }
        operations = [(p.operation.path, p.operation.method.value, p.operation) for p in planned]
        self.note_shown_endpoints(spec)
        verify_examples(spec, operations, self.sink)
        for entity in self.definitions():
            if entity.example is not None and entity.example_location is not None:
                verify_entity_example(
                    spec, self.component_of(entity), entity.example, entity.example_location, self.sink
                )
        return spec

    def name_variant_twins(self) -> None:
        """A rule group written twice (mandatory in one operation, with a default in another) keeps
        both schemas, and says which variants the client sends as one class (``x-sdk-class``),
        the twin's own name kept as its class's former name (``x-sdk-aliases``): the client named
        ``BuyLimitByDefault`` apart from ``BuyLimit`` before 2.1 (naming.variant_twins)."""
        schemas = self.registry.schemas
        for twin, keeper in variant_twins(schemas).items():
            schemas[twin] = {**schemas[twin], extensions.SDK_CLASS: keeper, extensions.SDK_ALIASES: [twin]}

    def note_shown_endpoints(self, spec: dict[str, Any]) -> None:
        """An endpoint the text only shows (the quick start's credentials check) is no operation:
        no page gives its permission, security, parameters or answer schema. Each is a located
        note that says so, unless another page makes it an operation."""
        base_path = "/" + "/".join(str(spec.get("servers", [{}])[0].get("url", "")).split("/")[3:]).strip("/")
        for document in self.documents:
            for method, url, location in document.shown_endpoints:
                path = PATH_COLON.sub(lambda m: "{" + m.group(1) + "}", url)
                if base_path != "/" and path.startswith(base_path + "/"):
                    path = path[len(base_path) :]
                if method.lower() in spec["paths"].get(path, {}):
                    continue
                self.sink.warning(
                    location,
                    f"{method} {url} is shown in the text only: no page gives its permission, security, "
                    "parameters or answer, so it is not an operation of the spec (the text keeps it in "
                    f"{GENERAL_HEADING})",
                    "shown-endpoint",
                )

    # -- entities defined twice -----------------------------------------------------------

    def definitions(self) -> list[Entity]:
        return [e for d in self.documents for e in d.entities]

    def component_of(self, entity: Entity) -> str:
        return self.component_names.get((entity.location.file, entity.location.line), entity.name)

    def resolve_entities(self, planned: Sequence[PlannedOperation]) -> None:
        """One definition per name; a name defined twice is resolved, never fatal.

        An entity written right after an operation is that operation's response shape, so the
        operation keeps it; the shared name keeps the definition in an entities chapter (the
        first one not attached to an operation, else the first one). A definition that differs
        from the shared one becomes its own component, named after its operation (or its
        chapter). Each duplicate is a warning naming both lines.
        """
        attached: dict[tuple[str, int], PlannedOperation] = {}
        for plan in planned:
            following = self.entity_after(plan)
            if following is not None:
                attached.setdefault((following.location.file, following.location.line), plan)
        by_name: dict[str, list[Entity]] = {}
        for entity in self.definitions():
            by_name.setdefault(entity.name, []).append(entity)
        for name, entities in by_name.items():
            chapter_ones = [e for e in entities if (e.location.file, e.location.line) not in attached]
            shared = (chapter_ones or entities)[0]
            self.entities[name] = shared
            for entity in entities:
                if entity is shared:
                    continue
                key = (entity.location.file, entity.location.line)
                owner_plan = attached.get(key)
                owner = (
                    f"operation {owner_plan.operation_id}" if owner_plan else f"chapter {entity.chapter!r}"
                )
                if _shape(entity) == _shape(shared):
                    self.sink.warning(
                        entity.location,
                        f"entity {name} is defined twice, identically ({shared.location} and "
                        f"{entity.location}); one schema serves both",
                        "duplicate-entity",
                    )
                    continue
                prefix = (
                    pascal(owner_plan.operation_id)
                    if owner_plan
                    else twin_entity_prefix(name, (entity.chapter, *entity.areas))
                )
                component = f"{prefix}{name}"
                counter = 2
                while component in self.component_names.values() or component in by_name:
                    component, counter = f"{prefix}{name}{counter}", counter + 1
                self.component_names[key] = component
                self.sink.warning(
                    entity.location,
                    f"entity {name} is defined twice, differently ({shared.location} and {entity.location}): "
                    f"{name} keeps the definition at {shared.location}; {owner} keeps the shape at "
                    f"{entity.location} as {component}",
                    "duplicate-entity",
                )

    # -- info, tags, security ------------------------------------------------------------

    def info(self, prose: ArrangedProse) -> dict[str, Any]:
        description = prose.general
        titles = [d.title for d in self.documents]
        date = next((m.group(1) for t in titles if (m := re.search(r"\((\d{4}-\d{2}-\d{2})\)", t))), None)
        info: dict[str, Any] = {
            "title": DEFAULT_TITLE,
            "version": "1.0.0",
            "description": description,
        }
        if date:
            info[extensions.REFERENCE_DATE] = date
        return info

    def tags(self, planned: Sequence[PlannedOperation], prose: ArrangedProse) -> list[dict[str, str]]:
        """One tag per chapter with operations; its description is the chapter's own text, if any."""
        names = dict.fromkeys(tag_name(plan.operation.document_title) for plan in planned)
        return [
            {"name": name, "description": prose.tags[name]} if name in prose.tags else {"name": name}
            for name in names
        ]

    def signs_with_rsa(self) -> bool:
        return any("RSA" in d.general.signature_algorithms for d in self.documents if d.general)

    def security_schemes(self) -> dict[str, Any]:
        signing = self.general.signing_rule if self.general else ""
        schemes = {
            APIKEY_HEADER: {
                "type": "apiKey",
                "in": "header",
                "name": APIKEY_HEADER,
                "description": "Your API key. API keys and secrets are case sensitive.",
            },
            SIGNATURE_HEADER: {
                "type": "apiKey",
                "in": "header",
                "name": SIGNATURE_HEADER,
                "description": (
                    "Hex HMAC-SHA256 of `uri?totalParams` keyed with your secret, where `uri` is the full "
                    "request path (including `/public/api`) and totalParams is the query string followed "
                    "by the request body. For a JSON body the message is the path (with `?query` when there "
                    "is one) followed directly by the exact body bytes sent.\n\n" + signing
                ).strip(),
            },
        }
        if self.signs_with_rsa():
            schemes[RSA_SIGNATURE] = {
                "type": "apiKey",
                "in": "header",
                "name": SIGNATURE_HEADER,
                "description": (
                    "Base64 (RFC 2045) RSASSA-PKCS1-v1_5 signature with SHA-256 of the same message as the "
                    "HMAC signature, made with your RSA private key; the API key is the one registered "
                    "with its public key."
                ),
            }
        return schemes

    def security(self, operation: Operation) -> list[dict[str, list[str]]]:
        # A heading that states no security is read as SIGNED (reported by the reader): the
        # reference's other write endpoints all are, and a signature the API ignores costs nothing.
        security = (operation.security or "SIGNED").upper()
        known = {s.name.upper() for s in self.general.security_types} if self.general else set()
        if known and security not in known:
            self.sink.warning(
                operation.location,
                f"security type {operation.security!r} is not one of {sorted(known)}; treated as SIGNED",
                "security",
            )
            security = "SIGNED"
        if security == "NONE":
            return []
        if security == "APIKEY_ONLY":
            return [{APIKEY_HEADER: []}]
        if self.signs_with_rsa():
            return [{APIKEY_HEADER: [], SIGNATURE_HEADER: []}, {APIKEY_HEADER: [], RSA_SIGNATURE: []}]
        return [{APIKEY_HEADER: [], SIGNATURE_HEADER: []}]

    def check_permissions(self, planned: Sequence[PlannedOperation]) -> None:
        lists = [n for d in self.documents for n in d.named_lists if n.title.lower().startswith("permission")]
        if not lists:
            return
        known = {item for n in lists for item in n.items}
        unknown: dict[str, list[Location]] = {}
        for plan in planned:
            permission = plan.operation.permission
            if permission and permission.upper() != "NONE" and permission not in known:
                unknown.setdefault(permission, []).append(plan.operation.location)
        # One warning per unknown permission, at its first use: the same typo in every section
        # heading is one problem, not thirteen.
        for permission, locations in unknown.items():
            close = difflib.get_close_matches(permission, sorted(known), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            more = f" (used by {len(locations)} operations)" if len(locations) > 1 else ""
            self.sink.warning(
                locations[0],
                f"permission {permission} is not in the documented permissions list{hint}{more}",
                "permission",
            )

    # -- errors ----------------------------------------------------------------------------

    def error_schema(self) -> Schema:
        example = self.general.error_example if self.general else None
        notes = " ".join(self.general.error_field_notes) if self.general else ""
        schema: Schema = {
            "type": "object",
            "description": "The error payload any endpoint can return. " + notes,
            "required": ["error"],
            "properties": {
                "error": {"type": "string", "description": "Error code, always present."},
                "error_description": {
                    "type": ["string", "null"],
                    "description": "Localized extended description of the error.",
                },
                "error_attributes": {
                    "type": ["object", "null"],
                    "description": "Fields that did not pass validation, with their messages.",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
        if example:
            schema["example"] = example
        return schema

    def error_responses(self) -> dict[str, Any]:
        notes = dict(self.general.status_notes) if self.general else {}
        default_text = {
            "4XX": "Malformed request; the issue is on the sender's side.",
            "418": "The IP has been auto-banned for continuing to send requests after receiving 429 codes.",
            "429": "A request rate limit was broken; back off.",
            "5XX": "Internal error; the issue is on 3Commas's side.",
        }
        limits = self.general.limits if self.general else ""
        responses: dict[str, Any] = {}
        for status in _ERROR_STATUSES:
            text = notes.get(status, default_text[status])
            if status in {"418", "429"} and limits:
                # The limits are written once, in the general information; every operation lists
                # these responses, so a copy here would stand on each of them.
                text = f"{text} The limits are under {GENERAL_HEADING}."
            responses[_response_name(status)] = {
                "description": text,
                "content": {"application/json": {"schema": ref("Error")}},
            }
        return responses

    # -- operations ------------------------------------------------------------------------

    def operation(self, plan: PlannedOperation, rules: OperationRules) -> dict[str, Any]:
        operation = plan.operation
        prefix = pascal(plan.operation_id)
        description_parts = [*operation.notes]
        result: dict[str, Any] = {
            "operationId": plan.operation_id,
            "summary": operation.title,
            "tags": [tag_name(operation.document_title)],
        }
        if operation.deprecated:
            result["deprecated"] = True
        if description_parts:
            result["description"] = "\n\n".join(description_parts)
        result["security"] = self.security(operation)
        if operation.permission:
            result[extensions.PERMISSION] = operation.permission
        if operation.weight is not None:
            result[extensions.WEIGHT] = operation.weight
        client_name = self.client_names[plan.operation_id]
        result[extensions.SDK_RESOURCE] = client_name.dotted_resource
        result[extensions.SDK_METHOD] = client_name.method
        if client_name.aliases:
            result[extensions.SDK_ALIASES] = list(client_name.aliases)
        path_names = PATH_PARAMETER.findall(operation.path)
        parameters: list[dict[str, Any]] = []
        body_parameters: list[Parameter] = []
        by_name = {p.name.base: p for p in operation.parameters}
        for name in path_names:
            row = by_name.get(name)
            if row is None:
                self.sink.warning(
                    operation.location,
                    f"path parameter {{{name}}} has no row in the parameters table",
                    "path",
                )
                schema: Schema = {"type": "string"}
                description = ""
            else:
                schema = self.parameter_schema(row, rules)
                description = row.description
            entry: dict[str, Any] = {"name": name, "in": "path", "required": True, "schema": schema}
            if description:
                entry["description"] = description
            parameters.append(entry)
        parents = {row.name.path[:-1] for row in operation.parameters if row.name.is_nested}
        parents |= {path[:-1] for path in parents if path and path[-1] == "[]"}
        for row in operation.parameters:
            if row.name.base in path_names and row.sent_in in {None, "path"}:
                continue
            if row.sent_in == "path":
                continue  # named in no url segment: the reader reported it
            in_body = operation.method.has_body if row.sent_in is None else row.sent_in == "body"
            if in_body:
                body_parameters.append(row)
                continue
            if row.sent_in is not None and row.name.path in parents:
                continue  # a query object is sent as its leaves (`a[b]=1`), each a parameter below
            query: dict[str, Any] = {
                "name": row.name.wire_name,
                "in": "query",
                "required": self.is_required(row, rules, plan.operation_id),
                "schema": self.parameter_schema(row, rules),
            }
            if row.type.is_array:
                query["style"] = "form"
                query["explode"] = False
            elif (
                row.type.scalar is Scalar.STRING
                and "enum" not in query["schema"]
                and "minLength" not in query["schema"]
            ):
                # An empty query value is not a value (OpenAPI: no allowEmptyValue).
                query["schema"]["minLength"] = 1
            if row.description:
                query["description"] = row.description
            parameters.append(query)
        if parameters:
            result["parameters"] = parameters
        if body_parameters:
            result["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": ref(self.request_body(prefix, body_parameters, rules))}
                },
            }
        result["responses"] = self.responses(plan, by_name)
        self.add_paging(plan, result)
        return result

    def add_paging(self, plan: PlannedOperation, result: dict[str, Any]) -> None:
        """``x-paging`` where the operation's parameters say they page its list (openapi/paging.py)."""
        operation = plan.operation
        answer = result["responses"][operation.success_status]["content"]["application/json"]["schema"]
        found, why = paging(
            operation.method.value, result.get("parameters", []), answer, self.registry.schemas
        )
        if found is not None:
            result[extensions.PAGING] = found.extension()
        elif why is not None:
            self.sink.warning(operation.location, f"{plan.operation_id}: {why}", "paging")

    def request_body(self, prefix: str, parameters: Sequence[Parameter], rules: OperationRules) -> str:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for row in parameters:
            schema = self.parameter_schema(row, rules)
            _insert(properties, row.name.path, schema, row, self.sink)
            if self.is_required(row, rules, rules.operation_id) and not row.name.is_nested:
                required.append(row.name.base)
        rows = {row.name.path for row in parameters}
        for row in parameters:
            # A nested parameter marked required (an MDX `required`, a table's `YES` on
            # `position[type]`) is required within its object whenever the object is sent.
            within = row.name.is_nested and row.mandatory
            if within and row.name.wire_name not in rules.conditionally_required:
                _require_if_present(properties, row.name.path)
                # `position[units][value]` with no row of its own for `units`: the value can only
                # be sent inside `units`, so `units` is required whenever `position` is sent. A
                # list (`take_profit[steps][][volume]`) stays optional: no step, nothing to say.
                path = row.name.path
                for end in range(2, len(path)):
                    if "[]" not in (path[end - 1], path[end]) and path[:end] not in rows:
                        _require_if_present(properties, path[:end])
        scopes = scoped_rules(rules, parameters)
        for scope, (scope_rules, children) in scopes.items():
            container = _container(properties, scope)
            if not scope or container is None:
                continue
            # Named after the object, an item in the singular as the client names its class
            # (``TakeProfitStep``): ``TakeProfitStepTrailingEnabled``. Not after the operation:
            # the same group in two operations (stop_loss[enabled] of create and update) is one
            # component, and one set of client classes; a group that differs gets the
            # operation's prefix from the registry (``UpdateSmartTradeStopLoss``).
            label = object_path_name(scope)
            nested = GroupEncoder(scope_rules, children, self.registry, prefix, scope=label).groups()
            if nested:
                container["allOf"] = [group_member(g, self.registry.schemas) for g in nested]
        fields: Schema = {"type": "object", "properties": properties}
        if required:
            fields["required"] = list(dict.fromkeys(required))
        top_rules, top_parameters = scopes.get((), (rules, [p for p in parameters if not p.name.is_nested]))
        groups = GroupEncoder(top_rules, top_parameters, self.registry, prefix).groups()
        if not groups:
            return self.registry.add(f"{prefix}Request", fields, "")
        fields_name = self.registry.add(f"{prefix}Fields", fields, "")
        body: Schema = {
            "description": "Every field, typed (first), and one rule group per selector (the others).",
            "allOf": [ref(fields_name), *(group_member(g, self.registry.schemas) for g in groups)],
        }
        return self.registry.add(f"{prefix}Request", body, "")

    def is_required(self, row: Parameter, rules: OperationRules, operation_id: str) -> bool:
        """Mandatory YES, unless a condition decides (rules stage)."""
        if not row.mandatory or row.name.base in rules.conditionally_required:
            return False
        if row.values.default is not None:
            # `YES` with `(1)`: the reference says YES, and the server's own declaration of these
            # fields (the official Swagger of the same commit) lists them as required. Reading
            # them as optional would let mocks and clients accept requests the API refuses, so
            # YES wins; the default stays as `default` (what the server documents it means).
            self.sink.warning(
                row.location,
                f"{operation_id}.{row.name.wire_name} is marked mandatory YES but has a default "
                f"({row.values.default}); kept required (YES wins), the default kept as its documented "
                "value",
                "mandatory-default",
            )
        return True

    def parameter_schema(self, row: Parameter, rules: OperationRules) -> Schema:
        schema = _type_schema(row.type, row.name.inline_fields)
        if row.values.enum:
            if row.type.scalar is Scalar.BOOLEAN:
                pass  # true/false listed as values adds nothing to a boolean
            else:
                values: list[Any] = []
                for value in row.values.enum:
                    try:
                        values.append(coerce_default(value, TypeRef(row.type.scalar)))
                    except CellError as error:
                        self.sink.warning(row.location, f"{row.name.wire_name}: enum {error}", "values")
                target = schema["items"] if row.type.is_array else schema
                target["enum"] = values
        if row.values.default is not None:
            try:
                default = coerce_default(row.values.default, row.type)
            except CellError as error:
                self.sink.warning(row.location, f"{row.name.wire_name}: {error}; default dropped", "values")
            else:
                if row.values.enum and str(row.values.default) not in row.values.enum:
                    self.sink.warning(
                        row.location,
                        f"{row.name.wire_name}: default {row.values.default!r} is not one of its values; "
                        "default dropped",
                        "values",
                    )
                else:
                    schema["default"] = default
        if row.values.minimum is not None:
            schema["minimum"] = json_number(row.values.minimum)
        if row.values.maximum is not None:
            schema["maximum"] = json_number(row.values.maximum)
        if row.values.min_length is not None:
            schema["minLength"] = row.values.min_length
        if row.values.max_length is not None:
            schema["maxLength"] = row.values.max_length
        _merge(schema, property_constraints(rules, row.name.wire_name))
        if (rules.is_nullable(row.name.wire_name) or row.nullable) and isinstance(schema.get("type"), str):
            schema["type"] = [schema["type"], "null"]
            if "enum" in schema:
                schema["enum"] = [*schema["enum"], None]
        if row.description:
            schema["description"] = row.description
        if row.format:
            # `YYYY-MM-DD` is a JSON Schema `date`; another pattern is said in words, not enforced.
            if row.format == "YYYY-MM-DD" and schema.get("type") == "string":
                schema["format"] = "date"
            else:
                schema["description"] = f"{row.description}\n\nFormat: {row.format}.".strip()
        return schema

    def responses(self, plan: PlannedOperation, by_name: dict[str, Parameter]) -> dict[str, Any]:
        content_schema = self.response_schema(plan, by_name)
        status = plan.operation.success_status
        responses: dict[str, Any] = {
            status: {"description": "Success.", "content": {"application/json": {"schema": content_schema}}}
        }
        for status in _ERROR_STATUSES:
            responses[status] = {"$ref": f"#/components/responses/{_response_name(status)}"}
        attach_examples(responses, plan.operation, self.error_response)
        return responses

    def error_response(self, status: str) -> dict[str, Any]:
        """A response for an error status a page shows: the error payload, described by its class."""
        kind = status if status in {"418", "429"} else f"{status[0]}XX"
        if kind not in _ERROR_STATUSES:
            kind = "4XX"
        described = self.error_responses()[_response_name(kind)]
        return {
            "description": described["description"],
            "content": {"application/json": {"schema": ref("Error")}},
        }

    def response_schema(self, plan: PlannedOperation, by_name: dict[str, Parameter]) -> Schema:
        """The 200 body: the entity right after the section, else the document's own entity."""
        operation = plan.operation
        following = self.entity_after(plan)
        if following is not None:
            schema = ref(self.component_of(following))
            return {"type": "array", "items": schema} if following.is_list else schema
        if operation.response_entity is not None:
            linked = self.linked_entity(operation.response_entity)
            named = self.entity_of_area(plan, operation.response_link_text)
            if named is not None and linked is not None and named is not linked:
                self.sink.warning(
                    operation.location,
                    f"{plan.operation_id}: the link text {operation.response_link_text!r} names "
                    f"{named.name} of this area, but the link goes to {operation.response_entity} "
                    f"({linked.name}); "
                    f"{named.name} is used",
                    "response",
                )
                linked = named
            if linked is not None:
                return self.shaped_answer(operation, linked)
            self.sink.warning(
                operation.location,
                f"{plan.operation_id}: the answer is said to be the entity of {operation.response_entity}, "
                "which is not among the documents read; read as any JSON value",
                "response",
            )
            return dict(_UNDESCRIBED_ANSWER)
        primary = self.primary_entity(plan.document)
        if primary is None:
            self.sink.warning(
                operation.location,
                f"{plan.operation_id}: no entity describes this operation's response; read as any JSON value",
                "response",
            )
            return dict(_UNDESCRIBED_ANSWER)
        if operation.method.value == "get" and not _reads_entity(operation.path, primary):
            # The reference describes no answer for any operation; the chapter's entity is
            # assumed for its list, its item and the actions on an item. A read whose path names
            # something else (`/accounts/market_list`, `/bots/strategy_list`) is not that entity.
            self.sink.warning(
                operation.location,
                f"{plan.operation_id}: the reference describes no answer for GET {operation.path}, whose "
                f"path names something other than {primary.name}; read as any JSON value, not typed as "
                f"{primary.name}",
                "response",
            )
            return dict(_UNDESCRIBED_ANSWER)
        selector = next(
            (p for p in by_name.values() if p.name.base == "response_type" and p.values.enum), None
        )
        if selector is not None:
            return self.selected_response(selector, primary)
        is_collection = operation.method.value == "get" and not PATH_PARAMETER.search(operation.path)
        if is_collection:
            return {"type": "array", "items": ref(self.component_of(primary))}
        return ref(self.component_of(primary))

    def selected_response(self, selector: Parameter, primary: Entity) -> Schema:
        """A response whose shape the request picks (``response_type``): one branch per value.

        The reference names the values but not their shapes; each value maps to the entity
        whose name matches it, ``empty`` to an empty object, and an unmatched value to a free
        object. Branches are ``anyOf`` because an empty object matches every open schema.
        """
        branches: dict[str, Schema] = {}
        for value in selector.values.enum:
            entity = self.entity_named(value, primary)
            if entity is not None:
                branches[value] = ref(entity)
            elif value == "empty":
                branches[value] = {"type": "object", "maxProperties": 0, "description": "empty"}
            else:
                branches[value] = {"type": "object", "description": f"{value}: shape not documented"}
        return {
            "anyOf": list({repr(b): b for b in branches.values()}.values()),
            extensions.RESPONSE_BY: {"parameter": selector.name.base, "mapping": branches},
        }

    def entity_of_area(self, plan: PlannedOperation, text: str) -> Entity | None:
        """The entity of the page's own folder that a link's text names (``Trade Entity``)."""
        stem = pascal(text)
        folder = plan.document.path.replace("\\", "/").rsplit("/", 1)[0]
        for entity in self.definitions():
            same_folder = entity.location.file.replace("\\", "/").rsplit("/", 1)[0] == folder
            if same_folder and stem and entity.name in {stem, f"{stem}Entity"}:
                return entity
        return None

    def shaped_answer(self, operation: Operation, entity: Entity) -> Schema:
        """The linked entity, shaped as the page's example shows it: a list, or under one key.

        Without an example a GET of a collection (no path parameter) is a list. An example that is
        an object of one key whose value carries the entity's fields (``{"trade": {...}}``) wraps it.
        """
        schema = ref(self.component_of(entity))
        example = operation.response_example
        if example is None:
            is_list = operation.method.value == "get" and not PATH_PARAMETER.search(operation.path)
            return {"type": "array", "items": schema} if is_list else schema
        if isinstance(example, list):
            return {"type": "array", "items": schema}
        if isinstance(example, dict) and len(example) == 1:
            ((key, inner),) = example.items()
            names = {f.name for f in entity.fields}
            inner_item = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner_item, dict) and len(names & set(inner_item)) > len(names & set(example)):
                wrapped = {"type": "array", "items": schema} if isinstance(inner, list) else schema
                return {"type": "object", "properties": {key: wrapped}}
        return schema

    def linked_entity(self, link: str) -> Entity | None:
        """The entity a page links to: by its page's path, or by its page's id in the same folder.

        ``/smart-trade/0_smart_trade_entity.mdx`` and ``/smart-trade/smart-trade-entity`` (the
        page's front matter id) name the same page.
        """
        target = "/" + link.strip("/")
        for entity in self.definitions():
            file = "/" + entity.location.file.replace("\\", "/").lstrip("/")
            folder = file.rsplit("/", 1)[0]
            by_id = entity.page_id is not None and f"{folder}/{entity.page_id}".endswith(target)
            if file.endswith(target) or by_id:
                return entity
        return None

    def entity_named(self, value: str, primary: Entity) -> str | None:
        stem = pascal(value)
        for name in self.entities:
            if name in {f"{stem}Entity", f"{primary.name.removesuffix('Entity')}{stem}Entity"}:
                return name
        return None

    def entity_after(self, plan: PlannedOperation) -> Entity | None:
        operation = plan.operation
        # Sorted once per document: scanning every operation for each one is quadratic.
        key = id(plan.document)
        if key not in self.operation_lines:
            self.operation_lines[key] = sorted(o.location.line for o in plan.document.operations)
        lines = self.operation_lines[key]
        later = bisect.bisect_right(lines, operation.location.line)
        limit = lines[later] if later < len(lines) else None
        for entity in plan.document.entities:
            line = entity.location.line
            # Only within the operation's own chapter: an entity under `# Response Entities`
            # after the last operation is the chapter's, not that operation's.
            same_chapter = entity.chapter in {"", operation.document_title}
            if line > operation.location.line and (limit is None or line < limit) and same_chapter:
                return entity
        return None

    def primary_entity(self, document: Document) -> Entity | None:
        stem = singular(snake(tag_name(document.title)).split("_")[-1])
        candidates = [
            e for e in document.entities if e.name.lower() == f"{snake(tag_name(document.title))}entity"
        ]
        candidates = candidates or [
            e
            for e in document.entities
            if singular(snake(tag_name(document.title))) + "_entity" == snake(e.name)
        ]
        candidates = candidates or [e for e in document.entities if stem in snake(e.name)]
        return candidates[0] if candidates else (document.entities[0] if document.entities else None)

    # -- entities --------------------------------------------------------------------------

    def entity_schema(self, entity: Entity) -> Schema:
        properties = {f.name: self.entity_field_schema(entity, f) for f in entity.fields}
        return {
            "type": "object",
            "description": f"{entity.name}. Every field is optional and may be null: a response missing a "
            "field or carrying null is still valid.",
            "properties": properties,
        }

    def entity_field_schema(self, entity: Entity, field: EntityField) -> Schema:
        schema: Schema
        if field.kind is ValueKind.ENTITY:
            name = field.entity or ""
            if name not in self.entities:
                self.sink.warning(
                    field.location, f"{entity.name}.{field.name} refers to unknown entity {name}"
                )
                schema = {"type": ["object", "null"]}
            elif field.is_array:
                schema = {"type": ["array", "null"], "items": ref(name)}
            else:
                schema = {"oneOf": [ref(name), {"type": "null"}]}
        elif field.kind is ValueKind.ANY:
            schema = {"type": ["array", "null"], "items": {}} if field.is_array else {}
        elif field.kind is ValueKind.OBJECT:
            item: Schema = {"type": "object"}
            if field.fields:
                item["properties"] = {f.name: self.entity_field_schema(entity, f) for f in field.fields}
            schema = (
                {"type": ["array", "null"], "items": item}
                if field.is_array
                else {**item, "type": ["object", "null"]}
            )
        else:
            json_type = {
                ValueKind.INTEGER: "integer",
                ValueKind.NUMBER: "number",
                ValueKind.BOOLEAN: "boolean",
                ValueKind.STRING: "string",
                ValueKind.DECIMAL: "string",
                ValueKind.DATETIME: "string",
            }[field.kind]
            schema = {"type": [json_type, "null"]}
            if field.as_text and field.kind in _SPELLED and not field.is_array:
                # Shown as text by the page: the API sends either form; the text must spell one.
                schema = {"type": [json_type, "string", "null"], "pattern": _SPELLED[field.kind]}
                if field.kind is ValueKind.NUMBER:
                    schema["format"] = "decimal"  # read exactly either way (the client's Decimal)
            if field.as_number and field.kind is ValueKind.STRING and not field.is_array:
                schema = {"type": ["string", "number", "null"]}  # the client reads a number as its text
            if field.kind is ValueKind.DECIMAL:
                schema["format"] = "decimal"
            elif field.kind is ValueKind.DATETIME:
                schema["format"] = "date-time"
                if not field.description:
                    schema["description"] = f"UTC timestamp; the API writes it as {field.example!r}."
            if field.enum:
                schema["enum"] = [*field.enum, None]
            if field.is_array:
                # A list example: the item carries the type, the list may be null.
                item_schema = {k: v for k, v in schema.items() if k != "description"}
                item_schema["type"] = json_type
                if field.enum:
                    item_schema["enum"] = list(field.enum)
                schema = {"type": ["array", "null"], "items": item_schema}
        if field.description:
            schema["description"] = field.description
        if field.deprecated:
            schema["deprecated"] = True
        if field.example and not field.is_array and field.kind not in {ValueKind.ENTITY, ValueKind.ANY}:
            if field.enum and field.example not in field.enum:
                # The reference contradicts itself ('base_currency,' beside Values: base_currency...):
                # the value list is the rule, the example is not kept.
                self.sink.warning(
                    field.location,
                    f"{entity.name}.{field.name}: example {field.example!r} is not one of its values "
                    f"{list(field.enum)}; example dropped",
                    "entity-example",
                )
            else:
                schema["examples"] = [_example_value(field)]
        return schema


def client_names(planned: Sequence[PlannedOperation]) -> dict[str, SdkName]:
    """The client's resource and method of every operation, by operation id: one rule for all."""
    routes = {
        plan.operation_id: Route(
            plan.operation.method.value,
            plan.operation.path,
            plan.operation.title,
            snake(tag_name(plan.operation.document_title)) or "default",
        )
        for plan in planned
    }
    names = sdk_names(list(routes.values()))
    return {op_id: names[route] for op_id, route in routes.items()}


def _shape(entity: Entity) -> tuple[Any, ...]:
    """What an entity says, without where it says it: two definitions agree when these match."""
    return tuple(
        (f.name, f.kind, f.enum, f.description, f.deprecated, f.entity, f.is_array) for f in entity.fields
    )


def _example_value(field: EntityField) -> Any:
    if field.kind is ValueKind.DATETIME and " " in field.example:
        # The API writes "2018-08-08 08:08:08" (UTC); examples must be RFC 3339 to match the format.
        return field.example.replace(" ", "T") + ("" if field.example.endswith("Z") else "Z")
    if field.kind is ValueKind.INTEGER:
        return int(field.example)
    if field.kind is ValueKind.NUMBER:
        return float(field.example)
    if field.kind is ValueKind.BOOLEAN:
        return field.example == "true"
    return field.example


def _type_schema(type_: TypeRef, inline_fields: Sequence[InlineField] = ()) -> Schema:
    item: Schema
    if inline_fields:
        item = {"type": "object", "properties": {f.name: _type_schema(f.type) for f in inline_fields}}
        return {"type": "array", "items": item}
    item = {} if type_.scalar is Scalar.ANY else {"type": type_.scalar.value}
    return {"type": "array", "items": item} if type_.is_array else item


def _merge(target: Schema, patch: Schema) -> None:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


#: The answer of an operation the reference does not describe: any JSON value.
_UNDESCRIBED_ANSWER: Schema = {"description": "Not described by the reference: any JSON value."}


def _reads_entity(path: str, entity: Entity) -> bool:
    """Whether a ``GET`` of ``path`` reads ``entity``: its list, one of them, or one shown.

    ``/ver1/bots`` (the collection, named after the entity), ``/ver1/bots/{bot_id}`` and
    ``/ver1/bots/{bot_id}/show`` do; ``/ver1/bots/strategy_list`` and
    ``/ver1/deals/{deal_id}/market_orders`` name something else.
    """
    segments = path.strip("/").split("/")
    last = segments[-1]
    if PATH_PARAMETER.fullmatch(last):
        return True
    if last == "show" and len(segments) > 1 and PATH_PARAMETER.fullmatch(segments[-2]):
        return True
    return pascal(singular(last)) == entity.name.removesuffix("Entity")


def _insert(
    properties: dict[str, Any], path: tuple[str, ...], schema: Schema, row: Parameter, sink: DiagnosticSink
) -> None:
    """Place a bracketed name (``a[b][][c]``) as nested objects and arrays."""
    head, *rest = path
    if not rest:
        if head in properties:
            sink.error(row.location, f"{row.name.wire_name} clashes with another parameter's name", "name")
        properties[head] = schema
        return
    container = properties.setdefault(head, {"type": "object", "properties": {}})
    for index, part in enumerate(rest):
        last = index == len(rest) - 1
        if part == "[]":
            if container.get("type") != "array":
                container.clear()
                container.update({"type": "array", "items": {"type": "object", "properties": {}}})
            container = container["items"]
            if last:
                container.clear()
                container.update(schema)
            continue
        children = container.setdefault("properties", {})
        if last:
            children[part] = schema
        else:
            container = children.setdefault(part, {"type": "object", "properties": {}})


def _container(properties: dict[str, Any], scope: tuple[str, ...]) -> Schema | None:
    """The schema of the object at ``scope`` (``("take_profit", "steps", "[]", "trailing")``)."""
    container: Schema = {"properties": properties}
    for part in scope:
        found = container.get("items") if part == "[]" else container.get("properties", {}).get(part)
        if not isinstance(found, dict):
            return None
        container = found
    return container


def _require_if_present(properties: dict[str, Any], path: tuple[str, ...]) -> None:
    """Add the last part of ``path`` to the ``required`` of the object that holds it."""
    container: Schema = {"properties": properties}
    for part in path[:-1]:
        if part == "[]":
            container = container.get("items", {})
        else:
            container = container.get("properties", {}).get(part, {})
    if path[-1] in container.get("properties", {}):
        required = container.setdefault("required", [])
        if path[-1] not in required:
            required.append(path[-1])


def _response_name(status: str) -> str:
    return {"4XX": "ClientError", "418": "IpBanned", "429": "RateLimited", "5XX": "ServerError"}[status]


def build_spec(
    documents: Sequence[Document],
    planned: Sequence[PlannedOperation],
    rules: dict[str, OperationRules],
    sink: DiagnosticSink,
) -> dict[str, Any]:
    """The OpenAPI document for ``documents``; ``planned`` and ``rules`` come from earlier stages."""
    spec = SpecBuilder(documents, sink).build(planned, rules)
    # Last: the samples and links read the rule objects as the groups built them.
    return place_rule_objects(add_code_samples(follow_links(spec, documents, planned, sink)))


__all__ = ["GeneralInfo", "build_spec"]
