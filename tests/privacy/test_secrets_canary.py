"""Secrets stay secret: a full pass with canary secrets set, then every byte the product wrote
(data directory, Prefect's own database under it, stdout, stderr) is searched for them.

The canaries are values nothing else could produce: the SMTP password, the query keys of the
robot webhooks (which are the webhooks' credentials), a password in the generic webhook's URL
and the pseudonym key. The channels point at closed loopback ports, so every delivery fails and
its error is recorded (the outbox's ``last_error``): the place a URL with its key would leak.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.notify.outbox import OUTBOX
from store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow

CANARIES = {
    "RADAR_SMTP_PASSWORD": "CanarySmtpPw7f3a91",
    "RADAR_PRIVACY_KEY": "CanaryPrivacyKey0b5e22d4c9a1f8e7d6c5b4a3",
}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def canary_environment(data_dir: Path) -> tuple[dict[str, str], list[str]]:
    port = closed_port()
    urls = {
        "RADAR_NOTIFY_WECOM_URL": (
            f"http://127.0.0.1:{port}/cgi-bin/webhook/send?key=CanaryWecomKey5d1c",
            "CanaryWecomKey5d1c",
        ),
        "RADAR_NOTIFY_DINGTALK_URL": (
            f"http://127.0.0.1:{port}/robot/send?access_token=CanaryDingToken9e2b",
            "CanaryDingToken9e2b",
        ),
        "RADAR_NOTIFY_FEISHU_URL": (
            f"http://127.0.0.1:{port}/open-apis/bot/v2/hook/CanaryFeishuHook44aa",
            "CanaryFeishuHook44aa",
        ),
        "RADAR_NOTIFY_WEBHOOK_URL": (
            f"http://radar:CanaryHookPw61f0@127.0.0.1:{port}/hook",
            "CanaryHookPw61f0",
        ),
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "RADAR_"))}
    env.update(
        {
            "RADAR_DATA_DIR": str(data_dir),
            "RADAR_DEMO_PORT": "0",
            "RADAR_API_PORT": "0",
            "RADAR_SMTP_HOST": "127.0.0.1",
            "RADAR_SMTP_PORT": str(port),
            "RADAR_SMTP_USER": "radar",
            "RADAR_SMTP_TO": '["pr@brand.example.cn"]',
            "RADAR_NOTIFY_MAX_ATTEMPTS": "2",
            "RADAR_NOTIFY_BACKOFF_SECONDS": "0",
            "RADAR_CRAWL_AUTOTHROTTLE_START_DELAY": "0.01",
            "RADAR_RUN_DEMO_CRM": "false",  # CRM intake stores no secret; it only adds time
            "PYTHONUNBUFFERED": "1",
            **CANARIES,
            **{k: url for k, (url, _) in urls.items()},
        }
    )
    return env, [*CANARIES.values(), *(secret for _, secret in urls.values())]


def leaks(root: Path, canaries: list[str]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        found += [f"{path.relative_to(root)}: {c}" for c in canaries if c.encode() in content]
    return found


def test_a_pass_writes_no_secret_anywhere(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    env, canaries = canary_environment(data_dir)
    done = subprocess.run(
        [sys.executable, "-m", "radar.cli", "run", "--once", "--source", "demo-weibo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=420,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert data_dir.is_dir() and any((data_dir / "prefect").rglob("*.db"))
    with SQLiteStore(data_dir / "radar.sqlite3") as store:
        failed = [d.body for d in store.find_docs(OUTBOX, limit=500).items]
    # The deliveries were tried and failed: their errors were written (without the keys).
    assert {d["channel"] for d in failed if d.get("last_error")} >= {"wecom", "webhook", "email"}
    outputs = {"stdout": done.stdout, "stderr": done.stderr}
    in_outputs = [f"{name}: {c}" for name, text in outputs.items() for c in canaries if c in text]
    assert in_outputs + leaks(tmp_path, canaries) == []  # the data dir and anything beside it
