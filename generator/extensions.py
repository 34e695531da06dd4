"""The spec's private extension keys (``x-...``): one vocabulary for every stage and test.

The encoder and the builder write these keys, the client view and the client's runtime read
them, and the tests look for them; each is spelled here once. The client's runtime is copied
into the generated package, which cannot import the generator, so it spells the keys it reads
itself; ``tests/rules/test_extensions.py`` checks those copies against this module. docs/extensions.md
says what each one means.
"""

from __future__ import annotations

#: An operation's permission, from ``(Permission: X)`` in its heading.
PERMISSION = "x-permission"
#: An operation's request weight, from its ``**Weight:**`` paragraph.
WEIGHT = "x-weight"
#: The date the reference was published (``info``).
REFERENCE_DATE = "x-reference-date"
#: Which parameter picks the response shape, and the shape for each of its values.
RESPONSE_BY = "x-response-by"
#: "Available if ..." text: the field is optional; the condition depends on the trade's state.
AVAILABLE_IF = "x-available-if"
#: Items of an array must differ in this field (``position`` of update's steps).
UNIQUE_ITEM_FIELD = "x-unique-item-field"
#: On a rule group: the selector parameter whose value picks the variant.
SELECTOR = "x-selector"
#: On a rule group: the value an absent selector stands for (its documented default).
SELECTOR_DEFAULT = "x-selector-default"
#: On a rule group: the client's keyword for the group (``take_profit``).
GROUP_NAME = "x-group-name"
#: On a variant: the fields it owns (its selectors and the fields its rules are about), in order.
GROUP_FIELDS = "x-group-fields"
#: On a variant: the reference's phrase for each field it requires.
REQUIRED_BECAUSE = "x-required-because"
#: On a body's fields written in place as the first part of its ``allOf``: the name they have
#: as a component, where the client stage and the change report read them (docs/interop.md).
FIELDS_NAME = "x-fields-name"
#: On an operation: how to call it (Python sync, Python async, curl); Redoc shows them beside it.
CODE_SAMPLES = "x-codeSamples"

#: On a list operation: which query parameters page it (``size``, ``position``), whether the
#: position counts ``records`` or ``pages``, and the answer's property holding the records.
PAGING = "x-paging"

#: On an operation: the Python client's resource path (``smart_trades.trades``), see generator/naming.py.
SDK_RESOURCE = "x-sdk-resource"
#: On an operation: the Python client's method name on that resource (``list``, ``add_funds``).
SDK_METHOD = "x-sdk-method"
#: On an operation: former names of that method, still callable with a ``DeprecationWarning``;
#: on a schema carrying :data:`SDK_CLASS`: the former names of its class, likewise still importable.
SDK_ALIASES = "x-sdk-aliases"
#: On a rule group's variant: the schema whose Python class the client uses for it, where that is
#: another's (``BuyLimitByDefault`` is sent as ``BuyLimit``), see ``naming.variant_twins``.
SDK_CLASS = "x-sdk-class"

#: On a schema: request values the server refused although the schema allows them (recorded
#: answers, ``python -m generator answers``); evidence only, never a constraint.
REFUSED_VALUES = "x-refused-values"

#: Every key that appears in a spec the pipeline writes.
SPEC_KEYS = frozenset(
    {
        PERMISSION,
        WEIGHT,
        REFERENCE_DATE,
        RESPONSE_BY,
        AVAILABLE_IF,
        UNIQUE_ITEM_FIELD,
        SELECTOR,
        SELECTOR_DEFAULT,
        GROUP_NAME,
        GROUP_FIELDS,
        REQUIRED_BECAUSE,
        FIELDS_NAME,
        CODE_SAMPLES,
        SDK_RESOURCE,
        SDK_METHOD,
        SDK_ALIASES,
        SDK_CLASS,
        REFUSED_VALUES,
        PAGING,
    }
)
