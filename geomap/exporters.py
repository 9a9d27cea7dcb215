"""Write resolved places as JSON, JSON Lines, CSV, GeoJSON or a plain-text table.

Formats are stable: fixed field order, places sorted by mention count then name, mentions
in text order. ``jsonl`` is one line per article in the system format that the geoparsing
scorer reads: ``{"id", "toponyms": [{"start", "end", "name", "lat", "lon", …}]}``.
Place data comes from GeoNames (CC BY 4.0); every export says so.
"""

from __future__ import annotations

import csv
import io
import json
import re
import math
from datetime import datetime, timezone
from itertools import chain
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .dates import iso_date
from .models import Article, ArticleResult, MappedPlace, Place, Resolution, group_places, unresolved
from .text import printable

FORMATS = ("table", "json", "jsonl", "csv", "geojson", "kml")
#: Formats written only to a file, by :func:`write_file` (binary, or needing an optional extra).
FILE_FORMATS = ("gpkg",)
#: The formats that write each mention's excerpt (the others need none cut).
EXCERPTS = ("json", "csv", "geojson", "kml", "gpkg")
ATTRIBUTION = "Place data © GeoNames (geonames.org), CC BY 4.0; regions © Natural Earth (public domain)"
OSM_ATTRIBUTION = "; geocoded places © OpenStreetMap contributors, ODbL"


def attribution(results: Sequence[ArticleResult]) -> str:
    """The credit line; OpenStreetMap's is added where an online geocoder placed a name."""
    geocoded = any(r.place is not None and r.place.feature == "geocoded" for res in results for r in res.resolutions)
    return ATTRIBUTION + (OSM_ATTRIBUTION if geocoded else "")


def place_fields(place: Optional[Place]) -> Dict[str, object]:
    """The place columns every format shares (``None`` values for an unresolved name)."""
    if place is None:
        return {"lat": None, "lon": None, "geonameid": None, "place": None, "country": None, "feature": None}
    return {
        "lat": round(place.lat, 5),
        "lon": round(place.lon, 5),
        "geonameid": place.geonameid if place.geonameid > 0 else None,
        "place": place.name,
        "country": place.country or None,
        "feature": place.feature,
    }


def toponym(res: Resolution, offset: int = 0) -> Dict[str, object]:
    """One mention as a record: offsets, name, coordinates, place, and why it was chosen.

    :param offset: the article's :attr:`~geomap.models.Article.offset`, added to the
        mention's, so that they index the whole text it was read from.
    """
    m = res.mention
    return {
        "start": m.start + offset,
        "end": m.end + offset,
        "name": m.surface,
        **place_fields(res.place),
        "confidence": res.confidence,
        "reason": res.reason,
        "alternatives": [_alt(p) for p in res.alternatives],
    }


def _alt(p: Place) -> Dict[str, object]:
    return {"place": p.name, "country": p.country or None, "feature": p.feature,
            "geonameid": p.geonameid if p.geonameid > 0 else None,
            "lat": round(p.lat, 5), "lon": round(p.lon, 5)}


def article_fields(article: Article) -> Dict[str, Optional[str]]:
    """The article's own fields every format carries: its title, publication date (ISO 8601)
    and URL, ``None`` where unknown."""
    return {"title": article.title or None, "date": iso_date(article.date), "url": article.url or None}


def article_record(result: ArticleResult) -> Dict[str, object]:
    """One article's JSON Lines record: ``{"id", "title", "date", "url", "toponyms"}``."""
    a = result.article
    return {"id": a.id, **article_fields(a), "toponyms": [toponym(r, a.offset) for r in result.resolutions]}


def to_jsonl_line(result: ArticleResult) -> str:
    """One article as one line of JSON (the scorer's system format).

    The line is ``json.dumps(article_record(result), ensure_ascii=False)``, written from
    parts: a place's fields and its record as an alternative are the same JSON text every
    time it is named, so each is written once and remembered (bounded, by the place object
    itself, which the memo keeps alive).
    """
    toponyms = []
    off = result.article.offset
    for r in result.resolutions:
        m, conf = r.mention, r.confidence
        conf_json = repr(conf) if type(conf) is float and math.isfinite(conf) else _dumps(conf)
        alts = ", ".join([_memo_json(_ALT_JSON, p, _alt_json) for p in r.alternatives])
        toponyms.append(f'{{"start": {m.start + off}, "end": {m.end + off}, "name": {_string(m.surface)}, '
                        f'{_memo_json(_FIELDS_JSON, r.place, _place_fields_json)}, "confidence": {conf_json}, '
                        f'"reason": {_string(r.reason)}, "alternatives": [{alts}]}}')
    fields = _dumps(article_fields(result.article))[1:-1]
    return f'{{"id": {_dumps(result.article.id)}, {fields}, "toponyms": [{", ".join(toponyms)}]}}'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


#: JSON text of a string, exactly as ``json.dumps(..., ensure_ascii=False)`` writes it.
_string = json.encoder.encode_basestring


def _place_fields_json(place: Optional[Place]) -> str:
    return _dumps(place_fields(place))[1:-1]  # the fields, without the braces


def _alt_json(place: Place) -> str:
    return _dumps(_alt(place))


#: JSON text remembered per place object: id -> (the place, its text); bounded.
_FIELDS_JSON: Dict[int, Tuple[Optional[Place], str]] = {}
_ALT_JSON: Dict[int, Tuple[Optional[Place], str]] = {}
_MAX_JSON_MEMO = 50_000


def _memo_json(memo: Dict[int, Tuple[Optional[Place], str]], place: Optional[Place],
               write: Callable[[Optional[Place]], str]) -> str:
    hit = memo.get(id(place))
    if hit is not None and hit[0] is place:  # the memo holds the place, so its id is not reused
        return hit[1]
    text = write(place)
    if len(memo) >= _MAX_JSON_MEMO:
        memo.clear()
    memo[id(place)] = (place, text)
    return text


def to_json(results: Sequence[ArticleResult]) -> str:
    articles = _articles(results)
    doc = {
        "attribution": attribution(results),
        "articles": [
            {**article_record(r), "source": r.article.source} for r in results
        ],
        "places": [_place_record(m, articles) for m in group_places(results)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _articles(results: Sequence[ArticleResult]) -> Dict[str, Dict[str, Optional[str]]]:
    """Each article's id -> its fields, in input order."""
    return {r.article.id: article_fields(r.article) for r in results}


#: What joins the items of a list in its flat text field (``article``, ``excerpt``, ``alts``).
JOIN = "; "


def _place_record(m: MappedPlace, articles: Dict[str, Dict[str, Optional[str]]]) -> Dict[str, object]:
    """A place with its mentions, for ``json`` and ``geojson``.

    Besides the lists (``articles``, ``alternatives``, ``excerpts``), every field a GIS needs is
    a flat value, so that the GeoJSON converts to GeoPackage, FlatGeobuf or Shapefile with
    nothing lost: the article's ``title``, ``date`` and ``url`` (of the earliest dated article
    that names the place, else the first), ``date_end`` (the latest date: with ``date``, a
    time range for QGIS's temporal controller), and each list also as text (``article``: the
    article ids; ``excerpt``: the excerpts, each once, one a line; ``alts``: the runner-up places).
    Field names are at most 10 characters, as a Shapefile's are.
    """
    ids = list(m.article_ids)
    listed = [{"id": i, **articles.get(i, {"title": None, "date": None, "url": None})} for i in ids]
    dated = [a for a in listed if a["date"]]
    first = min(dated, key=lambda a: _date_key(a["date"])) if dated else listed[0]
    last = max(dated, key=lambda a: _date_key(a["date"])) if dated else None
    alternatives = m.resolutions[0].alternatives
    return {
        **place_fields(m.place),
        "name": m.place.name,
        "mentions": m.count,
        "confidence": max(r.confidence for r in m.resolutions),
        "reason": m.resolutions[0].reason,
        "title": first["title"],
        "date": first["date"],
        "date_end": last["date"] if last else None,
        "url": first["url"],
        "article": JOIN.join(ids),
        "excerpt": "\n".join(dict.fromkeys(r.excerpt.text for r in m.resolutions)),
        "alts": JOIN.join(f"{p.name} ({p.country or p.feature})" for p in alternatives),
        "articles": listed,
        "alternatives": [_alt(p) for p in alternatives],
        "excerpts": [
            {"article": r.mention.article_id, "text": r.excerpt.text, "start": r.excerpt.start,
             "end": r.excerpt.end}
            for r in m.resolutions
        ],
    }


def _date_key(iso: str) -> str:
    """Sortable form of an ISO date or date-time: in UTC where the offset is known (a day
    counts from its midnight)."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is not None:
        try:
            when = when.astimezone(timezone.utc).replace(tzinfo=None)
        except OverflowError:  # year 1 or 9999 moved past the calendar's end: keep it as written
            return iso
    return when.isoformat()


def to_geojson(results: Sequence[ArticleResult]) -> str:
    """An RFC 7946 FeatureCollection: one Point Feature per place."""
    features = []
    articles = _articles(results)
    for m in group_places(results):
        props = _place_record(m, articles)
        lat, lon = props.pop("lat"), props.pop("lon")
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    doc = {"type": "FeatureCollection", "features": features,
           "properties": {"attribution": attribution(results), "unresolved": _unresolved_names(results)}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


CSV_FIELDS = ["article", "title", "date", "url", "start", "end", "name", "place", "country", "feature", "lat", "lon", "geonameid",
              "confidence", "reason", "excerpt"]


#: The text columns (the others are numbers, codes and kinds geomap writes itself).
_CSV_TEXT = ("article", "title", "url", "name", "place", "reason", "excerpt")

#: What a spreadsheet takes for the start of a formula (or of a command, in old ones).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(results: Sequence[ArticleResult]) -> str:
    """One row per mention, unresolved names included (empty coordinates).

    RFC 4180: rows end in CRLF, and a field holding a comma, a quote, a CR or an LF is quoted,
    so every reader (Python's ``csv``, pandas, spreadsheets) sees one row per mention whatever
    the text holds. Text fields are made safe for spreadsheets: NUL becomes U+FFFD, and a
    field that starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a leading ``'``, so
    that it is shown as text, never run as a formula (OWASP's advice for CSV injection).
    """
    return _csv_header() + "".join(map(_csv_rows, results))


def _csv_header() -> str:
    out = io.StringIO()
    csv.DictWriter(out, CSV_FIELDS, lineterminator="\r\n").writeheader()
    return out.getvalue()


def csv_cell(text: Optional[str]) -> Optional[str]:
    """A text field as :func:`to_csv` writes it: no NUL, never a formula."""
    if text is None:
        return None
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_rows(result: ArticleResult) -> str:
    """The CSV rows of one article's mentions."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\r\n")
    offset = result.article.offset
    fields = article_fields(result.article)
    for r in result.resolutions:
        rec = toponym(r, offset)
        row = {"article": result.article.id, **fields, **{k: rec.get(k) for k in CSV_FIELDS[4:-1]},
               "excerpt": r.excerpt.text}
        for key in _CSV_TEXT:
            row[key] = csv_cell(row[key])  # type: ignore[arg-type]
        writer.writerow(row)
    return out.getvalue()


#: Characters that some readers take for line ends (``str.splitlines``, JavaScript before
#: ES2019): escaped in JSON Lines, where they can only stand inside strings.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _jsonl_piece(result: ArticleResult) -> str:
    line = to_jsonl_line(result)
    if "\u0085" in line or "\u2028" in line or "\u2029" in line:
        line = line.translate(_LINE_BREAKS)
    return line + "\n"


def to_table(results: Sequence[ArticleResult]) -> str:
    """A plain-text table of places for the terminal (names with control characters escaped)."""
    rows = [("MENTIONS", "PLACE", "COUNTRY", "KIND", "LAT", "LON", "CONFIDENCE")]
    for m in group_places(results):
        p = m.place
        rows.append((str(m.count), printable(p.name), printable(p.country or "-"), printable(p.feature),
                     f"{p.lat:.4f}", f"{p.lon:.4f}", f"{max(r.confidence for r in m.resolutions):.2f}"))
    missing = [printable(name) for name in _unresolved_names(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    if missing:
        lines.append(f"unresolved: {', '.join(missing)}")
    return "\n".join(lines) + "\n"


def _unresolved_names(results: Sequence[ArticleResult]) -> List[str]:
    return sorted({r.mention.surface for r in unresolved(results)})


#: The formats written an article at a time (:func:`stream`); the others need every result first.
STREAMED = ("jsonl", "csv")


def render(results: Sequence[ArticleResult], fmt: str) -> str:
    """The whole output in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt in STREAMED:
        return "".join(stream(results, fmt))
    return {"json": to_json, "geojson": to_geojson, "table": to_table, "kml": to_kml}[fmt](results)


def stream(results: Iterable[ArticleResult], fmt: str) -> Iterator[str]:
    """The output in format ``fmt`` (one of :data:`STREAMED`) as pieces, each written as soon
    as its article is parsed; joined, they are :func:`render`'s text.
    """
    head, piece = streamed(fmt)
    return chain([head] if head else [], map(piece, results))


def streamed(fmt: str) -> Tuple[str, Callable[[ArticleResult], str]]:
    """The text that opens format ``fmt`` (one of :data:`STREAMED`), and the function that
    writes one article's part of it. The function is a module's own, so worker processes
    can be handed it (``Geoparser.process(render=...)``).
    """
    if fmt == "jsonl":
        return "", _jsonl_piece
    if fmt == "csv":
        return _csv_header(), _csv_rows
    raise ValueError(f"{fmt} cannot be streamed (only {', '.join(STREAMED)})")


# -- Google Earth and GIS files (issue 15) -----------------------------------------------------------

KML_NS = "http://www.opengis.net/kml/2.2"
#: The flat fields each KML placemark carries as ExtendedData (and every GeoPackage feature).
KML_DATA = ("place", "country", "feature", "geonameid", "mentions", "confidence", "reason", "title", "date",
            "date_end", "url", "article")


#: Characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def to_kml(results: Sequence[ArticleResult]) -> str:
    """A KML 2.2 document for Google Earth and Google My Maps: one Placemark per place with its
    name, a description (its excerpts, each with its article's title and date, as HTML whose
    every piece of article text is escaped), a time stamp (``TimeStamp`` for one date,
    ``TimeSpan`` from the earliest to the latest article's date) and the GeoJSON's flat fields
    as ExtendedData.
    """
    import xml.etree.ElementTree as ET

    ET.register_namespace("", KML_NS)

    def sub(parent, tag, text=None):
        el = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
        if text is not None:  # XML 1.0 has no place for most control characters: U+FFFD instead
            el.text = _XML_INVALID.sub("\ufffd", text)
        return el

    root = ET.fromstring(f'<kml xmlns="{KML_NS}"/>')  # the one fixed element; the rest is SubElement
    doc = sub(root, "Document")
    sub(doc, "name", "geomap")
    sub(doc, "description", attribution(results))
    articles = _articles(results)
    for m in group_places(results):
        rec = _place_record(m, articles)
        mark = sub(doc, "Placemark")
        sub(mark, "name", m.place.name)
        sub(mark, "description", _kml_description(m, rec, articles))
        if rec["date"] and rec["date_end"] and rec["date_end"] != rec["date"]:
            span = sub(mark, "TimeSpan")
            sub(span, "begin", str(rec["date"]))
            sub(span, "end", str(rec["date_end"]))
        elif rec["date"]:
            sub(sub(mark, "TimeStamp"), "when", str(rec["date"]))
        data = sub(mark, "ExtendedData")
        for key in KML_DATA:
            if rec[key] is not None:
                item = sub(data, "Data")
                item.set("name", key)
                sub(item, "value", str(rec[key]))
        point = sub(mark, "Point")
        sub(point, "coordinates", f"{rec['lon']},{rec['lat']}")
    ET.indent(root) if hasattr(ET, "indent") else None
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _kml_description(m: MappedPlace, rec: Dict[str, object], articles: Dict[str, Dict[str, Optional[str]]]) -> str:
    """The balloon's HTML: every piece of text from an article or a place is escaped here (the
    XML writer then escapes the HTML itself)."""
    from html import escape

    where = ", ".join(x for x in (m.place.admin1, m.place.country) if x)
    lines = [f"<p><b>{escape(m.place.name)}</b>{' (' + escape(where) + ')' if where else ''}: "
             f"{m.count} mention{'s' if m.count != 1 else ''}</p><ul>"]
    for r in m.resolutions:
        e = r.excerpt
        fields = articles.get(r.mention.article_id, {})
        source = fields.get("title") or r.mention.article_id
        if fields.get("date"):
            source += f", {fields['date']}"
        link = fields.get("url")
        cite = f'<a href="{escape(link)}">{escape(source)}</a>' if link and link.startswith(("http://", "https://")) \
            else escape(source)
        lines.append(f"<li>{escape(e.before)}<b>{escape(e.name)}</b>{escape(e.after)} <i>({cite})</i></li>")
    lines.append("</ul>")
    return "".join(lines)


def write_gpkg(results: Sequence[ArticleResult], path) -> None:
    """Write a GeoPackage with two layers: ``places`` (one point per place, the GeoJSON's flat
    fields, its lists as JSON text) and ``mentions`` (one point per placed mention, with its
    article's title, date and url and its excerpt: for time-sliced maps). Needs pyogrio
    (``pip install 'geomap[gis]'``).

    :raises RenderError: pyogrio is missing, or the file cannot be written.
    """
    from .errors import RenderError

    try:
        import numpy as np
        from pyogrio.raw import write
    except ImportError as exc:
        raise RenderError("--format gpkg needs pyogrio: pip install 'geomap[gis]'") from exc
    articles = _articles(results)
    places = [_place_record(m, articles) for m in group_places(results)]
    place_fields = ["name", *KML_DATA, "excerpt", "alts", "articles", "alternatives", "excerpts"]
    place_rows = [[json.dumps(p[k], ensure_ascii=False) if isinstance(p[k], list) else p[k] for k in place_fields]
                  for p in places]
    mention_fields = ["article", "title", "date", "url", "name", "start", "end", "place", "country", "feature",
                      "geonameid", "confidence", "reason", "excerpt"]
    mention_rows, mention_points = [], []
    for result in results:
        fields = article_fields(result.article)
        for r in result.resolutions:
            if r.place is None:
                continue
            rec = toponym(r)
            mention_rows.append([result.article.id, fields["title"], fields["date"], fields["url"],
                                 *[rec[k] for k in mention_fields[4:-1]], r.excerpt.text])
            mention_points.append((rec["lon"], rec["lat"]))
    import os
    from pathlib import Path

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # written whole beside it, then moved in place; the name ends in .gpkg, as GDAL wants
    tmp = path.with_name(f".{path.name}.geomap-{os.getpid()}.tmp.gpkg")
    import warnings

    try:
        for layer, names, rows, points, append in (
                ("places", place_fields, place_rows, [(p["lon"], p["lat"]) for p in places], False),
                ("mentions", mention_fields, mention_rows, mention_points, True)):
            columns = [_column(np, [row[i] for row in rows]) for i in range(len(names))]
            geometry = np.array([_wkb_point(x, y) for x, y in points], dtype=object)
            with warnings.catch_warnings():  # GDAL's notes are not the user's business
                warnings.simplefilter("ignore", RuntimeWarning)
                write(str(tmp), geometry, columns, names, driver="GPKG", layer=layer, geometry_type="Point",
                      crs="EPSG:4326", append=append)
        os.replace(tmp, path)
    except Exception as exc:  # noqa: BLE001 - GDAL's errors come in several classes
        raise RenderError(f"{path}: cannot write the GeoPackage ({exc})") from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _column(np, values: list):
    """A numpy column for pyogrio: integers and reals as such where every value is one (a
    missing value makes an integer column real), text otherwise."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) is False and isinstance(v, int) for v in present):
        if len(present) == len(values):
            return np.array(values, dtype=np.int64)
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    return np.array([None if v is None else str(v) for v in values], dtype=object)


def _wkb_point(x: float, y: float) -> bytes:
    import struct

    return struct.pack("<BIdd", 1, 1, x, y)
