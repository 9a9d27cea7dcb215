"""Runs killed at any moment (issue 14): SIGKILL at chosen and random points of ``map``,
``places -o`` and ``cache import``. A killed run never leaves a half file or a damaged cache,
and the next run removes the temporary files it left.

The kill points are a fixed seed's random fractions of a clean run's duration, plus "the
moment the temporary output file appears" (found by polling), so the test is the same every
time and still hits the write itself.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.cache import CACHE_FILE

REPO = Path(__file__).resolve().parent.parent
STORY = "ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed. Moscow said nothing.\n"


def _env():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GEOMAP_CACHE_DIR", None)
    return env


def _start(args, cwd):
    return subprocess.Popen([sys.executable, "-m", "geomap", *map(str, args)], cwd=cwd, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)


def _kill_at(args, cwd, *, after=None, when_exists=None, limit=60.0):
    """Start geomap, SIGKILL it ``after`` seconds, or as soon as a file matching the glob
    ``when_exists`` appears; return whether it was killed (not already finished)."""
    proc = _start(args, cwd)
    started = time.monotonic()
    try:
        while proc.poll() is None:
            now = time.monotonic() - started
            hit = when_exists is not None and any(Path(cwd).glob(when_exists))
            if hit or (after is not None and now >= after) or now > limit:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.001 if when_exists else 0.005)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _timed(args, cwd):
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "geomap", *map(str, args)], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - started, proc


def _points(duration, seed):
    rng = random.Random(seed)
    return sorted(rng.uniform(0.15, 0.95) * duration for _ in range(3))


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": STORY * (1 + n % 5)}) + "\n" for n in range(400)),
                    encoding="utf-8")
    return path


def _same(a: bytes, b: bytes) -> bool:
    """Whether two outputs are the same (folium names a map's elements with random ids)."""
    ids = re.compile(rb"_[0-9a-f]{32}(?![0-9a-f])")
    return ids.sub(b"_ID", a) == ids.sub(b"_ID", b)


def _leftovers(folder):
    return sorted(p.name for p in Path(folder).glob(".*.tmp"))


@pytest.mark.parametrize("command", ["map", "places"])
def test_a_killed_run_leaves_the_old_output_or_none_never_half_of_one(command, corpus, cache_dir, tmp_path):
    out = tmp_path / "out" / ("map.html" if command == "map" else "places.jsonl")
    args = [command, corpus, "-o", out, "--cache-dir", cache_dir, "-j", "1"]
    if command == "places":
        args += ["--format", "jsonl"]
    _timed(args, tmp_path)  # a first run compiles and warms what later runs find ready
    duration, _ = _timed(args, tmp_path)  # so the kill points are fractions of a warm run
    whole = out.read_bytes()
    out.unlink()
    killed = 0
    for point in [None, *_points(duration, seed=14)]:
        if point is None:  # the moment the temporary file appears: the write itself
            killed += _kill_at(args, tmp_path, when_exists=f"out/.{out.name}.geomap-*.tmp")
        else:
            killed += _kill_at(args, tmp_path, after=point)
        assert not out.exists() or _same(out.read_bytes(), whole)  # never a half file
    assert killed >= 3
    _timed(args, tmp_path)  # the next run writes the output and removes what killed runs left
    assert _same(out.read_bytes(), whole)
    assert _leftovers(out.parent) == []


def test_a_killed_cache_import_stores_all_of_the_file_or_nothing(make_cache_dir, tmp_path):
    lines = [json.dumps({"service": "nominatim", "query": f"village number {n}", "updated": 1.0,
                         "value": {"geonameid": 0, "name": f"V{n}", "lat": 30 + n / 1e4, "lon": 40.0}})
             for n in range(40_000)]
    answers = tmp_path / "answers.jsonl"
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    duration, _ = _timed(["cache", "import", answers, "--cache-dir", make_cache_dir(tmp_path / "clean")], tmp_path)
    counts = []
    for n, point in enumerate(_points(duration, seed=140)):
        target = make_cache_dir(tmp_path / f"killed{n}")
        _kill_at(["cache", "import", answers, "--cache-dir", target], tmp_path, after=point)
        conn = sqlite3.connect(target / CACHE_FILE)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            counts.append(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
        except sqlite3.OperationalError:  # killed before the cache file had its tables
            counts.append(0)
        finally:
            conn.close()
    assert set(counts) <= {0, len(lines)}, counts  # one transaction: all or nothing
    _, proc = _timed(["cache", "import", answers, "--cache-dir", target], tmp_path)
    assert proc.stdout == f"imported {len(lines) - counts[-1]} entries\n"
    _, info = _timed(["cache", "info", "--cache-dir", target], tmp_path)
    assert f"nominatim: {len(lines)}" in info.stdout


def test_the_next_run_removes_what_dead_runs_left_and_leaves_live_ones_alone(tmp_path, cache_dir):
    from geomap.atomic import temp_path

    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    left = out / f".map.html.geomap-{dead_pid}-0badc0de.tmp"
    left.write_text("half a map")
    live = temp_path(out / "map.html")  # this (live) test process's own
    live.write_text("being written")
    other = out / f".notes.txt.geomap-{dead_pid}-0badc0de.tmp"  # another file's: not this write's business
    other.write_text("x")
    index_left = cache_dir / f".gazetteer-x.sqlite.geomap-{dead_pid}-0badc0de.tmp"
    index_left.write_text("half an index")
    _timed(["map", "story.txt", "-o", out / "map.html", "--cache-dir", cache_dir], tmp_path)
    assert not left.exists() and live.exists() and other.exists()
    assert not index_left.exists()  # the cache folder is swept when the cache is opened
