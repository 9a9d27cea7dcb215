"""Names the gazetteer lacks, placed at the town their article names nearest (geomap.nearby)."""

import json

import pytest
from geomap.models import NO_EXCERPT, Mention, Place, Resolution
from geomap.nearby import CONFIDENCE, place_nearby
from geomap.pipeline import Geoparser

IDLIB = Place(170592, "Idlib", 35.93, 36.63, "SY", "city", 128840, "Idlib")
ALEPPO = Place(170063, "Aleppo", 36.2, 37.16, "SY", "city", 1602264, "Aleppo")
SYRIA = Place(163843, "Syria", 35.0, 38.0, "SY", "country", 22198110)


def res(start, surface, place=None, kind="gazetteer"):
    return Resolution(Mention("a", start, start + len(surface), surface, kind), place, NO_EXCERPT,
                      0.9 if place else 0.0, "")


def test_a_context_name_is_placed_at_the_town_named_last_before_it():
    out = place_nearby([res(0, "Idlib", IDLIB), res(10, "Aleppo", ALEPPO), res(20, "Kafr Nabl", kind="context")])
    kafr = out[2]
    assert (kafr.place.lat, kafr.place.lon, kafr.place.country) == (ALEPPO.lat, ALEPPO.lon, "SY")
    # a place of its own, never the town itself: its name, no GeoNames id, an approximate kind
    assert (kafr.place.name, kafr.place.geonameid, kafr.place.feature) == ("Kafr Nabl", 0, "nearby")
    assert kafr.confidence == CONFIDENCE < 0.5  # drawn as an uncertain place
    assert kafr.reason == ("not in the gazetteer; placed at Aleppo (Aleppo, SY), the place this article "
                           "names last before it (approximate)")
    assert out[:2] == [res(0, "Idlib", IDLIB), res(10, "Aleppo", ALEPPO)]  # the others as they were


def test_without_a_town_before_it_the_first_after_it_anchors_it():
    out = place_nearby([res(0, "Kafr Nabl", kind="context"), res(20, "Idlib", IDLIB), res(30, "Aleppo", ALEPPO)])
    assert (out[0].place.lat, out[0].place.lon) == (IDLIB.lat, IDLIB.lon)
    assert "names first after it" in out[0].reason


def test_countries_and_regions_anchor_nothing_and_a_lone_name_stays_unresolved():
    alone = [res(0, "Syria", SYRIA), res(10, "Kafr Nabl", kind="context")]
    assert place_nearby(alone) == alone
    # the town after it anchors it, not the country before it
    out = place_nearby(alone + [res(30, "Idlib", IDLIB)])
    assert (out[1].place.lat, out[1].place.lon) == (IDLIB.lat, IDLIB.lon)


def test_every_mention_of_a_name_goes_to_its_first_mentions_town():
    out = place_nearby([res(0, "Idlib", IDLIB), res(10, "Kafr Nabl", kind="context"),
                        res(30, "Aleppo", ALEPPO), res(40, "Kafr  Nabl", kind="context")])
    assert out[1].place == out[3].place and (out[3].place.lat, out[3].place.lon) == (IDLIB.lat, IDLIB.lon)


def test_a_gazetteer_name_left_unresolved_stays_so():
    # a name the gazetteer holds but disambiguation left without a place is no context name
    dropped = [res(0, "Idlib", IDLIB), res(10, "Freedom")]
    assert place_nearby(dropped) == dropped


TEXT = "Shelling hit Idlib on Monday. In the village of Tell Qarmuz, three people were hurt."  # not in GeoNames


def _places(run, *options):
    result = run("places", "--format", "jsonl", "-", *options, input=TEXT)
    assert result.exit_code == 0, result.output
    return {t["name"]: t for t in json.loads(result.stdout)["toponyms"]}


def test_offline_a_context_name_is_on_the_map_by_its_town_and_no_nearby_leaves_it_unresolved(run):
    placed = _places(run)
    assert placed["Tell Qarmuz"]["feature"] == "nearby"
    assert (placed["Tell Qarmuz"]["lat"], placed["Tell Qarmuz"]["lon"]) == (placed["Idlib"]["lat"], placed["Idlib"]["lon"])
    unresolved = _places(run, "--no-nearby")
    assert unresolved["Tell Qarmuz"]["lat"] is None and unresolved["Idlib"]["lat"] is not None


@pytest.mark.parametrize("nearby", [True, False])
def test_the_library_takes_the_choice_and_hands_it_to_workers(cache_dir, nearby):
    with Geoparser(cache_dir, nearby=nearby) as parser:
        found = {r.mention.surface: r.place for r in parser.parse_text(TEXT).resolutions}
        assert (found["Tell Qarmuz"] is not None) is nearby
        assert parser.worker_settings()["nearby"] is nearby


@pytest.mark.parametrize("text, name", [
    # a township named after a far-off town or a person ("Washington" is the capital's name)
    ("Officials in Washington Township and Howell Township said Monmouth County would vote.", "Washington Township"),
    # and one the index lacks altogether, found by its head
    ("Officials in Upper Makefield Township said Monmouth County would vote.", "Upper Makefield Township"),
])
def test_a_township_is_placed_by_the_articles_own_places(geoparser, text, name):
    found = {r.mention.surface: r for r in geoparser.parse_text(text).resolutions}
    township, county = found[name], found["Monmouth County"]
    assert township.place.feature == "nearby" and township.place.admin1 == "New Jersey", township.reason
    assert (township.place.lat, township.place.lon) == (county.place.lat, county.place.lon)


def test_a_township_the_index_holds_is_that_place(geoparser):
    found = {r.mention.surface: r for r in geoparser.parse_text(
        "The fire started in West Bloomfield Township, Michigan, on Monday.").resolutions}
    township = found["West Bloomfield Township"]
    assert (township.place.feature, township.place.admin1) == ("city", "Michigan"), township.reason


def test_a_river_named_after_a_state_is_placed_by_the_articles_towns(geoparser):
    # not at Iowa, Louisiana, a town of that name: the river lies by the article's towns
    found = {r.mention.surface: r for r in geoparser.parse_text(
        "Flooding forced evacuations in Iowa City, and the Iowa River crested in Coralville.").resolutions}
    river = found["Iowa River"]
    assert (river.place.feature, river.place.admin1) == ("nearby", "Iowa"), river.reason
