"""The crawl report: what one run did per source and in total (printed by ``radar crawl``)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from pydantic import AwareDatetime, BaseModel, Field, computed_field

MAX_ERRORS_KEPT = 50


class SourceReport(BaseModel):
    """One source's run. ``items == created + updated + duplicate``."""

    source: str
    platform: str
    kind: str
    pages: int = Field(0, description="Responses received (lists, details, API pages, feeds).")
    items: int = Field(0, description="Valid mentions extracted.")
    created: int = 0
    updated: int = Field(0, description="Known mentions whose content or counts changed.")
    duplicate: int = Field(
        0, description="Mentions already stored unchanged, or seen twice in this run."
    )
    dropped: dict[str, int] = Field(
        default_factory=dict, description="Pages/items dropped (and quarantined), by reason."
    )
    errors: list[str] = Field(default_factory=list, description="First errors, for humans.")
    error_count: int = 0
    robots_forbidden: int = Field(0, description="Requests skipped because robots.txt forbids.")
    retries: int = 0
    completed: bool = Field(False, description="The spider finished; the watermark advanced.")
    incomplete: str | None = Field(
        None,
        description="Why the source could not read everything: `login required` (a login wall "
        "or captcha; nothing more was fetched), `page cap` (a platform's, `max_pages` or "
        "`RADAR_CRAWL_MAX_PAGES_PER_SOURCE`) or `time cap` (`RADAR_CRAWL_MAX_RUN_S`).",
    )
    finish_reason: str | None = None
    since: AwareDatetime | None = Field(None, description="Incremental lower bound used.")
    watermark: AwareDatetime | None = Field(None, description="Newest publication time stored.")
    created_ids: list[str] = Field(default_factory=list)
    updated_ids: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    def add_error(self, message: str) -> None:
        """Count an error, keeping the first few messages."""
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(message)

    def mark_incomplete(self, why: str) -> None:
        """Record why the source is incomplete (a login wall outranks a page cap)."""
        if self.incomplete != "login required":
            self.incomplete = why

    def drop(self, reason: str) -> None:
        """Count a dropped page or item."""
        self.dropped[reason] = self.dropped.get(reason, 0) + 1


class CrawlReport(BaseModel):
    """One ``crawl_sources`` call."""

    started_at: AwareDatetime
    finished_at: AwareDatetime | None = None
    seconds: float = 0.0
    sources: list[SourceReport] = Field(default_factory=list)
    worker_exit_code: int | None = Field(None, description="Exit status of the crawl process.")
    invalid_sources: list[str] = Field(
        default_factory=list,
        description="Source files that could not be used, one line each (file: field: problem); "
        "the other sources were crawled.",
    )

    def _sum(self, field: str) -> int:
        return sum(int(getattr(s, field)) for s in self.sources)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pages(self) -> int:
        return self._sum("pages")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def items(self) -> int:
        return self._sum("items")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def created(self) -> int:
        return self._sum("created")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def updated(self) -> int:
        return self._sum("updated")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def duplicate(self) -> int:
        return self._sum("duplicate")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def dropped(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for s in self.sources:
            total.update(s.dropped)
        return dict(sorted(total.items()))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def error_count(self) -> int:
        return self._sum("error_count")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def completed(self) -> bool:
        return all(s.completed for s in self.sources)

    def source(self, name: str) -> SourceReport:
        """The report of one source."""
        for s in self.sources:
            if s.source == name:
                return s
        raise KeyError(name)

    def summary(self) -> str:
        """A few human-readable lines."""
        lines = [f"invalid source file: {line}" for line in self.invalid_sources]
        for s in self.sources:
            dropped = ", ".join(f"{k}={v}" for k, v in sorted(s.dropped.items())) or "none"
            state = "ok " if s.completed and not s.incomplete else "INCOMPLETE"
            if s.incomplete:
                state += f" ({s.incomplete})"
            lines.append(
                f"{s.source:<22} {state} pages={s.pages} "
                f"items={s.items} new={s.created} updated={s.updated} dup={s.duplicate} "
                f"dropped[{dropped}] robots={s.robots_forbidden} errors={s.error_count} "
                f"{s.seconds:.1f}s"
            )
        lines.append(
            f"{'total':<22} pages={self.pages} items={self.items} new={self.created} "
            f"updated={self.updated} dup={self.duplicate} dropped={sum(self.dropped.values())} "
            f"errors={self.error_count} in {self.seconds:.1f}s"
        )
        return "\n".join(lines)


def utc_now() -> datetime:
    """The current time (UTC, aware)."""
    from datetime import UTC

    return datetime.now(UTC)
