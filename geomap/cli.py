"""The ``geomap`` command: a thin Click layer over the library.

Exit codes: 0 every input was processed; 1 some input failed, or a fault was survived (the
rest is still written), or the run failed; 2 usage error.

Every message on stderr is one line, ``geomap: …``, made printable by :func:`_printable`
(no control character from a file name or an article reaches the terminal). Errors become
that line in one place, :class:`_Geomap` (``GeomapError``) and :func:`_emit` (standard
output); nothing else catches them.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from itertools import chain
from pathlib import Path
from typing import Iterator, List, Optional, Sequence

import click

from . import __version__
from .engines import AUTO_JOBS, ENGINES, make_engine
from .errors import CacheError, EngineError, GeocodingError, GeomapError, InputError, OutputError
from .models import InputProblem, RenderedResult
from .exporters import printable as _printable  # the table's rule, for every line on a terminal
from .pipeline import (
    CACHE_ENV,
    Geoparser,
    RunStats,
    BUILD_TIME,
    cache_info,
    check_countries,
    default_cache_dir,
    index_contents,
    place_index,
    check_service,
    clear_cache,
    export_cache,
    import_cache,
    load_places,
    read_names,
    tally,
)
from .results import read_results, results_kind

# -- one line per message, printable ---------------------------------------------------------------

def _say(line: str) -> None:
    """One line on stderr. A stderr that cannot be written is not worth failing for."""
    try:
        click.echo(_printable(line), err=True)
    except OSError:
        pass


def _raw(text: str) -> None:
    """``text`` on stderr as it is, with no line end (the progress line on a terminal)."""
    try:
        click.echo(text, err=True, nl=False, color=True)
    except OSError:
        pass


def _emit(text: str) -> None:
    """Write ``text`` to standard output.

    :raises OutputError: standard output is closed or cannot be written (a full device, a
        reader that went away); later writes, and Python's own at exit, then go nowhere.
    """
    if sys.stdout is None:
        raise OutputError("standard output is closed; give -o FILE or redirect it")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        try:
            sys.stdout = open(os.devnull, "w")  # nothing more is written, nothing fails at exit
        except OSError:  # pragma: no cover
            pass
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from exc


class _Failure(click.ClickException):
    """A :class:`GeomapError` as Click shows it: ``geomap: MESSAGE`` on stderr."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        _say(f"geomap: {self.format_message()}")


class _Geomap(click.Group):
    """The ``geomap`` group: where every :class:`GeomapError` becomes one line and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeomapError as exc:
            raise _Failure(str(exc), exc.exit_code) from exc


#: The UTF-8 byte-order mark, as text.
BOM = "\ufeff"


def plural(n: int, one: str, many: str = "") -> str:
    """``n`` and the word as English needs it: "1 entry", "2 entries", "1000 articles"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


_INPUTS = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
_CACHE_DIR = click.option(
    "--cache-dir", type=click.Path(file_okay=False, path_type=Path), envvar=CACHE_ENV,
    default=lambda: default_cache_dir(), show_default="./cache if there is one, else your user cache folder",
    show_envvar=True, help="Folder of the place index and the caches (geocoding, web pages).",
)
class _Jobs(click.ParamType):
    """A number of processes (1 or more), or "auto"."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if value == AUTO_JOBS or isinstance(value, int):
            return value
        try:
            jobs = int(value)
        except ValueError:
            jobs = 0
        if jobs < 1:
            self.fail(f"{value!r} is neither a number of processes (1 or more) nor {AUTO_JOBS}", param, ctx)
        return jobs


_JOBS = click.option("-j", "--jobs", type=_Jobs(), default=AUTO_JOBS, show_default=True, metavar="N|auto",
                     help="Worker processes for large inputs: a number, or auto (one per CPU, at most "
                          "8); with --engine dask, the workers of the local cluster. Small inputs use "
                          "one; the output is the same either way.")


def _engine_options(command):
    """--engine, --scheduler and --partitions: where the articles are parsed (geomap.engines)."""
    options = [
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="Where articles are parsed: local (this machine, --jobs processes) or dask "
                          "(a Dask cluster; needs pip install 'geomap[dask]')."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="With --engine dask: a running scheduler (tcp://host:8786); without, a local "
                          "cluster of --jobs workers is started."),
        click.option("--partitions", type=click.IntRange(min=1), metavar="N",
                     help="With --engine dask: cut the input into N tasks (default: by size, a few per worker)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _make_engine(engine: str, jobs, scheduler: Optional[str], partitions: Optional[int]):
    """The engine asked for; an engine that cannot run here is one line and exit 2."""
    if engine != "dask" and (scheduler or partitions):
        raise click.UsageError("--scheduler and --partitions need --engine dask")
    try:
        return make_engine(engine, jobs=jobs, scheduler=scheduler, partitions=partitions)
    except EngineError as exc:
        raise _Failure(str(exc), exit_code=2) from exc


_NO_CACHE = click.option("--no-cache", is_flag=True, help="Keep the cache and index in memory; write nothing to disk.")


def _geo_options(command):
    """The options of issue 5 that ``map`` and ``places`` share: geocoding and the user's places."""
    options = [
        click.option("--geocoder", default="offline", show_default=True, metavar="NAME",
                     help="Geocode names the gazetteer lacks: offline (none), nominatim, photon or "
                          "any other geopy service."),
        click.option("--geocoder-domain", metavar="HOST[:PORT]", help="The geocoder's server (your own Nominatim, …)."),
        click.option("--geocoder-scheme", type=click.Choice(["http", "https"]), help="http or https (default https)."),
        click.option("--geocoder-option", "geocoder_option", multiple=True, metavar="KEY=VALUE",
                     help="More settings for the geopy service, e.g. api_key=…; repeatable."),
        click.option("--user-agent", envvar="GEOMAP_USER_AGENT", show_envvar=True, metavar="TEXT",
                     help="Who you are, sent with every request to a geocoder or a web site "
                          "(Nominatim requires it; pages get geomap's own by default)."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
                     metavar="SECONDS", help="How long one request to a geocoder or a web site may take, the "
                                             "whole answer read."),
        click.option("--min-delay", type=click.FloatRange(min=0), metavar="SECONDS",
                     help="Least time between requests (default 1 for Nominatim, as its policy asks; "
                          "below 1 only for your own server)."),
        click.option("--offline", is_flag=True,
                     help="Never use the network: answer (and read web pages) from the cache and "
                          "the gazetteer only."),
        click.option("--strict", is_flag=True, help="Exit 1 if any name failed to geocode."),
        click.option("--places", "places_file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
                     help="Your own places (CSV or GeoJSON: name, lat, lon, country, kind, aliases); "
                          "they win over the gazetteer."),
        click.option("--ignore", multiple=True, metavar="NAME|@FILE",
                     help="Keep NAME off the map; @FILE reads names one a line. Repeatable."),
        click.option("--prefer-country", multiple=True, metavar="CODE",
                     help="Resolve ambiguous names in this country (ISO alpha-2) where one is; repeatable."),
        click.option("--follow", is_flag=True,
                     help="For a feed entry that carries only a summary, fetch and map its page."),
        click.option("--no-demonyms", is_flag=True,
                     help="Never count demonyms (\"Syrian\", \"Texans\") as mentions of their place; "
                          "by default they are, as GeoWebNews annotates them."),
        click.option("--no-org-places", is_flag=True,
                     help="Never report a place that starts the name of an organisation or a building "
                          "(\"Danbury Police\", \"Manila Cathedral\"); by default the town, or the "
                          "building as a whole, is reported."),
        click.option("--no-nearby", is_flag=True,
                     help="Leave names the gazetteer lacks (\"the village of Kafr Nabl\") unresolved; by "
                          "default each is placed, approximately, at the town its article names nearest "
                          "before it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _parser_options(geo: dict) -> dict:
    """The Geoparser keyword arguments for the options of :func:`_geo_options`."""
    options = {}
    for item in geo["geocoder_option"]:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--geocoder-option")
        options[key.strip()] = value
    ignore: List[str] = []
    for name in geo["ignore"]:
        if name.startswith("@"):
            try:
                ignore.extend(read_names(name[1:]))
            except InputError as exc:
                raise click.BadParameter(str(exc), param_hint="--ignore") from exc
        else:
            ignore.append(name)
    try:
        prefer = check_countries(geo["prefer_country"])
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="--prefer-country") from exc
    places = None
    if geo["places_file"] is not None:
        try:
            places = load_places(geo["places_file"])
        except InputError as exc:
            raise click.BadParameter(str(exc), param_hint="--places") from exc
    return {
        "ignore": ignore,
        "places": places,
        "prefer_countries": prefer,
        "demonyms": not geo["no_demonyms"],
        "organisations": not geo["no_org_places"],
        "nearby": not geo["no_nearby"],
        "geocoder": geo["geocoder"],
        "offline": geo["offline"],
        "geocoder_options": {
            "domain": geo["geocoder_domain"], "scheme": geo["geocoder_scheme"],
            "user_agent": geo["user_agent"], "timeout": geo["timeout"], "min_delay": geo["min_delay"],
            "options": options,
        },
        "on_geocode_failure": lambda line: _say(f"geomap: {line}"),
        "fetch": {"user_agent": geo["user_agent"], "timeout": geo["timeout"]},
        "follow": geo["follow"],
    }


@click.group(cls=_Geomap, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="geomap")
def cli() -> None:
    """Turn news articles into a map of the places they report.

    INPUT is a file (.txt, .md, .html, .htm, .jsonl), a folder (read recursively) or - for
    standard input. Everything runs offline unless --geocoder names an online service.

    Example:

        geomap map seeds/ -o output/map.html

        geomap places article.txt --format csv
    """


def _results(inputs: Sequence[str], cache_dir: Path, no_cache: bool, progress: bool, geo: dict, engine,
             run: dict, render=None, excerpts: bool = True) -> Iterator:
    """Process every input with ``engine``, yielding each article's result as soon as it is
    parsed, rendered by ``render`` if given (:class:`RenderedResult`). Bad inputs (and names
    that failed to geocode) are reported on stderr as they come; ``run`` gets the
    ``problems`` and the ``stats`` when the last result is yielded. ``excerpts=False`` for
    outputs that write none."""
    problems: List[InputProblem] = []
    options = _parser_options(geo)
    shown = _Progress(progress)
    try:
        parser = Geoparser(None if no_cache else cache_dir, excerpts=excerpts,
                           on_fault=lambda line: shown.message(f"geomap: {line}"),
                           on_progress=lambda line: shown.message(f"geomap: {line}"), **options)
    except GeocodingError as exc:  # the geocoder settings: a usage error
        raise click.UsageError(str(exc)) from exc
    with parser, engine:
        try:
            for item in parser.process(inputs, engine=engine, render=render):
                if isinstance(item, InputProblem):
                    problems.append(item)
                    shown.message(f"geomap: {item}")
                else:
                    yield item
                    shown.step()
        except EngineError:  # the cluster went away, or its scheduler cannot be reached: one line
            shown.done()
            raise
        shown.done()
        stats = parser.stats
        service = parser.geocoder.name if parser.geocoder is not None else None
    if service is not None:
        _geocoding_summary(service, geo["offline"], stats)
    run.update(problems=problems, stats=stats)


def _read_back(names: Sequence[str], run: dict) -> Iterator:
    """Yield the results held in geomap's own outputs ``names`` (:mod:`geomap.results`); their
    problems (reported on stderr as they come) and counts join ``run``'s."""
    problems, stats = run.setdefault("problems", []), run.setdefault("stats", RunStats())
    for name in names:
        for item in read_results(name):
            if isinstance(item, InputProblem):
                problems.append(item)
                _say(f"geomap: {item}")
            else:
                stats.add(tally(item))
                yield item


class _Progress:
    """The count of parsed articles on stderr, for long runs.

    On a terminal, one line rewritten in place every 100 articles and cleared at the end; on a
    log or a pipe, a line at 100, 200, 500, 1,000, 2,000, 5,000… articles, so that a run over
    a large corpus leaves a short log.
    """

    def __init__(self, enabled: bool, terminal: Optional[bool] = None) -> None:
        self.enabled = enabled
        self.terminal = enabled and (sys.stderr.isatty() if terminal is None else terminal)
        self.count = 0
        self._next = 100  # the next count a log gets a line for
        self._line = False  # a line stands on the terminal, to be cleared

    def step(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self.terminal:
            if self.count % 100 == 0:
                _raw(f"\rgeomap: {self.count:,} articles…")
                self._line = True
        elif self.count == self._next:
            _say(f"geomap: {self.count:,} articles…")
            lead = int(str(self._next)[0])
            self._next = self._next // lead * (2 if lead == 1 else 5 if lead == 2 else 10)

    def message(self, text: str) -> None:
        """A line of its own (a bad input), not run into the count."""
        self.done()
        _say(text)

    def done(self) -> None:
        if self._line:
            _raw("\r\x1b[K")  # back to the line's start, clear it
            self._line = False


def _geocoding_summary(service: str, offline: bool, stats) -> None:
    parts = [f"{stats.geocoded} found", f"{stats.not_found} not found"]
    if stats.not_cached:
        parts.append(f"{stats.not_cached} not in the cache")
    if stats.geocode_failures:
        parts.append(f"{len(stats.geocode_failures)} failed")
    requests = "offline" if offline else plural(stats.requests, "request")
    _say(f"geomap: {service}: {', '.join(parts)} ({requests})")


def _finish(problems: Sequence[InputProblem], stats=None, strict: bool = False) -> None:
    if problems or (stats is not None and stats.faults) or (strict and stats is not None and stats.geocode_failures):
        sys.exit(1)


class _Size(click.ParamType):
    """A picture's size in CSS pixels: WIDTHxHEIGHT."""

    name = "WxH"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        width, sep, height = str(value).lower().partition("x")
        if sep and width.isdigit() and height.isdigit() and 100 <= int(width) <= 10_000 and 100 <= int(height) <= 10_000:
            return int(width), int(height)
        self.fail(f"{value!r} is not WIDTHxHEIGHT in pixels, each 100 to 10000 (e.g. 1600x1000)", param, ctx)


@cli.command(name="map")
@_INPUTS
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="output/map.html",
              show_default=True, help="Where to write the HTML map.")
@click.option("--title", help="Title shown on the map.")
@click.option("--open", "open_", is_flag=True, help="Open the map in the web browser when written.")
@click.option("--tiles", default="OpenStreetMap", show_default=True, metavar="NAME|URL|none",
              help="The map tiles the page fetches when opened: an xyzservices name (OpenStreetMap, OpenTopoMap, "
                   "Esri.WorldImagery…), your own server's URL template with {z}/{x}/{y}, or none.")
@click.option("--tiles-attribution", metavar="TEXT", help="The credit of tiles from a URL (required with one).")
@click.option("--private", is_flag=True,
              help="A page that fetches nothing when opened: no tiles (the offline outlines only), no CDN.")
@click.option("--cdn", is_flag=True, help="Link Leaflet (and its cluster plugin) from CDNs instead of inlining them.")
@click.option("--no-reader", is_flag=True, help="The map alone, without the articles panel: for iframes and slides.")
@click.option("--labels/--no-labels", default=None,
              help="Name the most mentioned places on the map [default: on for small maps and pictures].")
@click.option("--png", "png_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a picture of the map for a report (needs Chromium).")
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the picture as a one-page PDF (needs Chromium).")
@click.option("--size", type=_Size(), default="1280x800", show_default=True,
              help="The picture's size in CSS pixels (--png, --pdf).")
@click.option("--scale", type=click.FloatRange(0.5, 4), default=1.0, show_default=True,
              help="Device pixels per CSS pixel of the PNG: 2 for print.")
@_CACHE_DIR
@_NO_CACHE
@_JOBS
@_engine_options
@_geo_options
def map_cmd(inputs, output, title, open_, tiles, tiles_attribution, private, cdn, no_reader, labels, png_path,
            pdf_path, size, scale, cache_dir, no_cache, jobs, engine, scheduler, partitions, **geo):
    """Write an HTML map of the places named in INPUT...

    Each place gets one marker (countries and regions a shaded outline); its popup shows the
    excerpts that mention it. Beside the map, the articles panel finds articles by text, date
    and confidence. Names the gazetteer lacks ("the town of Kafr Nabl") are listed as
    unresolved, or placed by --geocoder. geomap's own outputs (places --format jsonl or
    geojson) are mapped as they are, without parsing the text again.

    The page is self-contained; when opened it fetches only the map tiles (--tiles; none with
    --private) and, with --cdn, its libraries.

    Example:

        geomap map seeds/ --title "Ankara, 14 February" -o output/ankara.html

        geomap map seeds/ --png output/ankara.png --size 1600x1000 --scale 2

        geomap map news/ --private --no-reader -o output/embed.html

        geomap map news/ --tiles "https://tiles.example.org/{z}/{x}/{y}.png" --tiles-attribution "© OpenStreetMap"

        geomap map news/ --geocoder nominatim --user-agent "my-newsroom-map/1.0 (me@example.org)"

        geomap map shards/ --engine dask --scheduler tcp://10.0.0.5:8786

        geomap map places.jsonl -o output/from-results.html
    """
    from .render import pdf, png, render_map, resolve_tiles, save_map

    if private:
        if cdn:
            raise click.UsageError("--private fetches nothing; --cdn would fetch the libraries")
        if tiles.strip().lower() not in ("none", "openstreetmap"):
            raise click.UsageError("--private fetches nothing; --tiles would fetch tiles")
        tiles = "none"
    try:
        layer, notes = resolve_tiles(tiles, tiles_attribution)
    except GeomapError as exc:
        raise click.BadParameter(str(exc), param_hint="--tiles") from exc
    for note in notes:
        _say(f"geomap: note: {note}")
    runner = _make_engine(engine, jobs, scheduler, partitions)
    run: dict = {}
    # geomap's own outputs (places --format jsonl or geojson) are read back, not parsed again;
    # the map takes each article's result as it comes and keeps only what it shows
    done = [name for name in inputs if results_kind(name)]
    text = [name for name in inputs if name not in done]
    results = chain(_results(text, cache_dir, no_cache, True, geo, runner, run) if text else (),
                    _read_back(done, run))
    m = render_map(results, title=title, tiles=layer, cdn=cdn, reader=not no_reader, labels=labels)
    path = save_map(m, output)
    problems, stats = run["problems"], run["stats"]
    pictures, failed = [], False
    for kind, target, draw in (("PNG", png_path, lambda p: png(path, p, width=size[0], height=size[1], scale=scale)),
                               ("PDF", pdf_path, lambda p: pdf(path, p, width=size[0], height=size[1]))):
        if target is None:
            continue
        try:
            pictures.append(str(draw(target)))
        except GeomapError as exc:
            _say(f"geomap: {target}: no {kind} written (the map is): {exc}")
            failed = True
    _emit(_printable(
        f"{plural(len(stats.places), 'place')}, {plural(stats.mentions, 'mention')} in "
        f"{plural(stats.articles, 'article')} -> {' and '.join([str(path)] + pictures)}"
    ) + "\n")
    if open_:
        webbrowser.open(path.resolve().as_uri())
    if failed:
        sys.exit(1)  # the map is written (said above); a picture is missing
    _finish(problems, stats, geo["strict"])


@cli.command()
@_INPUTS
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv", "geojson", "kml", "gpkg"]),
              default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--bom/--no-bom", default=None,
              help="Start CSV with a UTF-8 byte-order mark, so that spreadsheets read it as UTF-8 "
                   "[default: in a file (-o), not on standard output].")
@_CACHE_DIR
@_NO_CACHE
@_JOBS
@_engine_options
@_geo_options
def places(inputs, fmt, output, bom, cache_dir, no_cache, jobs, engine, scheduler, partitions, **geo):
    """List the places named in INPUT...

    csv written to a file starts with a UTF-8 byte-order mark, so that Excel and other
    spreadsheets show accents right ("Dūmā"); --no-bom leaves it out.

    jsonl writes one line per article, {"id", "title", "date", "url", "toponyms":
    [{"start", "end", "name", "lat", "lon", "geonameid", "place", "country", "feature",
    "confidence", "reason", …}]}.

    geojson, gpkg (GeoPackage, with pyogrio: pip install 'geomap[gis]') and kml (Google
    Earth) open in QGIS, ArcGIS and Google Earth, with each article's title, date and url.

    geomap's own jsonl and geojson outputs given as INPUT are read back, not parsed again,
    and written in --format after the articles parsed (a jsonl output holds no excerpts).

    Example:

        geomap places seeds/ --format geojson -o output/places.geojson

        geomap places news/ --format kml -o output/places.kml

        geomap places shards/ --engine dask --format jsonl -o places.jsonl

        geomap places places.jsonl --format kml -o places.kml
    """
    from .atomic import write_chunks
    from .exporters import EXCERPTS, FILE_FORMATS, STREAMED, render, streamed, write_gpkg

    if fmt in FILE_FORMATS and output is None:
        raise click.UsageError(f"--format {fmt} is written to a file: give -o FILE.{fmt}")
    runner = _make_engine(engine, jobs, scheduler, partitions)
    run: dict = {}
    progress = output is not None
    excerpts = fmt in EXCERPTS
    # geomap's own outputs are read back, not parsed again: another format of a run's results
    done = [name for name in inputs if results_kind(name)]
    text = [name for name in inputs if name not in done]

    def gathered(render=None) -> Iterator:
        parsed = _results(text, cache_dir, no_cache, progress, geo, runner, run, render=render,
                          excerpts=excerpts) if text else ()
        back = _read_back(done, run)
        if render is not None:
            back = (RenderedResult(item.article, render(item)) for item in back)
        return chain(parsed, back)

    if fmt in FILE_FORMATS:
        results = list(gathered())
        try:
            write_gpkg(results, output)
        except GeomapError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{plural(run['stats'].mentions, 'mention')} -> {output}", err=True)
        _finish(run["problems"], run["stats"], geo["strict"])
        return
    if fmt in STREAMED:
        # jsonl and csv are written an article at a time, each rendered where it was parsed:
        # memory stays flat however large the input
        head, piece = streamed(fmt)
        pieces = chain([head] if head else [], (item.text for item in gathered(piece)))
    else:
        pieces = (render(list(gathered()), fmt) for _ in (1,))
    if fmt == "csv" and (bom if bom is not None else output is not None):
        # Excel and other spreadsheets read a CSV file without a byte-order mark in the
        # system's legacy code page ("DÅ«mÄ" for "Dūmā"); with it, as UTF-8. Programs that
        # read standard output expect none, so it goes into files only unless asked.
        pieces = chain([BOM], pieces)
    if output is None:
        for piece in pieces:
            _emit(piece)
    else:
        write_chunks(output, pieces)
        _say(f"{plural(run['stats'].mentions, 'mention')} -> {output}")
    _finish(run["problems"], run["stats"], geo["strict"])


@cli.group()
def cache() -> None:
    """Inspect, empty, export or import the geocoding cache.

    Example:

        geomap cache info
    """


@cache.command()
@_CACHE_DIR
def info(cache_dir):
    """Show the place index, and the cache's entries and size.

    Example:

        geomap cache info --cache-dir cache/
    """
    i = cache_info(cache_dir, on_fault=_note)
    lines = [f"cache: {i.path}", f"size: {i.size:,} bytes", f"entries: {i.total}"]
    lines += [f"  {service}: {n}" for service, n in sorted(i.entries.items())]
    if i.last_hits is not None:
        lines.append(f"last run: {plural(i.last_hits, 'hit')}, {plural(i.last_misses, 'miss', 'misses')}")
    index, index_size = place_index(cache_dir)
    if index_size is None:
        lines.append(f"index: {index} (not built yet: the first run builds it, {BUILD_TIME})")
    else:
        lines.append(f"index: {index} ({index_size:,} bytes)")
        held = index_contents(cache_dir)
        if held is not None:
            lines.append("  places: " + ", ".join(
                f"{n:,} {_PLACE_KINDS.get(kind, kind)}" for kind, n in held.kinds.items()))
            lines.append("  names: " + ", ".join(
                f"{n:,} {_NAME_KINDS.get(via, via)}" for via, n in held.vias.items()))
    _emit("".join(_printable(line) + "\n" for line in lines))
    _finish_cache()


#: How ``cache info`` words the index's kinds of place and of name.
_PLACE_KINDS = {"city": "towns and cities", "admin1": "first-level regions",
                "admin2": "US counties and districts abroad", "country": "countries",
                "region": "constituent countries, seas and large regions", "island": "islands",
                "lake": "lakes", "river": "points along rivers", "mountain": "mountains and volcanoes", "airport": "airports",
                "continent": "continents"}
_NAME_KINDS = {"name": "own names", "alt": "alternate names", "demonym": "demonyms", "abbr": "abbreviations"}


def _service(service: Optional[str]) -> Optional[str]:
    """The canonical name of ``--service``; a name no part of geomap answers under is a usage
    error (exit 2), not "removed 0 entries"."""
    if service is None:
        return None
    try:
        return check_service(service)
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="--service") from exc


@cache.command()
@_CACHE_DIR
@click.option("--service", help="Only the entries of this service (e.g. nominatim).")
def clear(cache_dir, service):
    """Delete the cache's entries.

    Example:

        geomap cache clear --service nominatim
    """
    service = _service(service)
    n = clear_cache(cache_dir, service, on_fault=_note)
    _emit(f"removed {plural(n, 'entry', 'entries')}\n")
    _finish_cache()


@cache.command(name="export")
@_CACHE_DIR
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--service", help="Only the entries of this service (e.g. nominatim).")
def export_cmd(cache_dir, output, service):
    """Write the cache's entries as JSON Lines, to share with other analysts.

    Each line is {"service", "query", "value", "updated"}; value is null for "not found".

    Example:

        geomap cache export --service nominatim -o answers.jsonl
    """
    import io

    from .atomic import write_text

    service = _service(service)
    buffer = io.StringIO()
    n = export_cache(cache_dir, buffer, service, on_fault=_note)
    if output is not None:
        write_text(output, buffer.getvalue())
        _say(f"exported {plural(n, 'entry', 'entries')} -> {output}")
    else:
        _emit(buffer.getvalue())
    _finish_cache()


@cache.command(name="import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@_CACHE_DIR
def import_cmd(file, cache_dir):
    """Add the entries of a JSON Lines export (FILE, or - for standard input) to the cache.

    Where both hold an answer to one question, the newer wins; a bad line stores nothing.

    Example:

        geomap cache import answers.jsonl
    """
    try:
        n = import_cache(cache_dir, file, on_fault=_note)
    except UnicodeDecodeError as exc:
        raise InputError(f"{file.name}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); save it as UTF-8") from exc
    except CacheError as exc:
        if exc.kind:  # the cache itself, not the file
            raise
        raise CacheError(f"{file.name}: {exc}") from exc
    _emit(f"imported {plural(n, 'entry', 'entries')}\n")
    _finish_cache()


_CACHE_FAULTS: List[str] = []


def _note(line: str) -> None:
    """A fault a cache command survived (a damaged cache moved aside): one line, exit 1."""
    _CACHE_FAULTS.append(line)
    _say(f"geomap: {line}")


def _finish_cache() -> None:
    if _CACHE_FAULTS:
        _CACHE_FAULTS.clear()
        sys.exit(1)


def _guard_standard_streams() -> None:
    """Put /dev/null on standard streams that are closed (``geomap … >&-``), so that no file
    geomap opens (the cache!) takes their place and receives its output. A closed standard
    output is then reported when geomap first writes to it."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:  # pragma: no cover
                return
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def main(argv: Optional[Sequence[str]] = None) -> None:
    _guard_standard_streams()
    _stop_cleanly_on_sigterm()
    cli.main(args=argv, prog_name="geomap")


def _stop_cleanly_on_sigterm() -> None:
    """``kill`` (SIGTERM) stops a run as Ctrl-C does, but quietly and with the shell's code for
    it (143): what is half-written is removed and worker processes end (not killed mid-word by
    the signal's default, which left them printing tracebacks about a broken pipe)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        sys.exit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # pragma: no cover - not the main thread of the interpreter
        pass


if __name__ == "__main__":  # pragma: no cover
    main()
