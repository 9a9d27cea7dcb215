"""GIS and Google Earth out (issue 15): geomap's GeoJSON converts to GeoPackage, FlatGeobuf and
Shapefile through GDAL with every field a user needs; ``--format gpkg`` writes a GeoPackage and
``--format kml`` a KML document. Every file is read back with a real reader: GDAL (through
pyogrio) for all of them, and also an XML parser for KML."""

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.exporters import render
from geomap.models import ArticleResult

pyogrio = pytest.importorskip("pyogrio", reason="pyogrio is a test dependency (setup.cfg [test])")
from pyogrio.raw import read, write  # noqa: E402

KML = "{http://www.opengis.net/kml/2.2}"

ARTICLES = [
    {"id": "a1", "title": "Talks in Ankara", "date": "Fri, 14 Feb 2020 10:30:00 +0300",
     "url": "https://news.example.org/a1",
     "text": "Officials from Turkey and Russia met in Ankara on Friday. " * 6
             + "Shelling was reported near Dūmā and Idlib, where <script>alert(1)</script> families fled."},
    {"id": "a2", "title": "Convoys reach Idlib", "date": "2020-02-16",
     "url": "https://news.example.org/a2?x=1&y=2", "text": "Aid convoys reached Idlib from Ankara."},
]
#: The flat fields a GIS user needs on every place, whatever the format.
NEEDED = ("name", "place", "country", "feature", "geonameid", "mentions", "confidence", "title", "date",
          "date_end", "url", "article")


@pytest.fixture(scope="module")
def results(geoparser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("gis")
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    out = [r for r in geoparser.process([str(path)]) if isinstance(r, ArticleResult)]
    assert len(out) == 2
    return out


@pytest.fixture(scope="module")
def geojson(results, tmp_path_factory):
    path = tmp_path_factory.mktemp("geojson") / "places.geojson"
    path.write_text(render(results, "geojson"), encoding="utf-8")
    return path


def _features(path, **kwargs):
    """name -> {field: value} of every feature GDAL reads from ``path``."""
    meta, _, geometry, columns = read(str(path), datetime_as_string=True, **kwargs)
    fields = list(meta["fields"])
    rows = {}
    for i in range(len(geometry)):
        row = {f: _plain(columns[j][i]) for j, f in enumerate(fields)}
        rows[row.get("name") or row.get("Name")] = row
    return meta, rows


def _plain(value):
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


@pytest.mark.parametrize("driver, suffix", [("GPKG", "gpkg"), ("FlatGeobuf", "fgb"), ("ESRI Shapefile", "shp")])
def test_the_geojson_converts_to_gis_formats_with_every_needed_field(geojson, tmp_path, driver, suffix):
    meta, fids, geometry, columns = read(str(geojson), datetime_as_string=True)  # as ogr2ogr: offsets kept
    types = dict(zip(meta["fields"], meta["dtypes"]))
    assert not [f for f, t in types.items() if t.startswith("list")], types  # no list types GDAL can't write
    target = tmp_path / f"places.{suffix}"
    write(str(target), geometry, columns, meta["fields"], driver=driver, geometry_type="Point", crs=meta["crs"])
    assert target.stat().st_size > 0
    _, source = _features(geojson)
    back_meta, back = _features(target)
    assert set(back) == set(source) and len(back) == len(source) >= 4
    for name in NEEDED:  # every needed field is there, by its own name (10 characters at most)
        assert name in back_meta["fields"], (driver, name)
    doc = json.loads(geojson.read_text(encoding="utf-8"))
    for feature in doc["features"]:
        props, got = feature["properties"], back[feature["properties"]["name"]]
        for name in NEEDED:
            want = props[name]
            if driver == "ESRI Shapefile" and want is None and isinstance(got[name], str):
                want = ""  # dBase has no null text
            if isinstance(want, float):
                assert got[name] == pytest.approx(want), (driver, name)
            elif name in ("date", "date_end") and want:  # GDAL reads ISO dates as date-times
                assert _instant(got[name]) == _instant(want), (driver, name, props["name"])
            else:
                assert got[name] == want, (driver, name, props["name"])
        if driver == "ESRI Shapefile":  # dBase text holds 254 bytes: the start of the excerpts
            assert props["excerpt"].encode("utf-8").startswith(got["excerpt"].encode("utf-8")[:200])
        else:
            assert got["excerpt"] == props["excerpt"] and json.loads(got["articles"]) == props["articles"]
    idlib = back["Idlib"]
    assert (idlib["title"], _instant(idlib["date"]), _instant(idlib["date_end"]), idlib["article"]) == (
        "Talks in Ankara", _instant("2020-02-14T10:30:00+03:00"), _instant("2020-02-16"), "a1; a2")


def _instant(iso):
    """An ISO date or date-time as a comparable value (a date is its midnight)."""
    from datetime import datetime

    return datetime.fromisoformat(str(iso).replace("/", "-").replace(" ", "T"))


def test_format_gpkg_writes_places_and_mentions_layers(run_cli, tmp_path, results):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    result = run_cli("places", source, "--format", "gpkg", "-o", "out/places.gpkg")
    assert result.exit_code == 0, result.output
    path = tmp_path / "out" / "places.gpkg"
    assert sorted(name for name, _ in pyogrio.list_layers(str(path))) == ["mentions", "places"]
    meta, places = _features(path, layer="places")
    assert meta["crs"] == "EPSG:4326"
    doc = json.loads(render(results, "geojson"))
    assert set(places) == {f["properties"]["name"] for f in doc["features"]}
    for f in doc["features"]:
        got = places[f["properties"]["name"]]
        assert all(got[k] == pytest.approx(f["properties"][k]) if isinstance(got[k], float) else
                   got[k] == f["properties"][k] for k in NEEDED if k != "geonameid"), (got, f["properties"])
        assert json.loads(got["excerpts"]) == f["properties"]["excerpts"]
    meta, _, geometry, columns = read(str(path), layer="mentions", datetime_as_string=True)
    rows = [dict(zip(meta["fields"], (_plain(c[i]) for c in columns))) for i in range(len(geometry))]
    placed = [r for res in results for r in res.resolutions if r.place is not None]
    assert len(rows) == len(placed)
    convoy = [r for r in rows if r["article"] == "a2"]
    assert {r["title"] for r in convoy} == {"Convoys reach Idlib"} and {r["date"] for r in convoy} == {"2020-02-16"}
    assert convoy[0]["url"] == "https://news.example.org/a2?x=1&y=2"


def test_format_gpkg_needs_a_file(run_cli, tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Talks in Ankara.", encoding="utf-8")
    result = run_cli("places", story, "--format", "gpkg")
    assert result.exit_code == 2 and "-o FILE.gpkg" in result.stderr


def test_kml_has_names_escaped_descriptions_time_stamps_and_data(results):
    text = render(results, "kml")
    root = ET.fromstring(text.encode("utf-8"))  # well-formed XML
    assert root.tag == f"{KML}kml"
    marks = root.findall(f"{KML}Document/{KML}Placemark")
    doc = json.loads(render(results, "geojson"))
    assert [m.findtext(f"{KML}name") for m in marks] == [f["properties"]["name"] for f in doc["features"]]
    by_name = {m.findtext(f"{KML}name"): m for m in marks}
    idlib = by_name["Idlib"]
    # named in both articles: a time span from the first report to the last
    assert idlib.findtext(f"{KML}TimeSpan/{KML}begin") == "2020-02-14T10:30:00+03:00"
    assert idlib.findtext(f"{KML}TimeSpan/{KML}end") == "2020-02-16"
    assert by_name["Russia"].findtext(f"{KML}TimeStamp/{KML}when") == "2020-02-14T10:30:00+03:00"
    lon, lat = map(float, idlib.findtext(f"{KML}Point/{KML}coordinates").split(","))
    feature = next(f for f in doc["features"] if f["properties"]["name"] == "Idlib")
    assert [lon, lat] == feature["geometry"]["coordinates"]
    # the description is HTML in which the article's text is escaped: no markup from an article
    description = idlib.findtext(f"{KML}description")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in description and "<script>" not in description
    assert "<b>Idlib</b>" in description and "Convoys reach Idlib, 2020-02-16" in description
    assert 'href="https://news.example.org/a2?x=1&amp;y=2"' in description
    data = {d.get("name"): d.findtext(f"{KML}value") for d in idlib.findall(f"{KML}ExtendedData/{KML}Data")}
    assert (data["title"], data["url"], data["article"], data["country"]) == (
        "Talks in Ankara", "https://news.example.org/a1", "a1; a2", "SY")


def test_kml_reads_back_in_gdal_libkml(results, tmp_path):
    path = tmp_path / "places.kml"
    path.write_text(render(results, "kml"), encoding="utf-8")
    if "LIBKML" not in pyogrio.list_drivers():
        pytest.skip("this GDAL has no libkml")
    meta, rows = _features(path, layer=pyogrio.list_layers(str(path))[0][0])
    fields = list(meta["fields"])
    assert {"Name", "description", "timestamp", "begin", "end"} <= set(fields), fields
    assert set(rows) == {f["properties"]["name"] for f in json.loads(render(results, "geojson"))["features"]}
    assert rows["Idlib"]["title"] == "Talks in Ankara" and rows["Idlib"]["url"] == "https://news.example.org/a1"
    assert str(rows["Idlib"]["begin"]).startswith("2020-02-14") and str(rows["Idlib"]["end"]).startswith("2020-02-16")
    assert str(rows["Russia"]["timestamp"]).startswith("2020-02-14")


def test_empty_results_give_valid_kml():
    root = ET.fromstring(render([], "kml").encode("utf-8"))
    assert root.findall(f"{KML}Document/{KML}Placemark") == []


@pytest.fixture
def run_cli(cache_dir, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(cache_dir))
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_control_characters_and_far_out_dates_still_give_valid_files(geoparser, tmp_path):
    """Article text may hold control characters that XML 1.0 cannot (an escape sequence, a
    form feed), and a feed may date an entry at the calendar's edge."""
    path = tmp_path / "odd.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in [
        {"id": "c1", "title": "Raid\u0001 on Idlib", "date": "Fri, 31 Dec 9999 23:59:59 -1200",
         "text": "Bombs fell on Idlib. Aleppo \x1b[31m was hit.\x0c"},
        {"id": "c2", "date": "0001-01-01T00:00:00+14:00", "text": "Talks went on in Aleppo."},
    ]), encoding="utf-8")
    results = [r for r in geoparser.process([str(path)]) if isinstance(r, ArticleResult)]
    assert len(results) == 2
    for fmt in ("geojson", "json", "csv", "jsonl"):
        assert render(results, fmt)  # written, not an OverflowError
    root = ET.fromstring(render(results, "kml").encode("utf-8"))  # well-formed XML
    text = "".join(root.itertext())
    assert "Raid\ufffd on Idlib" in text and "\ufffd[31m" in text
    assert not any(c in text for c in "\x01\x1b\x0c")
    features = json.loads(render(results, "geojson"))["features"]
    assert {f["properties"]["name"] for f in features} == {"Idlib", "Aleppo"}
