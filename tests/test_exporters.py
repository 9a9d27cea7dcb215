"""Output formats (geomap.exporters): jsonl for the scorer, json, geojson, csv, table."""

import csv
import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.exporters import (CSV_FIELDS, FILE_FORMATS, FORMATS, article_record, render, to_csv, to_geojson, to_json,
                              to_jsonl_line, to_table)
from geomap.models import Article, ArticleResult, Excerpt, Mention, Place, Resolution

ANKARA = Place(323786, "Ankara", 39.91987, 32.85427, "TR", "city", 3517182, "Ankara")
TURKEY = Place(298795, "Turkey", 39.0, 35.0, "TR", "country", 82319724)
ALEPPO = Place(170063, "Aleppo", 36.20124, 37.16117, "SY", "city", 2098210)
PARIS_TX = Place(4717560, "Paris", 33.66094, -95.55551, "US", "city", 24782, "Texas")
MINE = Place(0, "Camp X", 36.5, 36.9, "", "custom")


def _result(article_id, text, names, **fields):
    """An ArticleResult for ``(surface, place)`` pairs, each at its next occurrence."""
    resolutions, pos = [], 0
    for surface, place in names:
        start = text.index(surface, pos)
        pos = end = start + len(surface)
        resolutions.append(Resolution(
            Mention(article_id, start, end, surface), place, Excerpt(text, start, end),
            confidence=0.75 if place else 0.0, reason="most populous" if place else "",
            alternatives=(PARIS_TX,) if place is ANKARA else ()))
    return ArticleResult(Article(article_id, text, source=f"{article_id}.txt", title=article_id.upper(),
                                 **fields), tuple(resolutions))


@pytest.fixture
def results():
    one = _result("one", "Turkey's envoy in Ankara met Ankara officials near Camp X and Atlantis.",
                  [("Turkey", TURKEY), ("Ankara", ANKARA), ("Ankara", ANKARA), ("Camp X", MINE),
                   ("Atlantis", None)], date="14 February 2020", url="https://example.org/one")
    two = _result("two", "Aid reached Aleppo; Ankara agreed.", [("Aleppo", ALEPPO), ("Ankara", ANKARA)],
                  date="2020-02-10T08:00:00Z", url="https://example.org/two")
    empty = ArticleResult(Article("three", "Nothing here."), ())
    return [one, two, empty]


def test_formats_are_the_cli_choices():
    assert FORMATS == ("table", "json", "jsonl", "csv", "geojson", "kml")
    assert FILE_FORMATS == ("gpkg",)
    from geomap.cli import cli

    [fmt] = [p for p in cli.commands["places"].params if p.name == "fmt"]
    assert tuple(fmt.type.choices) == FORMATS + FILE_FORMATS


def test_jsonl_is_one_line_per_article_in_the_scorers_system_format(results):
    lines = render(results, "jsonl").splitlines()
    assert len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert [d["id"] for d in docs] == ["one", "two", "three"]
    assert docs[2] == {"id": "three", "title": None, "date": None, "url": None, "toponyms": []}
    assert {k: docs[0][k] for k in ("title", "date", "url")} == {
        "title": "ONE", "date": "2020-02-14", "url": "https://example.org/one"}
    assert docs[1]["date"] == "2020-02-10T08:00:00+00:00"  # ISO 8601, whatever form it came in
    for doc, result in zip(docs, results):
        assert list(doc) == ["id", "title", "date", "url", "toponyms"]
        for top in doc["toponyms"]:
            assert list(top)[:5] == ["start", "end", "name", "lat", "lon"]
            assert result.article.text[top["start"] : top["end"]] == top["name"]
            for key in ("geonameid", "place", "country", "feature", "confidence", "reason", "alternatives"):
                assert key in top
    first = docs[0]["toponyms"]
    assert first[0] == {**first[0], "start": 0, "end": 6, "name": "Turkey", "lat": 39.0, "lon": 35.0,
                        "geonameid": 298795, "place": "Turkey", "country": "TR", "feature": "country"}
    assert first[1]["alternatives"] == [{"place": "Paris", "country": "US", "feature": "city",
                                         "geonameid": 4717560, "lat": 33.66094, "lon": -95.55551}]
    # a user's place has no GeoNames id; an unresolved name has null coordinates
    assert (first[3]["geonameid"], first[3]["country"], first[3]["feature"]) == (None, None, "custom")
    assert {k: first[4][k] for k in ("name", "lat", "lon", "place")} == {
        "name": "Atlantis", "lat": None, "lon": None, "place": None}


def test_jsonl_lines_are_exactly_what_json_dumps_writes(results):
    """The line is written from remembered parts; it must be the same bytes as json.dumps
    of the record, for odd strings, unresolved names, repeated places, equal places that are
    other objects, and a confidence that is no float."""
    text = 'Ankara "quoted" \u2028 \x01 Şanlıurfa Ankara Atlantis Ankara'
    odd = _result('id "7" \\ é', text, [("Ankara", ANKARA), ("Şanlıurfa", MINE), ("Ankara", ANKARA),
                                          ("Atlantis", None), ("Ankara", dataclasses.replace(ANKARA))])
    weird = dataclasses.replace(odd.resolutions[0], confidence=1, reason='say "why" \\ \u2028 \n')
    odd = dataclasses.replace(odd, resolutions=odd.resolutions + (weird,))
    titled = dataclasses.replace(odd, article=dataclasses.replace(odd.article, title='A "title" é', date="2020-02-14",
                                                                   url="https://example.org/a?b=1&c"))
    for result in [*results, odd, odd, titled]:
        assert to_jsonl_line(result) == json.dumps(article_record(result), ensure_ascii=False)
    assert list(json.loads(to_jsonl_line(titled))) == ["id", "title", "date", "url", "toponyms"]
    # every line has the three fields, null where the article has none (issue 15)
    assert json.loads(to_jsonl_line(results[2])) == {"id": "three", "title": None, "date": None, "url": None,
                                                     "toponyms": []}


def test_jsonl_keeps_non_ascii_text_readable():
    place = Place(1, "Şanlıurfa", 37.16, 38.79, "TR", "city", 1)
    line = render([_result("ş", "In Şanlıurfa.", [("Şanlıurfa", place)])], "jsonl")
    assert "Şanlıurfa" in line and line.endswith("}\n")


SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_the_scorer_reads_our_jsonl(tmp_path, geoparser):
    """Our jsonl, scored against a gold file of the same places, is perfect."""
    text = "Officials in Ankara and Aleppo disagreed about Turkey."
    result = geoparser.parse_text(text, "doc-1")
    gold = {"id": "doc-1", "text": text, "toponyms": [
        {"start": text.index(n), "end": text.index(n) + len(n), "name": n, "lat": lat, "lon": lon}
        for n, lat, lon in [("Ankara", 39.91987, 32.85427), ("Aleppo", 36.20124, 37.16117),
                            ("Turkey", 39.0, 35.0)]]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "sys.jsonl").write_text(render([result], "jsonl"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "gold.jsonl"),
                          str(tmp_path / "sys.jsonl"), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["exact"]["f1"] == 1.0
    assert scores["exact"]["resolution"]["acc161"] == 1.0


def test_geojson_is_a_feature_collection_with_lon_lat_order(results):
    doc = json.loads(to_geojson(results))
    assert doc["type"] == "FeatureCollection"
    feats = doc["features"]
    assert [f["properties"]["name"] for f in feats] == ["Ankara", "Aleppo", "Camp X", "Turkey"]
    for f in feats:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        assert "lat" not in f["properties"] and "lon" not in f["properties"]
    ankara = feats[0]
    assert ankara["geometry"]["coordinates"] == [32.85427, 39.91987]  # RFC 7946: [lon, lat]
    props = ankara["properties"]
    assert (props["mentions"], props["geonameid"], props["country"]) == (3, 323786, "TR")
    assert props["articles"] == [
        {"id": "one", "title": "ONE", "date": "2020-02-14", "url": "https://example.org/one"},
        {"id": "two", "title": "TWO", "date": "2020-02-10T08:00:00+00:00", "url": "https://example.org/two"}]
    # the article's fields as flat values: the earliest report, and the range of dates
    assert (props["title"], props["date"], props["date_end"], props["url"]) == (
        "TWO", "2020-02-10T08:00:00+00:00", "2020-02-14", "https://example.org/two")
    assert props["article"] == "one; two" and props["alts"] == "Paris (US)"
    assert props["excerpt"].split("\n") == list(dict.fromkeys(e["text"] for e in props["excerpts"]))
    aleppo = feats[1]["properties"]
    assert (aleppo["title"], aleppo["date"], aleppo["date_end"], aleppo["url"]) == (
        "TWO", "2020-02-10T08:00:00+00:00", "2020-02-10T08:00:00+00:00", "https://example.org/two")
    assert [(e["article"], e["text"][e["start"] : e["end"]]) for e in props["excerpts"]] == [
        ("one", "Ankara"), ("one", "Ankara"), ("two", "Ankara")]
    assert props["confidence"] == 0.75 and props["reason"] == "most populous"
    assert doc["properties"]["unresolved"] == ["Atlantis"]
    assert "GeoNames" in doc["properties"]["attribution"]


def test_json_holds_articles_and_places(results):
    doc = json.loads(to_json(results))
    assert [a["id"] for a in doc["articles"]] == ["one", "two", "three"]
    assert doc["articles"][0]["title"] == "ONE" and doc["articles"][0]["source"] == "one.txt"
    assert (doc["articles"][0]["date"], doc["articles"][0]["url"]) == ("2020-02-14", "https://example.org/one")
    assert doc["articles"][2]["date"] is None
    assert doc["places"][0]["articles"][1]["url"] == "https://example.org/two"
    assert (doc["places"][0]["date"], doc["places"][0]["title"]) == ("2020-02-10T08:00:00+00:00", "TWO")
    assert [p["name"] for p in doc["places"]] == ["Ankara", "Aleppo", "Camp X", "Turkey"]
    assert doc["places"][0]["lat"] == 39.91987 and doc["places"][0]["mentions"] == 3
    assert "GeoNames" in doc["attribution"]


def test_csv_has_a_fixed_header_and_a_row_per_mention(results):
    text = to_csv(results)
    assert text.splitlines()[0] == ",".join(CSV_FIELDS)
    assert CSV_FIELDS[:13] == ["article", "title", "date", "url", "start", "end", "name", "place", "country",
                               "feature", "lat", "lon", "geonameid"]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 7
    assert {k: rows[1][k] for k in CSV_FIELDS[:13]} == {
        "article": "one", "title": "ONE", "date": "2020-02-14", "url": "https://example.org/one", "start": "18", "end": "24", "name": "Ankara", "place": "Ankara", "country": "TR",
        "feature": "city", "lat": "39.91987", "lon": "32.85427", "geonameid": "323786"}
    assert (rows[4]["name"], rows[4]["lat"], rows[4]["place"]) == ("Atlantis", "", "")
    assert (rows[4]["title"], rows[4]["date"]) == ("ONE", "2020-02-14")  # unplaced names carry them too
    assert rows[6]["date"] == "2020-02-10T08:00:00+00:00"
    assert rows[1]["excerpt"] == results[0].article.text


def test_csv_quotes_commas_quotes_and_line_breaks():
    text = 'He said "Ankara, yes"\nand left.'
    rows = list(csv.DictReader(io.StringIO(to_csv([_result("q", text, [("Ankara", ANKARA)])]))))
    assert rows[0]["excerpt"] == text


def test_table_lists_places_by_mentions_with_unresolved_names_last(results):
    lines = to_table(results).splitlines()
    assert lines[0].split() == ["MENTIONS", "PLACE", "COUNTRY", "KIND", "LAT", "LON", "CONFIDENCE"]
    assert lines[1].split() == ["3", "Ankara", "TR", "city", "39.9199", "32.8543", "0.75"]
    assert [line.split()[1] for line in lines[1:5]] == ["Ankara", "Aleppo", "Camp", "Turkey"]
    assert lines[-1] == "unresolved: Atlantis"
    # columns line up: every row's place starts under the PLACE heading
    col = lines[0].index("PLACE")
    assert all(line[col - 1] == " " and line[col] != " " for line in lines[1:5])


def test_no_results_give_valid_empty_outputs():
    assert render([], "jsonl") == ""
    assert json.loads(render([], "geojson"))["features"] == []
    assert json.loads(render([], "json"))["places"] == []
    assert render([], "csv") == ",".join(CSV_FIELDS) + "\r\n"  # RFC 4180 rows
    assert render([], "table").splitlines() == [render([], "table").splitlines()[0]]


def test_outputs_are_stable(results):
    for fmt in FORMATS:
        assert render(results, fmt) == render(list(results), fmt)


def _geocoded_result():
    from geomap.models import Article, ArticleResult, Excerpt, Mention, Place, Resolution

    text = "Aid was stored in the town of Atmuz."
    start = text.index("Atmuz")
    mention = Mention("a", start, start + 5, "Atmuz", kind="context")
    place = Place(0, "Atmuz", 36.2156, 36.6608, "SY", "geocoded")
    res = Resolution(mention, place, Excerpt(text, start, start + 5), 0.5, "nominatim's answer")
    return [ArticleResult(Article("a", text), (res,))]


def test_exports_credit_openstreetmap_only_when_a_place_was_geocoded():
    import json as _json

    from geomap.exporters import to_geojson, to_json
    from geomap.render import render_map

    results = _geocoded_result()
    assert "OpenStreetMap" in _json.loads(to_geojson(results))["properties"]["attribution"]
    assert "OpenStreetMap" in _json.loads(to_json(results))["attribution"]
    assert "OpenStreetMap" in render_map(results).get_root().render()
    assert "OpenStreetMap contributors (ODbL)" not in render_map([]).get_root().render()
    assert "OpenStreetMap" not in _json.loads(to_json([]))["attribution"]
