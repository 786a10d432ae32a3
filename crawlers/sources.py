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
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from radar import yamlfile

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
    inline: bool = Field(
        False,
        description="Read an element as a reader sees it: links and emoticon `alt`s in line, "
        "`<br>` as line breaks (default: each text node on its own line).",
    )


FieldRule = Selector | FieldSpec


class ListPage(_Model):
    """A paginated list (newest first): links to detail pages, or the mentions themselves.

    With ``link`` each item is followed to its detail page; with ``fields`` each item is a
    mention read on the list page itself (timelines, search results, comment lists), its URL
    from ``permalink``. Both may be given: the item is a mention and its detail page is read too.
    """

    item: Selector = Field(description="One element per listed item.")
    link: Selector | None = Field(None, description="Detail link, relative to the item element.")
    date: FieldRule | None = Field(
        None, description="Item date (last activity) in the list; enables the incremental stop."
    )
    next_page: Selector | None = None
    fields: dict[str, FieldRule] | None = Field(
        None, description="Inline mentions: the fields of each item, read on the list page."
    )
    permalink: FieldRule | None = Field(
        None, description="Inline mentions: the item's permalink (a selector, optional regex)."
    )
    required: list[str] = Field(default_factory=lambda: ["text", "published_at"])
    ref_link: Selector | None = Field(None, description="Inline: link to the cited mention.")

    @model_validator(mode="after")
    def _link_or_fields(self) -> ListPage:
        if self.link is None and self.fields is None:
            raise ValueError("a list needs `link` (detail pages) or `fields` (inline items)")
        if self.fields is not None and self.permalink is None:
            raise ValueError("inline list items (`fields`) need a `permalink` selector")
        return self


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


class JsonField(_Model):
    """A JSON field: a dotted path, optionally HTML to read as text, a value map and a default."""

    path: str
    html: bool = Field(False, description="The value is HTML (Weibo's `text`): keep its text.")
    values: dict[str, str] | None = Field(
        None,
        description="Codes to the words they stand for (a complaint's `status: 6` → 已完成); "
        "a value the map lacks is kept as it is.",
    )
    default: str | None = None


JsonFieldRule = str | JsonField


class Cursor(_Model):
    """Cursor pagination of a JSON API: the next cursor's path and the query parameter.

    With ``increment`` the path is a "has more" flag and ``param`` a page number, counted up
    from the current URL's (1 when absent). ``has_more`` names a separate flag for APIs that
    keep sending a cursor on their last page (Xiaohongshu's comments): false stops.
    """

    path: str
    param: str = "cursor"
    increment: bool = False
    has_more: str | None = Field(None, description="Path of a 'has more' flag; false stops.")


class JsonChild(_Model):
    """Items nested under each item of a JSON API (comments, reposts)."""

    name: str
    url: str = Field(description="URL template; ``{id}``, ``{mblog.mid}`` are paths of the parent.")
    when: str | None = Field(None, description="Parent field that must be truthy (a count).")
    items_path: str
    cursor: Cursor | None = None
    permalink: str = Field(
        description="Template of dotted paths; ``{parent_id}`` is the parent's raw id, "
        "``{parent.<path>}`` any field of the parent item."
    )
    fields: dict[str, JsonFieldRule]
    relation: Literal["parent", "repost_of"] = "parent"
    recursive: bool = Field(False, description="Apply this child to its own items too.")


class TimeSlices(_Model):
    """Split a search into time slices (a platform's page cap applies to each slice).

    Start URLs name ``{slice_start}`` and ``{slice_end}`` (formatted with ``format``, Beijing
    time); slices of ``hours`` go back from now to the incremental window, or ``count`` slices.
    """

    hours: float = Field(gt=0)
    count: int = Field(24, ge=1, le=10_000)
    format: str = "%Y-%m-%d-%H"


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
    page_cap: int | None = Field(
        None,
        ge=1,
        description="The platform serves at most this many pages of one list or search (Weibo "
        "search: about 50); reaching it is reported as `incomplete: page cap`.",
    )
    slices: TimeSlices | None = None
    rate_limit_per_minute: float | None = Field(
        None, gt=0, description="At most this many requests a minute (one at a time)."
    )
    headers: dict[str, str] = Field(
        default_factory=dict, description="Request headers that are not secret (Referer, …)."
    )
    secret_headers: dict[str, str] = Field(
        default_factory=dict,
        description="Header name → secret name; the value comes from the secrets file or "
        "RADAR_SECRET_<NAME> and is never logged or reported (e.g. Cookie: weibo_cookie).",
    )
    login_marker: list[str] = Field(
        default_factory=list,
        description="Text (or URL part) of the platform's login wall or captcha page; a page "
        "that shows one is reported as `login required`, not as zero items.",
    )
    permalink_prefixes: list[str] = Field(
        default_factory=list,
        description="URL prefixes of this platform's permalinks, so links to its posts from "
        "other platforms resolve to their mention ids (json_api: from `permalink`).",
    )

    @field_validator("login_marker", mode="before")
    @classmethod
    def _one_marker(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

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
    detail: DetailPage | None = None
    unhide_comments: bool = Field(
        False,
        description="Read markup hidden in HTML comments (Tieba's board pages ship the thread "
        "list as `<!-- … -->` for a script to insert).",
    )

    @model_validator(mode="after")
    def _detail_for_links(self) -> HtmlSource:
        if self.list.link is not None and self.detail is None:
            raise ValueError("`list.link` follows detail pages: add `detail`, or use `list.fields`")
        return self

    @property
    def start(self) -> builtins.list[str]:
        return builtins.list(self.start_urls)


class JsonApiSource(_SourceBase):
    """JSON API with cursor pagination and nested children (Weibo-style feeds)."""

    kind: Literal["json_api"]
    start_urls: list[str]
    items_path: str
    when: str | None = Field(
        None,
        description="Path an item must have to be a mention; others are skipped, not dropped "
        "(Weibo mixes post cards with card groups and ads).",
    )
    cursor: Cursor | None = None
    permalink: str = Field(description="Template of dotted paths, e.g. ``{mblog.bid}``.")
    fields: dict[str, JsonFieldRule]
    repost_of: str | None = Field(None, description="Path of the reposted item's raw id.")
    repost_permalink: str | None = Field(
        None,
        description="Template (paths of the item) of the reposted item's permalink; default: "
        "`permalink` filled from the object that holds the `repost_of` id.",
    )
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
    fields: dict[str, JsonFieldRule]

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


def _one_line(exc: ValidationError) -> str:
    """The first validation error as ``field.path: message`` (the kind tag left out)."""
    errors = exc.errors()
    # In a union (``text: str | JsonField``) the deepest error is the one that explains.
    first = max(errors, key=lambda e: len(e["loc"]))
    loc = [str(p) for p in first["loc"]]
    if loc[:1] == ["source"]:
        loc = loc[1:]
    if loc and loc[0] in ("feed", "html", "json_api", "chat"):
        loc = loc[1:]
    where = ".".join(p for p in loc if p not in ("str", "FieldSpec", "JsonField")) or "source"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def parse_source(text: str, origin: str = "<string>") -> SourceConfig:
    """One source from YAML text; the error is one line naming the file and the field."""
    try:
        data = yamlfile.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise SourceError(
            f"{origin}: not valid YAML{where}: {getattr(exc, 'problem', exc)}"
        ) from None
    if not isinstance(data, dict):
        raise SourceError(f"{origin}: not a mapping of source keys")
    try:
        return _SourceFile.model_validate({"source": data}).source
    except ValidationError as exc:
        raise SourceError(f"{origin}: {_one_line(exc)}") from None


def load_sources(
    directory: Path | None = None, problems: builtins.list[str] | None = None
) -> dict[str, SourceConfig]:
    """Every ``*.yaml`` source in ``directory`` (default: bundled), by name, sorted by name.

    With ``problems`` given, an invalid file (or a duplicate name) is appended to it as one line
    and skipped, so the other sources still load; without, it raises ``SourceError``.
    """
    folder = directory or bundled_dir()
    found: dict[str, SourceConfig] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            source = parse_source(path.read_text(encoding="utf-8"), str(path))
            if source.name in found:
                raise SourceError(f"{path}: duplicate source name {source.name!r}")
        except (SourceError, OSError, UnicodeDecodeError) as exc:
            if problems is None:
                if isinstance(exc, SourceError):
                    raise
                raise SourceError(f"{path}: cannot read: {exc}") from None
            problems.append(str(exc) if isinstance(exc, SourceError) else f"{path}: {exc}")
            continue
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
