"""One class per shape of a successful answer: each owns how a method reads it.

An operation's plan (:class:`generator.client.view.EndpointPlan`) holds its answer as one of
these: an entity, a list of entities (the answer, or one property of it), an entity chosen by an
argument's value, or plain JSON.
Each gives the method's return annotation (computed here once), the reader it hands the runtime
(``parse=``), and the classes it names; the one shape that needs a reader of its own (the
choice) writes it. Nothing outside this module asks which shape an answer has.
"""

from __future__ import annotations

from dataclasses import dataclass

from openapi_python_client.strings import safe_for_docstring

from generator.client.fields import literal


@dataclass(frozen=True)
class Answer:
    """Any JSON value, as parsed (an answer the spec does not describe)."""

    #: Whether the answer is a list of entities (what a paged list reads).
    listed = False

    def returns(self) -> str:
        """The method's return annotation."""
        return "Any"

    def parser(self, reader: str) -> str:
        """The reader the method hands the runtime; ``reader`` names the operation's own (see
        :meth:`reader_function`)."""
        return "read_json"

    def models(self) -> list[str]:
        """The generated classes the answer is read into."""
        return []

    def reader_function(self, reader: str) -> str:
        """Source of a module-level reader named ``reader``, for a shape the runtime's readers
        do not cover; empty otherwise."""
        return ""


@dataclass(frozen=True)
class EntityAnswer(Answer):
    """One entity (``SmartTradeEntity``)."""

    model: str

    def returns(self) -> str:
        return self.model

    def parser(self, reader: str) -> str:
        return f"{self.model}.from_response"

    def models(self) -> list[str]:
        return [self.model]


@dataclass(frozen=True)
class EntityListAnswer(EntityAnswer):
    """A list of entities (items that are not objects are skipped)."""

    listed = True

    def returns(self) -> str:
        return f"list[{self.model}]"

    def parser(self, reader: str) -> str:
        return f"{self.model}.list_from_response"


@dataclass(frozen=True)
class HeldListAnswer(EntityListAnswer):
    """A list of entities held in one property of the answering object (``{"trades": [...]}``,
    the spec's ``x-paging.items``): the method returns the list, paged as any other."""

    #: The property holding the list, by its name in the JSON.
    holder: str

    def parser(self, reader: str) -> str:
        return f"partial({self.model}.list_from_response, within={literal(self.holder)})"


@dataclass(frozen=True)
class ChosenAnswer(Answer):
    """An object whose shape the value of one argument chose (``x-response-by``).

    ``mapping`` holds each value with its class; ``None`` for an object of undocumented shape,
    ``""`` for the empty object. Either is returned as a plain dict.
    """

    #: The method's keyword holding the value (its Python name).
    parameter: str
    mapping: tuple[tuple[str, str | None], ...]

    def returns(self) -> str:
        return " | ".join([*self.models(), "dict[str, Any]"])

    def parser(self, reader: str) -> str:
        return f"partial({reader}, {self.parameter})"

    def models(self) -> list[str]:
        return list(dict.fromkeys(model for _, model in self.mapping if model))

    def reader_function(self, reader: str) -> str:
        shapes = [
            f"    - ``{safe_for_docstring(value)}``: "
            + (model or ("an empty object" if model == "" else "a JSON object (shape not documented)"))
            for value, model in self.mapping
        ]
        branches = [
            line
            for value, model in self.mapping
            if model
            for line in (
                f"    if {self.parameter} == {literal(value)}:",
                f"        return {model}.from_dict(data)",
            )
        ]
        return "\n".join(
            [
                f"def {reader}({self.parameter}: object, response: httpx.Response) -> {self.returns()}:",
                f'    """A successful answer, in the shape ``{self.parameter}`` asked for.',
                "",
                *shapes,
                '    """',
                "    data = read_json_object(response)",
                *branches,
                "    return dict(data)",
            ]
        )
