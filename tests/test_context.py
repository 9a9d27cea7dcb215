"""geomap.context: names the gazetteer lacks, found by the words around them (issue 5)."""

import pytest

from geomap.context import find_context_names
from geomap.models import Article, Match, Mention


def names(text, matches=(), **kwargs):
    found = find_context_names(Article("a", text), list(matches), **kwargs)
    for m in found:
        assert m.candidates == () and m.mention.kind == "context"
        assert text[m.mention.start : m.mention.end] == m.mention.surface
    return [m.mention.surface for m in found]


@pytest.mark.parametrize("text, expected", [
    ("Shelling hit the town of Kafr Nabl on Monday.", ["Kafr Nabl"]),
    ("Fighting continued near Eastern Qalbun.", ["Eastern Qalbun"]),
    ("Aid reached Wadi Barada province late.", ["Wadi Barada"]),
    ("They fled to the Zaatari refugee camp.", ["Zaatari"]),
    ("They fled to the Zaatari Refugee Camp.", ["Zaatari Refugee Camp"]),
    ("Trucks used the Bab al-Qalbun crossing.", ["Bab al-Qalbun"]),
    ("Rebels left the villages of Foua and others.", ["Foua"]),
    ("It lies 20 km north of Tal Rifaat.", ["Tal Rifaat"]),
    ("Deir ez-Zor governorate was hit.", ["Deir ez-Zor"]),
    ("He lives in Harlan County now.", ["Harlan County"]),
    # land and water by their kind's word, after the name or before it
    ("The Kennebec River rose overnight.", ["Kennebec River"]),
    ("Snow fell on the Wasatch Mountains.", ["Wasatch Mountains"]),
    ("Boaters on Lake Murray were warned.", ["Lake Murray"]),
    ("Hikers climbed Mount Sentinel.", ["Mount Sentinel"]),
    ("The River Nore and Lough Neagh and Loch Ness were low.", ["River Nore", "Lough Neagh", "Loch Ness"]),
    # a capitalised land or water word makes a name of everyday words too
    ("The Salmon River and the Hocking River rose.", ["Salmon River", "Hocking River"]),
    # an English word among the particles joins a name only with a hyphen
    ("The Assiniboine River at Brandon dropped.", ["Assiniboine River"]),
    # a kept abbreviation dot ends a name as any dot does (the words come from geomap.tokens)
    ("Staff of Dr. Maggard camp said so.", ["Maggard"]),
    # a territory of Congo's provinces, in lower case only ("the Northern Territory" is one)
    ("Massacres hit the Djugu territory again.", ["Djugu"]),
    ("Massacres hit Irumu and Lubero territories.", ["Irumu", "Lubero"]),
    ("Fires burned in the Kimberley Territory.", []),
    # "falls" names a waterfall capitalised only: in lower case it is as often a verb
    ("Tourists crowded Wailua Falls.", ["Wailua Falls"]),
    ('"Mothering Sunday falls on a busy weekend," she said.', []),
])
def test_cued_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Sales rose in the Central district.",           # only common words and directions
    "Rebels attacked an IDP camp.",                   # an acronym is an organisation
    "She met him near President Smith's office.",     # a title: a person
    "They waited near Smith's home.",                 # a possessive after 'near': a person
    "The Congressional District voted.",              # an institution
    "The Unified School District closed.",
    "Talks began in Geneva on Monday.",               # no cue
    "The pro-Assad district rallied.",                # the end of a hyphenated word
    "The Lake was calm.",                             # a kind's word alone
    "Cases of Ross River virus rose.",                # a disease's name
    "The Lake Murray Fourth of July show.",           # everyday words after the lake's
    "Lake Champlain Transportation Co. said so.",     # a firm's name
    "Instead county police now claim it.",            # an adverb opening a sentence
    "Meanwhile district officials met.",
    "Kids ran from the Scout camp to the bush.",      # a movement's name
])
def test_no_name_without_a_place_like_context(text):
    assert names(text) == []


def test_later_bare_mentions_of_a_found_name_count_too():
    text = "The village of Kafr Nabl was shelled. Kafr Nabl has no water. Kafr is a word."
    assert names(text) == ["Kafr Nabl", "Kafr Nabl"]


def test_a_name_overlapping_a_match_is_skipped():
    text = "Aid reached Idlib province and the town of Saraqib."
    idlib = Match(Mention("a", 12, 17, "Idlib"), ())
    saraqib = Match(Mention("a", text.index("Saraqib"), text.index("Saraqib") + 7, "Saraqib"), ())
    assert names(text, [idlib, saraqib]) == []


def test_names_the_gazetteer_holds_are_left_to_the_matcher():
    text = "She stood near Paris Hilton and the town of Kafr Nabl."
    assert names(text, known=lambda keys: {k for k in keys if k == "paris hilton"}) == ["Kafr Nabl"]


def test_ignored_names_are_not_reported():
    assert names("The town of Kafr Nabl and the town of Atmuz.", ignore=["KAFR NABL"]) == ["Atmuz"]


def test_empty_text():
    assert names("") == []


def test_an_article_opening_the_sentence_is_not_part_of_the_name():
    assert names("The Bab al-Qalbun crossing was closed.") == ["Bab al-Qalbun"]
    assert names("The Atmuz camp is full.") == ["Atmuz"]


@pytest.mark.parametrize("text, expected", [
    # each name of a list before a plural kind of place is a place of that kind
    ("Mining went on along the Ankobra and Bonsa rivers.", ["Ankobra", "Bonsa"]),
    ("Parts of Chhatak, Dowarabazar and Tahirpur upazilas flooded.", ["Chhatak", "Dowarabazar", "Tahirpur"]),
    # one word alone before the plural may be an adjective
    ("A siege of two Shiite villages ended.", []),
    ("Several provinces objected.", []),
])
def test_a_list_before_a_plural_kind_of_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Homes on the edge of the Lagos Lagoon flooded.", ["Lagos Lagoon"]),
    ("Rain over the Mau Escarpment fed the rivers.", ["Mau Escarpment"]),
    ("Boats reach islands in the Sulu Archipelago.", ["Sulu Archipelago"]),
    ("Trucks waited at the Goderdzi Pass for days.", ["Goderdzi Pass"]),
    # and plains, highlands, marshes, swamps, wetlands and volcanoes
    ("Floods covered the Brakmoor Plain again.", ["Brakmoor Plain"]),
    ("Cattle graze in the Brakmoor Highlands.", ["Brakmoor Highlands"]),
    ("Birds left the Brakmoor Wetlands.", ["Brakmoor Wetlands"]),
    ("Trekkers climbed Brakmoor Peak.", ["Brakmoor Peak"]),
])
def test_lagoons_escarpments_archipelagos_and_passes_are_land_and_water(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a river's, a wadi's or a mountain's word in another language opens the name
    ("Smugglers crossed Wadi Araba at night.", ["Wadi Araba"]),
    ("The Sungai Kelantan burst its banks.", ["Sungai Kelantan"]),
    ("Ash fell from Gunung Semeru.", ["Gunung Semeru"]),
    ("Water ran down the dry Oued Brakmoor.", ["Oued Brakmoor"]),
    ("Divers left for Pulau Brakmoor.", ["Pulau Brakmoor"]),
])
def test_feature_words_in_other_languages(text, expected):
    assert names(text) == expected


def test_a_units_official_name_is_one_name():
    # a capitalised kind and "of" before a name, as official names are written: the whole
    # name, every time, not the kind alone
    text = ("Hail hit the Rural Municipality of Brakmoor and the Township of Olde-Tessing. "
            "The Rural Municipality of Brakmoor council met.")
    assert names(text) == ["Rural Municipality of Brakmoor", "Township of Olde-Tessing",
                           "Rural Municipality of Brakmoor"]
    assert names("Hail hit the Rural Municipality.") == []
