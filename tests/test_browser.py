"""The map in a real browser: Playwright driving the system's Chromium, all network blocked.

Needs the ``playwright`` package (the ``test`` extra) and Chromium (``apt-get install -y
chromium``); Playwright's own browser download is not used. Without them these tests are
skipped, except in CI (``CI=true``), where a missing browser is a failure.
"""

import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from newsgen import news

from geomap.mapdata import MapData
from geomap.models import Article, ArticleResult, Place
from geomap.render import png, render_map, save_map

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium_path():
    for candidate in (os.environ.get("GEOMAP_BROWSER"), "/usr/bin/chromium"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return shutil.which("chromium")


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}: CI must run the browser tests (apt-get install -y chromium; "
                    "pip install -e '.[test]')", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    exe = _chromium_path()
    if not exe:
        _unavailable("no Chromium found")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page with every request other than file: and data: aborted, and its errors (script
    errors and console errors) kept."""

    def __init__(self, browser, width=1280, height=800):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.blocked, self.errors = [], []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(f"console: {msg.text}")
                     if msg.type == "error" else None)
        self.page.route("**/*", self._route)

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.geomap && window.geomap.ready", timeout=20_000)
        return self.page


@pytest.fixture
def open_map(browser, tmp_path):
    pages = []

    def _open(results, name="map.html", size=(1280, 800), **kwargs):
        kwargs.setdefault("tiles", "none")
        path = save_map(render_map(results, **kwargs), tmp_path / name)
        page = Page(browser, *size)
        pages.append(page)
        page.open(path)
        return page

    yield _open
    for page in pages:
        page.context.close()


def decode_png(data: bytes):
    """(width, height, rows of RGB tuples) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, bpp = zlib.decompress(idat), 3 if colour == 2 else 4
    stride, rows, prev = width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def colour_share(rows, colour, tolerance=6):
    pixels = [px for row in rows[::4] for px in row[::4]]
    near = sum(1 for px in pixels if all(abs(a - b) <= tolerance for a, b in zip(px, colour)))
    return near / len(pixels)


def ids_of(results, *names):
    """The page's place ids ("p<rank>") of places by name, in the page's order."""
    order = [p.name for p in MapData.of(results).order()]
    return [f"p{order.index(name)}" for name in names]


# --------------------------------------------------------------------------- realistic corpora


def first_view(pg) -> dict:
    """What a reader sees on opening the page: markers in view, and what covers the map."""
    return pg.evaluate("""() => {
        const map = geomap.map, view = map.getBounds(), box = map.getContainer().getBoundingClientRect();
        const shown = new Set(geomap.visible());
        const specific = Object.entries(geomap.markers).filter(([id, m]) =>
            shown.has(id) && ["city", "admin2", "custom", "geocoded"].includes(geomap.data.places[+id.slice(1)][3]));
        const inView = specific.filter(([id, m]) => view.contains(m.getLatLng())).length;
        function covered(sel) {
            const el = document.querySelector(sel);
            if (!el || !el.offsetParent) { return 0; }
            const r = el.getBoundingClientRect();
            const w = Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left));
            const h = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
            return w * h / (box.width * box.height);
        }
        return {zoom: map.getZoom(), specific: specific.length, inView: inView,
                anyInView: Object.values(geomap.markers).some(m => map.hasLayer(m) || true ? view.contains(m.getLatLng()) : false),
                legend: covered(".geomap-legend"), panel: covered(".geomap-reader"),
                mapWidth: box.width, mapHeight: box.height};
    }""")


@pytest.mark.parametrize("size", [(700, 450), (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("articles", [1, 20, 200])
def test_the_first_view_shows_most_specific_places_and_nothing_covers_it(open_map, size, articles):
    page = open_map(news(articles), size=size)
    view = first_view(page.page)
    assert view["specific"] > 0
    assert view["inView"] >= 0.6 * view["specific"], view
    assert view["legend"] <= 0.25 and view["panel"] == 0, view
    assert view["mapWidth"] >= size[0] * 0.6 and view["mapHeight"] >= size[1] * 0.8, view
    assert page.errors == [] and page.blocked == []


def test_the_first_view_holds_the_lakes_and_mountains_beside_the_towns(open_map, make_map_result):
    # an article's lakes lie 15,000 km from its two towns: the first view holds both, not the
    # towns alone
    van = Place(0, "Lake Van", 38.6, 42.9, "TR", "lake", 0)
    urmia = Place(0, "Lake Urmia", 37.7, 45.5, "IR", "lake", 0)
    wellington = Place(2179537, "Wellington", -41.28664, 174.77557, "NZ", "city", 381900, "Wellington")
    picton = Place(2185329, "Picton", -41.29067, 174.00801, "NZ", "city", 4850, "Marlborough")
    result = make_map_result("lakes", "Fishermen on Lake Van and Lake Urmia said catches fell. Ferries between "
                             "Wellington and Picton were cancelled.",
                             [("Lake Van", van), ("Lake Urmia", urmia), ("Wellington", wellington),
                              ("Picton", picton)])
    page = open_map([result], size=(1280, 800))
    held = page.page.evaluate("""() => {
        const view = geomap.map.getBounds();
        return Object.values(geomap.markers).filter(m => view.contains(m.getLatLng())).length;
    }""")
    assert held == 4 and page.errors == []


def test_the_first_view_of_2000_articles(open_map):
    page = open_map(news(2000), size=(1920, 1080))
    view = first_view(page.page)
    assert view["inView"] >= 0.6 * view["specific"] and view["legend"] <= 0.25 and view["panel"] == 0, view
    assert page.page.locator(".geomap-cluster").count() >= 1
    assert page.page.locator(".geomap-article").count() == 100  # the list grows on demand
    page.page.locator(".geomap-more").click()
    assert page.page.locator(".geomap-article").count() == 200
    assert page.errors == []


def test_a_narrow_embed_keeps_the_panel_behind_a_button(open_map, embassy_results):
    page = open_map(embassy_results, size=(700, 450))
    pg = page.page
    assert not pg.locator(".geomap-reader").is_visible()
    toggle = pg.locator(".geomap-panel-toggle")
    assert toggle.inner_text() == "2 articles"
    toggle.click()
    assert pg.locator(".geomap-reader").is_visible()
    # opening a place from the panel gives the map back for its popup
    pg.locator(".geomap-article-title", has_text="Embassy row").click()
    pg.locator('mark[data-geomap-place]').first.click()
    pg.locator(".leaflet-popup-content").wait_for(state="visible")
    assert not pg.locator(".geomap-reader").is_visible()


def test_popups_open_above_the_legend(open_map):
    page = open_map(news(6), size=(1280, 800))  # few enough places to stand unclustered
    pg = page.page
    pg.locator(".geomap-legend-head").wait_for()
    overlap = pg.evaluate("""() => {
        const id = geomap.visible().find(i => geomap.markers[i]);
        const marker = geomap.markers[id], map = geomap.map;
        const box = map.getContainer().getBoundingClientRect();
        const leg = document.querySelector(".geomap-legend").getBoundingClientRect();
        // put the marker just above the legend's top edge: its popup opens up over... the map,
        // so put it inside the legend's corner and let the popup rise over the legend
        const target = L.point(leg.left - box.left + 60, leg.bottom - box.top - 8);
        const at = map.latLngToContainerPoint(marker.getLatLng());
        map.panBy(at.subtract(target), {animate: false});
        marker.openPopup();
        return id;
    }""")
    pg.locator(".leaflet-popup-content").wait_for(state="visible")
    result = pg.evaluate("""() => {
        const pop = document.querySelector(".leaflet-popup").getBoundingClientRect();
        const leg = document.querySelector(".geomap-legend").getBoundingClientRect();
        const x0 = Math.max(pop.left, leg.left), x1 = Math.min(pop.right, leg.right);
        const y0 = Math.max(pop.top, leg.top), y1 = Math.min(pop.bottom, leg.bottom);
        if (x1 <= x0 || y1 <= y0) { return {overlap: 0}; }
        const hit = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
        return {overlap: (x1 - x0) * (y1 - y0), onTop: !!(hit && hit.closest(".leaflet-popup"))};
    }""")
    assert result["overlap"] > 0, "the popup does not reach the legend: the test proves nothing"
    assert result["onTop"], overlap
    # the controls the popup leaves free still answer while it is open
    zoom = pg.evaluate("geomap.map.getZoom()")
    pg.locator(".leaflet-control-zoom-in").click()
    pg.wait_for_function(f"geomap.map.getZoom() > {zoom} && !geomap.map._animatingZoom")
    # and the popup stays on its place as the map moves (on the disc as drawn: a disc that
    # would hide another at this zoom is drawn beside its place)
    pg.evaluate("geomap.map.panBy([120, -60], {animate: false}) && null")
    drift = pg.evaluate("""id => {
        const m = geomap.markers[id], tip = document.querySelector(".leaflet-popup-tip").getBoundingClientRect();
        const icon = m.getElement().querySelector("span").getBoundingClientRect();
        return [Math.abs((tip.left + tip.right) / 2 - (icon.left + icon.right) / 2), icon.top - tip.bottom];
    }""", overlap)
    assert drift[0] < 2 and 0 <= drift[1] < 20, drift


# --------------------------------------------------------------------------- areas, colours, confidence


def test_countries_are_shaded_outlines_darker_the_more_they_are_named(open_map, make_map_result, map_places):
    p = map_places
    result = make_map_result("a", "Syria, Syria, Syria and Turkey met in Ankara and Idlib.",
                             [("Syria", p["Syria"]), ("Syria", p["Syria"]), ("Syria", p["Syria"]),
                              ("Turkey", p["Turkey"]), ("Ankara", p["Ankara"]), ("Idlib", p["Idlib"])])
    page = open_map([result])
    pg = page.page
    syria, turkey = ids_of([result], "Syria", "Turkey")
    assert pg.evaluate("Object.keys(geomap.areas).sort()") == sorted([syria, turkey])
    assert pg.evaluate("Object.values(geomap.areas).filter(a => geomap.map.hasLayer(a)).length") == 2
    assert pg.locator(".leaflet-pane.leaflet-geomap-areas-pane canvas").count() == 1  # drawn on a canvas
    opacity = pg.evaluate("""id => geomap.areas[id].getLayers()[0].options.fillOpacity""", syria)
    assert opacity > pg.evaluate("""id => geomap.areas[id].getLayers()[0].options.fillOpacity""", turkey)
    assert pg.locator(".geomap-marker").count() == 2  # the towns are points
    # the view fits the towns, not the whole of Turkey and Syria
    view = pg.evaluate("geomap.map.getBounds().toBBoxString()").split(",")
    assert float(view[2]) - float(view[0]) < 12
    pg.evaluate(f"geomap.openPlace('{syria}')")
    popup = pg.locator(f'.leaflet-popup-content [data-geomap-popup="{syria}"]')
    popup.wait_for(state="visible")
    assert popup.locator("h3").inner_text() == "Syria"
    assert "Mentioned 3 times" in popup.inner_text() and "Syria, Syria, Syria and Turkey" in popup.inner_text()
    assert page.errors == []


def test_a_handful_of_articles_get_a_colour_each_and_many_give_way_to_selection(open_map, make_map_result, map_places):
    few = [make_map_result(f"a{i}", f"Talks in {name}.", [(name, map_places[name])], title=f"A{i}")
           for i, name in enumerate(["Ankara", "Aleppo", "Idlib", "Moscow"])]
    pg = open_map(few).page
    colours = pg.evaluate("Array.from(document.querySelectorAll('.geomap-marker span')).map(s => s.style.background)")
    assert len(set(colours)) == 4
    swatches = pg.evaluate("Array.from(document.querySelectorAll('.geomap-article .geomap-swatch')).map(s => s.style.background)")
    assert set(swatches) == set(colours)  # each article's colour beside its title
    pg = open_map(few, name="nopanel.html", reader=False).page  # without the panel, the legend names them
    assert [line for line in pg.locator(".geomap-legend-body").inner_text().splitlines() if line.startswith("A")] == [
        "A0", "A1", "A2", "A3"]
    many = [make_map_result(f"b{i}", f"Talks in {name}.", [(name, map_places[name])], title=f"B{i}")
            for i, name in enumerate(["Ankara", "Aleppo", "Idlib", "Moscow"] * 3)]
    pg = open_map(many, name="many.html").page
    colours = pg.evaluate("Array.from(document.querySelectorAll('.geomap-marker span')).map(s => s.style.background)")
    assert len(set(colours)) == 1  # one colour; an article is told apart by selecting it


def test_uncertain_places_look_different_and_can_be_hidden(open_map, make_map_result, map_places):
    sure = make_map_result("s", "Talks in Ankara.", [("Ankara", map_places["Ankara"])], confidence=0.9)
    unsure = make_map_result("u", "Talks in Aleppo.", [("Aleppo", map_places["Aleppo"])], confidence=0.3)
    page = open_map([sure, unsure])
    pg = page.page
    ankara, aleppo = ids_of([sure, unsure], "Ankara", "Aleppo")
    assert pg.locator(f".geomap-marker.geomap-{aleppo}.geomap-unsure").count() == 1
    assert pg.locator(f".geomap-marker.geomap-{ankara}.geomap-unsure").count() == 0
    assert "uncertain" in pg.locator(".geomap-legend").inner_text()
    slider = pg.locator(".geomap-confidence")
    slider.evaluate("s => { s.value = 50; s.dispatchEvent(new Event('input')); }")
    assert pg.evaluate("geomap.visible()") == [ankara]
    assert pg.locator(f".geomap-marker.geomap-{aleppo}").count() == 0
    assert "below 50% sure" in pg.locator(".geomap-reader").inner_text()
    assert pg.evaluate("geomap.setFilter({minConfidence: 0.2})") == sorted([ankara, aleppo])
    assert pg.evaluate("geomap.setFilter({minConfidence: 0.95})") == []
    assert page.errors == []


# --------------------------------------------------------------------------- the articles panel


def dated_news(make_map_result, map_places):
    p = map_places
    spec = [("march1", "2024-03-01", "Ankara"), ("march10", "2024-03-10", "Aleppo"),
            ("march20", "2024-03-20", "Moscow"), ("undated", None, "Idlib")]
    results = []
    for aid, date, name in spec:
        r = make_map_result(aid, f"Officials in {name} spoke.", [(name, p[name])], title=f"News of {aid}")
        results.append(ArticleResult(Article(aid, r.article.text, source=f"/secret/{aid}.txt", title=r.article.title,
                                             url=f"https://example.org/{aid}" if aid != "march20" else "javascript:alert(1)",
                                             date=date), r.resolutions))
    return results


def test_articles_are_listed_with_date_and_safe_links(open_map, make_map_result, map_places):
    results = dated_news(make_map_result, map_places)
    page = open_map(results)
    pg = page.page
    items = pg.locator(".geomap-article")
    assert items.count() == 4
    assert items.nth(0).locator(".geomap-article-title").inner_text() == "News of march1"
    assert items.nth(0).locator(".geomap-article-meta").inner_text().startswith("1 Mar 2024 · example.org")
    assert items.nth(0).locator("a").get_attribute("href") == "https://example.org/march1"
    assert items.nth(0).locator("a").get_attribute("rel") == "noopener noreferrer"
    assert items.nth(2).locator("a").count() == 0  # a javascript: address is no link
    assert "/secret/" not in pg.content()
    assert page.errors == []


def test_search_finds_articles_by_text_and_shows_their_places(open_map, make_map_result, map_places):
    results = dated_news(make_map_result, map_places)
    pg = open_map(results).page
    pg.locator(".geomap-search").fill("aleppo")
    pg.wait_for_function("document.querySelectorAll('.geomap-article').length === 1")
    assert pg.locator(".geomap-article-title").inner_text() == "News of march10"
    assert pg.evaluate("geomap.visible()") == ids_of(results, "Aleppo")
    assert "1 of 4 articles" in pg.locator(".geomap-summary").inner_text()
    in_view = "([lat, lon]) => geomap.map.getBounds().contains([lat, lon])"
    moscow, aleppo = [[p.lat, p.lon] for p in (map_places["Moscow"], map_places["Aleppo"])]
    assert pg.evaluate(in_view, moscow)  # typing filters; the map stays where the reader left it
    pg.locator(".geomap-search").press("Enter")  # Enter zooms to what the search shows
    assert pg.evaluate(in_view, aleppo) and not pg.evaluate(in_view, moscow)
    pg.locator(".geomap-search").fill("")
    pg.wait_for_function("document.querySelectorAll('.geomap-article').length === 4")
    assert len(pg.evaluate("geomap.visible()")) == 4


def test_selecting_an_article_shows_only_its_places_and_its_text(open_map, make_map_result, map_places):
    results = dated_news(make_map_result, map_places)
    pg = open_map(results).page
    pg.locator(".geomap-article-title", has_text="News of march20").click()
    assert pg.evaluate("geomap.visible()") == ids_of(results, "Moscow")
    assert pg.locator(".geomap-article.geomap-selected .geomap-text").inner_text() == "Officials in Moscow spoke."
    assert pg.evaluate("geomap.filter().articles") == ["march20"]
    pg.locator(".geomap-show-all").click()
    assert len(pg.evaluate("geomap.visible()")) == 4
    assert pg.evaluate("geomap.setFilter({articles: ['march1', 'undated']})") == sorted(ids_of(results, "Ankara", "Idlib"))
    assert pg.evaluate("geomap.setFilter({})") == sorted(ids_of(results, "Ankara", "Aleppo", "Moscow", "Idlib"))


def test_a_time_range_hides_the_places_of_other_dates_and_keeps_undated(open_map, make_map_result, map_places):
    results = dated_news(make_map_result, map_places)
    page = open_map(results)
    pg = page.page
    assert "1 undated article always shown" in pg.locator(".geomap-time").inner_text()
    assert pg.locator(".geomap-histogram div").count() == 20  # a day a bar, 1 to 20 March
    shown = pg.evaluate("geomap.setFilter({from: '2024-03-05', to: '2024-03-15'})")
    assert shown == sorted(ids_of(results, "Aleppo", "Idlib"))
    assert pg.locator(".geomap-time-label").inner_text() == "5 Mar 2024 – 15 Mar 2024"
    assert pg.evaluate("geomap.setFilter({from: '2024-03-05T08:00:00Z', to: new Date(Date.UTC(2024, 2, 15))})") == shown
    pg.evaluate("geomap.setFilter({})")
    # the range's handles do the same
    pg.locator(".geomap-to").evaluate("s => { s.value = 4; s.dispatchEvent(new Event('input')); }")
    assert pg.evaluate("geomap.filter()") == {"from": None, "to": "2024-03-05", "query": "", "articles": None,
                                              "minConfidence": 0}
    assert pg.evaluate("geomap.visible()") == sorted(ids_of(results, "Ankara", "Idlib"))
    assert page.errors == []


def test_play_steps_a_window_through_time(open_map, make_map_result, map_places):
    results = dated_news(make_map_result, map_places)
    pg = open_map(results).page
    pg.locator(".geomap-to").evaluate("s => { s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert pg.evaluate("geomap.filter().to") == "2024-03-01"
    pg.locator(".geomap-play").click()
    assert pg.locator(".geomap-play").inner_text() == "❚❚ Pause"
    pg.wait_for_function("geomap.filter().from === '2024-03-02'", timeout=3000)  # the first step
    assert pg.evaluate("geomap.filter().to") == "2024-03-02"  # a one-day window, moved on
    pg.locator(".geomap-play").click()
    assert pg.locator(".geomap-play").inner_text() == "▶ Play"


def test_undated_corpora_have_no_time_control(open_map, embassy_results):
    pg = open_map(embassy_results).page
    assert pg.locator(".geomap-time").count() == 0


# --------------------------------------------------------------------------- markers, popups, reader


def test_leaflet_loads_offline_with_no_request_and_no_error(open_map, embassy_results):
    page = open_map(embassy_results)
    assert page.page.evaluate("L.version") == "1.9.3"
    assert page.page.evaluate("typeof jQuery") == "undefined"  # not needed, not loaded
    assert page.blocked == [] and page.errors == []


def test_there_is_one_marker_per_point_place(open_map, embassy_results):
    page = open_map(embassy_results)
    points = [p for p in MapData.of(embassy_results).order() if p.feature != "country"]
    assert page.page.locator(".geomap-marker").count() == len(points) == 5
    assert page.page.evaluate("Object.keys(geomap.markers).length") == 5
    assert page.page.evaluate("Object.keys(geomap.areas).length") == 2  # Syria, Turkey


def test_points_at_one_spot_are_drawn_apart_and_each_opens(open_map, make_map_result, map_places):
    """Names the gazetteer lacks are placed at their article's town (geomap.nearby): their
    markers go on a ring around the town's, so that each can be seen and clicked."""
    idlib = map_places["Idlib"]
    near = [Place(0, name, idlib.lat, idlib.lon, "SY", "nearby", 0, "Idlib") for name in ("Tell Qarmuz", "Atmuz")]
    result = make_map_result("a", "Shelling hit Idlib. In Tell Qarmuz and at Atmuz, people were hurt.",
                             [("Idlib", idlib), ("Tell Qarmuz", near[0]), ("Atmuz", near[1])])
    page = open_map([result]).page
    boxes = [page.locator(".geomap-marker").nth(k).bounding_box() for k in range(3)]
    centres = {(round(b["x"] + b["width"] / 2), round(b["y"] + b["height"] / 2)) for b in boxes}
    assert len(centres) == 3  # three spots, none on top of another
    for b in boxes:
        for other in boxes:
            if other is not b:
                assert abs(b["x"] - other["x"]) >= b["width"] * 0.5 or abs(b["y"] - other["y"]) >= b["height"] * 0.5
    for name in ("Idlib", "Tell Qarmuz", "Atmuz"):
        (pid,) = ids_of([result], name)
        page.locator(f".geomap-marker.geomap-{pid}").click()
        page.locator(".leaflet-popup-content h3", has_text=name).wait_for(state="visible")
        page.locator(".leaflet-popup-close-button").first.click()
        page.locator(".leaflet-popup").first.wait_for(state="detached")


def test_points_that_would_hide_one_another_are_drawn_apart_until_zoomed_in(open_map, make_map_result, map_places):
    """The seed's view: Idlib's large disc over Saraqib, Aleppo and Latakia, Moscow far off.
    Each point can be seen and clicked where it is drawn; zoomed in, each is on its place."""
    idlib = map_places["Idlib"]
    near = {"Saraqib": Place(1, "Saraqib", 35.86, 36.80, "SY", "city", 30000, "Idlib"),
            "Latakia": Place(2, "Latakia", 35.52, 35.79, "SY", "city", 380000, "Latakia"),
            "Aleppo": map_places["Aleppo"]}
    text = "Idlib. " * 7 + "Saraqib. Saraqib. Aleppo. Latakia. Moscow."
    pairs = [("Idlib", idlib)] * 7 + [("Saraqib", near["Saraqib"])] * 2 + [
        ("Aleppo", near["Aleppo"]), ("Latakia", near["Latakia"]), ("Moscow", map_places["Moscow"])]
    result = make_map_result("s", text, [(name, place) for name, place in pairs])
    page = open_map([result], size=(1456, 819)).page
    assert page.evaluate("geomap.map.getZoom()") <= 5  # Moscow in view: the Syrian points crowd
    moved = page.evaluate("geomap.spread()")
    assert moved and len(moved) <= 3  # the largest, Idlib's, stays where it is
    for name in ("Idlib", "Saraqib", "Aleppo", "Latakia", "Moscow"):
        (pid,) = ids_of([result], name)
        box = page.locator(f".geomap-marker.geomap-{pid} span").bounding_box()
        # a reader's click on the middle of the disc as drawn opens that place's popup
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.locator(f'.leaflet-popup-content [data-geomap-popup="{pid}"]').wait_for(state="attached", timeout=2000)
        page.locator(".leaflet-popup-close-button").first.click()
        page.locator(".leaflet-popup").first.wait_for(state="detached")
    page.evaluate(f"void geomap.map.setView([{idlib.lat}, {idlib.lon}], 10, {{animate: false}})")
    assert page.evaluate("geomap.spread()") == {}  # far enough apart on the map: each on its place


def test_the_view_fits_every_marker(open_map, embassy_results):
    page = open_map(embassy_results).page
    inside = page.evaluate("""() => {
        const b = geomap.map.getBounds();
        const markers = Object.values(geomap.markers);
        return [markers.length, markers.filter(m => b.contains(m.getLatLng())).length];
    }""")
    assert inside == [5, 5]  # every one of the five markers, not "all of none"
    assert page.evaluate("geomap.map.getZoom()") >= 3


def test_clicking_a_marker_shows_its_excerpts(open_map, embassy_results):
    page = open_map(embassy_results).page
    (moscow,) = ids_of(embassy_results, "Moscow")
    page.locator(f".geomap-marker.geomap-{moscow}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert popup.locator("h3").inner_text() == "Moscow"
    assert "Officials in Damascus and Moscow disagreed." in popup.inner_text()
    assert popup.locator("mark").first.inner_text() == "Moscow"
    assert "Embassy row" in popup.inner_text()
    assert "Russia · city or town · 55.7522, 37.6156" in popup.inner_text()
    # The mentions of the open place are highlighted in the text of its article.
    page.evaluate("geomap.map.closePopup() && null")
    page.locator(".geomap-article-title", has_text="Embassy row").click()
    page.locator(f".geomap-marker.geomap-{moscow}").click()
    popup.wait_for(state="visible")
    assert page.locator(f'mark.geomap-active[data-geomap-place="{moscow}"]').count() == 1


def test_a_popup_and_the_scale_fit_a_phone_screen(open_map, embassy_results):
    page = open_map(embassy_results, size=(390, 844)).page
    (ankara,) = ids_of(embassy_results, "Ankara")
    page.evaluate("id => geomap.openPlace(id) && null", ankara)
    page.locator(".leaflet-popup-content").wait_for(state="visible")
    page.wait_for_timeout(300)  # (the map pans the popup into view)
    edges = page.evaluate("""() => {
        const box = s => document.querySelector(s).getBoundingClientRect();
        const pop = box(".leaflet-popup"), close = box(".leaflet-popup-close-button");
        return [pop.left, pop.right, close.left, close.right, window.innerWidth];
    }""")
    left, right, close_left, close_right, width = edges
    assert 0 <= left and right <= width, edges  # the whole popup, its close button too
    assert 0 <= close_left and close_right <= width, edges
    # the scale's figures stay inside their lines at every zoom
    for zoom in (1, 2, 3, 5, 8):
        page.evaluate(f"geomap.map.setZoom({zoom}, {{animate: false}}) && null")
        spill = page.evaluate("""() => Array.prototype.map.call(
            document.querySelectorAll(".leaflet-control-scale-line"), n => n.scrollWidth - n.clientWidth)""")
        assert len(spill) == 2 and max(spill) <= 0, (zoom, spill)


def test_a_long_popup_scrolls_on_a_phone_held_sideways(open_map, make_map_result, map_places):
    # three long excerpts would be taller than a phone's 390 px in landscape: the popup scrolls
    sentence = "Officials in Ankara said " + "the talks went on late into the night and " * 12 + "ended."
    text = " ".join([sentence] * 3)
    results = [make_map_result("long", text, [("Ankara", map_places["Ankara"])] * 3)]
    page = open_map(results, size=(844, 390)).page
    (ankara,) = ids_of(results, "Ankara")
    page.evaluate("id => geomap.openPlace(id) && null", ankara)
    page.locator(".leaflet-popup-content").wait_for(state="visible")
    box = page.evaluate("""() => {
        const pop = document.querySelector(".leaflet-popup").getBoundingClientRect();
        const content = document.querySelector(".leaflet-popup-content");
        return [pop.height, geomap.map.getSize().y, content.scrollHeight, content.clientHeight];
    }""")
    height, map_height, scrolled, shown = box
    assert height <= map_height - 40, box  # within the map and its margins
    assert scrolled > shown, box  # the rest of its excerpts a scroll away


def test_an_area_across_the_180th_meridian_opens_at_its_own_point(open_map, make_map_result):
    # Russia's outline runs past 180°E: its bounds go round the world, their middle at 0°
    russia = Place(2017370, "Russia", 60.0, 100.0, "RU", "country", 140702000)
    results = [make_map_result("r", "Russia closed its airspace.", [("Russia", russia)])]
    page = open_map(results).page
    (rid,) = ids_of(results, "Russia")
    assert page.evaluate("id => { const b = geomap.areas[id].getBounds(); return b.getEast() - b.getWest(); }",
                         rid) > 180, "the outline does not cross the meridian: the test proves nothing"
    view = page.evaluate("""id => {
        geomap.openPlace(id);
        const at = geomap.areas[id].getPopup().getLatLng(), centre = geomap.map.getCenter();
        return [at.lat, at.lng, centre.lng, geomap.map.getZoom()];
    }""", rid)
    assert view[:2] == [60.0, 100.0], view
    assert abs(view[2] - 100.0) < 40 and view[3] >= 2, view
    # and a map of it alone opens on it, not on the world
    page = open_map(results, name="alone.html").page
    first = page.evaluate("[geomap.map.getCenter().lng, geomap.map.getZoom()]")
    assert abs(first[0] - 100.0) < 40 and first[1] >= 2, first


def test_marks_in_the_text_open_their_popup_and_popups_link_back(open_map, embassy_results):
    page = open_map(embassy_results).page
    page.locator(".geomap-article-title", has_text="Embassy row").click()
    for place in ("Idlib", "Ankara"):
        (expected,) = ids_of(embassy_results, place)
        page.locator(f'mark[data-geomap-place="{expected}"]').first.click()
        popup = page.locator(f'.leaflet-popup-content [data-geomap-popup="{expected}"]')
        popup.wait_for(state="visible")
        assert popup.locator("h3").inner_text() == place
    # "in the text" scrolls the panel to that mention and flashes it.
    link = popup.locator("[data-geomap-mention]").first
    target = link.get_attribute("data-geomap-mention")
    assert target == "geomap-m0-0"  # ANKARA, the dateline
    page.locator(".geomap-list").evaluate("el => el.scrollTo(0, el.scrollHeight)")
    link.click()
    page.locator(f"#{target}.geomap-flash").wait_for(state="visible", timeout=2000)
    assert page.locator(f"#{target}").is_visible()


def test_excerpts_name_their_article_only_where_there_are_several(open_map, embassy_results):
    (damascus,) = ids_of(embassy_results, "Damascus")
    for results, sources in ((embassy_results, ["Embassy row", "Embassy row", "Aid convoys"]),
                             (embassy_results[:1], [])):
        page = open_map(results).page
        page.evaluate(f"geomap.openPlace('{damascus}')")
        popup = page.locator(f'.leaflet-popup-content [data-geomap-popup="{damascus}"]')
        popup.wait_for(state="visible")
        assert popup.locator("li").count() == (3 if sources else 2)
        assert [s.strip(" \u2014") for s in popup.locator(".geomap-from").all_inner_texts()] == sources


def test_articles_without_a_title_are_listed_by_their_headline(open_map, make_map_result, map_places):
    texts = {"h1": "Aid reaches Idlib\nConvoys reached Idlib on Friday.",
             "h2": "Moscow talks end\nTalks in Moscow ended.",
             "h3": "MOSCOW (AP) - Talks in Moscow ended.\nMore."}  # no headline: the id
    results = [make_map_result(aid, text, [(name, map_places[name])])
               for (aid, text), name in zip(texts.items(), ("Idlib", "Moscow", "Moscow"))]
    pg = open_map(results).page
    assert pg.locator(".geomap-article-title").all_inner_texts() == ["Aid reaches Idlib", "Moscow talks end", "h3"]
    # one article keeps its own name (its headline opens the text shown below it)
    pg = open_map(results[:1]).page
    assert pg.locator(".geomap-article-title").inner_text() == "h1"


def test_a_single_article_shows_its_text_at_once(open_map, embassy_results):
    page = open_map(embassy_results[:1]).page
    text = page.locator(".geomap-text").inner_text()
    assert text == embassy_results[0].article.text
    assert page.locator("mark.geomap-unplaced").inner_text() == "Atlantis"
    assert page.locator(".geomap-search").count() == 0  # nothing to search among


def test_the_articles_paragraphs_stand_apart_in_the_reader(open_map, make_map_result, map_places):
    # a text file's headline and paragraphs, one line break apart, and a blank line
    text = "Turkey raises security\nAnkara said so on Friday.\n\nDamascus denied it."
    results = [make_map_result("p", text, [("Turkey", map_places["Turkey"]), ("Ankara", map_places["Ankara"]),
                                           ("Damascus", map_places["Damascus"])])]
    page = open_map(results).page
    lines = page.evaluate('''() => {
        const marks = [...document.querySelectorAll(".geomap-text mark")].map(m => m.getBoundingClientRect());
        return marks.map(r => [r.top, r.bottom]);
    }''')
    (top1, bottom1), (top2, bottom2), (top3, _) = lines
    line = bottom1 - top1
    assert top2 - bottom1 > 0.4 * line and top3 - bottom2 > 0.4 * line, lines  # a gap, not just a new line
    assert page.locator(".geomap-text").inner_text().replace("\n", " ").split() == text.split()


def test_clustered_markers_are_neutral_and_still_open_from_the_text(open_map, make_map_result):
    places = [Place(0, f"Town{i:03d}", 35 + (i % 10) * 0.01, 36 + (i // 10) * 0.01, "SY", "custom")
              for i in range(80)]
    text = " ".join(f"{p.name}." for p in places)
    result = make_map_result("many", text, [(p.name, p) for p in places])
    page = open_map([result]).page
    assert page.locator(".geomap-cluster").count() >= 1
    assert page.locator(".marker-cluster-small").count() == 0
    assert page.locator(".geomap-marker").count() < 80  # most are inside clusters
    (town,) = ids_of([result], "Town057")
    page.locator(f'mark[data-geomap-place="{town}"]').click()
    popup = page.locator(f'.leaflet-popup-content [data-geomap-popup="{town}"]')
    popup.wait_for(state="visible", timeout=10_000)
    assert popup.locator("h3").inner_text() == "Town057"


def test_xss_payloads_never_run(open_map, xss_results, xss_payloads):
    page = open_map(xss_results, title=xss_payloads[0])
    pg = page.page
    pg.evaluate("window.__pwned === undefined || (() => { throw new Error('set on load') })()")
    for pid in pg.evaluate("Object.keys(geomap.markers)"):
        pg.evaluate("geomap.map.closePopup() && null")
        pg.evaluate(f"geomap.openPlace('{pid}')")
        pg.locator(f'.leaflet-popup-content [data-geomap-popup="{pid}"]').wait_for(state="visible")
        pg.evaluate(f"geomap.markers['{pid}'].openTooltip() && null")
    for title in pg.locator(".geomap-article-title").all():
        title.click()
        for mark in pg.locator("mark[data-geomap-place]").all():
            mark.click()
    pg.evaluate("geomap.map.closePopup() && null")
    pg.locator(".geomap-legend-head").click()
    pg.wait_for_timeout(200)
    assert pg.evaluate("window.__pwned") is None
    assert page.errors == []
    # The payloads are shown as text.
    pg.evaluate("geomap.setFilter({articles: [geomap.data.articles[0][0]]})")
    reader = pg.locator(".geomap-reader").inner_text()
    assert "<script>window.__pwned='script'</script>" in reader
    assert "${window.__pwned='template'}" in reader
    assert "<script>" in pg.locator(".geomap-title").inner_text()
    assert "Title <script>" in pg.locator(".geomap-list").inner_text()


def test_offline_basemap_is_visible(open_map, embassy_results, tmp_path):
    page = open_map(embassy_results).page
    shot = page.locator(".folium-map").screenshot()
    width, height, rows = decode_png(shot)
    land, sea = colour_share(rows, (0xF3, 0xF0, 0xE8)), colour_share(rows, (0xCF, 0xE0, 0xEA))
    assert land > 0.1 and sea > 0.05, (land, sea)
    assert len({px for row in rows[::8] for px in row[::8]}) > 10


def test_empty_map_shows_the_world(open_map):
    page = open_map([]).page
    assert page.evaluate("geomap.map.getZoom()") == 2
    assert page.locator(".geomap-marker").count() == 0
    assert "No articles" in page.locator(".geomap-legend").inner_text()
    nothing = ArticleResult(Article("e", "Nothing here."), ())
    page = open_map([nothing], name="nothing.html").page
    assert "No places found" in page.locator(".geomap-legend").inner_text()


def test_png_export_in_chromium(browser, embassy_results, tmp_path):
    html_path = save_map(render_map(embassy_results, tiles="none"), tmp_path / "map.html")
    out = png(html_path, tmp_path / "map.png", width=640, height=400, browser=_chromium_path())
    width, height, rows = decode_png(out.read_bytes())
    assert (width, height) == (640, 400)
    assert colour_share(rows, (0xF3, 0xF0, 0xE8)) > 0.05  # the outlines, without the panel
    right_third = [row[width * 2 // 3:] for row in rows]
    assert colour_share(right_third, (0xFB, 0xFB, 0xF9), tolerance=1) < 0.05  # no panel there


def test_template_syntax_is_shown_as_written_in_the_reader_and_a_popup(open_map, make_map_result, map_places):
    """The template-injection issue: Jinja2 syntax in an article is text on the page."""
    payload = ("{{ self.__init__.__globals__.__builtins__.__import__(dict(os=1)|first).mkdir(dict(pwned=1)|first) }}"
               " {% set x = 1 %} {# note #} {{ 7*7 }} }} {%")
    text = f"Talks in Ankara on {payload} went on. Nothing else."
    result = make_map_result("story", text, [("Ankara", map_places["Ankara"])], title=f"Week {payload}")
    page = open_map([result], title=f"Map {payload}")
    pg = page.page
    assert payload in pg.locator(".geomap-reader").inner_text()
    assert pg.locator(".geomap-title").inner_text() == f"Map {payload}"
    pg.evaluate("geomap.openPlace('p0')")
    popup = pg.locator('.leaflet-popup-content [data-geomap-popup="p0"]')
    popup.wait_for(state="visible")
    assert f"Talks in Ankara on {payload} went on." in popup.inner_text()
    assert f"Week {payload}" in pg.locator(".geomap-article-title").inner_text()
    assert page.errors == []


# --------------------------------------------------------------------------- maps for reports


def solid_png(rgb, size=256) -> bytes:
    """A PNG of one colour (a map tile for the local tile server)."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_a_png_is_the_same_pixels_every_time_with_every_marker_on_its_place(browser, embassy_results, tmp_path):
    html_path = save_map(render_map(embassy_results, tiles="none", title="Embassy"), tmp_path / "map.html")
    first = png(html_path, tmp_path / "a.png", width=800, height=500, browser=_chromium_path())
    second = png(html_path, tmp_path / "b.png", width=800, height=500, browser=_chromium_path())
    assert first.read_bytes() == second.read_bytes()
    width, height, rows = decode_png(first.read_bytes())
    assert (width, height) == (800, 500)
    # The same page, opened at the same size in its print view: where each marker should be.
    page = Page(browser, 800, 500)
    try:
        page.page.goto(html_path.resolve().as_uri() + "#geomap-print-800x500")
        page.page.wait_for_function("window.geomap && window.geomap.ready")
        spots = page.page.evaluate("""() => Object.entries(geomap.markers).map(([id, m]) => {
            const box = geomap.map.getContainer().getBoundingClientRect();
            const at = geomap.map.latLngToContainerPoint(m.getLatLng());
            const icon = m.getElement().getBoundingClientRect();
            const span = m.getElement().querySelector("span");
            return {id: id, x: box.left + at.x, y: box.top + at.y, ix: (icon.left + icon.right) / 2,
                    iy: (icon.top + icon.bottom) / 2, size: icon.width, colour: getComputedStyle(span).backgroundColor};
        })""")
        labels = page.page.evaluate("geomap.labels()")
    finally:
        page.context.close()
    assert len(spots) == 5
    for spot in spots:
        assert abs(spot["x"] - spot["ix"]) < 1 and abs(spot["y"] - spot["iy"]) < 1, spot  # drawn on its place
        rgb = tuple(int(v) for v in re.findall(r"\d+", spot["colour"])[:3])
        x, y = round(spot["x"]), round(spot["y"])
        # the picture shows the marker's colour there (the centre of the disc, or a disc above it)
        near = [rows[y + dy][x + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
        assert any(all(abs(a - b) <= 40 for a, b in zip(px, rgb)) or px[2] > px[0] + 40 for px in near), (spot, near)
    # a small map: every place named, the title drawn
    assert {"Damascus", "Idlib", "Ankara", "Moscow", "Aleppo"} <= set(labels)
    title_bar = rows[10][400]
    assert title_bar == (0x20, 0x30, 0x3F)


def test_labels_never_overlap_and_large_maps_have_none_unless_asked(open_map, embassy_results):
    for results, kwargs, expect in ((embassy_results, {}, "some"), (news(60), {}, "none"),
                                    (news(60), {"labels": True}, "some")):
        page = open_map(results, name=f"labels-{len(results)}-{bool(kwargs)}.html", **kwargs)
        rects = page.page.evaluate("""() => Array.from(document.querySelectorAll(".geomap-label")).map(n => {
            const r = n.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
        if expect == "none":
            assert rects == []
            continue
        assert 0 < len(rects) <= 12
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_a_pdf_is_one_page(embassy_results, tmp_path, browser):
    from geomap.render import pdf

    html_path = save_map(render_map(embassy_results, tiles="none"), tmp_path / "map.html")
    out = pdf(html_path, tmp_path / "map.pdf", width=800, height=500, browser=_chromium_path())
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1


def test_an_embed_without_the_panel_shows_its_markers_in_a_700_by_450_iframe(browser, embassy_results, tmp_path):
    save_map(render_map(embassy_results, tiles="none", reader=False), tmp_path / "embed.html")
    host = tmp_path / "story.html"
    host.write_text('<!DOCTYPE html><html><body style="margin:0"><p>Our report.</p>'
                    '<iframe src="embed.html" width="700" height="450" style="border:0"></iframe></body></html>',
                    encoding="utf-8")
    page = Page(browser, 1000, 800)
    try:
        page.page.goto(host.resolve().as_uri())
        frame = page.page.frames[1]
        frame.wait_for_function("window.geomap && window.geomap.ready")
        view = frame.evaluate("""() => {
            const b = geomap.map.getBounds(), ms = Object.values(geomap.markers);
            return [ms.length, ms.filter(m => b.contains(m.getLatLng())).length,
                    geomap.map.getSize().x, geomap.map.getSize().y,
                    !!document.querySelector(".geomap-reader"), !!document.querySelector(".geomap-panel-toggle")];
        }""")
        assert view == [5, 5, 700, 450, False, False]
        assert page.errors == []
    finally:
        page.context.close()


def test_tiles_from_a_local_tile_server_are_requested_and_drawn(browser, embassy_results, tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    tile, asked = solid_png((0x12, 0xC4, 0x3A)), []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"
        html_path = save_map(render_map(embassy_results, tiles=url, tiles_attribution="© Test tiles"),
                             tmp_path / "tiles.html")
        context = browser.new_context(viewport={"width": 900, "height": 600})
        pg = context.new_page()
        pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "http://127.0.0.1"))
                 else r.abort())
        pg.goto(html_path.resolve().as_uri())
        pg.wait_for_function("window.geomap && window.geomap.ready")
        # every tile in view loaded and done fading in (Leaflet fades a tile's opacity from 0 to
        # 1): a screenshot before then shows the tiles' colour blended with the background
        pg.wait_for_function(
            """() => {
                const tiles = [...document.querySelectorAll('.leaflet-tile')];
                return tiles.length > 0 && tiles.every(t => t.classList.contains('leaflet-tile-loaded')
                    && getComputedStyle(t).opacity === '1'
                    && getComputedStyle(t.parentElement).opacity === '1');
            }""", timeout=10_000)
        shot = pg.locator(".folium-map").screenshot()
        assert "© Test tiles" in pg.locator(".leaflet-control-attribution").inner_text()
        context.close()
    finally:
        server.shutdown()
    assert asked and all(re.fullmatch(r"/tiles/\d+/\d+/\d+\.png", p) for p in asked)
    _, _, rows = decode_png(shot)
    assert colour_share(rows, (0x12, 0xC4, 0x3A), tolerance=3) > 0.3
