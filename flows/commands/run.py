"""Run the main job: demo network, API and scheduled flows (``--once``: one full pass, then exit).

``radar run`` starts, on the embedded store by default, the bundled demo network, the review
API (uvicorn, in a thread) and Prefect serving the flows on each source's schedule; it runs a
first full pass at once, prints where to look, and keeps running until Ctrl-C, which stops
everything cleanly. ``radar run --once`` runs one full pass (collect → analyse → monitor and
notify → ad intake) with progress on stderr and prints, as its last stdout line, one JSON object
with at least ``collected``, ``stored``, ``analysed``, ``alerts`` and ``incidents``.

Prefect needs an API: ``PREFECT_API_URL`` when set, otherwise a temporary local server started
by this command (about 20 s on two cores), with its home under ``RADAR_DATA_DIR/prefect``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

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
    """Serve the demo network; yields settings whose ``demo_base_url`` is its actual URL."""
    from demo.server import DemoNetwork

    try:
        network = DemoNetwork(settings.demo_host, settings.demo_port).start()
    except OSError as exc:
        raise SystemExit(
            f"radar: cannot start the demo network on {settings.demo_host}:{settings.demo_port}"
            f" ({exc}); is another `radar run` running? Set RADAR_DEMO_PORT to another port."
        ) from None
    # Served flow runs are child processes that build Settings from the environment.
    os.environ["RADAR_DEMO_BASE_URL"] = network.base_url
    _say(f"demo network on {network.base_url}")
    try:
        yield settings.model_copy(update={"demo_base_url": network.base_url})
    finally:
        network.stop()


@contextmanager
def _api(settings: Settings) -> Iterator[str]:
    """The review API in a uvicorn thread; yields its base URL; stops it on exit."""
    import uvicorn

    from review_api.app import create_app

    config = uvicorn.Config(
        create_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="radar-api", daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit(
                f"radar: the API could not bind {settings.api_host}:{settings.api_port}; "
                "set RADAR_API_PORT to a free port."
            )
        time.sleep(0.05)
    try:
        yield f"http://{settings.api_host}:{settings.api_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _first_pass(settings: Settings, sources: list[str] | None) -> dict[str, Any]:
    from flows.pipeline import full_pass

    report = full_pass(sources=sources, settings=settings)
    return report.summary()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """One pass (``--once``) or the long-running job; Ctrl-C at any point stops cleanly."""
    from flows.environment import configure_prefect

    configure_prefect(settings)  # before Prefect is imported anywhere
    from flows.environment import progress_logger

    progress_logger()
    try:
        return _run(args, settings)
    except KeyboardInterrupt:
        _say("interrupted; stopped")
        return 0 if not args.once else 130


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from flows.environment import prefect_api

    started = time.monotonic()
    with ExitStack() as stack:
        if settings.run_demo_network and not args.no_demo:
            settings = stack.enter_context(_demo_network(settings))
        base = None
        if not args.once and not args.no_api:
            base = stack.enter_context(_api(settings))
            _say(f"API on {base}  (docs: {base}/docs)")
        _say("starting Prefect (a temporary local server takes ~20 s; PREFECT_API_URL skips it)")
        api_url = stack.enter_context(prefect_api())
        _say(f"Prefect API on {api_url}")
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
        os.environ["RADAR_DATA_DIR"] = str(settings.data_dir.resolve())

        deployments = build_deployments(settings)
        _say(
            f"serving {len(deployments)} flows on their schedules "
            f"({', '.join(d.name for d in deployments)})"
        )
        if base is not None:
            _say(
                f"look at {base}/docs (API), {base}/api/mentions?q=食品安全 (search); "
                "Ctrl-C stops everything"
            )
        serve_flows(deployments)
    _say("stopped")
    return 0
