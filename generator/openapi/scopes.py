"""An operation's rules sorted by the object they live in.

A rule lives in the object that holds its condition's parameter: ``take_profit[steps][][volume]``
"required when ``take_profit[enabled]``" is a group of the ``take_profit`` object, whose variant
``enabled = true`` requires ``volume`` in each step. Within that object every name is relative
(``enabled``, ``steps[][volume]``), so the group encoder serves a nested object as it serves the
body. A rule whose condition names only top-level parameters lives in the body, as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from generator.document.model import Parameter, ParameterName
from generator.rules.extract import path_of
from generator.rules.model import AppliesIf, Condition, OperationRules, RequiredIf, Rule

Scope = tuple[str, ...]


def _relative(wire_name: str, scope: Scope) -> str:
    head, *rest = path_of(wire_name)[len(scope) :]
    return head + "".join(f"[{'' if part == '[]' else part}]" for part in rest)


def _scope_of(rule: RequiredIf | AppliesIf) -> Scope:
    """The object of the condition's parameters (the extractor checked they share one)."""
    if not rule.condition.atoms:
        return ()
    return path_of(rule.condition.atoms[0].selector)[:-1]


def scoped_rules(
    rules: OperationRules, parameters: Sequence[Parameter]
) -> dict[Scope, tuple[OperationRules, list[Parameter]]]:
    """Per object (``()`` is the body), its conditional rules and its own fields, named relative
    to it. The body's entry keeps every rule that is not conditional (bounds, formats...)."""
    by_scope: dict[Scope, list[RequiredIf | AppliesIf]] = {}
    for rule in rules.rules:
        if isinstance(rule, RequiredIf | AppliesIf):
            by_scope.setdefault(_scope_of(rule), []).append(rule)
    result: dict[Scope, tuple[OperationRules, list[Parameter]]] = {}
    for scope in [(), *(s for s in by_scope if s)]:
        if scope:
            kept: list[Rule] = [_relative_rule(rule, scope) for rule in by_scope[scope]]
        else:
            # The body's rules in their original order: the encoder's output depends on it.
            kept = [r for r in rules.rules if not isinstance(r, RequiredIf | AppliesIf) or _scope_of(r) == ()]
        children = [
            dataclasses.replace(p, name=ParameterName((p.name.path[-1],)))
            for p in parameters
            if p.name.path[:-1] == scope
        ]
        result[scope] = (dataclasses.replace(rules, rules=tuple(kept)), children)
    return result


def _relative_rule(rule: RequiredIf | AppliesIf, scope: Scope) -> RequiredIf | AppliesIf:
    atoms = tuple(dataclasses.replace(a, selector=_relative(a.selector, scope)) for a in rule.condition.atoms)
    return dataclasses.replace(rule, target=_relative(rule.target, scope), condition=Condition(atoms))
