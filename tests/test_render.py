"""The map page as HTML: escaping, content of popups and reader, layers, assets, PNG errors.

What a browser does with the page is tested in test_browser.py.
"""

import ast
import html
import json
import os
import re
import stat
from pathlib import Path

import pytest

import geomap.render as render
from geomap.errors import RenderError
from geomap.models import Article, ArticleResult, Place, group_places
from geomap.render import png, render_map, safe_html, save_map



def page(m) -> str:
    return m.get_root().render()


def glue(text: str) -> dict:
    """The bounds and zoom limit the page fits its view to."""
    bounds = re.search(r"bounds: (null|\[\[.*?\]\])\}", text).group(1)
    zoom = re.search(r"maxZoom: (\d+)", text)
    return {"bounds": json.loads(bounds), "max_zoom": int(zoom.group(1)) if zoom else None}


def markers(text: str) -> list:
    """The page's marker rows (one per place, place id ``p<index>``), as the browser reads them."""
    rows = json.loads(re.search(r"var places = (\[.*?\]);\n", text).group(1))
    return [dict(zip(("lat", "lon", "layer", "size", "tooltip", "popup"), row)) for row in rows]


def popups(text: str) -> dict:
    """Popup HTML by place id, as the browser will put it in the popup."""
    found = {f"p{i}": row["popup"] for i, row in enumerate(markers(text))}
    for pid, body in found.items():
        assert body.startswith(f'<div class="geomap-popup" data-geomap-popup="{pid}">')
    return found


# --------------------------------------------------------------------------- safe_html


@pytest.mark.parametrize("raw, expected", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<img src=x onerror="a()">', "&lt;img src=x onerror=&quot;a()&quot;&gt;"),
    ("${alert(1)}", "&#36;{alert(1)}"),
    ("`", "&#96;"),
    ("it's & \\u", "it&#x27;s &amp; &#92;u"),
    (None, ""),
    (42, "42"),
])
def test_safe_html_escapes_for_html_and_template_literals(raw, expected):
    assert safe_html(raw) == expected


def test_safe_html_round_trips_through_the_browser_decoding(xss_payloads):
    raw = "".join(xss_payloads) + " Kahramanmaraş «quotes» 'x' \"y\""
    escaped = safe_html(raw)
    assert not set("<>`$\\\"'") & set(escaped)
    assert html.unescape(escaped) == raw


# --------------------------------------------------------------------------- content


def test_one_marker_per_place_with_popup_tooltip_and_radius(embassy_results):
    text = page(render_map(embassy_results))
    mapped = group_places(embassy_results)
    assert len(mapped) == 7
    rows = markers(text)
    assert len(rows) == len(mapped)
    assert [row["tooltip"] for row in rows] == [mp.place.name for mp in mapped]
    bodies = popups(text)
    assert len(bodies) == len(mapped)
    # Damascus: most mentioned (3), first; named by both articles.
    damascus = bodies["p0"]
    assert "<h3>Damascus</h3>" in damascus
    assert "Dimashq, Syria" in damascus and "33.5102, 36.2913" in damascus
    assert "Mentioned 3 times in 2 articles" in damascus
    assert "Officials in <mark>Damascus</mark> and Moscow disagreed." in damascus
    assert "— Embassy row" in damascus and "— Aid convoys" in damascus
    assert "Confidence 90%: Syria is named in this article. Other candidates: Damascus (US)" in damascus
    assert "Confidence 90%: most populous place of that name" in damascus
    # Every excerpt links back to its mention in the reader.
    for link in re.findall(r'data-geomap-mention="([^"]+)"', damascus):
        assert f'id="{link}"' in text
    # Circle size grows with mentions.
    sizes = sorted(row["size"] for row in rows)
    assert len(sizes) == len(mapped)
    assert sizes[0] == round(2 * render._radius(1)) < sizes[-2] == round(2 * render._radius(2)) < sizes[-1]
    assert render._radius(10_000) == 24


def test_popup_shows_at_most_excerpts_per_place(map_places, make_map_result):
    text = "Gaza. " * 5
    result = make_map_result("g", text, [("Gaza", map_places["Idlib"])] * 5)
    body = popups(page(render_map([result], excerpts_per_place=2)))["p0"]
    assert body.count("<li>") == 2
    assert "… and 3 more mentions" in body


def test_article_text_is_escaped_everywhere(xss_results, xss_payloads):
    m = render_map(xss_results, title=xss_payloads[0])
    text = page(m)
    for bad in ("<script>window.__pwned", "<img src=x onerror", "<svg onload", "${window",
                "`+(window", "\\u{zz}", "Evil<img"):
        assert bad not in text, bad
    # ...but shown to the reader as written.
    assert "&lt;script&gt;window.__pwned=&#x27;script&#x27;&lt;/script&gt;" in text
    assert "&#36;{window.__pwned=&#x27;template&#x27;}" in text
    assert "<title>&lt;script&gt;" in text


def test_marker_data_cannot_end_or_break_its_script(xss_results, map_places, make_map_result):
    raw = "</script><script>window.__pwned=1</script> <!-- x --> \u2028 \u2029 </SCRIPT"
    encoded = render._script_json([raw, {"k": raw}])
    for bad in ("</", "<!", "\u2028", "\u2029"):
        assert bad not in encoded
    assert json.loads(encoded) == [raw, {"k": raw}]  # still JSON, read back unchanged
    # In a page: the markers' script holds no "</" and no raw line separator, whatever the text.
    odd = make_map_result("sep", "Line\u2028one in Aleppo.\u2029</p>", [("Aleppo", map_places["Aleppo"])],
                          title="Separators \u2028")
    for results in (xss_results, [odd]):
        text = page(render_map(results))
        data = re.search(r"var places = (\[.*?\]);\n", text).group(1)
        assert "</" not in data and "<!" not in data and "\u2028" not in data and "\u2029" not in data
    assert "one in <mark>Aleppo</mark>." in popups(page(render_map([odd])))["p0"]


def test_layer_names_are_escaped_for_the_layer_control(xss_results):
    text = page(render_map(xss_results))
    control = re.search(r"_layers = \{(.*?)\};", text, re.S).group(1)
    names = [json.loads(n) for n in re.findall(r'("(?:[^"\\]|\\.)*")\s*:', control)]
    assert any(n.startswith("Title &lt;script&gt;") for n in names)
    assert all("<" not in n for n in names)


def test_reader_marks_every_mention_and_keeps_the_text(embassy_results):
    text = page(render_map(embassy_results))
    reader = re.search(r'<aside class="geomap-reader".*?</aside>', text, re.S).group(0)
    for index, result in enumerate(embassy_results):
        body = re.search(rf'<article id="geomap-a{index}">.*?<div class="geomap-text">(.*?)</div></article>',
                         reader, re.S).group(1)
        assert html.unescape(re.sub(r"<[^>]+>", "", body)) == result.article.text
        marks = re.findall(r'<mark class="geomap-mention"[^>]*data-geomap-place="(p\d+)"[^>]*>([^<]*)</mark>', body)
        placed = [r for r in result.resolutions if r.place]
        assert [name for _, name in marks] == [r.mention.surface for r in placed]
    assert '<mark class="geomap-unplaced" title="not placed">Atlantis</mark>' in reader
    # A mark opens the popup of its own place.
    ids = {mp.place.name: f"p{i}" for i, mp in enumerate(group_places(embassy_results))}
    assert re.search(rf'data-geomap-place="{ids["Moscow"]}" title="Moscow: show on the map">Moscow<', reader)


def test_overlapping_and_out_of_range_spans_leave_the_text_intact(map_places, make_map_result):
    # "York" inside "New York" overlaps it; the second "York" does not.
    base = make_map_result("o", "New York and York.", [("New York", map_places["Ankara"]),
                                                      ("York", map_places["Aleppo"]), ("York", map_places["Aleppo"])])
    nested = base.resolutions[0].__class__(
        base.resolutions[0].mention.__class__("o", 4, 8, "York"), map_places["Idlib"], base.resolutions[0].excerpt)
    broken = nested.__class__(nested.mention.__class__("o", 10, 99, "x"), map_places["Idlib"], nested.excerpt)
    result = ArticleResult(base.article, base.resolutions + (nested, broken))
    text = page(render_map([result]))
    body = re.search(r'<div class="geomap-text">(.*?)</div>', text, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == "New York and York."
    assert body.count("<mark") == 2


def test_reader_can_be_left_out(embassy_results):
    text = page(render_map(embassy_results, reader=False))
    assert 'class="geomap-reader"' not in text and "geomap-noreader" in text


# --------------------------------------------------------------------------- layers and view


def test_single_article_has_no_layer_control_or_legend(embassy_results):
    text = page(render_map(embassy_results[:1]))
    assert "L.control.layers" not in text
    assert 'class="geomap-legend"' not in text
    assert text.count("L.featureGroup(") == 1


def test_several_articles_get_a_layer_colour_and_legend_each(embassy_results):
    text = page(render_map(embassy_results))
    control = re.search(r"_layers = \{(.*?)\};", text, re.S).group(1)
    assert '"Embassy row (5)"' in control
    assert '"Aid convoys (1)"' in control
    assert '"Named in several articles (1)"' in control
    assert text.count("L.featureGroup(") == 3
    legend = re.search(r'<div class="geomap-legend".*?</div></div>', text, re.S).group(0)
    assert f"background:{render.PALETTE[0]}\"></span>Embassy row" in legend
    assert f"background:{render.PALETTE[1]}\"></span>Aid convoys" in legend
    assert f"background:{render.SHARED_COLOUR}\"></span>Named in several articles" in legend
    # Damascus (both articles) is drawn in the shared colour.
    colours = json.loads(re.search(r"var colours = (\[.*?\]);", text).group(1))
    assert colours[markers(text)[0]["layer"]] == render.SHARED_COLOUR


def test_same_titles_still_give_distinct_layers(map_places, make_map_result):
    results = [make_map_result(f"a{i}", "In Aleppo.", [("Aleppo", map_places["Aleppo"])], title="Same")
               for i in range(2)] + [make_map_result("b", "In Idlib.", [("Idlib", map_places["Idlib"])], title="Same")]
    control = re.search(r"_layers = \{(.*?)\};", page(render_map(results)), re.S).group(1)
    assert '"Same (3) (1)"' in control and '"Named in several articles (1)"' in control


def test_view_fits_all_markers(embassy_results, map_places):
    view = glue(page(render_map(embassy_results)))
    lats = [p.lat for p in map_places.values() if p.name != "Damascus" or p.country == "SY"]
    lons = [p.lon for p in map_places.values() if p.name != "Damascus" or p.country == "SY"]
    assert view["bounds"] == [[min(lats), min(lons)], [max(lats), max(lons)]]
    assert view["max_zoom"] == 9


@pytest.mark.parametrize("place, zoom", [("Idlib", 9), ("Syria", 4)])
def test_a_single_marker_gets_a_zoom_fit_for_its_kind(place, zoom, map_places, make_map_result):
    result = make_map_result("s", f"Only {place}.", [(place, map_places[place])])
    view = glue(page(render_map([result])))
    p = map_places[place]
    assert view["bounds"] == [[p.lat, p.lon], [p.lat, p.lon]]
    assert view["max_zoom"] == zoom


def test_no_places_gives_a_world_map(tmp_path):
    nothing = ArticleResult(Article("e", "Nothing here."), ())
    for results in ([], [nothing]):
        out = save_map(render_map(results), tmp_path / "empty.html")
        text = out.read_text(encoding="utf-8")
        assert glue(text)["bounds"] is None
        assert "map.setView([20, 0], 2" in text
        assert "No places found" in text
        assert markers(text) == []


def test_many_markers_are_clustered_and_few_are_not(embassy_results, make_map_result):
    few = page(render_map(embassy_results))
    assert "markerClusterGroup" not in few and "L.MarkerClusterGroup" not in few
    places = [Place(0, f"P{i}", (i % 60) - 30.0, (i // 60) * 3.0, "XX", "custom") for i in range(60)]
    text = " ".join(p.name + "." for p in places)
    many = make_map_result("many", text, [(p.name + ".", p) for p in places])
    page_many = page(render_map([many]))
    assert page_many.count("L.markerClusterGroup(") == 1
    assert "L.MarkerClusterGroup=L.FeatureGroup.extend" in page_many  # inlined plugin
    assert ".marker-cluster-small" in page_many  # its CSS too
    assert len(markers(page_many)) == 60


def test_title_is_shown_on_the_map_and_as_page_title(embassy_results):
    text = page(render_map(embassy_results, title="Ankara & Idlib"))
    assert '<h1 class="geomap-title">Ankara &amp; Idlib</h1>' in text
    assert "<title>Ankara &amp; Idlib</title>" in text
    assert "geomap-has-title" in text
    assert "geomap-title" not in page(render_map(embassy_results)).split("</style>")[-1]


def test_geonames_and_natural_earth_are_credited(embassy_results):
    text = page(render_map(embassy_results, tiles="none"))
    credit = json.loads(re.search(r"addAttribution\((\".*?\")\);", text).group(1))
    assert 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)' in credit
    assert "Natural Earth</a>" in credit


# --------------------------------------------------------------------------- assets and tiles


def test_default_page_is_self_contained(embassy_results):
    text = page(render_map(embassy_results))
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", text)
    assert not re.search(r"@import|url\((?!data:|#)", text)
    assert "Leaflet 1.9.3" in text and "jQuery v3.7.1" in text
    assert "sourceMappingURL" not in text
    assert "bootstrap" not in text.lower().replace("bootstrap-", "")  # folium's extra libraries are gone
    assert "awesome" not in text


def test_cdn_page_links_the_libraries(embassy_results):
    text = page(render_map(embassy_results, cdn=True))
    srcs = re.findall(r'<script src="([^"]+)"', text)
    assert any("leaflet@1.9.3/dist/leaflet.js" in s for s in srcs)
    assert any("jquery-3.7.1" in s for s in srcs)
    assert not any("bootstrap" in s or "awesome" in s for s in srcs)
    assert "Leaflet 1.9.3, a JS library" not in text
    assert len(text) < len(page(render_map(embassy_results))) - 200_000


def test_offline_outlines_are_drawn_beneath_the_tiles(embassy_results):
    text = page(render_map(embassy_results))
    assert 'createPane("geomap-basemap").style.zIndex = 150' in text
    data = json.loads(re.search(r"L\.geoJSON\((\{.*?\}), \{pane", text, re.S).group(1))
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 150
    assert "geomap-basemap" not in page(render_map(embassy_results, outlines=False))


def test_countries_file_is_small():
    path = Path(render.__file__).parent / "data" / "countries.geojson"
    assert path.stat().st_size < 300_000


@pytest.mark.parametrize("tiles, expected, absent", [
    ("none", None, "tile.openstreetmap.org"),
    (None, None, "tile.openstreetmap.org"),
    ("OpenStreetMap", "tile.openstreetmap.org", None),
    ("OpenTopoMap", "tile.opentopomap.org", "tile.openstreetmap.org"),
])
def test_tiles(embassy_results, tiles, expected, absent):
    text = page(render_map(embassy_results, tiles=tiles))
    if expected:
        assert expected in text and "L.tileLayer(" in text
    else:
        assert "L.tileLayer(" not in text
    if absent:
        assert absent not in text


def test_unknown_tiles_are_a_render_error(embassy_results):
    with pytest.raises(RenderError, match="unknown tile provider 'No Such Tiles'"):
        render_map(embassy_results, tiles="No Such Tiles")


# --------------------------------------------------------------------------- saving


def test_save_map_writes_the_page_atomically(embassy_results, tmp_path):
    target = tmp_path / "out" / "map.html"
    result = save_map(render_map(embassy_results), target)
    assert result == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]  # no temporary left


def test_save_map_reports_an_unwritable_path(embassy_results, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match="cannot write"):
        save_map(render_map(embassy_results), blocker / "map.html")


# --------------------------------------------------------------------------- PNG


def fake_browser(tmp_path, body: str) -> str:
    exe = tmp_path / "fake-chromium"
    exe.write_text("#!/bin/sh\n" + body)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(exe)


@pytest.fixture
def saved_map(embassy_results, tmp_path):
    return save_map(render_map(embassy_results), tmp_path / "map.html")


def test_png_without_a_browser_is_one_clear_line(saved_map, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("GEOMAP_BROWSER", raising=False)
    with pytest.raises(RenderError) as info:
        png(saved_map, tmp_path / "map.png")
    assert "no Chromium or Chrome found" in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "map.png").exists()


def test_png_passes_the_print_view_and_writes_the_shot(saved_map, tmp_path):
    # The fake browser writes its arguments where --screenshot points.
    exe = fake_browser(tmp_path, 'for a; do case "$a" in --screenshot=*) out="${a#--screenshot=}";; esac; done\n'
                                 'printf "%s\\n" "$@" > "$out"\n')
    out = png(saved_map, tmp_path / "shots" / "map.png", width=800, height=600, browser=exe)
    args = out.read_text().splitlines()
    assert args[-1] == saved_map.resolve().as_uri() + "#geomap-print-800x600"
    assert "--headless" in args and "--window-size=800,600" in args


def test_png_reports_a_failing_browser_in_one_line(saved_map, tmp_path):
    exe = fake_browser(tmp_path, 'echo "some noise" >&2\necho "ERROR: cannot open display" >&2\nexit 3\n')
    with pytest.raises(RenderError, match=r"could not take the PNG: ERROR: cannot open display$"):
        png(saved_map, tmp_path / "map.png", browser=exe)


def test_png_of_a_missing_map(tmp_path):
    with pytest.raises(RenderError, match="no such map"):
        png(tmp_path / "nope.html", tmp_path / "map.png", browser="/bin/true")


def test_browser_from_the_environment(monkeypatch, tmp_path):
    exe = fake_browser(tmp_path, "exit 0\n")
    monkeypatch.setenv("GEOMAP_BROWSER", exe)
    assert render.find_browser() == exe


# --------------------------------------------------------------------------- architecture


def test_render_imports_only_lower_layers():
    tree = ast.parse(Path(render.__file__).read_text(encoding="utf-8"))
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("geomap")):
            inner.add((node.module or "").split(".")[-1])
        elif isinstance(node, ast.Import):
            inner |= {a.name.split(".")[1] for a in node.names if a.name.startswith("geomap.")}
    assert inner <= {"models", "errors", "atomic"}
