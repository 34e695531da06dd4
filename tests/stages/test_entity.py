"""Entity example blocks: types from example values, annotations to enums and notes."""

from __future__ import annotations

from generator.diagnostics import DiagnosticSink, Location
from generator.document.entity import read_entity_block
from generator.document.model import ValueKind

BLOCK = """{
id: 1
editable: true
created_at: 2018-08-08 08:08:08
trailing_last_pirce_updated_at: 2018-10-10 10:12:12DEPRECATED
price: '102.15'
status: 'bought'                         Values: bought, cancelled
buy_method: 'market'                     Values: ["limit", "market"]
price_method: 'bid'                      bid, ask ,last
pair: 'BTC_LTC'                          QUOTE_BASE
note: 'a, b'                             first, second
trailing_take_profit_step: '2.3'         Percentage
steps: SmartTradeStepEntity
step: SmartTradeStepEntity
}"""


def _fields() -> dict[str, object]:
    sink = DiagnosticSink()
    fields = read_entity_block(BLOCK, Location("doc.md", 10), sink)
    assert sink.diagnostics == []
    return {f.name: f for f in fields}


def test_kinds_from_examples() -> None:
    fields = _fields()
    kinds = {name: f.kind for name, f in fields.items()}  # type: ignore[attr-defined]
    assert kinds["id"] is ValueKind.INTEGER
    assert kinds["editable"] is ValueKind.BOOLEAN
    assert kinds["created_at"] is ValueKind.DATETIME
    assert kinds["price"] is ValueKind.DECIMAL
    assert kinds["status"] is ValueKind.STRING
    assert kinds["steps"] is ValueKind.ENTITY


def test_annotations() -> None:
    fields = _fields()
    assert fields["status"].enum == ("bought", "cancelled")  # type: ignore[attr-defined]
    assert fields["buy_method"].enum == ("limit", "market")  # type: ignore[attr-defined]
    assert fields["price_method"].enum == ("bid", "ask", "last")  # type: ignore[attr-defined]
    assert fields["pair"].description == "QUOTE_BASE"  # type: ignore[attr-defined]
    assert fields["note"].enum == () and fields["note"].description == "first, second"  # type: ignore[attr-defined]
    assert fields["trailing_take_profit_step"].description == "Percentage"  # type: ignore[attr-defined]
    assert fields["trailing_last_pirce_updated_at"].deprecated is True  # type: ignore[attr-defined]
    assert fields["trailing_last_pirce_updated_at"].kind is ValueKind.DATETIME  # type: ignore[attr-defined]
    assert fields["steps"].is_array and not fields["step"].is_array  # type: ignore[attr-defined]


def test_locations_point_at_lines() -> None:
    sink = DiagnosticSink()
    fields = read_entity_block(BLOCK, Location("doc.md", 10), sink)
    assert fields[0].location.line == 11  # "id: 1" is the block's second line


def test_unreadable_lines_are_reported() -> None:
    sink = DiagnosticSink()
    fields = read_entity_block("{\nid: 1\nthis is not a field\nweird: ???\n}", Location("doc.md", 1), sink)
    assert [f.name for f in fields] == ["id", "weird"]
    messages = [str(d) for d in sink.diagnostics]
    assert any(m.startswith("doc.md:3:1: warning: cannot read entity line") for m in messages)
    assert any(m.startswith("doc.md:4:1: warning: cannot tell the type of 'weird'") for m in messages)
