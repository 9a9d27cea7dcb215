"""geomap.geocoding against a real HTTP server on 127.0.0.1 (tests/geoserver.py).

geopy is used as it is: real requests over a real socket; only the server misbehaves.
"""

from __future__ import annotations

import time

import geopy.exc
import pytest
from geoserver import DROP, HANG, MALFORMED, Fault, GeoServer

from geomap.cache import place_to_dict
from geomap.errors import GeocoderUnavailable, GeocodingError
from geomap.geocoding import (
    CachedGeocoder,
    GeocodeReport,
    GeopyGeocoder,
    NotCached,
    cache_query,
    country_hint,
    geocode_names,
    make_geocoder,
)
from geomap.models import Place

UA = "geomap-tests/1.0"
TIMEOUT = 1.0  # the whole request (a deadline): room for a loaded machine, still short


def nominatim(server: GeoServer, **kwargs) -> GeopyGeocoder:
    kwargs.setdefault("min_delay", 0)
    return make_geocoder("nominatim", domain=server.domain, scheme="http", user_agent=UA, timeout=TIMEOUT, **kwargs)


def photon(server: GeoServer, **kwargs) -> GeopyGeocoder:
    return make_geocoder("photon", domain=server.domain, scheme="http", timeout=TIMEOUT, **kwargs)


SERVICES = {"nominatim": nominatim, "photon": photon}


def run(service, server, cache, names) -> GeocodeReport:
    """One geomap run: a fresh geocoder in front of the shared cache."""
    return geocode_names(names, CachedGeocoder(SERVICES[service](server), cache))


def in_syria(*names):
    return [(name, ["SY"]) for name in names]


# -- normal answers ------------------------------------------------------------------------------


def test_nominatim_answer_becomes_a_place(geoserver, geo_cache):
    report = run("nominatim", geoserver, geo_cache, in_syria("Kafr Nabl"))
    assert report.failures == []
    assert report.places == {
        "Kafr Nabl": Place(0, "Kafr Nabl", 35.6139, 36.5614, "SY", "geocoded", 0, "Idlib Governorate")
    }
    (request,) = geoserver.requests
    assert request.path == "/search"
    assert request.params["q"] == "Kafr Nabl"
    assert request.params["format"] == "json"
    assert request.params["addressdetails"] == "1"
    assert request.params["countrycodes"] == "sy"  # the article's countries, as a hint


def test_photon_answer_becomes_a_place(geoserver, geo_cache):
    report = run("photon", geoserver, geo_cache, in_syria("Kafr Nabl"))
    assert report.places["Kafr Nabl"] == Place(
        0, "Kafr Nabl", 35.6139, 36.5614, "SY", "geocoded", 0, "Idlib Governorate"
    )
    (request,) = geoserver.requests
    assert request.path == "/api" and request.params["q"] == "Kafr Nabl"
    assert "countrycodes" not in request.params  # Photon has no country filter


def test_country_hint_reaches_the_service(geoserver, geo_cache):
    # Kilis is in Turkey: with a Syria-only hint Nominatim does not find it; Photon ignores hints.
    assert run("nominatim", geoserver, geo_cache, in_syria("Kilis")).not_found == ["Kilis"]
    assert "Kilis" in run("nominatim", geoserver, geo_cache, [("Kilis", ["SY", "TR"])]).places
    assert geoserver.requests[-1].params["countrycodes"] == "sy,tr"
    assert "Kilis" in run("photon", geoserver, geo_cache, in_syria("Kilis")).places


def test_language_is_sent_where_supported(geoserver, geo_cache):
    geocode_names(in_syria("Atmuz"), CachedGeocoder(nominatim(geoserver, language="en"), geo_cache))
    assert geoserver.requests[-1].params["accept-language"] == "en"


@pytest.mark.parametrize("service", SERVICES)
def test_second_run_sends_zero_requests(service, geoserver, geo_cache):
    names = in_syria("Kafr Nabl", "Atmuz", "Nowhere Town", "Kafr Nabl")
    first = run(service, geoserver, geo_cache, names)
    assert geoserver.count() == 3  # the repeated name is asked once
    assert set(first.places) == {"Kafr Nabl", "Atmuz"} and first.not_found == ["Nowhere Town"]
    second = run(service, geoserver, geo_cache, names)
    assert geoserver.count() == 3
    assert second.outcomes == first.outcomes


@pytest.mark.parametrize("service", SERVICES)
def test_not_found_is_cached_as_not_found(service, geoserver, geo_cache):
    report = run(service, geoserver, geo_cache, in_syria("Nowhere Town"))
    assert report.not_found == ["Nowhere Town"] and report.failures == [] and report.places == {}
    entry = geo_cache.get(service, cache_query(service, "Nowhere Town", ["SY"]))
    assert entry is not None and entry.value is None


def test_rate_limit_spaces_requests(geoserver, geo_cache):
    geocoder = CachedGeocoder(nominatim(geoserver, min_delay=0.3), geo_cache)
    started = time.monotonic()
    geocode_names(in_syria("Kafr Nabl", "Atmuz", "Bab al-Qalbun"), geocoder)
    assert time.monotonic() - started >= 0.6
    assert geoserver.count() == 3


# -- faults: each costs the faulty name only, and nothing incomplete is cached ----------------------

FAULTS = {
    "http-500": (Fault.http(500), "failed"),
    "http-503": (Fault.http(503), "did not answer in time"),
    "http-429-long-retry-after": (Fault.http(429, retry_after="3600"), "too many requests"),
    "http-429-no-retry-after": (Fault.http(429), "too many requests"),
    "timeout": (HANG, "did not answer in time"),
    "malformed-json": (MALFORMED, "not valid JSON"),
    "wrong-shape-json": (Fault.json({"unexpected": True}), ""),
    "connection-dropped": (DROP, "unreachable"),
}


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("fault", FAULTS)
def test_a_fault_costs_one_name_only(service, fault, geoserver, geo_cache):
    geoserver.fail("Kafr Nabl", FAULTS[fault][0])
    names = in_syria("Eastern Qalbun", "Kafr Nabl", "Nowhere Town", "Atmuz")

    started = time.monotonic()
    report = run(service, geoserver, geo_cache, names)
    assert time.monotonic() - started < 3  # no long waits, whatever the fault

    # The run finished and mapped what it could; one line for the name that failed.
    assert set(report.places) == {"Eastern Qalbun", "Atmuz"}
    assert report.not_found == ["Nowhere Town"]
    assert len(report.failures) == 1
    line = report.failures[0]
    assert line.startswith(f"Kafr Nabl: {service} ") and "\n" not in line
    assert FAULTS[fault][1] in line
    # Only complete answers are cached: the failure is not a "not found".
    assert geo_cache.get(service, cache_query(service, "Kafr Nabl", ["SY"])) is None
    assert geo_cache.info().entries == {service: 3}

    # A second run over the answered names sends zero requests.
    asked = geoserver.count()
    again = run(service, geoserver, geo_cache, [n for n in names if n[0] != "Kafr Nabl"])
    assert geoserver.count() == asked and again.failures == []
    # Once the service is well again, only the failed name is asked; after that, nothing.
    geoserver.heal()
    healed = run(service, geoserver, geo_cache, names)
    assert geoserver.count() == asked + 1
    assert healed.failures == [] and "Kafr Nabl" in healed.places
    run(service, geoserver, geo_cache, names)
    assert geoserver.count() == asked + 1


def test_answer_without_coordinates_is_not_cached(geoserver, geo_cache):
    geoserver.fail("Atmuz", Fault.json([{"display_name": "Atmuz, Syria"}]))
    report = run("nominatim", geoserver, geo_cache, in_syria("Atmuz"))
    assert report.failures == ["Atmuz: nominatim: answer for 'Atmuz' has no valid coordinates (None, None)"]
    assert geo_cache.info().entries == {}


def test_429_with_short_retry_after_is_waited_out_once(geoserver, geo_cache):
    geoserver.fail("Kafr Nabl", Fault.http(429, retry_after="1"), times=1)
    started = time.monotonic()
    report = run("nominatim", geoserver, geo_cache, in_syria("Kafr Nabl"))
    assert time.monotonic() - started >= 1.0
    assert report.failures == [] and "Kafr Nabl" in report.places
    assert geoserver.count("Kafr Nabl") == 2


def test_429_again_after_the_retry_fails_the_name(geoserver, geo_cache):
    geoserver.fail("Kafr Nabl", Fault.http(429, retry_after="0"))
    report = run("nominatim", geoserver, geo_cache, in_syria("Kafr Nabl", "Atmuz"))
    assert report.failures == ["Kafr Nabl: nominatim refused: too many requests (HTTP 429, retry after 0 s)"]
    assert geoserver.count("Kafr Nabl") == 2  # asked, waited, asked once more, gave up
    assert "Atmuz" in report.places


def test_429_with_long_retry_after_is_not_waited(geoserver, geo_cache):
    geoserver.fail("Kafr Nabl", Fault.http(429, retry_after="3600"))
    started = time.monotonic()
    report = run("nominatim", geoserver, geo_cache, in_syria("Kafr Nabl"))
    assert time.monotonic() - started < 1
    assert report.failures == ["Kafr Nabl: nominatim refused: too many requests (HTTP 429, retry after 3600 s)"]
    assert geoserver.count("Kafr Nabl") == 1


def test_server_dying_mid_run(geoserver, geo_cache):
    def names():
        yield from in_syria("Eastern Qalbun", "Kafr Nabl")
        geoserver.stop()  # dies between two names
        yield from in_syria("Atmuz", "Bab al-Qalbun", "Nowhere Town", "Kilis", "Eastern Qalbun")

    started = time.monotonic()
    report = run("nominatim", geoserver, geo_cache, names())
    assert time.monotonic() - started < 3
    assert set(report.places) == {"Eastern Qalbun", "Kafr Nabl"}
    assert [line.split(":")[0] for line in report.failures] == ["Atmuz", "Bab al-Qalbun", "Nowhere Town", "Kilis"]
    assert all("nominatim is unreachable" in line for line in report.failures[:3])
    # After three in a row the service is left alone for the rest of the batch.
    assert report.failures[3] == "Kilis: skipped: nominatim did not answer 3 times in a row"
    assert geo_cache.info().entries == {"nominatim": 2}

    with GeoServer() as revived:  # the next run, against a server that is up again
        again = run("nominatim", revived, geo_cache, in_syria("Eastern Qalbun", "Kafr Nabl"))
        assert revived.count() == 0 and again.failures == []
        everything = run("nominatim", revived, geo_cache, in_syria("Eastern Qalbun", "Kafr Nabl", "Atmuz",
                                                                   "Bab al-Qalbun", "Nowhere Town", "Kilis"))
        assert revived.count() == 4 and everything.failures == []


def test_after_giving_up_cached_names_are_still_answered(geoserver, geo_cache):
    run("nominatim", geoserver, geo_cache, in_syria("Atmuz"))
    for name in ("Kafr Nabl", "Eastern Qalbun", "Bab al-Qalbun", "Kilis"):
        geoserver.fail(name, HANG)
    asked = geoserver.count()
    report = run("nominatim", geoserver, geo_cache, in_syria("Kafr Nabl", "Eastern Qalbun", "Bab al-Qalbun",
                                                             "Atmuz", "Kilis"))
    assert geoserver.count() == asked + 3
    assert "Atmuz" in report.places  # from the cache, after the service was given up
    assert report.failures[-1].startswith("Kilis: skipped:")
    assert len(report.failures) == 4


# -- errors are translated in one place, keeping the cause ---------------------------------------------


@pytest.mark.parametrize(
    "fault, geomap_error, geopy_error",
    [
        (HANG, GeocoderUnavailable, geopy.exc.GeocoderTimedOut),
        (DROP, GeocoderUnavailable, geopy.exc.GeocoderUnavailable),
        (Fault.http(500), GeocodingError, geopy.exc.GeocoderServiceError),
        (Fault.http(429, retry_after="3600"), GeocodingError, geopy.exc.GeocoderRateLimited),
        (MALFORMED, GeocodingError, geopy.exc.GeocoderParseError),
        (Fault.http(403), GeocodingError, geopy.exc.GeocoderInsufficientPrivileges),
    ],
)
def test_geopy_errors_become_geomap_errors(geoserver, fault, geomap_error, geopy_error):
    geoserver.fail("Atmuz", fault)
    with pytest.raises(geomap_error) as excinfo:
        nominatim(geoserver).geocode("Atmuz")
    assert isinstance(excinfo.value.__cause__, geopy_error)
    assert str(excinfo.value).startswith("nominatim ")


def test_unavailable_is_also_an_oserror(geoserver):
    geoserver.stop()
    with pytest.raises(OSError):
        photon(geoserver).geocode("Atmuz")


# -- make_geocoder --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["offline", "OFFLINE", " offline "])
def test_offline_is_no_geocoder(name):
    assert make_geocoder(name) is None
    assert make_geocoder() is None


def test_unknown_service():
    with pytest.raises(GeocodingError, match="unknown geocoder 'nosuch'"):
        make_geocoder("nosuch")


@pytest.mark.parametrize("user_agent", [None, "", "  "])
def test_nominatim_requires_a_user_agent(user_agent):
    with pytest.raises(GeocodingError) as excinfo:
        make_geocoder("nominatim", user_agent=user_agent)
    assert str(excinfo.value) == "nominatim requires --user-agent (usage policy)"


def test_nominatim_defaults_to_one_request_a_second():
    geocoder = make_geocoder("nominatim", user_agent=UA)
    assert geocoder.min_delay == 1.0
    assert geocoder.geolocator.domain == "nominatim.openstreetmap.org"
    assert geocoder.geolocator.headers["User-Agent"] == UA
    with pytest.raises(GeocodingError, match="at most one request a second"):
        make_geocoder("nominatim", user_agent=UA, min_delay=0.2)
    # Your own server, your own rules.
    assert make_geocoder("nominatim", user_agent=UA, domain="127.0.0.1:1", min_delay=0).min_delay == 0


def test_endpoint_and_timeout_are_passed_through():
    geocoder = make_geocoder("photon", domain="127.0.0.1:8080", scheme="http", timeout=2.5)
    assert geocoder.name == "photon" and geocoder.min_delay == 0
    assert geocoder.geolocator.api == "http://127.0.0.1:8080/api"
    assert geocoder.geolocator.timeout == 2.5


def test_any_geopy_service_with_its_options():
    assert make_geocoder("arcgis").name == "arcgis"
    geocoder = make_geocoder("geocodeearth", options={"api_key": "k"})
    assert geocoder.geolocator.api_key == "k"
    with pytest.raises(GeocodingError, match="geocodeearth: cannot set up the geocoder"):
        make_geocoder("geocodeearth")  # api_key missing


@pytest.mark.parametrize("kwargs", [{"scheme": "ftp"}, {"timeout": 0}, {"timeout": -1}])
def test_bad_settings(kwargs):
    with pytest.raises(GeocodingError):
        make_geocoder("photon", **kwargs)


def test_country_hint_and_cache_query():
    assert country_hint("nominatim", ["SY", "tr", "SY", "bad", ""]) == ("sy", "tr")
    assert country_hint("photon", ["SY"]) == ()
    assert cache_query("nominatim", "Atmuz", ["TR", "SY"]) == "Atmuz [sy,tr]"
    assert cache_query("photon", "Atmuz", ["SY"]) == "Atmuz"
    assert cache_query("nominatim", "Atmuz") == "Atmuz"


# -- CachedGeocoder -----------------------------------------------------------------------------------------


class Refuses:
    """A geocoder that must never be called."""

    name = "nominatim"

    def geocode(self, query, *, countries=()):
        raise AssertionError(f"called out for {query!r}")


def test_cache_hit_never_calls_out(geo_cache):
    place = Place(0, "Atmuz", 36.2, 36.66, "SY", "geocoded")
    geo_cache.put("nominatim", cache_query("nominatim", "Atmuz", ["SY"]), place_to_dict(place))
    geo_cache.put("nominatim", "Nowhere", None)
    cached = CachedGeocoder(Refuses(), geo_cache)
    assert cached.geocode("Atmuz", countries=["SY"]) == place
    assert cached.geocode("nowhere") is None  # a stored "not found" is an answer too
    assert cached.requests == 0


def test_offline_answers_from_cache_only(geoserver, geo_cache):
    run("nominatim", geoserver, geo_cache, in_syria("Atmuz"))
    asked = geoserver.count()
    offline = CachedGeocoder(nominatim(geoserver), geo_cache, offline=True)
    assert offline.geocode("Atmuz", countries=["SY"]).name == "Atmuz"
    with pytest.raises(NotCached):
        offline.geocode("Kafr Nabl", countries=["SY"])
    report = geocode_names(in_syria("Atmuz", "Kafr Nabl"), offline)
    assert report.not_cached == ["Kafr Nabl"] and report.failures == []
    assert geoserver.count() == asked


def test_no_geocoder_means_offline(geo_cache):
    cached = CachedGeocoder(None, geo_cache, "photon")
    assert cached.offline
    with pytest.raises(NotCached):
        cached.geocode("Atmuz")
    with pytest.raises(ValueError):
        CachedGeocoder(None, geo_cache)


def test_damaged_entry_is_asked_again(geoserver, geo_cache):
    geo_cache.put("photon", "Atmuz", {"not": "a place"})
    cached = CachedGeocoder(photon(geoserver), geo_cache)
    assert cached.geocode("Atmuz").name == "Atmuz"
    assert cached.requests == 1
    assert geo_cache.get("photon", "Atmuz").value["name"] == "Atmuz"


def test_geocode_names_never_raises():
    class Broken:
        name = "broken"

        def geocode(self, query, *, countries=()):
            raise RuntimeError("bug\nin a parser")

    report = geocode_names([("A", []), ("B", [])], Broken())
    assert report.failures == ["A: unexpected error: RuntimeError('bug\\nin a parser')",
                               "B: unexpected error: RuntimeError('bug\\nin a parser')"]


def test_report_place_for(geoserver, geo_cache):
    report = run("nominatim", geoserver, geo_cache, [("Kilis", ["TR"]), ("Kilis", ["SY"])])
    assert report.place_for("kilis", ["tr"]).country == "TR"
    assert report.place_for("Kilis", ["SY"]) is None
    assert report.place_for("Nowhere") is None
