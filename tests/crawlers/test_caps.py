"""Crawl caps against a hostile site on loopback: a gzip bomb, an oversized page, endless
pagination. Each is stopped at its setting, reported, and leaves at most one bounded
quarantine copy."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from crawlers.quarantine import list_quarantine
from crawlers.run import crawl_sources
from crawlers.sink import MemorySink
from crawlers.sources import parse_source
from radar.settings import Settings

pytestmark = pytest.mark.slow

#: 64 MB of HTML that gzips to about 64 kB.
BOMB = gzip.compress(b"<html><body>" + b" " * (64 << 20) + b"</body></html>", 9)


def _list_page(number: int) -> bytes:
    posts = "".join(
        f'<div class="post"><p class="text">假帖子 {number}-{i}</p>'
        f'<span class="date">2025-06-01 12:00</span>'
        f'<a class="link" href="/p/{number}-{i}">#</a></div>'
        for i in range(3)
    )
    return (
        f'<html><body><div class="posts">{posts}</div>'
        f'<a class="next" href="/list?page={number + 1}">下一页</a></body></html>'
    ).encode()


class HostileSite(BaseHTTPRequestHandler):
    """``/bomb``: a gzip bomb; ``/huge``: a plain 12 MB page; ``/bad``: a 3 MB page no
    selector matches; ``/list?page=N``: a list page that always has a next page."""

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if url.path == "/robots.txt":
            body = b"User-agent: *\nAllow: /\n"
        elif url.path == "/bomb":
            body, headers["Content-Encoding"] = BOMB, "gzip"
        elif url.path == "/huge":
            body = b"<html>" + b"x" * (12 << 20) + b"</html>"
        elif url.path == "/bad":
            body = b"<html><body>" + b"y" * (3 << 20) + b"</body></html>"
        elif url.path == "/list":
            body = _list_page(int(parse_qs(url.query).get("page", ["1"])[0]))
        else:
            self.send_error(404)
            return
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostileSite)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _source(name: str, base: str, paths: list[str]) -> str:
    urls = ", ".join(f'"{base}{p}"' for p in paths)
    return f"""
name: {name}
platform: forum
kind: html
schedule: {{interval_seconds: 3600}}
start_urls: [{urls}]
permalink_prefixes: ["{base}/p/"]
list:
  item: div.posts div.post
  date: span.date::text
  next_page: a.next::attr(href)
  permalink: a.link::attr(href)
  fields:
    text: p.text::text
    published_at: span.date::text
"""


def _settings(tmp_path: Path, **crawl: object) -> Settings:
    return Settings(
        data_dir=tmp_path / "var",
        crawl={"autothrottle_start_delay": 0.01, "retry_times": 0, **crawl},
    )


def test_response_size_is_capped_after_decompression(site: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, max_response_bytes=5_000_000, max_quarantine_bytes=100_000)
    source = parse_source(_source("hostile", site, ["/bomb", "/huge", "/bad"]))
    report = crawl_sources(["hostile"], MemorySink(), settings, sources={"hostile": source})
    hostile = report.source("hostile")
    # The bomb (64 kB -> 64 MB) and the plain 12 MB page are both stopped at 5 MB.
    assert hostile.dropped.get("too_large") == 2, hostile
    assert hostile.dropped.get("missing_field:list.item") == 1
    root = settings.data_dir / "quarantine"
    kept = list_quarantine(root, "hostile")
    assert sorted(k["reason"] for k in kept) == [
        "missing_field:list.item",
        "too_large",
        "too_large",
    ]
    # Nothing on disk is bigger than the quarantine cap; the cut page says what it was.
    assert max(p.stat().st_size for p in (root / "hostile").iterdir()) <= 100_000
    bad = next(k for k in kept if k["reason"].startswith("missing_field"))
    assert bad["cut"] is True and bad["size"] > 3_000_000

    # Meeting the same bad pages again keeps no second copy.
    crawl_sources(["hostile"], MemorySink(), settings, sources={"hostile": source})
    assert len(list_quarantine(root, "hostile")) == 3


def test_endless_pagination_stops_at_the_page_cap(site: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, max_pages_per_source=20)
    source = parse_source(_source("endless", site, ["/list"]))
    sink = MemorySink()
    report = crawl_sources(["endless"], sink, settings, sources={"endless": source}, full=True)
    endless = report.source("endless")
    assert endless.incomplete == "page cap"
    assert endless.finish_reason == "closespider_pagecount" and not endless.completed
    # Scrapy counts robots.txt too and lets the requests in flight finish: about the cap.
    assert 20 - 1 <= endless.pages <= 20 + 16
    assert len(sink.mentions) <= 3 * endless.pages


def test_a_source_running_too_long_is_stopped(site: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, max_run_s=2.0, download_delay=0.2, autothrottle=False)
    source = parse_source(_source("slow", site, ["/list"]))
    report = crawl_sources(["slow"], MemorySink(), settings, sources={"slow": source}, full=True)
    slow = report.source("slow")
    assert slow.incomplete == "time cap" and slow.finish_reason == "closespider_timeout"
    assert slow.pages < 40 and slow.seconds < 15
