"""The values that flow through geomap: plain, frozen dataclasses with no I/O.

Data flows one way::

    Article -> Mention (matching) -> Resolution (disambiguation + geocoding)
            -> ArticleResult -> MappedPlace (grouped for the map and exports)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional, Tuple

#: Feature kinds a :class:`Place` can have, from the most to the least specific.
FEATURES = ("city", "admin2", "admin1", "country", "region", "island", "lake", "river", "mountain", "airport",
            "continent", "custom", "geocoded", "nearby")


@dataclass(frozen=True)
class Article:
    """One news article.

    :param id: stable identifier: the JSONL ``id``, else the file's name.
    :param text: the article's text; mention offsets index into it.
    :param source: where it was read from (a path, or ``-`` for standard input).
    :param offset: where ``text`` starts in the whole text it was read from: a long text is
        read in pieces, each an article (exports add it to the mentions' offsets, so that
        they index the whole text as written).
    """

    id: str
    text: str
    source: str = ""
    title: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None
    offset: int = 0


@dataclass(frozen=True)
class Place:
    """A real place: a GeoNames entry, a user's place or a geocoder's answer; or a name the
    gazetteer lacks, placed at the place its article names nearest to it (feature
    ``"nearby"``: approximate, see :mod:`geomap.nearby`).

    :param geonameid: the GeoNames id (0 where the place does not come from GeoNames).
    :param country: ISO 3166-1 alpha-2 code, ``""`` for continents and regions.
    :param feature: one of :data:`FEATURES`.
    :param admin1: the first-level region's name, where known.
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str = ""
    feature: str = "city"
    population: int = 0
    admin1: str = ""

    @property
    def key(self) -> str:
        """An id unique across sources, used to group mentions of one place (a place of
        geomap's own lists, whose id no export writes, by its kind, name and point)."""
        if self.geonameid > 0:
            return f"geonames:{self.geonameid}"
        return f"{self.feature}:{self.name}:{self.lat:.5f},{self.lon:.5f}"


@dataclass(frozen=True)
class Mention:
    """A span of an article's text that names a place.

    :param start: offset of the first character in ``Article.text``.
    :param end: offset just past the last character (``text[start:end] == surface``).
    :param surface: the name as written ("Turkey's" gives ``Turkey``).
    :param kind: ``gazetteer`` when the gazetteer holds the name, ``context`` when only the
        surrounding words ("the town of X") suggest it is a place.
    """

    article_id: str
    start: int
    end: int
    surface: str
    kind: str = "gazetteer"


@dataclass(frozen=True)
class Candidate:
    """A place a name may stand for, and how the gazetteer knows the name.

    :param via: ``name`` (the place's own name), ``alt`` (an alternate name),
        ``abbr`` (an abbreviation such as "U.S."), ``demonym`` ("Syrian") or ``user``.
    """

    place: Place
    via: str = "name"


@dataclass(frozen=True)
class Match:
    """A mention and every place its name may stand for (before disambiguation).

    :param cue: a word next to the name that says what kind of place it is
        (``city``, ``admin1``, ``country`` …), as in "Idlib province" or "the city of Aleppo";
        ``polity`` for a region or a country ("the Quebec government"), ``governed`` for a
        region with its governor's title ("New York Gov."), ``None`` for no such word.
    :param comma_after: a comma follows the name, as in "Paris, Texas".
    :param in_after: the length of the " in " that follows the name before a capitalised
        word, with a compass word or none ("Monroe County in northeast Missouri"), of ",
        the capital of" ("Victoria, the capital of the Seychelles") or of an apposition that
        says what the place is and where ("Lagos, the fishing town in Portugal's Algarve");
        0 if none.
    :param region: the first-level region written after the name and a comma, outside any
        list, when ``candidates`` are only the towns of the name that lie in it ("Lebanon,
        Ohio"); "" otherwise.
    :param country: the country written before the name in the possessive, when
        ``candidates`` are only the places of the name that lie in it ("India's Punjab",
        "Zambia's Southern Province"); "" otherwise.
    :param located: the text puts the name somewhere: "in", "near" or "outside" right before
        it ("a fire in Warren"), on a way ("from Rifle through Meeker", "to Silt"), where
        someone lives ("a Warren man", "Smith, 34, of Warren"), or elsewhere in the article
        ("in Nixa, Ozark and Republic", "the city of X", "X, Ohio").
    """

    mention: Mention
    candidates: Tuple[Candidate, ...]
    cue: Optional[str] = None
    comma_after: bool = False
    in_after: int = 0
    region: str = ""
    located: bool = False
    country: str = ""


@dataclass(frozen=True)
class Excerpt:
    """The sentence around a mention, with the mention's offsets inside it."""

    text: str
    start: int
    end: int

    @property
    def before(self) -> str:
        return self.text[: self.start]

    @property
    def name(self) -> str:
        return self.text[self.start : self.end]

    @property
    def after(self) -> str:
        return self.text[self.end :]


#: The excerpt of a mention whose sentence was not cut (``Geoparser(excerpts=False)``, or a
#: result read back from an output that holds no excerpts).
NO_EXCERPT = Excerpt("", 0, 0)


@dataclass(frozen=True)
class Resolution:
    """What a mention was resolved to.

    :param place: the chosen place, or ``None`` where no place could be found.
    :param confidence: 0..1, how sure the choice is.
    :param reason: the choice in plain words ("most populous Damascus; Syria is named
        3 times in this article").
    :param alternatives: the runner-up candidates, best first.
    """

    mention: Mention
    place: Optional[Place]
    excerpt: Excerpt
    confidence: float = 0.0
    reason: str = ""
    alternatives: Tuple[Place, ...] = ()


@dataclass(frozen=True)
class ArticleResult:
    """An article and every mention found in it, in text order."""

    article: Article
    resolutions: Tuple[Resolution, ...]


@dataclass(frozen=True)
class RenderedResult:
    """An article's result already written out in an output format, as
    :meth:`geomap.pipeline.Geoparser.process` gives it when asked to render (the objects of
    :class:`ArticleResult` are then never built where the output is written)."""

    article: Article
    text: str


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be read; the others are processed all the same."""

    source: str
    reason: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class MappedPlace:
    """One place on the map with every resolution that points at it."""

    place: Place
    resolutions: Tuple[Resolution, ...] = field(default=())

    @property
    def count(self) -> int:
        return len(self.resolutions)

    @property
    def article_ids(self) -> Tuple[str, ...]:
        """The ids of the articles that mention the place, in first-seen order."""
        return tuple(dict.fromkeys(r.mention.article_id for r in self.resolutions))


def group_places(results: Iterable[ArticleResult]) -> list[MappedPlace]:
    """Group resolved mentions by place: most mentioned first, then by name (stable)."""
    groups: dict[str, list[Resolution]] = {}
    places: dict[str, Place] = {}
    for result in results:
        for res in result.resolutions:
            if res.place is None:
                continue
            key = res.place.key
            places.setdefault(key, res.place)
            groups.setdefault(key, []).append(res)
    mapped = [MappedPlace(places[k], tuple(v)) for k, v in groups.items()]
    mapped.sort(key=lambda m: (-m.count, m.place.name, m.place.key))
    return mapped


def unresolved(results: Iterable[ArticleResult]) -> list[Resolution]:
    """The mentions that could not be placed, in article and text order."""
    return [r for result in results for r in result.resolutions if r.place is None]
