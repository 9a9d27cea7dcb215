"""The map page as HTML: its data, escaping, assets, tiles, saving, PNG errors.

What a browser does with the page is tested in test_browser.py.
"""

import ast
import html
import json
import re
import stat
import warnings
from pathlib import Path

import pytest

import geomap.render as render
from geomap.errors import RenderError
from geomap.mapdata import MapData
from geomap.models import Place
from geomap.render import png, render_map, resolve_tiles, safe_html, save_map



def page(m) -> str:
    return m.get_root().render()


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


# --------------------------------------------------------------------------- the page's data


def page_data(text: str) -> dict:
    """The JSON the page's script draws (see geomap/mapdata.py)."""
    found = re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', text, re.S)
    return json.loads(found.group(1))


def test_the_page_carries_its_data_as_json_and_starts_the_app(embassy_results):
    text = page(render_map(embassy_results, title="Embassy"))
    data = page_data(text)
    assert data == json.loads(MapData.of(embassy_results).to_json(title="Embassy"))
    assert [row[0] for row in data["places"]][0] == "Damascus" and len(data["places"]) == 7
    assert len(data["articles"]) == 2
    start = re.search(r"geomapApp\((map_[0-9a-f]+), (\{.*?\})\);", text)
    assert start and json.loads(start.group(2)) == {"panel": True, "cluster": False, "clusterThreshold": 50,
                                                    "labels": "auto"}
    assert f'id="{start.group(1)}"' in text  # folium's map element


def test_the_data_cannot_end_or_break_its_script(xss_results, map_places, make_map_result):
    raw = "</script><script>window.__pwned=1</script> <!-- x --> \u2028 \u2029 </SCRIPT"
    encoded = render._safe_in_script(json.dumps([raw, {"k": raw}], ensure_ascii=False))
    for bad in ("</", "<!", "\u2028", "\u2029"):
        assert bad not in encoded
    assert json.loads(encoded) == [raw, {"k": raw}]  # still JSON, read back unchanged
    odd = make_map_result("sep", "Line\u2028one in Aleppo.\u2029</p>", [("Aleppo", map_places["Aleppo"])],
                          title="Separators \u2028 </script>")
    for results in (xss_results, [odd]):
        text = page(render_map(results))
        data = re.search(r'id="geomap-data">(.*?)</script>', text, re.S).group(1)
        assert "</" not in data and "<!" not in data and "\u2028" not in data and "\u2029" not in data
        assert page_data(text)["articles"][0][6] == results[0].article.text  # the text, as written


def test_no_input_is_html_outside_the_data(xss_results, xss_payloads):
    """Outside its JSON (inserted as text by the page's script) the page holds no input but
    the escaped page title."""
    text = page(render_map(xss_results, title=xss_payloads[0]))
    outside = re.sub(r'<script type="application/json" id="geomap-data">.*?</script>', "", text, flags=re.S)
    for bad in ("window.__pwned", "Evil<img"):
        assert bad not in outside.replace("<title>&lt;script&gt;window.__pwned=&#x27;script&#x27;&lt;/script&gt;</title>",
                                          ""), bad
    assert "<title>&lt;script&gt;window.__pwned" in outside


def test_the_panel_can_be_left_out(embassy_results):
    text = page(render_map(embassy_results, reader=False))
    assert '"panel": false' in text


def test_many_points_are_clustered_and_few_are_not(embassy_results, make_map_result):
    few = page(render_map(embassy_results))
    assert "L.MarkerClusterGroup=" not in few and '"cluster": false' in few
    places = [Place(0, f"P{i}", (i % 60) - 30.0, (i // 60) * 3.0, "XX", "custom") for i in range(60)]
    text = " ".join(p.name + "." for p in places)
    many = page(render_map([make_map_result("many", text, [(p.name + ".", p) for p in places])]))
    assert '"cluster": true' in many
    assert "L.MarkerClusterGroup=L.FeatureGroup.extend" in many  # the inlined plugin
    assert ".leaflet-cluster-anim" in many  # its CSS
    assert ".marker-cluster-small" not in many  # not its coloured bubbles: the page draws its own
    # areas are never clustered: 60 countries are no reason to cluster
    countries = [Place(0, f"C{i}", 0, 0, code, "country") for i, code in enumerate(
        ["SY", "TR", "FR", "DE", "IT", "ES", "PT", "GB", "IE", "NL", "BE", "LU", "CH", "AT", "PL", "CZ", "SK",
         "HU", "RO", "BG", "GR", "AL", "RS", "HR", "SI", "BA", "ME", "MK", "UA", "BY", "LT", "LV", "EE", "FI",
         "SE", "NO", "DK", "IS", "RU", "GE", "AM", "AZ", "IR", "IQ", "JO", "LB", "IL", "EG", "LY", "TN", "DZ",
         "MA", "SA", "YE", "OM", "AE", "QA", "KW", "BH", "CY"])]
    named = " ".join(p.name + "." for p in countries)
    areas = page(render_map([make_map_result("areas", named, [(p.name + ".", p) for p in countries])]))
    assert '"cluster": false' in areas


def test_title_is_the_page_title_escaped(embassy_results):
    text = page(render_map(embassy_results, title="Ankara & Idlib"))
    assert "<title>Ankara &amp; Idlib</title>" in text
    # and without one, the page is named by what it shows
    assert "<title>geomap: 7 places in 2 articles</title>" in page(render_map(embassy_results))
    assert page_data(text)["title"] == "Ankara & Idlib"  # the page shows it as text


# --------------------------------------------------------------------------- assets and tiles


def test_default_page_is_self_contained(embassy_results):
    text = page(render_map(embassy_results))
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", text)
    assert not re.search(r"@import|url\((?!data:|#)", text)
    assert "Leaflet 1.9.3" in text
    assert "sourceMappingURL" not in text
    for unused in ("jQuery", "bootstrap", "awesome"):  # folium's extra libraries are gone
        assert unused.lower() not in text.lower().replace("bootstrap-", ""), unused


def test_the_page_code_and_style_are_the_package_asset_files(embassy_results):
    text = page(render_map(embassy_results))
    assets = Path(render.__file__).parent / "assets"
    for name in ("map.js", "map.css"):
        assert (assets / name).read_text(encoding="utf-8") in text, name
    assert "window.geomapApp = function" in (assets / "map.js").read_text(encoding="utf-8")


def test_the_page_has_a_word_and_a_zoom_for_every_kind_of_place():
    """A kind the page does not know is shown by its code ("airport") and zoomed to as an area."""
    from geomap.mapdata import SPECIFIC_FEATURES
    from geomap.models import FEATURES

    code = (Path(render.__file__).parent / "assets" / "map.js").read_text(encoding="utf-8")

    def keys(var):
        body = re.search(r"var %s = \{([^}]*)\}" % var, code).group(1)
        return set(re.findall(r"(?:^|,)\s*(\w+):", body))

    assert keys("KIND") == keys("MAX_ZOOM") == set(FEATURES)
    assert keys("SPECIFIC") == set(SPECIFIC_FEATURES)


def test_cdn_page_links_the_libraries(embassy_results, make_map_result):
    text = page(render_map(embassy_results, cdn=True))
    srcs = re.findall(r'<script src="([^"]+)"', text)
    assert any("leaflet@1.9.3/dist/leaflet.js" in s for s in srcs)
    assert not any("bootstrap" in s or "awesome" in s or "jquery" in s for s in srcs)
    assert "Leaflet 1.9.3, a JS library" not in text
    assert len(text) < len(page(render_map(embassy_results))) - 100_000
    places = [Place(0, f"P{i}", i * 0.5, 0, "XX", "custom") for i in range(60)]
    many = page(render_map([make_map_result("m", " ".join(p.name + "." for p in places),
                                            [(p.name + ".", p) for p in places])], cdn=True))
    assert any("leaflet.markercluster" in s for s in re.findall(r'<script src="([^"]+)"', many))


def test_offline_outlines_are_carried_for_the_basemap(embassy_results):
    text = page(render_map(embassy_results))
    basemap = json.loads(re.search(r'id="geomap-basemap">(.*?)</script>', text, re.S).group(1))
    assert basemap["type"] == "FeatureCollection" and len(basemap["features"]) > 150
    assert "geomap-basemap\">" not in page(render_map(embassy_results, outlines=False))


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


def test_results_may_be_a_generator_read_once(embassy_results):
    once = iter(embassy_results)
    assert page_data(page(render_map(once)))["articles"][1][0] == "aleppo"


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
    assert "--headless" in args and "--window-size=800,600" in args and "--force-device-scale-factor=1" in args


def test_png_reports_a_failing_browser_in_one_line(saved_map, tmp_path):
    exe = fake_browser(tmp_path, 'echo "some noise" >&2\necho "ERROR: cannot open display" >&2\nexit 3\n')
    with pytest.raises(RenderError, match=r"could not make the PNG: ERROR: cannot open display$"):
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
    assert inner <= {"models", "errors", "atomic", "mapdata", "shapes"}


# --------------------------------------------------------------------------- tiles


@pytest.mark.parametrize("name, expected", [
    ("OpenStreetMap", "OpenStreetMap.Mapnik"), ("openstreetmap", "OpenStreetMap.Mapnik"),
    ("OpenTopoMap", "OpenTopoMap"), ("Esri.WorldImagery", "Esri.WorldImagery"),
    ("esri worldimagery", "Esri.WorldImagery"), ("OpenStreetMap.HOT", "OpenStreetMap.HOT")])
def test_tile_providers_by_their_xyzservices_name(name, expected):
    layer, notes = resolve_tiles(name)
    assert layer.name == expected and "{z}" in layer.url and layer.attribution and notes == []


@pytest.mark.parametrize("value", [None, "", "none", "NONE", " none "])
def test_no_tiles(value):
    assert resolve_tiles(value) == (None, [])


def test_a_tile_url_needs_its_credit():
    url = "http://localhost:8080/tiles/{z}/{x}/{y}.png"
    layer, notes = resolve_tiles(url, "© My Tiles")
    assert (layer.url, layer.attribution, notes) == (url, "© My Tiles", [])
    with pytest.raises(RenderError, match="--tiles-attribution"):
        resolve_tiles(url)
    for bad in ("ftp://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/{z}/{x}.png",
                "tiles/{z}/{x}/{y}.png"):
        with pytest.raises(RenderError, match="no tile URL"):
            resolve_tiles(bad, "credit")


def test_an_unknown_provider_names_the_choices():
    with pytest.raises(RenderError) as info:
        resolve_tiles("No Such Tiles")
    assert "xyzservices provider name" in str(info.value) and "{z}" in str(info.value) and "none" in str(info.value)


def test_no_library_warning_escapes_a_provider_that_warns():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning would fail the test
        layer, notes = resolve_tiles("CartoDB.Positron")
        render_map([], tiles="CartoDB.Positron")
    assert layer.name == "CartoDB.Positron" and len(notes) == 1 and "API key" in notes[0]


def test_a_tile_url_reaches_the_page_with_its_credit(embassy_results):
    text = page(render_map(embassy_results, tiles="http://127.0.0.1:8080/t/{z}/{x}/{y}.png",
                           tiles_attribution="© Local Tiles"))
    assert re.search(r'L\.tileLayer\(\s*"http://127\.0\.0\.1:8080/t/\{z\}/\{x\}/\{y\}\.png"', text)
    assert '"attribution": "\\u00a9 Local Tiles"' in text


def test_labels_option_reaches_the_page(embassy_results):
    assert '"labels": "auto"' in page(render_map(embassy_results))
    assert '"labels": true' in page(render_map(embassy_results, labels=True))
    assert '"labels": false' in page(render_map(embassy_results, labels=False))


def test_save_map_streams_the_same_page_that_render_gives(embassy_results, tmp_path):
    def same_names(text):  # folium names each element at random
        return re.sub(r"_[0-9a-f]{32}", "_X", text)

    saved = save_map(render_map(embassy_results, title="Streamed"), tmp_path / "map.html").read_text(encoding="utf-8")
    assert same_names(saved) == same_names(page(render_map(embassy_results, title="Streamed")))
    assert "\x00" not in saved and page_data(saved)["title"] == "Streamed"
