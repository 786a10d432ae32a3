"""A loopback HTTP server that serves hand-written platform pages (``fixtures/<example>/``).

``routes.json`` lists ``{path, query, file, status?, type?}``; a request is answered with the
route of its path whose ``query`` items it all has (the most specific one). Every request's
path and headers are recorded, so tests can check what the crawler sent. Pages may link to the
real host (``//tieba.baidu.com/f?…``): ``hosts`` names hosts served here instead.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
_TYPES = {".json": "application/json; charset=utf-8", ".html": "text/html; charset=utf-8"}


@dataclass
class FixtureSite:
    """What the server saw, and where it listens."""

    base_url: str = ""
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def _route(routes: list[dict[str, Any]], target: str) -> dict[str, Any] | None:
    parts = urlsplit(target)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    matches = [
        r
        for r in routes
        if r["path"] == parts.path and all(query.get(k) == v for k, v in r["query"].items())
    ]
    return max(matches, key=lambda r: len(r["query"]), default=None)


@contextmanager
def serve_fixture(
    name: str,
    overrides: dict[str, str | tuple[str, int]] | None = None,
    hosts: tuple[str, ...] = (),
) -> Iterator[FixtureSite]:
    """Serve ``fixtures/<name>`` on 127.0.0.1.

    ``overrides`` maps a path to another file (or ``(file, status)``); links to ``hosts`` in the
    served pages are rewritten to this server.
    """
    folder = FIXTURES / name
    routes: list[dict[str, Any]] = json.loads((folder / "routes.json").read_text())
    site = FixtureSite()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers.items())))
            route = dict(_route(routes, self.path) or {})
            override = (overrides or {}).get(urlsplit(self.path).path)
            if override is not None:
                file, status = (override, 200) if isinstance(override, str) else override
                route.update(file=file, status=status)
            if "file" not in route:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            file = route["file"]
            body = (folder / file).read_bytes()
            for host in hosts:
                here = site.base_url.encode()
                body = body.replace(b"https://" + host.encode(), here)
                body = body.replace(b"//" + host.encode(), here.removeprefix(b"http:"))
            self.send_response(int(route.get("status", 200)))
            kind = route.get("type") or _TYPES.get(Path(file).suffix, "text/plain")
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
