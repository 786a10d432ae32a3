"""One typed settings object for the whole product, read from the environment.

Built once at the entry point (`radar.cli.main`, the API factory, a flow) and passed down;
nothing deeper reads ``os.environ``. Every field has a description: the README's configuration
table is generated from this class and ``tests/test_docs.py`` fails when the two drift.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Community Radar configuration (env prefix ``RADAR_``)."""

    model_config = SettingsConfigDict(env_prefix="RADAR_", extra="ignore", populate_by_name=True)

    env: Literal["development", "production"] = Field(
        "development",
        description="Deployment environment. `production` refuses unsafe defaults "
        "(for example an API bound to all interfaces without any user configured).",
    )
    data_dir: Path = Field(
        Path("./var"),
        description="Directory for the embedded store, crawl state, quarantine and logs.",
    )
    store: Literal["sqlite", "elasticsearch"] = Field(
        "sqlite",
        description="Storage backend: `sqlite` (embedded, the default) or `elasticsearch`.",
    )
    es_url: str | None = Field(
        None,
        validation_alias=AliasChoices("ES_URL", "RADAR_ES_URL"),
        description="Elasticsearch URL, e.g. `http://localhost:9200` (env `ES_URL`). "
        "Required when `RADAR_STORE=elasticsearch`.",
    )
    es_index_prefix: str = Field(
        "radar", description="Prefix of every Elasticsearch index and index template."
    )
    kibana_url: str = Field(
        "http://localhost:5601",
        description="Kibana base URL that `radar kibana-setup` imports the dashboards into.",
    )
    api_host: str = Field("127.0.0.1", description="Host the API (`radar serve`) binds to.")
    api_port: int = Field(8000, ge=0, le=65535, description="Port the API binds to.")
    page_size: int = Field(
        50, ge=1, le=1000, description="Default page size of search and list endpoints."
    )
    # --- collect (crawlers/) ---
    demo_host: str = Field("127.0.0.1", description="Host the bundled demo network binds to.")
    demo_port: int = Field(
        8790,
        ge=0,
        le=65535,
        description="Port of the demo network. Mention ids derive from URLs, so keep it stable "
        "for a persistent store (0 picks a free port: tests only).",
    )
    demo_base_url: str | None = Field(
        None,
        description="Base URL filled into `${DEMO_BASE_URL}` in source files; unset: "
        "`http://{demo_host}:{demo_port}`.",
    )
    crawl_sources_dir: Path | None = Field(
        None, description="Directory of source YAML files; unset: the bundled crawlers/sources/."
    )
    crawl_obey_robots: bool = Field(
        True, description="Obey robots.txt (turn off only for sites you own)."
    )
    crawl_concurrency_per_domain: int = Field(
        8, ge=1, le=64, description="Concurrent requests per domain."
    )
    crawl_download_delay: float = Field(
        0.0,
        ge=0,
        description="Minimum delay between requests to one domain, seconds (a source "
        "file's `download_delay` overrides it).",
    )
    crawl_autothrottle: bool = Field(True, description="Adapt the request rate to server latency.")
    crawl_autothrottle_start_delay: float = Field(
        0.25, ge=0, description="AutoThrottle's initial delay per domain, seconds."
    )
    crawl_autothrottle_target_concurrency: float = Field(
        4.0, gt=0, description="AutoThrottle's target of parallel requests per domain."
    )
    crawl_retry_times: int = Field(2, ge=0, le=10, description="Retries of a failed request.")
    crawl_timeout_s: float = Field(30.0, gt=0, description="Download timeout per request, seconds.")
    crawl_processes: int = Field(
        2,
        ge=1,
        le=32,
        description="Crawl processes one crawl of several sources is spread over (Scrapy is "
        "single-threaded: about one per core; on 2 idle cores two were 1.3x faster than one, "
        "on 2 cores busy with other work one was faster).",
    )
    crawl_batch_size: int = Field(
        200, ge=1, le=10000, description="Mentions per batched write to the store."
    )
    crawl_revisit_hours: float = Field(
        72.0,
        ge=0,
        description="Incremental crawls re-read posts this far behind the watermark to pick up "
        "new counts and replies (a source file's `revisit_hours` overrides it).",
    )
    crawl_user_agent: str = Field(
        "CommunityRadar/0.1 (+https://example.invalid/radar-bot)",
        description="User-Agent of the crawlers.",
    )
    # --- orchestrate (flows/, docs/flows.md) ---
    analyse_batch_size: int = Field(
        1000, ge=1, le=10000, description="Mentions per analyse batch (one saved unit of work)."
    )
    analyse_during_collect: bool = Field(
        True,
        description="A full pass (`radar run`) analyses full batches of what the crawls have "
        "stored while they still run, instead of waiting for the last source.",
    )
    analyse_processes: int = Field(
        2,
        ge=1,
        le=64,
        description="Worker processes a large analyse backlog is spread over (each loads its "
        "own model; 1: analyse in the flow's process).",
    )
    analyse_parallel_min: int = Field(
        50_000,
        ge=1,
        description="Pending mentions from which the analyse flow starts worker processes "
        "(below it, their start-up, 5-12 s on 2 cores, costs more than they save).",
    )
    flows_analyse_interval_seconds: int = Field(
        60, ge=10, description="`radar run`: how often the analyse flow picks up new mentions."
    )
    flows_monitor_interval_seconds: int = Field(
        60,
        ge=10,
        description="`radar run`: how often alert rules, SOP timers and "
        "notification delivery run (the 15-minute crisis deadline needs a fine grain).",
    )
    run_demo_network: bool = Field(
        True,
        description="`radar run` starts the bundled demo network (turn off when the "
        "source files point at real sites).",
    )

    # --- understand stage (nlp/, docs/nlp.md) ---
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

    # --- act stage: monitoring, crisis SOP and notifications (monitor/, docs/monitor.md) ---
    crisis_read_threshold: int = Field(
        500,
        ge=0,
        description="A negative mention whose read count passes this opens a crisis incident "
        "(seed 002: 单条差评阅读量超500).",
    )
    monitor_lookback_hours: int = Field(
        72, ge=1, description="How far back `radar run`'s monitor step looks for new mentions."
    )
    spike_window_minutes: int = Field(
        60, ge=1, description="Spike rule: length of the window compared with the baseline."
    )
    spike_baseline_windows: int = Field(
        24, ge=2, description="Spike rule: number of previous windows forming the baseline."
    )
    spike_k: float = Field(
        3.0, gt=0, description="Spike rule: alert when the window exceeds mean + k·σ."
    )
    spike_min_count: int = Field(
        5, ge=1, description="Spike rule: ignore windows with fewer mentions than this."
    )
    alert_cooldown_minutes: int = Field(
        30,
        ge=0,
        description="An alert that grows is re-notified at most once per cooldown.",
    )
    complaint_platforms: list[str] = Field(
        ["complaints"],
        description="Platforms whose negative mentions open a 1-3-5 feedback ticket "
        "automatically (JSON list; `[]` turns it off).",
    )
    monitor_policy_path: Path | None = Field(
        None,
        description="YAML file replacing the built-in compensation policy and severity table "
        "(default: monitor/data/policy.yaml).",
    )
    notify_webhook_url: str | None = Field(
        None, description="Generic JSON webhook that receives every notification."
    )
    notify_wecom_url: str | None = Field(
        None, description="WeCom (企业微信) group robot webhook URL."
    )
    notify_dingtalk_url: str | None = Field(
        None, description="DingTalk (钉钉) custom robot webhook URL."
    )
    notify_feishu_url: str | None = Field(
        None, description="Feishu/Lark (飞书) custom bot webhook URL."
    )
    smtp_host: str | None = Field(None, description="SMTP server for e-mail notifications.")
    smtp_port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    smtp_starttls: bool = Field(False, description="Use STARTTLS on the SMTP connection.")
    smtp_user: str | None = Field(None, description="SMTP login user (optional).")
    smtp_password: str | None = Field(None, description="SMTP login password (optional).")
    smtp_from: str = Field("radar@localhost", description="Sender address of notification e-mails.")
    smtp_to: list[str] = Field(
        [],
        description='Recipients of notification e-mails (JSON list, e.g. `["pr@brand.cn"]`).',
    )
    notify_max_attempts: int = Field(
        8, ge=1, description="Deliveries tried this many times before the dead-letter state."
    )
    notify_backoff_seconds: float = Field(
        30.0,
        ge=0,
        description="First retry delay; doubles on each further failure (exponential backoff).",
    )
    notify_timeout_seconds: float = Field(
        10.0, gt=0, description="Timeout of one webhook or SMTP delivery attempt."
    )

    # --- act stage: ad-copy compliance review (compliance/, docs/compliance.md) ---
    compliance_rules_dir: Path | None = Field(
        None,
        description="Directory of tier-1 rule packs (*.yaml) replacing the bundled "
        "compliance/rules/.",
    )
    compliance_routing_path: Path | None = Field(
        None,
        description="YAML file replacing the bundled review routing (which copy goes to the "
        "legal team and the committee, quorum, majority, SLA hours per tier).",
    )
    compliance_max_upload_bytes: int = Field(
        2_000_000, ge=1024, description="Largest ad-copy upload (txt, docx, pdf, csv) accepted."
    )
    compliance_max_ad_chars: int = Field(
        20_000, ge=100, description="Longest ad copy accepted, in characters."
    )
    compliance_max_batch_rows: int = Field(
        500, ge=1, description="Most rows of one CSV batch of ad copy."
    )

    @property
    def notify_outbox_dir(self) -> Path:
        """Folder of the file channel used when no notification channel is configured."""
        return self.data_dir / "notifications"

    @property
    def sqlite_path(self) -> Path:
        """Path of the embedded store's database file."""
        return self.data_dir / "radar.sqlite3"

    @model_validator(mode="after")
    def _check_backend(self) -> Settings:
        if self.store == "elasticsearch" and not self.es_url:
            raise ValueError("RADAR_STORE=elasticsearch needs ES_URL (e.g. http://localhost:9200)")
        return self


def env_name(field: str) -> str:
    """The environment variable a settings field is read from."""
    info = Settings.model_fields[field]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        first = alias.choices[0]
        return first if isinstance(first, str) else field
    return f"RADAR_{field.upper()}"
