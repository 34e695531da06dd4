"""Where each operation sits on the client: ``client.<resource>[.<nested>].<method>(...)``.

The names come from the spec's ``x-sdk-resource`` / ``x-sdk-method`` (written by the OpenAPI
stage with :mod:`generator.naming`); a spec without them (written by hand, or older) gets
them from the same rule here, so the client never invents a second naming scheme. Templates
ask :func:`ClientSurface.method` for every method name: one place to read them from.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.client.view import ClientPlan, EndpointPlan
from generator.naming import RESERVED, SdkName, pascal, spec_sdk_names


@dataclass
class ResourcePlan:
    """One resource class (and its async and raw-response twins)."""

    path: tuple[str, ...]
    operations: list[EndpointPlan] = field(default_factory=list)
    children: dict[str, ResourcePlan] = field(default_factory=dict)

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def class_name(self) -> str:
        """``SmartTrades``; a nested one by its path under the top (``Trades``), unique in its module."""
        return "".join(pascal(p) for p in (self.path[1:] or self.path))

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    def walk(self) -> Iterator[ResourcePlan]:
        """This resource and every resource nested in it, parents first."""
        yield self
        for child in self.children.values():
            yield from child.walk()


@dataclass
class ClientSurface:
    names: dict[str, SdkName]
    #: Top-level resources by attribute name, in the order of the spec's operations.
    resources: dict[str, ResourcePlan]

    def method(self, operation: EndpointPlan) -> str:
        """The method name of ``operation`` on its resource."""
        return self.names[operation.operation_id].method

    def aliases(self, operation: EndpointPlan) -> tuple[str, ...]:
        """The method's former names (``x-sdk-aliases``), callable with a ``DeprecationWarning``;
        one that a method, a nested resource or an attribute of its resource has is left out."""
        name = self.names[operation.operation_id]
        taken = {n.method for n in self.names.values() if n.resource == name.resource}
        nested = {
            n.resource[len(name.resource)] for n in self.names.values() if n.resource[:-1] == name.resource
        }
        return tuple(
            alias
            for alias in name.aliases
            if alias not in taken | nested and alias not in RESERVED | {"self"}
        )

    def call(self, operation: EndpointPlan) -> str:
        """``smart_trades.trades.list``: how a user reaches the operation from a client."""
        return str(self.names[operation.operation_id])

    def find(self, call: str) -> EndpointPlan | None:
        """The operation reached as ``call`` (``smart_trades.create``), if the spec has one."""
        return next((op for _, op in self.operations() if self.call(op) == call), None)

    def operations(self) -> Iterator[tuple[ResourcePlan, EndpointPlan]]:
        for top in self.resources.values():
            for resource in top.walk():
                for operation in resource.operations:
                    yield resource, operation


def build_surface(spec: Mapping[str, Any], plan: ClientPlan) -> ClientSurface:
    names = spec_sdk_names(spec)
    resources: dict[str, ResourcePlan] = {}
    for operation in plan.operations.values():
        path = names[operation.operation_id].resource
        node = resources.setdefault(path[0], ResourcePlan(path[:1]))
        for depth in range(2, len(path) + 1):
            node = node.children.setdefault(path[depth - 1], ResourcePlan(path[:depth]))
        node.operations.append(operation)
    for top in resources.values():
        for resource in top.walk():
            # A method named like a builtin (``list``) hides it from the annotations written
            # after it in the class body (mypy reads ``list[X]`` there as the method): last.
            resource.operations.sort(key=lambda op: hasattr(builtins, names[op.operation_id].method))
    return ClientSurface(names, resources)
