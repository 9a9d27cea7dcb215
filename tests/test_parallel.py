"""Parsing in worker processes (geomap.parallel): the same results, in the same order."""

import json

import pytest

import geomap.parallel
from geomap.exporters import render, stream
from geomap.models import ArticleResult, InputProblem
from geomap.pipeline import Geoparser

from conftest import SEED_DIR


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
    with Geoparser(cache_dir) as gp:
        items = list(gp.process(inputs, jobs=jobs))
        return items, gp.stats


def test_jobs_give_the_same_results_in_the_same_order_as_one_process(cache_dir, corpus, monkeypatch):
    monkeypatch.setattr(geomap.parallel, "BATCH_ARTICLES", 4)  # many batches: workers start
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

    monkeypatch.setattr(geomap.parallel.multiprocessing, "Pool", no_pool)
    items, stats = _run(cache_dir, corpus[:1], 2)
    assert stats.articles == 24 and stats.problems == 1 and len(items) == 25


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streamed_output_is_the_rendered_text(geoparser, corpus, fmt):
    results = [i for i in geoparser.process(corpus) if isinstance(i, ArticleResult)]
    pieces = list(stream(iter(results), fmt))
    assert "".join(pieces) == render(results, fmt)
    assert len(pieces) >= len(results)  # one piece per article at least: nothing waits for the end
    assert "".join(stream(iter([]), "csv")) == render([], "csv")
