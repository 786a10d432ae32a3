"""Run a crawl: ``crawl_sources(names, sink, settings) -> CrawlReport``.

The crawl itself runs in a child process (``crawlers.worker``) because Twisted's reactor
cannot restart, so this function can be called any number of times in one process. The child
streams mentions back as JSON lines (one line per page); this process validates them and writes
them to the sink in batches (``crawl_batch_size``, at least once a second), so a crawl killed at
any moment has stored everything it emitted up to its last batch.

Incremental state lives in the sink's ``crawl_state`` documents (one per source): the watermark
(newest publication time stored). A run starts ``revisit_hours`` behind it, so recent posts are
re-read for new counts and replies, and list pagination stops below that. The watermark only
advances when a source finishes normally. A killed crawl therefore resumes from the previous
watermark: everything is re-read, mentions already stored come back unchanged (the upsert is
idempotent by id and content), and whatever the kill cut off is stored: no loss, no duplicates.
Scrapy's JOBDIR is not used for this: after a SIGKILL its request queue and seen-set are not
consistent with each other, and requests marked seen but never fetched would be lost.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from pydantic import TypeAdapter

from crawlers.report import CrawlReport, SourceReport, utc_now
from crawlers.secrets import SECRETS_FILE, headers_by_source, read_secrets
from crawlers.settings import scrapy_settings
from crawlers.sink import STATE_COLLECTION, MentionSink
from crawlers.sources import SourceConfig, SourceError, load_sources, resolve, select_sources
from radar.schemas import Mention
from radar.settings import Settings

Progress = Callable[[SourceReport], None]
FLUSH_EVERY_S = 1.0
_MENTIONS = TypeAdapter(list[Mention])


def demo_base_url(settings: Settings) -> str:
    """The base URL ``${DEMO_BASE_URL}`` stands for under ``settings``."""
    return settings.demo.url


def _reader(stream: IO[bytes], events: queue.Queue[dict[str, Any] | None]) -> None:
    for line in stream:
        try:
            events.put(json.loads(line))
        except ValueError:
            events.put({"t": "garbage", "line": line[:200].decode("utf-8", "replace")})
    events.put(None)


class _Run:
    """Bookkeeping of one crawl in the parent: batches, counts, watermarks."""

    def __init__(
        self,
        sources: list[SourceConfig],
        sink: MentionSink,
        batch_size: int,
        progress: Progress | None,
    ) -> None:
        self.sink = sink
        self.batch_size = batch_size
        self.progress = progress
        self.sources = {s.name: s for s in sources}
        self.reports = {
            s.name: SourceReport(source=s.name, platform=s.platform, kind=s.kind) for s in sources
        }
        self.batches: dict[str, list[Mention]] = {s.name: [] for s in sources}
        self.newest: dict[str, datetime] = {}
        self.started = {s.name: time.monotonic() for s in sources}
        self.last_flush = time.monotonic()
        self.last_progress = 0.0

    def handle(self, event: dict[str, Any]) -> None:
        kind, name = event.get("t"), event.get("s", "")
        report = self.reports.get(name)
        if report is None:
            return
        if kind == "items":
            for mention in _MENTIONS.validate_python(event["m"]):
                self.add(name, report, mention)
        elif kind == "dup":
            repeats = int(event.get("n", 1))
            report.items += repeats
            report.duplicate += repeats
        elif kind == "drop":
            report.drop(str(event["reason"]))
        elif kind == "error":
            report.add_error(str(event["msg"]))
        elif kind == "incomplete":
            report.mark_incomplete(str(event["why"]))
        elif kind == "robots":
            report.robots_forbidden += 1
        elif kind == "progress":
            report.pages = int(event["pages"])
        elif kind == "done":
            report.pages = int(event["pages"])
            report.retries = int(event.get("retries", 0))
            report.finish_reason = str(event["reason"])
            self.flush(name)
            report.seconds = round(time.monotonic() - self.started[name], 3)
            if report.finish_reason == "finished":
                self.commit(name)
        self.notify(report, force=kind == "done")

    def add(self, name: str, report: SourceReport, mention: Mention) -> None:
        """One mention for the store: counted, watermarked, written with its batch."""
        report.items += 1
        newest = self.newest.get(name)
        if newest is None or mention.published_at > newest:
            self.newest[name] = mention.published_at
        batch = self.batches[name]
        batch.append(mention)
        if len(batch) >= self.batch_size:
            self.flush(name)

    def flush(self, name: str) -> None:
        batch, self.batches[name] = self.batches[name], []
        if not batch:
            return
        result = self.sink.upsert_mentions(batch)
        report = self.reports[name]
        report.created += result.created
        report.updated += result.updated
        report.duplicate += result.unchanged
        report.created_ids.extend(result.created_ids)
        report.updated_ids.extend(result.updated_ids)
        self.last_flush = time.monotonic()

    def flush_all(self) -> None:
        for name in self.batches:
            self.flush(name)

    def commit(self, name: str) -> None:
        """The source finished: advance its watermark and remember the run."""
        report = self.reports[name]
        doc = self.sink.get_doc(STATE_COLLECTION, name)
        old = doc.body.get("watermark") if doc else None
        marks = [m for m in (self.newest.get(name), _parse(old)) if m is not None]
        report.watermark = max(marks) if marks else None
        report.completed = True
        self.sink.put_doc(
            STATE_COLLECTION,
            name,
            {
                "source": name,
                "watermark": report.watermark.isoformat() if report.watermark else None,
                "last_run_at": utc_now().isoformat(),
                "last_report": report.model_dump(
                    mode="json", exclude={"created_ids", "updated_ids", "errors"}
                ),
            },
        )

    def notify(self, report: SourceReport, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if force or now - self.last_progress > 0.5:
            self.last_progress = now
            self.progress(report)


def _parse(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def read_watermark(sink: MentionSink, source: str) -> datetime | None:
    """The stored watermark of a source (None before its first completed run)."""
    doc = sink.get_doc(STATE_COLLECTION, source)
    return _parse(doc.body.get("watermark")) if doc else None


def crawl_sources(
    source_names: Iterable[str],
    sink: MentionSink,
    settings: Settings,
    *,
    sources: Mapping[str, SourceConfig] | None = None,
    base_url: str | None = None,
    variables: Mapping[str, str] | None = None,
    full: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None = None,
    secrets: Mapping[str, str] | None = None,
) -> CrawlReport:
    """Crawl the named sources (all enabled ones when empty) into ``sink``; never raises for
    what a site does wrong — that lands in the report.

    ``base_url`` fills ``${DEMO_BASE_URL}`` (default: ``settings.demo.base_url`` or
    ``http://demo_host:demo_port``); ``variables`` fill other placeholders. ``full`` ignores
    the watermarks. ``now`` pins the clock relative times are read against (tests); otherwise
    each response's ``Date`` header is used. ``on_start`` receives the crawl process.
    ``secrets`` are the values of the sources' ``secret_headers`` (default: the secrets file in
    the data directory and ``RADAR_SECRET_*`` variables; see ``crawlers.secrets``); a source
    whose secret is missing is reported, not crawled. An invalid source file is reported in
    ``invalid_sources`` (one line) and the other sources are crawled.
    Raises ``SourceError`` for unknown sources or placeholders without a value.
    """
    started_at = utc_now()
    t0 = time.monotonic()
    problems: list[str] = []
    available = (
        dict(sources) if sources is not None else load_sources(settings.crawl.sources_dir, problems)
    )
    values = {"DEMO_BASE_URL": base_url or demo_base_url(settings), **(variables or {})}
    try:
        chosen = select_sources(available, source_names)
    except SourceError as exc:
        raise SourceError("; ".join([str(exc), *problems])) from None
    selected = [resolve(s, values) for s in chosen]
    if secrets is None:
        secrets = read_secrets(settings.data_dir / SECRETS_FILE, os.environ)
    secret_headers, unready = headers_by_source(selected, secrets)
    skipped = [s for s in selected if s.name in unready]
    selected = [s for s in selected if s.name not in unready]
    ref_prefixes: list[tuple[str, str]] = []
    for source in available.values():
        try:
            resolved = resolve(source, values)
        except SourceError:
            continue  # a source we do not crawl now may need a variable we lack
        ref_prefixes += [(p, resolved.platform) for p in resolved.claimed_prefixes()]
    since: dict[str, str | None] = {}
    last_pages: dict[str, int] = {}
    for source in selected:
        state = sink.get_doc(STATE_COLLECTION, source.name)
        body = state.body if state else {}
        last_pages[source.name] = int((body.get("last_report") or {}).get("pages") or 0)
        mark = None if full else _parse(body.get("watermark"))
        hours = source.revisit_hours
        window = timedelta(hours=settings.crawl.revisit_hours if hours is None else hours)
        since[source.name] = (mark - window).isoformat() if mark else None
    run = _Run(selected, sink, settings.crawl.batch_size, progress)
    for source in selected:
        run.reports[source.name].since = _parse(since[source.name])
    for source in skipped:
        unusable = SourceReport(source=source.name, platform=source.platform, kind=source.kind)
        unusable.add_error(unready[source.name])
        unusable.finish_reason = "missing_secret"
        unusable.incomplete = "login required"
        run.reports[source.name] = unusable
    if not selected:
        return CrawlReport(
            started_at=started_at,
            finished_at=utc_now(),
            sources=list(run.reports.values()),
            invalid_sources=problems,
        )
    job = {
        "scrapy": scrapy_settings(settings.crawl),
        "sources": [s.model_dump(mode="json") for s in selected],
        "since": since,
        "now": now.isoformat() if now else None,
        "ref_prefixes": ref_prefixes,
        "quarantine_dir": str(settings.data_dir / "quarantine"),
        "quarantine_max_bytes": settings.crawl.max_quarantine_bytes,
        "nice": settings.crawl.nice,
        "secrets": secret_headers,  # header values: stdin of the crawl process only
    }
    exit_code = _run_worker(
        job,
        run,
        settings.data_dir / "logs",
        on_start,
        processes=settings.crawl.processes,
        weights=_weights(selected, last_pages),
    )
    report = CrawlReport(
        started_at=started_at,
        finished_at=utc_now(),
        seconds=round(time.monotonic() - t0, 3),
        sources=list(run.reports.values()),
        worker_exit_code=exit_code,
        invalid_sources=problems,
    )
    for source_report in report.sources:
        if source_report.finish_reason is None:
            source_report.add_error(f"crawl process ended (exit code {exit_code}) before the end")
            source_report.seconds = report.seconds
    return report


#: Expected work of a source without history: an API fans out into per-post comment and repost
#: pages, a site into list, detail and reply pages; a feed or chat export is one document.
_KIND_WEIGHT = {"json_api": 3.0, "html": 2.0, "feed": 1.0, "chat": 1.0}


def _weights(sources: list[SourceConfig], last_pages: dict[str, int]) -> dict[str, float]:
    """Expected work per source: pages of its last completed run, else by kind."""
    if all(last_pages.get(s.name) for s in sources):
        return {s.name: float(last_pages[s.name]) for s in sources}
    return {s.name: _KIND_WEIGHT.get(s.kind, 1.0) for s in sources}


def _split(
    sources: list[dict[str, Any]], parts: int, weights: Mapping[str, float] | None = None
) -> list[list[dict[str, Any]]]:
    """Sources spread over at most ``parts`` crawl processes, heaviest first onto the least
    loaded one, so that one process does not crawl the big sources while the other idles."""
    groups: list[list[dict[str, Any]]] = [[] for _ in range(min(parts, len(sources)))]
    load = [0.0] * len(groups)
    weight = weights or {}
    for source in sorted(sources, key=lambda s: (-weight.get(s["name"], 1.0), s["name"])):
        lightest = load.index(min(load))
        groups[lightest].append(source)
        load[lightest] += weight.get(source["name"], 1.0)
    return groups


def _run_worker(
    job: dict[str, Any],
    run: _Run,
    log_dir: Path,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None,
    processes: int = 1,
    weights: Mapping[str, float] | None = None,
) -> int:
    """Run the job in up to ``processes`` crawl processes; the worst exit status."""
    log_dir.mkdir(parents=True, exist_ok=True)
    Path(job["quarantine_dir"]).mkdir(parents=True, exist_ok=True)
    events: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=10_000)
    procs: list[subprocess.Popen[bytes]] = []
    with open(log_dir / "crawl.log", "ab") as log:
        try:
            for group in _split(job["sources"], processes, weights):
                proc = subprocess.Popen(
                    [sys.executable, "-m", "crawlers.worker"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                )
                procs.append(proc)
                if on_start is not None:
                    on_start(proc)
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps({**job, "sources": group}, ensure_ascii=False).encode())
                proc.stdin.close()
                threading.Thread(target=_reader, args=(proc.stdout, events), daemon=True).start()
            running = len(procs)
            while running:
                try:
                    event = events.get(timeout=FLUSH_EVERY_S)
                except queue.Empty:
                    run.flush_all()
                    continue
                if event is None:
                    running -= 1
                    continue
                run.handle(event)
                if time.monotonic() - run.last_flush > FLUSH_EVERY_S:
                    run.flush_all()
        except BaseException:
            for proc in procs:
                proc.terminate()  # Scrapy shuts down cleanly on SIGTERM
            for proc in procs:
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
            raise
        finally:
            run.flush_all()
        codes = [proc.wait() for proc in procs]
    return next((c for c in codes if c != 0), 0)
