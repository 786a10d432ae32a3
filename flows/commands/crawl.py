"""Crawl sources into the store now: radar crawl [SOURCE ...] (default: every enabled source).

Progress goes to stderr while it runs; the crawl report (pages, items, new/updated/duplicate,
dropped by reason, errors, time) is printed at the end, as JSON with ``--json``. Incremental by
default (per-source watermark); ``--full`` re-reads everything. ``--demo`` serves the bundled
demo network for the duration of the crawl. Exit status: 0 when every source finished, 1 when
one failed (did not finish, or met only errors: the rule of ``radar run --once``,
``flows.retrying.source_failure``), 2 for a configuration error.
"""

from __future__ import annotations

import argparse
import sys

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``radar crawl``."""
    parser.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="source names (radar sources list)"
    )
    parser.add_argument("--full", action="store_true", help="ignore the watermarks, re-read all")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--demo", action="store_true", help="serve the demo network while crawling")
    parser.add_argument("--base-url", help="value of ${DEMO_BASE_URL} (default from settings)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the crawl and print its report."""
    from crawlers.report import SourceReport
    from crawlers.run import crawl_sources
    from crawlers.sources import SourceError
    from flows.retrying import source_failure
    from radar.process import lower_priority
    from store import open_store

    lower_priority(settings.crawl.nice)  # a batch command: the API and the console answer first

    def progress(report: SourceReport) -> None:
        if not args.quiet:
            state = "done" if report.finish_reason else "..."
            print(
                f"  {report.source:<20} {state:<4} pages={report.pages} items={report.items} "
                f"new={report.created} updated={report.updated} "
                f"dropped={sum(report.dropped.values())}",
                file=sys.stderr,
                flush=True,
            )

    network = None
    base_url = args.base_url
    if args.demo:
        from demo.server import DemoNetwork

        try:
            network = DemoNetwork(settings.demo.host, settings.demo.port).start()
        except OSError as exc:
            print(
                f"radar crawl: cannot serve the demo network on "
                f"{settings.demo.host}:{settings.demo.port} ({exc}); set RADAR_DEMO_PORT",
                file=sys.stderr,
            )
            return 2
        base_url = network.base_url
        if not args.quiet:
            print(f"demo network on {base_url}", file=sys.stderr)
    store = open_store(settings)
    try:
        report = crawl_sources(
            args.sources, store, settings, base_url=base_url, full=args.full, progress=progress
        )
    except SourceError as exc:
        print(f"radar crawl: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
        if network is not None:
            network.stop()
    if args.json:
        print(
            report.model_dump_json(
                indent=2, exclude={"sources": {"__all__": {"created_ids", "updated_ids"}}}
            )
        )
    else:
        print(report.summary())
        for source in report.sources:
            for error in source.errors[:5]:
                print(f"  {source.source}: {error}")
        if any(s.dropped for s in report.sources):
            print(f"dropped pages are kept in {settings.data_dir / 'quarantine'}")
    failed = {s.source: why for s in report.sources if (why := source_failure(s)) is not None}
    for name, why in failed.items():
        print(f"radar crawl: source {name} failed: {why}", file=sys.stderr)
    return 1 if failed or not report.completed else 0
