"""Fetch web pages and feeds politely, and never twice.

``geomap map URL`` reads a page or a feed from the web. Every request:

- names geomap in its ``User-Agent`` (``--user-agent`` puts your own, with a contact, in it);
- gives up after ``timeout`` seconds;
- waits until at least ``min_delay`` seconds (1 by default) have passed since the last request
  to the same host, so that a feed's thirty links never hit one site at once;
- and its answer is stored in the cache folder (service ``web``, keyed by the URL), so that a
  second run over the same links sends nothing. ``geomap cache clear --service web`` forgets
  them; a failed fetch is never stored, so the next run asks again.

A failure (no answer, HTTP 404, a page larger than :data:`MAX_BYTES`) raises
:class:`FetchError` with one line saying why; the caller reports it and goes on.

Example::

    with Cache.open("cache") as cache:
        page = Fetcher(cache).get("https://example.org/story.html")
        print(page.url, page.content_type, len(page.data))
"""

from __future__ import annotations

import base64
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Callable, Dict, Optional

from .cache import Cache
from .errors import InputError

__all__ = ["DEFAULT_USER_AGENT", "MAX_BYTES", "SERVICE", "FetchError", "Fetched", "Fetcher", "is_url"]

#: The cache service fetched pages are stored under.
SERVICE = "web"
#: Sent when the user gives no ``--user-agent``.
DEFAULT_USER_AGENT = "geomap/{version} (news geoparser)"
#: The largest answer read (bytes): news pages are far smaller; more is refused, not cut.
MAX_BYTES = 20 * 1024 * 1024
#: The least time between two requests to one host, in seconds.
MIN_DELAY = 1.0
#: How long to wait for an answer, in seconds.
TIMEOUT = 20.0

_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(name: str) -> bool:
    """Whether an input names a web address (http or https) rather than a file."""
    return bool(_URL.match(name))


class FetchError(InputError):
    """A page could not be fetched; the message says why in one line."""


@dataclass(frozen=True)
class Fetched:
    """A fetched answer.

    :param url: where the answer came from, after redirects.
    :param content_type: the media type, lower case, without parameters (``text/html``).
    :param charset: the charset the server declared, or ``None``.
    :param data: the body, as sent.
    :param cached: read from the cache, not the network.
    """

    url: str
    content_type: str
    charset: Optional[str]
    data: bytes
    cached: bool = False


class Fetcher:
    """Gets URLs through the cache, one request per host per ``min_delay`` seconds.

    :param cache: where answers are stored (``None``: nothing is stored).
    :param user_agent: sent with every request (default :data:`DEFAULT_USER_AGENT`).
    :param offline: never use the network: a URL not in the cache fails.
    :param clock, sleep: for the rate limit (tests may count the waits).
    """

    def __init__(self, cache: Optional[Cache] = None, *, user_agent: Optional[str] = None,
                 timeout: float = TIMEOUT, min_delay: float = MIN_DELAY, offline: bool = False,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.cache = cache
        self.user_agent = user_agent or DEFAULT_USER_AGENT.format(version=_version())
        self.timeout = timeout
        self.min_delay = min_delay
        self.offline = offline
        self.requests = 0
        self._clock, self._sleep = clock, sleep
        self._last: Dict[str, float] = {}
        self._lock = threading.Lock()
        # through the proxy the environment names (http_proxy, https_proxy, no_proxy), as curl,
        # wget and pip go: behind a newsroom's proxy there is no other way out
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler())

    def get(self, url: str, *, refresh: bool = False) -> Fetched:
        """The answer for ``url``, from the cache if it was fetched before (unless ``refresh``:
        then it is fetched anew, and stored in place of the old answer).

        :raises FetchError: the page could not be fetched (the message says why).
        """
        if not is_url(url):
            raise FetchError("not an http or https address")
        if self.cache is not None and not refresh:
            hit = self.cache.get(SERVICE, url, exact=True)  # a path's case matters
            if hit is not None and hit.value is not None:
                try:
                    v = hit.value
                    return Fetched(v["url"], v["type"], v.get("charset"), base64.b64decode(v["body"]), cached=True)
                except (KeyError, TypeError, ValueError):
                    pass  # a damaged entry: fetch again and overwrite it
        if self.offline:
            raise FetchError("not in the cache, and --offline forbids fetching it")
        page = self._fetch(url)
        if self.cache is not None:
            self.cache.put(SERVICE, url, {"url": page.url, "type": page.content_type, "charset": page.charset,
                                          "body": base64.b64encode(page.data).decode("ascii")}, exact=True)
        return page

    def _wait_for(self, host: str) -> None:
        """Sleep until ``min_delay`` seconds have passed since the last answer from ``host``
        ended (so that two requests never reach it less than that apart)."""
        with self._lock:
            last = self._last.get(host)
        if last is not None:
            wait = last + self.min_delay - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _fetch(self, url: str) -> Fetched:
        try:
            host = (urllib.parse.urlsplit(url).hostname or "").lower()
        except ValueError as exc:  # "http://[::1/x": an address no request can be made for
            raise FetchError(f"not a valid address ({_one_line(exc)})") from exc
        self._wait_for(host)
        try:
            return self._request(url)
        finally:
            with self._lock:
                self._last[host] = self._clock()

    def _request(self, url: str) -> Fetched:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                      "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        })
        self.requests += 1
        try:
            deadline = time.monotonic() + self.timeout
            with self._opener.open(request, timeout=self.timeout) as response:
                data = _read_by(response, deadline, self.timeout)
                headers = response.headers
                return Fetched(response.geturl(), headers.get_content_type().lower(),
                               headers.get_content_charset(), data)
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason}".rstrip()) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, socket.timeout) or "timed out" in str(reason):
                raise FetchError(f"no answer in {self.timeout:g} s") from exc
            raise FetchError(f"cannot fetch ({_one_line(reason)})") from exc
        except (socket.timeout, TimeoutError) as exc:
            raise FetchError(f"no answer in {self.timeout:g} s") from exc
        except (OSError, ValueError, http.client.HTTPException) as exc:  # a reset mid-answer, a bad URL
            raise FetchError(f"cannot fetch ({_one_line(exc)})") from exc


def _read_by(response, deadline: float, timeout: float) -> bytes:
    """The body of ``response``, read in pieces until ``deadline`` (``time.monotonic``): the
    socket's own timeout bounds each read, so a server that drips its answer a byte at a time
    would hold a run for as long as it likes. At most :data:`MAX_BYTES`.

    :raises FetchError: the deadline passed, or the answer is larger than :data:`MAX_BYTES`.
    """
    parts = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"the whole answer did not come in {timeout:g} s")
        part = response.read1(64 * 1024) if hasattr(response, "read1") else response.read(64 * 1024)
        if not part:
            return b"".join(parts)
        size += len(part)
        if size > MAX_BYTES:
            raise FetchError(f"larger than {MAX_BYTES // (1024 * 1024)} MB, not read")
        parts.append(part)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("geomap")
    except Exception:  # noqa: BLE001 - not installed (run from a checkout)
        return "0"


def _one_line(reason: object) -> str:
    text = " ".join(str(reason).split()) or type(reason).__name__
    return text if len(text) <= 160 else text[:159] + "…"
