"""The demo network's HTTP server: every fake platform under one loopback origin.

    net = DemoNetwork("127.0.0.1", 0)   # port 0: a free port
    net.start(); print(net.base_url); ...; net.stop()

or ``python -m demo.server --port 8790``. Paths: ``/weibo/api/search``,
``/weibo/api/comments``, ``/weibo/api/reposts`` (JSON, cursor pagination), ``/weibo/status/ID``;
``/forum/board/linlixian``, ``/forum/thread/ID?page=N``; ``/complaints/list``,
``/complaints/case/ID`` (the crisis case is served in GBK); ``/news/rss.xml``;
``/chat/export.json`` and ``/chat/export.csv``; ``/robots.txt``.

``faults=True`` adds deliberately bad pages, linked from the first forum and complaint list
pages: a layout whose selectors miss, truncated HTML (the connection drops mid-body), GBK bytes
declared as UTF-8, a permanent 500, a redirect loop and a link robots.txt forbids. Without it
the network is clean. The ``Date`` header carries the virtual clock (``now``), which the
spiders use to read relative times such as 3分钟前.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
import time
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from demo import pages
from demo.generate import generate, load

ROBOTS = "User-agent: *\nDisallow: /forum/private/\nDisallow: /weibo/api/internal\n"
FAULT_THREADS = ["bad-layout", "truncated", "wrong-charset", "err500", "loop-a"]
FORUM_PER_PAGE, REPLIES_PER_PAGE, CASES_PER_PAGE, STATUSES_PER_PAGE, COMMENTS_PER_PAGE = (
    10,
    10,
    8,
    10,
    5,
)
KEYWORD = "邻里鲜"


class DemoNetwork:
    """The demo platforms served from a background thread (see module docstring)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        data: dict[str, Any] | None = None,
        faults: bool = False,
        now: datetime | None = None,
        latency: float = 0.0,
    ) -> None:
        self.data = data if data is not None else load()
        self.faults = faults
        self.now = now or datetime.fromisoformat(self.data["now"])
        self.latency = latency
        self.requests = 0
        self.paths: list[str] = []  # every requested path, in order (tests check what was fetched)
        self._lock = threading.Lock()
        self._host, self._port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.reindex()

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        if self._server is None:
            raise RuntimeError("the demo network is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> DemoNetwork:
        """Bind and serve in a daemon thread; returns self."""
        network = self

        class Handler(_Handler):
            net = network

        self._server = ThreadingHTTPServer((self._host, self._port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> DemoNetwork:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ data
    def reindex(self) -> None:
        """Rebuild lookups after changing ``data`` (tests add posts or bump counts)."""
        with self._lock:
            d = self.data
            self.status_by_id = {s["id"]: s for s in d["weibo"]}
            self.search_hits = [s for s in d["weibo"] if KEYWORD in s["text"]]
            self.reposts_of: dict[str, list[dict[str, Any]]] = {}
            for s in d["weibo"]:
                if s.get("repost_of"):
                    self.reposts_of.setdefault(s["repost_of"], []).append(s)
            for s in d["weibo"]:
                s["reposts"] = len(self.reposts_of.get(s["id"], []))
            self.threads_by_activity = sorted(
                d["threads"],
                key=lambda t: t["posts"][-1]["created_at"] if t["posts"] else t["created_at"],
                reverse=True,
            )
            self.thread_by_id = {t["id"]: t for t in d["threads"]}
            self.case_by_id = {c["id"]: c for c in d["complaints"]}
            self.article_by_id = {a["id"]: a for a in d["news"]}


def _cursor_page(items: list[Any], cursor: str | None, size: int) -> tuple[list[Any], str]:
    start = int(cursor) if cursor and cursor.isdigit() else 0
    chunk = items[start : start + size]
    return chunk, (str(start + size) if start + size < len(items) else "")


class _Handler(BaseHTTPRequestHandler):
    net: DemoNetwork
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes
    server_version = "DemoNetwork/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        return format_datetime(self.net.now, usegmt=False)

    # ------------------------------------------------------------------ plumbing
    def _send(
        self, status: int, body: str | bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        raw = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)

    def _html(self, body: str, status: int = 200) -> None:
        self._send(status, body, "text/html; charset=utf-8")

    def _json(self, obj: Any) -> None:
        self._send(200, json.dumps(obj, ensure_ascii=False), "application/json; charset=utf-8")

    def _not_found(self) -> None:
        self._html(pages.page("404", "<h1>页面不存在</h1>"), 404)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        net = self.net
        net.requests += 1
        net.paths.append(self.path)
        if net.latency:
            time.sleep(net.latency)
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        parts = [p for p in url.path.split("/") if p]
        base = f"http://{self.headers.get('Host') or ''}"
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route(parts, query, base)

    def _route(self, parts: list[str], q: dict[str, str], base: str) -> None:
        net, now = self.net, self.net.now
        page_no = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
        match parts:
            case ["robots.txt"]:
                self._send(200, ROBOTS, "text/plain; charset=utf-8")
            case ["weibo", "api", "search"]:
                hits = [s for s in net.search_hits if q.get("q", KEYWORD) in s["text"]]
                chunk, nxt = _cursor_page(hits, q.get("cursor"), STATUSES_PER_PAGE)
                statuses = [pages.status_json(s, base, net.status_by_id) for s in chunk]
                self._json({"ok": 1, "data": {"statuses": statuses, "next_cursor": nxt}})
            case ["weibo", "api", "reposts"]:
                reposts = net.reposts_of.get(q.get("id", ""), [])
                chunk, nxt = _cursor_page(reposts, q.get("cursor"), STATUSES_PER_PAGE)
                statuses = [pages.status_json(s, base, net.status_by_id) for s in chunk]
                self._json({"ok": 1, "data": {"reposts": statuses, "next_cursor": nxt}})
            case ["weibo", "api", "comments"]:
                status = net.status_by_id.get(q.get("id", ""))
                if status is None:
                    self._json({"ok": 0, "msg": "微博不存在"})
                    return
                chunk, nxt = _cursor_page(status["comments"], q.get("cursor"), COMMENTS_PER_PAGE)
                comments = [pages.comment_json(c, now, base) for c in chunk]
                self._json({"ok": 1, "data": {"comments": comments, "next_cursor": nxt}})
            case ["weibo", "status", sid] if sid in net.status_by_id:
                self._html(pages.status_html(net.status_by_id[sid], base))
            case ["forum", "board", "linlixian"]:
                threads = net.threads_by_activity
                chunk = threads[(page_no - 1) * FORUM_PER_PAGE : page_no * FORUM_PER_PAGE]
                body = pages.board_html(
                    chunk, page_no, page_no * FORUM_PER_PAGE < len(threads), now
                )
                if net.faults and page_no == 1:
                    links = "".join(
                        f'<li class="thread"><a class="title" href="/forum/thread/{name}">'
                        f"故障页 {name}</a>"
                        f' <span class="last-reply">刚刚</span></li>'
                        for name in [*FAULT_THREADS, "../private/hidden"]
                    )
                    body = body.replace('<ul class="threads">', f'<ul class="threads">{links}', 1)
                self._html(body)
            case ["forum", "thread", tid] if tid in net.thread_by_id:
                self._html(
                    pages.thread_html(net.thread_by_id[tid], page_no, REPLIES_PER_PAGE, now, base)
                )
            case ["forum", "thread", name] if net.faults and name in [*FAULT_THREADS, "loop-b"]:
                self._fault(name)
            case ["forum", "private", *_]:
                self._html(pages.page("private", "<p>robots.txt forbids this page</p>"))
            case ["forum", "post", pid]:
                self._send(301, "", "text/plain", {"Location": f"/forum/?post={pid}"})
            case ["complaints", "list"]:
                cases = net.data["complaints"]
                chunk = cases[(page_no - 1) * CASES_PER_PAGE : page_no * CASES_PER_PAGE]
                body = pages.complaint_list_html(
                    chunk, page_no, page_no * CASES_PER_PAGE < len(cases)
                )
                if net.faults and page_no == 1:
                    body = body.replace(
                        '<div class="cases">',
                        '<div class="cases"><div class="case"><a class="case-title" '
                        'href="/complaints/case/err500">服务器错误</a></div>',
                        1,
                    )
                self._html(body)
            case ["complaints", "case", cid] if cid in net.case_by_id:
                case = net.case_by_id[cid]
                if case.get("gbk"):
                    html = pages.complaint_html(case, base, charset="gbk")
                    raw = html.encode("gbk", errors="xmlcharrefreplace")
                    self._send(200, raw, "text/html; charset=gbk")
                else:
                    self._html(pages.complaint_html(case, base))
            case ["complaints", "case", "err500"] if net.faults:
                self._html(pages.page("500", "<h1>Internal Server Error</h1>"), 500)
            case ["news", "rss.xml"]:
                self._send(
                    200, pages.rss(net.data["news"], base), "application/rss+xml; charset=utf-8"
                )
            case ["news", "article", aid] if aid in net.article_by_id:
                self._html(pages.article_html(net.article_by_id[aid], base))
            case ["chat", "export.json"]:
                self._send(
                    200, pages.chat_json(net.data["chat"], base), "application/json; charset=utf-8"
                )
            case ["chat", "export.csv"]:
                self._send(200, pages.chat_csv(net.data["chat"], base), "text/csv; charset=utf-8")
            case _:
                self._not_found()

    def _fault(self, name: str) -> None:
        if name == "bad-layout":  # a redesign: none of the configured selectors match
            self._html(
                pages.page(
                    "新版帖子",
                    '<article class="topic"><h2>新版页面</h2><section>内容</section></article>',
                )
            )
        elif name == "truncated":  # the connection drops half-way through the body
            full = pages.page(
                "截断",
                '<div class="post op"><h1 class="thread-title">截断的帖子</h1>'
                '<div class="meta"><span class="time">2026-11-19 10:00</span></div>'
                '<div class="content">' + "邻里鲜的草莓" * 400 + "</div></div>",
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(full)))
            self.end_headers()
            self.wfile.write(full[: len(full) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif name == "wrong-charset":  # GBK bytes declared as UTF-8
            html = pages.page(
                "编码错误",
                '<div class="post op"><h1 class="thread-title">邻里鲜编码错误的帖子</h1>'
                '<div class="meta"><span class="time">2026-11-19 10:00</span></div>'
                '<div class="content">草莓发霉了，孩子拉肚子</div></div>',
            )
            self._send(200, html.encode("gbk"), "text/html; charset=utf-8")
        elif name == "err500":
            self._html(pages.page("500", "<h1>服务器开小差了</h1>"), 500)
        elif name in ("loop-a", "loop-b"):
            target = "loop-b" if name == "loop-a" else "loop-a"
            self._send(302, "", "text/plain", {"Location": f"/forum/thread/{target}"})


def main(argv: list[str] | None = None) -> int:
    """Serve the demo network until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the 邻里鲜 demo network.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--faults", action="store_true", help="add the deliberately bad pages")
    parser.add_argument(
        "--scale", type=int, default=0, help="serve freshly generated data, N times larger"
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds added to every response"
    )
    args = parser.parse_args(argv)
    data = generate(scale=args.scale) if args.scale else None
    net = DemoNetwork(
        args.host, args.port, data=data, faults=args.faults, latency=args.latency
    ).start()
    print(f"demo network on {net.base_url} (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        net.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
