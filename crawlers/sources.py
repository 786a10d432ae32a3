"""Source files: one YAML per crawled source in ``crawlers/sources/``, loaded as typed configs.

A source names its spider ``kind`` (``feed``, ``html``, ``json_api``, ``chat``), the platform it
stands for, where to start, how to read fields and how often to run (``schedule``, read by the
flows stage). URLs may contain ``${DEMO_BASE_URL}`` (or any ``${NAME}``); ``resolve`` fills them
in at run time, so the same spider points at the demo network or a real site by configuration.
See docs/crawlers.md for the file format and how to add a platform.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

_PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")

# A field selector: CSS (``div.post .content``, ``span.reads::text``, ``a::attr(href)``), or
# XPath when prefixed with ``xpath:``. An element selection yields its whole visible text.
Selector = str


class SourceError(ValueError):
    """A source file is invalid or a placeholder has no value."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Schedule(_Model):
    """How often the flows stage runs a source: every ``interval_seconds`` or on a ``cron``."""

    interval_seconds: int | None = Field(None, ge=10)
    cron: str | None = Field(None, description="Five-field cron expression, Asia/Shanghai.")

    @model_validator(mode="after")
    def _one(self) -> Schedule:
        if (self.interval_seconds is None) == (self.cron is None):
            raise ValueError("schedule needs exactly one of interval_seconds or cron")
        if self.cron is not None and len(self.cron.split()) != 5:
            raise ValueError(f"cron needs five fields, got {self.cron!r}")
        return self


class FieldSpec(_Model):
    """A selector plus an optional regex (first group, or whole match) and default."""

    select: Selector
    regex: str | None = None
    default: str | None = None


FieldRule = Selector | FieldSpec


class ListPage(_Model):
    """A paginated list of links to detail pages (newest first)."""

    item: Selector = Field(description="One element per listed item.")
    link: Selector = Field(description="Detail link, relative to the item element.")
    date: FieldRule | None = Field(
        None, description="Item date (last activity) in the list; enables the incremental stop."
    )
    next_page: Selector | None = None


class Replies(_Model):
    """Replies on a detail page: each becomes a mention whose parent is the detail's mention."""

    item: Selector
    permalink: Selector
    fields: dict[str, FieldRule]
    reply_to: Selector | None = Field(None, description="Permalink of the quoted reply, if any.")
    next_page: Selector | None = None


class DetailPage(_Model):
    """A detail page: one mention from ``fields`` (absent on later reply pages), then replies."""

    fields: dict[str, FieldRule]
    required: list[str] = Field(default_factory=lambda: ["text", "published_at"])
    ref_link: Selector | None = Field(
        None, description="Link to the mention this one cites (a cross-platform repost)."
    )
    complete_marker: str | None = Field(
        "</html>", description="Text a complete page contains; pages without it are truncated."
    )
    replies: Replies | None = None


class Cursor(_Model):
    """Cursor pagination of a JSON API: the next cursor's path and the query parameter."""

    path: str
    param: str = "cursor"


class JsonChild(_Model):
    """Items nested under each item of a JSON API (comments, reposts)."""

    name: str
    url: str = Field(description="URL template; ``{id}`` etc. are fields of the parent item.")
    when: str | None = Field(None, description="Parent field that must be truthy (a count).")
    items_path: str
    cursor: Cursor | None = None
    permalink: str = Field(description="Template; ``{parent_id}`` is the parent's raw id.")
    fields: dict[str, str]
    relation: Literal["parent", "repost_of"] = "parent"
    recursive: bool = Field(False, description="Apply this child to its own items too.")


class _SourceBase(_Model):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    platform: str
    description: str = ""
    enabled: bool = True
    schedule: Schedule
    obey_robots: bool | None = None
    download_delay: float | None = Field(None, ge=0)
    concurrency: int | None = Field(None, ge=1, le=64)
    revisit_hours: float | None = Field(None, ge=0)
    region: str | None = Field(None, description="Default region of this source's mentions.")
    max_pages: int | None = Field(None, ge=1, description="Safety cap on pages per run.")
    permalink_prefixes: list[str] = Field(
        default_factory=list,
        description="URL prefixes of this platform's permalinks, so links to its posts from "
        "other platforms resolve to their mention ids (json_api: from `permalink`).",
    )

    def claimed_prefixes(self) -> list[str]:
        """Permalink prefixes this source's platform claims."""
        prefixes = list(self.permalink_prefixes)
        template = getattr(self, "permalink", None)
        if isinstance(template, str) and "{" in template and not template.startswith("{"):
            prefixes.append(template.split("{", 1)[0])
        return prefixes

    @property
    def start(self) -> list[str]:
        """Start URLs."""
        raise NotImplementedError


class FeedSource(_SourceBase):
    """RSS 2.0 / Atom feed (news sites, blogs, public-account feeds)."""

    kind: Literal["feed"]
    urls: list[str]
    ref_links: bool = Field(True, description="Link the first known-mention URL in the body.")

    @property
    def start(self) -> list[str]:
        return list(self.urls)


class HtmlSource(_SourceBase):
    """List/detail HTML site (forums, complaint sites, review sites)."""

    kind: Literal["html"]
    start_urls: list[str]
    list: ListPage
    detail: DetailPage

    @property
    def start(self) -> builtins.list[str]:
        return builtins.list(self.start_urls)


class JsonApiSource(_SourceBase):
    """JSON API with cursor pagination and nested children (Weibo-style feeds)."""

    kind: Literal["json_api"]
    start_urls: list[str]
    items_path: str
    cursor: Cursor | None = None
    permalink: str
    fields: dict[str, str]
    repost_of: str | None = Field(None, description="Path of the reposted item's raw id.")
    children: list[JsonChild] = Field(default_factory=list)

    @property
    def start(self) -> list[str]:
        return list(self.start_urls)


class ChatSource(_SourceBase):
    """An exported group chat (JSON or CSV), read from http(s):// or file:// URLs."""

    kind: Literal["chat"]
    urls: list[str]
    format: Literal["json", "csv"]
    messages_path: str = Field("messages", description="JSON only: path of the message list.")
    permalink: str = Field(description="Template, e.g. ``{export_url}#msg-{id}``.")
    fields: dict[str, str]

    @property
    def start(self) -> list[str]:
        return list(self.urls)


SourceConfig = Annotated[
    FeedSource | HtmlSource | JsonApiSource | ChatSource, Field(discriminator="kind")
]


class _SourceFile(BaseModel):
    source: SourceConfig


S = TypeVar("S", bound=BaseModel)


def fill_placeholders(value: Any, variables: Mapping[str, str]) -> Any:
    """Replace ``${NAME}`` in every string of a nested structure; unknown names raise."""
    if isinstance(value, str):

        def sub(match: re.Match[str]) -> str:
            name = match[1]
            if name not in variables:
                raise SourceError(f"no value for ${{{name}}} (known: {sorted(variables)})")
            return variables[name].rstrip("/")

        return _PLACEHOLDER.sub(sub, value)
    if isinstance(value, list):
        return [fill_placeholders(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: fill_placeholders(v, variables) for k, v in value.items()}
    return value


def resolve(source: S, variables: Mapping[str, str]) -> S:
    """A copy of ``source`` with its placeholders filled in."""
    data = fill_placeholders(source.model_dump(mode="json"), variables)
    return type(source).model_validate(data)


def bundled_dir() -> Path:
    """The directory of the bundled source files."""
    return Path(str(resources.files("crawlers").joinpath("sources")))


def parse_source(text: str, origin: str = "<string>") -> SourceConfig:
    """One source from YAML text; errors name the file and the field."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourceError(f"{origin}: not valid YAML: {exc}") from None
    try:
        return _SourceFile.model_validate({"source": data}).source
    except ValidationError as exc:
        raise SourceError(f"{origin}: {exc}") from None


def load_sources(directory: Path | None = None) -> dict[str, SourceConfig]:
    """Every ``*.yaml`` source in ``directory`` (default: bundled), by name, sorted by name."""
    folder = directory or bundled_dir()
    found: dict[str, SourceConfig] = {}
    for path in sorted(folder.glob("*.yaml")):
        source = parse_source(path.read_text(encoding="utf-8"), str(path))
        if source.name in found:
            raise SourceError(f"{path}: duplicate source name {source.name!r}")
        found[source.name] = source
    return dict(sorted(found.items()))


def select_sources(
    available: Mapping[str, SourceConfig], names: Iterable[str] = ()
) -> list[SourceConfig]:
    """The named sources (all enabled ones when none are named); unknown names raise."""
    wanted = list(names)
    if not wanted:
        return [s for s in available.values() if s.enabled]
    unknown = [n for n in wanted if n not in available]
    if unknown:
        raise SourceError(f"unknown source(s) {unknown}; known: {sorted(available)}")
    return [available[n] for n in dict.fromkeys(wanted)]
