"""Issue 5 through the ``geomap`` command: names beyond the gazetteer, online geocoders against a
real HTTP server on 127.0.0.1 (tests/geoserver.py), the user's places, and sharing the cache.

geopy is never monkeypatched: it sends real requests over a real socket; only the server
misbehaves. Runs are in-process (CliRunner) except where real processes are the point.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from geoserver import DROP, HANG, MALFORMED, SAMPLE_PLACES, Fault, GeoServer

from geomap.cache import CACHE_FILE, Cache

REPO = Path(__file__).resolve().parent.parent
UA = "geomap-tests/1.0"

#: Two names the gazetteer lacks (the server knows both) and one nobody knows, each in a
#: place-like context; Syria gives the country hint.
STORY = (
    "Shelling was reported near Eastern Qalbun in Syria on Monday. Aid was stored in the town "
    "of Atmuz. Later the village of Tell Nowhere was hit.\n"
)


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def online(server, *extra, service="nominatim", timeout=1):
    """The options that point geomap at the local server, without any delay between requests."""
    args = ["--geocoder", service, "--geocoder-domain", server.domain, "--geocoder-scheme", "http",
            "--timeout", timeout]
    if service == "nominatim":
        args += ["--user-agent", UA, "--min-delay", "0"]
    return [*args, *extra]


def toponyms(result):
    """name -> (lat, lon) of a ``--format jsonl`` run's output (``None`` for unresolved)."""
    out = {}
    for line in result.stdout.splitlines():
        for t in json.loads(line)["toponyms"]:
            out[t["name"]] = None if t["lat"] is None else (t["lat"], t["lon"])
    return out


def entries(cache_dir, service="nominatim"):
    """The cache's entries of ``service``: query -> value."""
    with Cache.open(cache_dir) as cache:
        return {e.query: e.value for e in cache if e.service == service}


# -- names beyond the gazetteer, offline ----------------------------------------------------------


def test_offline_context_names_are_listed_as_unresolved_in_every_format(run, story):
    table = run("places", story)
    assert table.exit_code == 0
    assert table.stdout.splitlines()[-1] == "unresolved: Atmuz, Eastern Qalbun, Tell Nowhere"
    found = toponyms(run("places", story, "--format", "jsonl"))
    assert list(found) == ["Eastern Qalbun", "Syria", "Atmuz", "Tell Nowhere"]
    assert [name for name, where in found.items() if where is None] == ["Eastern Qalbun", "Atmuz", "Tell Nowhere"]
    geojson = json.loads(run("places", story, "--format", "geojson").stdout)
    assert geojson["properties"]["unresolved"] == ["Atmuz", "Eastern Qalbun", "Tell Nowhere"]
    rows = list(csv.DictReader(io.StringIO(run("places", story, "--format", "csv").stdout)))
    assert [(r["name"], r["lat"]) for r in rows if not r["lat"]] == [
        ("Eastern Qalbun", ""), ("Atmuz", ""), ("Tell Nowhere", "")]
    doc = json.loads(run("places", story, "--format", "json").stdout)
    assert [t["name"] for t in doc["articles"][0]["toponyms"] if t["lat"] is None] == [
        "Eastern Qalbun", "Atmuz", "Tell Nowhere"]
    result = run("map", story)
    assert result.exit_code == 0 and result.stdout.startswith("1 place, 4 mentions in 1 article")


# -- online: a normal run, then the cache ---------------------------------------------------------


def test_nominatim_maps_context_names_and_a_second_run_asks_nothing(run, story, geoserver):
    first = run("places", story, "--format", "jsonl", *online(geoserver))
    assert first.exit_code == 0, first.output
    places = toponyms(first)
    lat, lon, _, _ = SAMPLE_PLACES["Eastern Qalbun"]
    assert places["Eastern Qalbun"] == (lat, lon)
    assert places["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert places["Tell Nowhere"] is None  # the service has no such place
    assert first.stderr == "geomap: nominatim: 2 found, 1 not found (3 requests)\n"
    # only the context names were asked, never Syria, and with the article's country as a hint
    assert sorted(r.query for r in geoserver.requests) == ["Atmuz", "Eastern Qalbun", "Tell Nowhere"]
    assert {r.params.get("countrycodes") for r in geoserver.requests} == {"sy"}

    second = run("map", story, *online(geoserver))
    assert second.exit_code == 0
    assert geoserver.count() == 3  # every answer, "not found" included, came from the cache
    assert second.stdout.startswith("3 places, 4 mentions in 1 article")
    assert second.stderr == "geomap: nominatim: 2 found, 1 not found (0 requests)\n"


def test_photon_works_the_same_way(run, story, geoserver):
    result = run("places", story, "--format", "jsonl", *online(geoserver, service="photon"))
    assert result.exit_code == 0
    assert toponyms(result)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert {r.path for r in geoserver.requests} == {"/api"}


def test_offline_sends_no_request_and_answers_from_the_cache(run, story, geoserver):
    fresh = run("places", story, "--format", "jsonl", *online(geoserver, "--offline"))
    assert fresh.exit_code == 0
    assert geoserver.count() == 0
    assert toponyms(fresh)["Atmuz"] is None
    assert fresh.stderr == "geomap: nominatim: 0 found, 0 not found, 3 not in the cache (offline)\n"

    run("places", story, *online(geoserver))  # fills the cache
    asked = geoserver.count()
    cached = run("places", story, "--format", "jsonl", "--geocoder", "nominatim", "--offline")
    assert cached.exit_code == 0  # offline needs no user agent: nothing is sent
    assert geoserver.count() == asked
    assert toponyms(cached)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]


def test_the_default_sends_nothing(run, story, geoserver):
    result = run("places", story, "--geocoder-domain", geoserver.domain)
    assert result.exit_code == 0 and geoserver.count() == 0 and result.stderr == ""


# -- faults: the run finishes, one line per name, only complete answers cached ---------------------


FAULTS = {
    "429": Fault.http(429, retry_after="60"),  # longer than geomap waits out
    "500": Fault.http(500),
    "timeout": HANG,
    "malformed": MALFORMED,
    "dropped": DROP,
    "wrong shape": Fault.json([{"display_name": "Atmuz"}]),
}


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_fault_costs_one_line_and_one_name(run, story, geoserver, cache_dir, fault, strict):
    geoserver.fail("Atmuz", fault)
    result = run("places", story, "--format", "jsonl", *online(geoserver, timeout=0.3),
                 *(["--strict"] if strict else []))
    assert result.exit_code == (1 if strict else 0)
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("geomap: Atmuz: nominatim"), lines[0]
    assert lines[1] == "geomap: nominatim: 1 found, 1 not found, 1 failed (3 requests)"
    places = toponyms(result)
    assert places["Atmuz"] is None and places["Eastern Qalbun"] is not None
    # no failure stored as "not found": the cache holds only the complete answers
    assert set(entries(cache_dir)) == {"eastern qalbun [sy]", "tell nowhere [sy]"}

    geoserver.heal()  # the next run asks the failed name again, and only that one
    again = run("places", story, "--format", "jsonl", *online(geoserver))
    assert again.exit_code == 0 and toponyms(again)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert [r.query for r in geoserver.requests[3:]] == ["Atmuz"]


def test_a_429_with_a_short_retry_after_is_waited_out(run, story, geoserver):
    geoserver.fail("Atmuz", Fault.http(429, retry_after="0"), times=1)
    result = run("places", story, "--format", "jsonl", *online(geoserver))
    assert result.exit_code == 0 and toponyms(result)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert geoserver.count("Atmuz") == 2


def test_the_server_dying_mid_run(run, story, geoserver, cache_dir):
    geoserver.fail("Atmuz", HANG)

    def kill_when_atmuz_is_asked():
        deadline = time.monotonic() + 10
        while geoserver.count("Atmuz") == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        geoserver.stop()  # the hanging request is cut off; later ones are refused

    killer = threading.Thread(target=kill_when_atmuz_is_asked)
    killer.start()
    result = run("map", story, *online(geoserver, timeout=5))
    killer.join()
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:-1]] == ["Atmuz", "Tell Nowhere"], result.stderr
    assert "unreachable" in lines[1]
    assert result.stdout.startswith("2 places, 4 mentions")  # Syria and Eastern Qalbun
    assert set(entries(cache_dir)) == {"eastern qalbun [sy]"}


def test_a_dead_service_is_given_up_on_and_the_run_still_finishes(run, tmp_path, geoserver):
    geoserver.stop()
    folder = tmp_path / "many"
    folder.mkdir()
    extra = _invented_names(4)
    for n, name in enumerate(extra):  # the same names in every article, and one of its own
        (folder / f"{n}.txt").write_text(f"{STORY}The village of {name} was hit too.", encoding="utf-8")
    result = run("places", folder, *online(geoserver, "--strict"))
    assert result.exit_code == 1
    *lines, summary = result.stderr.splitlines()
    # one line per name, not per article; after three silences in a row, nothing more is sent
    assert [line.split(":")[1].strip() for line in lines] == ["Eastern Qalbun", "Atmuz", "Tell Nowhere", *extra]
    assert all("is unreachable" in line for line in lines[:3])
    assert all(line.endswith(": skipped: nominatim did not answer 3 times in a row") for line in lines[3:])
    assert summary == "geomap: nominatim: 0 found, 0 not found, 7 failed (3 requests)"


# -- settings that are wrong are usage errors -------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["--geocoder", "nominatim"], "nominatim requires --user-agent"),
    (["--geocoder", "nominatim", "--user-agent", " "], "nominatim requires --user-agent"),
    (["--geocoder", "no-such-service"], "unknown geocoder 'no-such-service'"),
    (["--geocoder", "nominatim", "--user-agent", UA, "--min-delay", "0.2"], "at most one request a second"),
    (["--geocoder-option", "api_key"], "is not KEY=VALUE"),
    (["--prefer-country", "XX"], "not an ISO 3166-1 alpha-2 country code"),
    (["--ignore", "@missing.txt"], "missing.txt: no such file"),
    (["--places", "missing.csv"], "missing.csv: no such file"),
    (["--timeout", "0"], "--timeout"),
])
def test_usage_errors(run, story, geoserver, args, message):
    result = run("places", story, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert geoserver.count() == 0


def test_the_user_agent_may_come_from_the_environment(run, story, geoserver, monkeypatch):
    monkeypatch.setenv("GEOMAP_USER_AGENT", UA)
    result = run("places", story, "--geocoder", "nominatim", "--geocoder-domain", geoserver.domain,
                 "--geocoder-scheme", "http", "--min-delay", "0")
    assert result.exit_code == 0
    assert geoserver.count() == 3


# -- two real processes, one cache ----------------------------------------------------------------


def _invented_names(count):
    syllables = ["ka", "zu", "mer", "tol", "vish", "ran", "dor", "pel"]
    combos = itertools.islice(itertools.product(syllables, repeat=3), 0, 13 * count, 13)
    return ["".join(c).capitalize() for c in combos]


def test_two_geomap_processes_share_one_cache_directory(tmp_path, make_cache_dir):
    names = _invented_names(30)
    folder = make_cache_dir(tmp_path / "shared")
    articles = []
    for n, part in enumerate((names[:20], names[10:])):  # ten names in both
        path = tmp_path / f"article{n}.txt"
        path.write_text(" ".join(f"Shells hit the village of {name}." for name in part), encoding="utf-8")
        articles.append(path)
    places = {name: (30.0 + i / 10, 40.0 + i / 10, "sy", "Somewhere") for i, name in enumerate(names)}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    env.pop("GEOMAP_CACHE_DIR", None)
    with GeoServer(places) as server:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "geomap", "places", str(path), "--format", "jsonl",
                 "--cache-dir", str(folder), *map(str, online(server, timeout=5))],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
            for path in articles
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        found = {t["name"]: t["lat"] for t in json.loads(out)["toponyms"]}
        assert len(found) == 20 and None not in found.values(), err
    conn = sqlite3.connect(folder / CACHE_FILE)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    stored = entries(folder)
    assert len(stored) == 30
    assert all(value is not None and value["country"] == "SY" for value in stored.values())


# -- the user's places, names to ignore, preferred countries --------------------------------------


def test_user_places_from_csv_win_over_the_gazetteer_and_are_never_asked(run, tmp_path, geoserver):
    (tmp_path / "mine.csv").write_text(
        "name,lat,lon,country,kind,aliases\n"
        "Atmuz,36.2,36.7,SY,camp,Atma|Atmuz camp\n"
        "Aleppo,36.0,37.0,SY,office,\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Aid left Aleppo for Atma. The town of Atmuz was calm.", encoding="utf-8")
    result = run("places", story, "--format", "jsonl", "--places", "mine.csv", *online(geoserver))
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)["toponyms"]
    assert [(t["name"], t["lat"], t["lon"], t["feature"]) for t in records] == [
        ("Aleppo", 36.0, 37.0, "custom"), ("Atma", 36.2, 36.7, "custom"), ("Atmuz", 36.2, 36.7, "custom")]
    assert "(camp)" in records[1]["reason"]
    assert geoserver.count() == 0


def test_user_places_from_geojson(run, tmp_path):
    (tmp_path / "mine.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.45, 33.52]},
         "properties": {"name": "Eastern Qalbun", "country": "sy", "kind": "region", "aliases": ["Qalbun"]}},
    ]}), encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Shelling hit Qalbun and Eastern Qalbun.", encoding="utf-8")
    result = run("places", story, "--format", "jsonl", "--places", "mine.geojson")
    assert toponyms(result) == {"Qalbun": (33.52, 36.45), "Eastern Qalbun": (33.52, 36.45)}


@pytest.mark.parametrize("content, message", [
    ("name,lat\nA,1\n", "missing lon"),
    ("name,lat,lon\nA,north,2\n", "mine.csv:2: A: lat and lon must be numbers"),
    ("name,lat,lon\nA,100,2\n", "lat must be within"),
    ("name,lat,lon,country\nA,1,2,Syria\n", "not an ISO 3166-1 alpha-2"),
    ('{"type": "FeatureCollection", "features": [{"geometry": {"type": "Polygon"}}]}', "feature 1: not a Point"),
    ("name,lat,lon\n", "no places in the file"),
])
def test_a_bad_places_file_is_a_usage_error_naming_the_line(run, tmp_path, content, message):
    (tmp_path / "mine.csv").write_text(content, encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Aleppo.", encoding="utf-8")
    result = run("places", story, "--places", "mine.csv")
    assert result.exit_code == 2
    assert message in result.stderr


def test_ignore_by_name_and_from_a_file(run, story, tmp_path, geoserver):
    (tmp_path / "skip.txt").write_text("# names we never map\nsyria\n\nTell Nowhere\n", encoding="utf-8")
    result = run("places", story, "--format", "jsonl", "--ignore", "Atmuz", "--ignore", "@skip.txt",
                 *online(geoserver))
    assert result.exit_code == 0
    assert list(toponyms(result)) == ["Eastern Qalbun"]
    assert [r.query for r in geoserver.requests] == ["Eastern Qalbun"]


def test_prefer_country_biases_ambiguous_names_only(run, tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Talks in Paris and Georgia; Jordan objected.", encoding="utf-8")
    plain = json.loads(run("places", story, "--format", "jsonl").stdout)["toponyms"]
    assert [t["country"] for t in plain] == ["FR", "GE", "JO"]
    result = run("places", story, "--format", "jsonl", "--prefer-country", "us")
    biased = json.loads(result.stdout)["toponyms"]
    # a town in a preferred country wins; a country's own name never becomes a town's
    assert [(t["country"], t["feature"]) for t in biased] == [("US", "city"), ("US", "admin1"), ("JO", "country")]
    # a preferred town too small to stand on its own, with nothing pointing to it, gives way
    story.write_text("Kabul agreed.", encoding="utf-8")
    alone = json.loads(run("places", story, "--format", "jsonl", "--prefer-country", "US").stdout)["toponyms"]
    assert [t["country"] for t in alone] == ["AF"]
    assert "US is a preferred country" in biased[0]["reason"]


# -- sharing the cache ------------------------------------------------------------------------------


def test_cache_export_import_round_trip(run, story, geoserver, tmp_path, make_cache_dir):
    run("places", story, *online(geoserver))
    exported = run("cache", "export", "-o", "answers.jsonl", "--service", "nominatim")
    assert exported.exit_code == 0 and exported.stderr == "exported 3 entries -> answers.jsonl\n"
    lines = [json.loads(line) for line in (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(e["service"], e["query"], e["value"] is None) for e in lines} == {
        ("nominatim", "atmuz [sy]", False), ("nominatim", "eastern qalbun [sy]", False),
        ("nominatim", "tell nowhere [sy]", True)}
    assert run("cache", "export").stdout.count("\n") > 3  # all services to stdout

    other = make_cache_dir(tmp_path / "colleague")
    imported = run("cache", "import", "answers.jsonl", "--cache-dir", other)
    assert imported.exit_code == 0 and imported.stdout == "imported 3 entries\n"
    assert run("cache", "import", "answers.jsonl", "--cache-dir", other).stdout == "imported 0 entries\n"
    asked = geoserver.count()
    result = run("places", story, "--format", "jsonl", "--cache-dir", other, *online(geoserver))
    assert toponyms(result)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert geoserver.count() == asked  # the colleague's run sent nothing


def test_cache_import_of_a_bad_file_stores_nothing(run, tmp_path, cache_dir):
    (tmp_path / "bad.jsonl").write_text('{"service": "nominatim", "query": "a", "value": null}\n{oops\n',
                                        encoding="utf-8")
    result = run("cache", "import", "bad.jsonl")
    assert result.exit_code == 1
    assert result.stderr.startswith("geomap: bad.jsonl: line 2: not a cache entry")
    assert entries(cache_dir) == {}


def test_a_shared_answer_serves_the_same_name_whatever_other_countries_the_article_names(
        run, story, geoserver, tmp_path, make_cache_dir):
    """Issue 15: answers are keyed by name, service and the country hint sent; an answer found
    under one hint serves another article whose hint holds the answer's country."""
    run("places", story, *online(geoserver))
    assert run("cache", "export", "-o", "answers.jsonl", "--service", "nominatim").exit_code == 0
    colleague = make_cache_dir(tmp_path / "colleague")
    assert run("cache", "import", "answers.jsonl", "--cache-dir", colleague).exit_code == 0
    other = tmp_path / "other.txt"
    other.write_text("Ministers from France and Georgia visited Syria. Aid was stored in the town of Atmuz.\n",
                     encoding="utf-8")
    asked = geoserver.count()
    result = run("places", other, "--format", "jsonl", "--cache-dir", colleague, *online(geoserver))
    assert toponyms(result)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    assert geoserver.count() == asked  # "atmuz [sy]" answered "atmuz [fr,ge,sy]": nothing sent
    # offline too
    offline = run("places", other, "--format", "jsonl", "--cache-dir", colleague, "--geocoder", "nominatim",
                  "--offline")
    assert toponyms(offline)["Atmuz"] == SAMPLE_PLACES["Atmuz"][:2]
    # an article none of whose countries holds the answer's place asks the service itself
    french = tmp_path / "french.txt"
    french.write_text("Officials in France said aid was stored in the town of Atmuz.\n", encoding="utf-8")
    run("places", french, "--format", "jsonl", "--cache-dir", colleague, *online(geoserver))
    assert [r.query for r in geoserver.requests[asked:]] == ["Atmuz"]
    assert geoserver.requests[-1].params.get("countrycodes") == "fr"
    # and "not found" is never borrowed from another hint: the name is asked within these countries
    nowhere = tmp_path / "nowhere.txt"
    nowhere.write_text("In Turkey, the village of Tell Nowhere was hit.\n", encoding="utf-8")
    before = geoserver.count()
    run("places", nowhere, "--format", "jsonl", "--cache-dir", colleague, *online(geoserver))
    assert geoserver.count() == before + 1
