"""A real HTTP server on 127.0.0.1 that serves news pages and feeds for the tests (issue 15).

geomap fetches from it over a real socket, as from a news site::

    with NewsServer() as site:
        site.add("/story.html", PAGE, "text/html; charset=utf-8")
        url = site.url("/story.html")

Paths not added answer 404; ``/slow`` holds the request for ``SLOW_SECONDS`` before answering
(for timeouts). Every request is recorded with its path, User-Agent and arrival time.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, List, Tuple

#: How long ``/slow`` waits before answering (the server's stop() releases it sooner).
SLOW_SECONDS = 5.0

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True)
class Hit:
    path: str
    user_agent: str
    when: float  # time.monotonic() on arrival


class NewsServer:
    def __init__(self) -> None:
        self.pages: Dict[str, Tuple[bytes, str]] = {}
        self.hits: List[Hit] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                try:
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def _answer(self) -> None:
                server.hits.append(Hit(self.path, self.headers.get("User-Agent", ""), time.monotonic()))
                if self.path == "/slow":
                    server._stop.wait(SLOW_SECONDS)
                if self.path == "/drip":  # a page of news, one byte every 0.2 s
                    body = b"Talks resumed in Kabul on Monday, officials said. " * 20
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    for byte in body:
                        if server._stop.wait(0.2):
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    return
                page = server.pages.get(self.path)
                if page is None:
                    self.send_error(404, "Not Found")
                    return
                body, content_type = page
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> "NewsServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "NewsServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body, content_type: str = "text/html; charset=utf-8") -> str:
        """Serve ``body`` (text is sent as UTF-8) at ``path``; return its URL."""
        self.pages[path] = (body.encode("utf-8") if isinstance(body, str) else body, content_type)
        return self.url(path)

    def count(self, path: str = "") -> int:
        """Requests received (for ``path`` only, if given)."""
        return sum(1 for h in self.hits if not path or h.path == path)
