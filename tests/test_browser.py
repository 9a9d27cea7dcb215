"""The map in a real browser: Playwright driving the system's Chromium, all network blocked.

Needs the ``playwright`` package (the ``test`` extra) and Chromium (``apt-get install -y
chromium``); Playwright's own browser download is not used. Without them these tests are
skipped, except in CI (``CI=true``), where a missing browser is a failure.
"""

import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from geomap.models import Place, group_places
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
    """A page with every request other than file: and data: aborted, and its errors kept."""

    def __init__(self, browser, width=1280, height=800):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.blocked, self.errors = [], []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.geomap !== undefined", timeout=10_000)
        return self.page


@pytest.fixture
def open_map(browser, tmp_path):
    pages = []

    def _open(results, name="map.html", **kwargs):
        kwargs.setdefault("tiles", "none")
        path = save_map(render_map(results, **kwargs), tmp_path / name)
        page = Page(browser)
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


# --------------------------------------------------------------------------- tests


def test_leaflet_loads_offline_with_no_request_and_no_error(open_map, embassy_results):
    page = open_map(embassy_results)
    assert page.page.evaluate("L.version") == "1.9.3"
    assert page.page.evaluate("typeof jQuery") == "function"
    assert page.blocked == [] and page.errors == []


def test_there_is_one_marker_per_place(open_map, embassy_results):
    page = open_map(embassy_results)
    expected = len(group_places(embassy_results))
    assert page.page.locator(".geomap-marker").count() == expected == 7
    assert page.page.evaluate("Object.keys(geomap.markers).length") == expected


def test_the_view_fits_every_marker(open_map, embassy_results):
    page = open_map(embassy_results).page
    inside = page.evaluate("""() => {
        const b = geomap.map.getBounds();
        const markers = Object.values(geomap.markers);
        return [markers.length, markers.filter(m => b.contains(m.getLatLng())).length];
    }""")
    assert inside == [7, 7]  # every one of the seven markers, not "all of none"
    assert page.evaluate("geomap.map.getZoom()") >= 3


def test_clicking_a_marker_shows_its_excerpts(open_map, embassy_results):
    page = open_map(embassy_results).page
    ids = {mp.place.name: f"p{i}" for i, mp in enumerate(group_places(embassy_results))}
    page.locator(f".geomap-marker.geomap-{ids['Moscow']}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert popup.locator("h3").inner_text() == "Moscow"
    assert "Officials in Damascus and Moscow disagreed." in popup.inner_text()
    assert popup.locator("mark").first.inner_text() == "Moscow"
    assert "Embassy row" in popup.inner_text()
    # The mentions of the open place are highlighted in the reader.
    assert page.locator(f'mark.geomap-active[data-geomap-place="{ids["Moscow"]}"]').count() == 1


def test_reader_names_open_the_right_popup_and_popups_link_back(open_map, embassy_results):
    page = open_map(embassy_results).page
    for place in ("Aleppo", "Idlib", "Ankara"):
        expected = next(i for i, mp in enumerate(group_places(embassy_results)) if mp.place.name == place)
        mark = page.locator(f'mark[data-geomap-place="p{expected}"]').first
        mark.click()
        popup = page.locator(f'.leaflet-popup-content [data-geomap-popup="p{expected}"]')
        popup.wait_for(state="visible")
        assert popup.locator("h3").inner_text() == place
    # "in the text" scrolls the reader to that mention and flashes it.
    link = popup.locator("[data-geomap-mention]").first
    target = link.get_attribute("data-geomap-mention")
    assert target == "geomap-m0-0"  # ANKARA, the dateline
    page.locator(".geomap-reader").evaluate("el => el.scrollTo(0, el.scrollHeight)")
    link.click()
    page.locator(f"#{target}.geomap-flash").wait_for(state="visible", timeout=2000)
    assert page.locator(f"#{target}").is_visible()


def test_clustered_markers_still_open_from_the_reader(open_map, make_map_result):
    places = [Place(0, f"Town{i:03d}", 35 + (i % 10) * 0.01, 36 + (i // 10) * 0.01, "SY", "custom")
              for i in range(80)]
    text = " ".join(f"{p.name}." for p in places)
    result = make_map_result("many", text, [(p.name, p) for p in places])
    page = open_map([result]).page
    assert page.locator(".marker-cluster").count() >= 1
    assert page.locator(".geomap-marker").count() < 80  # most are inside clusters
    page.locator('mark[data-geomap-place="p57"]').click()
    popup = page.locator('.leaflet-popup-content [data-geomap-popup="p57"]')
    popup.wait_for(state="visible", timeout=10_000)
    assert popup.locator("h3").inner_text() == group_places([result])[57].place.name


def test_xss_payloads_never_run(open_map, xss_results, xss_payloads):
    page = open_map(xss_results, title=xss_payloads[0])
    pg = page.page
    pg.evaluate("window.__pwned === undefined || (() => { throw new Error('set on load') })()")
    for i in range(len(group_places(xss_results))):
        pg.evaluate("geomap.map.closePopup()")
        marker = pg.locator(f".geomap-marker.geomap-p{i}")
        marker.hover()  # tooltip
        assert pg.locator(".leaflet-tooltip").last.inner_text().startswith(("Damascus", "Aleppo", "Ankara", "Evil<img"))
        marker.click()  # popup
        pg.locator(f'.leaflet-popup-content [data-geomap-popup="p{i}"]').wait_for(state="visible")
    for mark in pg.locator("mark[data-geomap-place]").all():
        mark.click()
    pg.locator(".leaflet-control-layers").hover()  # layer names are inserted as HTML
    pg.wait_for_timeout(200)
    assert pg.evaluate("window.__pwned") is None
    assert page.errors == []
    # The payloads are shown as text.
    reader = pg.locator(".geomap-reader").inner_text()
    assert "<script>window.__pwned='script'</script>" in reader
    assert "${window.__pwned='template'}" in reader
    assert "<script>" in pg.locator(".geomap-title").inner_text()
    assert "${window.__pwned='template'}" in pg.locator(".leaflet-control-layers").inner_text()


def test_many_articles_share_one_cluster_group_and_keep_their_layers(open_map, make_map_result):
    places = [Place(0, f"Town{i:03d}", 30 + (i % 12) * 0.7, 30 + (i // 12) * 0.7, "SY", "custom")
              for i in range(120)]
    results = [make_map_result(f"a{k}", " ".join(f"{p.name}." for p in places[k::12]),
                               [(p.name, p) for p in places[k::12]], title=f"Article {k}\u2028x")
               for k in range(12)]
    page = open_map(results)
    pg = page.page
    assert pg.evaluate("Object.keys(geomap.markers).length") == 120
    assert pg.locator(".marker-cluster").count() >= 1
    # Hiding one article's layer takes its 10 markers out of the cluster group, showing it puts them back.
    visible = """() => { let n = 0; geomap.map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) { n += l.getLayers().length; } });
                         return n; }"""
    assert pg.evaluate(visible) == 120
    pg.locator(".leaflet-control-layers").hover()
    box = pg.locator(".leaflet-control-layers-overlays input").first
    box.click()
    assert pg.evaluate(visible) == 110
    box.click()
    assert pg.evaluate(visible) == 120
    # A hidden article's place still opens from the reader (its layer comes back).
    box.click()
    pg.locator('mark[data-geomap-place="p0"]').click()
    pg.locator('.leaflet-popup-content [data-geomap-popup="p0"]').wait_for(state="visible", timeout=10_000)
    assert pg.evaluate(visible) == 120
    assert page.errors == [] and page.blocked == []


def test_offline_basemap_is_visible(open_map, embassy_results, tmp_path):
    page = open_map(embassy_results).page
    shot = page.locator(".folium-map").screenshot()
    width, height, rows = decode_png(shot)
    land, sea = colour_share(rows, (0xF3, 0xF0, 0xE8)), colour_share(rows, (0xCF, 0xE0, 0xEA))
    assert land > 0.2 and sea > 0.05, (land, sea)
    assert len({px for row in rows[::8] for px in row[::8]}) > 10


def test_empty_map_shows_the_world(open_map):
    page = open_map([]).page
    assert page.evaluate("geomap.map.getZoom()") == 2
    assert page.locator(".geomap-marker").count() == 0
    assert page.locator(".geomap-legend").inner_text().strip() == "No places found"


def test_png_export_in_chromium(browser, embassy_results, tmp_path):
    html_path = save_map(render_map(embassy_results, tiles="none"), tmp_path / "map.html")
    out = png(html_path, tmp_path / "map.png", width=640, height=400, browser=_chromium_path())
    width, height, rows = decode_png(out.read_bytes())
    assert (width, height) == (640, 400)
    assert colour_share(rows, (0xF3, 0xF0, 0xE8)) > 0.1  # the outlines, without the reader panel
    right_third = [row[width * 2 // 3:] for row in rows]
    assert colour_share(right_third, (0xFC, 0xFC, 0xFA), tolerance=1) < 0.05  # no reader there


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
    assert f"Week {payload}" in popup.inner_text()
    assert page.errors == []
