"""The ``geomap`` command: a thin Click layer over the library.

Exit codes: 0 every input was processed; 1 some input failed (the others are still
written); 2 usage error.
"""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path
from typing import List, Optional, Sequence

import click

from . import __version__
from .errors import GeomapError
from .models import ArticleResult, InputProblem
from .pipeline import CACHE_ENV, DEFAULT_CACHE_DIR, Geoparser, cache_info, clear_cache

_INPUTS = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
_CACHE_DIR = click.option(
    "--cache-dir", type=click.Path(file_okay=False, path_type=Path), envvar=CACHE_ENV,
    default=DEFAULT_CACHE_DIR, show_default=True, show_envvar=True,
    help="Folder of the geocoding cache and the place index.",
)
_NO_CACHE = click.option("--no-cache", is_flag=True, help="Keep the cache and index in memory; write nothing to disk.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="geomap")
def cli() -> None:
    """Turn news articles into a map of the places they report.

    INPUT is a file (.txt, .md, .html, .htm, .jsonl), a folder (read recursively) or - for
    standard input. Everything runs offline.

    Example:

        geomap map seeds/ -o output/map.html

        geomap places article.txt --format csv
    """


def _run(inputs: Sequence[str], cache_dir: Path, no_cache: bool, progress: bool) -> tuple:
    """Process every input, reporting bad ones on stderr as they come."""
    results: List[ArticleResult] = []
    problems: List[InputProblem] = []
    try:
        parser = Geoparser(None if no_cache else cache_dir)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    with parser:
        for item in parser.process(inputs):
            if isinstance(item, InputProblem):
                problems.append(item)
                click.echo(f"geomap: {item}", err=True)
            else:
                results.append(item)
                if progress and len(results) % 100 == 0:
                    click.echo(f"geomap: {len(results)} articles…", err=True)
        stats = parser.stats
    return results, problems, stats


def _finish(problems: Sequence[InputProblem]) -> None:
    if problems:
        sys.exit(1)


@cli.command(name="map")
@_INPUTS
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="output/map.html",
              show_default=True, help="Where to write the HTML map.")
@click.option("--title", help="Title shown on the map.")
@click.option("--open", "open_", is_flag=True, help="Open the map in the web browser when written.")
@click.option("--cdn", is_flag=True, help="Link Leaflet and jQuery from CDNs instead of inlining them.")
@click.option("--tiles", default="OpenStreetMap", show_default=True,
              help="Tile layer (an xyzservices name such as CartoDB.Positron) or 'none'.")
@click.option("--png", "png_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a PNG of the map (needs Chromium).")
@_CACHE_DIR
@_NO_CACHE
def map_cmd(inputs, output, title, open_, cdn, tiles, png_path, cache_dir, no_cache):
    """Write an HTML map of the places named in INPUT...

    Each place gets one marker; its popup shows the excerpts that mention it.

    Example:

        geomap map seeds/ --title "Ankara, 14 February" -o output/ankara.html
    """
    from .render import png, render_map, save_map

    results, problems, stats = _run(inputs, cache_dir, no_cache, progress=True)
    try:
        m = render_map(results, title=title, tiles=None if tiles.lower() == "none" else tiles, cdn=cdn)
        path = save_map(m, output)
        if png_path is not None:
            png(path, png_path)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{len(stats.places)} places, {stats.mentions} mentions in {stats.articles} article"
        f"{'s' if stats.articles != 1 else ''} -> {path}" + (f" and {png_path}" if png_path else "")
    )
    if open_:
        webbrowser.open(path.resolve().as_uri())
    _finish(problems)


@cli.command()
@_INPUTS
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv", "geojson"]),
              default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@_CACHE_DIR
@_NO_CACHE
def places(inputs, fmt, output, cache_dir, no_cache):
    """List the places named in INPUT...

    jsonl writes one line per article, {"id", "toponyms": [{"start", "end", "name", "lat",
    "lon", "geonameid", "place", "country", "feature", "confidence", "reason", …}]}.

    Example:

        geomap places seeds/ --format geojson -o output/places.geojson
    """
    from .atomic import write_text
    from .exporters import render

    results, problems, _ = _run(inputs, cache_dir, no_cache, progress=output is not None)
    text = render(results, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            write_text(output, text)
        except GeomapError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{sum(len(r.resolutions) for r in results)} mentions -> {output}", err=True)
    _finish(problems)


@cli.group()
def cache() -> None:
    """Inspect or empty the geocoding cache.

    Example:

        geomap cache info
    """


@cache.command()
@_CACHE_DIR
def info(cache_dir):
    """Show the cache's entries and size.

    Example:

        geomap cache info --cache-dir cache/
    """
    try:
        i = cache_info(cache_dir)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"cache: {i.path}")
    click.echo(f"size: {i.size:,} bytes")
    click.echo(f"entries: {i.total}")
    for service, n in sorted(i.entries.items()):
        click.echo(f"  {service}: {n}")
    if i.last_hits is not None:
        click.echo(f"last run: {i.last_hits} hits, {i.last_misses} misses")


@cache.command()
@_CACHE_DIR
@click.option("--service", help="Only the entries of this service (e.g. nominatim).")
def clear(cache_dir, service):
    """Delete the cache's entries.

    Example:

        geomap cache clear --service nominatim
    """
    try:
        n = clear_cache(cache_dir, service)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"removed {n} entries")


def main(argv: Optional[Sequence[str]] = None) -> None:
    cli.main(args=argv, prog_name="geomap")


if __name__ == "__main__":  # pragma: no cover
    main()
