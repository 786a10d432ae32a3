"""Console page server time at the demo's size, beside the JSON API for the same data.

    .venv/bin/python -m bench.pages [--mentions 6821] [--repeat 15]

Builds a temporary SQLite store with the console tests' data (``tests.console.conftest``: the
crisis story with its incident and alerts, a 1-3-5 ticket, a dead notification, ad copy under
review, a small CRM with its snapshot and 回访 tasks) plus ``--mentions`` generated mentions
(``bench.monitor.generate``; 6,821 is what the demo network crawls into; at this count they all
form one story, timed as "graph, 6,821 posts", beyond the demo's largest), then times each
main page in-process through the ASGI app with httpx (no socket, no browser: the server's time,
template rendering included) as an admin (who may read every page), and the JSON API route that
serves the same data, the obvious alternative (a client-rendered page would fetch it). Target
(issue #21): every page ≤ 300 ms. Results: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from bench.monitor import generate
from identity.users import create_user
from review_api.app import create_app
from tests.console.conftest import PASSWORD, seed, seed_crm, seed_monitor

TARGET_MS = 300.0


def pairs(ad_id: str, member_id: str) -> list[tuple[str, str, str]]:
    """(name, console page, API route for the same data)."""
    return [
        ("incidents board", "/console/incidents", "/api/incidents?status=open"),
        ("incident", "/console/incidents/inc-root", "/api/incidents/inc-root"),
        ("alerts", "/console/alerts", "/api/alerts?status=active&limit=20"),
        ("1-3-5 tickets", "/console/tickets", "/api/tickets?limit=20"),
        ("awaits me", "/console/reviews", "/api/reviews?limit=20"),
        ("ad", f"/console/ads/{ad_id}", f"/api/ads/{ad_id}/history"),
        ("upload form", "/console/ads/new", "/api/me"),
        ("heat map", "/console/heatmap", "/api/heatmap"),
        ("mention search", "/console/mentions?q=鸡蛋", "/api/mentions?q=鸡蛋&limit=50"),
        ("propagation graph", "/console/stories/root", "/api/propagation/root"),
        ("graph, 6,821 posts", "/console/stories/s0-0", "/api/propagation/s0-0"),
        ("CRM", "/console/crm", "/api/community/tiers"),
        ("member", f"/console/crm/members/{member_id}", f"/api/community/members/{member_id}"),
        ("KPI board", "/console/kpi", "/api/community/board"),
        ("system status", "/console/status", "/api/status"),
    ]


async def timed(client: httpx.AsyncClient, path: str, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = await client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
    return out


async def run(data: Path, mentions: int, repeat: int) -> None:
    store, settings, _, ad_id = seed(data)
    member_id, _ = seed_crm(store, data)
    seed_monitor(store)
    batch = list(generate(mentions))
    store.upsert_mentions(batch)
    _, token = create_user(store, "bench-admin", "admin", password=PASSWORD)
    app = create_app(settings, store)
    transport = httpx.ASGITransport(app=app)
    base = "http://127.0.0.1"
    async with (
        httpx.AsyncClient(transport=transport, base_url=base) as page,
        httpx.AsyncClient(
            transport=transport, base_url=base, headers={"Authorization": f"Bearer {token}"}
        ) as api,
    ):
        form = await page.get("/console/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert csrf is not None
        signed = await page.post(
            "/console/login",
            data={"name": "bench-admin", "password": PASSWORD, "csrf_token": csrf[1]},
        )
        assert signed.status_code == 303, signed.text[:200]
        print(f"{len(batch):,} generated mentions + the console tests' data")
        print(f"| page | console p50 / p95 (ms) | JSON API p50 / p95 (ms) | ≤ {TARGET_MS:.0f} ms |")
        print("|---|---|---|---|")
        for name, console_path, api_path in pairs(ad_id, member_id):
            await timed(page, console_path, 2)  # warm caches (lexicon, checker, templates)
            await timed(api, api_path, 2)
            p = await timed(page, console_path, repeat)
            a = await timed(api, api_path, repeat)
            p50, p95 = statistics.median(p), sorted(p)[int(0.95 * (len(p) - 1))]
            a50, a95 = statistics.median(a), sorted(a)[int(0.95 * (len(a) - 1))]
            ok = "met" if p95 <= TARGET_MS else "NOT met"
            print(f"| {name} | {p50:.1f} / {p95:.1f} | {a50:.1f} / {a95:.1f} | {ok} |")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=6821)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run(Path(tmp), args.mentions, args.repeat))


if __name__ == "__main__":
    main()
