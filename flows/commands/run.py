"""Run the main job: demo network, API and scheduled flows (``--once``: one full pass, then exit).

``radar run`` starts, on the embedded store by default, a local Prefect server with its
scheduler (a child process it owns), the bundled demo network, the review API (uvicorn, in a
thread) and Prefect serving the flows on each source's schedule; it runs a first full pass at
once, prints where to look (data, API, tokens, notifications, incidents), and keeps running
until Ctrl-C or SIGTERM, which stops everything cleanly. ``radar run --once`` runs one full pass
(collect → analyse → community → monitor and notify → ad intake) with progress on stderr and
prints, as its last stdout line, one JSON object with at least ``collected``, ``stored``,
``analysed``, ``alerts`` and ``incidents``. With the demo network (the default) a store without
CRM members first gets the demo CRM (``community.intake.import_demo``), so the community stage
has members, tiers, churn warnings and a KPI board to show.

Prefect needs an API: ``PREFECT_API_URL`` when set, otherwise the local server (about 20 s on
two cores), with its home under ``RADAR_DATA_DIR/prefect``. One ``radar run`` per data
directory (``RADAR_DATA_DIR/run.json``); runs a killed one left ``Running`` are marked crashed
when the next one starts (flows/recovery.py).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from typing import Any

from radar.process import RunRecord
from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar run [--once] [--source NAME ...] [--no-api] [--no-demo]``."""
    parser.add_argument(
        "--once", action="store_true", help="run one full pass, print a JSON summary, exit"
    )
    parser.add_argument(
        "--source",
        action="append",
        dest="sources",
        metavar="NAME",
        help="only this source in the first pass (repeatable; default: every enabled source)",
    )
    parser.add_argument(
        "--no-api", action="store_true", help="do not start the API (it runs elsewhere)"
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="do not start the bundled demo network (same as RADAR_RUN_DEMO_NETWORK=false)",
    )


def _say(message: str) -> None:
    print(f"radar: {message}", file=sys.stderr, flush=True)


@contextmanager
def _demo_network(settings: Settings) -> Iterator[Settings]:
    """Serve the demo network; yields settings whose ``demo.base_url`` is its actual URL."""
    from demo.server import DemoNetwork

    try:
        network = DemoNetwork(settings.demo.host, settings.demo.port).start()
    except OSError as exc:
        raise SystemExit(
            f"radar: cannot start the demo network on {settings.demo.host}:{settings.demo.port}"
            f" ({exc}); is another `radar run` running? Set RADAR_DEMO_PORT to another port."
        ) from None
    # Served flow runs are child processes that build Settings from the environment.
    os.environ["RADAR_DEMO_BASE_URL"] = network.base_url
    _say(f"demo network on {network.base_url}")
    try:
        yield settings.replace(demo={"base_url": network.base_url})
    finally:
        network.stop()


@contextmanager
def _api_socket(settings: Settings) -> Iterator[socket.socket]:
    """The API's listening socket, bound before anything else takes a port: the demo network
    on port 0 (an OS-picked port) can then never be given the API's configured one."""
    from review_api.cli import bind_address

    host, port = settings.api.host, settings.api.port
    try:
        # Not inheritable: the served flow runs, child processes, never hold the API's port.
        sock = bind_address(host, port)
    except OSError as exc:
        raise SystemExit(
            f"radar: the API could not bind {host}:{port} ({exc}); "
            "set RADAR_API_PORT to a free port."
        ) from None
    try:
        yield sock
    finally:
        sock.close()


@contextmanager
def _api(settings: Settings, sock: socket.socket) -> Iterator[str]:
    """The review API in a uvicorn thread on ``sock`` (``_api_socket``); yields its base URL
    (the port the socket holds, so RADAR_API_PORT=0 names the one the OS gave); stops it on
    exit."""
    import uvicorn

    from review_api.app import create_app

    config = uvicorn.Config(
        create_app(settings),
        host=settings.api.host,
        port=settings.api.port,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="radar-api", daemon=True
    )
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit(
                f"radar: the API on {settings.api.host}:{settings.api.port} did not start "
                "(its log above says why)."
            )
        time.sleep(0.05)
    port = sock.getsockname()[1]
    host = f"[{settings.api.host}]" if ":" in settings.api.host else settings.api.host
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _demo_crm(settings: Settings) -> None:
    """Load the demo CRM (邻里鲜's members, a year of orders up to now, the group chat, events)
    into a store without members, so the first pass shows tiers, churn warnings and a board."""
    from community.handles import handle_key
    from community.intake import import_demo
    from store import open_store

    store = open_store(settings)
    try:
        reports = import_demo(
            store,
            settings.data_dir / "demo-crm",
            datetime.now(UTC),
            handle_key=handle_key(settings.privacy),
            members=settings.flows.demo_crm_members,
        )
    finally:
        store.close()
    if reports:
        counts = ", ".join(f"{r.created} {r.kind}" for r in reports)
        _say(f"loaded the demo CRM ({counts}; --no-demo skips it)")


def _first_pass(settings: Settings, sources: list[str] | None) -> dict[str, Any]:
    from prefect import tags

    from flows.pipeline import full_pass
    from flows.recovery import owner_tag

    with tags(owner_tag(settings)):
        report = full_pass(sources=sources, settings=settings)
    return report.summary()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """One pass (``--once``) or the long-running job; Ctrl-C at any point stops cleanly."""
    from flows.environment import configure_prefect

    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _say(f"cannot create the data directory {settings.data_dir} (RADAR_DATA_DIR): {exc}")
        return 2
    configure_prefect(settings)  # before Prefect is imported anywhere
    from flows.environment import progress_logger

    progress_logger()
    try:
        return _run(args, settings)
    except KeyboardInterrupt:
        _say("interrupted; stopped")
        return 0 if not args.once else 130


@contextmanager
def _job_record(settings: Settings) -> Iterator[RunRecord]:
    """Claim the data directory for this process (``run.json``); refuse if another job has it."""
    previous = RunRecord.read(settings.data_dir)
    if previous is not None and previous.alive and previous.pid != os.getpid():
        raise SystemExit(
            f"radar: another `radar run` (pid {previous.pid}, started {previous.started_at}) "
            f"runs on {settings.data_dir}; stop it first or set RADAR_DATA_DIR"
        )
    record = RunRecord.for_this_process(datetime.now(UTC).isoformat(timespec="seconds"))
    record.write(settings.data_dir)
    try:
        yield record
    finally:
        record.remove(settings.data_dir)


def _recover(settings: Settings, api_url: str) -> None:
    """Mark the runs a killed ``radar run`` left unfinished as crashed (nobody runs them)."""
    import httpx

    from flows.recovery import mark_abandoned_runs_crashed, owner_tag

    try:
        marked = mark_abandoned_runs_crashed(api_url, owner_tag(settings))
    except httpx.HTTPError as exc:  # the job can still run; say so
        _say(f"could not check for runs left by a killed job: {exc}")
        return
    if marked:
        _say(
            f"marked {len(marked)} run(s) a killed `radar run` left unfinished as crashed "
            f"({', '.join(marked[:5])}{', …' if len(marked) > 5 else ''})"
        )


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from flows.environment import PrefectServerError, prefect_api

    started = time.monotonic()
    with ExitStack() as stack:
        record = stack.enter_context(_job_record(settings))
        # The Prefect server first: it is a child process, started before any thread exists.
        if not os.environ.get("PREFECT_API_URL"):
            _say("starting the local Prefect server (~20 s; PREFECT_API_URL skips it)")
        try:
            api_url = stack.enter_context(prefect_api(settings))
        except PrefectServerError as exc:
            _say(str(exc))
            return 1
        _say(f"Prefect API on {api_url}")
        _recover(settings, api_url)
        record.prefect_api_url = api_url
        serve_api = not args.once and not args.no_api
        # The API's port first, then the demo network's (which may be any free port).
        api_socket = stack.enter_context(_api_socket(settings)) if serve_api else None
        if settings.flows.run_demo_network and not args.no_demo:
            settings = stack.enter_context(_demo_network(settings))
        base = None
        if api_socket is not None:
            base = stack.enter_context(_api(settings, api_socket))
            record.api_url = base
            _say(f"API on {base}  (docs: {base}/docs)")
        record.write(settings.data_dir)
        if settings.flows.run_demo_network and settings.flows.run_demo_crm and not args.no_demo:
            _demo_crm(settings)
        try:
            summary = _first_pass(settings, args.sources)
        except Exception as exc:  # a stage failed after its retries: say why, plainly
            from flows.retrying import describe

            _say(f"the pass failed: {describe(exc)}")
            if args.once:
                return 1
            _say("serving anyway: the scheduled flows try again")
        else:
            if args.once:
                print(json.dumps(summary, ensure_ascii=False), flush=True)
                return 1 if summary["failed_sources"] else 0
            _say(f"first pass done in {time.monotonic() - started:.0f} s: {json.dumps(summary)}")
        from flows.serve import build_deployments, serve_flows

        # Served runs are child processes that build Settings from the environment: make sure
        # they find the same data directory whatever their working directory.
        os.environ["RADAR_DATA_DIR"] = str(settings.data_dir)

        deployments = build_deployments(settings)
        _say(
            f"serving {len(deployments)} flows on their schedules "
            f"({', '.join(d.name for d in deployments)})"
        )
        print(first_run_guidance(settings, base), file=sys.stderr, flush=True)
        serve_flows(deployments)
    _say("stopped")
    return 0


def first_run_guidance(settings: Settings, api_base: str | None) -> str:
    """What a newcomer needs once the job runs: where things are and the next commands."""
    from identity.roles import ROLES
    from monitor.notify import configured_channels
    from radar.settings import env_name

    channels = list(configured_channels(settings))
    if channels == ["file"]:
        notified = (
            f"files in {settings.notify_outbox_dir} (no channel configured: set "
            f"{env_name('notify.wecom_url')}, {env_name('notify.webhook_url')}, "
            f"{env_name('smtp.host')}, …)"
        )
    else:
        notified = ", ".join(channels)
    api = (
        f"{api_base}/ (console and API root; API docs {api_base}/docs)"
        if api_base
        else "not started here (--no-api)"
    )
    where = api_base or "http://HOST:PORT"
    lines = [
        "ready. Where to look:",
        f"  data           {settings.data_dir}  (store, crawl state, quarantine, logs/)",
        f"  console        {api}",
        "  a token        radar users add NAME --role pr   (prints a bearer token once; roles: "
        f"{', '.join(ROLES)})",
        f"                 curl -H 'Authorization: Bearer TOKEN' {where}/api/status",
        f"  notifications  {notified}",
        "  incidents      radar incidents   (crisis incidents: a negative post past the read "
        "threshold, with its 1-3-5 SOP deadlines)",
        "  status         radar status   (each flow's last and next run, outbox, quarantine)",
        "  Ctrl-C stops everything.",
    ]
    return "\n".join(f"radar: {line}" for line in lines)
