"""Read geomap's own outputs back as results, so a map is made without parsing the text again.

``geomap places --format jsonl`` (one line per article) and ``--format geojson`` (one Point
per place) become the :class:`~geomap.models.ArticleResult` objects the pipeline yields, so
whatever draws a map or writes an export does not know where its results came from. This is
how the output of a distributed run (``--engine dask``, one JSON Lines shard per worker or
one file) is mapped: ``geomap map results.jsonl``.

Each output gives back what it holds, and no more:

- **jsonl**: every mention, with its offsets, place, confidence, reason and runner-up places,
  and the article's id, and title, url and date where the line has them. No article text and
  no excerpts (:data:`~geomap.models.NO_EXCERPT`); places have no population or region.
- **geojson**: every placed mention with its excerpt, article id, place, the place's highest
  confidence and its first mention's reason and runner-ups. Mention offsets in the article
  are not in the file (each mention gets its excerpt's), nor article text or titles, nor which
  article an unresolved name came from (unresolved names are left out); articles come in the
  order they are first named.

Files are untrusted like any input: one that is not such an output, or a bad line, is an
:class:`~geomap.models.InputProblem` naming the file (and line); the rest is read.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from . import text as _text
from .models import NO_EXCERPT, Article, ArticleResult, Excerpt, InputProblem, Mention, Place, Resolution
from .text import clean_text, open_regular, read_lines

Item = Union[ArticleResult, InputProblem]

#: A GeoJSON output is parsed whole, so one larger than this is reported and skipped (a JSON
#: Lines output, read a line at a time, has no such bound).
MAX_GEOJSON_BYTES = 512 * 1024 * 1024


def results_kind(name: str) -> Optional[str]:
    """``"jsonl"`` or ``"geojson"`` when the file ``name`` is one of geomap's outputs, else
    ``None`` (an article file, a folder, ``-``, or a file that cannot be read: parse it)."""
    path = Path(name)
    if name == "-" or not path.is_file():  # a FIFO or device is left to the article reader's checks
        return None
    lower = path.name.lower()
    if lower.endswith(".geojson"):
        return "geojson"
    if not lower.endswith(".jsonl"):
        return None
    f = open_regular(path)
    if isinstance(f, InputProblem):
        return None
    with io.TextIOWrapper(f, encoding="utf-8-sig", errors="replace") as text:
        for _, line in read_lines(text):
            if line is None:
                return None  # a line too long for any output of geomap's: an article file
            if line.strip():
                try:
                    record = json.loads(line)
                except (json.JSONDecodeError, RecursionError):
                    return None
                return "jsonl" if isinstance(record, dict) and "toponyms" in record \
                    and "text" not in record else None
    return None


def read_results(name: str) -> Iterator[Item]:
    """The results held in the output file ``name`` (see :func:`results_kind`)."""
    kind = results_kind(name)
    if kind == "jsonl":
        yield from _read_jsonl(name)
    elif kind == "geojson":
        yield from _read_geojson(name)
    else:
        yield InputProblem(name, "not a geomap output (places --format jsonl or geojson)")


# -- jsonl ---------------------------------------------------------------------------------------


def _read_jsonl(name: str) -> Iterator[Item]:
    f = open_regular(Path(name))
    if isinstance(f, InputProblem):
        yield f
        return
    with io.TextIOWrapper(f, encoding="utf-8-sig", errors="replace") as text:
        for number, line in read_lines(text):
            if line is None:
                yield InputProblem(name, f"line longer than {_text.MAX_LINE_CHARS:,} characters: skipped", line=number)
                continue
            if not line.strip():
                continue
            try:
                yield _article_from_line(name, json.loads(line))
            except RecursionError:
                yield InputProblem(name, "not a geomap jsonl line (nested too deeply)", line=number)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                yield InputProblem(name, f"not a geomap jsonl line ({_why(exc)})", line=number)


def _article_from_line(source: str, record: Dict[str, Any]) -> ArticleResult:
    if not isinstance(record, dict) or not isinstance(record.get("toponyms"), list):
        raise ValueError('expected an object with a "toponyms" list')
    article = Article(id=_str(record["id"]), text="", source=source, title=_opt(record.get("title")),
                      url=_opt(record.get("url")), date=_opt(record.get("date")))
    resolutions = []
    for t in record["toponyms"]:
        place = _place(t)
        mention = Mention(article.id, int(t["start"]), int(t["end"]), _str(t["name"]), _kind(place))
        resolutions.append(Resolution(mention, place, NO_EXCERPT, float(t.get("confidence") or 0.0),
                                      _str(t.get("reason") or ""), _alternatives(t.get("alternatives"))))
    return ArticleResult(article, tuple(resolutions))


# -- geojson -------------------------------------------------------------------------------------


def _read_geojson(name: str) -> Iterator[Item]:
    f = open_regular(Path(name))
    if isinstance(f, InputProblem):
        yield f
        return
    try:
        with f:
            data = f.read(MAX_GEOJSON_BYTES + 1)
        if len(data) > MAX_GEOJSON_BYTES:
            yield InputProblem(name, f"over the {MAX_GEOJSON_BYTES // 2**20} MB of GeoJSON geomap reads back: "
                                     "skipped (map a run's --format jsonl output instead: it is read a line at a time)")
            return
        doc = json.loads(data.decode("utf-8-sig", errors="replace"))
        features = doc["features"]
        if doc.get("type") != "FeatureCollection" or not isinstance(features, list):
            raise ValueError("not a FeatureCollection")
        mentions: Dict[str, List[Resolution]] = {}
        fields: Dict[str, Dict[str, Any]] = {}  # article id -> its title, date and url
        for feature in features:
            props = feature["properties"]
            for a in props.get("articles") or ():
                if isinstance(a, dict) and "id" in a:
                    fields.setdefault(_str(a["id"]), a)
            lon, lat = feature["geometry"]["coordinates"][:2]
            place = _place({**props, "lat": lat, "lon": lon, "place": props.get("place", props.get("name"))})
            alternatives = _alternatives(props.get("alternatives"))
            for ex in props.get("excerpts") or ():
                excerpt = Excerpt(_str(ex["text"]), int(ex["start"]), int(ex["end"]))
                article_id = _str(ex["article"])
                mention = Mention(article_id, excerpt.start, excerpt.end, excerpt.name, _kind(place))
                mentions.setdefault(article_id, []).append(
                    Resolution(mention, place, excerpt, float(props.get("confidence") or 0.0),
                               _str(props.get("reason") or ""), alternatives))
    except RecursionError:
        yield InputProblem(name, "not a geomap GeoJSON output (nested too deeply)")
        return
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as exc:
        yield InputProblem(name, f"not a geomap GeoJSON output ({_why(exc)})")
        return
    for article_id, resolutions in mentions.items():
        a = fields.get(article_id, {})
        yield ArticleResult(Article(id=article_id, text="", source=name, title=_opt(a.get("title")),
                                    url=_opt(a.get("url")), date=_opt(a.get("date"))), tuple(resolutions))


# -- shared ----------------------------------------------------------------------------------------


def _place(fields: Dict[str, Any]) -> Optional[Place]:
    """The place of a record with geomap's place fields, ``None`` for an unresolved name."""
    if fields.get("lat") is None or fields.get("lon") is None:
        return None
    lat, lon = float(fields["lat"]), float(fields["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # NaN and infinities too
        raise ValueError(f"coordinates out of range ({fields['lat']}, {fields['lon']})")
    return Place(int(fields.get("geonameid") or 0), _str(fields["place"]), lat, lon,
                 _str(fields.get("country") or ""), _str(fields.get("feature") or "city"))


def _kind(place: Optional[Place]) -> str:
    """How the mention was found: the pipeline keeps a gazetteer name only with a place, so a
    name with none, with a geocoder's or put by its article's town (``nearby``), was found by
    its context."""
    return "context" if place is None or place.feature in ("geocoded", "nearby") else "gazetteer"


def _alternatives(items: Any) -> Tuple[Place, ...]:
    return tuple(p for p in map(_place, items or ()) if p is not None)


def _opt(value: Any) -> Optional[str]:
    return None if value is None else _str(value)


def _str(value: Any) -> str:
    """``value`` as text with no lone surrogates (JSON's ``\\ud800`` escapes allow them; no
    output could be written with one)."""
    return clean_text(str(value))


def _why(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON: {exc.msg}, column {exc.colno}"
    if isinstance(exc, KeyError):
        return f"no {exc.args[0]!r}"
    return str(exc) or type(exc).__name__
