"""geomap.cache: the SQLite key -> JSON store."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geomap.cache import (
    CACHE_FILE,
    SCHEMA_VERSION,
    Cache,
    CacheInfo,
    Lookup,
    normalise_query,
    place_from_dict,
    place_to_dict,
)
from geomap.errors import CacheError
from geomap.models import Place

REPO = Path(__file__).resolve().parents[1]
ALEPPO = Place(170063, "Aleppo", 36.20124, 37.16117, "SY", "city", 1602264, "Aleppo")


@pytest.fixture
def cache(tmp_path):
    with Cache.open(tmp_path / "cache") as c:
        yield c


def test_open_creates_folder_and_file(tmp_path):
    folder = tmp_path / "a" / "b"
    with Cache.open(folder) as cache:
        assert cache.path == folder / CACHE_FILE
    assert (folder / CACHE_FILE).is_file()


def test_never_asked_is_none_and_not_found_is_a_lookup(cache):
    assert cache.get("nominatim", "Kafr Nabl") is None
    cache.put("nominatim", "Kafr Nabl", None)
    hit = cache.get("nominatim", "Kafr Nabl")
    assert isinstance(hit, Lookup)
    assert hit.value is None and not hit.found


def test_put_then_get_round_trips_json(cache):
    value = {"name": "Kafr Nabl", "lat": 35.6, "lon": 36.56, "tags": ["a", "ü"]}
    cache.put("nominatim", "Kafr Nabl", value)
    hit = cache.get("nominatim", "Kafr Nabl")
    assert hit.found and hit.value == value and hit.service == "nominatim"


def test_put_replaces_older_answer(cache):
    cache.put("photon", "Atmuz", None)
    cache.put("photon", "Atmuz", {"lat": 1.0})
    assert cache.get("photon", "Atmuz").value == {"lat": 1.0}
    assert cache.info().entries == {"photon": 1}


@pytest.mark.parametrize("variant", ["kafr nabl", "  Kafr   Nabl ", "KAFR NABL", "Kafr\nNabl"])
def test_queries_are_normalised(cache, variant):
    cache.put("nominatim", "Kafr Nabl", {"lat": 1.0})
    assert cache.get("nominatim", variant).value == {"lat": 1.0}


def test_normalise_query_unicode_forms():
    assert normalise_query("Ku\u0308rt") == normalise_query("K\u00fcrt")  # NFD == NFC


def test_keys_are_per_service(cache):
    cache.put("nominatim", "Atmuz", {"lat": 1.0})
    assert cache.get("photon", "Atmuz") is None


def test_put_refuses_non_json_values(cache):
    with pytest.raises(CacheError):
        cache.put("x", "q", {"bad": object()})
    with pytest.raises(CacheError):
        cache.put("x", "q", {"nan": float("nan")})
    with pytest.raises(CacheError):
        cache.put("x", "q", ["not", "a", "dict"])  # type: ignore[arg-type]


def test_persists_across_opens(tmp_path):
    with Cache.open(tmp_path) as cache:
        cache.put("geonames", "170063", place_to_dict(ALEPPO))
    with Cache.open(tmp_path) as cache:
        assert place_from_dict(cache.get("geonames", "170063").value) == ALEPPO


def test_memory_cache_persists_nothing(tmp_path):
    for cache in (Cache.memory(), Cache(None)):
        with cache:
            cache.put("geonames", "1", {"a": 1})
            assert cache.get("geonames", "1").value == {"a": 1}
            info = cache.info()
            assert info.path is None and info.size == 0 and info.entries == {"geonames": 1}
    assert Cache.memory().get("geonames", "1") is None


def test_info_counts_entries_per_service_and_size(cache):
    for i in range(3):
        cache.put("geonames", str(i), {"i": i})
    cache.put("nominatim", "Atmuz", None)
    info = cache.info()
    assert isinstance(info, CacheInfo)
    assert info.entries == {"geonames": 3, "nominatim": 1}
    assert info.total == 4
    assert info.size > 0 and info.path == cache.path
    assert info.schema_version == SCHEMA_VERSION


def test_last_run_hits_and_misses_are_kept(tmp_path):
    with Cache.open(tmp_path) as cache:
        assert cache.info().last_hits is None
        cache.get("geonames", "1")  # miss
        cache.put("geonames", "1", {"a": 1})
        cache.get("geonames", "1")  # hit
        cache.get("geonames", "1")  # hit
        assert (cache.hits, cache.misses) == (2, 1)
    with Cache.open(tmp_path) as cache:  # e.g. `geomap cache info`: looks nothing up
        info = cache.info()
    assert (info.last_hits, info.last_misses) == (2, 1)
    with Cache.open(tmp_path) as cache:
        assert (cache.info().last_hits, cache.info().last_misses) == (2, 1)  # not overwritten by 0/0


def test_clear_all_or_one_service(cache):
    for service in ("geonames", "nominatim", "photon"):
        cache.put(service, "a", None)
        cache.put(service, "b", {"x": 1})
    assert cache.clear("nominatim") == 2
    assert cache.info().entries == {"geonames": 2, "photon": 2}
    assert cache.clear("nosuch") == 0
    assert cache.clear() == 4
    assert cache.info().entries == {}


def test_clear_gives_space_back(cache):
    for i in range(500):
        cache.put("geonames", str(i), {"padding": "x" * 200})
    big = cache.info().size
    cache.clear()
    assert cache.info().size < big


def test_export_import_round_trip(tmp_path):
    with Cache.open(tmp_path / "one") as one:
        one.put("nominatim", "Kafr Nabl", {"geonameid": 0, "lat": 35.6, "lon": 36.5, "name": "Kafr Nabl"})
        one.put("nominatim", "Nowhere", None)
        one.put("geonames", "170063", place_to_dict(ALEPPO))
        buffer = io.StringIO()
        assert one.export_jsonl(buffer) == 3
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert {tuple(sorted(line)) for line in lines} == {("query", "service", "updated", "value")}
    assert {"service": "nominatim", "query": "nowhere", "value": None} == {
        k: v for k, v in lines[-1].items() if k != "updated"
    }
    with Cache.open(tmp_path / "two") as two:
        assert two.import_jsonl(io.StringIO(buffer.getvalue())) == 3
        assert two.get("nominatim", "Kafr Nabl").value["lat"] == 35.6
        assert two.get("nominatim", "Nowhere").value is None
        assert two.import_jsonl(io.StringIO(buffer.getvalue())) == 0  # nothing newer


def _at(lat):
    return {"geonameid": 0, "name": "Atmuz", "lat": lat, "lon": 36.66}


def test_import_keeps_the_newer_entry(cache):
    cache.put("nominatim", "Atmuz", _at(2.0))
    old = json.dumps({"service": "nominatim", "query": "Atmuz", "value": _at(1.0), "updated": 1.0})
    assert cache.import_jsonl(io.StringIO(old + "\n")) == 0
    assert cache.get("nominatim", "Atmuz").value == _at(2.0)
    new = json.dumps({"service": "nominatim", "query": "Atmuz", "value": None, "updated": 4e9})
    assert cache.import_jsonl(io.StringIO(new + "\n")) == 1
    assert cache.get("nominatim", "Atmuz").value is None


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        '{"service": "x", "value": null}',
        '{"service": "", "query": "q", "value": null}',
        '{"service": "x", "query": "q", "value": [1]}',
        '{"service": "x", "query": "q", "value": null, "updated": "soon"}',
        # poisoned answers: a place with a latitude that is no number, or no name
        '{"service": "geonames", "query": "q", "value": {"geonameid": 1, "name": "X", "lat": "abc", "lon": 1}}',
        '{"service": "geonames", "query": "q", "value": {"geonameid": 1, "name": "X", "lat": NaN, "lon": 1}}',
        '{"service": "geonames", "query": "q", "value": {"geonameid": 1, "lat": 1, "lon": 1}}',
        '{"service": "x", "query": "q", "value": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
    ids=["not json", "no query", "empty service", "value a list", "updated a word", "lat a word", "lat NaN",
         "no name", "nested too deep"],
)
def test_import_rejects_bad_lines_naming_the_line_and_stores_nothing(cache, line):
    good = json.dumps({"service": "x", "query": "ok", "value": None, "updated": 1.0})
    with pytest.raises(CacheError, match=r"^line 2: not a cache entry"):
        cache.import_jsonl(io.StringIO(f"{good}\n{line}\n"))
    assert cache.info().entries == {}


@pytest.mark.parametrize("content", [b"this is not a database " * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_corrupt_file_is_moved_aside_and_a_new_cache_started(tmp_path, content):
    (tmp_path / CACHE_FILE).write_bytes(content)
    with Cache.open(tmp_path) as cache:
        [note] = cache.notes
        cache.put("x", "q", None)
        assert cache.get("x", "q") is not None
    [aside] = tmp_path.glob(CACHE_FILE + ".damaged-*")
    assert aside.read_bytes() == content  # kept as it was, for the user to look at
    assert "\n" not in note and note.startswith(f"{tmp_path / CACHE_FILE}: not a geomap cache (")
    assert note.endswith(f"moved aside to {aside.name}, a new cache is started")


def test_cache_dir_that_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(CacheError, match="file"):
        Cache.open(tmp_path / "file")


def test_newer_schema_is_refused(tmp_path):
    with Cache.open(tmp_path):
        pass
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(CacheError, match="newer geomap"):
        Cache.open(tmp_path)


def test_file_uses_wal_and_has_schema_version(tmp_path):
    with Cache.open(tmp_path):
        pass
    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    finally:
        conn.close()


def test_closed_cache_raises_cache_error(tmp_path):
    cache = Cache.open(tmp_path)
    cache.close()
    cache.close()  # twice is fine
    with pytest.raises(CacheError, match="closed"):
        cache.get("x", "y")


def test_damaged_value_counts_as_never_asked(tmp_path):
    with Cache.open(tmp_path) as cache:
        cache.put("x", "q", {"a": 1})
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = '{broken'")
    with Cache.open(tmp_path) as cache:
        assert cache.get("x", "q") is None


def test_place_dict_round_trip():
    data = place_to_dict(ALEPPO)
    assert json.loads(json.dumps(data)) == data
    assert place_from_dict(data) == ALEPPO
    assert place_from_dict({**data, "added_later": 1}) == ALEPPO


@pytest.mark.parametrize("bad", [{}, {"name": "x", "lat": "n/a", "lon": 1}, {"name": 3, "lat": 1, "lon": 1},
                                 {"name": "x", "lat": float("inf"), "lon": 1}])
def test_place_from_bad_dict(bad):
    with pytest.raises(CacheError, match="not a place"):
        place_from_dict(bad)


WRITER = textwrap.dedent(
    """
    import os, sys, time
    from geomap.cache import Cache
    folder, tag, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    while not os.path.exists(go):  # start together, so both create and write the fresh file at once
        time.sleep(0.005)
    with Cache.open(folder) as cache:
        for i in range(n):
            cache.put("geonames", f"{tag}-{i}", {"i": i, "tag": tag})
            cache.put("geonames", f"shared-{i}", {"i": i, "tag": tag})
            assert cache.get("geonames", f"{tag}-{i}").value == {"i": i, "tag": tag}
    print("done", tag)
    """
)


def test_two_processes_share_one_cache_directory(tmp_path):
    """Two real processes write to one fresh cache folder at once; both finish, nothing is lost."""
    folder = tmp_path / "shared"
    go = tmp_path / "go"
    n = 300
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), tag, str(n), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag in ("a", "b")
    ]
    go.touch()
    results = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert out.startswith("done")
    conn = sqlite3.connect(folder / CACHE_FILE)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Cache.open(folder) as cache:
        assert cache.info().entries == {"geonames": 3 * n}
        assert cache.get("geonames", "a-0").value == {"i": 0, "tag": "a"}
        assert cache.get("geonames", f"b-{n - 1}").value == {"i": n - 1, "tag": "b"}
        assert cache.get("geonames", "shared-7").value["tag"] in ("a", "b")


def test_place_to_dict_is_every_field_as_asdict_gives_it():
    """(``place_to_dict`` reads the fields directly, which is right only while each is a plain
    value: a new field holding a list or a dataclass must be converted as ``asdict`` would.)"""
    import dataclasses

    assert place_to_dict(ALEPPO) == dataclasses.asdict(ALEPPO)
    assert list(place_to_dict(ALEPPO)) == [f.name for f in dataclasses.fields(Place)]
    assert all(isinstance(v, (int, float, str)) for v in place_to_dict(ALEPPO).values())
    assert place_from_dict(json.loads(json.dumps(place_to_dict(ALEPPO)))) == ALEPPO
