"""The library's entry points: from text or files to resolved, geocoded places.

    >>> from geomap import Geoparser
    >>> with Geoparser(cache_dir=None) as gp:
    ...     result = gp.parse_text("Talks were held in Ankara.")
    >>> [(r.mention.surface, r.place.country) for r in result.resolutions]
    [('Ankara', 'TR')]

Every chosen place is geocoded through the SQLite cache (service ``geonames``), so a second
run over the same articles reads its coordinates from there.

Beyond the gazetteer (issue 5): names in place-like contexts that the gazetteer lacks ("the
town of Kafr Nabl", :mod:`geomap.context`) are listed as unresolved, or asked of an online
geocoder (``Geoparser(geocoder="nominatim", geocoder_options={...})``) through the same cache,
so that no name is ever asked twice. A user's own places (:func:`load_places`) win over the
gazetteer; ``prefer_countries`` biases ambiguous names (see :meth:`Geoparser._prefer`).
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    IO, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Protocol, Sequence, Set, Tuple, Union,
)

from .cache import Cache, CacheInfo, place_from_dict, place_to_dict
from .context import find_context_names
from .disambiguation import OVERRULING, Choice, Weights, resolve, revise
from .errors import CacheError, GeocodingError, InputError
from .gazetteer import BUILD_TIME, Gazetteer, IndexInfo, index_path, normalize  # noqa: F401 (BUILD_TIME: the CLI's)
from .geocoding import (
    FAILED,
    NOT_CACHED,
    OFFLINE,
    CachedGeocoder,
    Geocoder,
    GeocodingRun,
    make_geocoder,
    service_name,
)
from .matching import Matcher
from .models import (
    NO_EXCERPT,
    Article,
    ArticleResult,
    Candidate,
    InputProblem,
    Match,
    Place,
    RenderedResult,
    Resolution,
)
from .nearby import place_nearby
from .phones import called_regions, dialled, numbers
from .text import excerpt, read_inputs
from .web import Fetcher
from .tokens import Tokens
from .userplaces import UserPlaces, check_countries, load_places, read_names  # noqa: F401 (the CLI's API)

#: The folder of the place index and the caches, where ``cache_dir`` is not given: ``./cache``
#: where the working folder has one (a project's own cache, as this repository's), else the
#: user's cache folder (``~/.cache/geomap`` on Linux, ``~/Library/Caches/geomap`` on macOS,
#: ``%LOCALAPPDATA%\geomap\Cache`` on Windows), so that one index serves every folder.
class _DefaultCacheDir:
    def __repr__(self) -> str:
        return "DEFAULT_CACHE_DIR"


DEFAULT_CACHE_DIR: Any = _DefaultCacheDir()
LOCAL_CACHE_DIR = "cache"
CACHE_ENV = "GEOMAP_CACHE_DIR"


def default_cache_dir() -> Path:
    """The cache folder used where none is given (see :data:`DEFAULT_CACHE_DIR`)."""
    if Path(LOCAL_CACHE_DIR).is_dir():
        return Path(LOCAL_CACHE_DIR)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geomap", appauthor=False))

#: At most this many places' cache answers are remembered by one run (then it starts afresh).
_MAX_ANSWERS = 200_000

@dataclass
class RunStats:
    """What a run did, for the summary line."""

    articles: int = 0
    problems: int = 0
    mentions: int = 0
    unresolved: int = 0
    places: set = field(default_factory=set)
    #: Names the online geocoder placed, and the asked names it could not place.
    geocoded: int = 0
    not_found: int = 0
    #: Names not in the cache while offline (never asked).
    not_cached: int = 0
    #: One line per name the geocoder failed on (``"NAME: reason"``), once per run.
    geocode_failures: List[str] = field(default_factory=list)
    #: Requests sent to the online geocoder.
    requests: int = 0
    #: One line per fault the run survived (a damaged cache moved aside, a full disk under
    #: the cache, an ignored cache entry), in the order they happened.
    faults: List[str] = field(default_factory=list)

    def add(self, counts: "Tally") -> None:
        """Add one parsed article's counts (:func:`tally`)."""
        mentions, unresolved, places = counts
        self.articles += 1
        self.mentions += mentions
        self.unresolved += unresolved
        self.places.update(places)


class Geoparser:
    """Finds, resolves and geocodes the places of articles.

    :param cache_dir: folder of the geocoding cache and the place index (default
        ``$GEOMAP_CACHE_DIR`` or ``./cache``); ``None`` keeps both in memory only.
    :param ignore: names never to report.
    :param places: the user's own places (:func:`load_places`), or a mapping of normalised
        name -> candidates; they win over the gazetteer.
    :param prefer_countries: alpha-2 codes; an ambiguous name with a candidate in one of these
        countries resolves among those candidates (see :meth:`_prefer`).
    :param context: also report names the gazetteer lacks, found by their context
        (:mod:`geomap.context`); offline they are placed by the article's towns (``nearby``)
        or listed as unresolved.
    :param geocoder: ``"offline"`` (the default: the gazetteer only), a geopy service name
        (``"nominatim"``, ``"photon"``, …) or a :class:`~geomap.geocoding.Geocoder`. Only
        context names are asked, never names the gazetteer resolved.
    :param geocoder_options: keyword arguments of :func:`~geomap.geocoding.make_geocoder`
        (``domain``, ``scheme``, ``user_agent``, ``timeout``, ``min_delay``, ``options``).
    :param offline: never call out; answer context names from the cache only.
    :param on_geocode_failure: called with one line (``"NAME: reason"``) per name the
        geocoder failed on, as it happens, once per run.
    :param on_fault: called with one line per fault the run survives, as it happens: a
        damaged or foreign cache or index moved aside and rebuilt, a cache that cannot be
        used (the run goes on with one in memory), a full disk under the cache (answers are
        no longer stored), a cached entry that is not a place (ignored and replaced). They
        are also in ``stats.faults``.
    :param weights: disambiguation weights (the tuned defaults unless testing).
    :param demonyms: report demonyms ("Syrian") as mentions of their place (the default);
        ``False`` for the annotation conventions that never count them.
    :param organisations: report a place whose name starts the name of one of its public
        bodies or of a building ("Danbury Police", "Manila Cathedral") (the default);
        ``False`` for the annotation conventions that count no place inside such names.
    :param nearby: offline (no online geocoder), place each name found by its context at the
        town its article names last before it (else first after it), as an approximate place
        (:mod:`geomap.nearby`); ``False`` leaves them unresolved. With a geocoder, the names
        it does not find stay unresolved, as it reports them.
    :param excerpts: cut each mention's sentence (:attr:`Resolution.excerpt`); without,
        every excerpt is :data:`~geomap.models.NO_EXCERPT`, for outputs that write none
        (``jsonl``, ``table``), which saves about a tenth of a parse.
    :raises GeocodingError: the geocoder settings are wrong (unknown service, no user agent
        for Nominatim, …); checked before anything is opened.
    """

    def __init__(
        self,
        cache_dir: Union[str, os.PathLike, None] = DEFAULT_CACHE_DIR,
        *,
        ignore: Iterable[str] = (),
        places: Union["UserPlaces", Mapping[str, Tuple[Candidate, ...]], None] = None,
        prefer_countries: Iterable[str] = (),
        context: bool = True,
        geocoder: Union[str, Geocoder, None] = OFFLINE,
        geocoder_options: Optional[Mapping[str, Any]] = None,
        offline: bool = False,
        on_geocode_failure: Optional[Callable[[str], None]] = None,
        on_fault: Optional[Callable[[str], None]] = None,
        weights: Weights = Weights(),
        demonyms: bool = True,
        organisations: bool = True,
        excerpts: bool = True,
        nearby: bool = True,
        fetch: Optional[Mapping[str, Any]] = None,
        follow: bool = False,
        on_progress: Optional[Callable[[str], None]] = None,
    ) -> None:
        online = _online_geocoder(geocoder, geocoder_options, offline)  # fail before opening anything
        self.prefer_countries = check_countries(prefer_countries)
        if cache_dir is DEFAULT_CACHE_DIR:
            cache_dir = default_cache_dir()
        self.cache_dir = None if cache_dir is None else Path(cache_dir)
        self.stats = RunStats()
        self.on_fault = on_fault
        self.gazetteer = Gazetteer.open(self.cache_dir, on_build=on_progress)
        for note in self.gazetteer.notes:
            self._fault(note)
        try:
            self.cache = self._open_cache()
        except BaseException:
            self.gazetteer.close()
            raise
        #: Fetches web addresses given as inputs, through the cache (``web``); offline, from
        #: the cache only.
        self.fetcher = Fetcher(self.cache, offline=offline, **dict(fetch or {}))
        self.follow = follow
        self.ignore = tuple(ignore)
        if isinstance(places, UserPlaces):
            self.places, self.place_kinds = dict(places.names), dict(places.kinds)
        else:
            self.places, self.place_kinds = dict(places or {}), {}
        self.demonyms = demonyms
        self.organisations = organisations
        self.matcher = Matcher(self.gazetteer, extra=self.places, ignore=self.ignore, demonyms=demonyms,
                               organisations=organisations)
        self.context = context
        self.weights = weights
        self.excerpts = excerpts
        self.nearby = nearby
        self.on_geocode_failure = on_geocode_failure
        self._reported: set = set()
        # This run's answers from the geocoding cache, by place: each is read from SQLite once.
        self._answers: Dict[str, Place] = {}
        self.geocoder: Optional[CachedGeocoder] = None
        self._run: Optional[GeocodingRun] = None
        if online is not None:
            service, inner = online
            self.geocoder = CachedGeocoder(inner, self.cache, service, offline=offline)
            self._run = GeocodingRun(self.geocoder)

    def _open_cache(self) -> Cache:
        """The geocoding cache, or one in memory where the folder's cannot be used."""
        if self.cache_dir is None:
            return Cache.memory()
        try:
            cache = Cache.open(self.cache_dir)
        except CacheError as exc:
            self._fault(f"{exc}; this run goes on with a cache in memory")
            cache = Cache.memory()
        for note in cache.notes:
            self._fault(note)
        return cache.tolerate(self._fault)

    def _fault(self, line: str) -> None:
        self.stats.faults.append(line)
        if self.on_fault is not None:
            self.on_fault(line)

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

    def choose(self, article: Article) -> Tuple[List[Match], List[Choice], Set[int]]:
        """The names of one article (in text order), the choice for each (of no place for a
        name dropped as not a place, see :attr:`Choice.reason`), and the positions of the
        names whose candidates the preferred countries narrowed; nothing geocoded yet."""
        tokens = Tokens(article.text)
        matches = self.matcher.find(article, tokens)
        if self.context:
            found = find_context_names(article, matches, known=self._known_names, ignore=self.ignore,
                                       tokens=tokens)
            if found:
                matches = sorted([*matches, *found], key=lambda m: m.mention.start)
        given = numbers(article.text)
        choices, preferred = self._resolve(matches, called_regions(article.text, given),
                                           dialled(article.text, given, [(m.mention.start, m.mention.end)
                                                                         for m in matches]) if given else None)
        choices = revise(article.text, matches, choices)
        return matches, choices, preferred

    def parse(self, article: Article) -> ArticleResult:
        """Resolve and geocode the places of one article."""
        matches, choices, preferred = self.choose(article)
        resolutions = []
        for n, (match, choice) in enumerate(zip(matches, choices)):
            if choice.place is None and match.candidates and match.mention.kind != "context":
                continue  # the name was dropped as not a place (see Choice.reason)
            place = self._geocode(choice.place) if choice.place is not None else None
            reason = choice.reason
            if n in preferred and place is not None and place.country in self.prefer_countries:
                reason += f"; {place.country} is a preferred country"
            if place is not None and place.feature == "custom":
                reason += self._user_note(match, place)
            m = match.mention
            resolutions.append(
                Resolution(m, place, excerpt(article.text, m.start, m.end) if self.excerpts else NO_EXCERPT,
                           choice.confidence, reason, choice.alternatives)
            )
        if self._run is not None:
            resolutions = self._geocode_context_names(resolutions)
        elif self.nearby:
            resolutions = place_nearby(resolutions, article.text)
        result = ArticleResult(article, tuple(resolutions))
        self.stats.add(tally(result))
        return result

    def geocode_names(self, result: ArticleResult) -> ArticleResult:
        """``result`` with its context names geocoded as :meth:`parse` does it, for an article
        parsed elsewhere by an offline copy of this parser (:meth:`worker_settings`); the
        article's counts are added to :attr:`stats`. Requests go through this parser's one
        geocoder, rate limit and cache, so an engine that spreads the parsing keeps them here.
        """
        if self._run is not None:
            result = ArticleResult(result.article, tuple(self._geocode_context_names(list(result.resolutions))))
        self.stats.add(tally(result))
        return result

    def read(self, inputs: Sequence[str], stdin: Optional[IO[bytes]] = None
             ) -> Iterator[Union[Article, InputProblem]]:
        """The articles of ``inputs`` (files, folders, ``-``, web addresses and feeds; see
        :func:`geomap.text.read_inputs`), web pages fetched through this parser's cache."""
        return read_inputs(inputs, stdin=stdin, fetcher=self.fetcher, follow=self.follow)

    def worker_settings(self) -> Dict[str, Any]:
        """The keyword arguments that rebuild this parser in another process or machine, with
        no online geocoder: workers parse offline, and context names are geocoded where the
        results are gathered (:meth:`geocode_names`)."""
        return {
            "cache_dir": self.cache_dir,
            "ignore": self.ignore,
            "places": UserPlaces(self.places, self.place_kinds),
            "prefer_countries": self.prefer_countries,
            "context": self.context,
            "weights": self.weights,
            "demonyms": self.demonyms,
            "organisations": self.organisations,
            "excerpts": self.excerpts,
            # names the geocoder is to be asked stay unresolved on the workers
            "nearby": self.nearby and self._run is None,
        }

    # -- the gazetteer's places -------------------------------------------------------------

    def _known_names(self, keys):
        """The names among ``keys`` that the gazetteer or the user's places hold."""
        return set(self.gazetteer.lookup(keys)) | (set(keys) & set(self.places))

    def _resolve(self, matches: Sequence[Match], called: Sequence[Tuple[str, str]] = (),
                 dialled: Optional[Mapping[int, Tuple[str, str]]] = None):
        """Disambiguate, with the preferred countries applied; returns (choices, preferred).

        ``preferred`` holds the indexes of the matches whose candidates were narrowed.
        """
        narrowed, preferred = self._prefer(matches)
        choices = resolve(narrowed, self.weights, called, dialled)
        dropped = {n for n in preferred if choices[n].place is None}
        if dropped:
            # A preferred town too small to stand on its own: the name keeps all its candidates.
            narrowed = [matches[n] if n in dropped else m for n, m in enumerate(narrowed)]
            choices = resolve(narrowed, self.weights, called, dialled)
            preferred = preferred - dropped
        return choices, preferred

    def _prefer(self, matches: Sequence[Match]) -> Tuple[List[Match], set]:
        """Narrow ambiguous names to their candidates in the preferred countries.

        A name is narrowed when some but not all of its candidates lie in a preferred country;
        disambiguation then picks the best of those ("Paris" with ``US`` preferred is Paris,
        Texas). A country's, continent's or sea's own name is never turned into a town's
        ("Jordan" stays the country with ``US`` preferred), but may become a region's
        ("Georgia" becomes the US state).
        """
        if not self.prefer_countries:
            return list(matches), set()
        out: List[Match] = []
        narrowed: set = set()
        for n, m in enumerate(matches):
            cands = m.candidates
            big = any(c.place.feature in OVERRULING and c.via != "alt" for c in cands)
            keep = tuple(c for c in cands if c.place.country in self.prefer_countries
                         and not (big and c.place.feature == "city"))
            if keep and len(keep) < len(cands):
                out.append(dataclasses.replace(m, candidates=keep))
                narrowed.add(n)
            else:
                out.append(m)
        return out, narrowed

    def _user_note(self, match: Match, place: Place) -> str:
        kind = self.place_kinds.get(place.key, "")
        return f" ({kind})" if kind else ""

    def _geocode(self, place):
        """Coordinates through the cache: a stored answer wins over the index's.

        The query names the index's data version, so new place data is never shadowed
        by answers cached from older data. A user's places and geocoded ones are already
        where they are said to be.
        """
        if place.feature in ("custom", "geocoded"):
            return place
        ident = str(place.geonameid) if place.geonameid > 0 else place.key
        known = self._answers.get(ident)
        if known is not None:
            self.cache.count_hit()  # read from the cache earlier in this run
            return known
        query = f"{ident}@{self.gazetteer.version}"
        hit = self.cache.get("geonames", query)
        answer = None
        if hit is not None and hit.value is not None:
            try:
                answer = place_from_dict(hit.value)
            except CacheError as exc:  # poisoned (an import, a hand edit): never used
                self.cache.ignore_entry("geonames", query, exc.__cause__ or exc)
        if answer is None:
            self.cache.put("geonames", query, place_to_dict(place))
            answer = place
        if len(self._answers) >= _MAX_ANSWERS:
            self._answers.clear()
        self._answers[ident] = answer
        return answer

    # -- names beyond the gazetteer -----------------------------------------------------------

    def _geocode_context_names(self, resolutions: List[Resolution]) -> List[Resolution]:
        """Ask the geocoder for the article's unresolved context names, with its countries.

        Only names found by their context are asked, never a name the gazetteer resolved.
        A name that fails stays unresolved and is reported once per run.
        """
        asked = [r for r in resolutions if r.place is None and r.mention.kind == "context"]
        if not asked or self._run is None or self.geocoder is None:
            return resolutions
        counts = Counter(r.place.country for r in resolutions if r.place is not None and r.place.country)
        countries = tuple(code for code, _ in counts.most_common())
        before = self.geocoder.requests
        report = self._run.ask((r.mention.surface, countries) for r in asked)
        self.stats.requests += self.geocoder.requests - before
        for outcome in report.outcomes:
            key = (normalize(outcome.query), outcome.countries)
            if key in self._reported:
                continue
            self._reported.add(key)
            if outcome.status == FAILED:
                line = str(outcome)
                self.stats.geocode_failures.append(line)
                if self.on_geocode_failure is not None:
                    self.on_geocode_failure(line)
            elif outcome.status == NOT_CACHED:
                self.stats.not_cached += 1
            elif outcome.place is None:
                self.stats.not_found += 1
            else:
                self.stats.geocoded += 1
        service = self.geocoder.name
        out = []
        for r in resolutions:
            if r.place is None and r.mention.kind == "context":
                place = report.place_for(r.mention.surface, countries)
                if place is not None:
                    where = ", ".join(x for x in (place.admin1, place.country) if x)
                    reason = f"not in the gazetteer; {service} found {place.name}" + (f" ({where})" if where else "")
                    r = dataclasses.replace(r, place=place, confidence=0.5, reason=reason)
            out.append(r)
        return out

    def parse_items(self, items: Iterable[Union[Article, InputProblem]],
                    render: Optional[Callable[[ArticleResult], str]] = None
                    ) -> Iterator[Union[ArticleResult, RenderedResult, InputProblem]]:
        """Parse every article of ``items`` here, in order; problems pass through as they are.

        With ``render``, each article gives ``RenderedResult(article, render(result))``.
        """
        for item in items:
            if not isinstance(item, Article):
                yield item
            elif render is None:
                yield self.parse(item)
            else:
                yield RenderedResult(item, render(self.parse(item)))

    def process(
        self,
        inputs: Sequence[str],
        *,
        stdin: Optional[IO[bytes]] = None,
        on_item: Optional[Callable[[Union[ArticleResult, RenderedResult, InputProblem]], None]] = None,
        render: Optional[Callable[[ArticleResult], str]] = None,
        engine: Optional["Engine"] = None,
    ) -> Iterator[Union[ArticleResult, RenderedResult, InputProblem]]:
        """Yield a result for every article in ``inputs`` and a problem for every bad input, in
        input order; a bad input never stops the others.

        :param engine: how the articles are spread (:mod:`geomap.engines`: a local process
            pool, a Dask cluster); by default each is parsed here, one after the other. The
            results are the same, in the same order, whatever the engine.
        :param render: writes an article's result as text (such as
            :func:`geomap.exporters.streamed`'s, a module-level function); each article then
            gives a :class:`~geomap.models.RenderedResult` with that text, made where the
            article was parsed, so workers send text back instead of result objects.
        """
        if engine is None:
            parsed = self.parse_items(self.read(inputs, stdin=stdin), render)
        else:
            parsed = engine.results(self, inputs, stdin=stdin, render=render)
        for out in parsed:
            if isinstance(out, InputProblem):
                self.stats.problems += 1
            if on_item is not None:
                on_item(out)
            yield out


class Engine(Protocol):
    """What :meth:`Geoparser.process` asks of an engine (:mod:`geomap.engines` has them)."""

    def results(self, parser: Geoparser, inputs: Sequence[str], *, stdin: Optional[IO[bytes]] = None,
                render: Optional[Callable[[ArticleResult], str]] = None
                ) -> Iterator[Union[ArticleResult, RenderedResult, InputProblem]]:
        """Every article's result (added to ``parser.stats``) and every problem, in input order."""


#: One article's counts for the run's statistics: mentions, unresolved ones, place keys.
Tally = Tuple[int, int, Tuple[str, ...]]


def tally(result: ArticleResult) -> Tally:
    """The counts of one article's result that :class:`RunStats` adds up."""
    places = tuple(r.place.key for r in result.resolutions if r.place is not None)
    return len(result.resolutions), len(result.resolutions) - len(places), places


def geoparse(text: str, cache_dir: Union[str, os.PathLike, None] = None) -> List[Resolution]:
    """The resolved place mentions of ``text``, in text order (a one-call convenience)."""
    with Geoparser(cache_dir) as gp:
        return list(gp.parse_text(text).resolutions)


def _open_cache(cache_dir: Union[str, os.PathLike], on_fault: Optional[Callable[[str], None]]) -> Cache:
    cache = Cache.open(cache_dir)
    for note in cache.notes:  # a damaged cache moved aside: the command goes on with a new one
        if on_fault is not None:
            on_fault(note)
    return cache


def cache_info(cache_dir: Union[str, os.PathLike], *, on_fault: Optional[Callable[[str], None]] = None) -> CacheInfo:
    """The geocoding cache's entries per service, size and last run's hits and misses.

    :param on_fault: called with a line if the cache was found damaged and replaced.
    :raises CacheError: the cache cannot be opened.
    """
    with _open_cache(cache_dir, on_fault) as cache:
        return cache.info()


def place_index(cache_dir: Union[str, os.PathLike]) -> Tuple[Path, Optional[int]]:
    """The place index's file in ``cache_dir`` for this geomap, and its size in bytes (``None``
    where it is not built yet: the first run builds it)."""
    path = index_path(cache_dir)
    try:
        return path, path.stat().st_size
    except OSError:
        return path, None


def index_contents(cache_dir: Union[str, os.PathLike]) -> Optional["IndexInfo"]:
    """What the place index in ``cache_dir`` holds, per kind of place and of name; ``None``
    where it is not built yet (this never builds it)."""
    if place_index(cache_dir)[1] is None:
        return None
    with Gazetteer.open(cache_dir) as gazetteer:
        return gazetteer.info()


#: The services the cache holds answers of besides the online geocoders: the place index's
#: coordinates (``geonames``) and fetched web pages and feeds (``web``).
OWN_SERVICES = ("geonames", "web")


def check_service(service: str) -> str:
    """The canonical name of a cache service: one of :data:`OWN_SERVICES` or a geocoder
    geopy knows (``nominatim``, ``photon``, …).

    :raises InputError: no part of geomap stores answers under that name.
    """
    name = service.strip().lower()
    if name in OWN_SERVICES:
        return name
    try:
        name = service_name(name)
    except GeocodingError:
        name = OFFLINE
    if name == OFFLINE:
        raise InputError(f"unknown service {service!r}: the cache holds {', '.join(OWN_SERVICES)} and the "
                         "answers of geocoders geopy knows (nominatim, photon, …)")
    return name


def clear_cache(cache_dir: Union[str, os.PathLike], service: Optional[str] = None, *,
                on_fault: Optional[Callable[[str], None]] = None) -> int:
    """Delete the cache's entries (only ``service``'s if given); return how many went.

    :raises CacheError: the cache cannot be opened or written.
    """
    with _open_cache(cache_dir, on_fault) as cache:
        return cache.clear(service)


# -- geocoder settings ---------------------------------------------------------------------------


def _online_geocoder(
    geocoder: Union[str, Geocoder, None], options: Optional[Mapping[str, Any]], offline: bool
) -> Optional[Tuple[str, Optional[Geocoder]]]:
    """``(service name, geocoder)`` for an online service, ``None`` for the gazetteer only.

    Offline, no geocoder is built (so Nominatim needs no user agent): the cache answers alone.

    :raises GeocodingError: unknown service or settings the service refuses.
    """
    if geocoder is None:
        return None
    if not isinstance(geocoder, str):
        return geocoder.name, (None if offline else geocoder)
    name = service_name(geocoder)
    if name == OFFLINE:
        return None
    if offline:
        return name, None
    return name, make_geocoder(name, **dict(options or {}))


def check_geocoder(service: str, **options: Any) -> None:
    """Check geocoder settings without building a :class:`Geoparser` (sends no request).

    :raises GeocodingError: unknown service, missing user agent, or options the service refuses.
    """
    make_geocoder(service, **options)


# -- sharing the cache ---------------------------------------------------------------------------


def export_cache(cache_dir: Union[str, os.PathLike], fp: IO[str], service: Optional[str] = None, *,
                 on_fault: Optional[Callable[[str], None]] = None) -> int:
    """Write the cache's entries (only ``service``'s if given) to ``fp`` as JSON Lines; return
    how many were written.

    :raises CacheError: the cache cannot be opened.
    """
    with _open_cache(cache_dir, on_fault) as cache:
        return cache.export_jsonl(fp, service=service)


def import_cache(cache_dir: Union[str, os.PathLike], fp: IO[str], *,
                 on_fault: Optional[Callable[[str], None]] = None) -> int:
    """Add the entries of a JSON Lines export to the cache (the newer entry wins); return how
    many were added or updated. Nothing is stored if any line is bad.

    :raises CacheError: the cache cannot be opened, or a line is not a cache entry.
    """
    with _open_cache(cache_dir, on_fault) as cache:
        return cache.import_jsonl(fp)
