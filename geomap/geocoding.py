"""Geocode the names the gazetteer lacks, through geopy, politely, and never twice.

Three pieces, each wrapping the one before (geopy's own habit, as in its ``RateLimiter``):

- :func:`make_geocoder` builds a :class:`GeopyGeocoder` for any service geopy knows, with
  endpoints and timings as keyword arguments (so tests point it at 127.0.0.1), a rate limit,
  and geopy's exceptions translated to geomap's in one place (:func:`_translate`);
- :class:`CachedGeocoder` reads through the SQLite :class:`~geomap.cache.Cache`: a stored answer,
  "not found" included, is never asked again, and only complete answers are stored;
- :func:`geocode_names` asks a batch of names and never raises: it returns what it found and
  one line per name that failed, so a run always finishes and maps what it could.

Example::

    geocoder = make_geocoder("nominatim", user_agent="my-newsroom-map/1.0")
    with Cache.open("cache") as cache:
        report = geocode_names([("Kafr Nabl", ["SY"])], CachedGeocoder(geocoder, cache))
    for line in report.failures:
        print(line)
"""

from __future__ import annotations

import contextlib
import functools
import math
import socket
import threading
import time
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Optional, Protocol, Sequence, Tuple

from typing import TYPE_CHECKING

from .cache import Cache, place_from_dict, place_to_dict
from .errors import CacheError, GeocoderUnavailable, GeocodingError, GeomapError
from .models import Place

if TYPE_CHECKING:
    import geopy.exc
    from geopy.location import Location

# geopy is imported where a geocoder is first used, never at start-up: importing it loads every
# geocoder it has (about 75 ms of each run), and most runs never geocode online.

__all__ = [
    "OFFLINE",
    "CachedGeocoder",
    "GeocodeOutcome",
    "GeocodeReport",
    "Geocoder",
    "GeocodingRun",
    "GeopyGeocoder",
    "NotCached",
    "cache_query",
    "country_hint",
    "geocode_names",
    "location_to_place",
    "make_geocoder",
    "service_name",
]

#: The service name of geomap's default: the offline gazetteer, no geocoder at all.
OFFLINE = "offline"

#: Nominatim's usage policy allows at most one request a second on its public servers.
NOMINATIM_MIN_DELAY = 1.0
_NOMINATIM_PUBLIC_DOMAIN = "nominatim.openstreetmap.org"

#: The longest ``Retry-After`` geomap waits out (once) after an HTTP 429; a longer wait fails the
#: name instead, because a run that sleeps for an hour looks hung.
MAX_RETRY_AFTER = 5.0

#: After this many "unreachable"/"timed out" answers in a row, :func:`geocode_names` stops
#: calling out for the rest of the batch: a dead service would otherwise cost a timeout per name.
MAX_UNAVAILABLE_IN_A_ROW = 3


class NotCached(GeocodingError):
    """An offline geocoder was asked a name that is not in the cache."""


class Geocoder(Protocol):
    """Anything that answers a place name with a :class:`~geomap.models.Place` or ``None``.

    :param name: the service name answers are cached under (``"nominatim"``, ``"photon"``, …).
    """

    name: str

    def geocode(self, query: str, *, countries: Sequence[str] = ()) -> Optional[Place]:
        """The place ``query`` names, ``None`` if the service knows none.

        :param countries: ISO 3166-1 alpha-2 codes of the article's countries, a hint the
            service uses where it can.
        :raises GeocodingError: the service failed; nothing is known about ``query``.
        """
        ...  # pragma: no cover


# -- the country hint ------------------------------------------------------------------------------

def _country_parameters() -> Tuple[Tuple[type, str], ...]:
    """The geocode() keyword that takes a list of alpha-2 codes, per geopy class. Photon and
    most others have no country filter, so the hint is simply not sent to them."""
    from geopy.geocoders import MapBox, Nominatim, OpenCage

    return (
        (Nominatim, "country_codes"),  # also PickPoint, LocationIQ, OpenMapQuest (subclasses)
        (MapBox, "country"),
        (OpenCage, "country"),
    )


def _country_parameter(service: str) -> Optional[str]:
    import geopy.exc
    from geopy.geocoders import get_geocoder_for_service

    try:
        cls = get_geocoder_for_service(service)
    except geopy.exc.GeocoderNotFound:
        return None
    for base, parameter in _country_parameters():
        if issubclass(cls, base):
            return parameter
    return None


def country_hint(service: str, countries: Sequence[str]) -> Tuple[str, ...]:
    """The country codes ``service`` will actually be sent: sorted, lower case, de-duplicated,
    and empty for a service without a country filter.
    """
    if not countries or _country_parameter(service) is None:
        return ()
    codes = {c.strip().lower() for c in countries}
    return tuple(sorted(c for c in codes if len(c) == 2 and c.isalpha()))


def cache_query(service: str, query: str, countries: Sequence[str] = ()) -> str:
    """The cache key for ``query`` at ``service``: the query plus the country hint sent with it,
    since the hint changes the answer ("Tripoli" in LB is not "Tripoli" in LY).
    """
    hint = country_hint(service, countries)
    return f"{query} [{','.join(hint)}]" if hint else query


# -- geopy -> geomap ---------------------------------------------------------------------------------


def _translations() -> Tuple[Tuple[type, type, str], ...]:
    """geopy exception -> (geomap exception, message). First match wins, so subclasses come first."""
    import geopy.exc

    return (
        (geopy.exc.GeocoderTimedOut, GeocoderUnavailable, "{service} did not answer in time ({detail})"),
        (geopy.exc.GeocoderUnavailable, GeocoderUnavailable, "{service} is unreachable ({detail})"),
        (geopy.exc.GeocoderRateLimited, GeocodingError, "{service} refused: too many requests ({detail})"),
        (geopy.exc.GeocoderParseError, GeocodingError, "{service} sent an answer that is not valid JSON"),
        (geopy.exc.GeocoderAuthenticationFailure, GeocodingError,
         "{service} refused the credentials ({detail})"),
        (geopy.exc.GeocoderInsufficientPrivileges, GeocodingError, "{service} refused the query ({detail})"),
        (geopy.exc.GeocoderQuotaExceeded, GeocodingError, "{service} quota exceeded ({detail})"),
        (geopy.exc.GeopyError, GeocodingError, "{service} failed ({detail})"),
    )


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _translate(service: str, exc: geopy.exc.GeopyError) -> GeocodingError:
    """The geomap error for a geopy error: the one place where geopy's exceptions are mapped."""
    import geopy.exc

    detail = _one_line(str(exc)) or type(exc).__name__
    if isinstance(exc, geopy.exc.GeocoderRateLimited) and exc.retry_after is not None:
        detail = f"HTTP 429, retry after {exc.retry_after:g} s"
    for geopy_cls, geomap_cls, template in _translations():
        if isinstance(exc, geopy_cls):
            return geomap_cls(template.format(service=service, detail=detail))
    return GeocodingError(f"{service} failed ({detail})")  # pragma: no cover - GeopyError is last


def location_to_place(location: Location, query: str) -> Place:
    """A geopy :class:`~geopy.location.Location` as a :class:`~geomap.models.Place`.

    The name, country and region come from the raw answer where the service gives them
    (Nominatim's ``address`` with ``addressdetails=1``, Photon's ``properties``).

    :raises GeocodingError: the answer has no usable coordinates (an incomplete answer, which
        must not be cached).
    """
    raw = location.raw if isinstance(location.raw, dict) else {}
    lat, lon = _raw_coordinates(raw, location)
    if not _valid_coordinates(lat, lon):
        raise GeocodingError(f"answer for {query!r} has no valid coordinates ({lat}, {lon})")
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    country = str(address.get("country_code") or props.get("countrycode") or "").upper()
    name = raw.get("name") or props.get("name") or (location.address or "").split(",")[0].strip()
    return Place(
        geonameid=0,
        name=str(name or query),
        lat=float(lat),
        lon=float(lon),
        country=country if len(country) == 2 and country.isalpha() else "",
        feature="geocoded",
        admin1=str(address.get("state") or props.get("state") or ""),
    )


def _raw_coordinates(raw: Dict[str, Any], location: Location) -> Tuple[Any, Any]:
    # geopy turns missing coordinates into (0, 0), a real point in the Gulf of Guinea; read
    # them from the raw answer where its shape is known, so a missing one is seen as missing.
    if "lat" in raw or "lon" in raw or "display_name" in raw:  # Nominatim and its kin
        return raw.get("lat"), raw.get("lon")
    geometry = raw.get("geometry")
    if isinstance(geometry, dict) and geometry.get("type") == "Point":  # GeoJSON (Photon, Pelias)
        coords = geometry.get("coordinates") or [None, None]
        return (coords[1], coords[0]) if len(coords) >= 2 else (None, None)
    if location.latitude == 0 and location.longitude == 0:  # other services: (0, 0) is a gap
        return None, None
    return location.latitude, location.longitude


def _valid_coordinates(lat: Any, lon: Any) -> bool:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


# -- the geopy geocoder --------------------------------------------------------------------------------


class GeopyGeocoder:
    """A geopy geocoder behind geomap's :class:`Geocoder` interface.

    Requests go through geopy's ``RateLimiter`` (at least ``min_delay`` seconds apart); an HTTP
    429 with a short ``Retry-After`` is waited out and retried once; every geopy error becomes a
    :class:`~geomap.errors.GeocodingError` (:class:`~geomap.errors.GeocoderUnavailable` for
    timeouts and unreachable services) with the geopy error as its ``__cause__``.

    :param geolocator: a geopy geocoder instance.
    :param name: the service name answers are cached under.
    :param min_delay: the least time between two requests, in seconds.
    :param max_retry_after: the longest ``Retry-After`` that is waited out.
    :param language: the language of the names asked for, where the service supports it.
    :param sleep: how to wait (tests may pass a recorder).
    """

    def __init__(
        self,
        geolocator: Any,
        name: str,
        *,
        min_delay: float = 0.0,
        max_retry_after: float = MAX_RETRY_AFTER,
        language: Optional[str] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.geolocator = geolocator
        self.name = name
        self.min_delay = min_delay
        self.max_retry_after = max_retry_after
        self.language = language
        self._sleep = sleep
        from geopy.extra.rate_limiter import RateLimiter

        # geopy's RateLimiter keeps the delay across calls; its own retries and swallowing are
        # off, because retrying and reporting are decided here.
        self._limited = RateLimiter(
            geolocator.geocode, min_delay_seconds=min_delay, max_retries=0, swallow_exceptions=False
        )
        self._country_parameter = _country_parameter(name)

    def __repr__(self) -> str:
        return f"GeopyGeocoder({self.name!r}, domain={getattr(self.geolocator, 'domain', None)!r})"

    def _query_options(self, countries: Sequence[str]) -> Dict[str, Any]:
        from geopy.geocoders import Nominatim, Photon

        kwargs: Dict[str, Any] = {}
        hint = country_hint(self.name, countries)
        if hint and self._country_parameter:
            kwargs[self._country_parameter] = list(hint)
        if isinstance(self.geolocator, Nominatim):
            kwargs["addressdetails"] = True  # the country code comes from the address
        if self.language and isinstance(self.geolocator, (Nominatim, Photon)):
            kwargs["language"] = self.language
        return kwargs

    def geocode(self, query: str, *, countries: Sequence[str] = ()) -> Optional[Place]:
        """The place ``query`` names, ``None`` if the service has none (see :class:`Geocoder`).

        :raises GeocoderUnavailable: the service timed out or could not be reached.
        :raises GeocodingError: any other failure, including a malformed answer.
        """
        location = self._ask(query, self._query_options(countries))
        if location is None:
            return None
        if isinstance(location, list):  # a service that ignores exactly_one
            location = location[0] if location else None
            if location is None:
                return None
        try:
            return location_to_place(location, query)
        except GeocodingError as exc:
            raise GeocodingError(f"{self.name}: {exc}") from exc

    def _ask(self, query: str, kwargs: Dict[str, Any]) -> Optional[Location]:
        import geopy.exc

        try:
            # geopy warns (several lines, on stderr) about coordinates out of range; such an
            # answer is refused by location_to_place, in one line, like any bad answer
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                try:
                    return self._limited(query, exactly_one=True, **kwargs)
                except geopy.exc.GeocoderRateLimited as exc:
                    wait = exc.retry_after
                    if wait is None or wait > self.max_retry_after:
                        raise
                    self._sleep(max(0.0, float(wait)))
                    return self._limited(query, exactly_one=True, **kwargs)
        except geopy.exc.GeopyError as exc:
            raise _translate(self.name, exc) from exc
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            # geopy's parsers assume a well-formed answer; valid JSON of the wrong shape fails
            # inside them with plain Python errors.
            detail = _one_line(repr(exc))
            raise GeocodingError(f"{self.name} sent an answer geomap cannot read ({detail})") from exc


# -- a deadline for the whole request -------------------------------------------------------------------
#
# requests' timeout bounds the connection and each read, not the request: a server that sends
# its answer a byte at a time holds a run for as long as it likes. So each request has a deadline
# (the same number of seconds) after which its connection is shut down; the request then fails
# as "did not answer in time". The connections are urllib3's own, made by pool classes that
# tell the request in flight (a thread-local) which connection it uses.

_in_flight = threading.local()


class _Deadline:
    """The connections of one request, shut down once ``seconds`` have passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._connections: List[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "_Deadline":
        _in_flight.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        _in_flight.deadline = None

    def watch(self, connection: Any) -> None:
        with self._lock:
            self._connections.append(connection)
            expired = self.expired
        if expired:
            _shut(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            connections = list(self._connections)
        for connection in connections:
            _shut(connection)


def _shut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked on it, in any thread
        except OSError:
            pass


def _watched(base: type) -> type:
    """``base`` (a urllib3 connection class) that shows itself to the request in flight."""

    class Watched(base):  # type: ignore[misc, valid-type]
        def request(self, *args: Any, **kwargs: Any) -> Any:
            deadline = getattr(_in_flight, "deadline", None)
            if deadline is not None:
                deadline.watch(self)
            return super().request(*args, **kwargs)

    Watched.__name__ = f"Watched{base.__name__}"
    return Watched


def _pool_classes() -> Dict[str, type]:
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    http = type("WatchedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": _watched(HTTPConnection)})
    https = type("WatchedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": _watched(HTTPSConnection)})
    return {"http": http, "https": https}


@functools.lru_cache(maxsize=None)
def deadline_adapter() -> type:
    """``DeadlineAdapter``: geopy's requests adapter with the request's whole time bounded
    (connecting, sending and reading the entire answer together take at most the geocoder's
    timeout). Made on first use, so that geopy is imported only where a geocoder is used."""
    import geopy.exc
    from geopy.adapters import RequestsAdapter

    class DeadlineAdapter(RequestsAdapter):
        __doc__ = deadline_adapter.__doc__

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            classes = _pool_classes()
            for transport in self.session.adapters.values():
                transport.poolmanager.pool_classes_by_scheme = classes

        def get_json(self, url: str, *, timeout: float, headers: Dict[str, str]) -> Any:
            return self._bounded(super().get_json, url, timeout, headers)

        def get_text(self, url: str, *, timeout: float, headers: Dict[str, str]) -> Any:
            return self._bounded(super().get_text, url, timeout, headers)

        @staticmethod
        def _bounded(get: Callable[..., Any], url: str, timeout: float, headers: Dict[str, str]) -> Any:
            with _Deadline(timeout) as deadline:
                try:
                    answer = get(url, timeout=timeout, headers=headers)
                except geopy.exc.GeopyError:
                    if deadline.expired:
                        raise geopy.exc.GeocoderTimedOut(f"no whole answer within {timeout:g} s") from None
                    raise
            if deadline.expired:  # a cut answer that happened to parse is still cut
                raise geopy.exc.GeocoderTimedOut(f"no whole answer within {timeout:g} s")
            return answer

    return DeadlineAdapter


def _default_adapter_factory() -> Any:
    # geopy's requests adapter retries failed connections and reads twice by default. Those
    # retries bypass the rate limiter (three requests in a second to Nominatim) and triple a
    # timeout, so geomap turns them off; a failure is reported and asked again on the next run.
    # Its timeout bounds each read only: the deadline adapter bounds the whole request.
    from geopy.adapters import RequestsAdapter
    from geopy.geocoders import options as geopy_options

    if geopy_options.default_adapter_factory is RequestsAdapter:
        return functools.partial(deadline_adapter(), max_retries=0)
    return geopy_options.default_adapter_factory  # pragma: no cover - requests not installed


def service_name(service: str) -> str:
    """The canonical name of ``--geocoder NAME`` (``offline`` or a service geopy knows).

    :raises GeocodingError: geopy knows no such service.
    """
    name = service.strip().lower()
    if name == OFFLINE:
        return name
    import geopy.exc
    from geopy.geocoders import get_geocoder_for_service

    try:
        get_geocoder_for_service(name)
    except geopy.exc.GeocoderNotFound as exc:
        raise GeocodingError(
            f"unknown geocoder {service!r}: use {OFFLINE!r} or a geopy service "
            "such as nominatim or photon"
        ) from exc
    return name


def make_geocoder(
    service: str = OFFLINE,
    *,
    domain: Optional[str] = None,
    scheme: Optional[str] = None,
    user_agent: Optional[str] = None,
    timeout: float = 10.0,
    min_delay: Optional[float] = None,
    options: Optional[Dict[str, Any]] = None,
    language: Optional[str] = None,
) -> Optional[GeopyGeocoder]:
    """The geocoder for ``--geocoder NAME``, or ``None`` for ``offline`` (the gazetteer only).

    Building it sends no request.

    :param service: ``offline`` or any name geopy's ``get_geocoder_for_service`` knows
        (``nominatim``, ``photon``, ``arcgis``, …).
    :param domain: ``HOST[:PORT]`` of the service, for a self-hosted server.
    :param scheme: ``http`` or ``https`` (geopy's default, https, if ``None``).
    :param user_agent: sent with every request; Nominatim requires one that identifies you.
    :param timeout: seconds to wait for an answer.
    :param min_delay: least seconds between requests; 1.0 for Nominatim (its policy), else 0.
    :param options: more keyword arguments for the geopy class (``api_key``, …).
    :param language: preferred language of names, for Nominatim and Photon.
    :raises GeocodingError: unknown service, missing user agent, or options the service refuses.
    """
    name = service_name(service)
    if name == OFFLINE:
        return None
    import geopy.exc
    from geopy.geocoders import get_geocoder_for_service

    cls = get_geocoder_for_service(name)
    if scheme not in (None, "http", "https"):
        raise GeocodingError(f"geocoder scheme must be http or https, not {scheme!r}")
    if timeout is None or not timeout > 0:
        raise GeocodingError(f"geocoder timeout must be a positive number of seconds, not {timeout!r}")
    if name == "nominatim":
        if not (user_agent and user_agent.strip()):
            raise GeocodingError("nominatim requires --user-agent (usage policy)")
        if min_delay is None:
            min_delay = NOMINATIM_MIN_DELAY
        public = (domain or _NOMINATIM_PUBLIC_DOMAIN) == _NOMINATIM_PUBLIC_DOMAIN
        if public and min_delay < NOMINATIM_MIN_DELAY:
            raise GeocodingError(
                f"{_NOMINATIM_PUBLIC_DOMAIN} allows at most one request a second (usage policy); "
                "a shorter delay needs your own server (--geocoder-domain)"
            )
    kwargs: Dict[str, Any] = {"timeout": timeout, "adapter_factory": _default_adapter_factory()}
    if user_agent:
        kwargs["user_agent"] = user_agent
    if domain:
        kwargs["domain"] = domain
    if scheme:
        kwargs["scheme"] = scheme
    kwargs.update(options or {})
    try:
        geolocator = cls(**kwargs)
    except (TypeError, ValueError, geopy.exc.GeopyError) as exc:
        raise GeocodingError(f"{name}: cannot set up the geocoder ({_one_line(str(exc))})") from exc
    return GeopyGeocoder(geolocator, name, min_delay=min_delay or 0.0, language=language)


# -- the cache in front --------------------------------------------------------------------------------


class CachedGeocoder:
    """Read-through cache in front of a :class:`Geocoder`.

    A stored answer, "not found" included, is returned without calling out. A fresh answer is
    stored only when the service answered completely; a failure raises and stores nothing, so
    the name is asked again on the next run.

    :param geocoder: the geocoder to ask on a miss; ``None`` answers from the cache only.
    :param cache: where answers live.
    :param service_name: the service answers are stored under (default: ``geocoder.name``).
    :param offline: answer from the cache only (``--offline``); a miss raises :class:`NotCached`.
    """

    def __init__(
        self,
        geocoder: Optional[Geocoder],
        cache: Cache,
        service_name: Optional[str] = None,
        *,
        offline: bool = False,
    ) -> None:
        if service_name is None:
            if geocoder is None:
                raise ValueError("service_name is required when there is no geocoder")
            service_name = geocoder.name
        self.geocoder = geocoder
        self.cache = cache
        self.name = service_name
        self.offline = offline or geocoder is None
        #: How many times this object called out to the service.
        self.requests = 0

    def geocode(
        self, query: str, *, countries: Sequence[str] = (), cache_only: bool = False
    ) -> Optional[Place]:
        """The cached answer for ``query``, else the service's (then cached).

        :param cache_only: do not call out this time, even if not offline.
        :raises NotCached: offline (or ``cache_only``) and the cache holds no answer.
        :raises GeocodingError: the service failed; nothing was stored.
        """
        key = cache_query(self.name, query, countries)
        hit = self.cache.get(self.name, key)
        if hit is not None:
            if hit.value is None:
                return None
            try:
                return place_from_dict(hit.value)
            except CacheError as exc:
                # a damaged entry is as good as none: reported, asked again and overwritten
                ignore = getattr(self.cache, "ignore_entry", None)
                if ignore is not None:
                    ignore(self.name, key, exc.__cause__ or exc)
        else:
            shared = self._answer_under_another_hint(query, countries)
            if shared is not None:
                return shared
        if self.offline or cache_only or self.geocoder is None:
            raise NotCached(f"not in the {self.name} cache, and geomap may not ask (offline)")
        turn = getattr(self.cache, "turn", None)
        with turn(self.name) if turn is not None else contextlib.nullcontext():
            # another run sharing the cache may have asked while this one waited its turn
            hit = self.cache.get(self.name, key, count=False) if turn is not None else None
            if hit is not None:
                try:
                    return None if hit.value is None else place_from_dict(hit.value)
                except CacheError:
                    pass
            self.requests += 1
            place = self.geocoder.geocode(query, countries=countries)
            self.cache.put(self.name, key, None if place is None else place_to_dict(place))
        return place


    def _answer_under_another_hint(self, query: str, countries: Sequence[str]) -> Optional[Place]:
        """A place stored for ``query`` at this service under another country hint (asked from
        an article that named other countries, here or by a colleague whose cache was
        imported), if it lies in one of this article's countries, or the article names none.

        "Not found" is never borrowed (the service might find the name within these
        countries), nor a place outside them ("Tripoli" found in LB does not answer an article
        about LY). The newest such answer wins.
        """
        hint = {c.upper() for c in country_hint(self.name, countries)}
        for entry in self.cache.variants(self.name, query):
            if entry.value is None:
                continue
            try:
                place = place_from_dict(entry.value)
            except CacheError:
                continue
            if not hint or place.country.upper() in hint:
                self.cache.count_hit()
                return place
        return None


# -- batches -------------------------------------------------------------------------------------------

FOUND, NOT_FOUND, NOT_CACHED, FAILED = "found", "not found", "not cached", "failed"


@dataclass(frozen=True)
class GeocodeOutcome:
    """What became of one name.

    :param status: ``found``, ``not found`` (the service has no such place), ``not cached``
        (offline, never asked) or ``failed``.
    :param error: why it failed, in one line (``""`` unless ``status`` is ``failed``).
    """

    query: str
    countries: Tuple[str, ...]
    status: str
    place: Optional[Place] = None
    error: str = ""

    def __str__(self) -> str:
        return f"{self.query}: {self.error or self.status}"


@dataclass(frozen=True)
class GeocodeReport:
    """The outcome of :func:`geocode_names`: one :class:`GeocodeOutcome` per distinct name."""

    outcomes: Tuple[GeocodeOutcome, ...]

    @property
    def places(self) -> Dict[str, Place]:
        """Name -> place, for the names that were found (the first answer per name)."""
        found: Dict[str, Place] = {}
        for outcome in self.outcomes:
            if outcome.place is not None:
                found.setdefault(outcome.query, outcome.place)
        return found

    @property
    def failures(self) -> List[str]:
        """One line per name that failed: ``"NAME: reason"``."""
        return [str(o) for o in self.outcomes if o.status == FAILED]

    @property
    def not_found(self) -> List[str]:
        return [o.query for o in self.outcomes if o.status == NOT_FOUND]

    @property
    def not_cached(self) -> List[str]:
        return [o.query for o in self.outcomes if o.status == NOT_CACHED]

    def place_for(self, query: str, countries: Sequence[str] = ()) -> Optional[Place]:
        """The place found for ``query`` asked with ``countries``, if any."""
        wanted = _batch_key(query, countries)
        for outcome in self.outcomes:
            if _batch_key(outcome.query, outcome.countries) == wanted:
                return outcome.place
        return None


def _batch_key(query: str, countries: Sequence[str]) -> Tuple[str, Tuple[str, ...]]:
    return " ".join(query.split()).casefold(), tuple(sorted({c.upper() for c in countries}))


def geocode_names(
    names: Iterable[Tuple[str, Sequence[str]]],
    geocoder: Geocoder,
    *,
    max_unavailable: int = MAX_UNAVAILABLE_IN_A_ROW,
) -> GeocodeReport:
    """Geocode ``(name, countries)`` pairs; never raise.

    Each distinct pair is asked once, in order. A failure costs that name only, and after
    ``max_unavailable`` unreachable-or-timed-out answers in a row the service is not called
    again in this batch (cached names are still answered), so a dead service costs seconds,
    not a timeout per name.

    :param names: the names with the article's countries (alpha-2 codes) as a hint; read lazily.
    :param geocoder: usually a :class:`CachedGeocoder`.
    :returns: one outcome per distinct name; ``report.failures`` holds one line per failed name.
    """
    return GeocodingRun(geocoder, max_unavailable=max_unavailable).ask(names)


class GeocodingRun:
    """:func:`geocode_names` over many batches (one per article) that share one run's memory.

    A name asked in an earlier batch is answered from memory, failure included, so a name
    that failed costs one request and one report line per run, not one per article; and once
    the service has not answered ``max_unavailable`` times in a row, it is not called again in
    this run (the cache still answers).

    :param geocoder: usually a :class:`CachedGeocoder`.
    """

    def __init__(self, geocoder: Geocoder, *, max_unavailable: int = MAX_UNAVAILABLE_IN_A_ROW) -> None:
        self.geocoder = geocoder
        self.max_unavailable = max_unavailable
        self._known: Dict[Tuple[str, Tuple[str, ...]], GeocodeOutcome] = {}
        self._unavailable_in_a_row = 0
        #: Why the service is no longer called (``""`` while it still is).
        self.gave_up = ""

    @property
    def outcomes(self) -> Tuple[GeocodeOutcome, ...]:
        """Every outcome of this run so far, one per distinct name, in the order first asked."""
        return tuple(self._known.values())

    def ask(self, names: Iterable[Tuple[str, Sequence[str]]]) -> GeocodeReport:
        """Geocode ``(name, countries)`` pairs; never raise. See :func:`geocode_names`."""
        outcomes: List[GeocodeOutcome] = []
        seen: set = set()
        for query, countries in names:
            countries = tuple(countries)
            key = _batch_key(query, countries)
            if key in seen:
                continue
            seen.add(key)
            outcome = self._known.get(key)
            if outcome is None:
                outcome = self._known[key] = self._ask_one(query, countries)
            outcomes.append(outcome)
        return GeocodeReport(tuple(outcomes))

    def _ask_one(self, query: str, countries: Tuple[str, ...]) -> GeocodeOutcome:
        geocoder = self.geocoder
        try:
            if self.gave_up:
                if not isinstance(geocoder, CachedGeocoder):
                    return GeocodeOutcome(query, countries, FAILED, error=self.gave_up)
                place = geocoder.geocode(query, countries=countries, cache_only=True)
            else:
                place = geocoder.geocode(query, countries=countries)
        except NotCached:
            if self.gave_up:
                return GeocodeOutcome(query, countries, FAILED, error=self.gave_up)
            return GeocodeOutcome(query, countries, NOT_CACHED)
        except GeocoderUnavailable as exc:
            self._unavailable_in_a_row += 1
            if self._unavailable_in_a_row >= self.max_unavailable and not self.gave_up:
                self.gave_up = (
                    f"skipped: {getattr(geocoder, 'name', 'the geocoder')} did not answer "
                    f"{self._unavailable_in_a_row} times in a row"
                )
            return GeocodeOutcome(query, countries, FAILED, error=_one_line(str(exc)))
        except GeomapError as exc:
            self._unavailable_in_a_row = 0
            return GeocodeOutcome(query, countries, FAILED, error=_one_line(str(exc)))
        except Exception as exc:  # a bug in a service's parser must not cost the whole run
            self._unavailable_in_a_row = 0
            return GeocodeOutcome(query, countries, FAILED, error=f"unexpected error: {_one_line(repr(exc))}")
        self._unavailable_in_a_row = 0
        return GeocodeOutcome(query, countries, FOUND if place is not None else NOT_FOUND, place=place)
