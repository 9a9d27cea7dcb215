"""A geocoder that misbehaves (issue 14): a slow drip, out-of-range answers, and runs that
start together on a cold cache. geopy talks to a real server on 127.0.0.1 (tests/geoserver.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from geoserver import Fault, GeoServer

from geomap.cli import cli

REPO = Path(__file__).resolve().parent.parent
UA = "geomap-tests/1.0"
STORY = ("Shelling was reported near Eastern Qalbun in Syria on Monday. Aid was stored in the town "
         "of Atmuz.\n")


def online(server, timeout):
    return ["--geocoder", "nominatim", "--geocoder-domain", server.domain, "--geocoder-scheme", "http",
            "--timeout", str(timeout), "--user-agent", UA, "--min-delay", "0"]


@pytest.fixture
def run(cache_dir, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")

    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


def _found(stdout):
    return {t["name"]: t["lat"] for t in json.loads(stdout)["toponyms"]}


@pytest.mark.parametrize("timeout", [1, 2])
def test_a_slow_drip_is_cut_at_the_deadline(run, geoserver, timeout):
    """Each byte comes within the read timeout; only a deadline for the whole answer ends it."""
    geoserver.fail("Atmuz", Fault.drip(0.25))
    started = time.monotonic()
    result = run("places", "story.txt", "--format", "jsonl", *online(geoserver, timeout))
    took = time.monotonic() - started
    assert took < timeout + 3, f"{took:.1f} s for a {timeout} s deadline"
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == f"geomap: Atmuz: nominatim did not answer in time (no whole answer within {timeout:g} s)"
    assert lines[1] == "geomap: nominatim: 1 found, 0 not found, 1 failed (2 requests)"
    found = _found(result.stdout)
    assert found["Atmuz"] is None and found["Eastern Qalbun"] is not None


def test_a_drip_faster_than_the_deadline_is_an_answer(run, geoserver):
    geoserver.fail("Atmuz", Fault.drip(0.002))  # the whole answer in about a second
    result = run("places", "story.txt", "--format", "jsonl", *online(geoserver, 5))
    assert result.exit_code == 0 and _found(result.stdout)["Atmuz"] == pytest.approx(36.2156)


@pytest.mark.parametrize("lat, lon, line", [
    ("95.5", "200.0", "nominatim sent an answer geomap cannot read (ValueError('Latitude must be in the "
                      "[-90; 90] range.'))"),
    ("36.2", "200.0", "nominatim: answer for 'Atmuz' has no valid coordinates (36.2, 200.0)"),
])
def test_an_out_of_range_answer_fails_in_one_line_with_no_geopy_warning(cache_dir, tmp_path, geoserver, lat, lon,
                                                                         line):
    """geopy warns about (and wraps) a longitude out of range, in lines of its own on stderr:
    so geomap runs as a process of its own here, whose stderr is all a user would see."""
    geoserver.fail("Atmuz", Fault.json([{"lat": lat, "lon": lon, "display_name": "Atmuz, Syria",
                                         "address": {"country_code": "sy"}}]))
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GEOMAP_CACHE_DIR", None)
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run([sys.executable, "-m", "geomap", "places", "story.txt", "--format", "jsonl",
                           "--cache-dir", str(cache_dir), *online(geoserver, 5)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert proc.stderr.splitlines() == [f"geomap: Atmuz: {line}",
                                        "geomap: nominatim: 1 found, 0 not found, 1 failed (2 requests)"]


def test_runs_started_together_on_a_cold_cache_ask_each_name_once(tmp_path, make_cache_dir):
    names = [f"Kafr {s}" for s in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta",
                                   "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi")]
    places = {name: (30.0 + i / 10, 40.0 + i / 10, "sy", "Somewhere") for i, name in enumerate(names)}
    folder = make_cache_dir(tmp_path / "shared")
    articles = []
    for n in range(4):  # every article names every place, in its own order
        order = names[n * 4:] + names[: n * 4]
        path = tmp_path / f"article{n}.txt"
        path.write_text(" ".join(f"Shells hit the village of {name}." for name in order), encoding="utf-8")
        articles.append(path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GEOMAP_CACHE_DIR", None)
    with GeoServer(places) as server:
        procs = [subprocess.Popen([sys.executable, "-m", "geomap", "places", str(path), "--format", "jsonl",
                                   "--cache-dir", str(folder), *online(server, 5)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path) for path in articles]
        outputs = [p.communicate(timeout=120) for p in procs]
        counts = {name: server.count(name) for name in names}
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        assert all(lat is not None for lat in _found(out).values()) and len(_found(out)) == len(names)
    assert counts == {name: 1 for name in names}  # 16 names, 16 requests, whatever the timing
