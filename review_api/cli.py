"""Serve the API (review workflow, monitoring and search) with uvicorn."""

from __future__ import annotations

import argparse
import os
import socket
import sys

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar serve [--host H] [--port P]``."""
    parser.add_argument("--host", help="bind address (default: RADAR_API_HOST)")
    parser.add_argument("--port", type=int, help="port (default: RADAR_API_PORT)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run uvicorn until interrupted: the app in this process, or ``RADAR_API_WORKERS`` worker
    processes under uvicorn's supervisor."""
    import uvicorn

    from review_api.app import create_app, refuse_unguarded_api
    from store import open_store

    host = args.host or settings.api.host
    port = args.port if args.port is not None else settings.api.port
    settings = settings.replace(api={"host": host, "port": port})
    busy = port_problem(host, port)
    if busy:  # before anything else: opening the store or the app takes a while
        print(
            f"radar serve: cannot listen on {host}:{port}: {busy}; use --port or RADAR_API_PORT",
            file=sys.stderr,
        )
        return 2
    workers = settings.api.workers
    print(
        f"radar: API on http://{host}:{port}  (docs: http://{host}:{port}/docs)"
        + (f", {workers} worker processes" if workers > 1 else ""),
        flush=True,
    )
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return 0
    # Each worker builds its own app and settings from the environment (``app_from_environment``):
    # the command line's address goes there too.
    os.environ["RADAR_API_HOST"], os.environ["RADAR_API_PORT"] = host, str(port)
    store = open_store(settings)
    try:  # refused here, once, before any worker starts
        refuse_unguarded_api(settings, store)
    finally:
        store.close()
    uvicorn.run(
        "review_api.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
    )
    return 0


def bind_address(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` as uvicorn binds one (the first address ``getaddrinfo``
    gives, ``SO_REUSEADDR``); OSError when it cannot be (in use, no permission, no such host).
    Not inheritable (Python's default), so child processes never hold the port."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def port_problem(host: str, port: int) -> str | None:
    """Why uvicorn could not bind ``host:port`` (in use, no permission), or None."""
    try:
        bind_address(host, port).close()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None
