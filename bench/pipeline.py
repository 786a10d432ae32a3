"""Benchmark the pipeline: crawled item → stored raw → analysed and searchable, in mentions/s.

    .venv/bin/python -m bench.pipeline [--scale 60] [--batch-size 200] [--in-process-network]

Serves the demo network scaled up (``--scale 60`` ≈ 20k mentions) on loopback, in its own process
like the remote sites it stands for, and runs the ``collect`` and ``analyse`` flows on a fresh
data directory, every crawl and batch a Prefect task run, reporting to a Prefect API (a temporary
local server, started first and timed separately). The flows have one code path (issue #14), so
there is no run without Prefect to compare with any more; the CPU seconds of the Prefect server
are reported instead.

The collect flow analyses full batches while the crawls run (``RADAR_ANALYSE_DURING_COLLECT``, on
by default, as in ``radar run``; ``collect_s`` then includes that analysis and ``analyse_s`` is the
rest). Prints seconds per stage and end-to-end mentions/s, and checks that every mention ended up
analysed and found by a full-text search. The sentiment model is loaded before timing (a one-off
cost per process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.procstat import process_cpu_s, self_cpu_s
from flows.environment import configure_prefect
from radar.settings import Settings


def _settings(root: Path, name: str, base_url: str, batch_size: int) -> Settings:
    return Settings(
        data_dir=root / name,
        demo={"base_url": base_url},
        analyse={"batch_size": batch_size},
        crawl={"autothrottle_start_delay": 0.01, "batch_size": 500},
    )


def _check(settings: Settings) -> dict[str, int]:
    from radar.schemas import MentionQuery
    from store import open_store

    store = open_store(settings)
    try:
        return {
            "mentions": store.count_mentions(MentionQuery()),
            "pending": store.count_mentions(MentionQuery(needs_analysis=True)),
            "found_by_search": store.search_mentions(MentionQuery(q="邻里鲜"), limit=1).total,
        }
    finally:
        store.close()


def _prefect_server_pids() -> list[int]:
    """This process's children that run the temporary Prefect server (uvicorn)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and b"uvicorn" in cmdline:
            pids.append(int(stat.parent.name))
    return pids


def run_prefect(settings: Settings, sources: list[str]) -> dict[str, Any]:
    """Collect and analyse as Prefect flows."""
    from flows.analyse import analyse
    from flows.collect import collect

    servers = _prefect_server_pids()
    server0 = sum(map(process_cpu_s, servers))
    cpu0, t0 = self_cpu_s(), time.perf_counter()
    collected = collect(
        sources=sources, settings=settings, analyse_meanwhile=settings.analyse.during_collect
    )
    t1 = time.perf_counter()
    analysed = analyse(settings=settings)
    t2 = time.perf_counter()
    figures = _figures(
        collected.stored, collected.analysed, analysed.analysed, t1 - t0, t2 - t1, settings
    )
    return {
        **figures,
        "bench_process_cpu_s": round(self_cpu_s() - cpu0, 1),
        "prefect_server_cpu_s": round(sum(map(process_cpu_s, servers)) - server0, 1),
    }


def _figures(
    stored: int,
    analysed_meanwhile: int,
    analysed_after: int,
    collect_s: float,
    analyse_s: float,
    settings: Settings,
) -> dict[str, Any]:
    total = collect_s + analyse_s
    analysed = analysed_meanwhile + analysed_after
    return {
        "stored": stored,
        "analysed": analysed,
        "analysed_while_crawling": analysed_meanwhile,
        "collect_s": round(collect_s, 2),
        "analyse_s": round(analyse_s, 2),
        "total_s": round(total, 2),
        "mentions_per_s": round(stored / total, 1) if total else None,
        # The analyse stage proper, over what was left when the crawls ended.
        "analyse_mentions_per_s": round(analysed_after / analyse_s, 1) if analyse_s else None,
        **_check(settings),
    }


@contextmanager
def _demo_network(scale: int, *, in_process: bool) -> Iterator[str]:
    """Serve the demo network scaled ``scale`` times; yields its base URL.

    By default in its own process, as the remote sites it stands for would be: served from a
    thread of this process it would share the interpreter lock with the store writer and the
    analyse stage, which the real pipeline never does.
    """
    if in_process:
        from demo.generate import generate
        from demo.server import DemoNetwork

        with DemoNetwork("127.0.0.1", 0, data=generate(scale=scale)) as network:
            yield network.base_url
        return
    server = subprocess.Popen(
        [sys.executable, "-m", "demo.server", "--port", "0", "--scale", str(scale)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield server.stdout.readline().split()[3]
    finally:
        server.terminate()
        server.wait()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures (and one JSON line)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=60, help="demo network scale (60: ~20k)")
    parser.add_argument("--batch-size", type=int, default=200, help="analyse batch size")
    parser.add_argument("--keep", type=Path, help="keep the data directories here")
    parser.add_argument(
        "--in-process-network",
        action="store_true",
        help="serve the demo network from a thread of this process (as `radar run` does) "
        "instead of its own process",
    )
    args = parser.parse_args(argv)

    root = args.keep or Path(tempfile.mkdtemp(prefix="radar-bench-pipeline-"))
    configure_prefect(Settings(data_dir=root / "prefect-home"))
    from flows.collect import enabled_sources
    from flows.environment import prefect_api
    from nlp.pipeline import analyse_texts

    analyse_texts(["邻里鲜的草莓很新鲜"])  # load the model outside the timings
    with _demo_network(args.scale, in_process=args.in_process_network) as base_url:
        t0 = time.perf_counter()
        with prefect_api() as api_url:
            server_s = time.perf_counter() - t0
            print(f"Prefect API {api_url} ready in {server_s:.1f} s (not in the figures below)")
            prefect_settings = _settings(root, "prefect", base_url, args.batch_size)
            sources = enabled_sources(prefect_settings)
            print(f"demo network x{args.scale} on {base_url}; sources: {', '.join(sources)}")
            prefect = run_prefect(prefect_settings, sources)

    print()
    for key, value in prefect.items():
        print(f"{key:<24}{value!s:>12}")
    print(
        json.dumps(
            {"scale": args.scale, "prefect": prefect, "prefect_server_start_s": round(server_s, 1)}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
