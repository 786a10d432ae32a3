"""A bounded load test: 20 clients searching and writing while the demo network is crawled.

    .venv/bin/python -m bench.load [--clients 20] [--seconds 30] [--writes 0.2]
                                   [--crawl-nice 0 10] [--api-workers 1 2]

Starts a real ``radar serve`` on 127.0.0.1 (a fresh data directory, a bearer token per client role)
and, beside it, ``radar crawl --demo --full`` over and over into the same store, so the API answers
while the crawl writes; ``--crawl-nice`` sets ``RADAR_CRAWL_NICE`` for the crawls (the product's
background priority, default 10; several values: one run each), ``--api-workers`` the server's
worker processes (``RADAR_API_WORKERS``; several values: one run each). ``--clients`` asyncio
clients then loop for ``--seconds``: a share ``--writes`` of their requests submit ad copy
(``POST /api/ads``: a tier-1 check and a store write), the rest search mentions
(``GET /api/mentions?q=...``). Prints
requests, errors and the p50/p95/p99 latency of each kind and of all together (docs/benchmarks.md).
Bounded: a fixed client count, a fixed duration, every process stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

import httpx

from identity.users import create_user
from radar.settings import ApiSettings
from store.sqlite import SQLiteStore

QUERIES = ["食品安全", "草莓 发霉", "配送", "团长", "牛奶", "价格", "退款", "邻里鲜"]
COPY = ["山东烟台苹果，脆甜多汁。", "本店草莓今日到货，欢迎团购。", "医生推荐的好茶，最近刚到货。"]


def free_port() -> int:
    """A TCP port free on loopback now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _radar(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("radar")), *args]


def _percentiles(samples: list[float]) -> str:
    if len(samples) < 2:
        return "n/a"
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return (
        f"p50 {cuts[49] * 1000:.0f} ms  p95 {cuts[94] * 1000:.0f} ms  p99 {cuts[98] * 1000:.0f} ms"
    )


async def _client(
    base: str, tokens: dict[str, str], deadline: float, writes: float, seed: int
) -> tuple[list[float], list[float], int]:
    rng = random.Random(seed)
    reads: list[float] = []
    written: list[float] = []
    errors = 0
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < deadline:
            t0 = time.monotonic()
            if rng.random() < writes:
                r = await client.post(
                    "/api/ads",
                    json={"title": "load", "text": rng.choice(COPY), "public": False},
                    headers={"Authorization": f"Bearer {tokens['submitter']}"},
                )
                (written if r.status_code == 201 else []).append(time.monotonic() - t0)
                errors += r.status_code != 201
            else:
                r = await client.get(
                    "/api/mentions",
                    params={"q": rng.choice(QUERIES), "limit": 20},
                    headers={"Authorization": f"Bearer {tokens['ops']}"},
                )
                (reads if r.status_code == 200 else []).append(time.monotonic() - t0)
                errors += r.status_code != 200
    return reads, written, errors


class _Crawler:
    """``radar crawl --demo --full`` again and again until the deadline, in a thread."""

    def __init__(self, env: dict[str, str], log: IO[bytes]) -> None:
        self.env, self.log = env, log
        self.count = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.thread: threading.Thread | None = None
        self.stopping = False

    def start(self, deadline: float) -> None:
        def loop() -> None:
            while not self.stopping and time.monotonic() < deadline:
                self.proc = subprocess.Popen(
                    _radar("crawl", "--demo", "--full", "--quiet"),
                    env=self.env,
                    stdout=subprocess.DEVNULL,
                    stderr=self.log,
                )
                self.count += 1
                self.proc.wait()

        self.thread = threading.Thread(target=loop, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping = True
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if self.thread is not None:
            self.thread.join(timeout=30)


def _wait_ready(base: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("radar serve did not come up")


def main(argv: list[str] | None = None) -> int:
    """Run the load test (once, or once per ``--crawl-nice`` value) and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--writes", type=float, default=0.2, help="share of write requests")
    parser.add_argument(
        "--crawl-nice",
        type=int,
        nargs="*",
        default=[10],
        help="RADAR_CRAWL_NICE of the crawls (several values: one run each, in this order)",
    )
    parser.add_argument(
        "--api-workers",
        type=int,
        nargs="*",
        default=[ApiSettings.model_fields["workers"].default],
        help="RADAR_API_WORKERS of the server (several values: one run each, after each "
        "niceness; default: the product's)",
    )
    args = parser.parse_args(argv)
    for niceness in args.crawl_nice:
        for workers in args.api_workers:
            _run(args, niceness, workers)
    return 0


def _run(args: argparse.Namespace, niceness: int, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="radar-load-") as tmp:
        data = Path(tmp)
        store = SQLiteStore(data / "radar.sqlite3")
        tokens = {
            role: create_user(store, f"load-{role}", role)[1] for role in ("ops", "submitter")
        }
        store.close()
        port = free_port()
        env = {
            **os.environ,
            "RADAR_DATA_DIR": str(data),
            "RADAR_API_HOST": "127.0.0.1",
            "RADAR_API_PORT": str(port),
            "RADAR_DEMO_PORT": str(free_port()),
            "RADAR_CRAWL_NICE": str(niceness),
            "RADAR_API_WORKERS": str(workers),
        }
        log = open(data / "load.log", "wb")  # noqa: SIM115 - closed below
        server = subprocess.Popen(_radar("serve"), env=env, stdout=log, stderr=log)
        crawler = _Crawler(env, log)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_ready(base)
            # A first crawl fills the store, so that searches find something.
            subprocess.run(
                _radar("crawl", "--demo", "--full", "--quiet"),
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            deadline = time.monotonic() + args.seconds
            crawler.start(deadline)

            async def everyone() -> list[tuple[list[float], list[float], int]]:
                return await asyncio.gather(
                    *(_client(base, tokens, deadline, args.writes, n) for n in range(args.clients))
                )

            outcome = asyncio.run(everyone())
        finally:
            crawler.stop()
            if server.poll() is None:
                server.send_signal(signal.SIGINT)
                try:
                    server.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    server.kill()
            log.close()
        crawls = crawler.count
    reads = [s for r, _, _ in outcome for s in r]
    written = [s for _, w, _ in outcome for s in w]
    errors = sum(e for _, _, e in outcome)
    total = len(reads) + len(written)
    print(
        f"{args.clients} clients, {args.seconds:g} s, {crawls} crawl(s) of the demo network"
        f" (RADAR_CRAWL_NICE={niceness}, RADAR_API_WORKERS={workers})"
    )
    print(f"requests {total} ({total / args.seconds:.0f}/s), errors {errors}")
    print(f"search  {len(reads):6d}  {_percentiles(reads)}")
    print(f"write   {len(written):6d}  {_percentiles(written)}")
    print(f"all     {total:6d}  {_percentiles(reads + written)}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
