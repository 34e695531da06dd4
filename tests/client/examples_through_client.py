"""Every response example of a spec, read through its client's entity classes (run as a script by
tests/client/test_site_examples.py, with the client built from that spec first on the path).

``python examples_through_client.py SPEC.json`` (or ``.yaml``) prints one JSON object: how many examples were
read, and each problem found, as a line naming the operation, the status and the field. For each
example attached to a response (``content.application/json.examples``):

- the class it is read into is the one the client's method returns (``SyncPage[X]``, ``list[X]``,
  ``X``), or ``Error`` for an error status; an answer the spec does not describe is JSON as sent;
- it is read as the client reads an answer (``X.from_response`` of an ``httpx.Response`` holding
  the example's JSON text);
- every field comes back as the Python type its schema documents, recursively: ``integer`` an
  ``int``, ``number`` and a ``string`` of ``format: decimal`` a ``Decimal`` equal to what was sent,
  ``date-time`` a ``datetime``, ``boolean`` a ``bool``, ``string`` a ``str``, an object with
  properties an entity, a list a ``list``; a value sent is never read as None;
- ``to_json()`` gives back the JSON received (numbers compared exactly, text stays text), and
  each field's writer, given the value read and what was sent, writes what was sent (what an
  edited field is written as).
"""

from __future__ import annotations

import json
import sys
import typing
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from ruamel.yaml import YAML
from threecommas import Client, models
from threecommas._entity import Entity, _table

from generator import extensions
from generator.naming import class_name, spec_sdk_names
from generator.spec_refs import resolve

#: The Python type each JSON type of a field's schema documents (``string`` by its format).
PYTHON_TYPES: dict[str, type] = {"integer": int, "number": Decimal, "boolean": bool, "array": list}
STRING_FORMATS: dict[str, type] = {"decimal": Decimal, "date-time": datetime}


def documented(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[type | None, Mapping[str, Any]]:
    """The Python type a field's schema documents (None: any value), and the resolved schema."""
    schema = resolve(spec, schema)
    for key in ("oneOf", "anyOf", "allOf"):
        branches = [b for b in schema.get(key) or () if "$ref" in b]
        if len(branches) == 1:
            return Entity, resolve(spec, branches[0])
    types = schema.get("type")
    listed = types if isinstance(types, list) else [types]
    first = next((t for t in listed if t not in (None, "null")), None)
    if first == "string":
        return STRING_FORMATS.get(str(schema.get("format")), str), schema
    if first == "object":
        return (Entity if schema.get("properties") else dict), schema
    return PYTHON_TYPES.get(str(first)), schema


def same_json(received: Any, written: Any) -> bool:
    """Equal JSON values: numbers exactly (as Decimal), text stays text, keys and order of lists."""
    if isinstance(received, bool) or isinstance(written, bool):
        return type(received) is type(written) and received == written
    if isinstance(received, int | float | Decimal) and isinstance(written, int | float | Decimal):
        return Decimal(str(received)) == Decimal(str(written))
    if isinstance(received, dict) and isinstance(written, dict):
        return received.keys() == written.keys() and all(same_json(received[k], written[k]) for k in received)
    if isinstance(received, list) and isinstance(written, list):
        return len(received) == len(written) and all(map(same_json, received, written))
    return type(received) is type(written) and received == written


class Checker:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.problems: list[str] = []
        self.fields = 0
        #: How many values of each documented type were checked.
        self.types: dict[str, int] = {}

    def entity(self, where: str, value: Entity, schema: Mapping[str, Any], sent: Mapping[str, Any]) -> None:
        properties = resolve(self.spec, schema).get("properties") or {}
        for name, wire, _, write, _ in _table(type(value)).all:
            if wire not in sent:
                continue
            self.field(f"{where}.{wire}", getattr(value, name), properties.get(wire) or {}, sent[wire], write)

    def field(self, where: str, value: Any, schema: Mapping[str, Any], sent: Any, write: Any) -> None:
        self.fields += 1
        expected, schema = documented(self.spec, schema)
        if sent is None:
            if value is not None:
                self.problems.append(f"{where}: null read as {value!r}")
            return
        if value is None:
            self.problems.append(
                f"{where}: {sent!r} read as None (documented {getattr(expected, '__name__', 'any')})"
            )
            return
        if expected is not None and not (
            isinstance(value, expected) and not (expected is int and isinstance(value, bool))
        ):
            self.problems.append(
                f"{where}: {sent!r} read as {type(value).__name__}, documented {expected.__name__}"
            )
            return
        kind = getattr(expected, "__name__", "any")
        self.types[kind] = self.types.get(kind, 0) + 1
        if expected is Decimal and value != Decimal(str(sent)):
            self.problems.append(f"{where}: {sent!r} read as {value!r}")
        if isinstance(value, Entity):
            self.entity(where, value, schema, sent)
        elif isinstance(value, list) and isinstance(sent, list):
            item_schema = schema.get("items") or {}
            for index, (item, raw_item) in enumerate(
                zip(value, [s for s in sent if s is not None], strict=False)
            ):
                self.field(f"{where}[{index}]", item, item_schema, raw_item, None)
        if write is not None and not same_json(sent, written := write(value, sent)):
            self.problems.append(f"{where}: {sent!r} written back as {written!r}")


def reader_class(method: Any) -> tuple[type[Entity] | None, bool]:
    """The entity class a method's answer is read into, and whether it is a list of them."""
    returns = typing.get_type_hints(method).get("return")
    origin, arguments = typing.get_origin(returns), typing.get_args(returns)
    if (
        origin is not None
        and arguments
        and isinstance(arguments[0], type)
        and issubclass(arguments[0], Entity)
    ):
        return arguments[0], True  # list[X], SyncPage[X]
    if isinstance(returns, type) and issubclass(returns, Entity):
        return returns, False
    return None, False


def main(spec_path: str) -> None:
    text = Path(spec_path).read_text(encoding="utf-8")
    spec = json.loads(text) if spec_path.endswith(".json") else YAML(typ="safe", pure=True).load(text)
    client = Client(api_key="k", api_secret="s")
    names = spec_sdk_names(spec)
    checker = Checker(spec)
    read = 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            name = names[operation["operationId"]]
            target: Any = client
            for part in name.resource:
                target = getattr(target, part)
            call = getattr(type(target), name.method)
            for status, response in operation["responses"].items():
                content = (response.get("content") or {}).get("application/json") or {}
                schema = resolve(spec, content.get("schema") or {})
                for label, example in (content.get("examples") or {}).items():
                    where = f"{method.upper()} {path} {status} {label}"
                    sent = example["value"]
                    cls, listed = (
                        (models.Error, False) if not str(status).startswith("2") else reader_class(call)
                    )
                    if cls is None:
                        continue  # not described: the method returns the JSON as sent
                    answer = httpx.Response(
                        200, content=json.dumps(sent).encode(), request=httpx.Request("GET", "http://x")
                    )
                    read += 1
                    if listed:
                        items_schema = schema.get("items") if "items" in schema else None
                        holder = (operation.get(extensions.PAGING) or {}).get("items")
                        if items_schema is None and holder:
                            items_schema = resolve(spec, schema["properties"][holder]).get("items")
                            sent = sent[holder]
                        values = (
                            cls.list_from_response(answer, holder)
                            if holder
                            else cls.list_from_response(answer)
                        )
                        for index, (value, raw) in enumerate(zip(values, sent, strict=True)):
                            checker.entity(f"{where}[{index}]", value, items_schema or {}, raw)
                            if not same_json(raw, json.loads(value.to_json(), parse_float=Decimal)):
                                checker.problems.append(
                                    f"{where}[{index}]: to_json() is not the JSON received"
                                )
                    else:
                        value = cls.from_response(answer)
                        checker.entity(where, value, schema, sent)
                        if not same_json(sent, json.loads(value.to_json(), parse_float=Decimal)):
                            checker.problems.append(f"{where}: to_json() is not the JSON received")
    # The entity pages: each component's object made of its fields' own examples.
    for component, schema in spec["components"]["schemas"].items():
        cls = getattr(models, class_name(component), None)
        sent = composed(spec, schema)
        if not (isinstance(cls, type) and issubclass(cls, Entity)) or not sent:
            continue
        where = f"#/components/schemas/{component} (its fields' examples)"
        answer = httpx.Response(
            200, content=json.dumps(sent).encode(), request=httpx.Request("GET", "http://x")
        )
        value = cls.from_response(answer)
        read += 1
        checker.entity(where, value, schema, sent)
        if not same_json(sent, json.loads(value.to_json(), parse_float=Decimal)):
            checker.problems.append(f"{where}: to_json() is not the JSON received")
    print(json.dumps({"examples": read, "types": checker.types, "problems": checker.problems}))


def composed(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    """An object made of the examples of an object schema's fields (nested objects and lists of
    them too); None where no field has one."""
    schema = resolve(spec, schema)
    if "examples" in schema:
        return schema["examples"][0]
    if "$ref" in (schema.get("items") or {}):
        return None  # an entity of its own, checked with its own examples
    if schema.get("items"):
        item = composed(spec, schema["items"])
        return None if item is None else [item]
    found = {}
    for name, member in (schema.get("properties") or {}).items():
        if "$ref" in member:
            continue
        value = composed(spec, member)
        if value is not None:
            found[name] = value
    return found or None


if __name__ == "__main__":
    main(sys.argv[1])
