"""Engines (geomap.engines): in process and in local worker processes, the same results in the same order."""

import json
import re
import shutil

import pytest

import geomap.engines.base
import geomap.errors
import geomap.engines.pool
from geomap.engines import make_engine
from geomap.exporters import render, stream
from geomap.models import ArticleResult, InputProblem
from geomap.pipeline import Geoparser

from conftest import SEED_DIR, interrupted_after_progress


@pytest.fixture
def corpus(tmp_path):
    """Forty articles (the seed's paragraphs and some bad lines) in two JSON Lines files."""
    paragraphs = [p for f in sorted(SEED_DIR.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    assert paragraphs
    lines = [json.dumps({"id": f"a{n}", "text": paragraphs[n % len(paragraphs)]}) for n in range(40)]
    lines[7] = "{broken"
    (tmp_path / "one.jsonl").write_text("\n".join(lines[:25]) + "\n")
    (tmp_path / "two.jsonl").write_text("\n".join(lines[25:]) + "\n")
    return [str(tmp_path / "one.jsonl"), str(tmp_path / "missing.txt"), str(tmp_path / "two.jsonl")]


def _run(cache_dir, inputs, jobs):
    with Geoparser(cache_dir) as gp, make_engine("local", jobs=jobs) as engine:
        items = list(gp.process(inputs, engine=engine))
        return items, gp.stats


def test_jobs_give_the_same_results_in_the_same_order_as_one_process(cache_dir, corpus, monkeypatch):
    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 4)  # many batches: workers start
    one, stats1 = _run(cache_dir, corpus, 1)
    two, stats2 = _run(cache_dir, corpus, 2)
    assert [type(i) for i in one].count(InputProblem) == 2
    assert two == one
    results = [i for i in one if isinstance(i, ArticleResult)]
    assert render(results, "jsonl") == render([i for i in two if isinstance(i, ArticleResult)], "jsonl")
    assert (stats2.articles, stats2.problems, stats2.mentions, stats2.unresolved, stats2.places) == (
        stats1.articles, stats1.problems, stats1.mentions, stats1.unresolved, stats1.places)


def test_a_small_input_is_parsed_without_starting_workers(cache_dir, corpus, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool", no_pool)
    items, stats = _run(cache_dir, corpus[:1], 2)
    assert stats.articles == 24 and stats.problems == 1 and len(items) == 25


@pytest.mark.parametrize("per_batch, started", [(13, False), (10, True)])
def test_workers_start_only_for_inputs_of_several_batches(cache_dir, corpus, monkeypatch, per_batch, started):
    pools = []
    real_pool = geomap.engines.pool.multiprocessing.Pool
    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool", lambda *a, **k: pools.append(1) or real_pool(*a, **k))
    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", per_batch)  # 39 articles: 3 or 4 batches
    assert geomap.engines.pool.MIN_BATCHES == 4
    items, stats = _run(cache_dir, corpus, 2)
    assert bool(pools) == started
    assert stats.articles == 39 and stats.problems == 2 and len(items) == 41


def _independently(results, fmt):
    """The format written the plain way, from the records, not through exporters' pieces."""
    import csv
    import io

    from geomap.exporters import CSV_FIELDS, article_fields, article_record, toponym

    if fmt == "jsonl":
        return "".join(json.dumps(article_record(r), ensure_ascii=False) + "\n" for r in results)
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for result in results:
        for r in result.resolutions:
            rec = toponym(r)
            writer.writerow({"article": result.article.id, **article_fields(result.article),
                             **{k: rec.get(k) for k in CSV_FIELDS[4:-1]},
                             "excerpt": r.excerpt.text})
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streamed_output_is_the_rendered_text(geoparser, corpus, fmt):
    results = [i for i in geoparser.process(corpus) if isinstance(i, ArticleResult)]
    pieces = list(stream(iter(results), fmt))
    assert results and "".join(pieces) == _independently(results, fmt)
    assert len(pieces) >= len(results)  # one piece per article at least: nothing waits for the end
    assert "".join(stream(iter([]), fmt)) == _independently([], fmt)


# --- the command line: --jobs and streamed output --------------------------------------------


@pytest.fixture
def run(cache_dir, monkeypatch, tmp_path):
    from click.testing import CliRunner

    from geomap.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 4)  # small batches: workers start

    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "geojson", "table"])
def test_places_with_jobs_writes_the_same_bytes_as_one_process(run, cache_dir, corpus, fmt):
    one = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir, "--jobs", "1")
    two = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1  # the missing file and the broken line
    assert one.stdout == two.stdout and one.stdout
    assert one.stderr == two.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streamed_places_are_the_rendered_output_on_stdout_and_in_a_file(run, cache_dir, corpus, geoparser,
                                                                          tmp_path, fmt):
    results = [i for i in geoparser.process(corpus) if isinstance(i, ArticleResult)]
    out = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir)
    assert out.stdout_bytes.decode("utf-8") == render(results, fmt)  # CRLF kept (Result.stdout drops it)
    written = run("places", *corpus, "--format", fmt, "--cache-dir", cache_dir, "-o", tmp_path / "out" / "p")
    # CRLF kept; a CSV file starts with a byte-order mark, for spreadsheets (issue 15)
    assert (tmp_path / "out" / "p").read_bytes().decode("utf-8-sig") == render(results, fmt)
    mentions = sum(len(r.resolutions) for r in results)
    assert written.stderr.endswith(f"{mentions} mentions -> {tmp_path / 'out' / 'p'}\n")


def test_map_with_jobs_writes_the_same_map(run, cache_dir, corpus, tmp_path):
    one = run("map", *corpus, "--cache-dir", cache_dir, "--tiles", "none", "-o", tmp_path / "one.html", "-j", "1")
    two = run("map", *corpus, "--cache-dir", cache_dir, "--tiles", "none", "-o", tmp_path / "two.html", "-j", "2")
    assert one.stdout.replace("one.html", "two.html") == two.stdout
    # folium names each element with a random id, so two runs' pages differ in those alone
    def page(name):
        return re.sub(r"_[0-9a-f]{32}(?![0-9a-f])", "_ID", (tmp_path / name).read_text(encoding="utf-8"))

    assert page("one.html") == page("two.html")


def test_without_a_cache_folder_no_worker_builds_its_own_index(corpus, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool", no_pool)
    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 4)
    items, stats = _run(None, corpus, 2)
    assert stats.articles == 39 and stats.problems == 2 and len(items) == 41


def test_jobs_auto_is_the_default_and_uses_one_worker_per_cpu(run, cache_dir, corpus, monkeypatch):
    sizes = []
    real_pool = geomap.engines.pool.multiprocessing.Pool

    def pool(processes, *args, **kwargs):
        sizes.append(processes)
        return real_pool(processes, *args, **kwargs)

    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool", pool)
    monkeypatch.setattr(geomap.engines.base, "available_cpus", lambda: 3)
    one = run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir, "-j", "1")
    assert sizes == []
    auto = run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir)
    assert sizes == [3] and auto.stdout == one.stdout
    run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir, "--jobs", "auto")
    assert sizes == [3, 3]


@pytest.mark.parametrize("value", ["0", "-2", "two", ""])
def test_jobs_must_be_a_number_or_auto(run, cache_dir, corpus, value):
    out = run("places", *corpus, "--cache-dir", cache_dir, "--jobs", value)
    assert out.exit_code == 2
    assert "neither a number of processes (1 or more) nor auto" in out.stderr
    assert "Traceback" not in out.stderr


def test_available_cpus_counts_the_cpus_this_process_may_use(monkeypatch):
    monkeypatch.setattr(geomap.engines.base.os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    monkeypatch.setattr(geomap.engines.base.os, "cpu_count", lambda: 16)
    assert geomap.engines.available_cpus() == 3  # the affinity, not the machine's count
    monkeypatch.delattr(geomap.engines.base.os, "sched_getaffinity")  # a system that cannot tell
    assert geomap.engines.available_cpus() == 16
    monkeypatch.setattr(geomap.engines.base.os, "cpu_count", lambda: None)
    assert geomap.engines.available_cpus() == 1


def test_jobs_auto_stops_at_eight_workers(run, cache_dir, corpus, monkeypatch):
    sizes = []
    real_pool = geomap.engines.pool.multiprocessing.Pool
    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool",
                        lambda processes, *a, **k: sizes.append(processes) or real_pool(2, *a, **k))
    monkeypatch.setattr(geomap.engines.base, "available_cpus", lambda: 64)
    run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir)
    run("places", *corpus, "--format", "jsonl", "--cache-dir", cache_dir, "-j", "12")
    assert sizes == [geomap.engines.MAX_AUTO_JOBS, 12] and geomap.engines.MAX_AUTO_JOBS == 8


def _five_thousand_articles(tmp_path):
    """A JSON Lines file of 5,000 articles made of the seed's paragraphs: a --jobs run long
    enough to be stopped halfway."""
    paragraphs = [p for f in sorted(SEED_DIR.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": paragraphs[n % len(paragraphs)] * 3}) + "\n"
                              for n in range(5_000)))
    return corpus


def test_ctrl_c_stops_a_parallel_run_without_tracebacks(cache_dir, tmp_path):
    """Ctrl-C signals the whole process group: geomap stops, its workers print nothing."""
    import sys

    corpus = _five_thousand_articles(tmp_path)
    cmd = [sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl", "--cache-dir", str(cache_dir),
           "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"]
    rest = interrupted_after_progress(cmd, SEED_DIR.parent)
    assert "Traceback" not in rest and "Process ForkPoolWorker" not in rest, rest
    assert rest.strip().endswith("Aborted!")
    assert not (tmp_path / "out.jsonl").exists()  # written atomically: nothing half-done is left


@pytest.mark.parametrize("to", ["one", "group"])
def test_kill_stops_a_parallel_run_quietly_and_leaves_nothing_half_written(cache_dir, tmp_path, to):
    """SIGTERM to geomap alone (``kill PID``): it stops as on Ctrl-C, exit 143; its workers end
    without a word (left to the signal's default, they printed broken-pipe tracebacks). To the
    whole group, as ``timeout`` sends it, the same: the workers ignore it and end as told (one
    killed mid-batch left the pool waiting for that batch for good)."""
    import sys

    corpus = _five_thousand_articles(tmp_path)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl", "--cache-dir", str(cache_dir),
           "-o", str(out / "places.jsonl"), "--jobs", "2"]
    rest = interrupted_after_progress(cmd, SEED_DIR.parent, sigterm=to)
    assert "Traceback" not in rest and "Error" not in rest, rest
    assert list(out.iterdir()) == []  # no output, no temporary file


def test_workers_of_a_run_killed_outright_end_without_a_word(cache_dir, tmp_path):
    """SIGKILL to geomap alone: its workers finish the batches they hold, meet the closed pipe
    and end; multiprocessing printed that as a broken-pipe traceback on the run's stderr after
    the run was gone."""
    import sys

    corpus = _five_thousand_articles(tmp_path)
    cmd = [sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl", "--cache-dir", str(cache_dir),
           "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"]
    rest = interrupted_after_progress(cmd, SEED_DIR.parent, sigterm="kill")  # (returns once the workers end)
    assert "Traceback" not in rest and "Error" not in rest, rest


def test_a_run_stopped_early_lets_its_workers_end_and_waits_for_them(cache_dir, corpus, monkeypatch):
    """Leaving a run (Ctrl-C, an error, a reader that stops) never kills the workers: a killed
    worker can leave the pool's threads waiting for good on a lock or a pipe it held."""
    import multiprocessing

    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 1)  # many batches: workers start
    before = set(multiprocessing.active_children())
    with Geoparser(cache_dir) as gp:
        run = geomap.engines.pool.parse_in_parallel(gp, gp.read(corpus), 2)
        next(run)
        workers = [p for p in multiprocessing.active_children() if p not in before]
        assert len(workers) == 2
        run.close()
        assert [p.exitcode for p in workers] == [0, 0]  # ended, not terminated (-15), and waited for


@pytest.mark.parametrize("stopped, parsed", [(0, 3), (1, 0)])
def test_a_worker_skips_its_batch_once_the_run_has_stopped(cache_dir, monkeypatch, stopped, parsed):
    import multiprocessing

    from geomap.models import Article

    with Geoparser(cache_dir) as gp:
        monkeypatch.setattr(geomap.engines.pool, "_worker", gp)
        monkeypatch.setattr(geomap.engines.pool, "_stop", multiprocessing.RawValue("b", stopped))
        articles = [Article(f"a{n}", "Fighting went on in Idlib and Aleppo.") for n in range(3)]
        done, faults = geomap.engines.pool._parse_batch(articles, None)
    assert len(done) == parsed and faults == []


def test_a_system_without_worker_processes_parses_in_one(cache_dir, corpus, monkeypatch):
    def no_processes(*args, **kwargs):
        raise OSError("no shared memory here")

    monkeypatch.setattr(geomap.engines.pool.multiprocessing, "Pool", no_processes)
    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 4)
    one, _ = _run(cache_dir, corpus, 1)
    items, stats = _run(cache_dir, corpus, 2)
    assert items == one and stats.articles == 39


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_rendered_results_are_the_streamed_text_with_the_same_statistics(cache_dir, corpus, monkeypatch, fmt, jobs):
    from geomap.exporters import streamed
    from geomap.models import RenderedResult

    monkeypatch.setattr(geomap.engines.pool, "BATCH_ARTICLES", 4)  # many batches: workers start with 2 jobs
    objects, stats1 = _run(cache_dir, corpus, 1)
    head, piece = streamed(fmt)
    with Geoparser(cache_dir) as gp, make_engine("local", jobs=jobs) as engine:
        rendered = list(gp.process(corpus, engine=engine, render=piece))
        stats2 = gp.stats
    assert [type(i) for i in rendered] == [RenderedResult if isinstance(i, ArticleResult) else InputProblem
                                           for i in objects]
    results = [i for i in objects if isinstance(i, ArticleResult)]
    assert [i.article for i in rendered if isinstance(i, RenderedResult)] == [r.article for r in results]
    assert head + "".join(i.text for i in rendered if isinstance(i, RenderedResult)) == render(results, fmt)
    assert (stats2.articles, stats2.problems, stats2.mentions, stats2.unresolved, stats2.places) == (
        stats1.articles, stats1.problems, stats1.mentions, stats1.unresolved, stats1.places)


def test_workers_follow_the_demonym_convention(cache_dir):
    with Geoparser(cache_dir, demonyms=False) as parser:
        assert parser.worker_settings()["demonyms"] is False
        rebuilt = Geoparser(**parser.worker_settings())
        try:
            assert [r.mention.surface for r in rebuilt.parse_text("Syrian officials in Syria.").resolutions] == ["Syria"]
        finally:
            rebuilt.close()


def test_the_engine_named_local_is_in_process_for_one_job_and_a_pool_for_more():
    from geomap.engines.local import InProcess
    from geomap.engines.pool import ProcessPool

    assert isinstance(make_engine("local", jobs=1), InProcess)
    assert isinstance(make_engine("local", jobs=3), ProcessPool) and make_engine("local", jobs=3).jobs == 3
    with pytest.raises(geomap.errors.EngineError, match="unknown engine 'spark'"):
        make_engine("spark")


def test_without_excerpts_the_results_differ_in_their_excerpts_alone(cache_dir, corpus):
    from geomap.models import NO_EXCERPT

    with Geoparser(cache_dir) as gp:
        full = [i for i in gp.process(corpus) if isinstance(i, ArticleResult)]
    with Geoparser(cache_dir, excerpts=False) as gp:
        bare = [i for i in gp.process(corpus) if isinstance(i, ArticleResult)]
    assert all(r.excerpt == NO_EXCERPT for res in bare for r in res.resolutions)
    assert any(r.excerpt != NO_EXCERPT for res in full for r in res.resolutions)
    assert render(bare, "jsonl") == render(full, "jsonl") and render(bare, "table") == render(full, "table")


# --- online geocoding at scale: workers parse offline, the parent asks, once per name -------


@pytest.fixture
def geo_corpus(tmp_path):
    """Thirty articles naming, by their context, places the gazetteer lacks (some twice)."""
    stories = ["Shelling was reported near Eastern Qalbun in Syria on Monday.",
               "Aid was stored in the town of Atmuz, in Syria.",
               "The village of Tell Nowhere was hit, in Syria."]
    path = tmp_path / "geo.jsonl"
    path.write_text("".join(json.dumps({"id": f"g{n}", "text": stories[n % 3] + " Talks went on in Ankara."}) + "\n"
                            for n in range(30)))
    return str(path)


def test_workers_parse_offline_and_the_parent_geocodes_each_name_once(run, cache_dir, geo_corpus, tmp_path):
    from geoserver import GeoServer

    outputs, requests = [], []
    for jobs in ("1", "2"):
        fresh = tmp_path / f"cache-{jobs}"
        shutil.copytree(cache_dir, fresh)  # the same index, an empty geocoding cache
        with GeoServer() as server:
            out = run("places", geo_corpus, "--format", "jsonl", "--cache-dir", fresh, "-j", jobs,
                      "--geocoder", "nominatim", "--geocoder-domain", server.domain, "--geocoder-scheme", "http",
                      "--user-agent", "geomap-tests/1.0", "--min-delay", "0")
            requests.append(server.count())
        assert out.exit_code == 0, out.stderr
        outputs.append((out.stdout, out.stderr))
    assert outputs[0] == outputs[1]
    assert '"feature": "geocoded"' in outputs[0][0]
    assert requests[0] == requests[1] == 3  # three names, each asked once, whatever the engine
    assert outputs[0][1].strip().endswith("(3 requests)")
