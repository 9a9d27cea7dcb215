"""benchmarks/accuracy.py prints correct pins beside P/R/F1 and acc@161 (issue 17)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SCORER.is_file(), reason="the corpora's scorer is not beside the repository")
def test_the_table_prints_correct_pins_beside_the_span_figures(capsys):
    accuracy = _load("accuracy_bench", ROOT / "benchmarks" / "accuracy.py")
    scorer = accuracy.load_scorer(SCORER)
    text = "Talks in Ankara and Paris."
    gold = {"d": {"id": "d", "text": text, "toponyms": [
        {"start": 9, "end": 15, "name": "Ankara", "lat": 39.92, "lon": 32.85},
        {"start": 20, "end": 25, "name": "Paris", "lat": 48.85, "lon": 2.35}]}}
    # both spans right, one placed in Texas: exact P = R = 1, correct pins P = R = 1/2
    system = {"d": {"id": "d", "toponyms": [
        {"start": 9, "end": 15, "name": "Ankara", "lat": 39.92, "lon": 32.85},
        {"start": 20, "end": 25, "name": "Paris", "lat": 33.66, "lon": -95.55}]}}
    row = accuracy.summarise(scorer.score(gold, system), 1.0, 0.001)
    assert (row["pins_precision"], row["pins_recall"], row["pins_f1"]) == (0.5, 0.5, 0.5)
    assert (row["precision"], row["f1"], row["acc161"]) == (1.0, 1.0, 0.5)
    row.update(system="geomap", version="x")
    accuracy.print_table({"corpus": "c.jsonl", "docs": 1, "gold_toponyms": 2, "gold_with_coords": 2,
                          "mb": 0.001, "systems": [row]})
    out = capsys.readouterr().out
    assert "correct pins" in out
    line = next(l for l in out.splitlines() if l.startswith("geomap x"))
    assert line.split()[2:9] == ["50.0", "50.0", "50.0", "|", "100.0", "100.0", "100.0"]


def test_probes_count_each_place_there_elsewhere_or_not_found(cache_dir):
    """benchmarks/probes.py: a town in its state is "there"; a lone name that a larger namesake
    takes is "elsewhere"; a name the text does not hold as one is "not found"."""
    from geomap.pipeline import Geoparser

    probes = _load("probes_bench", ROOT / "benchmarks" / "probes.py")
    rows = [("Lebanon", "Ohio", "a"), ("Henderson", "Texas", "b"), ("Nowhereville", "Ohio", "c")]
    with Geoparser(cache_dir, excerpts=False) as gp:
        counts, examples = probes.probe(gp, probes.town_state(rows, lambda s: s), 5)
        assert counts == {"there": 2, "not found as one name": 1}
        assert examples == ["  not found as one name: Nowhereville, Ohio (c) -> "]
        counts, examples = probes.probe(gp, probes.alone([("Valencia", 39.47, -0.38, "Valencia (ES)")]), 5)
        assert counts == {"elsewhere": 1} and examples[0].endswith("-> Valencia (VE, Carabobo)")


def test_parse_cost_parses_each_article_once_after_a_warm_up(cache_dir, capsys):
    """benchmarks/parse_cost.py: the first --limit articles of the unseen corpus, one to warm
    up and the others timed, built from the gold corpora given."""
    cost = _load("parse_cost_bench", ROOT / "benchmarks" / "parse_cost.py")
    assert cost.main([str(ROOT / "benchmarks" / "news" / "world-1.jsonl"), "--mb", "0.05", "--limit", "4",
                      "--cache-dir", str(cache_dir)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("parsed 3 articles, ") and line.endswith(" CPU s per MB"), line
    mb = float(line.split(", ")[1].split()[0])
    assert 0 < mb < 0.05
