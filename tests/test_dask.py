"""The Dask engine (geomap.engines.dask) on a real LocalCluster of two worker processes on
127.0.0.1: the same output as a local run, bad inputs reported as locally, a worker killed
mid-job, online geocoding kept on the client, and a clear line where Dask is missing.

Most tests share one cluster (``--scheduler``), so the module runs in seconds.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import geomap.engines.dask as dask_engine
from geomap.cli import cli
from geomap.engines import make_engine
from geomap.exporters import streamed
from geomap.models import InputProblem
from geomap.pipeline import Geoparser
from geomap.text import read_inputs, read_jsonl_part, split_jsonl

from conftest import SEED_DIR, interrupted_after_progress

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of two single-thread worker processes on 127.0.0.1, and its client."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)

    def invoke(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def _paragraphs():
    paragraphs = [p for f in sorted(SEED_DIR.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    assert paragraphs
    return paragraphs


@pytest.fixture
def corpus(tmp_path):
    """Inputs with every kind of problem: a folder (text, a JSON Lines file with a broken
    line and lines without ids, an empty file, a binary file), a missing file, a folder with
    no articles, and a larger JSON Lines file that the engine cuts into parts."""
    paragraphs = _paragraphs()
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    shutil.copy(sorted(SEED_DIR.glob("*.txt"))[0], news / "seed.txt")
    lines = [json.dumps({"text": paragraphs[n % len(paragraphs)], **({"id": f"n{n}"} if n % 3 else {})})
             for n in range(12)]
    lines[4] = "{broken"
    (news / "more.jsonl").write_text("\n".join(lines) + "\n")
    (news / "empty.md").write_text("")
    (news / "sub" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "nothing").mkdir()
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"id": f"b{n}", "text": paragraphs[n % len(paragraphs)] * (1 + n % 3)}) + "\n"
                           for n in range(60)) + "[1]\n\n" + json.dumps({"text": "Talks in Ankara."}) + "\n")
    return ["news", "missing.txt", "nothing", "big.jsonl"]


def scheduler(client):
    return client.scheduler.address


# -- the same output as a local run ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "table"])
def test_dask_writes_what_a_local_run_writes_and_reports_bad_inputs_alike(run, client, cache_dir, corpus, fmt):
    local = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir, "-j", "1")
    dask = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir, "--engine", "dask",
               "--scheduler", scheduler(client), "--partitions", "7")
    assert local.exit_code == dask.exit_code == 1
    assert dask.stdout == local.stdout and local.stdout.count("\n") > 5
    assert dask.stderr == local.stderr
    problems = local.stderr.splitlines()
    assert problems == [
        "geomap: news/empty.md: empty file",
        "geomap: news/more.jsonl:5: malformed JSON (Expecting property name enclosed in double quotes, column 2)",
        "geomap: news/sub/bad.txt: binary file, not text",
        "geomap: missing.txt: no such file or folder",
        "geomap: nothing: no readable articles (.txt, .md, .html, .htm, .jsonl, .rss, .atom) in folder",
        'geomap: big.jsonl:61: not an article: expected an object with a "text" string',
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "geojson"])
def test_ids_repeated_across_files_and_parts_are_renamed_as_a_local_run_renames_them(run, client, cache_dir,
                                                                                    tmp_path, fmt):
    paragraphs = _paragraphs()

    def lines(ids):
        return "".join(json.dumps({"id": i, "text": paragraphs[n % len(paragraphs)]}) + "\n" for n, i in enumerate(ids))

    (tmp_path / "a.jsonl").write_text(lines(["x", "x", "x#2", "y"]))
    (tmp_path / "b.jsonl").write_text(lines(["x", "y"]))
    (tmp_path / "big.jsonl").write_text(lines(["y", "z"] * 20))  # cut into parts: repeats across them
    for sub in ("one", "two"):  # the same file name in two folders
        (tmp_path / sub).mkdir()
        shutil.copy(sorted(SEED_DIR.glob("*.txt"))[0], tmp_path / sub / "story.txt")
    inputs = ["a.jsonl", "b.jsonl", "big.jsonl", "one", "two"]
    local = run("places", *inputs, "--format", fmt, "--cache-dir", cache_dir, "-j", "1")
    dask = run("places", *inputs, "--format", fmt, "--cache-dir", cache_dir, "--engine", "dask",
               "--scheduler", scheduler(client), "--partitions", "6")
    assert local.exit_code == dask.exit_code == 0
    assert dask.stdout == local.stdout
    if fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in local.stdout.splitlines()]
        assert len(ids) == len(set(ids)) == 4 + 2 + 40 + 2
        assert ids[:6] == ["x", "x#2", "x#2#2", "y", "x#3", "y#2"]
        assert ids[-2:] == ["story.txt", "story.txt#2"]
    else:
        credited = {e["article"] for f in json.loads(local.stdout)["features"] for e in f["properties"]["excerpts"]}
        assert {"x#3", "y#2", "z#20", "story.txt#2"} <= credited


def test_the_large_file_was_cut_into_parts_that_read_as_the_whole(tmp_path, corpus):
    big = tmp_path / "big.jsonl"
    parts = split_jsonl(big, big.stat().st_size // 7)
    assert parts is not None and len(parts) >= 6
    assert [item for start, end, line in parts for item in read_jsonl_part(big, start, end, line)] == \
        list(read_inputs([str(big)]))
    assert parts[0][0] == 0 and parts[-1][1] == big.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert split_jsonl(big, big.stat().st_size) is None  # one part: read whole


def test_standard_input_goes_to_the_workers_too(run, client, cache_dir):
    text = "".join(json.dumps({"id": f"s{n}", "text": p}) + "\n" for n, p in enumerate(_paragraphs() * 3))
    local = run("places", "-", "--format", "jsonl", "--cache-dir", cache_dir, "-j", "1", input=text)
    dask = run("places", "-", "--format", "jsonl", "--cache-dir", cache_dir, "--engine", "dask",
               "--scheduler", scheduler(client), input=text)
    assert dask.exit_code == local.exit_code == 0
    assert dask.stdout == local.stdout and dask.stdout.count("\n") == len(_paragraphs()) * 3


def test_a_large_file_that_fails_its_checks_gives_its_problem_and_no_article(run, client, cache_dir, tmp_path):
    good = "".join(json.dumps({"id": f"u{n}", "text": p}) + "\n" for n, p in enumerate(_paragraphs() * 4))
    (tmp_path / "latin1.jsonl").write_bytes(good.encode() + "caf\u00e9\n".encode("latin-1") + good.encode())
    args = ["places", "latin1.jsonl", "--format", "jsonl", "--cache-dir", cache_dir]
    local = run(*args, "-j", "1")
    dask = run(*args, "--engine", "dask", "--scheduler", scheduler(client), "--partitions", "4")
    assert local.exit_code == dask.exit_code == 1
    assert dask.stdout == local.stdout == ""
    assert dask.stderr == local.stderr and "latin1.jsonl: not UTF-8 text" in local.stderr


def test_map_with_dask_is_the_map_of_a_local_run(run, client, cache_dir, corpus, tmp_path):
    common = ["--cache-dir", cache_dir, "--tiles", "none"]
    local = run("map", *corpus, *common, "-o", tmp_path / "one.html", "-j", "1")
    dask = run("map", *corpus, *common, "-o", tmp_path / "two.html", "--engine", "dask",
               "--scheduler", scheduler(client))
    assert local.exit_code == dask.exit_code == 1
    assert local.stdout.replace("one.html", "two.html") == dask.stdout

    def page(name):  # folium names each element with a random id
        return re.sub(r"_[0-9a-f]{32}(?![0-9a-f])", "_ID", (tmp_path / name).read_text(encoding="utf-8"))

    assert page("one.html") == page("two.html")


def test_each_worker_opens_its_parser_once_and_lets_it_go_after(client, cache_dir, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seen = []

    def look(item):
        if not seen:  # mid-run: one parser per worker, opened by the plugin
            seen.append(client.run(lambda: [id(p) for p in dask_engine._PARSERS.values()]))

    with Geoparser(cache_dir) as gp:
        engine = make_engine("dask", partitions=9)
        engine.client = client
        items = list(gp.process(corpus, engine=engine, on_item=look))
    assert len(items) > 20
    [parsers] = seen
    assert len(parsers) == 2 and all(len(ids) == 1 for ids in parsers.values())
    assert all(ids == [] for ids in client.run(lambda: [id(p) for p in dask_engine._PARSERS.values()]).values())


# -- a worker killed mid-job -------------------------------------------------------------------


def test_a_worker_killed_mid_job_loses_nothing(client, cache_dir, corpus, tmp_path, monkeypatch):
    from dask_helpers import Gate

    monkeypatch.chdir(tmp_path)
    head, piece = streamed("jsonl")
    with Geoparser(cache_dir) as gp:
        expected = list(gp.process(corpus, render=piece))
    gate = tmp_path / "gate"
    workers = client.scheduler_info()["workers"]
    victim = next(addr for addr, w in workers.items() if w["name"] == 1)
    client.register_plugin(Gate(str(gate), 1), name="gate")
    killed = []

    def kill():  # as soon as the victim holds a task (it cannot finish it: the gate is shut)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not client.processing(workers=[victim]).get(victim):
            time.sleep(0.02)
        busy = client.processing(workers=[victim]).get(victim)
        pid = client.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        killed.append(busy)
        while time.monotonic() < deadline and victim in client.scheduler_info()["workers"]:
            time.sleep(0.02)
        gate.touch()  # the restarted worker runs freely

    killer = threading.Thread(target=kill)
    try:
        with Geoparser(cache_dir) as gp:
            engine = make_engine("dask", partitions=12)
            engine.client = client
            killer.start()
            got = list(gp.process(corpus, engine=engine, render=piece))
            stats = gp.stats
        killer.join()
    finally:
        gate.touch()
        client.unregister_worker_plugin("gate")
        client.wait_for_workers(2, timeout=60)
    assert killed and killed[0], "the worker was killed while it held a task"
    assert victim not in client.scheduler_info()["workers"]
    assert [type(i) for i in got] == [type(i) for i in expected]
    assert [i.text for i in got if not isinstance(i, InputProblem)] == \
        [i.text for i in expected if not isinstance(i, InputProblem)]
    assert [i for i in got if isinstance(i, InputProblem)] == [i for i in expected if isinstance(i, InputProblem)]
    assert stats.articles == sum(not isinstance(i, InputProblem) for i in expected)


# -- online geocoding: the workers parse offline, the client asks ------------------------------


def test_with_a_geocoder_the_client_asks_each_name_once(run, client, cache_dir, tmp_path):
    from geoserver import GeoServer

    stories = ["Shelling was reported near Eastern Qalbun in Syria on Monday.",
               "Aid was stored in the town of Atmuz, in Syria.",
               "The village of Tell Nowhere was hit, in Syria."]
    (tmp_path / "geo.jsonl").write_text("".join(
        json.dumps({"id": f"g{n}", "text": stories[n % 3] + " Talks went on in Ankara."}) + "\n" for n in range(30)))
    outputs, requests = [], []
    for engine in (["-j", "1"], ["--engine", "dask", "--scheduler", scheduler(client), "--partitions", "5"]):
        fresh = tmp_path / f"cache-{len(outputs)}"
        shutil.copytree(cache_dir, fresh)  # the same index, an empty geocoding cache
        with GeoServer() as server:
            out = run("places", "geo.jsonl", "--format", "jsonl", "--cache-dir", fresh, *engine,
                      "--geocoder", "nominatim", "--geocoder-domain", server.domain, "--geocoder-scheme", "http",
                      "--user-agent", "geomap-tests/1.0", "--min-delay", "0")
            requests.append(server.count())
        assert out.exit_code == 0, out.stderr
        outputs.append((out.stdout, out.stderr))
    assert outputs[0] == outputs[1] and '"feature": "geocoded"' in outputs[0][0]
    assert requests == [3, 3]  # three names, each asked once, from one place


# -- a LocalCluster of its own, and no Dask at all ---------------------------------------------


def test_without_a_scheduler_a_local_cluster_is_started(run, cache_dir, corpus):
    local = run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir, "-j", "1")
    dask = run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir, "--engine", "dask", "-j", "2")
    assert dask.exit_code == 1 and dask.stdout == local.stdout and dask.stderr == local.stderr


def test_an_unreachable_scheduler_is_one_line(run, cache_dir, corpus):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        out = run("places", *corpus, "--cache-dir", cache_dir, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert out.exit_code == 1
    assert out.stderr.startswith("geomap: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in out.stderr


def test_without_dask_the_engine_is_one_clear_line_and_exit_2(tmp_path):
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; "
            "from geomap.cli import main; main(sys.argv[1:])")
    out = subprocess.run([sys.executable, "-c", code, "places", str(SEED_DIR), "--engine", "dask"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr == "geomap: --engine dask needs Dask: pip install 'geomap[dask]'\n"
    assert out.stdout == ""


def test_ctrl_c_stops_a_dask_run_without_tracebacks(cache_dir, tmp_path):
    """Ctrl-C signals the whole process group: geomap stops its LocalCluster, whose workers
    print nothing, and leaves no half-written output."""
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": p * 3}) + "\n"
                              for n, p in enumerate(_paragraphs() * 2_000)))
    cmd = [sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl", "--cache-dir", str(cache_dir),
           "-o", str(tmp_path / "out.jsonl"), "--engine", "dask", "-j", "2"]
    rest = interrupted_after_progress(cmd, REPO)
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest, rest
    assert rest.strip().endswith("Aborted!")
    assert not (tmp_path / "out.jsonl").exists()
