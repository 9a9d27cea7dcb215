"""Choosing one place per mention (geomap.disambiguation)."""

import pytest

from geomap.disambiguation import Choice, resolve
from geomap.matching import Matcher
from geomap.models import Article


@pytest.fixture(scope="module")
def choose(gazetteer):
    """``choose(text)``: [(surface, Choice)] for every name found in ``text``."""
    matcher = Matcher(gazetteer)

    def run(text):
        matches = matcher.find(Article("a", text))
        choices = resolve(matches)
        assert len(choices) == len(matches)
        return [(m.mention.surface, c) for m, c in zip(matches, choices)]

    return run


def pick(choose, text, name):
    """The choice for the first mention of ``name`` in ``text``."""
    for surface, choice in choose(text):
        if surface == name:
            return choice
    raise AssertionError(f"{name!r} not found in {text!r}")


def test_population_prior_picks_the_best_known_place(choose):
    paris = pick(choose, "Paris is lovely in spring.", "Paris")
    assert (paris.place.country, paris.place.feature) == ("FR", "city")
    assert "most populous" in paris.reason
    damascus = pick(choose, "Officials visited Damascus on Monday.", "Damascus")
    assert damascus.place.country == "SY"


def test_a_country_beats_a_town_of_the_same_name(choose):
    turkey = pick(choose, "Talks with Turkey stalled.", "Turkey")
    assert (turkey.place.country, turkey.place.feature) == ("TR", "country")


def test_the_countries_of_the_article_outweigh_population(choose):
    # Hyderabad, India is the larger; an article about Pakistan means Hyderabad, Sindh
    alone = pick(choose, "Rain fell in Hyderabad on Monday.", "Hyderabad")
    assert alone.place.country == "IN"
    in_context = pick(choose, "Flooding hit Pakistan on Monday. In Hyderabad, hundreds were evacuated.",
                      "Hyderabad")
    assert in_context.place.country == "PK"
    assert "Pakistan" in in_context.reason
    assert any(alt.country == "IN" for alt in in_context.alternatives)


def test_a_moscow_near_ankara_and_aleppo_is_in_russia(choose):
    moscow = pick(choose, "Talks were held in Ankara and Aleppo, with Moscow expecting more.", "Moscow")
    assert moscow.place.country == "RU"


@pytest.mark.parametrize(
    "text, name, country, admin1",
    [
        pytest.param("He was born in Paris, Texas, and lives in Dallas.", "Paris", "US", "Texas"),
        pytest.param("Students at the university in Moscow, Idaho, protested.", "Moscow", "US", "Idaho"),
        # every country's towns know their region (GeoNames' admin1 codes), not only the US's
        pytest.param("He grew up in Kingston, Ontario, and moved.", "Kingston", "CA", "Ontario"),
        pytest.param("She lives in Perth, Ontario, with her sons.", "Perth", "CA", "Ontario"),
    ],
)
def test_a_qualifier_after_a_comma_names_the_region(choose, text, name, country, admin1):
    choice = pick(choose, text, name)
    assert (choice.place.country, choice.place.admin1) == (country, admin1)
    assert f"followed by {admin1}" in choice.reason


def test_a_moscow_in_an_article_about_idaho_is_moscow_idaho(choose):
    text = "The Idaho legislature met in Boise. Later the governor visited Moscow and Pullman."
    moscow = pick(choose, text, "Moscow")
    assert (moscow.place.country, moscow.place.admin1) == ("US", "Idaho")


def test_naming_a_country_does_not_turn_a_world_city_into_a_small_town_there(choose):
    # Brussels, Illinois has about a thousand people; the article names the US ten times
    text = " ".join(["U.S. officials backed the plan."] * 10) + " They met NATO leaders in Brussels."
    assert pick(choose, text, "Brussels").place.country == "BE"
    # the town's neighbours in the text still point to it (local news)
    text = "The storm hit Marietta, Cartersville, Kennesaw and Rome on Friday."
    rome = pick(choose, text, "Rome")
    assert (rome.place.country, rome.place.admin1) == ("US", "Georgia")


@pytest.mark.parametrize("text, country", [
    # Mexico named four times and Mexico City 67 km away do not make Texas a village of
    # Mexico's Hidalgo (993 people) rather than the state of 22 million
    ("Farmers in Chihuahua, Mexico, blocked a canal on Wednesday. Mexico must deliver water to farms in "
     "Texas under the 1944 treaty, the federal water commission said in Mexico City. Mexico has fallen "
     "behind, US officials say.", "US"),
    # the text itself still can: a qualifier
    ("Police in Mexico said a bus crashed near the village of Texas, Hidalgo, north of Mexico City.", "MX"),
])
def test_a_village_abroad_named_like_a_populous_region_needs_the_text_to_speak_for_it(choose, text, country):
    assert pick(choose, text, "Texas").place.country == country


@pytest.mark.parametrize("text, admin1", [
    # Texas named does not make the Portland of 16,000 people there beat Oregon's of 650,000
    ("Texas fans cheered as the Rockets beat Portland on Friday.", "Oregon"),
    # its neighbours do
    ("Storms hit Texas on Friday: Corpus Christi and Portland lost power.", "Texas"),
])
def test_a_region_named_alone_does_not_turn_a_big_city_into_a_small_town_there(choose, text, admin1):
    assert pick(choose, text, "Portland").place.admin1 == admin1


def test_a_region_named_otherwise_in_the_article_is_the_region(choose):
    # "Quebecers" names the province; Quebec alone is then the province, not its capital
    text = "Statistics show that Quebecers drive as safely as others. The rule became law in Quebec in 2003."
    quebec = pick(choose, text, "Quebec")
    assert (quebec.place.feature, quebec.place.country) == ("admin1", "CA")
    assert "named otherwise" in quebec.reason


def test_a_reason_names_only_countries_the_article_names(choose):
    # Russia is not in the text; the reason must not say it is
    moscow = pick(choose, "Later the governor visited Moscow on Friday.", "Moscow")
    assert moscow.place.country == "RU"
    assert "Russia is named" not in moscow.reason


def test_province_cue_picks_the_region_and_city_cue_the_city(choose):
    idlib = pick(choose, "Fighting in Idlib province continued.", "Idlib")
    assert (idlib.place.feature, idlib.place.country) == ("admin1", "SY")
    assert "region" in idlib.reason
    aleppo = pick(choose, "He visited the city of Aleppo.", "Aleppo")
    assert (aleppo.place.feature, aleppo.place.country) == ("city", "SY")


@pytest.mark.parametrize(
    "text, name, feature, country",
    [
        # a region's or a country's body or office, which a town does not have
        ("Mayors will appeal to the Quebec government.", "Quebec", "admin1", "CA"),
        ("Former New York Gov. Mario Cuomo died.", "New York", "admin1", "US"),
        ("Quebec Health Minister Gaetan Barrette said so.", "Quebec", "admin1", "CA"),
        ("Flooding hit upstate New York State on Monday.", "New York State", "admin1", "US"),
        # and it never makes a country a region of its name
        ("The Mexico government said so.", "Mexico", "country", "MX"),
        # without such a word the best-known place stays
        ("Mayors met in Quebec.", "Quebec", "city", "CA"),
    ],
)
def test_a_government_or_a_governor_picks_a_region_or_a_country(choose, text, name, feature, country):
    place = pick(choose, text, name).place
    assert (place.feature, place.country) == (feature, country)


@pytest.mark.parametrize("text", [
    "Former New York Gov. Mario Cuomo, who rose from the streets of Queens, died at home in Manhattan.",
    "Queens and Manhattan voted for him, the governor of New York, on Tuesday.",
    "The New York gubernatorial race reached Queens and Manhattan.",
])
def test_a_governors_title_makes_a_region_even_among_the_towns_near_its_namesake(choose, text):
    # Queens and Manhattan lie by New York City and speak for it (local news), but only a
    # region has a governor: the title weighs as much as a region written after a town
    place = pick(choose, text, "New York")
    assert (place.place.feature, place.place.name) == ("admin1", "New York")
    assert "governor" in place.reason
    # the same towns with a mayor's title: the city
    assert pick(choose, "Former New York Mayor Ed Koch, who rose from the streets of Queens, died at home in "
                        "Manhattan.", "New York").place.feature == "city"


@pytest.mark.parametrize("text, name, feature, country", [
    # a region of half a million or more over a town abroad a fifth its size or less, on its own
    ("Cases were found in Florida.", "Florida", "admin1", "US"),  # not Florida, Cuba (63,000)
    ("It was shown in Venice last year.", "Venice", "admin1", "IT"),  # 750,000; not Venice, California
    ("Hospitals in Ontario are full.", "Ontario", "admin1", "CA"),  # not Ontario, California
    ("The virus reached Virginia.", "Virginia", "admin1", "US"),  # not Virginia, South Africa
    # and over a town of its country that bears the region's name only as another name
    ("Floods hit Bahia.", "Bahia", "admin1", "BR"),  # not Salvador, once "Bahia"
    ("Floods hit Salvador.", "Salvador", "city", "BR"),
    # the article's own signals still make it the town
    ("Havana and Florida lost power; Cuba's grid failed.", "Florida", "city", "CU"),
    ("Police in Ontario, California, arrested him.", "Ontario", "city", "US"),
    ("Crowds filled Venice and Santa Monica as Los Angeles sweltered.", "Venice", "city", "US"),
    # and a town larger than a fifth of the region stays ahead: Santiago de Chile
    ("Protests filled Santiago.", "Santiago", "city", "CL"),
])
def test_a_populous_region_comes_before_a_much_smaller_town_abroad(choose, text, name, feature, country):
    place = pick(choose, text, name).place
    assert (place.feature, place.country) == (feature, country)


@pytest.mark.parametrize("text, name, place, admin1", [
    # a town whose own name ends in "City" is that town, not the word before "City" ("Dade"
    # of China, Atlantic of Iowa), however small
    ("The fire started in Dade City, Florida, on Monday.", "Dade City", "Dade City", "Florida"),
    ("Casinos in Atlantic City, New Jersey, closed.", "Atlantic City", "Atlantic City", "New Jersey"),
    ("Storms hit Johnson City, Tennessee.", "Johnson City", "Johnson City", "Tennessee"),
    # a town named after a saint, where the article puts it somewhere, is no saint
    ("The fire started in Saint Charles, Missouri, on Monday.", "Saint Charles", "Saint Charles", "Missouri"),
    ("Flooding hit St. Augustine, Florida.", "St. Augustine", "Saint Augustine", "Florida"),
])
def test_towns_named_with_city_or_a_saint_are_those_towns(choose, text, name, place, admin1):
    chosen = pick(choose, text, name).place
    assert (chosen.name, chosen.admin1) == (place, admin1)


def test_a_saint_nowhere_put_stays_a_saint(choose):
    # Saint Peter, Minnesota lies 100 km from Saint Paul: a church's saints are no towns
    found = dict(choose("A bomb hit the church of St. Peter and St. Paul in Cairo."))
    assert "St. Peter" not in found


@pytest.mark.parametrize("text, name, admin1", [
    # a region after a comma says which place the name is, even a country's or a state's
    ("He lives in Lebanon, Ohio, with his wife.", "Lebanon", "Ohio"),
    ("The plant in Mexico, Missouri, closed.", "Mexico", "Missouri"),
    ("A storm hit Nevada, Missouri, on Monday.", "Nevada", "Missouri"),
    ("Fans in Washington, Pennsylvania, cheered.", "Washington", "Pennsylvania"),
])
def test_a_region_after_a_comma_names_a_town_even_a_countrys_namesake(choose, text, name, admin1):
    choices = [c for surface, c in choose(text + f" Later {name} was quiet.") if surface == name]
    assert len(choices) == 2
    for choice in choices:  # every mention of the name in the article
        assert (choice.place.feature, choice.place.country, choice.place.admin1) == ("city", "US", admin1)
    assert f"in {admin1}, the region written after it" in choices[0].reason


@pytest.mark.parametrize("text, regions", [
    # the dateline's Portland and the one written with Oregon; the bare mention stays with
    # the first region written
    ("PORTLAND, Maine (AP) — A Portland man was arrested on Friday. Police said he had moved "
     "from Portland, Ore., last year.", ["Maine", "Maine", "Oregon"]),
    # in a list too
    ("COLUMBUS, Ind. — The derby drew drivers from as far away as Columbus, Ohio, and "
     "Louisville, Ky.", ["Indiana", "Ohio"]),
])
def test_a_names_mentions_with_different_regions_after_them_are_different_places(choose, text, regions):
    name = text.split(",")[0].title()
    assert [c.place.admin1 for surface, c in choose(text) if surface.title() == name] == regions

def test_a_mention_with_another_country_after_it_is_that_countrys_place_alone(choose):
    # the article's own Florence, and the one its founders named it after
    text = ("FLORENCE — Council members in Florence met on Tuesday with the mayors of Sheffield, "
            "Muscle Shoals and Tuscumbia to plan a trail along the Tennessee River in Alabama. "
            "The city's founders named it after Florence in Italy.")
    assert [c.place.country for surface, c in choose(text) if surface.title() == "Florence"] == ["US", "US", "IT"]
    # where the country written is the article's own, every mention is its place
    text = ("Floods closed roads in Valencia, Venezuela, on Monday. Valencia's mayor said crews from "
            "Maracay and Caracas had come to help, and Venezuela's army sent boats.")
    assert {c.place.country for surface, c in choose(text) if surface == "Valencia"} == {"VE"}
    # and the mentions written with the article's country stay with the bare ones; the one
    # written with another, in an apposition too, is that country's
    text = ("LAGOS, Nigeria — Ferries from Lagos Island to Ikorodu and Badagry began on Monday in Lagos. "
            "The hulls were built at a yard in Lagos, the fishing town in Portugal's Algarve, and fitted "
            "out at Ebute Metta.")
    assert [c.place.country for surface, c in choose(text) if surface.title() == "Lagos"] == ["NG", "NG", "PT"]



@pytest.mark.parametrize("text", ["Voters in Nevada, Missouri and Ohio backed him.",
                                  "Storms hit Texas, Nevada, Missouri, Kansas.",
                                  "Storms hit Texas, Nevada, Missouri.",
                                  "Voters in Nevada, Missouri, Ohio backed him."])
def test_a_list_of_regions_is_no_town_and_its_region(choose, text):
    assert pick(choose, text, "Nevada").place.feature == "admin1"


@pytest.mark.parametrize("text, town, code, admin1", [
    # a postal code after a town and a comma is its state (or province), and says which town
    ("The fire started in Henderson, TX, on Monday.", "Henderson", "TX", "Texas"),
    ("HENDERSON, TX (KLTV) - A fire broke out.", "HENDERSON", "TX", "Texas"),
    ("Birmingham, AL police said so.", "Birmingham", "AL", "Alabama"),  # not Birmingham, England
    ("Students in Athens, OH, marched.", "Athens", "OH", "Ohio"),  # Ohio has no news-style abbreviation
    ("He moved from Hamilton, ON last year.", "Hamilton", "ON", "Ontario"),
    # and so is a news-style abbreviation, even one spelled like a word ("la", "del") or with
    # two letters after a dot
    ("The fire started in Monroe, La., on Monday.", "Monroe", "La.", "Louisiana"),
    ("The fire started in Milford, Del., on Monday.", "Milford", "Del.", "Delaware"),
    ("The fire started in Wheeling, W.Va., on Monday.", "Wheeling", "W.Va.", "West Virginia"),
])
def test_a_postal_code_after_a_town_is_its_region(choose, text, town, code, admin1):
    found = dict(choose(text))
    assert (found[town].place.feature, found[town].place.admin1) == ("city", admin1)
    assert (found[code].place.feature, found[code].place.name) == ("admin1", admin1)


def test_a_postal_code_elsewhere_is_no_region(choose):
    # two capitals after a comma and a word that names no town of that state: no state
    assert "IN" not in dict(choose("BREAKING NEWS, IN BRIEF: rain in Paris."))
    assert "OR" not in dict(choose("Paris, OR London: the choice was hard."))


@pytest.mark.parametrize("text, name, place, feature", [
    # a capitalised compass word before a name speaks of a part of a region, where the name
    # has one (New York City and Washington, D.C. are larger than their states' priors)
    ("Rain fell across Western Oregon.", "Western Oregon", "Oregon", "admin1"),
    ("Fires burned in Eastern Tennessee.", "Eastern Tennessee", "Tennessee", "admin1"),
    # a part local news names often is a region of its own, at its people's centre
    ("Rain fell across Western New York.", "Western New York", "Western New York", "region"),
    ("Fires burned in Eastern Washington.", "Eastern Washington", "Eastern Washington", "region"),
    # and changes nothing where it has none
    ("He grew up in West Philadelphia.", "West Philadelphia", "Philadelphia", "city"),
    ("Fighting in Eastern Ukraine went on.", "Eastern Ukraine", "Ukraine", "country"),
    # South and North Jersey are New Jersey's, not the island's
    ("Flooding hit North Jersey.", "North Jersey", "North Jersey", "region"),
    # "Upstate" is no compass word, and "Upstate New York" was New York City
    ("A barn burned in Upstate New York.", "Upstate New York", "Upstate New York", "region"),
])
def test_a_compass_word_before_a_name_wants_its_region(choose, text, name, place, feature):
    chosen = pick(choose, text, name).place
    assert (chosen.name, chosen.feature) == (place, feature)
    assert chosen.country in ("US", "UA")


@pytest.mark.parametrize("text, town, state", [
    ("South Florida police said a fire in Hollywood destroyed two homes.", "Hollywood", "Florida"),
    ("Western New York police said a fire in Amherst destroyed two homes.", "Amherst", "New York"),
])
def test_a_part_of_a_state_named_by_a_compass_word_names_the_state(geoparser, text, town, state):
    places = {r.mention.surface: r.place for r in geoparser.parse_text(text).resolutions}
    assert places[town].admin1 == state, places[town]
    assert places[text.split(" police")[0]].feature == "region"


@pytest.mark.parametrize("text, building, town", [
    # a building the text puts in a place is there, not at the place it is named after
    ("Students at Washington Elementary School in Fresno, Calif., were sent home.",
     "Washington Elementary School", "Fresno"),
    ("He studied at Washington University in St. Louis.", "Washington University", "St. Louis"),
])
def test_a_building_put_in_a_place_is_placed_there(choose, text, building, town):
    found = dict(choose(text))
    assert found[building].place == found[town].place
    # and one put nowhere stays at the place it is named after
    assert pick(choose, "A service at Manila Cathedral drew crowds.", "Manila Cathedral").place.country == "PH"


def test_one_name_resolves_one_way_in_one_article(choose):
    for text, name in [
        ("Fighting in Idlib province continued. Idlib was shelled. Later Idlib was calm.", "Idlib"),
        ("He was born in Paris, Texas. Paris is a small town. Paris has a tower too.", "Paris"),
    ]:
        picks = {c.place.key for s, c in choose(text) if s == name}
        assert len(picks) == 1, (text, picks)
    [(_, first), *_rest] = [x for x in choose("Idlib province fell. Idlib was calm.") if x[0] == "Idlib"]
    assert all(c == first for s, c in _rest)


SAMPLES = [
    "Flooding hit Pakistan on Monday. In Hyderabad, hundreds were evacuated.",
    "He was born in Paris, Texas, and lives in Dallas.",
    "Talks in Ankara, Damascus and Moscow; convoys reached Aleppo and Idlib province.",
    "Storms hit Alabama. In Birmingham, roads closed. London and Washington watched.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_every_choice_has_a_confidence_a_reason_and_alternatives(choose, text):
    for surface, choice in choose(text):
        assert isinstance(choice, Choice)
        if choice.place is None:
            continue
        assert 0.0 <= choice.confidence <= 1.0
        assert choice.reason and choice.reason.strip() == choice.reason
        assert choice.place not in choice.alternatives
        assert len(choice.alternatives) <= 3


def test_alternatives_are_the_runner_up_places_of_that_name(choose):
    paris = pick(choose, "Paris is lovely in spring.", "Paris")
    assert len(paris.alternatives) == 3
    assert any(alt.country == "US" for alt in paris.alternatives) or any(
        alt.country == "CA" for alt in paris.alternatives)
    assert 0.0 < paris.confidence < 1.0  # 21 places share the name: not certain
    only = pick(choose, "Saraqib was taken.", "Saraqib")
    assert only.alternatives == () and only.confidence == 1.0


def test_resolution_is_pure_and_deterministic(choose):
    text = SAMPLES[2]
    assert choose(text) == choose(text)
    assert resolve([]) == []


def test_a_us_county_is_found_and_placed_in_its_state(choose):
    county = pick(choose, "Flooding closed roads in Metcalfe County on Tuesday.", "Metcalfe County")
    assert (county.place.feature, county.place.country, county.place.admin1) == ("admin2", "US", "Kentucky")
    assert abs(county.place.lat - 37.0) < 0.5 and abs(county.place.lon + 85.6) < 0.5


def test_a_region_named_in_the_article_picks_the_county_inside_it(choose):
    text = "Iowa farmers met on Monday. In Monroe County, the harvest was late."
    county = pick(choose, text, "Monroe County")
    assert county.place.admin1 == "Iowa"
    assert "Iowa is named in this article" in county.reason
    alone = pick(choose, "In Monroe County, the harvest was late.", "Monroe County")
    assert alone.place.feature == "admin2" and alone.alternatives


def test_a_region_comes_before_a_smaller_town_of_its_country_named_like_it(choose):
    # Wyoming, Michigan has 75,000 people; on its own, "Wyoming" is the state
    wyoming = pick(choose, "A federal judge in Wyoming has halted the rule.", "Wyoming")
    assert (wyoming.place.country, wyoming.place.feature) == ("US", "admin1")


@pytest.mark.parametrize("text, name, feature", [
    ("Wildfires spread in central Washington on Monday.", "Washington", "admin1"),
    ("Snow fell across upstate New York overnight.", "New York", "admin1"),
    ("Shelling hit northern Syria again.", "Syria", "country"),
])
def test_a_part_of_a_large_area_wants_a_region_or_a_country(choose, text, name, feature):
    assert pick(choose, text, name).place.feature == feature


def test_regions_of_one_name_tie_to_the_more_populous_country(choose):
    maryland = pick(choose, "Damascus residents in Maryland voted.", "Maryland")
    assert (maryland.place.country, maryland.place.feature) == ("US", "admin1")


@pytest.mark.parametrize("text, name", [
    ("Americans said Congress would vote before the end of the year.", "Congress"),
    ("Leaders of Industry met ministers in the United States on Monday.", "Industry"),
    # everyday English words that only small towns are named (english_town_words.txt)
    ("The survey gave 0.9 percent to Freedom and 2 percent to the Greens.", "Freedom"),
    ("Analysts in the United States said Media would sign the deal.", "Media"),
])
def test_a_common_word_is_no_small_town_on_the_strength_of_its_country_alone(choose, text, name):
    choice = pick(choose, text, name)
    assert choice.place is None
    assert choice.reason.startswith("dropped: a common word")


@pytest.mark.parametrize("text, region", [
    ("Farmers from mid-Ohio moved to Monroe County in northeast Missouri last year.", "Missouri"),
    ("Farmers from Missouri moved to Monroe County in Ohio last year.", "Ohio"),
])
def test_a_region_after_in_qualifies_the_name_before_it(choose, text, region):
    county = pick(choose, text, "Monroe County")
    assert (county.place.feature, county.place.admin1) == ("admin2", region)
    assert f"followed by {region}" in county.reason


@pytest.mark.parametrize("text, name, but", [
    ("Forecasters said El Niño would weaken by the summer.", "El Niño", ""),  # 8,999 people, nothing else
    # in a country's news every small town of that country has its country named
    ("Officials in the United States said Notre Dame would reopen.", "Notre Dame", " but its country's name"),
])
def test_a_small_town_needs_more_than_its_country_named(choose, text, name, but):
    choice = pick(choose, text, name)
    assert choice.place is None
    assert choice.reason.startswith("dropped: only a small place") and choice.reason.endswith(f"points to it{but}")


@pytest.mark.parametrize("text", [
    "Students returned to Notre Dame, Indiana, on Monday.",  # its region after it
    "Students returned to the town of Notre Dame on Monday in the United States.",  # a cue
])
def test_a_small_town_stands_where_the_article_points_to_it(choose, text):
    choice = pick(choose, text, "Notre Dame")
    assert choice.place is not None and (choice.place.country, choice.place.feature) == ("US", "city")


@pytest.mark.parametrize("text, name, country", [
    ("Police in the city of Industry, California, closed the road.", "Industry", "US"),  # cue and qualifier
    ("Storms hit Mobile overnight, and Alabama braced for more.", "Mobile", "US"),  # a large town
    ("Floods cut off the town of Freedom, officials said.", "Freedom", "US"),  # a cue
])
def test_a_common_word_names_a_town_the_text_points_to_or_a_large_one(choose, text, name, country):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.country == country and choice.place.feature == "city"


def test_what_resolve_remembers_never_changes_a_choice(gazetteer, monkeypatch):
    """Distances, look-up keys and priors are remembered from article to article (bounded):
    the choices are those of a cold start, in any order, and when the memories fill up."""
    import geomap.disambiguation as d

    matcher = Matcher(gazetteer)
    texts = ["Idlib and Saraqib were shelled.",
             "Idlib province and Saraqib were shelled.",  # the cue makes Idlib a clear pick
             "Flooding hit Pakistan on Monday. In Hyderabad, hundreds were evacuated.",
             "Rain fell in Hyderabad on Monday.",
             "Talks were held in Ankara and Aleppo, with Moscow expecting more.",
             "Paris, Texas and Moscow, Idaho are small. The city of Aleppo is not.",
             "Georgia and Atlanta; Georgia and Tbilisi. Delaware, Dover and Wilmington."]
    matches = [matcher.find(Article(str(n), t)) for n, t in enumerate(texts)]

    def forget():
        for memo in (d._DISTANCES, d._KEYS, d._PRIORS):
            memo.clear()

    cold = []
    for m in matches:
        forget()
        cold.append(resolve(m))
    forget()
    assert [resolve(m) for m in matches] == cold
    assert [resolve(m) for m in reversed(matches)] == cold[::-1]
    for name in ("_MAX_DISTANCES", "_MAX_KEYS", "_MAX_PRIORS"):
        monkeypatch.setattr(d, name, 1)
    assert [resolve(m) for m in matches] == cold


# --- coherent local resolution (issue 17) ---------------------------------------------------


def test_ambiguous_places_that_lie_together_back_each_other(choose):
    # no country named: Enfield, Edmonton and London are each ambiguous, and together in London
    text = "Police in Enfield and Edmonton said London was calm."
    assert pick(choose, text, "Edmonton").place.country == "GB"
    assert pick(choose, text, "Enfield").place.country == "GB"


def test_a_lone_ambiguous_place_keeps_the_best_known(choose):
    assert pick(choose, "Police in Edmonton said so.", "Edmonton").place.country == "CA"


def test_backing_never_turns_a_common_word_into_a_town(choose):
    # a small town called Centre lies near Gadsden: the word stays a word
    chosen = [s for s, c in choose("The Centre opened near Gadsden.") if c.place]
    assert chosen == ["Gadsden"]


@pytest.mark.parametrize("text, name, state", [
    # a state of millions that dwarfs every other place of its name is clear on its own, so
    # its country counts as named (Uruguay's department Florida would tie with the state)
    ("Florida police said a fire in St. Petersburg destroyed two homes.", "St. Petersburg", "Florida"),
    ("Florida police said a fire in Melbourne destroyed two homes.", "Melbourne", "Florida"),
    # a state named only through the town that bears its name still speaks for its towns
    ("New York police said a fire in Cortland destroyed two homes.", "Cortland", "New York"),
    ("Oklahoma police said a fire in Ada destroyed two homes.", "Ada", "Oklahoma"),
])
def test_a_town_of_the_state_the_article_names(choose, text, name, state):
    choice = pick(choose, text, name)
    assert (choice.place.country, choice.place.admin1) == ("US", state), choice.reason


def test_a_state_named_through_its_town_turns_no_common_word_into_a_town(choose):
    # Friendship is a town in New York: named through New York City, the state is no signal
    # of the text itself
    chosen = [s for s, c in choose("New York officials gave him the Order of Friendship.") if c.place]
    assert chosen == ["New York"]


@pytest.mark.parametrize("text, name, state", [
    ("A fire in Warren destroyed two homes, and crews from Morgandale helped.", "Warren", "Ohio"),
    ("A fire in Mentor destroyed two homes, and crews from Painesville helped.", "Mentor", "Ohio"),
    # the last of a list after "in" is put there too
    ("SPRINGFIELD — Leaders in Nixa, Ozark and Republic said they would share the cost.", "Republic", "Missouri"),
    # and so does a way: "from", "through", "to" (Rifle, Silt and Meeker are words too)
    ("The detour runs north from Rifle through Meeker before rejoining the interstate east of Gypsum.",
     "Rifle", "Colorado"),
    ("The detour runs north from Rifle through Meeker before rejoining the interstate east of Gypsum.",
     "Meeker", "Colorado"),
    ("Businesses from New Castle to Silt reported stranded truckers near Glenwood Springs.", "Silt", "Colorado"),
    # with the names listed after such a name (Craig is a given name too)
    ("The detour runs north from Rifle through Meeker and Craig before rejoining the interstate east of Gypsum.",
     "Craig", "Colorado"),
    # and the end of a way from a place (Clifton is a given name too)
    ("Roadside stands line U.S. 6 from Palisade to Clifton in the harvest, growers in Grand Junction said.",
     "Clifton", "Colorado"),
])
def test_a_common_word_the_text_puts_near_the_articles_places_is_a_town(choose, text, name, state):
    choice = pick(choose, text, name)
    assert choice.place is not None and (choice.place.country, choice.place.admin1) == ("US", state), choice.reason


@pytest.mark.parametrize("text, name", [
    # a source is no way ("according to Meeker"), nor a place's possession ("from Wilson's Farm")
    ("Motels in Glenwood Springs filled with stranded drivers, according to Meeker, who drives a truck.", "Meeker"),
    ("The puppies were taken from Wilson's Farm near Fredericton, N.B., police said.", "Wilson"),
])
def test_a_source_or_a_possessor_after_a_ways_word_is_no_place(choose, text, name):
    assert all(c.place is None for s, c in choose(text) if s == name)


@pytest.mark.parametrize("text", [
    # where someone lives, as local news writes it, puts the name somewhere too
    "A Mentor man was charged, police in Painesville said.",
    "John Smith, 34, of Mentor was charged, police in Painesville said.",
])
def test_a_home_town_as_local_news_writes_it_is_a_town(choose, text):
    choice = pick(choose, text, "Mentor")
    assert choice.place is not None and (choice.place.country, choice.place.admin1) == ("US", "Ohio"), choice.reason


def test_a_small_towns_only_place_near_the_articles_places_stands(choose):
    # Eastlake (18,000 people) is the index's only Eastlake, 5 km from Wickliffe
    choice = pick(choose, "Police in Eastlake and Wickliffe assisted.", "Eastlake")
    assert choice.place is not None and choice.place.admin1 == "Ohio", choice.reason


def test_a_county_and_its_state_anchor_the_articles_towns(choose):
    # "Clark County, Washington" is that county alone, whose seat is Vancouver, Washington
    text = "A measles outbreak in Clark County, Washington, has sickened 50 children near Vancouver."
    county = pick(choose, text, "Clark County")
    assert (county.place.feature, county.place.admin1) == ("admin2", "Washington")
    vancouver = pick(choose, text, "Vancouver")
    assert (vancouver.place.country, vancouver.place.admin1) == ("US", "Washington"), vancouver.reason


@pytest.mark.parametrize("text, country", [
    # "Congo" alone names two countries: the larger, unless the article's places lie in the other
    ("Ebola spread in Congo, officials said.", "CD"),
    ("Officials in Dolisie and Pointe-Noire said Congo would vote.", "CG"),
    ("Officials in Kinshasa said Congo would vote.", "CD"),
])
def test_a_name_of_two_countries_is_the_one_the_articles_places_lie_in(choose, text, country):
    choice = pick(choose, text, "Congo")
    assert (choice.place.feature, choice.place.country) == ("country", country), choice.reason


GEORGIA_NEWS = ("ATHENS — The University of Georgia will expand its campus. The mayor of Watkinsville backed "
                "the plan, which Georgia lawmakers in Atlanta will fund. Police in Brunswick and Bainbridge agreed.")


def test_a_state_named_like_a_country_is_the_state_where_the_articles_towns_lie_in_it(choose):
    georgia = pick(choose, GEORGIA_NEWS, "Georgia")
    assert (georgia.place.country, georgia.place.feature) == ("US", "admin1"), georgia.reason
    # not where a town of that country is named
    text = "Officials from Georgia met in Tbilisi and in Watkinsville."
    assert pick(choose, text, "Georgia").place.country == "GE"


@pytest.mark.parametrize("name", ["Brunswick", "Bainbridge"])
def test_the_towns_are_chosen_again_with_a_region_chosen_in_the_end(choose, name):
    # "Georgia" is the country on its own and the state among the article's towns: Brunswick
    # and Bainbridge are then Georgia's (not Maine's; not dropped as a small town)
    choice = pick(choose, GEORGIA_NEWS, name)
    assert (choice.place.country, choice.place.admin1) == ("US", "Georgia"), choice.reason


def test_a_region_after_a_town_and_a_comma_is_the_region_holding_it(choose):
    choice = pick(choose, "He moved from Atlanta, Georgia to Paris.", "Georgia")
    assert (choice.place.country, choice.place.feature) == ("US", "admin1")


def test_a_us_state_wins_over_a_same_name_country_in_a_us_centred_article(choose):
    text = "The U.S. said so. U.S. troops left. The U.S. and Georgia agreed."
    choice = pick(choose, text, "Georgia")
    assert (choice.place.country, choice.place.feature) == ("US", "admin1")


@pytest.mark.parametrize(
    "text",
    [
        "Russia invaded Georgia. Moscow denied it.",
        # the US is named, but so is the other country's capital
        "The U.S. said so. U.S. troops left. The U.S. and Georgia agreed in Tbilisi.",
        # named, but not twice as often as another country
        "The U.S. said so. U.S. troops left. The U.S. and Russia. Russia and Russia. Georgia agreed.",
    ],
)
def test_the_country_keeps_its_name_elsewhere(choose, text):
    assert pick(choose, text, "Georgia").place.feature == "country"


def test_the_inline_great_circle_is_geopys_to_the_last_bit():
    import random

    from geopy.distance import great_circle

    from geomap.disambiguation import great_circle_km

    rng = random.Random(16)
    edges = [(0.0, 0.0), (-0.0, -0.0), (90.0, 180.0), (-90.0, -180.0), (0.0, 180.0), (12.5, -180.0)]
    pairs = [(a, b) for a in edges for b in edges]
    for _ in range(20_000):
        a = (rng.uniform(-90, 90), rng.uniform(-180, 180))
        near = (max(-90.0, min(90.0, round(a[0] + rng.uniform(-1, 1), 5))), round(a[1], 5))
        pairs += [(a, (rng.uniform(-90, 90), rng.uniform(-180, 180))), (a, near)]
    assert [great_circle_km(*a, *b) for a, b in pairs] == [great_circle(a, b).km for a, b in pairs]
    assert round(great_circle_km(39.91987, 32.85427, 36.20124, 37.16117)) == 559  # Ankara to Aleppo


def test_a_name_with_the_head_city_is_the_town(choose):
    # "Quebec City" after "Montreal," is no region qualifying Montreal: "City" says the town
    choice = pick(choose, "Fans in Montreal, Quebec City and Halifax cheered.", "Quebec City")
    assert (choice.place.country, choice.place.feature) == ("CA", "city")


def test_a_region_named_like_a_town_inside_it_is_the_region_where_the_articles_towns_lie_far_off(choose):
    # Montreal lies in Quebec, 230 km from Quebec City: the article is about the province
    text = "He was arrested in Montreal on Monday. He may not stay in Quebec, police said."
    quebec = pick(choose, text, "Quebec")
    assert (quebec.place.country, quebec.place.feature) == ("CA", "admin1")
    assert "lies in it" in quebec.reason
    # places near the town of that name speak for the town ("Brooklyn" beside New York City)
    nyc = pick(choose, "Fans in Brooklyn cheered. New York celebrated the win.", "New York")
    assert nyc.place.feature == "city"
    city = pick(choose, "Fans in Levis cheered. Quebec celebrated the win.", "Quebec")
    assert (city.place.country, city.place.feature) == ("CA", "city")


def test_a_qualifier_picks_the_state_not_the_federal_district(choose):
    # Natural Earth calls the District of Columbia "Washington" too: it keeps its own name
    state = pick(choose, "A bakery in Tacoma, Washington shares tips.", "Washington")
    assert (state.place.feature, round(state.place.lat)) == ("admin1", 47)


def test_only_towns_far_from_the_same_name_town_speak_for_the_region():
    # made-up places: the region Twinland holds the town Twinland and, 10 km from it, Nearby;
    # Faraway lies in the region too, 320 km from the town
    from geomap.disambiguation import Weights
    from geomap.models import Candidate, Match, Mention, Place

    region = Place(1, "Twinland", 50.0, 10.0, "XX", "admin1", 0, "Twinland")
    town = Place(2, "Twinland", 48.0, 10.0, "XX", "city", 150_000, "Twinland")
    nearby = Place(3, "Nearby", 48.09, 10.0, "XX", "city", 20_000, "Twinland")
    faraway = Place(4, "Faraway", 50.9, 10.0, "XX", "city", 20_000, "Twinland")

    def choice(other):
        text = f"{other.name} and Twinland"
        matches = [Match(Mention("a", 0, len(other.name), other.name), (Candidate(other),)),
                   Match(Mention("a", len(text) - 8, len(text), "Twinland"), (Candidate(region), Candidate(town)))]
        # without the backing of nearby towns, so that only the rule under test tells them apart
        return resolve(matches, Weights(coherence=0.0))[1]

    assert choice(faraway).place == region
    assert "1 other place of this article lies in it" in choice(faraway).reason
    assert choice(nearby).place == town


def test_the_english_town_words_name_only_small_towns(gazetteer):
    """tools/build_wordlists.py's rule holds for the list it wrote, against this index."""
    from pathlib import Path

    import geomap
    from geomap.disambiguation import Weights

    path = Path(geomap.__file__).parent / "data" / "english_town_words.txt"
    words = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert len(words) > 1000
    assert all(w.isalpha() and w.islower() for w in words)
    # a sample, to keep the test fast: the first word of every letter
    sample = {w[0]: w for w in reversed(words)}.values()
    found = gazetteer.lookup(list(sample))
    for word in sample:
        places = [c.place for c in found.get(word, ())]
        assert places, word
        assert all(p.feature == "city" and p.population < Weights().common_word_town for p in places), word


@pytest.mark.parametrize("text, name, country", [
    # informal regions the news names: the US West Coast, not New Zealand's region of that name
    ("After stops in Washington and Boston, the prince spent a week on the West Coast.", "West Coast", "US"),
    ("Farmers across the Midwest lost their crops.", "Midwest", "US"),
    ("Militants attacked a checkpoint in the Sinai Peninsula.", "Sinai Peninsula", "EG"),
    # regions that several first-level regions share with a compass word: North, South,
    # East, West and Central Darfur give Darfur
    ("Fighting spread across Darfur on Monday.", "Darfur", "SD"),
    ("Storms hit Sussex overnight.", "Sussex", "GB"),
    ("Floods hit Java and Sumatra.", "Sumatra", "ID"),
    # and with a French compass word, hyphened (Kasaï-Oriental, Kasaï-Occidental); Kasai is
    # also a Japanese town
    ("Cholera killed 23 people in the Kasai region of Congo.", "Kasai", "CD"),
])
def test_informal_and_shared_regions_are_places(choose, text, name, country):
    place = pick(choose, text, name).place
    assert (place.country, place.feature) == (country, "region")


def test_no_shared_region_repeats_a_country():
    # Upper and Lower Austria, Western and South Australia: no region named after its country
    from geomap import geodata

    names = {place.name for place, _ in geodata._shared_regions()}
    assert {"Darfur", "Sussex", "Java", "Kalimantan"} <= names
    assert not names & {"Austria", "Australia", "Greece", "Kazakhstan", "Azerbaijan", "Sinai"}
    assert not names & {"District", "Red Sea", "Cape", "River"}


@pytest.mark.parametrize("text, name, feature", [
    # a plural kind word after a list or before "of" and a list says what each name is
    ("Floods hit Kano and Kaduna states.", "Kano", "admin1"),
    ("Floods hit Kano and Kaduna states.", "Kaduna", "admin1"),
    ("Rebels hold the provinces of Idlib and Hama.", "Idlib", "admin1"),
    ("Shelling hit the cities of Aleppo and Idlib.", "Idlib", "city"),
    ("Floods hit Kano and Akwa-Ibom states.", "Kano", "admin1"),  # a hyphened name is one of the list
    ("Floods hit the states of Akwa-Ibom and Kano.", "Kano", "admin1"),
    # without one, the large towns
    ("Floods hit Kano and Kaduna.", "Kano", "city"),
    ("Shelling hit Idlib and Hama.", "Idlib", "city"),
])
def test_a_plural_kind_word_types_every_name_of_its_list(choose, text, name, feature):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.feature == feature, choice.reason


def test_a_region_is_named_without_the_kind_word_geonames_writes_after_it(choose):
    # GeoNames writes "Kano State": "Kano state" is the state, not the city of 4.9 million
    choice = pick(choose, "Floods hit Kano state.", "Kano")
    assert (choice.place.name, choice.place.feature) == ("Kano State", "admin1"), choice.reason
    # (where the rest is a word, a country's name or a weekday, it names no region: "Mon
    # State", "Niger State", "Free State")
    assert pick(choose, "Floods hit Niger.", "Niger").place.feature == "country"


def test_another_name_of_a_place_the_article_names_is_not_backed_by_it(choose):
    # Recife's old name is "Pernambuco": beside Recife the name is the state, not Recife again
    choice = pick(choose, "Zika cases rose in Pernambuco, and Recife reported microcephaly.", "Pernambuco")
    assert (choice.place.name, choice.place.feature) == ("Pernambuco", "admin1"), choice.reason
    # a short form is backed by its full name ("New York" beside "New York City")
    choice = pick(choose, "The chef worked in New York City for years. Her new restaurant opened in New York "
                          "in August.", "New York")
    assert choice.place.name == "New York City", choice.reason
    assert "0 km from another place" in choice.reason


def test_a_region_above_first_level_units_with_its_kind_word_is_that_region(choose):
    choice = pick(choose, "Cases surged in the Lombardy region and in Codogno, southeast of Milan.", "Lombardy")
    assert (choice.place.name, choice.place.feature) == ("Lombardy", "region"), choice.reason


def test_a_town_and_its_county_back_each_other_where_they_lie_together_alone(choose):
    # fourteen Grant Counties and many Marions: one pair lies together, in Indiana
    text = "Officials in Marion said Grant County commissioners would meet Tuesday."
    for name in ("Marion", "Grant County"):
        choice = pick(choose, text, name)
        assert (choice.place.country, choice.place.admin1) == ("US", "Indiana"), choice.reason


@pytest.mark.parametrize("text, name", [
    ("A barn burned near Zanesfield, Ohio, on Monday.", "Zanesfield"),  # its state after it
    ("Ohio police said a fire in Amlin destroyed a barn.", "Amlin"),  # put somewhere, its state named
])
def test_a_village_known_by_its_post_office_stands_where_the_text_puts_it(choose, text, name):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.admin1 == "Ohio", choice.reason


def test_a_village_known_by_its_post_office_needs_more_than_its_state_named(choose):
    # Creole, Louisiana is a post office's place: a word in an article about Louisiana is not it
    choice = pick(choose, "In New Orleans, Louisiana, the Faubourg Marigny became a Creole community.", "Creole")
    assert choice.place is None and "a village known by its post office" in choice.reason, choice.reason


def test_a_name_with_a_head_does_not_name_a_region_for_the_bare_name(choose):
    # "Derry Borough" is the bare "Derry" with its kind word: neither names the region Derry
    # (Northern Ireland) for the other, and the article's towns make both the borough in
    # Pennsylvania
    text = ("A Latrobe man led troopers on a chase to Derry, Westmoreland County deputies said. It ended "
            "near the Derry Borough line.")
    choice = pick(choose, text, "Derry")
    assert (choice.place.country, choice.place.admin1) == ("US", "Pennsylvania"), choice.reason


@pytest.mark.parametrize("text, name, state", [
    # a county written after a town and a comma holds it: both keep the candidates that lie
    # together, the town within 40 km of the county's point
    ("The fire destroyed a home in Smithville, DeKalb County, on Sunday.", "Smithville", "Tennessee"),
    ("The fire destroyed a home in Smithville, DeKalb County, on Sunday.", "DeKalb County", "Tennessee"),
    ("Deputies searched a farm near Lebanon, Warren County, on Monday.", "Lebanon", "Ohio"),  # not the country
    # and a county named after a state is no state written after the town
    ("The fire started in Springdale, Washington County, on Monday.", "Springdale", "Arkansas"),
    # so does an apposition that puts the town in the county (Washington, Arkansas, has about
    # 170 people; the capital would win alone)
    ("The board voted to run a water line to Washington, the old Hempstead County seat.", "Washington",
     "Arkansas"),
    ("The board voted to run a water line to Emmet, a village in Nevada County.", "Emmet", "Arkansas"),
    ("Flooding closed roads near Nashville, the seat of Howard County, on Monday.", "Nashville", "Arkansas"),
])
def test_a_county_written_after_a_town_holds_it(choose, text, name, state):
    choice = pick(choose, text, name)
    assert choice.place is not None and (choice.place.country, choice.place.admin1) == ("US", state), choice.reason


@pytest.mark.parametrize("text, country, feature", [
    # "region" after a name speaks for a region larger than a first-level one too
    ("Turkish drones struck villages in Iraq's Kurdistan region near Dohuk.", "", "region"),
    ("Protests spread in Iran's Kurdistan province near Sanandaj.", "IR", "admin1"),
])
def test_a_region_written_as_one_may_be_larger_than_a_first_level_one(geoparser, text, country, feature):
    [kurdistan] = [r.place for r in geoparser.parse_text(text).resolutions if r.mention.surface == "Kurdistan"]
    assert (kurdistan.country, kurdistan.feature) == (country, feature)


@pytest.mark.parametrize("text, country, feature", [
    # England's Midlands, not Zimbabwe's province, unless the article says so
    ("Rain hit the Midlands on Monday, the Met Office said.", "GB", "region"),
    ("Factories across the Midlands, from Birmingham to Nottingham, shut.", "GB", "region"),
    ("Gweru is the capital of Zimbabwe's Midlands province.", "ZW", "admin1"),
])
def test_the_midlands(geoparser, text, country, feature):
    [midlands] = [r.place for r in geoparser.parse_text(text).resolutions if r.mention.surface == "Midlands"]
    assert (midlands.country, midlands.feature) == (country, feature)


def test_californias_central_valley_is_a_region_not_a_village_in_new_york(geoparser):
    [valley] = [r.place for r in geoparser.parse_text("Farmers in California's Central Valley lost crops.").resolutions
                if r.mention.surface == "Central Valley"]
    assert (valley.country, valley.feature) == ("US", "region") and abs(valley.lon + 119.8) < 1


@pytest.mark.parametrize("text, country, region", [
    # a town of a country whose GeoNames codes name no Natural Earth region knows its region
    # through GeoNames' own links (data/town_regions.tsv)
    ("BOSTON, Lincolnshire - The council approved the flood barrier.", "GB", "Lincolnshire"),
    ("The fire started in Vendôme, Loir-et-Cher, on Monday.", "FR", "Loir-et-Cher"),
    # and a region named by a compass adjective stays after its town
    ("The fire started in Kabala, Northern, on Monday.", "SL", "Northern"),
])
def test_town_comma_region_outside_the_us(geoparser, text, country, region):
    town = geoparser.parse_text(text).resolutions[0].place
    assert (town.country, town.admin1) == (country, region)


@pytest.mark.parametrize("text, name, country, feature", [
    # a list's one name unlike the others is placed like them where it can be
    ("Salmon anglers from Albany, Corvallis and Lebanon crowded the river.", "Lebanon", "US", "city"),
    # and left alone where the others are of no one kind
    ("Flights from Paris, London and Lebanon resumed.", "Lebanon", "LB", "country"),
    # a list of one country's regions' own names is of regions: not Xalisco of Nayarit, which
    # bears "Jalisco" as another name, nor Tepic ("Nayarit")
    ("Forecasters expect more heavy rain for Jalisco, Colima and Nayarit.", "Jalisco", "MX", "admin1"),
    ("Forecasters expect more heavy rain for Jalisco, Colima and Nayarit.", "Nayarit", "MX", "admin1"),
    # but the capital named like its region may be meant, and stays
    ("Forecasters expect more heavy rain for Jalisco, Colima and Nayarit.", "Colima", "MX", "city"),
    # a pair of which one is a region: the other's region of its name, not its town (D.C.)
    ("Tech firms moved jobs from western states such as California or Washington.", "Washington", "US", "admin1"),
    # not a town and its region after a comma
    ("The rally was held in Washington, Pennsylvania, on Friday.", "Washington", "US", "city"),
])
def test_a_list_names_like_with_like(geoparser, text, name, country, feature):
    [place] = [r.place for r in geoparser.parse_text(text).resolutions if r.mention.surface == name]
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize("text", [
    "In Wayanad, where landslides killed 200 people in Kerala, roads reopened.",
    "Red alerts were issued for Idukki, Wayanad and Kozhikode districts.",
    "Farmers in Wayanad district lost their crops.",
])
def test_a_district_abroad_stands_where_the_article_points_to_it(choose, text):
    choice = pick(choose, text, "Wayanad")
    assert choice.place is not None and choice.place.feature == "admin2", choice.reason
    assert choice.place.admin1 == "Kerala" and "the district Wayanad" in choice.reason


def test_a_district_abroad_nowhere_pointed_to_is_dropped(choose):
    # its population unknown, like a small town's: a lone name with nothing near it
    choice = pick(choose, "Landslides hit Wayanad on Tuesday.", "Wayanad")
    assert choice.place is None and "a district" in choice.reason, choice.reason


@pytest.mark.parametrize("text, name, country", [
    # "the Gulf" of world news is the Persian Gulf, not Papua New Guinea's Gulf province ...
    ("Riyadh has turned on a fellow US ally in the Gulf, Qatar.", "Persian Gulf", ""),
    # ... which stays where the article is about Papua New Guinea
    ("Papua New Guinea's Gulf province was flooded; Kerema was cut off.", "Gulf", "PG"),
])
def test_the_gulf(choose, text, name, country):
    choice = pick(choose, text, "Gulf")
    assert choice.place is not None and (choice.place.name, choice.place.country) == (name, country), choice.reason


def test_a_regions_twin_town_is_the_town_where_the_article_names_the_region_in_full(choose):
    # its towns far from Irkutsk speak for the region Irkutsk, but not where the article
    # names the region by its longer name too: "Irkutsk" is then the city
    text = ("Fires burned across Irkutsk Oblast. Crews from Bratsk, Ust-Kut, Tulun, Taishet and Ust-Ilimsk were "
            "sent, and smoke reached Irkutsk on Monday.")
    assert pick(choose, text, "Irkutsk").place.feature == "city"
    assert pick(choose, text, "Irkutsk Oblast").place.feature == "admin1"


def test_a_town_known_by_another_name_only_is_dropped_in_another_countrys_news(choose):
    # GeoNames gives "Sanghay" as another name of Shanghai (here an invented hamlet's; the
    # Sangay volcano, another of its names, is in the index now)
    text = ("QUITO, Ecuador (AP) — Ash from the volcano fell on Sanghay, a hamlet of Ecuador's Morona Santiago "
            "province, on Tuesday, Ecuador's geophysics institute said.")
    choice = pick(choose, text, "Sanghay")
    assert choice.place is None and "only another name of Shanghai" in choice.reason, choice.reason
    # where the article names the town's country it stands ...
    text = ("QUITO, Ecuador (AP) — Ecuador's president, back from Peking, said Ecuador and China would sign "
            "the deal in Quito next month.")
    assert pick(choose, text, "Peking").place.name == "Beijing"
    # ... and a town's own name's first words are no other name ("New York" of New York City)
    text = ("SANTO DOMINGO, Dominican Republic (AP) — Dominican officials in Santo Domingo said flights to New "
            "York resumed on Monday, and the Dominican Republic's tourism minister welcomed it.")
    assert pick(choose, text, "New York").place.name == "New York City"
    # nor is an article with no one country of its own enough
    assert pick(choose, "Ash from Sangay fell on Tuesday.", "Sangay").place.name == "Shanghai"


@pytest.mark.parametrize("text, name, place", [
    # a park, a channel or lakes named after a feature or a region of their own, at it: where
    # the article names the country only, of no one first-level unit, in that country
    ("Hikers in Durmitor National Park in Montenegro were rescued.", "Durmitor National Park", "Durmitor"),
    ("Ferries on the Mactan Channel near Cebu, Philippines, stopped.", "Mactan Channel", "Mactan Island"),
    ("The Gippsland Inlet in Victoria, Australia, flooded.", "Gippsland Inlet", "Gippsland"),
])
def test_a_feature_named_after_a_place_is_placed_at_it(choose, text, name, place):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.name == place, choice.reason


@pytest.mark.parametrize("text, name, lat, lon", [
    # a river's point along its course nearest the article's places, however far
    ("Mbandaka, the provincial capital on the Congo River, reported cases.", "Congo River", 0.05, 18.26),
    ("Farmers in Tamil Nadu fight over the Cauvery.", "Cauvery", 10.83, 78.7),
    ("Hydropower plants on the Zambezi in Zimbabwe cut output; Kariba is low.", "Zambezi", -16.52, 28.76),
    # the point nearest most of them, not the one nearest any one of them (Basel's)
    ("Barges on the Rhine were stuck at Bonn, Cologne and Duisburg as the water fell; in Basel the "
     "ferry stopped.", "Rhine", 50.94, 6.96),  # (Cologne's)
    ("In Basel the ferry on the Rhine stopped as the water fell.", "Rhine", 47.56, 7.6),
    ("The Kura River rose in Tbilisi, Georgia, after storms.", "Kura River", 41.7, 44.8),
])
def test_a_river_is_placed_along_its_course_by_the_articles_places(choose, text, name, lat, lon):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.feature == "river", choice.reason
    assert (choice.place.lat, choice.place.lon) == (lat, lon), choice.reason


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Fishermen on the Congo River caught less.", "Congo River", -4.3, 15.3),
    # its first point, in Thailand, although China and Vietnam, where further points lie,
    # have more people (the country's people decide ties between other places)
    ("Fishermen said the Mekong was low this year.", "Mekong", 17.9, 102.7),
    ("Snow fell across the Andes.", "Andes", -16.0, -69.0),
])
def test_a_river_or_range_with_no_other_place_in_the_article_is_at_its_first_point(choose, text, name, lat, lon):
    choice = pick(choose, text, name)
    assert (choice.place.lat, choice.place.lon) == (lat, lon), choice.reason


@pytest.mark.parametrize("text, name, country, lat, lon", [
    # a long range's point by the article's places, as a river's
    ("Farmers near Cusco said the Andes had little snow this year.", "Andes", "PE", -14.5, -71.5),
    ("Glaciers of the Andes above Mendoza and Santiago are shrinking.", "Andes", "CL", -33.5, -70.0),
    ("Bears came down from the Rockies into Banff and Canmore, Alberta.", "Rockies", "CA", 51.4, -116.2),
    ("Coal towns of the Appalachians in Pennsylvania, from Altoona to Johnstown, lost jobs.",
     "Appalachians", "US", 40.5, -77.8),
])
def test_a_long_range_is_placed_along_its_course_by_the_articles_places(choose, text, name, country, lat, lon):
    choice = pick(choose, text, name)
    assert choice.place is not None and choice.place.feature == "mountain", choice.reason
    assert (choice.place.country, choice.place.lat, choice.place.lon) == (country, lat, lon), choice.reason


def test_a_country_before_a_name_in_the_possessive_says_which_place_that_mention_is(choose):
    text = ("LAHORE, Pakistan: Punjab's provincial government shut schools in Lahore and Faisalabad as smoke "
            "from fields in India's Punjab drifted across the border.")
    first, second = [c for surface, c in choose(text) if surface == "Punjab"]
    assert first.place.country == "PK", first.reason  # the article's own Punjab
    assert second.place.country == "IN", second.reason
    assert "the only Punjab in India, the country written before it" in second.reason
    # "Southern Province" is a region's name in several countries
    choice = pick(choose, "Floods hit Zambia's Southern Province.", "Southern Province")
    assert choice.place.country == "ZM", choice.reason


def test_a_zone_after_a_name_writes_it_as_a_district(choose):
    # Ethiopia's zones: "zone" after the name points to the district (alone it is dropped)
    choice = pick(choose, "Coffee from the West Arsi zone sold well.", "West Arsi")
    assert choice.place is not None and choice.place.feature == "admin2", choice.reason
    assert "written as a district" in choice.reason


def test_a_countrys_name_before_a_comma_and_another_country_is_a_list(choose):
    # "Niger, Nigeria and Cameroon": the country Niger, not Nigeria's Niger State; a region
    # after a comma still qualifies a town of a country's name ("Jordan, Minnesota")
    text = ("MAIDUGURI, Nigeria — Fishermen left for islands near the borders with Niger, Nigeria and "
            "Cameroon, Borno State officials in Maiduguri said.")
    [niger] = [c.place for surface, c in choose(text) if surface == "Niger"]
    assert (niger.country, niger.feature) == ("NE", "country")
    [jordan] = [c.place for surface, c in choose("He grew up in Jordan, Minnesota.") if surface == "Jordan"]
    assert (jordan.country, jordan.admin1) == ("US", "Minnesota")
