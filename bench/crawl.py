"""Benchmark the collect stage: real Scrapy crawls of a scaled-up demo network, parse and store.

    nice .venv/bin/python -m bench.crawl [--scale 60] [--sink sqlite|memory] [--processes N]

Generates the demo network's data ``--scale`` times larger (``demo.generate``), serves
it on loopback, and crawls every bundled source with ``crawlers.run.crawl_sources`` into a
fresh SQLite store (parse + validate + batched upsert with jieba indexing), with the product's
default settings (robots.txt obeyed, AutoThrottle on, ``RADAR_CRAWL_PROCESSES`` crawl
processes; ``RADAR_*`` variables override them as usual). Prints pages/s and items/s for the
whole run (crawl process start included), the CPU time of the crawl processes per page and of
the store writer per item, and, measured in the same run, the obvious alternative: a
sequential fetch-parse-store loop (httpx + parsel, one request at a time) over the same forum
pages, as a ratio.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from parsel import Selector

from bench.procstat import children_cpu_s, process_cpu_s, self_cpu_s
from crawlers.fields import clean_text, mention_id, parse_count
from crawlers.report import CrawlReport
from crawlers.run import crawl_sources
from crawlers.sink import MemorySink, MentionSink
from radar.schemas import Mention
from radar.settings import Settings
from store.sqlite import SQLiteStore


def sequential_forum(base: str, sink: MentionSink, *, max_pages: int) -> tuple[int, int, float]:
    """The obvious alternative: fetch, parse and store forum pages one at a time."""
    from datetime import datetime

    from crawlers.dates import parse_published

    pages = items = 0
    start = time.perf_counter()
    with httpx.Client(base_url=base) as client:
        url: str | None = "/forum/board/linlixian"
        threads: list[str] = []
        while url and pages < max_pages:
            page = Selector(client.get(url).text)
            pages += 1
            threads += page.css("ul.threads li.thread a.title::attr(href)").getall()
            url = page.css("div.pager a.next::attr(href)").get()
        for thread in threads:
            next_url: str | None = thread
            while next_url and pages < max_pages:
                response = client.get(next_url)
                now = datetime.strptime(response.headers["date"], "%a, %d %b %Y %H:%M:%S %z")
                page = Selector(response.text)
                pages += 1
                batch = []
                for post in page.css("div.post.reply"):
                    link = base + (post.css("a.floor::attr(href)").get() or "")
                    batch.append(
                        Mention(
                            id=mention_id("forum", link),
                            platform="forum",
                            source="bench-sequential",
                            url=link,
                            text=clean_text("\n".join(post.css("div.content ::text").getall())),
                            author=post.css("span.author::text").get(),
                            published_at=parse_published(
                                post.css("span.time::text").get() or "", now
                            ),
                            like_count=parse_count(post.css("span.likes::text").get()),
                        )
                    )
                sink.upsert_mentions(batch)
                items += len(batch)
                next_url = page.css("div.pager a.next-replies::attr(href)").get()
    return pages, items, time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # ×60 (4,259 pages, 20k mentions, as bench.pipeline): at ×20 the run lasts 5 s, and the
    # crawl processes' start-up (≈1.3 s each) is a quarter of it.
    parser.add_argument("--scale", type=int, default=60, help="multiply the demo's ordinary posts")
    parser.add_argument("--sink", choices=["sqlite", "memory"], default="sqlite")
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        help="seconds the demo network adds to every response (a remote site's round trip)",
    )
    parser.add_argument(
        "--no-autothrottle", action="store_true", help="measure without AutoThrottle's delays"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="crawl processes (default: RADAR_CRAWL_PROCESSES, i.e. the product default)",
    )
    args = parser.parse_args()
    # The demo network runs in its own process, as a remote site would: sharing this process's
    # interpreter lock with the store writer would slow both down.
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "demo.server",
            "--port",
            "0",
            "--scale",
            str(args.scale),
            "--latency",
            str(args.latency),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().split()[3]
        run(args, base_url, server.pid)
    finally:
        server.terminate()
        server.wait()
    return 0


def run(args: argparse.Namespace, base_url: str, server_pid: int) -> None:
    """Both measurements against the running demo network."""
    with tempfile.TemporaryDirectory(prefix="radar-bench-crawl-") as tmp:
        crawl: dict[str, object] = {"autothrottle": not args.no_autothrottle}
        if args.processes is not None:
            crawl["processes"] = args.processes
        settings = Settings(data_dir=Path(tmp) / "var", crawl=crawl)
        sink: MentionSink = (
            SQLiteStore(Path(tmp) / "bench.sqlite3") if args.sink == "sqlite" else MemorySink()
        )
        server0, writer0, crawl0 = process_cpu_s(server_pid), self_cpu_s(), children_cpu_s()
        report: CrawlReport = crawl_sources([], sink, settings, base_url=base_url, full=True)
        server_cpu = process_cpu_s(server_pid) - server0
        writer_cpu, crawl_cpu = self_cpu_s() - writer0, children_cpu_s() - crawl0
        print(report.summary())
        pages_per_s = report.pages / report.seconds
        items_per_s = report.items / report.seconds
        print(
            f"\nscrapy crawl, {args.sink} sink: {report.pages} pages, {report.items} items in "
            f"{report.seconds:.1f} s -> {pages_per_s:.0f} pages/s, {items_per_s:.0f} items/s"
        )
        print(
            f"cpu: this process (store writer) {writer_cpu:.1f} s "
            f"({1000 * writer_cpu / max(report.items, 1):.2f} ms per item), "
            f"crawl processes ({settings.crawl.processes}) {crawl_cpu:.1f} s "
            f"({1000 * crawl_cpu / max(report.pages, 1):.2f} ms per page, start-up included), "
            f"demo network {server_cpu:.1f} s ({1000 * server_cpu / max(report.pages, 1):.2f} ms "
            f"per page; a remote site's share, on these same two cores here)"
        )
        forum_sink: MentionSink = (
            SQLiteStore(Path(tmp) / "forum.sqlite3") if args.sink == "sqlite" else MemorySink()
        )
        forum = crawl_sources(["demo-forum"], forum_sink, settings, base_url=base_url, full=True)
        alt_sink: MentionSink = (
            SQLiteStore(Path(tmp) / "alt.sqlite3") if args.sink == "sqlite" else MemorySink()
        )
        pages, _, seconds = sequential_forum(base_url, alt_sink, max_pages=forum.pages)
        scrapy_rate, plain_rate = forum.pages / forum.seconds, pages / seconds
        print(
            f"forum alone: scrapy {forum.pages} pages in {forum.seconds:.1f} s "
            f"({scrapy_rate:.0f} pages/s, crawl process start-up included); sequential "
            f"httpx+parsel {pages} pages in {seconds:.1f} s ({plain_rate:.0f} pages/s); "
            f"ratio scrapy/sequential {scrapy_rate / plain_rate:.2f}x"
        )


if __name__ == "__main__":
    raise SystemExit(main())
