"""The settings groups keep the documented variable names; production refuses unsafe defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from identity.users import create_user
from radar.settings import DEFAULT_USER_AGENT, Settings, UnsafeSettings, setting_fields
from review_api.app import create_app
from store.sqlite import SQLiteStore

# The environment variables of the README's table: a documented contract, so a grouping or a
# rename of a field must not change one. (RADAR_PAGE_SIZE was read by nothing and is gone;
# RADAR_ANALYSE_PARALLEL_MIN became a constant; the crisis, spike, cooldown and look-back
# numbers moved into monitor/data/policy.yaml.)
CONTRACT = [
    "RADAR_ENV",
    "RADAR_DATA_DIR",
    "RADAR_STORE",
    "ES_URL",
    "RADAR_ES_INDEX_PREFIX",
    "RADAR_ES_REFRESH",
    "RADAR_ES_SHARDS",
    "RADAR_ES_REPLICAS",
    "RADAR_ES_MAX_RETRIES",
    "RADAR_ES_RETRY_BACKOFF",
    "RADAR_ES_RETRY_BACKOFF_MAX",
    "RADAR_ES_REQUEST_TIMEOUT",
    "RADAR_KIBANA_URL",
    "RADAR_API_HOST",
    "RADAR_API_PORT",
    "RADAR_API_MAX_BODY_BYTES",
    "RADAR_API_WORKERS",
    "RADAR_API_CORS_ORIGINS",
    "RADAR_AUTH_TOKEN_TTL_DAYS",
    "RADAR_AUTH_SESSION_TTL_HOURS",
    "RADAR_AUTH_COOKIE_SECURE",
    "RADAR_AUTH_MAX_FAILURES",
    "RADAR_AUTH_FAILURE_WINDOW_S",
    "RADAR_AUTH_THROTTLE_MAX_KEYS",
    "RADAR_DEMO_HOST",
    "RADAR_DEMO_PORT",
    "RADAR_DEMO_BASE_URL",
    "RADAR_CRAWL_SOURCES_DIR",
    "RADAR_CRAWL_OBEY_ROBOTS",
    "RADAR_CRAWL_CONCURRENCY_PER_DOMAIN",
    "RADAR_CRAWL_DOWNLOAD_DELAY",
    "RADAR_CRAWL_AUTOTHROTTLE",
    "RADAR_CRAWL_AUTOTHROTTLE_START_DELAY",
    "RADAR_CRAWL_AUTOTHROTTLE_TARGET_CONCURRENCY",
    "RADAR_CRAWL_RETRY_TIMES",
    "RADAR_CRAWL_TIMEOUT_S",
    "RADAR_CRAWL_PROCESSES",
    "RADAR_CRAWL_BATCH_SIZE",
    "RADAR_CRAWL_NICE",
    "RADAR_CRAWL_REVISIT_HOURS",
    "RADAR_CRAWL_USER_AGENT",
    "RADAR_CRAWL_MAX_RESPONSE_BYTES",
    "RADAR_CRAWL_MAX_PAGES_PER_SOURCE",
    "RADAR_CRAWL_MAX_RUN_S",
    "RADAR_CRAWL_MAX_QUARANTINE_BYTES",
    "RADAR_ANALYSE_BATCH_SIZE",
    "RADAR_ANALYSE_DURING_COLLECT",
    "RADAR_ANALYSE_PROCESSES",
    "RADAR_FLOWS_ANALYSE_INTERVAL_SECONDS",
    "RADAR_FLOWS_MONITOR_INTERVAL_SECONDS",
    "RADAR_RUN_DEMO_NETWORK",
    "RADAR_RUN_DEMO_CRM",
    "RADAR_DEMO_CRM_MEMBERS",
    "RADAR_SENTIMENT_MODEL_DIR",
    "RADAR_SENTIMENT_THREADS",
    "RADAR_SENTIMENT_BATCH_SIZE",
    "RADAR_ALERT_LEXICON_PATH",
    "RADAR_KEYWORDS_IDF_PATH",
    "RADAR_SCORE_CHUNK_SIZE",
    "RADAR_MONITOR_POLICY_PATH",
    "RADAR_COMPLAINT_PLATFORMS",
    "RADAR_NOTIFY_WEBHOOK_URL",
    "RADAR_NOTIFY_WECOM_URL",
    "RADAR_NOTIFY_DINGTALK_URL",
    "RADAR_NOTIFY_FEISHU_URL",
    "RADAR_NOTIFY_MAX_ATTEMPTS",
    "RADAR_NOTIFY_BACKOFF_SECONDS",
    "RADAR_NOTIFY_TIMEOUT_SECONDS",
    "RADAR_PUBLIC_URL",
    "RADAR_SMTP_HOST",
    "RADAR_SMTP_PORT",
    "RADAR_SMTP_STARTTLS",
    "RADAR_SMTP_USER",
    "RADAR_SMTP_PASSWORD",
    "RADAR_SMTP_FROM",
    "RADAR_SMTP_TO",
    "RADAR_COMPLIANCE_RULES_DIR",
    "RADAR_COMPLIANCE_SEMANTIC_READER",
    "RADAR_COMPLIANCE_READER_PATH",
    "RADAR_COMPLIANCE_ROUTING_PATH",
    "RADAR_COMPLIANCE_MAX_UPLOAD_BYTES",
    "RADAR_COMPLIANCE_MAX_INFLATED_BYTES",
    "RADAR_COMPLIANCE_MAX_ZIP_ENTRIES",
    "RADAR_COMPLIANCE_MAX_XML_NODES",
    "RADAR_COMPLIANCE_MAX_PDF_PAGES",
    "RADAR_COMPLIANCE_PARSE_TIMEOUT_S",
    "RADAR_COMPLIANCE_PARSE_MEMORY_MB",
    "RADAR_COMPLIANCE_MAX_AD_CHARS",
    "RADAR_COMPLIANCE_MAX_BATCH_ROWS",
    "RADAR_PRIVACY_KEY",
    "RADAR_PRIVACY_RETENTION_DAYS",
]

PRODUCTION = {
    "RADAR_ENV": "production",
    "RADAR_CRAWL_USER_AGENT": "BrandRadar/1.0 (+https://brand.example.cn/radar-bot)",
    "RADAR_PRIVACY_KEY": "k" * 32,
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for env, _, _ in setting_fields():
        monkeypatch.delenv(env, raising=False)
    monkeypatch.delenv("RADAR_ES_URL", raising=False)


def test_the_variable_names_are_the_documented_ones() -> None:
    names = [env for env, _, _ in setting_fields()]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(CONTRACT)


@pytest.mark.parametrize(
    ("variable", "value", "path", "expected"),
    [
        ("RADAR_CRAWL_TIMEOUT_S", "5", "crawl.timeout_s", 5.0),
        ("RADAR_RUN_DEMO_NETWORK", "false", "flows.run_demo_network", False),
        ("RADAR_COMPLAINT_PLATFORMS", '["heimao"]', "monitor.complaint_platforms", ["heimao"]),
        ("RADAR_SMTP_FROM", "pr@brand.cn", "smtp.sender", "pr@brand.cn"),
        ("RADAR_SMTP_TO", '["a@brand.cn"]', "smtp.recipients", ["a@brand.cn"]),
        ("RADAR_KIBANA_URL", "http://kb:5601", "es.kibana_url", "http://kb:5601"),
        ("RADAR_SENTIMENT_THREADS", "3", "nlp.sentiment_threads", 3),
        ("RADAR_MONITOR_POLICY_PATH", "/p.yaml", "monitor.policy_path", Path("/p.yaml")),
        ("RADAR_COMPLIANCE_MAX_AD_CHARS", "900", "compliance.max_ad_chars", 900),
        ("RADAR_DATA_DIR", "/data", "data_dir", Path("/data")),
    ],
)
def test_each_group_reads_its_variables(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, path: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    found: object = Settings()
    for part in path.split("."):
        found = getattr(found, part)
    assert found == expected


@pytest.mark.parametrize("variable", ["ES_URL", "RADAR_ES_URL"])
def test_es_url_is_a_secret_under_both_names(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "https://radar:s3cret@es:9200")
    settings = Settings()
    assert settings.es.url is not None
    assert settings.es.url.get_secret_value() == "https://radar:s3cret@es:9200"
    assert "s3cret" not in repr(settings)


def test_field_names_without_the_prefix_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # A group's constructor takes its field names; the environment is read by variable only.
    monkeypatch.setenv("URL", "http://elsewhere:9200")
    monkeypatch.setenv("SENDER", "nobody@elsewhere")
    settings = Settings()
    assert settings.es.url is None and settings.smtp.sender == "radar@localhost"


def test_secrets_stay_out_of_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RADAR_SMTP_PASSWORD", "pa55word")
    monkeypatch.setenv("RADAR_NOTIFY_WECOM_URL", "https://qyapi.weixin.qq.com/send?key=K3Y")
    settings = Settings()
    assert "pa55word" not in repr(settings) and "K3Y" not in repr(settings)
    assert settings.smtp.password is not None
    assert settings.smtp.password.get_secret_value() == "pa55word"


def test_replace_changes_one_group_field_and_validates(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, crawl={"retry_times": 1})
    changed = settings.replace(crawl={"processes": 1}, data_dir=tmp_path / "b")
    assert (changed.crawl.processes, changed.crawl.retry_times) == (1, 1)
    assert changed.data_dir == tmp_path / "b" and settings.crawl.processes == 2
    with pytest.raises(ValidationError, match="processes"):
        settings.replace(crawl={"processes": 0})


def test_development_accepts_the_defaults() -> None:
    assert Settings().env == "development"


@pytest.mark.parametrize(
    ("extra", "refused"),
    [
        ({"RADAR_CRAWL_USER_AGENT": DEFAULT_USER_AGENT}, "RADAR_CRAWL_USER_AGENT"),
        ({"RADAR_STORE": "elasticsearch", "ES_URL": "http://es:9200"}, "ES_URL without"),
        (  # every node of a comma-separated list needs its credentials
            {"RADAR_STORE": "elasticsearch", "ES_URL": "https://u:p@es1:9200,https://es2:9200"},
            "ES_URL without",
        ),
        ({"RADAR_SMTP_USER": "radar"}, "RADAR_SMTP_USER without RADAR_SMTP_PASSWORD"),
        ({"RADAR_SMTP_USER": "radar", "RADAR_SMTP_PASSWORD": "pw"}, "STARTTLS"),
        ({"RADAR_PRIVACY_KEY": "too-short"}, "RADAR_PRIVACY_KEY unset or shorter"),
    ],
)
def test_production_refuses_unsafe_defaults(
    monkeypatch: pytest.MonkeyPatch, extra: dict[str, str], refused: str
) -> None:
    for variable, value in {**PRODUCTION, **extra}.items():
        monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError, match="RADAR_ENV=production refuses") as info:
        Settings()
    assert refused in str(info.value)
    monkeypatch.setenv("RADAR_ENV", "development")
    Settings()  # the same values are fine for development


def test_production_accepts_a_safe_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    safe = {
        **PRODUCTION,
        "RADAR_STORE": "elasticsearch",
        "ES_URL": "https://radar:s3cret@es:9200",
        "RADAR_SMTP_HOST": "smtp.brand.cn",
        "RADAR_SMTP_USER": "radar",
        "RADAR_SMTP_PASSWORD": "pw",
        "RADAR_SMTP_STARTTLS": "true",
    }
    for variable, value in safe.items():
        monkeypatch.setenv(variable, value)
    assert Settings().env == "production"


def test_production_api_beyond_loopback_needs_an_active_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable, value in PRODUCTION.items():
        monkeypatch.setenv(variable, value)
    exposed = Settings(data_dir=tmp_path, api={"host": "0.0.0.0"})
    with SQLiteStore(exposed.sqlite_path) as store:
        with pytest.raises(UnsafeSettings, match="without any active user"):
            create_app(exposed, store)
        create_app(exposed.replace(api={"host": "127.0.0.1"}), store)  # loopback: fine
        create_user(store, "管理员", "admin")
        create_app(exposed, store)  # someone can sign in: fine
