"""Crawling is background work: the crawl processes (and ``radar crawl``) run at the niceness of
``RADAR_CRAWL_NICE``, so on a busy machine the API answers first (docs/crawlers.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.report import SourceReport
from crawlers.run import crawl_sources
from demo.server import DemoNetwork
from radar.process import lower_priority
from radar.settings import Settings
from store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow


def _niceness(pid: int) -> int:
    """Field 19 of /proc/PID/stat (after the parenthesised command name)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_the_crawl_process_runs_at_the_configured_niceness(
    demo: DemoNetwork, tmp_path: Path
) -> None:
    base = os.nice(0)
    settings = Settings(
        data_dir=tmp_path / "var",
        crawl={"autothrottle_start_delay": 0.01, "batch_size": 50, "nice": base + 5},
    )
    child: list[subprocess.Popen[bytes]] = []
    seen: list[int] = []

    def look(report: SourceReport) -> None:  # called while the crawl process still runs
        if child and child[0].poll() is None:
            seen.append(_niceness(child[0].pid))

    with SQLiteStore(tmp_path / "s.sqlite3") as store:
        report = crawl_sources(
            ["demo-weibo"],
            store,
            settings,
            base_url=demo.base_url,
            progress=look,
            on_start=child.append,
        )
    assert report.completed and report.created > 0
    assert seen, "the crawl process ended before any progress report"
    assert set(seen) == {base + 5}  # the worker lowered its own priority
    assert os.nice(0) == base  # ... and only its own: the caller's is unchanged


def test_lower_priority_only_raises_niceness() -> None:
    script = (
        "from radar.process import lower_priority as lp; import os;"
        "a = lp(os.nice(0) + 3); b = lp(0); print(a, b)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    start = os.nice(0)
    assert out == [str(min(start + 3, 19)), str(min(start + 3, 19))]
    assert lower_priority(start) == start  # asking for the current niceness changes nothing
