"""One typed settings object for the whole product, read from the environment.

Built once at the entry point (`radar.cli.main`, the API factory, a flow) and passed down;
nothing deeper reads ``os.environ``. Settings are grouped by the component that reads them
(``settings.crawl``, ``settings.notify``, ``settings.smtp``, ...), so a component can take only
its group; each group is its own ``BaseSettings`` with its own prefix, and the variable names are
the documented contract (``RADAR_CRAWL_TIMEOUT_S`` is ``settings.crawl.timeout_s``). Every field
has a description: the README's configuration table is generated from these classes
(``radar.settings_doc``) and ``tests/test_docs.py`` fails when the two drift.

Business numbers (the crisis read threshold, the spike rule, the alert cooldown) are not settings:
they live in the monitor policy file (``monitor/data/policy.yaml``, ``RADAR_MONITOR_POLICY_PATH``).

``RADAR_ENV=production`` refuses unsafe defaults at start-up instead of warning about them
(``production_problems``; the API factory adds the check that needs the store: an API reachable
beyond loopback with no user who could sign in).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_USER_AGENT = "CommunityRadar/0.1 (+https://example.invalid/radar-bot)"
#: Shortest ``RADAR_PRIVACY_KEY`` production accepts.
MIN_PRIVACY_KEY_CHARS = 32


class UnsafeSettings(Exception):
    """``RADAR_ENV=production`` and a setting (or the store) is unsafe; the message says which."""


def _group(prefix: str) -> SettingsConfigDict:
    return SettingsConfigDict(env_prefix=prefix, extra="ignore", populate_by_name=True)


class EsSettings(BaseSettings):
    """Elasticsearch and Kibana (store/, docs/elasticsearch.md)."""

    model_config = _group("RADAR_ES_")

    url: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("ES_URL", "RADAR_ES_URL"),
        description="Elasticsearch URL, e.g. `http://localhost:9200` (env `ES_URL`); several "
        "nodes of one cluster comma-separated. "
        "Required when `RADAR_STORE=elasticsearch`; with `RADAR_ENV=production` it must carry "
        "credentials (`https://user:password@host:9200`).",
    )
    index_prefix: str = Field(
        "radar", description="Prefix of every Elasticsearch index and index template."
    )
    refresh: Literal["wait_for", "true", "false"] = Field(
        "wait_for",
        description="Refresh policy of writes: `wait_for` (a caller reads its own write), "
        "`true` (refresh at once) or `false` (bulk crawls: searches see writes after the "
        "index's next refresh).",
    )
    shards: int = Field(
        1, ge=1, le=64, description="Primary shards of the indices the store creates."
    )
    replicas: int | None = Field(
        None,
        ge=0,
        le=8,
        description="Replicas of the indices the store creates; unset: `auto_expand_replicas` "
        "0-1 (one replica once a second node joins).",
    )
    max_retries: int = Field(
        3, ge=0, le=20, description="Retries of a request answered 429/502/503/504 or unanswered."
    )
    retry_backoff: float = Field(
        0.5, gt=0, description="First retry wait, seconds (exponential with jitter)."
    )
    retry_backoff_max: float = Field(30.0, gt=0, description="Longest retry wait, seconds.")
    request_timeout: float = Field(30.0, gt=0, description="Timeout of one request, seconds.")
    kibana_url: str = Field(
        "http://localhost:5601",
        validation_alias="RADAR_KIBANA_URL",
        description="Kibana base URL that `radar kibana-setup` imports the dashboards into.",
    )


class ApiSettings(BaseSettings):
    """The review API (review_api/)."""

    model_config = _group("RADAR_API_")

    host: str = Field(
        "127.0.0.1",
        description="Host the API (`radar serve`) binds to. With `RADAR_ENV=production`, an "
        "address beyond loopback needs at least one active user (`radar users add`).",
    )
    port: int = Field(8000, ge=0, le=65535, description="Port the API binds to.")
    max_body_bytes: int = Field(
        1_048_576,
        ge=1024,
        description="Largest request body the API reads, checked before authentication and "
        "before the body is read in full (413). File uploads may be as large as "
        "`RADAR_COMPLIANCE_MAX_UPLOAD_BYTES` plus 64 KiB of form framing.",
    )
    workers: int = Field(
        2,
        ge=1,
        le=32,
        description="API worker processes `radar serve` runs (uvicorn's; one per core is the "
        "usual choice: one process uses one core for Python, and two served 22 % more requests "
        "than one on 2 cores, docs/benchmarks.md). Each worker refuses a client after its "
        "share of `RADAR_AUTH_MAX_FAILURES`, so the limit holds across workers. `radar run` "
        "serves the API in one thread of the main job.",
    )
    cors_origins: list[str] = Field(
        [],
        description="Origins other sites' pages may call the API from (JSON list, e.g. "
        '`["https://console.brand.cn"]`); empty: no CORS headers, browsers allow '
        "same-origin calls only.",
    )

    @property
    def loopback_only(self) -> bool:
        """True when the bind address is reachable from this machine only."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:  # a host name: assume it resolves beyond loopback
            return False


class AuthSettings(BaseSettings):
    """Signing in: bearer tokens, console sessions, throttling (identity/, docs/security.md)."""

    model_config = _group("RADAR_AUTH_")

    token_ttl_days: float | None = Field(
        None,
        gt=0,
        description="Days a new bearer token (`radar users add`, `rotate`, `POST /api/users`) "
        "stays valid; unset: tokens do not expire.",
    )
    session_ttl_hours: float = Field(
        12.0, gt=0, le=24 * 30, description="Hours a console session lasts after sign-in."
    )
    cookie_secure: bool = Field(
        True,
        description="Send the session cookie over HTTPS only (browsers also accept it on "
        "http://localhost); `RADAR_ENV=production` refuses `false`.",
    )
    max_failures: int = Field(
        10,
        ge=1,
        le=1000,
        description="Failed sign-ins or unknown tokens from one client address, or failed "
        "sign-ins for one user name, before further attempts are refused (429) for the rest "
        "of the window.",
    )
    failure_window_s: float = Field(
        300.0, gt=0, le=86_400, description="The window failures are counted in, seconds."
    )
    throttle_max_keys: int = Field(
        10_000,
        ge=100,
        description="Client addresses and user names the throttle remembers at most (the "
        "least recently failed are forgotten first: memory stays bounded).",
    )


class DemoSettings(BaseSettings):
    """The bundled demo network (demo/)."""

    model_config = _group("RADAR_DEMO_")

    host: str = Field("127.0.0.1", description="Host the bundled demo network binds to.")
    port: int = Field(
        8790,
        ge=0,
        le=65535,
        description="Port of the demo network. Mention ids derive from URLs, so keep it stable "
        "for a persistent store (0 picks a free port: tests only).",
    )
    base_url: str | None = Field(
        None,
        description="Base URL filled into `${DEMO_BASE_URL}` in source files; unset: "
        "`http://{demo_host}:{demo_port}`.",
    )

    @property
    def url(self) -> str:
        """The base URL ``${DEMO_BASE_URL}`` stands for."""
        return self.base_url or f"http://{self.host}:{self.port}"


class CrawlSettings(BaseSettings):
    """The crawlers (crawlers/, docs/crawlers.md)."""

    model_config = _group("RADAR_CRAWL_")

    sources_dir: Path | None = Field(
        None, description="Directory of source YAML files; unset: the bundled crawlers/sources/."
    )
    obey_robots: bool = Field(
        True, description="Obey robots.txt (turn off only for sites you own)."
    )
    concurrency_per_domain: int = Field(
        8, ge=1, le=64, description="Concurrent requests per domain."
    )
    download_delay: float = Field(
        0.0,
        ge=0,
        description="Minimum delay between requests to one domain, seconds (a source "
        "file's `download_delay` overrides it).",
    )
    autothrottle: bool = Field(True, description="Adapt the request rate to server latency.")
    autothrottle_start_delay: float = Field(
        0.25, ge=0, description="AutoThrottle's initial delay per domain, seconds."
    )
    autothrottle_target_concurrency: float = Field(
        4.0, gt=0, description="AutoThrottle's target of parallel requests per domain."
    )
    retry_times: int = Field(2, ge=0, le=10, description="Retries of a failed request.")
    timeout_s: float = Field(30.0, gt=0, description="Download timeout per request, seconds.")
    processes: int = Field(
        2,
        ge=1,
        le=32,
        description="Crawl processes one crawl of several sources is spread over (Scrapy is "
        "single-threaded: about one per core; on 2 idle cores two were 1.3x faster than one, "
        "on 2 cores busy with other work one was faster).",
    )
    batch_size: int = Field(
        200, ge=1, le=10000, description="Mentions per batched write to the store."
    )
    nice: int = Field(
        10,
        ge=0,
        le=19,
        description="Niceness of the crawl processes and of `radar crawl`: crawling is "
        "background work, so on a busy machine the API and the console answer first (0: normal "
        "priority).",
    )
    revisit_hours: float = Field(
        72.0,
        ge=0,
        description="Incremental crawls re-read posts this far behind the watermark to pick up "
        "new counts and replies (a source file's `revisit_hours` overrides it).",
    )
    user_agent: str = Field(
        DEFAULT_USER_AGENT,
        description="User-Agent of the crawlers; `RADAR_ENV=production` refuses the "
        "placeholder (give a contact URL of your own).",
    )
    max_response_bytes: int = Field(
        10_000_000,
        ge=10_000,
        description="Largest response body a crawl accepts, counted after decompression "
        "(a gzip bomb): a larger page is dropped as `too_large`.",
    )
    max_pages_per_source: int = Field(
        10_000,
        ge=1,
        description="Most pages one source may fetch in one run (endless pagination); past it "
        "the source stops, is reported incomplete and keeps its watermark.",
    )
    max_run_s: float = Field(
        3600.0,
        gt=0,
        description="Longest one source may crawl in one run, seconds; past it the source "
        "stops, is reported incomplete and keeps its watermark.",
    )
    max_quarantine_bytes: int = Field(
        1_000_000,
        ge=1000,
        description="Most bytes of one bad page kept in the quarantine (the rest is cut off; "
        "the entry records the full size).",
    )


class AnalyseSettings(BaseSettings):
    """The analyse flow (flows/analyse.py, docs/flows.md)."""

    model_config = _group("RADAR_ANALYSE_")

    batch_size: int = Field(
        1000, ge=1, le=10000, description="Mentions per analyse batch (one saved unit of work)."
    )
    during_collect: bool = Field(
        True,
        description="A full pass (`radar run`) analyses full batches of what the crawls have "
        "stored while they still run, instead of waiting for the last source.",
    )
    processes: int = Field(
        2,
        ge=1,
        le=64,
        description="Worker processes a large analyse backlog (50,000 pending mentions or more) "
        "is spread over (each loads its own model; 1: analyse in the flow's process).",
    )


class FlowsSettings(BaseSettings):
    """``radar run``'s schedules (flows/, docs/flows.md)."""

    model_config = _group("RADAR_FLOWS_")

    analyse_interval_seconds: int = Field(
        60, ge=10, description="`radar run`: how often the analyse flow picks up new mentions."
    )
    monitor_interval_seconds: int = Field(
        60,
        ge=10,
        description="`radar run`: how often alert rules, SOP timers and "
        "notification delivery run (the 15-minute crisis deadline needs a fine grain).",
    )
    run_demo_network: bool = Field(
        True,
        validation_alias="RADAR_RUN_DEMO_NETWORK",
        description="`radar run` starts the bundled demo network (turn off when the "
        "source files point at real sites).",
    )
    run_demo_crm: bool = Field(
        True,
        validation_alias="RADAR_RUN_DEMO_CRM",
        description="With the demo network, `radar run` loads the demo CRM (members, a year "
        "of orders up to today, the group chat, events) into a store that has no members yet.",
    )
    demo_crm_members: int = Field(
        3000,
        ge=20,
        le=100_000,
        validation_alias="RADAR_DEMO_CRM_MEMBERS",
        description="Members of the demo CRM `radar run` loads (plus 5 % recent joiners).",
    )


class NlpSettings(BaseSettings):
    """The understand stage's model and data files (nlp/, docs/nlp.md)."""

    model_config = _group("RADAR_")

    sentiment_model_dir: Path | None = Field(
        None,
        description="Directory of the sentiment model (config.json, model.safetensors, "
        "tokenizer.json, sentiment.json); unset: the bundled nlp/models/sentiment/. "
        "`radar train-sentiment` writes here too.",
    )
    sentiment_threads: int = Field(
        2, ge=1, le=64, description="CPU threads torch uses for sentiment inference."
    )
    sentiment_batch_size: int = Field(
        256, ge=1, le=1024, description="Texts per sentiment model batch (grouped by length)."
    )
    alert_lexicon_path: Path | None = Field(
        None,
        description="Alert lexicon YAML (categories, severities, terms, exceptions); "
        "unset: the bundled nlp/data/alerts.yaml.",
    )
    keywords_idf_path: Path | None = Field(
        None,
        description="IDF table for keyword extraction (`word idf` lines, optionally "
        "gzipped), written by `radar fit-idf`; unset: the bundled nlp/data/idf.txt.gz.",
    )
    score_chunk_size: int = Field(
        256,
        ge=1,
        le=10000,
        description="`radar score`: input lines analysed per chunk "
        "(memory stays bounded by one chunk).",
    )


class MonitorSettings(BaseSettings):
    """The act stage's monitoring (monitor/, docs/monitor.md); its business numbers are in
    the policy file."""

    model_config = _group("RADAR_MONITOR_")

    policy_path: Path | None = Field(
        None,
        description="YAML file replacing the built-in monitor policy: crisis read threshold, "
        "alert rules (look-back, cooldown, spike), severity table and compensation "
        "(default: monitor/data/policy.yaml).",
    )
    complaint_platforms: list[str] = Field(
        ["complaints"],
        validation_alias="RADAR_COMPLAINT_PLATFORMS",
        description="Platforms whose negative mentions open a 1-3-5 feedback ticket "
        "automatically (JSON list; `[]` turns it off).",
    )


class NotifySettings(BaseSettings):
    """Notification channels and delivery (monitor/notify/, docs/monitor.md)."""

    model_config = _group("RADAR_NOTIFY_")

    webhook_url: SecretStr | None = Field(
        None, description="Generic JSON webhook that receives every notification."
    )
    wecom_url: SecretStr | None = Field(
        None, description="WeCom (企业微信) group robot webhook URL."
    )
    dingtalk_url: SecretStr | None = Field(
        None, description="DingTalk (钉钉) custom robot webhook URL."
    )
    feishu_url: SecretStr | None = Field(
        None, description="Feishu/Lark (飞书) custom bot webhook URL."
    )
    max_attempts: int = Field(
        8, ge=1, description="Deliveries tried this many times before the dead-letter state."
    )
    backoff_seconds: float = Field(
        30.0,
        ge=0,
        description="First retry delay; doubles on each further failure (exponential backoff).",
    )
    timeout_seconds: float = Field(
        10.0,
        gt=0,
        description="Overall deadline of one webhook or SMTP delivery attempt (connect, send "
        "and the whole answer): a receiver that trickles bytes is cut off.",
    )
    public_url: str | None = Field(
        None,
        validation_alias="RADAR_PUBLIC_URL",
        description="Absolute base URL people reach the console at (e.g. "
        "`https://radar.brand.cn`); every notification links `<this>/console/incidents/<id>`. "
        "Unset: `http://<RADAR_API_HOST>:<RADAR_API_PORT>`.",
    )

    def public_base_url(self, api: ApiSettings) -> str:
        """``public_url``, or the API's own address when unset (no trailing slash)."""
        return (self.public_url or f"http://{api.host}:{api.port}").rstrip("/")


class SmtpSettings(BaseSettings):
    """The e-mail notification channel (monitor/notify/channels.py)."""

    model_config = _group("RADAR_SMTP_")

    host: str | None = Field(None, description="SMTP server for e-mail notifications.")
    port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    starttls: bool = Field(
        False,
        description="Use STARTTLS on the SMTP connection (`RADAR_ENV=production` requires it "
        "when a password is set).",
    )
    user: str | None = Field(None, description="SMTP login user (optional).")
    password: SecretStr | None = Field(None, description="SMTP login password (optional).")
    sender: str = Field(
        "radar@localhost",
        validation_alias="RADAR_SMTP_FROM",
        description="Sender address of notification e-mails.",
    )
    recipients: list[str] = Field(
        [],
        validation_alias="RADAR_SMTP_TO",
        description='Recipients of notification e-mails (JSON list, e.g. `["pr@brand.cn"]`).',
    )


class ComplianceSettings(BaseSettings):
    """Ad-copy compliance review (compliance/, docs/compliance.md)."""

    model_config = _group("RADAR_COMPLIANCE_")

    rules_dir: Path | None = Field(
        None,
        description="Directory of tier-1 rule packs (*.yaml) replacing the bundled "
        "compliance/rules/.",
    )
    semantic_reader: bool = Field(
        True,
        description="Add the semantic reader's second opinion to the tier-1 rules (wording no "
        "rule lists; off: the rules alone, about twice the throughput on long copy).",
    )
    reader_path: Path | None = Field(
        None,
        description="Semantic reader model (.npz from radar train-adreader) replacing the "
        "bundled compliance/models/adreader.npz.",
    )
    routing_path: Path | None = Field(
        None,
        description="YAML file replacing the bundled review routing (which copy goes to the "
        "legal team and the committee, quorum, majority, SLA hours per tier).",
    )
    max_upload_bytes: int = Field(
        2_000_000, ge=1024, description="Largest ad-copy upload (txt, docx, pdf, csv) accepted."
    )
    max_ad_chars: int = Field(
        20_000, ge=100, description="Longest ad copy accepted, in characters."
    )
    max_batch_rows: int = Field(500, ge=1, description="Most rows of one CSV batch of ad copy.")
    max_inflated_bytes: int = Field(
        20_000_000,
        ge=100_000,
        description="Most bytes a .docx's XML or a PDF's streams may inflate to (ZIP and "
        "Flate bombs).",
    )
    max_zip_entries: int = Field(
        1000, ge=10, description="Most entries in the ZIP archive of a .docx upload."
    )
    max_xml_nodes: int = Field(
        200_000, ge=1000, description="Most XML elements in the main part of a .docx upload."
    )
    max_pdf_pages: int = Field(50, ge=1, description="Most pages of a PDF upload.")
    parse_timeout_s: float = Field(
        10.0,
        gt=0,
        le=300,
        description="Longest time reading one .docx/.pdf upload may take (in a child process, "
        "killed past it).",
    )
    parse_memory_mb: int = Field(
        512,
        ge=128,
        description="Address space of the child process that reads a .docx/.pdf upload, MiB.",
    )


class PrivacySettings(BaseSettings):
    """Personal data: pseudonyms and retention (radar/privacy.py, docs/privacy.md)."""

    model_config = _group("RADAR_PRIVACY_")

    key: SecretStr | None = Field(
        None,
        description="Secret key of the keyed hash (HMAC-SHA256) that pseudonymises authors and "
        "members' chat handles; unset: a public development key, which `RADAR_ENV=production` "
        "refuses (give at least 32 random characters). Changing it changes every pseudonym.",
    )
    retention_days: int = Field(
        365,
        ge=1,
        le=3650,
        description="Raw mentions published longer ago than this are deleted by "
        "`radar privacy retain`, which keeps their daily counts per platform first (PIPL "
        "art. 19: no longer than the purpose needs).",
    )


class Settings(BaseSettings):
    """Community Radar configuration (env prefix ``RADAR_``), grouped by component."""

    model_config = SettingsConfigDict(env_prefix="RADAR_", extra="ignore", populate_by_name=True)

    env: Literal["development", "production"] = Field(
        "development",
        description="Deployment environment. `production` refuses unsafe defaults at start-up: "
        "an API bound beyond loopback without any active user, Elasticsearch without "
        "credentials, an SMTP password without STARTTLS or a user without one, the "
        "placeholder crawler User-Agent, session cookies without `Secure`, a missing or short "
        "`RADAR_PRIVACY_KEY`.",
    )
    data_dir: Path = Field(
        Path("./var"),
        description="Directory for the embedded store, crawl state, quarantine and logs.",
    )
    store: Literal["sqlite", "elasticsearch"] = Field(
        "sqlite",
        description="Storage backend: `sqlite` (embedded, the default) or `elasticsearch`.",
    )
    es: EsSettings = Field(default_factory=EsSettings, description=EsSettings.__doc__)
    api: ApiSettings = Field(default_factory=ApiSettings, description=ApiSettings.__doc__)
    auth: AuthSettings = Field(default_factory=AuthSettings, description=AuthSettings.__doc__)
    demo: DemoSettings = Field(default_factory=DemoSettings, description=DemoSettings.__doc__)
    crawl: CrawlSettings = Field(default_factory=CrawlSettings, description=CrawlSettings.__doc__)
    analyse: AnalyseSettings = Field(
        default_factory=AnalyseSettings, description=AnalyseSettings.__doc__
    )
    flows: FlowsSettings = Field(default_factory=FlowsSettings, description=FlowsSettings.__doc__)
    nlp: NlpSettings = Field(default_factory=NlpSettings, description=NlpSettings.__doc__)
    monitor: MonitorSettings = Field(
        default_factory=MonitorSettings, description=MonitorSettings.__doc__
    )
    notify: NotifySettings = Field(
        default_factory=NotifySettings, description=NotifySettings.__doc__
    )
    smtp: SmtpSettings = Field(default_factory=SmtpSettings, description=SmtpSettings.__doc__)
    compliance: ComplianceSettings = Field(
        default_factory=ComplianceSettings, description=ComplianceSettings.__doc__
    )
    privacy: PrivacySettings = Field(
        default_factory=PrivacySettings, description=PrivacySettings.__doc__
    )

    @property
    def notify_outbox_dir(self) -> Path:
        """Folder of the file channel used when no notification channel is configured."""
        return self.data_dir / "notifications"

    @property
    def sqlite_path(self) -> Path:
        """Path of the embedded store's database file."""
        return self.data_dir / "radar.sqlite3"

    def replace(self, **changes: Any) -> Settings:
        """A validated copy with fields changed; a group takes a dict of its own fields:
        ``settings.replace(data_dir=path, crawl={"retry_times": 0})``."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            current = getattr(self, name)
            if isinstance(current, BaseSettings) and isinstance(value, dict):
                value = type(current).model_validate({**current.model_dump(), **value})
            values[name] = value
        return type(self).model_validate({**dict(self), **values})

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.store == "elasticsearch" and not self.es.url:
            raise ValueError("RADAR_STORE=elasticsearch needs ES_URL (e.g. http://localhost:9200)")
        problems = production_problems(self) if self.env == "production" else []
        if problems:
            raise ValueError("RADAR_ENV=production refuses " + "; ".join(problems))
        return self


def production_problems(settings: Settings) -> list[str]:
    """The unsafe defaults ``RADAR_ENV=production`` refuses (empty when there are none)."""
    problems = []
    es_url = settings.es.url.get_secret_value() if settings.es.url else ""
    nodes = [u.strip() for u in es_url.split(",") if u.strip()]
    if settings.store == "elasticsearch" and not all(urlsplit(u).password for u in nodes):
        problems.append("ES_URL without credentials (https://user:password@host:9200)")
    if settings.smtp.user and settings.smtp.password is None:
        problems.append("RADAR_SMTP_USER without RADAR_SMTP_PASSWORD")
    if settings.smtp.password is not None and not settings.smtp.starttls:
        problems.append("RADAR_SMTP_PASSWORD sent in clear (set RADAR_SMTP_STARTTLS=true)")
    if not settings.auth.cookie_secure:
        problems.append("RADAR_AUTH_COOKIE_SECURE=false (session cookies sent in clear)")
    if settings.crawl.user_agent == DEFAULT_USER_AGENT:
        problems.append("the placeholder RADAR_CRAWL_USER_AGENT (give your own contact URL)")
    key = settings.privacy.key.get_secret_value() if settings.privacy.key else ""
    if len(key) < MIN_PRIVACY_KEY_CHARS:
        problems.append(
            f"RADAR_PRIVACY_KEY unset or shorter than {MIN_PRIVACY_KEY_CHARS} characters "
            "(authors would be pseudonymised under a public key)"
        )
    return problems


def _env_name(group: type[BaseSettings], field: str) -> str:
    alias = group.model_fields[field].validation_alias
    if isinstance(alias, AliasChoices) and isinstance(alias.choices[0], str):
        return alias.choices[0]
    if isinstance(alias, str):
        return alias
    prefix = group.model_config.get("env_prefix", "")
    return f"{prefix}{field}".upper()


def groups() -> dict[str, type[BaseSettings]]:
    """Settings' groups by attribute name (``"crawl"`` -> ``CrawlSettings``), in order."""
    out: dict[str, type[BaseSettings]] = {}
    for name, info in Settings.model_fields.items():
        kind = info.annotation
        if isinstance(kind, type) and issubclass(kind, BaseSettings):
            out[name] = kind
    return out


def setting_fields() -> Iterator[tuple[str, str, FieldInfo]]:
    """Every setting as (environment variable, dotted attribute path, field), in order."""
    nested = groups()
    for name, info in Settings.model_fields.items():
        if name in nested:
            for field, group_info in nested[name].model_fields.items():
                yield _env_name(nested[name], field), f"{name}.{field}", group_info
        else:
            yield _env_name(Settings, name), name, info


def env_name(path: str) -> str:
    """The environment variable a setting is read from (``"crawl.timeout_s"``, ``"env"``)."""
    group, _, field = path.rpartition(".")
    return _env_name(groups()[group] if group else Settings, field)
