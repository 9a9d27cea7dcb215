"""The library's entry points: from text or files to resolved, geocoded places.

    >>> from geomap import Geoparser
    >>> with Geoparser(cache_dir=None) as gp:
    ...     result = gp.parse_text("Talks were held in Ankara.")
    >>> [(r.mention.surface, r.place.country) for r in result.resolutions]
    [('Ankara', 'TR')]

Every chosen place is geocoded through the SQLite cache (service ``geonames``), so a second
run over the same articles reads its coordinates from there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, List, Optional, Sequence, Union

from .cache import Cache, CacheInfo, place_from_dict, place_to_dict
from .disambiguation import Weights, resolve
from .gazetteer import Gazetteer
from .matching import Matcher
from .models import Article, ArticleResult, InputProblem, Resolution
from .text import excerpt, read_inputs

#: Where caches and the place index live unless told otherwise.
DEFAULT_CACHE_DIR = "cache"
CACHE_ENV = "GEOMAP_CACHE_DIR"


@dataclass
class RunStats:
    """What a run did, for the summary line."""

    articles: int = 0
    problems: int = 0
    mentions: int = 0
    unresolved: int = 0
    places: set = field(default_factory=set)


class Geoparser:
    """Finds, resolves and geocodes the places of articles.

    :param cache_dir: folder of the geocoding cache and the place index (default
        ``$GEOMAP_CACHE_DIR`` or ``./cache``); ``None`` keeps both in memory only.
    :param ignore: names never to report.
    :param weights: disambiguation weights (the tuned defaults unless testing).
    """

    def __init__(
        self,
        cache_dir: Union[str, os.PathLike, None] = DEFAULT_CACHE_DIR,
        *,
        ignore: Iterable[str] = (),
        weights: Weights = Weights(),
    ) -> None:
        self.cache_dir = None if cache_dir is None else Path(cache_dir)
        self.gazetteer = Gazetteer.open(self.cache_dir)
        self.cache = Cache.memory() if self.cache_dir is None else Cache.open(self.cache_dir)
        self.matcher = Matcher(self.gazetteer, ignore=ignore)
        self.weights = weights
        self.stats = RunStats()

    def close(self) -> None:
        self.cache.close()
        self.gazetteer.close()

    def __enter__(self) -> "Geoparser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def parse_text(self, text: str, article_id: str = "text") -> ArticleResult:
        """Resolve the places of one text."""
        return self.parse(Article(id=article_id, text=text))

    def parse(self, article: Article) -> ArticleResult:
        """Resolve and geocode the places of one article."""
        matches = self.matcher.find(article)
        choices = resolve(matches, self.weights)
        resolutions = []
        for match, choice in zip(matches, choices):
            if choice.place is None and match.candidates:
                continue  # the name was dropped as not a place (see Choice.reason)
            place = self._geocode(choice.place) if choice.place is not None else None
            m = match.mention
            resolutions.append(
                Resolution(m, place, excerpt(article.text, m.start, m.end), choice.confidence,
                           choice.reason, choice.alternatives)
            )
        result = ArticleResult(article, tuple(resolutions))
        self._count(result)
        return result

    def _geocode(self, place):
        """Coordinates through the cache: a stored answer wins over the index's.

        The query names the index's data version, so new place data is never shadowed
        by answers cached from older data.
        """
        ident = str(place.geonameid) if place.geonameid > 0 else place.key
        query = f"{ident}@{self.gazetteer.version}"
        hit = self.cache.get("geonames", query)
        if hit is not None and hit.value is not None:
            return place_from_dict(hit.value)
        self.cache.put("geonames", query, place_to_dict(place))
        return place

    def _count(self, result: ArticleResult) -> None:
        s = self.stats
        s.articles += 1
        for r in result.resolutions:
            s.mentions += 1
            if r.place is None:
                s.unresolved += 1
            else:
                s.places.add(r.place.key)

    def process(
        self,
        inputs: Sequence[str],
        *,
        stdin: Optional[IO[bytes]] = None,
        on_item: Optional[Callable[[Union[ArticleResult, InputProblem]], None]] = None,
    ) -> Iterator[Union[ArticleResult, InputProblem]]:
        """Yield a result for every article in ``inputs`` and a problem for every bad input;
        a bad input never stops the others."""
        for item in read_inputs(inputs, stdin=stdin):
            out = self.parse(item) if isinstance(item, Article) else item
            if isinstance(out, InputProblem):
                self.stats.problems += 1
            if on_item is not None:
                on_item(out)
            yield out


def geoparse(text: str, cache_dir: Union[str, os.PathLike, None] = None) -> List[Resolution]:
    """The resolved place mentions of ``text``, in text order (a one-call convenience)."""
    with Geoparser(cache_dir) as gp:
        return list(gp.parse_text(text).resolutions)


def cache_info(cache_dir: Union[str, os.PathLike]) -> CacheInfo:
    """The geocoding cache's entries per service, size and last run's hits and misses.

    :raises CacheError: the cache cannot be opened.
    """
    with Cache.open(cache_dir) as cache:
        return cache.info()


def clear_cache(cache_dir: Union[str, os.PathLike], service: Optional[str] = None) -> int:
    """Delete the cache's entries (only ``service``'s if given); return how many went.

    :raises CacheError: the cache cannot be opened or written.
    """
    with Cache.open(cache_dir) as cache:
        return cache.clear(service)
