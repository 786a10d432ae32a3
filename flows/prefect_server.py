"""The local Prefect server, as ``radar run``'s child: ``python -m flows.prefect_server HOST PORT``.

A Prefect server with its services on (scheduler, late runs, cancellation clean-up, …): the
app factory Prefect's own ``prefect server start`` runs, without the "ephemeral" switch that
turns the services off. It first binds itself to its parent (``RADAR_PARENT_PID``): when the
parent dies, even by SIGKILL, the kernel sends it SIGTERM, and it exits at once if the parent
is already gone.
"""

from __future__ import annotations

import os
import sys

from radar.process import die_with_parent


def main(argv: list[str]) -> int:
    """Run uvicorn on Prefect's app factory until SIGTERM."""
    host, port = argv[0], int(argv[1])
    parent = int(os.environ.pop("RADAR_PARENT_PID", "0"))
    die_with_parent()
    if parent and os.getppid() != parent:
        return 1  # the parent died before we could bind to it
    os.environ["PREFECT__SERVER_FINAL"] = "1"  # one app per process: Prefect's fast path
    import prefect
    import uvicorn

    uvicorn.run(
        "prefect.server.api.server:create_app",
        factory=True,
        app_dir=str(prefect.__module_path__.parent),
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
