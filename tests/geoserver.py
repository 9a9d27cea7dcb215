"""A real HTTP server on 127.0.0.1 that speaks just enough Nominatim and Photon for the tests.

geopy is never monkeypatched: it sends real requests over a real socket to this server, which
answers from a small table of places and can be told to misbehave for a given name::

    with GeoServer() as server:
        server.fail("Kafr Nabl", Fault.http(429, retry_after="1"), times=1)
        geocoder = make_geocoder("nominatim", domain=server.domain, scheme="http", ...)

Endpoints: ``/search`` (Nominatim, ``format=json``/``jsonv2``, ``addressdetails=1``,
``countrycodes``) and ``/api`` (Photon GeoJSON). Every request is counted in ``requests``.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

#: Places the server knows: name -> (lat, lon, country code, region).
SAMPLE_PLACES: Dict[str, Tuple[float, float, str, str]] = {
    "Eastern Qalbun": (33.5167, 36.45, "sy", "Rif Dimashq Governorate"),
    "Kafr Nabl": (35.6139, 36.5614, "sy", "Idlib Governorate"),
    "Atmuz": (36.2156, 36.6608, "sy", "Idlib Governorate"),
    "Bab al-Qalbun": (36.2333, 36.6667, "sy", "Idlib Governorate"),
    "Kilis": (36.7161, 37.115, "tr", "Kilis"),
}

#: How long a "hang" holds a request before giving up (the server's stop() releases it sooner).
HANG_SECONDS = 10.0


@dataclass(frozen=True)
class Fault:
    """A way to misbehave: ``http`` (a status code, headers), ``hang`` (never answer),
    ``malformed`` (200 with broken JSON), ``drop`` (close the connection without answering),
    ``body`` (200 with valid JSON of the wrong shape), ``drip`` (the right answer, status line
    and headers included, one byte every ``interval`` seconds).
    """

    kind: str
    status: int = 0
    headers: Tuple[Tuple[str, str], ...] = ()
    body: bytes = b""
    interval: float = 0.0

    @classmethod
    def drip(cls, interval: float = 0.5) -> "Fault":
        return cls("drip", interval=interval)

    @classmethod
    def http(cls, status: int, retry_after: Optional[str] = None) -> "Fault":
        headers = (("Retry-After", retry_after),) if retry_after is not None else ()
        return cls("http", status, headers)

    @classmethod
    def json(cls, value: object) -> "Fault":
        return cls("body", 200, body=json.dumps(value).encode("utf-8"))


HANG = Fault("hang")
MALFORMED = Fault("malformed")
DROP = Fault("drop")


@dataclass
class _Rule:
    fault: Fault
    times: Optional[int]  # None: every time


@dataclass
class Request:
    """One request the server received."""

    path: str
    params: Dict[str, str]

    @property
    def query(self) -> str:
        return self.params.get("q", "")


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


class GeoServer:
    """Nominatim and Photon look-alike on an ephemeral port of 127.0.0.1.

    :param places: name -> (lat, lon, country code, region); :data:`SAMPLE_PLACES` by default.
    """

    def __init__(self, places: Optional[Dict[str, Tuple[float, float, str, str]]] = None) -> None:
        self.places = {_norm(k): (k, v) for k, v in (places or SAMPLE_PLACES).items()}
        self.requests: List[Request] = []
        self._rules: Dict[str, _Rule] = {}
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._httpd: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        self.port = 0

    # -- control -----------------------------------------------------------------------------

    @property
    def domain(self) -> str:
        """``127.0.0.1:PORT``, for ``make_geocoder(domain=...)``."""
        return f"127.0.0.1:{self.port}"

    def fail(self, name: str, fault: Fault, times: Optional[int] = None) -> None:
        """Misbehave with ``fault`` for ``name`` (``times`` times, or always)."""
        with self._lock:
            self._rules[_norm(name)] = _Rule(fault, times)

    def heal(self) -> None:
        """Forget every fault: answer normally from now on."""
        with self._lock:
            self._rules.clear()

    def count(self, name: Optional[str] = None) -> int:
        """Requests received, for ``name`` only if given."""
        with self._lock:
            if name is None:
                return len(self.requests)
            return sum(1 for r in self.requests if _norm(r.query) == _norm(name))

    def start(self) -> "GeoServer":
        handler = type("Handler", (_Handler,), {"geoserver": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._release.clear()
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening: later requests are refused, as when a server dies."""
        self._release.set()  # let hanging requests go
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "GeoServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- behaviour -------------------------------------------------------------------------------

    def _take_fault(self, query: str) -> Optional[Fault]:
        with self._lock:
            rule = self._rules.get(_norm(query))
            if rule is None:
                return None
            if rule.times is not None:
                rule.times -= 1
                if rule.times <= 0:
                    del self._rules[_norm(query)]
            return rule.fault

    def _lookup(self, params: Dict[str, str]) -> Optional[Tuple[str, Tuple[float, float, str, str]]]:
        found = self.places.get(_norm(params.get("q", "")))
        if found is None:
            return None
        codes = [c for c in params.get("countrycodes", "").lower().split(",") if c]
        if codes and found[1][2] not in codes:
            return None
        return found


class _Handler(BaseHTTPRequestHandler):
    geoserver: GeoServer
    protocol_version = "HTTP/1.0"  # one request per connection: a stopped server refuses the next

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        server = self.geoserver
        with server._lock:
            server.requests.append(Request(url.path, params))
        fault = server._take_fault(params.get("q", ""))
        if fault is not None:
            return self._misbehave(fault, params)
        if url.path in ("/search", "/search.php"):
            return self._send_json(200, self._nominatim(params))
        if url.path == "/api":
            return self._send_json(200, self._photon(params))
        self._send_json(404, {"error": "not found"})

    def _misbehave(self, fault: Fault, params: Dict[str, str]) -> None:
        if fault.kind == "drip":
            body = json.dumps(self._nominatim(params)).encode("utf-8")
            raw = (f"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                   .encode("ascii") + body)
            self.close_connection = True
            for i in range(len(raw)):
                if self.geoserver._release.wait(fault.interval):
                    return
                try:
                    self.wfile.write(raw[i:i + 1])
                    self.wfile.flush()
                except OSError:  # the client gave up
                    return
            return
        if fault.kind == "hang":
            self.geoserver._release.wait(HANG_SECONDS)
            self.close_connection = True
            return
        if fault.kind == "drop":
            # As when the process dies mid-request: the client reads an empty reply.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault.kind == "malformed":
            return self._send(200, b'[{"lat": "35.6", "lon": ', "application/json")
        if fault.kind == "body":
            return self._send(200, fault.body, "application/json")
        self._send(fault.status, b'{"error": "fault injected"}', "application/json", fault.headers)

    def _nominatim(self, params: Dict[str, str]) -> list:
        found = self.geoserver._lookup(params)
        if found is None:
            return []
        name, (lat, lon, country, region) = found
        item = {
            "place_id": abs(hash(name)) % 10**6,
            "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
            "lat": f"{lat}",
            "lon": f"{lon}",
            "display_name": f"{name}, {region}, {'Syria' if country == 'sy' else 'Türkiye'}",
            "class": "place",
            "type": "village",
        }
        if params.get("format") == "jsonv2":
            item["name"] = name
        if params.get("addressdetails") == "1":
            item["address"] = {"village": name, "state": region, "country_code": country}
        return [item]

    def _photon(self, params: Dict[str, str]) -> dict:
        found = self.geoserver._lookup(params)
        features = []
        if found is not None:
            name, (lat, lon, country, region) = found
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {
                        "name": name,
                        "state": region,
                        "countrycode": country.upper(),
                        "osm_key": "place",
                        "osm_value": "village",
                    },
                }
            )
        return {"type": "FeatureCollection", "features": features}

    def _send_json(self, status: int, body: object) -> None:
        self._send(status, json.dumps(body).encode("utf-8"), "application/json")

    def _send(self, status: int, body: bytes, content_type: str, headers: Tuple[Tuple[str, str], ...] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
