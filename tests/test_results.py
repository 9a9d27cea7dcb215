"""Reading geomap's own outputs back (geomap.results): the same results, without parsing again."""

import json
import re

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.exporters import render
from geomap.models import NO_EXCERPT, ArticleResult, InputProblem, Place, group_places
from geomap.results import read_results, results_kind

from conftest import SEED_DIR

SUMMARY = re.compile(r"^(\d+) places?, (\d+) mentions? in (\d+) articles? -> ")


@pytest.fixture
def news(tmp_path):
    """Articles with titles, urls and dates (some), as JSON Lines."""
    paragraphs = [p for f in sorted(SEED_DIR.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    lines = []
    for n, text in enumerate(paragraphs + ["The village of Tell Nowhere was shelled, in Syria."]):
        record = {"id": f"a{n}", "text": text}
        if n % 2:
            record.update(title=f"Report {n} <b>&</b>", url=f"https://example.org/{n}", date="2020-02-14")
        lines.append(json.dumps(record))
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def _parsed(geoparser, news):
    return [r for r in geoparser.process([str(news)]) if isinstance(r, ArticleResult)]


def test_jsonl_read_back_writes_the_same_jsonl(geoparser, news, tmp_path):
    results = _parsed(geoparser, news)
    out = tmp_path / "places.jsonl"
    out.write_text(render(results, "jsonl"))
    assert results_kind(str(out)) == "jsonl" and results_kind(str(news)) is None
    back = list(read_results(str(out)))
    assert all(isinstance(r, ArticleResult) for r in back)
    assert render(back, "jsonl") == render(results, "jsonl")
    for a, b in zip(results, back):
        assert (b.article.id, b.article.title, b.article.url, b.article.date) == \
            (a.article.id, a.article.title, a.article.url, a.article.date)
        assert [r.mention for r in b.resolutions] == [r.mention for r in a.resolutions]
        assert [(r.confidence, r.reason) for r in b.resolutions] == [(r.confidence, r.reason) for r in a.resolutions]
        assert [r.place and r.place.key for r in b.resolutions] == [r.place and r.place.key for r in a.resolutions]
        assert all(r.excerpt == NO_EXCERPT for r in b.resolutions)  # jsonl holds none
    assert any(r.place is None for res in back for r in res.resolutions)  # unresolved names come back too
    assert any(b.article.title for b in back)


def test_geojson_read_back_gives_the_same_places_and_excerpts(geoparser, news, tmp_path):
    results = _parsed(geoparser, news)
    out = tmp_path / "places.geojson"
    out.write_text(render(results, "geojson"))
    back = list(read_results(str(out)))
    assert all(isinstance(r, ArticleResult) for r in back)

    def places(rs):
        return {m.place.key: (m.place.name, m.count, sorted((r.mention.article_id, r.excerpt.text) for r in
                                                             m.resolutions)) for m in group_places(rs)}

    assert places(back) == places(results) and len(places(back)) > 5
    # each article's title, url and date come back from the features' article lists (issue 15)
    given = {r.article.id: (r.article.title, r.article.url, r.article.date) for r in results}
    assert all((b.article.title, b.article.url, b.article.date) == given[b.article.id] for b in back)
    assert any(b.article.title for b in back)
    assert json.loads(render(back, "geojson"))["features"][0]["properties"]["excerpts"][0]["text"]


def test_map_from_results_is_the_map_of_the_text_without_parsing(cache_dir, news, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    assert run("places", news, "-f", "jsonl", "-o", "r.jsonl", "--cache-dir", cache_dir).exit_code == 0
    assert run("places", news, "-f", "geojson", "-o", "r.geojson", "--cache-dir", cache_dir).exit_code == 0
    text = run("map", news, "--cache-dir", cache_dir, "-o", "text.html", "--tiles", "none")
    nowhere = tmp_path / "no-cache-here"  # reading results needs no index: none is built
    jsonl = run("map", "r.jsonl", "--cache-dir", nowhere, "-o", "jsonl.html", "--tiles", "none")
    geojson = run("map", "r.geojson", "--cache-dir", nowhere, "-o", "geojson.html", "--tiles", "none")
    assert text.exit_code == jsonl.exit_code == geojson.exit_code == 0
    assert not nowhere.exists()
    t, j, g = (SUMMARY.match(r.stdout).groups() for r in (text, jsonl, geojson))
    assert j == t
    assert (g[0], int(g[1]), g[2]) == (t[0], int(t[1]) - 1, t[2])  # GeoJSON holds placed names only
    page = (tmp_path / "jsonl.html").read_text(encoding="utf-8")
    assert "Report 1 <b>&" in page  # the title kept (the page's data is JSON)
    assert "</b>" not in page  # and never markup of the page
    assert "Idlib" in (tmp_path / "geojson.html").read_text(encoding="utf-8")


def test_a_bad_results_line_is_one_line_and_the_rest_is_mapped(cache_dir, geoparser, news, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = render(_parsed(geoparser, news), "jsonl").splitlines()
    assert len(lines) == 2
    lines[1:1] = ['{"id": "x", "toponyms": [{"start": 1}]}', "{broken"]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "bad.geojson").write_text('{"type": "FeatureCollection"}')
    out = CliRunner().invoke(cli, ["map", "r.jsonl", "bad.geojson", "-o", "m.html", "--tiles", "none"])
    assert out.exit_code == 1
    assert out.stderr.splitlines() == [
        "geomap: r.jsonl:2: not a geomap jsonl line (no 'end')",
        "geomap: r.jsonl:3: not a geomap jsonl line (malformed JSON: Expecting property name enclosed in double "
        "quotes, column 2)",
        "geomap: bad.geojson: not a geomap GeoJSON output (no 'features')",
    ]
    assert SUMMARY.match(out.stdout).group(3) == str(len(lines) - 2)
    assert "Traceback" not in out.output


def test_places_reads_its_own_outputs_back_in_any_format(cache_dir, news, tmp_path, monkeypatch):
    """``geomap places r.jsonl --format kml``: another format of a run's results, no parse."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    first = {fmt: run("places", news, "-f", fmt, "-o", f"r.{fmt}", "--cache-dir", cache_dir)
             for fmt in ("jsonl", "geojson")}
    assert [r.exit_code for r in first.values()] == [0, 0]
    nowhere = tmp_path / "no-cache-here"  # reading results needs no index: none is built
    again = {fmt: run("places", f"r.{fmt}", "-f", fmt, "-o", f"again.{fmt}", "--cache-dir", nowhere)
             for fmt in ("jsonl", "geojson")}
    assert [r.exit_code for r in again.values()] == [0, 0]
    assert again["jsonl"].stderr == first["jsonl"].stderr.replace("r.jsonl", "again.jsonl")  # "N mentions -> …"
    # the same JSON Lines, byte for byte; the same GeoJSON features (it does not hold which
    # article an unresolved name came from, so those are not read back)
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "r.jsonl").read_bytes()
    features = [json.loads((tmp_path / name).read_text())["features"] for name in ("r.geojson", "again.geojson")]
    assert features[0] == features[1] and len(features[0]) > 5
    assert not nowhere.exists()
    kml = run("places", "r.jsonl", "-f", "kml", "--cache-dir", nowhere)
    assert kml.exit_code == 0 and "<Placemark>" in kml.stdout and "Idlib" in kml.stdout
    csv = run("places", "r.geojson", "-f", "csv", "--cache-dir", nowhere)  # excerpts kept
    assert csv.exit_code == 0 and "Idlib" in csv.stdout and "Saraqib" in csv.stdout
    # articles parsed come first, then the outputs read back; a bad input is one line, exit 1
    mixed = run("places", "r.jsonl", news, "missing.jsonl", "-f", "jsonl", "--cache-dir", cache_dir)
    assert mixed.exit_code == 1
    assert mixed.stderr.splitlines() == ["geomap: missing.jsonl: no such file or folder"]
    assert mixed.stdout == 2 * (tmp_path / "r.jsonl").read_text()


# -- results files are untrusted input -----------------------------------------------------------


def _line(**fields):
    record = {"id": "a", "toponyms": [{"name": "Idlib", "start": 0, "end": 5, "place": "Idlib", "lat": 35.93,
                                        "lon": 36.63, "country": "SY", "geonameid": 169389}]}
    record.update(fields)
    return json.dumps(record)


def test_a_results_line_nested_too_deeply_is_one_problem_and_the_rest_is_read(tmp_path):
    out = tmp_path / "r.jsonl"
    out.write_text(_line() + "\n" + '{"id": "b", "toponyms": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                   + _line(id="c") + "\n")
    items = list(read_results(str(out)))
    assert [(p.line, p.reason) for p in items if isinstance(p, InputProblem)] == \
        [(2, "not a geomap jsonl line (nested too deeply)")]
    assert [r.article.id for r in items if isinstance(r, ArticleResult)] == ["a", "c"]
    deep = tmp_path / "deep.jsonl"  # its first line decides whether it is results at all
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    assert results_kind(str(deep)) is None
    geojson = tmp_path / "deep.geojson"
    geojson.write_text('{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}")
    [problem] = read_results(str(geojson))
    assert problem.reason == "not a geomap GeoJSON output (nested too deeply)"


def test_a_results_line_over_the_line_limit_is_skipped_unread(tmp_path, monkeypatch):
    import geomap.text

    monkeypatch.setattr(geomap.text, "MAX_LINE_CHARS", 1000)
    out = tmp_path / "r.jsonl"
    out.write_text(_line() + "\n" + _line(id="b", title="x" * 5000) + "\n" + _line(id="c") + "\n")
    items = list(read_results(str(out)))
    assert [(p.line, p.reason) for p in items if isinstance(p, InputProblem)] == \
        [(2, "line longer than 1,000 characters: skipped")]
    assert [r.article.id for r in items if isinstance(r, ArticleResult)] == ["a", "c"]


def test_a_geojson_over_its_size_limit_is_one_problem(geoparser, news, tmp_path, monkeypatch):
    import geomap.results

    out = tmp_path / "r.geojson"
    out.write_text(render(_parsed(geoparser, news), "geojson"))
    assert all(isinstance(r, ArticleResult) for r in read_results(str(out)))
    monkeypatch.setattr(geomap.results, "MAX_GEOJSON_BYTES", out.stat().st_size - 1)
    [problem] = read_results(str(out))
    assert problem.reason.startswith("over the 0 MB of GeoJSON geomap reads back: skipped")


def test_results_with_lone_surrogates_or_impossible_coordinates_map_cleanly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = dict(name="X", start=0, end=1, place="X", country="SY")
    (tmp_path / "r.jsonl").write_text("\n".join([
        _line(id="a\ud800", title="Raid \udcff on Idlib", url="https://example.org/\ud800"),
        _line(id="b", toponyms=[{**bad, "lat": float("nan"), "lon": 36.0}]),
        _line(id="c", toponyms=[{**bad, "lat": 35.0, "lon": 1000}]),
    ]) + "\n")
    out = CliRunner().invoke(cli, ["map", "r.jsonl", "-o", "m.html", "--tiles", "none"])
    assert out.stderr.splitlines() == [
        "geomap: r.jsonl:2: not a geomap jsonl line (coordinates out of range (nan, 36.0))",
        "geomap: r.jsonl:3: not a geomap jsonl line (coordinates out of range (35.0, 1000))",
    ]
    assert out.exit_code == 1 and SUMMARY.match(out.stdout).groups()[2] == "1"
    page = (tmp_path / "m.html").read_text(encoding="utf-8")  # written as UTF-8, which holds no surrogate
    assert "Raid \ufffd on Idlib" in page
    [result] = [r for r in read_results("r.jsonl") if isinstance(r, ArticleResult)]
    assert (result.article.id, result.article.url) == ("a\ufffd", "https://example.org/\ufffd")


def test_a_place_of_geomaps_own_lists_keeps_its_key_when_read_back():
    # (its id is geomap's own, which no export writes: read back, it has none)
    own = Place(-3_502_031, "Eastern Ghouta", 33.55, 36.4, "SY", "city")
    assert own.key == Place(0, "Eastern Ghouta", 33.55, 36.4, "SY", "city").key
    assert Place(170_063, "Aleppo", 36.2, 37.16, "SY", "city").key == "geonames:170063"
