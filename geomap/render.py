"""Write the map page: a Folium (Leaflet) map that draws geomap's results in the browser.

:func:`render_map` aggregates the results (:class:`~geomap.mapdata.MapData`, bounded memory)
into one JSON object and builds a self-contained page around it: Leaflet and, for many
markers, Leaflet.markercluster are inlined from the installed ``XStatic-*`` packages, the
page's own code and style come from ``geomap/assets/map.js`` and ``map.css``, and Natural
Earth country outlines are drawn beneath the tiles, so the map shows geography with no
network. ``cdn=True`` links the libraries instead.

Article text is untrusted. It reaches the page only inside that JSON (made safe for an
inline script by :func:`_safe_in_script`), which ``map.js`` puts into the page as text; no
input is ever template source (see :class:`_Html` and :class:`_Verbatim`, and
``docs/security.md``).

Example::

    m = render_map(results, title="Ankara, 14 February")
    save_map(m, "output/map.html")
    png("output/map.html", "output/map.png")   # needs Chromium
"""

from __future__ import annotations

import base64
import html
import os
import re
import shutil
import subprocess
import tempfile
import warnings
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple, Union

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from .atomic import PathLike, write_bytes, write_chunks, write_text
from .errors import RenderError
from .mapdata import MapData
from .models import ArticleResult
from .shapes import area_key

__all__ = ["render_map", "save_map", "safe_html", "png", "pdf", "find_browser", "resolve_tiles", "Tiles",
           "TILES_CHOICES", "CLUSTER_THRESHOLD"]

#: More point markers than this are clustered (and spiderfied where they share a spot).
CLUSTER_THRESHOLD = 50

# folium's default page also loads jQuery, Bootstrap, Font Awesome and awesome-markers;
# geomap's page uses none of them, so they are dropped in both modes.
_UNUSED = {"jquery", "bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
           "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css"}

# Inline copies of the resources folium declares, by folium's own resource name:
# (xstatic package, file in its data folder).
_INLINE = {
    "leaflet": ("leaflet", "leaflet.js"),
    "leaflet_css": ("leaflet", "leaflet.css"),
    "markerclusterjs": ("leaflet_markercluster", "leaflet.markercluster.js"),
    "markerclustercss": ("leaflet_markercluster", "MarkerCluster.css"),
}


# --------------------------------------------------------------------------- escaping

_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def safe_html(text: object) -> str:
    """Escape untrusted text for HTML and for a JavaScript template literal.

    ``html.escape`` makes ``<``, ``>``, ``&`` and quotes harmless in HTML; a backtick (which
    ends a template literal), ``$`` (``${...}`` runs code there) and a backslash (a stray
    ``\\u`` is a syntax error) become character references too, so the text is safe in folium's
    popups and tooltips as well. The browser shows every character as written. geomap's own
    page puts input in as text (``assets/map.js``) and uses this for its ``<title>``.

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


class _InlineStyle(Element):
    _template = Template("<style>{{ this.code }}</style>")

    def __init__(self, code: str):
        super().__init__()
        self.code = code


def _use_assets(m: folium.Map, cdn: bool, cluster: bool) -> None:
    """Drop the libraries the page does not use; inline (or link) the rest and the page's own
    script and style.

    folium adds each element's ``default_js``/``default_css`` links to the page header when
    it renders; the instance lists are replaced here, before that happens. The cluster
    plugin's files are those folium's ``MarkerCluster`` declares (its links are read only with
    ``cdn``: importing ``folium.plugins`` compiles every plugin's template, about a third of
    geomap's start-up; inline, the files are known by name).
    """
    header = m.get_root().header
    m.default_js = [(n, u) for n, u in m.default_js if n not in _UNUSED]
    m.default_css = [(n, u) for n, u in m.default_css if n not in _UNUSED]
    if cluster:
        if cdn:
            from folium.plugins import MarkerCluster

            js, css = MarkerCluster.default_js, MarkerCluster.default_css
        else:
            js, css = [("markerclusterjs", "")], [("markerclustercss", "")]
        m.default_js += [(n, u) for n, u in js if n in _INLINE]
        m.default_css += [(n, u) for n, u in css if n in _INLINE]
    if not cdn:
        for kind, name in [("js", n) for n, _ in m.default_js] + [("css", n) for n, _ in m.default_css]:
            if name not in _INLINE:
                raise RenderError(f"no inline copy of {name!r} (a newer folium?): use cdn=True")
            code = _asset(*_INLINE[name])
            header.add_child(_InlineScript(code) if kind == "js" else _InlineStyle(code), name=f"geomap_{name}")
        m.default_js, m.default_css = [], []
    header.add_child(_InlineStyle(_own_asset("map.css")), name="geomap_css")
    header.add_child(_InlineScript(_own_asset("map.js")), name="geomap_js")


# --------------------------------------------------------------------------- the page


@lru_cache(maxsize=None)
def _own_asset(name: str) -> str:
    """The text of one of geomap's own front-end files (``geomap/assets/``)."""
    try:
        return resources.files("geomap").joinpath(f"assets/{name}").read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - only a broken install lacks them
        raise RenderError(f"the map page's {name} is missing from this install: {exc}") from exc


class _App(_Verbatim):
    """The page's own parts: its data (JSON, inserted as data), the country outlines, and
    the call that starts ``geomap/assets/map.js`` on the map.

    The data is written when the page is: whole by ``render()``, or streamed in pieces by
    :func:`save_map` (see :attr:`stream`), so that a page of 100,000 articles is never held
    as one string."""

    _template = Template("""
{% macro html(this, kwargs) %}<script type="application/json" id="geomap-data">{{ this.data }}</script>
{% if this.basemap %}<script type="application/json" id="geomap-basemap">{{ this.basemap }}</script>{% endif %}
{% endmacro %}
{% macro script(this, kwargs) %}geomapApp({{ this._parent.get_name() }}, {{ this.options|tojson }});{% endmacro %}
""")

    #: What stands for the data while :func:`save_map` streams it (no JSON holds a NUL).
    STREAM = "\x00geomap-data\x00"

    def __init__(self, data: MapData, title: Optional[str], basemap: bool, options: dict):
        super().__init__()
        self._name = "GeomapApp"
        self.mapdata, self.title = data, title
        self.stream = False
        self.basemap = _countries_geojson() if basemap else ""
        self.options = options

    @property
    def data(self) -> str:
        return self.STREAM if self.stream else _safe_in_script(self.mapdata.to_json(title=self.title))

    def pieces(self) -> Iterator[str]:
        return (_safe_in_script(piece) for piece in self.mapdata.chunks(title=self.title))


def _safe_in_script(text: str) -> str:
    """JSON text made safe inside an inline ``<script>``.

    ``</`` would end the script and ``<!--`` would change how the HTML parser reads it, so
    their ``<`` is written ``\\u003c``; U+2028 and U+2029 are escaped too (line ends in
    older JavaScript). The result is still valid JSON and reads back unchanged.
    """
    return (text.replace("</", "\\u003c/").replace("<!", "\\u003c!")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True)
class Tiles:
    """A tile layer: a URL template (``{z}``, ``{x}``, ``{y}``, and ``{s}``/``{r}`` where the
    server has them), the credit it must carry, and its zoom limit."""

    url: str
    attribution: str
    name: str = "tiles"
    max_zoom: int = 19
    subdomains: str = "abc"


TILES_CHOICES = ("an xyzservices provider name (e.g. OpenStreetMap, OpenTopoMap, Esri.WorldImagery), "
                 "a URL template with {z}, {x} and {y} (with --tiles-attribution), or none")


def resolve_tiles(tiles: Optional[str], attribution: Optional[str] = None) -> Tuple[Optional[Tiles], List[str]]:
    """The tile layer ``tiles`` names, and notes for the user (e.g. a provider that now
    needs a key).

    :param tiles: an xyzservices provider name (``OpenStreetMap``, ``CartoDB.Positron``, any
        case, dots or spaces), an ``http(s)`` URL template with ``{z}``, ``{x}`` and ``{y}``
        (your own tile server), or ``none``/``None``/``""`` for no tiles (the page then
        fetches nothing).
    :param attribution: the credit of a URL's tiles (required for a URL); for a provider,
        replaces its own.
    :raises RenderError: an unknown name, a URL without ``{z}/{x}/{y}`` or without credit.
    """
    if tiles is None or not tiles.strip() or tiles.strip().lower() == "none":
        return None, []
    tiles = tiles.strip()
    if "://" in tiles or tiles.startswith("//") or "{" in tiles:
        scheme = tiles.split("://", 1)[0].lower() if "://" in tiles else ""
        if scheme not in ("http", "https") or not all(k in tiles for k in ("{z}", "{x}", "{y}")):
            raise RenderError(f"{tiles!r} is no tile URL: it needs http(s):// and {{z}}, {{x}} and {{y}}")
        if not (attribution and attribution.strip()):
            raise RenderError("tiles from a URL need --tiles-attribution: the credit their licence asks for")
        return Tiles(tiles, attribution.strip(), name="custom"), []
    provider = _providers().get(_provider_key(tiles))
    if provider is None:
        raise RenderError(f"unknown tile provider {tiles!r}: use {TILES_CHOICES}")
    with warnings.catch_warnings(record=True) as caught:  # no library warning reaches the user
        warnings.simplefilter("always")
        url = provider.build_url(fill_subdomain=False, scale_factor="{r}")
    notes = [f"{provider.name}: {str(w.message).split('. ')[0].rstrip('.')}" for w in caught]
    if not notes and provider.requires_token():
        notes.append(f"{provider.name} needs an API key: its tiles will not load without one")
    return Tiles(url, (attribution or provider.html_attribution).strip(), provider.name,
                 int(provider.get("max_zoom", 19)), str(provider.get("subdomains", "abc"))), notes


_NOT_LETTERS = re.compile(r"[\W_]+")


def _provider_key(name: str) -> str:
    return _NOT_LETTERS.sub("", name.lower())  # letters and digits only: a regex, not a loop per character


@lru_cache(maxsize=1)
def _providers() -> dict:
    """xyzservices' providers by a loose key ("CartoDB.Positron", "cartodb positron"); a
    group's name stands for its first provider ("OpenStreetMap" is OpenStreetMap.Mapnik)."""
    import xyzservices

    found = {}
    for full, provider in xyzservices.providers.flatten().items():
        found.setdefault(_provider_key(full), provider)
        group = full.split("_", 1)[0] if "." not in provider.name else provider.name.split(".", 1)[0]
        found.setdefault(_provider_key(group), provider)
    return found


def render_map(results: Union[Iterable[ArticleResult], MapData], *, title: Optional[str] = None,
               tiles: Union[str, Tiles, None] = "OpenStreetMap", tiles_attribution: Optional[str] = None,
               cdn: bool = False, excerpts_per_place: int = 3, reader: bool = True, outlines: bool = True,
               labels: Optional[bool] = None, cluster_threshold: int = CLUSTER_THRESHOLD) -> folium.Map:
    """Build the map of every placed mention in ``results``.

    Points (towns, counties, your places, geocoded places) are round markers sized by their
    mention count; countries, first-level regions and continents are shaded outlines, darker
    the more they are named. Each has a popup naming the place, its country and coordinates,
    the mention count, why it was chosen and a few excerpts. Places the parser was unsure
    of are drawn hollow and dashed. The first view fits the towns and smaller places. Beside
    the map, the articles panel lists the articles (title, date, link), finds them by text,
    shows one article's places and text on a click, and has time and confidence controls.
    More than ``cluster_threshold`` markers are clustered.

    The page is built in the browser by ``geomap/assets/map.js`` from one JSON object
    (:class:`~geomap.mapdata.MapData`); nothing from an input is ever HTML or template code.

    :param results: the articles and their resolutions, read once as they come (a
        generator is fine: memory stays bounded), or a :class:`~geomap.mapdata.MapData`.
    :param title: shown above the map and as the page title.
    :param tiles: see :func:`resolve_tiles` (or a :class:`Tiles`); ``None`` for outlines only.
    :param tiles_attribution: the credit of tiles from a URL.
    :param cdn: link Leaflet and the cluster plugin from CDNs instead of inlining them.
    :param excerpts_per_place: at most this many excerpts in one popup.
    :param reader: add the articles panel (``False``: the map alone, for iframes and slides).
    :param outlines: draw Natural Earth country outlines beneath the tiles.
    :param labels: name the most mentioned places on the map; ``None``: only on small maps
        (and always in the PNG and PDF pictures).
    :raises RenderError: an unknown tile provider or a bad tile URL, or an asset package is missing.
    """
    layer = tiles if isinstance(tiles, Tiles) or tiles is None else resolve_tiles(tiles, tiles_attribution)[0]
    data = results if isinstance(results, MapData) else MapData.of(results, excerpts_per_place=excerpts_per_place)
    m = _Map(location=[20, 0], zoom_start=2, tiles=None, zoom_snap=0.5,
             world_copy_jump=True, prefer_canvas=False)
    if layer is not None:
        m.add_child(_TileLayer(layer.url, attr=layer.attribution, name=layer.name, max_zoom=layer.max_zoom,
                               subdomains=layer.subdomains, control=False))
    # Without a tile layer Leaflet knows no zoom limit, and markercluster needs one.
    m.options["maxZoom"] = 18
    figure = m.get_root()
    # the browser's tab and bookmarks name the map: its title, else what it shows
    figure.title = safe_html(title) if title else (
        f"geomap: {data.places:,} place{'s' if data.places != 1 else ''} in "
        f"{data.articles:,} article{'s' if data.articles != 1 else ''}")
    points = sum(1 for place in data.order() if area_key(place) is None)
    clustered = points > cluster_threshold
    options = {"panel": bool(reader), "cluster": clustered, "clusterThreshold": cluster_threshold,
               "labels": "auto" if labels is None else bool(labels)}
    m.add_child(_App(data, title, outlines, options))
    _use_assets(m, cdn, cluster=clustered)
    return m


def save_map(m: folium.Map, path: PathLike) -> Path:
    """Write the map's page to ``path`` atomically (no half-written map after a crash), its
    data streamed a piece at a time.

    :raises RenderError: the file cannot be written.
    """
    app = next((child for child in m._children.values() if isinstance(child, _App)), None)
    if app is None:  # not a page of render_map's
        return write_text(path, m.get_root().render())
    app.stream = True
    try:
        page = m.get_root().render()
    finally:
        app.stream = False
    head, sep, tail = page.partition(_App.STREAM)
    if not sep:  # pragma: no cover - the template always holds the data
        raise RenderError("the page has no place for its data")
    return write_chunks(path, chain([head], app.pieces(), [tail]))


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


def png(html_path: PathLike, png_path: PathLike, *, width: int = 1280, height: int = 800, scale: float = 1.0,
        browser: Optional[str] = None, timeout: float = 60.0, wait_ms: int = 5000) -> Path:
    """A picture of a saved map for a report, as PNG, written atomically.

    The page is drawn as it opens, fitted, in its print view: the map with its title, legend,
    scale and the names of the places that matter most (labels that do not overlap), without
    the articles panel or the zoom buttons, at ``width`` x ``height`` CSS pixels times
    ``scale`` (2 for print). The same map gives the same pixels. Runs headless Chromium;
    tiles are fetched as the page would fetch them (with ``--tiles none`` nothing is).

    :param browser: the browser executable; default :func:`find_browser`.
    :param wait_ms: page time given to load before the shot (Chromium's virtual time).
    :raises RenderError: no browser, the browser failed or timed out, or the PNG cannot be written.
    """
    return _capture(html_path, png_path, "png", width, height, scale, browser, timeout, wait_ms)


def pdf(html_path: PathLike, pdf_path: PathLike, *, width: int = 1280, height: int = 800,
        browser: Optional[str] = None, timeout: float = 60.0, wait_ms: int = 5000) -> Path:
    """The same picture as :func:`png`, as a one-page PDF of ``width`` x ``height`` CSS pixels
    (vector where the browser draws vectors: outlines, markers, text), through Chromium's
    print path.

    :raises RenderError: as :func:`png`.
    """
    return _capture(html_path, pdf_path, "pdf", width, height, 1.0, browser, timeout, wait_ms)


def _capture(html_path: PathLike, out_path: PathLike, kind: str, width: int, height: int, scale: float,
             browser: Optional[str], timeout: float, wait_ms: int) -> Path:
    html_path = Path(html_path).resolve()
    if not html_path.is_file():
        raise RenderError(f"{html_path}: no such map")
    if width < 100 or height < 100 or not 0.5 <= scale <= 4:
        raise RenderError(f"a {kind.upper()} of {width}x{height} at scale {scale:g} is not one geomap draws "
                          "(at least 100x100, scale 0.5 to 4)")
    exe = browser or find_browser()
    if not exe:
        raise RenderError(f"no Chromium or Chrome found for the {kind.upper()}: install one "
                          "(e.g. apt-get install chromium) or set GEOMAP_BROWSER")
    with tempfile.TemporaryDirectory(prefix=f"geomap-{kind}-") as tmp:
        shot = Path(tmp) / f"map.{kind}"
        args = [exe, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--mute-audio", "--disable-extensions", "--font-render-hinting=none",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                # every paint finished before the shot (a strip was sometimes left unpainted)
                "--run-all-compositor-stages-before-draw",
                f"--force-device-scale-factor={scale:g}",
                f"--window-size={width},{height}", f"--virtual-time-budget={wait_ms}"]
        if kind == "png":
            args.append(f"--screenshot={shot}")
        else:
            args += [f"--print-to-pdf={shot}", "--no-pdf-header-footer"]
        args.append(html_path.as_uri() + f"#geomap-print-{width}x{height}")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        try:
            proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise RenderError(f"{exe} did not finish the {kind.upper()} within {timeout:g} s") from exc
        except OSError as exc:
            raise RenderError(f"cannot run {exe}: {exc.strerror or exc}") from exc
        if proc.returncode != 0 or not shot.is_file() or not shot.stat().st_size:
            lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
            detail = lines[-1].strip() if lines else f"exit status {proc.returncode}"
            raise RenderError(f"{exe} could not make the {kind.upper()}: {detail}")
        return write_bytes(out_path, shot.read_bytes())
