"""No input ever becomes Jinja2 template source (the template-injection issue).

branca's ``Element(text)`` compiles ``text`` as a template: article text passed to it would
run as Python on the analyst's machine when the map is written. These tests feed template
syntax through every way input reaches the page (the text, a JSONL title/url/id/date, a
file's name, ``--title``, the user's places file, a geocoder's answer, an imported cache
entry) and check that nothing runs and the characters are shown as written. A check over
the package's source makes sure no future change hands input to a template-compiling call.
"""

import ast
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import geomap
from geomap.cli import cli
from geomap.models import Place
from geomap.render import render_map, safe_html

from geoserver import Fault

#: Would create the folder ``pwned`` in the working directory if compiled as a template.
MKDIR = "{{ self.__init__.__globals__.__builtins__.__import__(dict(os=1)|first).mkdir(dict(pwned=1)|first) }}"
#: The same through a statement block: the folder ``pwned2``.
STATEMENT = "{% set x = cycler.__init__.__globals__.os.mkdir(dict(pwned2=1)|first) %}"
#: Would show ``gmpwn`` (and vanish itself) if compiled.
EXPRESSION = "{{ 'gm' ~ 'pwn' }}"
#: A comment vanishes when compiled.
COMMENT = "{# hidden #}"
#: Stray delimiters: a template compiler raises TemplateSyntaxError on them.
STRAY = "the {{ template }} syntax, {% and }} and {#"

PAYLOADS = (MKDIR, STATEMENT, EXPRESSION, COMMENT, STRAY)


def no_trace(folder: Path, html: str) -> None:
    """Nothing ran: no folder was made and no expression was evaluated."""
    assert not list(folder.glob("pwned*")), "a template payload ran"
    assert "gmpwn" not in html


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def shown(payload: str, html: str) -> bool:
    """The payload reaches the page as written: in the data the page inserts as text, or
    escaped in its ``<title>``; never evaluated."""
    found = re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', html, re.S)
    data = json.loads(found.group(1)) if found else {}
    return any(payload in s for s in _strings(data)) or f"<title>{safe_html(payload)}</title>" in html


@pytest.fixture
def run(cache_dir, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)
        html = (tmp_path / "map.html").read_text(encoding="utf-8") if (tmp_path / "map.html").exists() else ""
        return result, html

    return invoke


def story(extra: str = "") -> str:
    return (f"Officials met in Ankara on Monday to discuss {MKDIR} and {STATEMENT} {COMMENT} "
            f"{EXPRESSION}. Troops near Idlib said {STRAY}. {extra}\n")


# -- each input path ---------------------------------------------------------------------------


def test_article_text(run, tmp_path):
    (tmp_path / "story.txt").write_text(story(), encoding="utf-8")
    result, html = run("map", "story.txt", "-o", "map.html")
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    for payload in PAYLOADS:
        assert shown(payload, html), payload
    assert "Ankara" in html and "Idlib" in html


def test_jsonl_title_url_id_and_date(run, tmp_path):
    titled = {"id": "one", "title": f"Week {STATEMENT} {EXPRESSION}", "url": f"https://example.org/{COMMENT}",
              "date": f"2020-02-14 {STRAY}", "text": "Officials met in Ankara on Monday."}
    untitled = {"id": MKDIR, "text": "Troops near Idlib."}  # the id is the article's label
    (tmp_path / "news.jsonl").write_text(json.dumps(titled) + "\n" + json.dumps(untitled) + "\n", encoding="utf-8")
    result, html = run("map", "news.jsonl", "-o", "map.html")
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    for payload in PAYLOADS:
        assert shown(payload, html), payload


def test_a_file_name(run, tmp_path):
    (tmp_path / f"{MKDIR}.txt").write_text("Officials met in Ankara on Monday.\n", encoding="utf-8")
    (tmp_path / f"{EXPRESSION} {COMMENT}.txt").write_text("Troops near Idlib.\n", encoding="utf-8")
    result, html = run("map", ".", "-o", "map.html")
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    assert shown(MKDIR, html) and shown(f"{EXPRESSION} {COMMENT}", html)


@pytest.mark.parametrize("title", [f"Week {{{{ 1+1 }}}} {{%", MKDIR, f"{EXPRESSION} {COMMENT} {STRAY}"])
def test_the_title_option(run, tmp_path, title):
    (tmp_path / "story.txt").write_text("Officials met in Ankara on Monday.\n", encoding="utf-8")
    result, html = run("map", "story.txt", "-o", "map.html", "--title", title)
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    assert shown(title, html)
    assert f"<title>{safe_html(title)}</title>" in html


def test_the_places_file_name_alias_and_kind(run, tmp_path):
    (tmp_path / "places.csv").write_text(
        "name,lat,lon,country,kind,aliases\n"
        f"Camp {EXPRESSION},36.2156,36.6608,SY,{COMMENT},Atmuz|{MKDIR}|{STATEMENT}\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Aid was stored in Atmuz.\n", encoding="utf-8")
    result, html = run("map", "story.txt", "-o", "map.html", "--places", "places.csv")
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    assert shown(f"Camp {EXPRESSION}", html) and shown(COMMENT, html)


def _online(server):
    return ["--geocoder", "nominatim", "--geocoder-domain", server.domain, "--geocoder-scheme", "http",
            "--user-agent", "geomap-tests/1.0", "--min-delay", "0", "--timeout", "2"]


def _answer(lat=36.2156, lon=36.6608):
    return {"lat": str(lat), "lon": str(lon), "display_name": f"{MKDIR}, {STATEMENT}", "name": f"Atmuz {EXPRESSION}",
            "address": {"village": "Atmuz", "state": f"{COMMENT} {STRAY}", "country_code": "sy"},
            "class": "place", "type": "village"}


def test_a_geocoder_answer(run, tmp_path, geoserver):
    geoserver.fail("Atmuz", Fault.json([_answer()]))
    (tmp_path / "story.txt").write_text("Aid was stored in the town of Atmuz in Syria.\n", encoding="utf-8")
    result, html = run("map", "story.txt", "-o", "map.html", *_online(geoserver))
    assert result.exit_code == 0, result.output
    assert geoserver.count("Atmuz") == 1
    no_trace(tmp_path, html)
    assert shown(f"Atmuz {EXPRESSION}", html) and shown(f"{COMMENT} {STRAY}", html)


def test_an_imported_cache_entry(run, tmp_path):
    value = {"geonameid": 0, "name": f"Atmuz {EXPRESSION}", "lat": 36.2156, "lon": 36.6608, "country": "SY",
             "feature": "geocoded", "population": 0, "admin1": f"{MKDIR} {COMMENT}"}
    entry = {"service": "nominatim", "query": "atmuz [sy]", "value": value, "updated": 1767225600.0}
    (tmp_path / "answers.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    imported, _ = run("cache", "import", "answers.jsonl")
    assert imported.exit_code == 0, imported.output
    (tmp_path / "story.txt").write_text("Aid was stored in the town of Atmuz in Syria.\n", encoding="utf-8")
    result, html = run("map", "story.txt", "-o", "map.html", "--geocoder", "nominatim", "--offline")
    assert result.exit_code == 0, result.output
    no_trace(tmp_path, html)
    assert shown(f"Atmuz {EXPRESSION}", html) and shown(f"{MKDIR} {COMMENT}", html)


# -- every component of the page, every field --------------------------------------------------


def test_every_map_component_shows_template_syntax_in_every_field_literally(make_map_result, map_places,
                                                                          tmp_path, monkeypatch):
    """Title, legend, layer names, reader panel, tooltips and popups, from hand-built results
    whose every string field holds template syntax."""
    monkeypatch.chdir(tmp_path)
    results = []
    for i, payload in enumerate(PAYLOADS):
        # each article its own place, so that each popup shows its one reason
        evil = Place(0, f"Evil {EXPRESSION}", 10.0 + i, 20.0, "XX", "custom", 0, f"{MKDIR}")
        text = f"Protest in Damascus {payload}. Later Evil spoke {payload} in Aleppo."
        result = make_map_result(f"id {payload} {i}", text,
                                 [("Damascus", map_places["Damascus"]), ("Evil", evil), ("Aleppo", map_places["Aleppo"])],
                                 title=f"Title {payload}", reason=f"reason {payload}", alternatives=[evil])
        article = result.article.__class__(result.article.id, result.article.text, source=f"{payload}.txt",
                                           title=result.article.title, url=f"https://example.org/{payload}",
                                           date=f"2020-01-0{i + 1} {payload}")
        results.append(result.__class__(article, result.resolutions))
    html = render_map(results, title=f"Map {STRAY} {MKDIR}", tiles="none").get_root().render()
    no_trace(tmp_path, html)
    for payload in PAYLOADS:
        for field in (f"Title {payload}", f"reason {payload}", f"https://example.org/{payload}", f"{payload}."):
            assert shown(field, html), field
    assert shown(f"Evil {EXPRESSION}", html) and shown(MKDIR, html)


# -- the guard over the package's source -------------------------------------------------------

#: Calls whose (first) argument is compiled as template source, or put into the page as raw HTML.
COMPILING = {"Element", "Template", "Html", "Popup", "Tooltip", "IFrame", "Div", "from_string",
             "Environment"}


def _constants(tree: ast.Module) -> set:
    """Module-level names bound to a string literal (template text written in the source)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _literal(node: ast.AST, constants: set) -> bool:
    """Template text fixed in the source: a string literal, a module constant, or ``+`` of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left, constants) and _literal(node.right, constants)
    return False


def unsafe_calls(source: str, filename: str = "<source>") -> list:
    """``file:line call`` for each call of :data:`COMPILING` with an argument that is not
    template text fixed in the source."""
    tree = ast.parse(source, filename)
    constants = _constants(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in COMPILING:
            continue
        args = list(node.args) + [k.value for k in node.keywords]
        if any(not _literal(a, constants) for a in args):
            found.append(f"{filename}:{node.lineno} {name}(…)")
    return found


def test_the_guard_catches_input_handed_to_a_template():
    assert unsafe_calls('Element(f"<h1>{title}</h1>")') == ["<source>:1 Element(…)"]
    assert unsafe_calls("x.add_child(Element(_reader_html(results)))") == ["<source>:1 Element(…)"]
    assert unsafe_calls("jinja2.Environment().from_string(text)") == ["<source>:1 from_string(…)"]
    assert unsafe_calls("folium.Popup(name)") == ["<source>:1 Popup(…)"]
    assert unsafe_calls("Template('<b>' + title)") == ["<source>:1 Template(…)"]
    assert unsafe_calls('CSS = "a"\nT = Template("{{ this.x }}" + CSS)\nE = Element()') == []


def test_no_module_of_the_package_hands_anything_but_fixed_text_to_a_template():
    package = Path(geomap.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        found += unsafe_calls(path.read_text(encoding="utf-8"), str(path.relative_to(package.parent)))
    assert found == []


def _macro_elements(element):
    from branca.element import MacroElement

    if isinstance(element, MacroElement):
        yield element
    for child in list(element._children.values()):
        yield from _macro_elements(child)


#: folium's own helpers that it adds while rendering; they carry only the JavaScript variable
#: names folium makes (``map_1a2b…``), never input.
NAMES_ONLY = {"ElementAddToElement", "IncludeStatement"}


def _unsafe_elements(m):
    from geomap.render import _Verbatim

    root = m.get_root()
    root.render()  # rendering adds elements of its own (includes, links)
    return [type(e).__name__ for e in _macro_elements(root)
            if not isinstance(e, _Verbatim) and type(e).__name__ not in NAMES_ONLY]


def test_every_macro_element_of_a_page_renders_its_output_as_data(make_map_result, map_places):
    """branca's ``MacroElement.render`` compiles each macro's output as template source again;
    every macro element of a geomap page must render through ``render._Verbatim`` instead."""
    import folium

    places = [Place(0, f"Town{i:03d}", 35 + i * 0.01, 36, "SY", "custom") for i in range(60)]
    results = [make_map_result(f"a{k}", " ".join(f"{p.name}." for p in places[k::3]),
                               [(p.name, p) for p in places[k::3]], title=f"Article {k}") for k in range(3)]
    m = render_map(results, title="All parts", tiles="OpenStreetMap")  # clustered, layers, tiles, reader
    assert _unsafe_elements(m) == []
    folium.FeatureGroup(name="plain").add_to(m)  # the guard itself can fail
    assert _unsafe_elements(m) == ["FeatureGroup"]
