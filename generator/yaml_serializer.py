"""A ruamel serializer and emitter for plain data (dicts, lists, scalars) that skip repeated work.

ruamel's stock serializer asks its resolver twice for every scalar whether the text would read
back as another type (to decide on quoting), and walks the whole node tree once beforehand to
find shared nodes for anchors. A spec has a few thousand distinct scalar texts repeated hundreds
of thousands of times, and we never write anchors (``ignore_aliases``), so the serializer below
remembers each answer of the resolver and does not look for anchors, and the emitter remembers
its analysis of each text. The bytes written are the same as with ruamel's own classes
(tests/stages/test_yaml_serializer.py compares the two on generated data). Only valid while no
path resolvers are registered and nodes carry no comments or anchors, which holds for nodes the
representer builds from plain data.
"""

from __future__ import annotations

import copy
from typing import Any

from ruamel.yaml.emitter import RoundTripEmitter, ScalarAnalysis
from ruamel.yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.serializer import Serializer


class PlainDataSerializer(Serializer):
    """Serializes node trees built from plain data, with the resolver's answers cached per text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._scalar_implicit: dict[tuple[Any, str], tuple[bool, bool, bool]] = {}

    def anchor_node(self, node: Any) -> None:
        """No anchors: the representer ignores aliases, so no node appears twice."""

    def serialize_node(self, node: Any, parent: Any, index: Any) -> None:
        emit = self.emitter.emit
        if isinstance(node, ScalarNode):
            key = (node.ctag, node.value)
            implicit = self._scalar_implicit.get(key)
            if implicit is None:
                resolve = self.resolver.resolve
                implicit = (
                    node.ctag == resolve(ScalarNode, node.value, (True, False)),
                    node.ctag == resolve(ScalarNode, node.value, (False, True)),
                    str(node.tag).startswith("tag:yaml.org,2002:"),
                )
                self._scalar_implicit[key] = implicit
            emit(ScalarEvent(None, node.ctag, implicit, node.value, style=node.style))
        elif isinstance(node, SequenceNode):
            implicit_tag = node.ctag == self.resolver.resolve(SequenceNode, node.value, True)
            emit(SequenceStartEvent(None, node.ctag, implicit_tag, flow_style=node.flow_style))
            for position, item in enumerate(node.value):
                self.serialize_node(item, node, position)
            emit(SequenceEndEvent(comment=[None, None]))
        elif isinstance(node, MappingNode):
            implicit_tag = node.ctag == self.resolver.resolve(MappingNode, node.value, True)
            emit(
                MappingStartEvent(
                    None, node.ctag, implicit_tag, flow_style=node.flow_style, nr_items=len(node.value)
                )
            )
            for key_node, value_node in node.value:
                self.serialize_node(key_node, node, None)
                self.serialize_node(value_node, node, key_node)
            emit(MappingEndEvent(comment=[None, None]))


class PlainDataEmitter(RoundTripEmitter):
    """ruamel's round-trip emitter, analysing each distinct scalar text once.

    The analysis (which quoting styles a text allows) depends only on the text and on settings
    fixed for the whole dump. The emitter sets one flag of it while choosing a style, so each
    caller gets its own copy of the remembered analysis.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._analyses: dict[str, ScalarAnalysis] = {}

    def analyze_scalar(self, scalar: Any) -> Any:
        analysis = self._analyses.get(scalar)
        if analysis is None:
            analysis = self._analyses[scalar] = super().analyze_scalar(scalar)
        return copy.copy(analysis)
