"""Fixtures shared by every test package, and the rules that mark whole groups of tests ``slow``.

``make test-fast`` runs the unit tests only, ``pytest -m "not slow and not integration"``:
besides the tests marked ``slow`` where they are written, a test is slow when it uses a fixture
of ``SLOW_FIXTURES`` or lives in a module of ``SLOW_MODULES`` (with a marker expression that
leaves ``slow`` out, those modules are not even imported); a test is ``integration`` when it
uses a fixture of ``INTEGRATION_FIXTURES`` (a live server, the app, a browser, the fake
Elasticsearch node, the demo network), lives in a module of ``INTEGRATION_MODULES`` or is a
backend suite's Elasticsearch variant. ``make test`` (CI) runs everything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.utils.fake_elasticsearch import FakeElasticsearch, fake_elasticsearch

TESTS = Path(__file__).parent

# Crawls run at normal priority in the tests (the product's default is background priority,
# RADAR_CRAWL_NICE=10): two xdist workers share the cores, and a niced crawl of one would wait on
# the other's work. tests/crawlers/test_priority.py checks the setting itself.
os.environ.setdefault("RADAR_CRAWL_NICE", "0")

#: The session's Prefect test server takes ~20 s to start: a test that needs it is slow.
SLOW_FIXTURES = frozenset({"prefect_api_url"})

#: Modules that load the sentiment model: importing torch and transformers alone takes ~10 s.
SLOW_MODULES = frozenset(
    {
        "api/test_fuzz_roles.py",
        "flows/test_analyse.py",
        "flows/test_demo_truth.py",
        "nlp/test_pipeline.py",
        "nlp/test_sentiment_training.py",
    }
)


#: Fixtures that start a server, the whole app, a browser or a network: not unit tests.
INTEGRATION_FIXTURES = frozenset(
    {"api", "role_api", "app", "server", "console", "browser", "clients", "demo", "fake_es"}
)

#: Modules whose tests run the ``radar`` command in a child process or talk to loopback servers
#: they start themselves (receivers, a fake Kibana, the fake Elasticsearch node).
INTEGRATION_MODULES = frozenset(
    {
        "test_cli.py",
        "test_kibana.py",
        "identity/test_api.py",
        "monitor/test_delivery.py",
        "nlp/test_score_cli.py",
        "store/test_es_fake.py",
        "compliance/test_uploads.py",
    }
)


#: The longest test files (minutes each: whole ``radar run`` jobs, crawls, training, fuzzing),
#: longest first. ``make test`` runs two pytest-xdist workers, whole files to a worker in
#: collection order (``--dist loadfile``): starting these first keeps one worker from being left
#: with a long file at the end while the other idles.
LONG_MODULES = (
    "flows/test_run_command.py",
    "flows/test_always_on.py",
    "flows/test_collect.py",
    "privacy/test_secrets_canary.py",
    "nlp/test_score_cli.py",
    "nlp/test_sentiment_training.py",
    "flows/test_analyse.py",
    "crawlers/test_resume.py",
    "api/test_fuzz_roles.py",
    "compliance/test_fuzz.py",
    "crawlers/test_caps.py",
    "console/test_browser.py",
)


def _module(path: Path) -> str:
    return path.relative_to(TESTS).as_posix() if path.is_relative_to(TESTS) else str(path)


def _in_slow_module(path: Path) -> bool:
    return path.is_relative_to(TESTS) and path.relative_to(TESTS).as_posix() in SLOW_MODULES


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    only_fast = " ".join(str(config.getoption("markexpr")).split()).startswith("not slow")
    return True if only_fast and _in_slow_module(collection_path) else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {module: n for n, module in enumerate(LONG_MODULES)}
    items.sort(key=lambda item: rank.get(_module(item.path), len(rank)))  # stable: files stay whole
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if _in_slow_module(item.path) or SLOW_FIXTURES.intersection(fixtures):
            item.add_marker(pytest.mark.slow)
        in_module = item.path.is_relative_to(TESTS) and (
            item.path.relative_to(TESTS).as_posix() in INTEGRATION_MODULES
        )
        # A backend suite's fake-Elasticsearch variant talks HTTP to the session's fake node.
        if in_module or INTEGRATION_FIXTURES.intersection(fixtures) or "elasticsearch" in item.name:
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh data directory (embedded store)."""
    return Settings(data_dir=tmp_path / "var", store="sqlite")


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    """A fresh embedded store in a temporary file."""
    store = SQLiteStore(tmp_path / "store.sqlite3")
    yield store
    store.close()


@pytest.fixture(scope="session")
def fake_es() -> Iterator[FakeElasticsearch]:
    """The FAKE Elasticsearch node of the session (tests/utils/fake_elasticsearch.py): an HTTP
    server on 127.0.0.1 that checks each request against the 8.15 REST specification."""
    with fake_elasticsearch() as fake:
        yield fake
