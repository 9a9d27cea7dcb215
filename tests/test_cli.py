"""The ``geomap`` command (CliRunner): the command-line contract of the foundation issue."""

import csv
import io
import json
import re
import webbrowser
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import geomap
from geomap.cli import cli

SUMMARY = re.compile(r"^(\d+) places?, (\d+) mentions? in (\d+) articles? -> (.+)$")


@pytest.fixture
def run(cache_dir, monkeypatch, tmp_path):
    """``run(*args, env=None, input=None)``: invoke geomap in ``tmp_path`` with a ready cache."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    runner = CliRunner()

    def invoke(*args, env=None, input=None):
        return runner.invoke(cli, [str(a) for a in args], env=env, input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "story.txt"
    path.parent.mkdir()
    path.write_text("ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed.\n",
                    encoding="utf-8")
    return path


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"geomap, version {geomap.__version__}\n"


def _commands(group, path=()):
    for name, command in sorted(group.commands.items()):
        yield path + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, path + (name,))


ALL_COMMANDS = [((), cli)] + list(_commands(cli))


@pytest.mark.parametrize("path, command", ALL_COMMANDS, ids=[" ".join(p) or "geomap" for p, _ in ALL_COMMANDS])
def test_every_command_has_help_with_an_example(run, path, command):
    assert command.help and "Example" in command.help and "geomap " in command.help
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "geomap " in result.stdout


def test_the_contract_commands_exist():
    assert set(cli.commands) >= {"map", "places", "cache"}
    assert set(cli.commands["cache"].commands) >= {"info", "clear"}
    options = {p.name for p in cli.commands["map"].params}
    assert {"output", "title", "open_", "cache_dir", "no_cache"} <= options
    assert {"fmt", "output", "cache_dir", "no_cache"} <= {p.name for p in cli.commands["places"].params}


# --- map ---------------------------------------------------------------------------------------


def test_map_writes_the_html_to_output_map_html_and_prints_a_summary(run, article, tmp_path):
    result = run("map", article, "--title", "Ankara & <friends>")
    assert result.exit_code == 0, result.output
    page = tmp_path / "output" / "map.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "<title>Ankara &amp; &lt;friends&gt;</title>" in html
    data = re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data)["title"] == "Ankara & <friends>"  # the page shows it as text
    assert "<friends>" not in html.replace(data, "")
    assert "Aleppo" in data and "Damascus" in data
    [line] = result.stdout.splitlines()
    places, mentions, articles, where = SUMMARY.match(line).groups()
    assert (places, mentions, articles) == ("3", "4", "1")  # Ankara (twice), Aleppo, Damascus
    assert where == "output/map.html"
    assert result.stderr == ""
    assert not list((tmp_path / "output").glob(".*.tmp")), "no temporary file left behind"


def test_map_to_a_chosen_path(run, article, tmp_path):
    result = run("map", article, "-o", tmp_path / "maps" / "new" / "m.html")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "maps" / "new" / "m.html").is_file()
    assert result.stdout.rstrip().endswith(str(tmp_path / "maps" / "new" / "m.html"))
    assert not (tmp_path / "output").exists()


def test_map_open_opens_the_written_file(run, article, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    assert run("map", article, "--open").exit_code == 0
    assert opened == [(tmp_path / "output" / "map.html").resolve().as_uri()]


def test_map_summary_counts_match_the_places_listed(run, seed_dir):
    summary = SUMMARY.match(run("map", seed_dir).stdout.strip())
    doc = json.loads(run("places", seed_dir, "--format", "geojson").stdout)
    assert int(summary.group(1)) == len(doc["features"])
    assert int(summary.group(2)) == sum(f["properties"]["mentions"] for f in doc["features"])


# --- places ---------------------------------------------------------------------------------------


def test_places_prints_a_table_by_default(run, article):
    result = run("places", article)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["MENTIONS", "PLACE", "COUNTRY"]
    assert [line.split()[:3] for line in lines[1:]] == [["2", "Ankara", "TR"], ["1", "Aleppo", "SY"],
                                                        ["1", "Damascus", "SY"]]


def test_places_jsonl(run, article):
    result = run("places", article, "--format", "jsonl")
    [line] = result.stdout.splitlines()
    doc = json.loads(line)
    text = article.read_text(encoding="utf-8")
    assert doc["id"] == "story.txt"
    assert [(t["name"], t["country"]) for t in doc["toponyms"]] == [
        ("ANKARA", "TR"), ("Ankara", "TR"), ("Aleppo", "SY"), ("Damascus", "SY")]
    assert all(text[t["start"] : t["end"]] == t["name"] for t in doc["toponyms"])


@pytest.mark.parametrize("fmt", ["json", "geojson"])
def test_places_json_and_geojson(run, article, fmt):
    result = run("places", article, "-f", fmt)
    doc = json.loads(result.stdout)
    if fmt == "geojson":
        assert doc["type"] == "FeatureCollection"
        names = [f["properties"]["name"] for f in doc["features"]]
    else:
        names = [p["name"] for p in doc["places"]]
    assert names == ["Ankara", "Aleppo", "Damascus"]


def test_places_csv(run, article):
    rows = list(csv.DictReader(io.StringIO(run("places", article, "--format", "csv").stdout)))
    assert [(r["article"], r["name"], r["country"]) for r in rows] == [
        ("story.txt", "ANKARA", "TR"), ("story.txt", "Ankara", "TR"), ("story.txt", "Aleppo", "SY"),
        ("story.txt", "Damascus", "SY")]


def test_places_to_a_file(run, article, tmp_path):
    out = tmp_path / "out" / "places.geojson"
    result = run("places", article, "--format", "geojson", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert result.stderr == f"4 mentions -> {out}\n"


def test_progress_on_a_log_is_a_line_at_100_200_500_articles(run, tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": "Talks in Ankara."}) + "\n" for n in range(520)),
                      encoding="utf-8")
    out = tmp_path / "many.out.jsonl"
    result = run("places", corpus, "--format", "jsonl", "-o", out, "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr == ("geomap: 100 articles…\ngeomap: 200 articles…\ngeomap: 500 articles…\n"
                             f"520 mentions -> {out}\n")


def test_progress_on_a_terminal_is_one_line_rewritten_and_cleared(capsys):
    from geomap.cli import _Progress

    shown = _Progress(True, terminal=True)
    for _ in range(250):
        shown.step()
    shown.message("geomap: bad.txt: empty file")  # a bad input gets a line of its own
    for _ in range(50):
        shown.step()
    shown.done()
    assert capsys.readouterr().err == ("\rgeomap: 100 articles…\rgeomap: 200 articles…\r\x1b[K"
                                       "geomap: bad.txt: empty file\n"
                                       "\rgeomap: 300 articles…\r\x1b[K")
    quiet = _Progress(False, terminal=True)
    for _ in range(300):
        quiet.step()
    quiet.done()
    assert capsys.readouterr().err == ""


def test_places_from_standard_input(run):
    result = run("places", "-", "--format", "jsonl", input="Convoys left Aleppo for Damascus.")
    doc = json.loads(result.stdout)
    assert doc["id"] == "stdin"
    assert [t["name"] for t in doc["toponyms"]] == ["Aleppo", "Damascus"]


# --- bad input and usage errors ---------------------------------------------------------------


def test_bad_inputs_cost_one_stderr_line_each_and_the_good_input_is_still_mapped(run, article, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Genève".encode("latin-1"))
    (tmp_path / "blob.html").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "feed.jsonl").write_text('{"id": "f1", "text": "Idlib"}\n{oops\n', encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    bad = ["missing.txt", "empty.txt", "latin1.txt", "blob.html", "nothing"]
    result = run("map", bad[0], article, *bad[1:], "feed.jsonl")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad) + 1, result.stderr
    for line, name in zip(lines, bad + ["feed.jsonl:2"]):
        assert line.startswith(f"geomap: {name}: "), line
    assert "Traceback" not in result.output
    # everything readable is still on the map
    places, mentions, articles, where = SUMMARY.match(result.stdout.strip()).groups()
    assert articles == "2"
    html = (tmp_path / where).read_text(encoding="utf-8")
    assert "Aleppo" in html and "Idlib" in html


def test_places_with_a_bad_input_still_lists_the_good_one(run, article):
    result = run("places", "missing.txt", article, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == "geomap: missing.txt: no such file or folder\n"
    assert json.loads(result.stdout)["id"] == "story.txt"


def test_only_bad_inputs_still_write_an_empty_map_and_exit_1(run, tmp_path):
    result = run("map", "missing.txt")
    assert result.exit_code == 1
    assert result.stdout.startswith("0 places, 0 mentions in 0 articles -> ")
    assert (tmp_path / "output" / "map.html").is_file()


@pytest.mark.parametrize(
    "args",
    [["places"], ["map"], ["places", "x.txt", "--format", "xml"], ["map", "x.txt", "--bogus"], ["nosuch"],
     ["cache", "nosuch"]],
)
def test_usage_errors_exit_2(run, args):
    result = run(*args)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr and "Traceback" not in result.output


def test_a_cache_dir_that_is_a_file_is_a_usage_error(run, article, tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = run("places", article, "--cache-dir", tmp_path / "afile")
    assert result.exit_code == 2
    assert "is a file" in result.stderr and "Traceback" not in result.output


def test_a_damaged_cache_is_moved_aside_in_one_line_and_the_run_goes_on(run, article, make_cache_dir, tmp_path):
    bad = make_cache_dir(tmp_path / "bad")
    (bad / "geocode.sqlite").write_bytes(b"this is not a database" * 100)
    result = run("places", article, "--cache-dir", bad, "--format", "jsonl")
    assert result.exit_code == 1  # a fault the run survived
    [line] = result.stderr.splitlines()
    [aside] = bad.glob("geocode.sqlite.damaged-*")
    assert line.startswith(f"geomap: {bad / 'geocode.sqlite'}: not a geomap cache") and aside.name in line
    assert [t["name"] for t in json.loads(result.stdout)["toponyms"]] == ["ANKARA", "Ankara", "Aleppo", "Damascus"]
    again = run("places", article, "--cache-dir", bad, "--format", "jsonl")
    assert (again.exit_code, again.stderr, again.stdout) == (0, "", result.stdout)


# --- the cache ------------------------------------------------------------------------------------


def _info(run, *args, env=None):
    result = run("cache", "info", *args, env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def _last_run(info):
    hits, misses = re.search(r"^last run: (\d+) hits?, (\d+) miss(?:es)?$", info, re.M).groups()
    return int(hits), int(misses)


def test_a_second_run_reads_from_the_cache(run, article):
    run("places", article)
    first = _info(run)
    assert "entries: 3" in first and "geonames: 3" in first
    assert _last_run(first) == (1, 3)  # three places looked up; ANKARA then Ankara is a hit
    run("places", article)
    second = _info(run)
    assert _last_run(second) == (4, 0)  # every mention from the cache
    assert "entries: 3" in second


def test_a_run_reads_each_place_from_the_cache_file_once(make_cache_dir, tmp_path):
    from geomap.pipeline import Geoparser

    text = "ANKARA, March 3. Officials in Ankara and Aleppo met. Later, Damascus agreed.\n"
    with Geoparser(make_cache_dir(tmp_path / "c")) as gp:
        reads = []
        get = gp.cache.get
        gp.cache.get = lambda service, query: reads.append(query) or get(service, query)
        first = gp.parse_text(text * 3, "a")
        again = gp.parse_text(text, "b")
        assert len(reads) == len(set(reads)) == 3  # Ankara, Aleppo, Damascus: once each
        # ...while every look-up still counts: 16 mentions, 3 misses, then 13 hits.
        assert (gp.cache.hits, gp.cache.misses) == (13, 3)
        assert [r.place for r in again.resolutions] == [r.place for r in first.resolutions[:4]]


def test_cache_info_shows_the_file_and_its_size(run, article, tmp_path):
    run("places", article)
    lines = _info(run).splitlines()
    assert lines[0] == f"cache: {Path('cache') / 'geocode.sqlite'}"
    size = int(lines[1].removeprefix("size: ").removesuffix(" bytes").replace(",", ""))
    assert size == (tmp_path / "cache" / "geocode.sqlite").stat().st_size + sum(
        p.stat().st_size for p in (tmp_path / "cache").glob("geocode.sqlite-wal"))


def test_cache_clear_empties_it(run, article):
    run("places", article)
    result = run("cache", "clear")
    assert result.exit_code == 0 and result.stdout == "removed 3 entries\n"
    assert "entries: 0" in _info(run)
    assert run("cache", "clear").stdout == "removed 0 entries\n"


def test_the_cache_dir_comes_from_the_option_or_GEOMAP_CACHE_DIR(run, article, tmp_path, make_cache_dir):
    elsewhere = make_cache_dir(tmp_path / "elsewhere")
    env = {"GEOMAP_CACHE_DIR": str(elsewhere)}
    assert run("places", article, env=env).exit_code == 0
    assert (elsewhere / "geocode.sqlite").exists()
    assert not (tmp_path / "cache" / "geocode.sqlite").exists()
    assert "entries: 3" in _info(run, env=env)
    assert "entries: 0" in _info(run)
    other = make_cache_dir(tmp_path / "other")
    assert run("places", article, "--cache-dir", other, env=env).exit_code == 0  # the option wins
    assert "entries: 3" in _info(run, "--cache-dir", other)


def test_no_cache_writes_no_files(article, tmp_path, monkeypatch):
    work = tmp_path / "empty"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    result = CliRunner().invoke(cli, ["places", str(article), "--no-cache", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [t["name"] for t in json.loads(result.stdout)["toponyms"]] == ["ANKARA", "Ankara", "Aleppo", "Damascus"]
    assert list(work.iterdir()) == []


def test_no_org_places_keeps_places_inside_organisations_names_off_the_list(run, tmp_path):
    """The other convention of issue 17: by default a town before a public body's word is the
    town and one before a building's word the building; with --no-org-places neither is."""
    story = tmp_path / "bodies.txt"
    story.write_text("The Danbury Police took him to Colchester General Hospital in Ankara.\n", encoding="utf-8")
    default = run("places", story, "--format", "jsonl", "-j", "1")
    strict = run("places", story, "--format", "jsonl", "-j", "1", "--no-org-places")
    assert default.exit_code == strict.exit_code == 0
    names = [t["name"] for t in json.loads(default.stdout)["toponyms"]]
    assert names == ["Danbury", "Colchester General Hospital", "Ankara"]
    assert [t["name"] for t in json.loads(strict.stdout)["toponyms"]] == ["Ankara"]


def test_no_demonyms_keeps_demonyms_off_the_list(run, tmp_path):
    """Annotation conventions differ (issue 17): by default "Syrian" is a mention of Syria,
    with --no-demonyms it is not; the places' own names still are."""
    story = tmp_path / "demonyms.txt"
    story.write_text("Syrian troops entered Idlib in Syria.\n", encoding="utf-8")
    default = run("places", story, "--format", "csv", "-j", "1")
    strict = run("places", story, "--format", "csv", "-j", "1", "--no-demonyms")
    assert default.exit_code == strict.exit_code == 0

    def names(output):
        import csv
        import io

        rows = list(csv.reader(io.StringIO(output)))
        column = rows[0].index("name")
        return [row[column] for row in rows[1:]]

    assert names(default.output) == ["Syrian", "Idlib", "Syria"]
    assert names(strict.output) == ["Idlib", "Syria"]


# --- maps for reports: tiles, privacy, embeds, pictures ------------------------------------------


def _data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', html, re.S).group(1))


@pytest.mark.parametrize("args, message", [
    (["--tiles", "No Such Tiles"], "unknown tile provider 'No Such Tiles': use an xyzservices provider name"),
    (["--tiles", "http://localhost:8080/tiles/{z}/{x}/{y}.png"], "--tiles-attribution"),
    (["--tiles", "http://localhost:8080/tiles/{z}.png", "--tiles-attribution", "x"], "no tile URL"),
    (["--private", "--cdn"], "--private fetches nothing"),
    (["--private", "--tiles", "OpenTopoMap"], "--private fetches nothing"),
    (["--size", "12x800", "--png", "a.png"], "is not WIDTHxHEIGHT"),
    (["--scale", "9", "--png", "a.png"], "--scale"),
])
def test_bad_map_options_are_usage_errors_naming_the_choices(run, article, args, message):
    result = run("map", article, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_tile_server_of_ones_own(run, article, tmp_path):
    result = run("map", article, "--tiles", "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png", "--tiles-attribution",
                 "© Our Tiles")
    assert result.exit_code == 0 and result.stderr == ""
    html = (tmp_path / "output" / "map.html").read_text(encoding="utf-8")
    assert '"http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"' in html and "\\u00a9 Our Tiles" in html


def test_a_provider_that_warns_gives_one_note_and_no_library_warning(run, article):
    result = run("map", article, "--tiles", "CartoDB.Positron")
    assert result.exit_code == 0
    assert result.stderr == "geomap: note: CartoDB.Positron: CartoDB tiles now require an API key\n"


def test_private_pages_fetch_nothing(run, article, tmp_path):
    result = run("map", article, "--private")
    assert result.exit_code == 0
    html = (tmp_path / "output" / "map.html").read_text(encoding="utf-8")
    outside = html.replace(re.search(r'id="geomap-data">(.*?)</script>', html, re.S).group(1), "")
    assert "L.tileLayer(" not in outside
    assert not re.search(r"""src=["']?(https?:)?//""", outside)  # nothing loaded: links only ("Leaflet", credits)
    assert not re.search(r"<link[^>]+href", outside) and not re.search(r"url\((?!data:|#)", outside)


def test_no_reader_and_labels_reach_the_page(run, article, tmp_path):
    run("map", article, "--no-reader", "--labels")
    html = (tmp_path / "output" / "map.html").read_text(encoding="utf-8")
    assert '"panel": false' in html and '"labels": true' in html


def test_the_page_names_inputs_by_file_name_never_by_their_path(run, article, tmp_path):
    (tmp_path / "in" / "news.jsonl").write_text(json.dumps({"id": "x", "text": "Troops near Aleppo."}) + "\n",
                                                encoding="utf-8")
    result = run("map", article.resolve(), (tmp_path / "in" / "news.jsonl").resolve())
    assert result.exit_code == 0
    html = (tmp_path / "output" / "map.html").read_text(encoding="utf-8")
    assert str(tmp_path) not in html and "/in/" not in html
    assert {a[5] for a in _data(html)["articles"]} == {"story.txt", "news.jsonl"}


def test_a_failed_picture_is_one_line_and_exit_1_with_the_map_written(run, article, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_BROWSER", "/bin/false")
    result = run("map", article, "--png", "map.png", "--pdf", "map.pdf")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "geomap: map.png: no PNG written (the map is): /bin/false could not make the PNG: exit status 1",
        "geomap: map.pdf: no PDF written (the map is): /bin/false could not make the PDF: exit status 1"]
    assert result.stdout.endswith("-> output/map.html\n")
    assert (tmp_path / "output" / "map.html").is_file() and not (tmp_path / "map.png").exists()


# --- spreadsheets and English (issue 15) ------------------------------------------------------------


def test_csv_in_a_file_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8(run, tmp_path):
    story = tmp_path / "duma.txt"
    story.write_text("Shelling hit Dūmā and Ankara on Monday.", encoding="utf-8")
    assert run("places", story, "--format", "csv", "-o", "out.csv").exit_code == 0
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfarticle,")  # once, before the header
    assert raw.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "Dūmā" in rows[0]["excerpt"] and list(rows[0])[0] == "article"
    # standard output goes to programs: no mark unless asked; --no-bom leaves it out of files
    assert run("places", story, "--format", "csv").stdout.startswith("article,")
    assert run("places", story, "--format", "csv", "--bom").stdout.startswith("\ufeffarticle,")
    assert run("places", story, "--format", "csv", "--no-bom", "-o", "plain.csv").exit_code == 0
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"article,")
    # other formats never get one
    assert run("places", story, "--format", "jsonl", "-o", "out.jsonl").exit_code == 0
    assert (tmp_path / "out.jsonl").read_bytes().startswith(b"{")


def test_counts_are_singular_or_plural_as_english_needs(run, tmp_path):
    story = tmp_path / "one.txt"
    story.write_text("Officials met in Ankara.", encoding="utf-8")
    assert run("map", story).stdout.startswith("1 place, 1 mention in 1 article -> ")
    assert run("places", story, "--format", "csv", "-o", "x.csv").stderr.endswith("1 mention -> x.csv\n")
    info = _info(run)
    assert "entries: 1\n" in info and "last run: 1 hit, 0 misses" in info
    exported = run("cache", "export", "-o", "answers.jsonl")
    assert exported.stderr == "exported 1 entry -> answers.jsonl\n"
    assert run("cache", "clear").stdout == "removed 1 entry\n"
    assert run("cache", "import", "answers.jsonl").stdout == "imported 1 entry\n"
    assert run("cache", "clear").stdout == "removed 1 entry\n"
    assert run("cache", "clear").stdout == "removed 0 entries\n"


@pytest.mark.parametrize("command", ["clear", "export"])
def test_an_unknown_cache_service_is_a_usage_error(run, article, command):
    run("places", article)
    result = run("cache", command, "--service", "doesnotexist")
    assert result.exit_code == 2
    assert "unknown service 'doesnotexist'" in result.stderr and "Traceback" not in result.output
    assert "entries: 3" in _info(run)  # nothing was removed
    # a known service with no entries is no error, and case does not matter
    assert run("cache", command, "--service", "Nominatim").exit_code == 0
    assert run("cache", "clear", "--service", "GeoNames").stdout == "removed 3 entries\n"


# --- one place index per user (issue 15) ----------------------------------------------------------


def test_one_place_index_per_user_built_once_with_a_progress_line(tmp_path, monkeypatch, article):
    """Without ./cache or --cache-dir, the index and caches live in the user's cache folder
    (platformdirs; $XDG_CACHE_HOME on Linux): a second working folder reuses them."""
    monkeypatch.delenv("GEOMAP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    runner = CliRunner()
    first_folder, second_folder = tmp_path / "work1", tmp_path / "work2"
    first_folder.mkdir()
    second_folder.mkdir()
    monkeypatch.chdir(first_folder)
    first = runner.invoke(cli, ["places", str(article)], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    user_cache = tmp_path / "xdg" / "geomap"
    [index] = user_cache.glob("gazetteer-*.sqlite")
    lines = first.stderr.splitlines()
    assert lines[0].startswith(f"geomap: building the place index in {user_cache} (") and "10 s" in lines[0]
    assert lines[1].startswith("geomap: place index built in ") and str(index) in lines[1]
    assert not (first_folder / "cache").exists()
    built = index.stat().st_mtime_ns
    monkeypatch.chdir(second_folder)
    second = runner.invoke(cli, ["places", str(article)], catch_exceptions=False)
    assert second.exit_code == 0 and second.stderr == "" and second.stdout == first.stdout
    assert index.stat().st_mtime_ns == built and not (second_folder / "cache").exists()
    info = runner.invoke(cli, ["cache", "info"], catch_exceptions=False).stdout
    assert f"cache: {user_cache / 'geocode.sqlite'}" in info
    assert f"index: {index} ({index.stat().st_size:,} bytes)" in info


def test_cache_info_shows_the_index_or_that_it_is_not_built_yet(run, tmp_path):
    info = _info(run)
    [index] = (tmp_path / "cache").glob("gazetteer-*.sqlite")
    assert f"index: {Path('cache') / index.name} ({index.stat().st_size:,} bytes)\n" in info
    empty = _info(run, "--cache-dir", tmp_path / "empty")
    assert "(not built yet: the first run builds it, about 10 s)" in empty


def test_cache_info_says_what_the_index_holds(run, gazetteer):
    info = _info(run)
    places = re.search(r"^  places: (.+)$", info, re.M).group(1)
    names = re.search(r"^  names: (.+)$", info, re.M).group(1)
    held = gazetteer.info()  # the session's index, built from the same data
    counts = {kind: int(n.replace(",", "")) for n, kind in re.findall(r"(\d[\d,]*) ([^,]+)", places)}
    assert counts["towns and cities"] == held.kinds["city"] > 100_000
    assert counts["first-level regions"] == held.kinds["admin1"] > 3_000
    assert counts["US counties and districts abroad"] == held.kinds["admin2"] > 9_000
    assert counts["countries"] == held.kinds["country"] > 200
    assert sum(counts.values()) == held.places
    assert "own names" in names and "alternate names" in names
    assert sum(int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]*) ", names)) == held.names
