"""A crawl killed with SIGKILL half-way, then run again, loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawlers.report import SourceReport
from crawlers.run import crawl_sources, read_watermark
from crawlers.sink import MemorySink
from demo.server import DemoNetwork
from radar.settings import Settings
from store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow


def _ids(store: SQLiteStore) -> list[str]:
    from radar.schemas import MentionQuery

    return sorted(m.id for m in store.iter_mentions(MentionQuery()))


def test_sigkill_of_the_crawl_process_then_rerun(crawl_settings: Settings, tmp_path: Path) -> None:
    slow = crawl_settings.replace(crawl={"batch_size": 10, "concurrency_per_domain": 2})
    with DemoNetwork("127.0.0.1", 0) as network:
        reference = MemorySink()
        crawl_sources(["demo-weibo"], reference, crawl_settings, base_url=network.base_url)
        expected = sorted(reference.mentions)
        network.latency = 0.1  # slow enough to be killed half-way

        store = SQLiteStore(tmp_path / "x.sqlite3")
        child: list[subprocess.Popen[bytes]] = []

        def kill_mid_way(report: SourceReport) -> None:
            if report.created >= 20 and child[0].poll() is None:
                os.kill(child[0].pid, signal.SIGKILL)

        killed = crawl_sources(
            ["demo-weibo"],
            store,
            slow,
            base_url=network.base_url,
            progress=kill_mid_way,
            on_start=child.append,
        )
        assert killed.worker_exit_code == -signal.SIGKILL
        assert not killed.completed
        partial = _ids(store)
        assert 20 <= len(partial) < len(expected)
        assert read_watermark(store, "demo-weibo") is None  # not advanced by a killed run

        network.latency = 0.0
        resumed = crawl_sources(["demo-weibo"], store, crawl_settings, base_url=network.base_url)
        assert resumed.completed
        assert resumed.created == len(expected) - len(partial)
        assert _ids(store) == expected  # nothing lost, nothing twice
        store.close()


def test_sigkill_of_radar_crawl_itself_then_rerun(crawl_settings: Settings, tmp_path: Path) -> None:
    """Kill the whole ``radar crawl`` process group (parent and crawl process) mid-way."""
    with DemoNetwork("127.0.0.1", 0, latency=0.1) as network:
        env = {
            **os.environ,
            "RADAR_DATA_DIR": str(crawl_settings.data_dir),
            "RADAR_CRAWL_AUTOTHROTTLE_START_DELAY": "0.01",
            "RADAR_CRAWL_BATCH_SIZE": "10",
            "RADAR_CRAWL_CONCURRENCY_PER_DOMAIN": "2",
        }
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radar.cli",
                "crawl",
                "demo-weibo",
                "--base-url",
                network.base_url,
                "--quiet",
            ],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        db = crawl_settings.data_dir / "radar.sqlite3"
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db) as conn:
                        stored = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0
                if stored >= 30:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

        store = SQLiteStore(db)
        try:
            before = len(_ids(store))
            assert before >= 30
            network.latency = 0.0
            report = crawl_sources(["demo-weibo"], store, crawl_settings, base_url=network.base_url)
            reference = MemorySink()
            crawl_sources(
                ["demo-weibo"], reference, crawl_settings, base_url=network.base_url, full=True
            )
            assert report.completed and report.created == len(reference.mentions) - before
            assert _ids(store) == sorted(reference.mentions)
        finally:
            store.close()
