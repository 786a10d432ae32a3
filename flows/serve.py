"""Prefect's own serving of the flows: one deployment per source on that source's schedule.

``build_deployments`` turns each enabled source's ``schedule`` (``interval_seconds`` or a
five-field ``cron`` read in Asia/Shanghai, from its YAML file) into a deployment of the
``collect`` flow for that source, and adds ``analyse``, ``monitor`` and ``ad-intake`` on their
intervals, and ``community`` and ``privacy`` daily. ``serve_flows`` hands them to Prefect's
``Runner`` (what ``prefect.serve`` uses), which polls the API for scheduled runs and executes
each in a child process. No scheduler loop of our own: ``serve_flows`` only owns the event
loop, so that Ctrl-C and SIGTERM stop it: the first signal starts no new run and lets the runs
in flight finish (up to ``DRAIN_TIMEOUT_S``), a second one, or the deadline, cancels what is
left; then the schedules are paused.

Served runs build their ``Settings`` from the environment they inherit, so the command that
serves puts every override (for example the demo network's actual URL) in the environment.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import cast

from prefect.deployments.runner import RunnerDeployment
from prefect.runner import Runner
from prefect.schedules import Cron, Interval, Schedule
from prefect.types.entrypoint import EntrypointType

from flows.ad_intake import ad_intake
from flows.analyse import analyse
from flows.collect import collect
from flows.community import community
from flows.environment import progress_logger
from flows.monitor import monitor
from flows.privacy import privacy
from flows.recovery import owner_tag
from radar.settings import Settings

#: Where the brands live; a source's cron is read in this time zone.
SCHEDULE_TIMEZONE = "Asia/Shanghai"
#: The community flow runs daily before the shops open (brand time zone).
COMMUNITY_CRON = "0 6 * * *"
#: The privacy flow (retention, legacy pseudonyms) runs daily at night (brand time zone).
PRIVACY_CRON = "30 3 * * *"
#: Flow runs the runner executes at once (crawls are child processes mostly waiting on I/O).
MAX_CONCURRENT_RUNS = 4
#: How long a stop lets the runs in flight finish before cancelling them (a second Ctrl-C or
#: SIGTERM cancels at once). A monitor or analyse pass takes seconds; a long crawl is cut here
#: and resumes from its watermark at the next start.
DRAIN_TIMEOUT_S = 30.0
#: How long a stop then waits for the runner to cancel its runs and pause the schedules.
SHUTDOWN_TIMEOUT_S = 60.0


def source_schedules(settings: Settings) -> dict[str, Schedule]:
    """Enabled source name -> its Prefect schedule (from the source YAML)."""
    from crawlers.sources import load_sources

    schedules: dict[str, Schedule] = {}
    for source in load_sources(settings.crawl.sources_dir, problems=[]).values():
        if not source.enabled:
            continue
        if source.schedule.cron is not None:
            schedules[source.name] = Cron(source.schedule.cron, timezone=SCHEDULE_TIMEZONE)
        else:
            assert source.schedule.interval_seconds is not None  # the schema needs one of two
            schedules[source.name] = Interval(source.schedule.interval_seconds)
    return schedules


def build_deployments(settings: Settings) -> list[RunnerDeployment]:
    """The served deployments: ``collect-<source>`` per source, ``analyse``, ``monitor``,
    ``ad-intake``, ``community`` and ``privacy``; every run they make carries
    ``flows.recovery.owner_tag``."""
    module = EntrypointType.MODULE_PATH  # importable from any working directory
    owner = owner_tag(settings)
    deployments = [
        collect.to_deployment(
            name=f"collect-{name}",
            schedules=[schedule],
            parameters={"sources": [name]},
            entrypoint_type=module,
            tags=["collect", name, owner],
            description=f"Crawl the source {name!r} into the store.",
        )
        for name, schedule in source_schedules(settings).items()
    ]
    deployments.append(
        analyse.to_deployment(
            name="analyse",
            schedules=[Interval(settings.flows.analyse_interval_seconds)],
            entrypoint_type=module,
            tags=["analyse", owner],
        )
    )
    deployments.append(
        monitor.to_deployment(
            name="monitor",
            schedules=[Interval(settings.flows.monitor_interval_seconds)],
            entrypoint_type=module,
            tags=["monitor", owner],
        )
    )
    deployments.append(
        ad_intake.to_deployment(
            name="ad-intake",
            schedules=[Interval(settings.flows.monitor_interval_seconds)],
            entrypoint_type=module,
            tags=["compliance", owner],
        )
    )
    daily = (
        (community, COMMUNITY_CRON, "Daily CRM snapshot, churn 回访 tasks and last month's KPIs."),
        (privacy, PRIVACY_CRON, "Daily retention of raw mentions, pseudonyms for old handles."),
    )
    for each, cron, description in daily:
        deployments.append(
            each.to_deployment(
                name=each.name,
                schedules=[Cron(cron, timezone=SCHEDULE_TIMEZONE)],
                entrypoint_type=module,
                tags=[each.name, owner],
                description=description,
            )
        )
    return cast(list[RunnerDeployment], deployments)


def serve_flows(
    deployments: list[RunnerDeployment], drain_timeout: float = DRAIN_TIMEOUT_S
) -> None:
    """Serve ``deployments`` until SIGINT (Ctrl-C) or SIGTERM; returns after a clean shutdown.

    Prefect's runner does the serving; this only owns the event loop so that a signal stops it
    instead of leaving it polling. The first signal drains: no new run starts, and the runs in
    flight get ``drain_timeout`` seconds to finish. A second signal, or the deadline, cancels
    what is still running (Prefect marks those runs Cancelled); then the schedules are paused.
    """
    asyncio.run(_serve_until_signalled(deployments, drain_timeout))


async def _serve_until_signalled(deployments: list[RunnerDeployment], drain_timeout: float) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_signal() -> None:
        stop.set()

    def catch_signals() -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, on_signal)

    catch_signals()  # from the start: a Ctrl-C while registering must not be lost
    try:
        runner = Runner(limit=MAX_CONCURRENT_RUNS, pause_on_shutdown=True)
        for deployment in deployments:
            await runner.aadd_deployment(deployment)
            if stop.is_set():
                return
        serving = asyncio.create_task(runner.start())
        await asyncio.sleep(0)
        catch_signals()  # Runner.start installs its own SIGTERM handler on its first step
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not serving.done():
            stop.clear()
            await _drain(runner, stop, drain_timeout)
            await runner.astop()  # cancels what still runs, then pauses the schedules
            await asyncio.wait_for(serving, timeout=SHUTDOWN_TIMEOUT_S)
        serving.result()  # surfaces a runner that died on its own
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


def _in_flight(runner: Runner) -> int:
    """Flow runs ``runner`` is executing now (child processes it started and still tracks)."""
    # Prefect 3.8's runner tracks them in its process manager (what its own cancel_all walks)
    # and offers no public count; without one, there is nothing to drain and a stop cancels.
    manager = getattr(runner, "_process_manager", None)
    return len(manager.flow_run_ids()) if manager is not None else 0


async def _drain(runner: Runner, again: asyncio.Event, timeout: float) -> None:
    """Start no new run and wait up to ``timeout`` s for those in flight, or until ``again``."""
    poller = getattr(runner, "_scheduled_run_poller", None)  # Prefect 3.8: the polling loop
    if poller is not None:
        poller.stopping = True  # its next polls submit nothing; Runner.astop sets the same flag
    running = _in_flight(runner)
    if not running:
        return
    say = progress_logger().info
    say(
        "stopping: letting %d run(s) in flight finish (up to %.0f s; Ctrl-C again cancels them)",
        running,
        timeout,
    )
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while _in_flight(runner) and not again.is_set() and loop.time() < deadline:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(again.wait(), timeout=0.2)
    left = _in_flight(runner)
    if left:
        say("stopping: cancelling %d run(s) still in flight", left)
