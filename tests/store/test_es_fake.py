"""The Elasticsearch backend through the FAKE node (tests/utils/fake_elasticsearch.py): what the
contract suite cannot show (requests sent, retries, refreshes, recovery), and the fake's own
checks, so that a contract run through it cannot pass by accepting anything.

The fake is not Elasticsearch; where it models a node's behaviour the test names the
documented behaviour it relies on.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from radar.backoff import Backoff
from radar.schemas import MentionQuery
from store.base import StoreError, VersionConflict
from store.elasticsearch import ElasticsearchStore
from store.es_transport import split_urls
from tests.store.test_contract import T0, make
from tests.utils.fake_elasticsearch import (
    FakeElasticsearch,
    RecordedRequest,
    fake_elasticsearch,
    store_on,
)
from tests.utils.servers import free_port

JSON = {"content-type": "application/json"}


@pytest.fixture
def fake() -> Iterator[FakeElasticsearch]:
    """A fake of this test alone (its request log and injected failures are the test's)."""
    with fake_elasticsearch() as running:
        yield running


def _calls(fake: FakeElasticsearch, endpoint: str) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.endpoint == endpoint]


# ---------------------------------------------------------------- the fake's own checks
def test_the_fake_rejects_what_the_specification_does_not_define(fake: FakeElasticsearch) -> None:
    with httpx.Client(base_url=fake.url) as http:
        unknown_param = http.put("/radar-x/_doc/1?refresh=wait_for&wait=1", json={"a": 1})
        wrong_method = http.delete("/_bulk")
        unknown_key = http.post("/_search", json={"query": {"match_all": {}}, "limit": 5})
        bad_enum = http.put("/radar-x/_doc/1?op_type=upsert", json={"a": 1})
        no_handler = http.get("/_nodes/_all/http")
    assert unknown_param.status_code == 400
    assert "unrecognized parameter: [wait]" in unknown_param.json()["error"]["reason"]
    assert wrong_method.status_code == 405
    assert unknown_key.status_code == 400 and bad_enum.status_code == 400
    assert no_handler.status_code == 400
    assert len(fake.violations) == 5
    assert all(r.status >= 400 for r in fake.requests)
    assert [r.method for r in fake.requests] == ["PUT", "DELETE", "POST", "PUT", "GET"]


def test_the_fake_searches_what_was_refreshed_and_gets_in_real_time(
    fake: FakeElasticsearch,
) -> None:
    with httpx.Client(base_url=fake.url) as http:
        assert http.put("/radar-x/_doc/1", json={"n": 1}).status_code == 201
        assert http.get("/radar-x/_doc/1").json()["_source"] == {"n": 1}  # real-time
        assert http.post("/radar-x/_count", json={}).json()["count"] == 0  # not refreshed
        http.post("/radar-x/_refresh")
        assert http.post("/radar-x/_count", json={}).json()["count"] == 1
        seq_no = http.get("/radar-x/_doc/1").json()["_seq_no"]
        stale = http.put(f"/radar-x/_doc/1?if_seq_no={seq_no + 1}&if_primary_term=1", json={})
        twice = http.put("/radar-x/_doc/1?op_type=create", json={})
        # mget answers a missing index per item (elastic/elasticsearch#3272), not with 404.
        mget = http.post("/radar-gone/_mget", json={"ids": ["1"]})
    assert stale.status_code == twice.status_code == 409
    assert stale.json()["error"]["type"] == "version_conflict_engine_exception"
    assert mget.status_code == 200
    assert mget.json()["docs"][0]["error"]["type"] == "index_not_found_exception"
    assert fake.violations == []


def test_the_fake_applies_mappings_like_a_node(fake: FakeElasticsearch) -> None:
    mappings = {
        "dynamic": False,
        "properties": {
            "url": {"type": "keyword", "index": False, "doc_values": False},
            "at": {"type": "date"},
            "n": {"type": "long"},
        },
    }
    with httpx.Client(base_url=fake.url) as http:
        assert http.put("/radar-m", json={"mappings": mappings}).status_code == 200
        bad_param = http.put(
            "/radar-bad",
            json={"mappings": {"properties": {"x": {"type": "keyword", "analyzer": "whitespace"}}}},
        )
        http.put(
            "/radar-m/_doc/1?refresh=true",
            json={"url": "u", "at": "2026-11-02T01:00:00.123456Z", "n": 5},
        )
        not_indexed = http.post("/radar-m/_search", json={"query": {"term": {"url": "u"}}})
        no_doc_values = http.post("/radar-m/_search", json={"sort": [{"url": "asc"}]})
        bad_date = http.post("/radar-m/_search", json={"query": {"term": {"at": "x"}}})
        # A date keeps milliseconds: the bound is cut to .123 as the value is.
        window = http.post(
            "/radar-m/_count",
            json={"query": {"range": {"at": {"lt": "2026-11-02T01:00:00.123999Z"}}}},
        )
        unmapped = http.post("/radar-m/_search", json={"sort": [{"nope": "asc"}]})
        big = http.post("/radar-m/_search", json={"size": 10_001})
        malformed = http.put("/radar-m/_doc/2", json={"n": "many"})
    assert bad_param.status_code == 400 and "unknown parameter [analyzer]" in bad_param.text
    for response in (not_indexed, no_doc_values, bad_date, unmapped, big):
        assert response.status_code == 400, response.text
    assert window.json()["count"] == 0
    assert malformed.status_code == 400
    assert malformed.json()["error"]["type"] == "document_parsing_exception"


# ---------------------------------------------------------------- the backend's requests
def test_a_deleted_month_is_recreated_with_its_mapping(fake_es: FakeElasticsearch) -> None:
    with store_on(fake_es.url, fake_es) as store:
        store.upsert_mentions([make(1)])
        index = f"{store.prefix}-mentions-v2-2026.11"
        assert httpx.delete(f"{fake_es.url}/{index}").status_code == 200
        result = store.upsert_mentions([make(2)])
        assert result.created_ids == ["m0002"]
        # allow_auto_create: false in the template: the write failed instead of creating the
        # month without its origination date; the store created it explicitly and wrote again.
        creates = [r for r in fake_es.requests if r.endpoint == "indices.create"]
        assert [r.status for r in creates if r.path == f"/{index}"] == [200, 200]
        recreated = fake_es.cluster.indices[index]
        assert recreated.aliases == {f"{store.prefix}-mentions": {}}
        assert recreated.mapping.fields["published_us"] == {"type": "long"}
        # The end of November 2026 (UTC), in epoch milliseconds.
        assert recreated.settings["index.lifecycle.origination_date"] == 1796083200000
        assert recreated.settings["index.lifecycle.name"] == f"{store.prefix}-mentions-retention"
        assert [m.id for m in store.search_mentions(MentionQuery()).items] == ["m0002"]


def test_templates_are_put_once(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as first:
        ElasticsearchStore(fake.url, index_prefix=first.prefix, retention_days=365).close()
        puts = _calls(fake, "indices.put_index_template")
        assert len(puts) == 2  # mentions and docs, by the first open only
        assert len(_calls(fake, "ilm.put_lifecycle")) == 1
        # Another retention period replaces the policy (the templates name it, unchanged).
        ElasticsearchStore(fake.url, index_prefix=first.prefix, retention_days=30).close()
        assert len(_calls(fake, "ilm.put_lifecycle")) == 2
        assert len(_calls(fake, "indices.put_index_template")) == 2
        policy = fake.cluster.policies[f"{first.prefix}-mentions-retention"]["policy"]
        assert policy["phases"]["delete"] == {"min_age": "30d", "actions": {"delete": {}}}
        # Without a retention period the mentions template names no policy.
        ElasticsearchStore(fake.url, index_prefix=first.prefix).close()
        template = fake.cluster.templates[f"{first.prefix}-mentions"]
        assert "index.lifecycle.name" not in template["template"]["settings"]


def test_without_refresh_writes_return_at_once_and_show_after_a_refresh(
    fake: FakeElasticsearch,
) -> None:
    with store_on(fake.url, fake, refresh=False) as store:
        store.upsert_mentions([make(i) for i in range(3)])
        assert store.get_mention("m0001") is not None  # real-time
        assert store.count_mentions(MentionQuery()) == 0  # searches lag until a refresh
        assert "refresh" not in _calls(fake, "bulk")[-1].params
        httpx.post(f"{fake.url}/{store.prefix}-mentions/_refresh")
        assert store.count_mentions(MentionQuery()) == 3


def test_a_bulk_of_several_chunks_is_refreshed_once(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        fake.cluster.reset_log()
        store.upsert_mentions([make(i, published_at=T0) for i in range(501)])  # two chunks
        bulks = _calls(fake, "bulk")
        assert len(bulks) == 2 and all("refresh" not in b.params for b in bulks)
        assert len(_calls(fake, "indices.refresh")) == 1
        assert store.count_mentions(MentionQuery()) == 501  # read-your-writes on every shard


def test_iteration_uses_a_point_in_time_and_survives_its_expiry(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        store.upsert_mentions([make(i) for i in range(7)])
        fake.cluster.reset_log()
        walked = []
        for mention in store.iter_mentions(MentionQuery(), batch_size=2):
            walked.append(mention.id)
            if len(walked) == 3:
                fake.cluster.expire_points_in_time()  # the caller was slow
        assert walked == [f"m{i:04d}" for i in range(7)]
        assert len(_calls(fake, "open_point_in_time")) == 2
        searches = _calls(fake, "search")
        assert all("pit" in s.body and s.body["track_total_hits"] is False for s in searches)
        assert len(_calls(fake, "close_point_in_time")) == 1
        assert store.mention_links(T0, T0 + timedelta(days=1)) == []


def test_shards_and_replicas_are_set_on_the_indices_the_store_creates(
    fake: FakeElasticsearch,
) -> None:
    with store_on(fake.url, fake, shards=3, replicas=2) as store:
        store.put_doc("tickets", "t1", {"a": 1})
        store.upsert_mentions([make(1)])
        for name in (f"{store.prefix}-mentions-v2-2026.11", f"{store.prefix}-docs-tickets"):
            settings = fake.cluster.indices[name].settings
            assert settings["index.number_of_shards"] == 3
            assert settings["index.number_of_replicas"] == 2
            assert settings["index.auto_expand_replicas"] == "false"
    with store_on(fake.url, fake) as default:
        default.upsert_mentions([make(1)])
        settings = fake.cluster.indices[f"{default.prefix}-mentions-v2-2026.11"].settings
        assert settings["index.number_of_shards"] == 1
        assert settings["index.auto_expand_replicas"] == "0-1"  # the template's


@pytest.mark.parametrize("shards", [0, 1025])
def test_shards_are_bounded(shards: int) -> None:
    with pytest.raises(ValueError):
        ElasticsearchStore("http://127.0.0.1:9", shards=shards)


# ---------------------------------------------------------------- retries and nodes
def test_busy_answers_are_retried_with_growing_waits(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake, retry_backoff=0.1, retry_backoff_max=1.0) as store:
        fake.cluster.fail_next(3, 429, endpoint="count")
        assert store.count_mentions(MentionQuery()) == 0
        attempts = _calls(fake, "count")
        assert [a.status for a in attempts] == [429, 429, 429, 200]
        gaps = [b.at - a.at for a, b in itertools.pairwise(attempts)]
        # Equal jitter: each wait is at least half its step (0.1, 0.2, 0.4 s).
        for gap, step in zip(gaps, (0.1, 0.2, 0.4), strict=True):
            assert gap >= step / 2, gaps
        assert gaps[2] > gaps[0]  # 0.2-0.4 s after 0.05-0.1 s


def test_retries_end_with_a_store_error(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake, max_retries=2, retry_backoff=0.01) as store:
        fake.cluster.fail_next(3, 503, endpoint="search")
        with pytest.raises(StoreError, match="503"):
            store.search_mentions(MentionQuery())
        assert [r.status for r in _calls(fake, "search")] == [503, 503, 503]
        assert store.count_mentions(MentionQuery()) == 0  # the next request goes through


def test_a_stale_expected_version_is_refused_before_writing(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        store.put_doc("ads", "a1", {"s": 1})
        fake.cluster.reset_log()
        with pytest.raises(VersionConflict):
            store.put_doc("ads", "a1", {"s": 2}, expected_version=5)
        assert all(r.status != 409 for r in fake.requests)  # the version check came first


def test_requests_are_spread_over_several_nodes_without_sniffing() -> None:
    with fake_elasticsearch(nodes=2) as cluster:
        with store_on(",".join(cluster.urls), cluster) as store:
            for i in range(6):
                store.get_mention(f"m{i}")
        assert {r.node for r in cluster.requests} == {0, 1}
        assert not [r for r in cluster.requests if "_nodes" in r.path]  # no sniffing


def test_a_dead_node_is_skipped() -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with (
        fake_elasticsearch() as live,
        store_on(f"{dead}, {live.url}", live, retry_backoff=0.01) as store,
    ):
        store.upsert_mentions([make(1)])
        assert store.get_mention("m0001") is not None
        assert store.url == f"{dead},{live.url}"


def test_node_urls_are_split_and_credentials_redacted() -> None:
    assert split_urls("http://a:9200, http://b:9200,") == ["http://a:9200", "http://b:9200"]
    with pytest.raises(ValueError):
        split_urls(" , ")
    url = f"http://u:s3cret@127.0.0.1:{free_port()},http://u:s3cret@127.0.0.1:{free_port()}"
    with pytest.raises(StoreError) as info:
        ElasticsearchStore(url, max_retries=0, request_timeout=2)
    assert "s3cret" not in str(info.value) and str(info.value).count("***@127.0.0.1") == 2


@pytest.mark.parametrize("attempt", range(6))
def test_backoff_waits_are_bounded(attempt: int) -> None:
    policy = Backoff(retries=6, base=0.5, cap=4.0)
    step = min(4.0, 0.5 * 2**attempt)
    assert policy.delay(attempt, rng=lambda: 0.0) == step / 2
    assert policy.delay(attempt, rng=lambda: 1.0) == step
    with pytest.raises(ValueError):
        Backoff(retries=-1)
