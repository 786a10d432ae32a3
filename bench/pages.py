"""Console page server time at the demo's size, beside the JSON API for the same data.

    .venv/bin/python -m bench.pages [--mentions 6821] [--repeat 15]
    .venv/bin/python -m bench.pages --db /tmp/radar-bench-monitor/bench.sqlite3 [--repeat 5]

Builds a temporary SQLite store with the console tests' data (``tests.console.conftest``: the
crisis story with its incident and alerts, a 1-3-5 ticket, a dead notification, ad copy under
review, a small CRM with its snapshot and 回访 tasks) plus ``--mentions`` generated mentions
(``bench.monitor.generate``; 6,821 is what the demo network crawls into; at this count they all
form one story, timed as "graph, 6,821 posts", beyond the demo's largest), then times each
main page in-process through the ASGI app with httpx (no socket, no browser: the server's time,
template rendering included) as an admin (who may read every page), and the JSON API route that
serves the same data, the obvious alternative (a client-rendered page would fetch it). Target
(issue #21): every page ≤ 300 ms. Results: docs/benchmarks.md.

``--db PATH`` times the pages that read the mentions instead (the heat map by day and by hour,
the mention search, its htmx partial) against an existing SQLite store, e.g. the 1M mentions
``bench.monitor`` leaves in /tmp/radar-bench-monitor/bench.sqlite3; target (issue #21): the
heat-map page ≤ 1 s over 1M mentions. It signs in as ``bench-admin`` (created, or its password
reset, in that store: the store gains that user and a session, nothing else).
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
from identity.users import create_user, find_user, rotate_token, set_password
from radar.schemas import MentionQuery
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.console.conftest import PASSWORD, seed, seed_crm, seed_monitor

TARGET_MS = 300.0
#: Issue #21: the heat-map page over 1M mentions.
BIG_TARGET_MS = 1000.0
HTMX_SEARCH = "/console/mentions?q=鸡蛋"


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


async def timed(
    client: httpx.AsyncClient, path: str, repeat: int, headers: dict[str, str] | None = None
) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = await client.get(path, headers=headers)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
    return out


def mention_pairs() -> list[tuple[str, str, str]]:
    """(name, console page, API route) of the pages that read the mentions (``--db``)."""
    return [
        ("heat map (day × platform, all)", "/console/heatmap", "/api/heatmap"),
        (
            "heat map (hour × region, all)",
            "/console/heatmap?interval=hour&dimension=region",
            "/api/heatmap?interval=hour&dimension=region",
        ),
        ("mention search (q)", HTMX_SEARCH, "/api/mentions?q=鸡蛋&limit=50"),
        (
            "mention search (negative)",
            "/console/mentions?sentiment=negative",
            "/api/mentions?sentiment=negative&limit=50",
        ),
    ]


async def sign_in(page: httpx.AsyncClient, name: str) -> None:
    form = await page.get("/console/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert csrf is not None
    signed = await page.post(
        "/console/login", data={"name": name, "password": PASSWORD, "csrf_token": csrf[1]}
    )
    assert signed.status_code == 303, signed.text[:200]


async def time_pairs(
    page: httpx.AsyncClient,
    api: httpx.AsyncClient,
    rows: list[tuple[str, str, str]],
    repeat: int,
    target: float,
) -> None:
    """Print one table row per (console page, API route) pair: p50 / p95 of each."""
    print(f"| page | console p50 / p95 (ms) | JSON API p50 / p95 (ms) | ≤ {target:.0f} ms |")
    print("|---|---|---|---|")
    for name, console_path, api_path in rows:
        await timed(page, console_path, 2)  # warm caches (lexicon, checker, templates)
        await timed(api, api_path, 2)
        p = await timed(page, console_path, repeat)
        a = await timed(api, api_path, repeat)
        p50, p95 = statistics.median(p), sorted(p)[int(0.95 * (len(p) - 1))]
        a50, a95 = statistics.median(a), sorted(a)[int(0.95 * (len(a) - 1))]
        ok = "met" if p95 <= target else "NOT met"
        print(f"| {name} | {p50:.1f} / {p95:.1f} | {a50:.1f} / {a95:.1f} | {ok} |")


async def serve(
    settings: Settings,
    store: SQLiteStore,
    token: str,
    rows: list[tuple[str, str, str]],
    repeat: int,
    target: float,
    *,
    htmx_search: bool = False,
) -> None:
    """Sign in and time ``rows`` through the app in-process."""
    app = create_app(settings, store)
    transport = httpx.ASGITransport(app=app)
    base = "http://127.0.0.1"
    async with (
        httpx.AsyncClient(transport=transport, base_url=base) as page,
        httpx.AsyncClient(
            transport=transport, base_url=base, headers={"Authorization": f"Bearer {token}"}
        ) as api,
    ):
        await sign_in(page, "bench-admin")
        await time_pairs(page, api, rows, repeat, target)
        if htmx_search:  # the results an htmx search swaps in, beside the whole page above
            hx = {"HX-Request": "true"}
            await timed(page, HTMX_SEARCH, 2, hx)
            p = await timed(page, HTMX_SEARCH, repeat, hx)
            p50, p95 = statistics.median(p), sorted(p)[int(0.95 * (len(p) - 1))]
            print(f"| mention search (q), htmx partial | {p50:.1f} / {p95:.1f} | — | — |")


async def run(data: Path, mentions: int, repeat: int) -> None:
    store, settings, _, ad_id = seed(data)
    member_id, _ = seed_crm(store, data)
    seed_monitor(store)
    batch = list(generate(mentions))
    store.upsert_mentions(batch)
    _, token = create_user(store, "bench-admin", "admin", password=PASSWORD)
    print(f"{len(batch):,} generated mentions + the console tests' data")
    await serve(settings, store, token, pairs(ad_id, member_id), repeat, TARGET_MS)
    store.close()


async def run_on(db: Path, data: Path, repeat: int) -> None:
    """The mention pages against the existing store ``db``."""
    settings = Settings(data_dir=data, store="sqlite", auth={"cookie_secure": False})
    store = SQLiteStore(db)
    if find_user(store, "bench-admin") is None:
        token = create_user(store, "bench-admin", "admin", password=PASSWORD)[1]
    else:  # an earlier run's user: a fresh password and API token
        set_password(store, "bench-admin", PASSWORD)
        token = rotate_token(store, "bench-admin")[1]
    print(f"{store.count_mentions(MentionQuery()):,} mentions in {db}")
    await serve(settings, store, token, mention_pairs(), repeat, BIG_TARGET_MS, htmx_search=True)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=6821)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--db",
        type=Path,
        help="an existing SQLite store (e.g. bench.monitor's 1M mentions): time the heat map "
        "and the mention search on it instead",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db is not None:
            if not args.db.is_file():
                parser.error(f"no store at {args.db} (python -m bench.monitor writes one)")
            asyncio.run(run_on(args.db, Path(tmp), args.repeat))
        else:
            asyncio.run(run(Path(tmp), args.mentions, args.repeat))


if __name__ == "__main__":
    main()
