"""Faults a long-lived install meets (issue 14): damaged, foreign, older or newer caches and
place indexes, poisoned cache entries, a full disk, a closed or full standard output.

Each ends the same way: one line on stderr naming the file, the right exit code (1 for a
fault the run survived), the rest of the work done, no traceback, no half-written file.
Disk-full cases run geomap on a small tmpfs mounted in a private mount namespace
(``unshare``); where no namespace can be made they fill a file size limit instead.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import geomap.gazetteer as gazetteer_mod
from geomap.cache import CACHE_FILE, SCHEMA_VERSION, Cache
from geomap.gazetteer import Gazetteer

from conftest import geomap_process

REPO = Path(__file__).resolve().parent.parent
STORY = "ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed.\n"
NAMES = ["ANKARA", "Ankara", "Aleppo", "Damascus"]


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _aside(folder, name):
    """The one file ``name`` was moved aside to (not its SQLite companions)."""
    [aside] = [p for p in Path(folder).glob(name + ".damaged-*") if not p.name.endswith(("-wal", "-journal"))]
    return aside


def _names(stdout):
    return [t["name"] for t in json.loads(stdout)["toponyms"]]


def _one_line(stderr, start):
    # building the index says so before and after (issue 15): those lines are progress, not faults
    lines = [line for line in stderr.splitlines()
             if not line.startswith(("geomap: building the place index", "geomap: place index built"))]
    assert len(lines) == 1, stderr
    assert lines[0].startswith(start), lines[0]
    assert "Traceback" not in stderr
    return lines[0]


# -- the geocoding cache: damaged, foreign, older, newer ------------------------------------------


def _sql(path, *statements):
    """Run ``statements`` on the SQLite file ``path`` and close it (its WAL checkpointed)."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _foreign_tables(path):
    _sql(path, "CREATE TABLE users (name TEXT, email TEXT)")


def _other_columns(path):
    _sql(path, "CREATE TABLE entries (k TEXT PRIMARY KEY, v TEXT)")


def _older_schema(path):
    with Cache(path):
        pass
    _sql(path, "UPDATE schema_version SET version = 0")


def _no_schema_version(path):  # what a geomap before schema versions would have left
    _sql(path, "CREATE TABLE entries (service TEXT NOT NULL, query TEXT NOT NULL, value TEXT, "
               "updated REAL NOT NULL, PRIMARY KEY (service, query)) WITHOUT ROWID")


def _truncated(path):
    with Cache(path) as cache:
        for n in range(2000):
            cache.put("nominatim", f"place {n}", {"geonameid": 0, "name": f"P{n}", "lat": 1.0, "lon": 2.0})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(b"\x00garbage, not SQLite\xff" * 500),
    lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(8000)),
    _foreign_tables, _other_columns, _older_schema, _no_schema_version, _truncated,
], ids=["garbage", "sqlite-header-garbage", "foreign-tables", "foreign-columns", "older-schema",
        "no-schema-version", "truncated"])
def test_a_bad_geocoding_cache_is_moved_aside_named_and_rebuilt(run, story, cache_dir, damage):
    path = cache_dir / CACHE_FILE
    damage(path)
    before = path.read_bytes()
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / CACHE_FILE}: not a geomap cache (")
    aside = _aside(cache_dir, CACHE_FILE)
    assert aside.read_bytes() == before and line.endswith(f"moved aside to {aside.name}, a new cache is started")
    assert _names(result.stdout) == NAMES
    again = run("places", story, "--format", "jsonl")
    assert (again.exit_code, again.stderr, again.stdout) == (0, "", result.stdout)


def test_a_newer_geomaps_cache_is_left_alone_and_the_run_goes_on_in_memory(run, story, cache_dir):
    path = cache_dir / CACHE_FILE
    with Cache(path):
        pass
    _sql(path, f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / CACHE_FILE}: written by a newer geomap")
    assert line.endswith("this run goes on with a cache in memory")
    assert _names(result.stdout) == NAMES
    assert path.read_bytes() == before and not list(cache_dir.glob("*.damaged-*"))


def _fill(path, n=3000):
    with Cache(path) as cache:
        for i in range(n):
            cache.put("nominatim", f"somewhere number {i}", {"geonameid": 0, "name": f"S{i}", "lat": 1.0, "lon": 2.0})


def test_a_cache_damaged_past_its_first_pages_is_moved_aside_when_met_mid_run(run, story, cache_dir):
    path = cache_dir / CACHE_FILE
    _fill(path)
    conn = sqlite3.connect(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert pages > 40
    with open(path, "r+b") as f:  # every page after the first ten: the tables' leaves
        f.seek(10 * size)
        f.write(b"\xa5" * (pages - 10) * size)
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / CACHE_FILE}: not a geomap cache (")
    aside = _aside(cache_dir, CACHE_FILE)
    assert aside.name in line and "malformed" in line
    assert _names(result.stdout) == NAMES


def test_concurrent_runs_on_one_damaged_cache_move_it_aside_once(story, cache_dir, tmp_path):
    (cache_dir / CACHE_FILE).write_bytes(b"not a database at all " * 200)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GEOMAP_CACHE_DIR", None)
    procs = [subprocess.Popen([sys.executable, "-m", "geomap", "places", str(story), "--format", "jsonl",
                               "--cache-dir", str(cache_dir), "-j", "1"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path) for _ in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert _aside(cache_dir, CACHE_FILE)
    reports = [err for _, err in outputs if err]
    assert len(reports) == 1 and "moved aside" in reports[0], outputs
    assert sorted(p.returncode for p in procs) == [0, 0, 1]
    assert all(_names(out) == NAMES for out, _ in outputs)


# -- poisoned entries ---------------------------------------------------------------------------------


def test_a_poisoned_entry_is_ignored_reported_and_replaced(run, story, cache_dir):
    first = run("places", story, "--format", "jsonl")
    assert first.exit_code == 0
    path = cache_dir / CACHE_FILE
    conn = sqlite3.connect(path)  # as an older geomap's import could have stored it
    [(query, value)] = conn.execute("SELECT query, value FROM entries WHERE value LIKE '%Aleppo%'").fetchall()
    poisoned = {**json.loads(value), "lat": "not a number"}
    conn.execute("UPDATE entries SET value = ? WHERE query = ?", (json.dumps(poisoned), query))
    conn.commit()
    conn.close()
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / CACHE_FILE}: ignored a damaged entry (geonames ")
    assert query in line and line.endswith("a fresh answer replaces it")
    assert result.stdout == first.stdout  # the poisoned latitude was never used
    again = run("places", story, "--format", "jsonl")
    assert (again.exit_code, again.stderr, again.stdout) == (0, "", first.stdout)


def test_a_poisoned_import_is_refused_naming_the_line(run, tmp_path, cache_dir):
    good = {"service": "nominatim", "query": "atmuz", "value": {"geonameid": 0, "name": "Atmuz", "lat": 36.2,
                                                                 "lon": 36.6}, "updated": 1.0}
    bad = {**good, "query": "kafr nabl", "value": {**good["value"], "lat": "abc"}}
    (tmp_path / "answers.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = run("cache", "import", "answers.jsonl")
    assert result.exit_code == 1
    _one_line(result.stderr, "geomap: answers.jsonl: line 2: not a cache entry (value is not a place: ")
    assert "entries: 0" in run("cache", "info").stdout


# -- the place index --------------------------------------------------------------------------------


@pytest.fixture
def own_index(cache_dir, index_dir, monkeypatch):
    """A cache folder with its own copy of the index (damage must not reach the shared one);
    a rebuild copies the session's index instead of building for seconds."""
    [shared] = index_dir.glob("gazetteer-*.sqlite")
    path = cache_dir / shared.name
    path.unlink()
    shutil.copyfile(shared, path)
    monkeypatch.setattr(gazetteer_mod, "_build_file", lambda target: shutil.copyfile(shared, target))
    return path


def _garble(path, start_fraction=0.3, length_fraction=0.4):
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(int(size * start_fraction) // 4096 * 4096)
        f.write(bytes(range(256)) * int(size * length_fraction / 256))


@pytest.mark.parametrize("damage", ["past-first-page", "foreign", "other-data"])
def test_a_damaged_or_foreign_index_is_moved_aside_and_rebuilt(run, story, own_index, damage):
    if damage == "past-first-page":
        _garble(own_index)  # the first page, and its header, stay whole
    elif damage == "foreign":
        own_index.unlink()
        _sql(own_index, "CREATE TABLE names (key TEXT, id INTEGER, via TEXT)")
    else:
        _sql(own_index, "UPDATE meta SET v = 'v0-someone-else'")
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / own_index.name}: ")
    aside = _aside(own_index.parent, own_index.name)
    assert line.endswith(f"moved aside to {aside.name} and built anew")
    assert _names(result.stdout) == NAMES
    again = run("places", story, "--format", "jsonl")
    assert (again.exit_code, again.stderr) == (0, "")


def test_damage_found_while_reading_the_index_is_one_line(run, story, own_index):
    """Damage after the whole-file check (the check's note made to match): met mid-run, it ends
    the run in one line and the file is moved aside for the next run to rebuild."""
    _garble(own_index, 0.05, 0.9)
    gazetteer_mod._remember_checked(own_index)
    result = run("places", story, "--format", "jsonl")
    assert result.exit_code == 1
    line = _one_line(result.stderr, f"geomap: {Path('cache') / own_index.name}: damaged place index (")
    assert "moved aside to" in line and not own_index.exists()
    again = run("places", story, "--format", "jsonl")
    assert again.exit_code == 0 and _names(again.stdout) == NAMES


def test_the_whole_index_is_checked_once_not_at_every_start(own_index, monkeypatch):
    checks = []
    real = gazetteer_mod._problem
    monkeypatch.setattr(gazetteer_mod, "_problem", lambda conn, v, whole: checks.append(whole) or real(conn, v, whole))
    for _ in range(3):
        Gazetteer.open(own_index.parent).close()
    assert checks == [True, False, False]
    os.utime(own_index)  # changed: checked again
    Gazetteer.open(own_index.parent).close()
    assert checks[-1] is True


# -- standard output ------------------------------------------------------------------------------------


def test_standard_output_on_a_full_device_is_one_line(story, cache_dir, tmp_path):
    with open("/dev/full", "w") as full:
        proc = geomap_process("places", story, "--format", "jsonl", "--cache-dir", cache_dir, cwd=tmp_path,
                              stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 1
    _one_line(proc.stderr, "geomap: standard output: cannot write (No space left on device)")


def test_a_closed_standard_output_is_one_line_and_no_file_takes_its_place(story, cache_dir, tmp_path):
    proc = geomap_process("places", story, "--format", "jsonl", "--cache-dir", cache_dir, cwd=tmp_path,
                          stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 1
    _one_line(proc.stderr, "geomap: standard output is closed")
    conn = sqlite3.connect(cache_dir / CACHE_FILE)  # the cache did not become fd 1
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_reader_that_goes_away_is_one_line(cache_dir, tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": STORY}) + "\n" for n in range(3000)),
                      encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl",
                             "--cache-dir", str(cache_dir), "-j", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    assert proc.stdout.read(100)
    proc.stdout.close()  # as `geomap … | head -c 100` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    _one_line(err, "geomap: standard output: cannot write (Broken pipe)")


# -- a full disk -----------------------------------------------------------------------------------------


def _namespace_prefix():
    """The command that runs what follows in a private mount namespace, or None."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    prefix = [unshare, "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        prefix[1:1] = ["--user", "--map-root-user"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


NAMESPACE = _namespace_prefix()

#: Sixty capitals: sixty distinct places, so sixty writes to the cache.
CAPITALS = ("Paris London Berlin Madrid Rome Vienna Warsaw Prague Budapest Athens Lisbon Dublin Oslo "
            "Stockholm Helsinki Copenhagen Brussels Amsterdam Bern Sofia Bucharest Belgrade Zagreb Kyiv "
            "Minsk Vilnius Riga Tallinn Ankara Damascus Beirut Amman Baghdad Tehran Kabul Islamabad Delhi "
            "Dhaka Kathmandu Beijing Tokyo Seoul Manila Hanoi Bangkok Jakarta Canberra Wellington Ottawa "
            "Havana Lima Bogota Caracas Quito Santiago Montevideo Asuncion Cairo Nairobi Accra").split()


def on_small_disk(tmp_path, size_kb, geomap_args, fill_kb_free=None, seed_from=None):
    """Run geomap with ``tmp_path/disk`` a tmpfs of ``size_kb`` KB (``fill_kb_free``: fill it
    with a file, leaving that much); returns (process, the names left on the disk)."""
    disk = tmp_path / "disk"
    disk.mkdir(exist_ok=True)
    listing = tmp_path / "listing.txt"
    script = ['mount -t tmpfs -o size="$1"k tmpfs "$2" || exit 99']
    if seed_from is not None:
        script.append(f'cp -a "{seed_from}"/. "$2"/ || exit 98')
    if fill_kb_free is not None:
        script.append(f'avail=$(df -k --output=avail "$2" | tail -1); '
                      f'head -c $(( (avail - {fill_kb_free}) * 1024 )) /dev/zero > "$2"/.filler 2>/dev/null')
    script.append('shift 2; "$@"; rc=$?; ls -A "$OLDPWD_DISK" > "$LISTING"; exit $rc')
    env = {**os.environ, "PYTHONPATH": str(REPO), "OLDPWD_DISK": str(disk), "LISTING": str(listing)}
    env.pop("GEOMAP_CACHE_DIR", None)
    proc = subprocess.run([*NAMESPACE, "sh", "-c", "\n".join(script), "sh", str(size_kb), str(disk),
                           sys.executable, "-m", "geomap", *map(str, geomap_args)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=180)
    assert proc.returncode not in (98, 99), proc.stderr
    return proc, sorted(listing.read_text().split())


def _limited_size(limit):
    def preexec():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


@pytest.mark.parametrize("command", ["map", "places"])
def test_an_output_on_a_full_disk_is_one_line_and_leaves_no_file(command, cache_dir, tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(" ".join(f"Talks in {name}." for name in CAPITALS) * 40, encoding="utf-8")
    out = "disk/out.html" if command == "map" else "disk/out.csv"
    args = [command, corpus, "-o", out, "--cache-dir", cache_dir, "-j", "1"]
    if command == "places":
        args += ["--format", "csv"]
    if NAMESPACE is not None:
        proc, left = on_small_disk(tmp_path, 64, args)
        assert left == []  # no half file, no temporary file
        reason = "No space left on device"
    else:  # simulated: a file size limit
        (tmp_path / "disk").mkdir()
        proc = geomap_process(*args, cwd=tmp_path, capture_output=True, text=True, preexec_fn=_limited_size(60_000))
        assert sorted(os.listdir(tmp_path / "disk")) == []
        reason = "File too large"
    assert proc.returncode == 1
    _one_line(proc.stderr, f"geomap: {out}: cannot write: {reason}")


#: Room left under the cache: enough to open it and store a few answers, not sixty.
FREE_KB = 150


@pytest.mark.skipif(NAMESPACE is None, reason="needs a private mount namespace for a tmpfs")
def test_a_full_disk_under_the_cache_mid_run_costs_one_line_and_no_answer(cache_dir, make_cache_dir, tmp_path):
    corpus = tmp_path / "capitals.txt"
    corpus.write_text("\n\n".join(f"Officials met in {name} on Monday." for name in CAPITALS), encoding="utf-8")
    expected = geomap_process("places", corpus, "--format", "jsonl", "--cache-dir", make_cache_dir(tmp_path / "c2"),
                              cwd=tmp_path, capture_output=True, text=True)
    assert expected.returncode == 0 and len(json.loads(expected.stdout)["toponyms"]) == len(CAPITALS)
    index_mb = sum(p.stat().st_size for p in cache_dir.iterdir()) // 1024 + 1
    proc, left = on_small_disk(tmp_path, index_mb + 2048, ["places", corpus, "--format", "jsonl",
                                                          "--cache-dir", "disk", "-j", "1"],
                               fill_kb_free=FREE_KB, seed_from=cache_dir)
    assert proc.returncode == 1
    line = _one_line(proc.stderr, f"geomap: {Path('disk') / CACHE_FILE}: cannot write the cache (")
    assert "full" in line and line.endswith("answers are no longer stored in this run")
    assert proc.stdout == expected.stdout  # every place, placed as without a cache
    assert not [name for name in left if name.endswith(".tmp")]
