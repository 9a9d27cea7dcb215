"""The map's data (geomap/mapdata.py): what the page is given, and in how much memory."""

import gc
import json
import sys
import weakref
from pathlib import Path

import pytest

from geomap.mapdata import MapData, day, headline, source_name, web_link, where
from geomap.models import Article, ArticleResult, Place
from geomap.shapes import _Outlines, area_key, outline

PLACE = ("name", "lat", "lon", "feature", "country", "where", "confidence", "count", "area", "excerpts", "why",
         "more")
ARTICLE = ("id", "title", "date", "day", "url", "source", "text", "marks", "places", "truncated", "headline")


def renumbered(page: dict) -> dict:
    """The page's data with its articles' place numbers turned into place indexes, as the
    page does."""
    rank = page["renumber"]
    for row in page["articles"]:
        row[7] = [v if k % 3 != 2 or v < 0 else rank[v] for k, v in enumerate(row[7])]
        row[8] = [rank[v] if k % 2 == 0 else v for k, v in enumerate(row[8])]
    return page


def data_of(results, **options) -> dict:
    page = renumbered(json.loads(MapData.of(results, **options).to_json(title="T")))
    page["places"] = [dict(zip(PLACE, row)) for row in page["places"]]
    page["articles"] = [dict(zip(ARTICLE, row)) for row in page["articles"]]
    return page


def test_places_most_mentioned_first_with_counts_excerpts_and_reasons(embassy_results):
    page = data_of(embassy_results)
    assert page["v"] == 1 and page["title"] == "T"
    names = [(p["name"], p["count"]) for p in page["places"]]
    assert names[0] == ("Damascus", 3)
    assert sorted(names[1:]) == [("Aleppo", 1), ("Ankara", 1), ("Idlib", 2), ("Moscow", 1), ("Syria", 1),
                                 ("Turkey", 1)]
    assert [p["count"] for p in page["places"]] == sorted((p["count"] for p in page["places"]), reverse=True)
    damascus = page["places"][0]
    assert damascus["where"] == "Dimashq, Syria" and damascus["feature"] == "city"
    assert damascus["confidence"] == 0.9
    assert [x[:3] for x in damascus["excerpts"]] == [
        ["Officials in ", "Damascus", " and Moscow disagreed."], ["Syria denied it; ", "Damascus", " said Idlib was calm."],
        ["Convoys from ", "Damascus", " followed."]]
    # each excerpt names its article (index) and where the name stands in that article's text
    for before, name, after, article, start in damascus["excerpts"]:
        assert page["articles"][article]["text"][start:start + len(name)] == name
    assert damascus["why"] == ["Confidence 90%: most populous place of that name; Syria is named in its article",
                               "Other candidates: Damascus (US)"]
    assert damascus["more"] == 0


def test_excerpts_and_reasons_are_bounded_per_place(map_places, make_map_result):
    result = make_map_result("g", "Gaza. " * 7, [("Gaza", map_places["Idlib"])] * 7)
    place = data_of([result], excerpts_per_place=2)["places"][0]
    assert place["count"] == 7 and len(place["excerpts"]) == 2 and place["more"] == 5
    assert len(place["why"]) == 1  # the same reason once


def test_excerpts_come_from_as_many_articles_as_they_can(map_places, make_map_result):
    """A place named four times by its first article and once by each of two more shows one
    excerpt of each article, not the first article's first three; an article alone fills
    every slot itself."""
    idlib = map_places["Idlib"]
    first = make_map_result("a", "Idlib one. Idlib two. Idlib three. Idlib four.", [("Idlib", idlib)] * 4)
    second = make_map_result("b", "Later in Idlib.", [("Idlib", idlib)])
    third = make_map_result("c", "Idlib again.", [("Idlib", idlib)])
    place = data_of([first, second, third])["places"][0]
    assert [x[3] for x in place["excerpts"]] == [0, 1, 2]
    assert place["excerpts"][0][2] == " one." and place["count"] == 6 and place["more"] == 3
    # two articles: the first one's second mention fills the third slot, in article order
    place = data_of([first, second])["places"][0]
    assert [(x[3], x[4]) for x in place["excerpts"]] == [(0, 0), (0, 11), (1, 9)]
    # one article: its first three mentions
    place = data_of([first])["places"][0]
    assert [x[4] for x in place["excerpts"]] == [0, 11, 22] and place["more"] == 1


def test_a_long_sentence_is_cut_around_the_name(map_places, make_map_result):
    words = " ".join(f"word{i}" for i in range(200))
    result = make_map_result("long", f"{words} in Aleppo {words}.", [("Aleppo", map_places["Aleppo"])])
    before, name, after, _, _ = data_of([result])["places"][0]["excerpts"][0]
    assert name == "Aleppo"
    assert before.startswith("…") and after.endswith("…")
    assert len(before) <= 162 and len(after) <= 162


def test_articles_carry_title_date_link_source_places_and_marks(embassy_results):
    page = data_of(embassy_results)
    first = page["articles"][0]
    assert first["id"] == "embassy" and first["title"] == "Embassy row" and first["source"] == "embassy.txt"
    assert first["text"] == embassy_results[0].article.text and first["truncated"] is False
    marks = first["marks"]
    spans = [(marks[k], marks[k + 1], marks[k + 2]) for k in range(0, len(marks), 3)]
    placed = [(r.mention.start, r.mention.end) for r in embassy_results[0].resolutions]
    assert [(s, e) for s, e, _ in spans] == placed
    names = [p["name"] for p in page["places"]]
    for start, end, index in spans:
        surface = first["text"][start:end]
        assert index == -1 and surface == "Atlantis" or names[index] == surface.title() or surface == "ANKARA"
    pairs = dict(zip(first["places"][::2], first["places"][1::2]))
    assert {names[i]: n for i, n in pairs.items()} == {"Damascus": 2, "Idlib": 2, "Ankara": 1, "Turkey": 1,
                                                       "Moscow": 1, "Syria": 1}


@pytest.mark.parametrize("raw, expected", [
    ("2020-02-14", "2020-02-14"), ("2020-02-14T10:00:00Z", "2020-02-14"), (" 2020-2-14", None),
    ("14 February 2020", None), ("2020-13-01", None), (None, None), ("", None)])
def test_day(raw, expected):
    assert day(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("HTTP://example.org", "HTTP://example.org"),
    ("javascript:alert(1)", None), ("data:text/html,<b>", None), ("ftp://example.org/x", None),
    ("//example.org", None), ("example.org", None), ("http://[::1", None), (None, None)])
def test_only_web_links_are_links(raw, expected):
    assert web_link(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("/home/analyst/secret/leak.jsonl", "leak.jsonl"), ("../up/story.txt", "story.txt"),
    ("C:\\Users\\me\\story.txt", "story.txt"), ("story.txt", "story.txt"), ("-", "standard input"),
    ("news/", "news"), ("", "")])
def test_sources_are_file_names_never_paths(raw, expected):
    assert source_name(raw) == expected


def test_no_local_path_reaches_the_data(map_places):
    article = Article("a", "In Aleppo.", source="/home/analyst/secret/leak.jsonl", title=None)
    from conftest import map_resolution

    result = ArticleResult(article, (map_resolution(article, "Aleppo", map_places["Aleppo"]),))
    text = MapData.of([result]).to_json()
    assert "/home/analyst" not in text and "leak.jsonl" in text


def test_where_names_the_region_and_country(map_places):
    assert where(map_places["Damascus, MD"]) == "Maryland, United States"
    assert where(map_places["Idlib"]) == "Syria"  # its region has its own name
    assert where(map_places["Syria"]) == ""  # a country is its own context
    assert where(Place(0, "Somewhere", 1, 2, "", "custom")) == ""
    # a name put by its article's town (geomap.nearby) says the town's region too
    assert where(Place(0, "Tell Qarmuz", 35.9, 36.6, "SY", "nearby", 0, "Idlib")) == "Idlib, Syria"


def test_text_is_bounded_per_article_and_in_all(map_places):
    from conftest import map_resolution

    data = MapData(text_budget=10_000, max_text=4_000, min_text=200)
    text = ("Aleppo was calm. " + "x" * 60 + " ") * 100  # 7,800 characters, "Aleppo" every 78

    def add(count):
        for _ in range(count):
            article = Article(f"a{data.articles}", text)
            data.add(ArticleResult(article, tuple(map_resolution(article, "Aleppo", map_places["Aleppo"], nth=k)
                                                  for k in range(100))))
        return renumbered(json.loads(data.to_json()))["articles"]

    rows = add(40)  # forty share the budget: 250 characters each at most
    lengths = [len(row[6]) for row in rows]
    assert sum(lengths) <= 10_000 and all(250 * 3 // 4 <= n <= 250 for n in lengths)
    assert all(row[9] for row in rows)  # marked as shortened
    for row in rows:
        marks = row[7]
        assert marks and all(marks[k + 1] <= len(row[6]) for k in range(0, len(marks), 3))
        assert row[6][marks[0]:marks[1]] == "Aleppo"
    rows = add(5)  # forty-five get the least useful share, a lede of 200 characters
    assert all(150 <= len(row[6]) <= 200 for row in rows) and sum(len(row[6]) for row in rows) <= 10_000
    rows = add(15)  # sixty would be over the budget even so: they are listed without text
    assert all(row[6] == "" and row[7] == [] and row[9] for row in rows)
    # every mention still counts, whatever text is kept
    assert json.loads(data.to_json())["places"][0][7] == 6000


def test_a_single_article_keeps_its_whole_text(map_places, make_map_result):
    text = "Aleppo. " + "Long story. " * 1500  # 18,000 characters
    result = make_map_result("one", text, [("Aleppo", map_places["Aleppo"])])
    assert data_of([result])["articles"][0]["text"] == text


def test_results_are_not_held(embassy_results):
    """The map keeps what it shows, not the results: they can be freed as they are added."""
    data = MapData()
    refs = []
    for result in embassy_results:
        copy = ArticleResult(result.article, result.resolutions)
        refs.append(weakref.ref(copy))
        data.add(copy)
        del copy
    embassy_results.clear()
    gc.collect()
    assert all(ref() is None for ref in refs)
    assert data.articles == 2 and data.places == 7


def test_areas_get_their_outline_and_points_get_none(map_places):
    assert area_key(map_places["Syria"]) == "country:SY"
    assert area_key(map_places["Idlib"]) is None  # a town
    idlib_province = Place(169387, "Idlib", 35.78, 36.68, "SY", "admin1")
    assert area_key(idlib_province) == "admin1:169387"
    europe = Place(6255148, "Europe", 48.7, 9.1, "", "continent")
    assert area_key(europe) == "continent:EU"
    assert area_key(Place(0, "Nowhere", 0, 0, "ZZ", "country")) is None
    for place in (map_places["Syria"], idlib_province, europe):
        geometry = json.loads(outline(area_key(place)))
        assert geometry["type"] in ("Polygon", "MultiPolygon") and geometry["coordinates"]
    # the outline holds the place's own point (roughly: Syria's polygon spans its point)
    coords = json.loads(outline("country:SY"))["coordinates"]
    ring = coords[0] if json.loads(outline("country:SY"))["type"] == "Polygon" else coords[0][0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert min(lons) < 38.0 < max(lons) and min(lats) < 35.0 < max(lats)


def test_the_outlines_file_is_read_an_outline_at_a_time(tmp_path):
    """``tools/build_shapes.py`` writes an index and each outline compressed on its own; geomap
    decompresses only the outlines a map shades (reading all 4,650 took a tenth of a warm
    ``geomap map``), so one damaged outline spoils no other, and a file that is not one
    leaves every place a point."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    try:
        from build_shapes import write
    finally:
        sys.path.pop(0)
    square = [[[0, 0], [1, 0], [1, 1], [0, 0]]]
    path = tmp_path / "areas.bin"
    write([("country", "AA", {"type": "Polygon", "coordinates": square}),
           ("admin1", "12", {"type": "MultiPolygon", "coordinates": [square, square]})], path)
    raw = path.read_bytes()
    outlines = _Outlines(raw)
    assert "country:AA" in outlines and "admin1:12" in outlines and "country:BB" not in outlines
    assert outlines.get("country:AA") == ("Polygon", "[[[0,0],[1,0],[1,1],[0,0]]]")
    assert outlines.get("admin1:12")[0] == "MultiPolygon" and outlines.get("country:BB") is None
    damaged = _Outlines(raw[:-3] + b"xyz")  # the last outline's bytes: the first still reads
    assert damaged.get("country:AA") == outlines.get("country:AA")
    assert damaged.get("admin1:12") is None  # and the damaged one is a point, no error
    with pytest.raises(ValueError):
        _Outlines(b"something else\n")
    assert json.loads(outline("country:SY"))["type"] in ("Polygon", "MultiPolygon")  # the shipped file


def test_the_data_names_each_area_outline_once(map_places, make_map_result):
    result = make_map_result("a", "Syria and Syria and Idlib.", [("Syria", map_places["Syria"]),
                                                                 ("Syria", map_places["Syria"]),
                                                                 ("Idlib", map_places["Idlib"])])
    page = data_of([result])
    assert list(page["areas"]) == ["country:SY"]
    assert [p["area"] for p in page["places"]] == ["country:SY", None]


def test_geonames_and_natural_earth_are_credited_and_osm_when_geocoded(embassy_results, map_places, make_map_result):
    credit = data_of(embassy_results)["attribution"]
    assert 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)' in credit
    assert "Natural Earth</a>" in credit and "OpenStreetMap" not in credit
    geocoded = Place(0, "Atmuz", 36.2, 36.6, "SY", "geocoded")
    assert "OpenStreetMap</a> contributors (ODbL)" in data_of(
        [make_map_result("g", "In Atmuz.", [("Atmuz", geocoded)])])["attribution"]


def test_results_read_back_without_excerpts_give_none(map_places):
    from geomap.models import Excerpt, Mention, Resolution

    article = Article("a", "", source="places.jsonl")
    bare = Resolution(Mention("a", 10, 16, "Aleppo"), map_places["Aleppo"], Excerpt("", 0, 0), 0.9, "why")
    place = data_of([ArticleResult(article, (bare, bare))])["places"][0]
    assert place["count"] == 2 and place["excerpts"] == [] and place["why"] == ["Confidence 90%: why"]


def test_reasons_are_summed_up_once_per_place(map_places):
    """A popup says how sure geomap was over all of a place's mentions (a range), each clause
    of their reasons once, and the other candidates once each, same-named ones counted."""
    from geomap.models import Excerpt, Mention, Resolution

    article = Article("a", "", source="places.jsonl")
    chad = map_places["Aleppo"]
    others = (Place(1, "Chadian", 30.0, 110.0, "CN", "city"), Place(2, "Chadian", 31.0, 111.0, "CN", "city"),
              Place(3, "Chad", 55.0, 37.0, "RU", "city"))

    def res(confidence, reason, alternatives=()):
        return Resolution(Mention("a", 0, 4, "Chad"), chad, Excerpt("", 0, 0), confidence, reason, alternatives)

    place = data_of([ArticleResult(article, (
        res(0.97, "the country Chad; written as a country", others),
        res(1.0, "the country Chad", others[2:]),
        res(0.99, "Chad, the place the word refers to; written as a country"),
        res(1.0, "one; two; three")))])["places"][0]
    assert place["why"] == ["Confidence 97\u2013100%: the country Chad; written as a country; "
                            "Chad, the place the word refers to; one",
                            "Other candidates: Chadian (CN, 2 places), Chad (RU)"]
    assert place["confidence"] == 1.0
    one = data_of([ArticleResult(article, (res(0.904, "x"), res(0.896, "x")))])["places"][0]
    assert one["why"] == ["Confidence 90%: x"]  # the same when rounded: no range
    # what counts or measures within one article is said once for all of them
    counted = data_of([ArticleResult(article, (
        res(0.9, "the country Chad; Chad is named 3 times in this article; 12 km from another place in this article"),
        res(0.9, "the country Chad; Chad is named 1 time in this article; 40 km from another place in this article"),
    ))])["places"][0]
    assert counted["why"] == ["Confidence 90%: the country Chad; Chad is named in its article; "
                              "near another place of its article"]


@pytest.mark.parametrize("text, expected", [
    ("Floods cut the road to Pokhara\nPOKHARA, Nepal - Landslides closed it.", "Floods cut the road to Pokhara"),
    ("\n  Quake   rocks Mindanao; tsunami alert lifted \n\nMANILA - A quake...", "Quake rocks Mindanao; tsunami alert lifted"),
    ("Will the port reopen?\nNobody knows.", "Will the port reopen?"),
    ("IDLIB, Syria (AP) - A convoy crossed on Thursday.\nMore text.", None),  # a sentence: the lede
    ("Officials said:\nNothing.", None),  # a clause that goes on
    ("Ankara\nOfficials spoke.", None),  # one word: a dateline or a name
    ("Floods cut the road to Pokhara", None),  # nothing after it: the whole text
    ("Floods cut the road to Pokhara\n   \n", None),
    (" ".join(["word"] * 26) + "\nMore.", None),  # too many words for a headline
    ("A " + "long" * 40 + " line\nMore.", None),  # too long
])
def test_a_headline_is_a_short_first_line_that_is_no_sentence(text, expected):
    assert headline(text) == expected


def test_articles_without_a_title_carry_their_headline(make_map_result, map_places):
    text = "Aid reaches Idlib\nConvoys reached Idlib on Friday."
    untitled = make_map_result("u", text, [("Idlib", map_places["Idlib"])])
    titled = make_map_result("t", text, [("Idlib", map_places["Idlib"])], title="Given title")
    lede = make_map_result("l", "Convoys reached Idlib on Friday.\nMore.", [("Idlib", map_places["Idlib"])])
    rows = data_of([untitled, titled, lede])["articles"]
    assert [(a["title"], a["headline"]) for a in rows] == [
        (None, "Aid reaches Idlib"), ("Given title", None), (None, None)]
