"""Reading recordings: the three formats give the same exchanges; a folder is read recursively; an
unreadable recording is a located error that quotes nothing of it (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.answers.recordings import RecordingError, read_exchanges, read_recording
from tests.answers.exchanges import API_KEY, EXCHANGES, SECRETS, write_all, write_spec
from tests.support.generator_cli import generator_cli

FORMATS = ("har", "go-vcr", "vcrpy")


@pytest.mark.parametrize("form", FORMATS)
def test_each_format_gives_every_exchange_as_recorded(tmp_path: Path, form: str) -> None:
    path = write_all(tmp_path)[form]
    read = list(read_recording(path))
    assert [x.index for x in read] == list(range(len(EXCHANGES)))
    for exchange, recorded in zip(read, EXCHANGES, strict=True):
        assert (exchange.method, exchange.url, exchange.status) == (
            recorded["method"],
            recorded["url"],
            recorded["status"],
        )
        # Bodies as text, whatever the recorder did with them (base64 in HAR, gzip in vcrpy).
        assert json.loads(exchange.response_body or "null") == recorded["answer"]
        body = json.loads(exchange.request_body) if exchange.request_body else None
        assert body == recorded["body"]
        assert exchange.request_header("apikey") == API_KEY
        assert exchange.where == f"{path}#{exchange.index}"


def test_a_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    files = write_all(tmp_path / "deep" / "er")
    (tmp_path / "notes.txt").write_text("not a recording, not read")
    (tmp_path / ".hidden.har").write_text("{broken")
    read = list(read_exchanges([tmp_path]))
    assert len(read) == 3 * len(EXCHANGES)
    assert [x.file for x in read[:: len(EXCHANGES)]] == sorted(str(p) for p in files.values())


def test_an_indented_cassette_and_an_empty_one(tmp_path: Path) -> None:
    cassette = tmp_path / "indented.yaml"
    cassette.write_text(
        "---\nversion: 2\ninteractions:\n"
        "  # a comment at the item's column\n"
        "  - request:\n      url: https://h/ver1/deals\n      method: GET\n      body: |\n        - not an item\n"
        "    response:\n      code: 200\n      body: '[]'\n"
        "  - request: {url: 'https://h/ver1/deals?limit=1', method: GET}\n    response: {code: 204}\n"
        "recorded_at: later\n"
    )
    read = list(read_recording(cassette))
    assert [(x.url, x.status) for x in read] == [
        ("https://h/ver1/deals", 200),
        ("https://h/ver1/deals?limit=1", 204),
    ]
    assert read[0].request_body == "- not an item\n"
    empty = tmp_path / "empty.yaml"
    empty.write_text("interactions: []\nversion: 1\n")
    assert list(read_recording(empty)) == []


BROKEN = {
    "truncated.har": (
        '{"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "' + API_KEY,
        "entry 0",
    ),
    "entry.har": (
        '{"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}}',
        "entry 0",
    ),
    "broken.yaml": (
        f"interactions:\n- request:\n    uri: https://h/x?api_key={API_KEY}\n    method: GET\n  response:\n    status: {{code: [\n",
        "7",  # where the parser gave up: the end of the file
    ),
    "status.yaml": (
        "interactions:\n- request: {uri: 'https://h/x', method: GET}\n  response: {status: {code: 999}}\n",
        "2",
    ),
    "other.json": ('{"openapi": "3.1.0"}', "1"),
    "other.yaml": ("openapi: 3.1.0\npaths: {}\n", "1"),
    "latin1.yaml": (b"interactions:\n- request: {uri: '\xe9'}\n", "2"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_an_unreadable_recording_is_a_located_error(tmp_path: Path, name: str) -> None:
    content, where = BROKEN[name]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(RecordingError) as raised:
        list(read_recording(path))
    assert (raised.value.file, raised.value.where) == (str(path), where)
    assert API_KEY not in str(raised.value)


def test_the_command_exits_2_on_an_unreadable_recording_and_writes_nothing(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.yaml")
    good = write_all(tmp_path / "good")["har"]
    bad = tmp_path / "bad.har"
    bad.write_text(BROKEN["truncated.har"][0])
    overlay = tmp_path / "fix.yaml"
    ran = generator_cli("answers", spec, good, bad, "--overlay-out", overlay)
    assert ran.returncode == 2, ran.stderr
    assert ran.stdout == ""
    assert f"{bad}:entry 0: error:" in ran.stderr
    assert not overlay.exists()
    for secret in SECRETS:
        assert secret not in ran.stderr


def test_a_missing_recording_and_an_unreadable_spec_exit_2(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.yaml")
    ran = generator_cli("answers", spec, tmp_path / "nowhere.har")
    assert ran.returncode == 2 and "nowhere.har: error: no such recording" in ran.stderr
    (tmp_path / "bad.yaml").write_text("openapi: [\n")
    recording = write_all(tmp_path / "r")["har"]
    ran = generator_cli("answers", tmp_path / "bad.yaml", recording)
    assert ran.returncode == 2 and "cannot read the spec" in ran.stderr


@pytest.mark.parametrize("form", FORMATS)
def test_recordings_are_streamed_one_exchange_at_a_time(tmp_path: Path, form: str) -> None:
    """The first exchange comes out before the reader has seen the rest of the file: a file
    whose tail is broken still yields its head first (what holds memory to one exchange;
    bench/answers_bench.py measures the memory itself)."""
    path = write_all(tmp_path, EXCHANGES[:2])[form]
    text = path.read_text()
    cut = text.index("ver1/deals?from")  # inside the second exchange
    path.write_text(text[:cut] + ("\u0000{[" if form == "har" else "\n  - ]: [\n"))
    exchanges = read_recording(path)
    assert next(exchanges).url == EXCHANGES[0]["url"]
    with pytest.raises(RecordingError):
        next(exchanges)
