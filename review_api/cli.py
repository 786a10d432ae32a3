"""Serve the API (review workflow, monitoring and search) with uvicorn."""

from __future__ import annotations

import argparse

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar serve [--host H] [--port P]``."""
    parser.add_argument("--host", help="bind address (default: RADAR_API_HOST)")
    parser.add_argument("--port", type=int, help="port (default: RADAR_API_PORT)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run uvicorn until interrupted."""
    import uvicorn

    from review_api.app import create_app

    host = args.host or settings.api.host
    port = args.port if args.port is not None else settings.api.port
    settings = settings.replace(api={"host": host, "port": port})
    print(f"radar: API on http://{host}:{port}  (docs: http://{host}:{port}/docs)", flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0
