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


STOCKHOLM = Place(2673730, "Stockholm", 59.33, 18.07, "SE", "city", 1515017, "Stockholm")
GOMA = Place(216281, "Goma", -1.68, 29.23, "CD", "city", 670000, "North Kivu")
UVIRA = Place(204318, "Uvira", -3.4, 29.14, "CD", "city", 170000, "South Kivu")
SOUTH_KIVU = Place(7, "South Kivu", -3.0, 28.3, "CD", "admin1", 0, "South Kivu")
CONGO = Place(203312, "Democratic Republic of the Congo", -2.5, 23.5, "CD", "country", 0)
IN_SOUTH_KIVU = "STOCKHOLM - Cases in Kamituga in South Kivu"


def _written_in(text, *before):
    """``before``, then "Kamituga" and "South Kivu" where ``text`` writes them."""
    return [*before, res(text.index("Kamituga"), "Kamituga", kind="context"),
            res(text.index("South Kivu"), "South Kivu", SOUTH_KIVU)]


def test_the_articles_own_country_anchors_a_name_before_a_dateline_abroad():
    sanaa = Place(71137, "Sanaa", 15.35, 44.21, "YE", "city", 1937451, "Sanaa")
    yemen = Place(69543, "Yemen", 15.5, 47.5, "YE", "country", 23495361)
    dubai = Place(292223, "Dubai", 25.07, 55.17, "AE", "city", 3478300, "Dubai")
    names = [res(0, "Sanaa", sanaa), res(10, "Yemen", yemen), res(20, "DUBAI", dubai), res(30, "Hodeidah", kind="context")]
    out = place_nearby(names)
    assert (out[3].place.lat, out[3].place.lon) == (sanaa.lat, sanaa.lon)
    # with no country named more than the others, the last town as before
    out = place_nearby(names[:1] + names[2:])
    assert (out[2].place.lat, out[2].place.lon) == (dubai.lat, dubai.lon)


def test_a_name_written_in_a_region_goes_to_the_articles_town_in_it_not_its_last_town():
    text = IN_SOUTH_KIVU.replace("Cases in", "Uvira Goma")
    out = place_nearby(_written_in(text, res(0, "STOCKHOLM", STOCKHOLM), res(12, "Uvira", UVIRA),
                                   res(18, "Goma", GOMA)), text)
    assert (out[3].place.lat, out[3].place.lon, out[3].place.admin1) == (UVIRA.lat, UVIRA.lon, "South Kivu")
    assert out[3].reason.endswith("the place this article names last before it in South Kivu (approximate)")


def test_with_no_town_in_that_region_the_name_is_placed_at_the_region():
    out = place_nearby(_written_in(IN_SOUTH_KIVU, res(0, "STOCKHOLM", STOCKHOLM)), IN_SOUTH_KIVU)
    assert (out[1].place.lat, out[1].place.lon, out[1].place.country) == (SOUTH_KIVU.lat, SOUTH_KIVU.lon, "CD")
    assert out[1].reason == ("not in the gazetteer; placed at South Kivu (CD), the area it is written in "
                             "(approximate)")
    # only a comma or "in" writes a name in a place: otherwise the last town places it
    text = IN_SOUTH_KIVU.replace(" in S", " & S")
    out = place_nearby(_written_in(text, res(0, "STOCKHOLM", STOCKHOLM)), text)
    assert (out[1].place.lat, out[1].place.lon) == (STOCKHOLM.lat, STOCKHOLM.lon)


def test_a_name_written_in_a_country_with_no_town_there_stays_unresolved():
    text = "STOCKHOLM - Cases in Kamituga, DRC"
    names = [res(0, "STOCKHOLM", STOCKHOLM), res(21, "Kamituga", kind="context"), res(31, "DRC", CONGO)]
    assert place_nearby(names, text) == names
    # and goes to a town of that country where the article names one
    out = place_nearby(names + [res(36, "Goma", GOMA)], text + " Goma")
    assert (out[1].place.lat, out[1].place.lon) == (GOMA.lat, GOMA.lon)


@pytest.mark.parametrize("text", ["Idlib Aleppo Tell Qarmuz, Idlib", "Idlib Aleppo Tell Qarmuz in Idlib",
                                  "Idlib Aleppo Tell Qarmuz near Idlib"])
def test_a_name_written_in_or_by_a_town_goes_to_that_town(text):
    start = text.index("Tell Qarmuz")
    out = place_nearby([res(0, "Idlib", IDLIB), res(6, "Aleppo", ALEPPO), res(start, "Tell Qarmuz", kind="context"),
                        res(text.rindex("Idlib"), "Idlib", IDLIB)], text)
    assert (out[2].place.lat, out[2].place.lon) == (IDLIB.lat, IDLIB.lon)
    assert "the place it is written in" in out[2].reason


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
    # not at Vermont, Illinois, a town of that name: the river lies by the article's towns (an
    # invented river: the Iowa River, once this test's, is in the index now)
    found = {r.mention.surface: r for r in geoparser.parse_text(
        "Flooding forced evacuations in Montpelier, and the Vermont River crested in Barre.").resolutions}
    river = found["Vermont River"]
    assert (river.place.feature, river.place.admin1) == ("nearby", "Vermont"), river.reason


def test_a_river_named_like_a_small_town_far_away_is_placed_by_the_articles_towns(geoparser):
    # Wessington Springs, South Dakota (919 people, "Wessington" for short) is dropped as
    # unlikely; the (invented) river's name is one the gazetteer lacks, placed by the
    # article's town (the Kennebec River, once this test's, is in the index now)
    result = geoparser.parse_text("The Wessington River rose near Augusta, Maine, on Monday.")
    [river] = [r for r in result.resolutions if r.mention.surface == "Wessington River"]
    assert (river.place.feature, river.place.admin1, river.place.country) == ("nearby", "Maine", "US")


def test_a_valley_named_like_a_town_away_from_the_articles_places_is_placed_by_them(geoparser):
    # "Belice" is only Belize City's other name; the article's places lie in Italy (an
    # invented gorge: Sicily's Belice Valley is in the index now)
    result = geoparser.parse_text("Farmers in the Belice Gorge, in Italy, lost crops near Parma.")
    [valley] = [r for r in result.resolutions if r.mention.surface == "Belice Gorge"]
    assert (valley.place.feature, valley.place.country) == ("nearby", "IT")
    # or in the article's country but far from its places and in none of their regions
    result = geoparser.parse_text("MISSOULA, Mont. - Ranchers in the Blackfoot Valley lost hay.")
    [valley] = [r for r in result.resolutions if r.mention.surface == "Blackfoot Valley"]
    assert (valley.place.feature, valley.place.admin1) == ("nearby", "Montana")  # not Blackfoot, Idaho
    # or in their region but twice as far from all of them (Smithers, British Columbia, lies
    # 700 km from Kamloops; an invented river: the Thompson, once this test's, is in the index)
    result = geoparser.parse_text("KAMLOOPS, B.C. - A wildfire is burning between Logan Lake and the Smithers "
                                  "River, southwest of Kamloops.")
    [river] = [r for r in result.resolutions if r.mention.surface == "Smithers River"]
    assert (river.place.feature, river.place.admin1) == ("nearby", "British Columbia"), river
    # a valley by its town in the article's region keeps the town
    result = geoparser.parse_text("Wine from Ukiah Valley sold well in California.")
    [valley] = [r for r in result.resolutions if r.mention.surface == "Ukiah Valley"]
    assert (valley.place.name, valley.place.feature, valley.place.admin1) == ("Ukiah", "city", "California")


def test_a_unit_the_index_lacks_named_like_a_town_far_away_is_placed_by_the_articles_places(geoparser):
    # Nova Scotia's Colchester County is no unit of the index: not Colchester, Vermont
    result = geoparser.parse_text("TRURO, Nova Scotia - Dikes protect farmland in Colchester County.")
    [county] = [r.place for r in result.resolutions if r.mention.surface == "Colchester County"]
    assert (county.feature, county.country) == ("nearby", "CA")
    # a unit the index holds stays the unit, and one named after a town by the article's
    # places keeps that town
    result = geoparser.parse_text("Shelling hit Idlib Province and Saraqib, Syria.")
    [idlib] = [r.place for r in result.resolutions if r.mention.surface == "Idlib Province"]
    assert idlib.feature == "admin1"
    result = geoparser.parse_text("Floods hit Kasese District near Fort Portal, Uganda.")
    [kasese] = [r.place for r in result.resolutions if r.mention.surface == "Kasese District"]
    assert (kasese.name, kasese.country) == ("Kasese", "UG")


def test_a_datelines_place_the_index_lacks_is_a_place(geoparser):
    # in capitals, before a comma, its country and the agency or a dash
    result = geoparser.parse_text("RENK, South Sudan (Reuters) - Families waited for buses to Malakal.")
    renk = result.resolutions[0]
    assert (renk.mention.surface, renk.mention.kind, renk.place.country) == ("RENK", "context", "SS")
    # not capitals that run into the text without a dash, nor before a town (no country or region)
    for text in ("RENK, South Sudan and Sudan agreed.", "RENK, South Sudan-based aid groups said so.",
                 "RENK, Kosti (Reuters) - Families fled."):
        assert "RENK" not in [r.mention.surface for r in geoparser.parse_text(text).resolutions], text


def test_a_gap_is_land_of_its_own(geoparser):
    # "Darien" is a Panamanian province: "the Darien Gap" is no region, a name of its own
    [gap] = [r for r in geoparser.parse_text("Migrants crossed the Darien Gap near Yaviza, Panama.").resolutions
             if r.mention.surface.startswith("Darien")]
    assert gap.mention.surface == "Darien Gap" and gap.place.feature != "admin1"


@pytest.mark.parametrize("text, name, town", [
    # a part of a town named like a town far away is placed in the town the text puts it in
    ("LINCOLN, Neb. - They raised three children in the Havelock neighborhood of northeast Lincoln.",
     "Havelock", "Lincoln"),
    ("Residents of the Five Points neighborhood in Athens, Ga., complained.", "Five Points", "Athens"),
])
def test_a_part_of_a_town_goes_to_its_town(geoparser, text, name, town):
    result = geoparser.parse_text(text).resolutions
    [part] = [r.place for r in result if r.mention.surface == name]
    [home] = [r.place for r in result if r.mention.surface.lower() == town.lower()][-1:]
    assert part.feature == "nearby" and (part.lat, part.lon) == (home.lat, home.lon)


def test_a_countrys_section_is_no_part_of_a_town(geoparser):
    # "the Britain section of the print edition" names the country
    [britain] = [r.place for r in geoparser.parse_text("It ran in the Britain section of the paper.").resolutions]
    assert britain.feature == "country"


def test_a_dateline_anchors_a_name_only_where_nothing_else_does():
    text = "IDLIB (Reuters) - Kafr Nabl was shelled, residents of Aleppo said."
    dateline = res(0, "IDLIB", IDLIB)
    kafr = res(text.index("Kafr"), "Kafr Nabl", kind="context")
    aleppo = res(text.index("Aleppo"), "Aleppo", ALEPPO)
    out = place_nearby([dateline, kafr, aleppo], text)
    assert (out[1].place.lat, out[1].place.lon) == (ALEPPO.lat, ALEPPO.lon), out[1].reason
    # the dateline alone still anchors it
    out = place_nearby([dateline, kafr], text)
    assert (out[1].place.lat, out[1].place.lon) == (IDLIB.lat, IDLIB.lon), out[1].reason
