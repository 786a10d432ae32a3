"""Monthly mentions indices and the retention policy, through the FAKE node
(tests/utils/fake_elasticsearch.py): which index each mention lands in, moves between months,
reads across months, and what the retention paths delete.

The contract suite (tests/store/test_contract.py) already runs every read and write on this
layout; these tests look at the indices themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from community.privacy import retain_mentions
from radar.schemas import MentionQuery
from store.elasticsearch import ElasticsearchStore
from tests.store.test_contract import T0, analysed, make
from tests.utils.fake_elasticsearch import FakeElasticsearch, fake_elasticsearch, store_on

OCTOBER = datetime(2026, 10, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def fake() -> Iterator[FakeElasticsearch]:
    with fake_elasticsearch() as running:
        yield running


def _ids_by_index(fake: FakeElasticsearch, store: ElasticsearchStore) -> dict[str, list[str]]:
    return {
        name: sorted(index.docs)
        for name, index in sorted(fake.cluster.indices.items())
        if name.startswith(f"{store.prefix}-mentions") and index.docs
    }


def test_mentions_of_two_months_land_in_two_indices(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        batch = [make(0), make(1), make(2, published_at=OCTOBER)]
        assert store.upsert_mentions(batch).created == 3
        assert _ids_by_index(fake, store) == {
            f"{store.prefix}-mentions-v2-2026.10": ["m0002"],
            f"{store.prefix}-mentions-v2-2026.11": ["m0000", "m0001"],
        }
        again = store.upsert_mentions(batch)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
        assert len(fake.cluster.indices[f"{store.prefix}-mentions-v2-2026.10"].docs) == 1
        october = fake.cluster.indices[f"{store.prefix}-mentions-v2-2026.10"]
        assert october.aliases == {f"{store.prefix}-mentions": {}}
        # Its ILM age starts at the end of October: deleted 365 days after its newest mention.
        end = datetime(2026, 11, 1, tzinfo=UTC)
        assert october.settings["index.lifecycle.origination_date"] == end.timestamp() * 1000


def test_reads_span_the_months(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        store.upsert_mentions(
            [
                analysed(make(0), "negative", 0.9, alerts=["食品安全"]),
                analysed(make(1), "positive", 0.1),
                analysed(make(2, published_at=OCTOBER), "negative", 0.8),
            ]
        )
        got = store.get_mention("m0002")
        assert got is not None and got.published_at == OCTOBER
        assert [m.id for m in store.get_mentions(["m0002", "m0000", "nope"])] == ["m0002", "m0000"]
        assert store.count_mentions(MentionQuery()) == 3
        assert store.count_mentions(MentionQuery(sentiment=["negative"])) == 2
        page = store.search_mentions(MentionQuery(), sort="published_at_asc", limit=2)
        assert [m.id for m in page.items] == ["m0002", "m0000"] and page.total == 3
        rest = store.search_mentions(
            MentionQuery(), sort="published_at_asc", limit=2, cursor=page.next_cursor
        )
        assert [m.id for m in rest.items] == ["m0001"]
        assert [m.id for m in store.iter_mentions(MentionQuery())] == ["m0002", "m0000", "m0001"]
        heat = store.mention_histogram(MentionQuery(), interval="day", split_by="platform")
        assert sorted((b.start.date().isoformat(), b.key, b.total) for b in heat) == [
            ("2026-10-19", "weibo", 1),  # 12:00 in Shanghai is the 20th, UTC bucket start
            ("2026-11-01", "forum", 1),
            ("2026-11-01", "weibo", 1),
        ]
        terms = store.mention_terms("platform", MentionQuery(sentiment=["negative"]))
        assert [(t.key, t.count) for t in terms] == [("weibo", 2)]


def test_a_changed_publication_month_moves_the_mention(fake: FakeElasticsearch) -> None:
    """``merge_mention`` keeps the incoming ``published_at`` (a relative time such as "3天前"
    read on another day): the mention follows it to its month, never stays in two."""
    with store_on(fake.url, fake) as store:
        end_of_october = T0 - timedelta(days=2)
        store.upsert_mentions([analysed(make(1, published_at=end_of_october), "negative", 0.7)])
        moved = store.upsert_mentions([make(1)])
        assert moved.updated_ids == ["m0001"]
        assert _ids_by_index(fake, store) == {f"{store.prefix}-mentions-v2-2026.11": ["m0001"]}
        got = store.get_mention("m0001")
        assert got is not None and got.published_at == make(1).published_at
        assert got.sentiment is not None  # same content: the analysis moved with it
        assert store.count_mentions(MentionQuery()) == 1


def test_a_copy_written_since_the_last_refresh_is_found_by_id(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake, refresh=False) as store:
        store.upsert_mentions([make(2, published_at=OCTOBER)])
        # Not searchable yet, but reads by id are real time in every month.
        assert store.count_mentions(MentionQuery()) == 0
        assert store.get_mention("m0002") is not None
        assert store.upsert_mentions([make(2, published_at=OCTOBER)]).unchanged == 1
        assert store.delete_mentions(["m0002"]) == 1
        assert _ids_by_index(fake, store) == {}


def test_retention_deletes_the_tail_and_ilm_the_months(fake: FakeElasticsearch) -> None:
    """``radar privacy retain`` deletes mentions day by day (keeping their counts); the ILM
    policy deletes whole months later, as a backstop when it is not run."""
    with store_on(fake.url, fake, retention_days=30) as store:
        store.upsert_mentions([make(0), make(2, published_at=OCTOBER)])
        now = datetime(2026, 11, 25, tzinfo=UTC)  # the cutoff is 26 October (Shanghai)
        receipt = retain_mentions(store, 30, by="test", now=now)
        assert receipt.deleted == {"mentions": 1}
        assert _ids_by_index(fake, store) == {f"{store.prefix}-mentions-v2-2026.11": ["m0000"]}
        assert store.get_doc("mention_aggregates", "2026-10-20") is not None
        policy = fake.cluster.policies[f"{store.prefix}-mentions-retention"]["policy"]
        assert policy["phases"]["delete"] == {"min_age": "30d", "actions": {"delete": {}}}
        # ILM deleting a month (here by hand, as its delete action would): reads go on, and
        # a later write to that month creates it again.
        october = f"{store.prefix}-mentions-v2-2026.10"
        assert httpx.delete(f"{fake.url}/{october}").status_code == 200
        assert store.get_mention("m0002") is None
        assert store.upsert_mentions([make(3, published_at=OCTOBER)]).created == 1
        assert october in fake.cluster.indices


def test_reads_survive_every_month_being_deleted(fake: FakeElasticsearch) -> None:
    with store_on(fake.url, fake) as store:
        store.upsert_mentions([make(0)])
        months = [n for n in fake.cluster.indices if n.startswith(f"{store.prefix}-mentions")]
        assert httpx.delete(f"{fake.url}/{','.join(months)}").status_code == 200
        assert store.count_mentions(MentionQuery()) == 0
        assert store.search_mentions(MentionQuery()).items == []
        assert store.mention_histogram(MentionQuery()) == []
        assert store.mention_terms("platform", MentionQuery()) == []
        assert list(store.iter_mentions(MentionQuery())) == []
        assert store.get_mention("m0000") is None
        assert store.upsert_mentions([make(0)]).created == 1
        assert store.count_mentions(MentionQuery()) == 1


def test_the_single_index_of_earlier_releases_is_read_and_emptied(
    fake: FakeElasticsearch,
) -> None:
    """An alias still over ``{prefix}-mentions-v2`` (before monthly indices) keeps working:
    its mentions are read through the alias and move to their month when written again."""
    with store_on(fake.url, fake) as store:
        legacy = f"{store.prefix}-mentions-v2"
        store.drop()
        source = {
            "aliases": {f"{store.prefix}-mentions": {"is_write_index": True}},
            "mappings": {"dynamic": False, "properties": {"id": {"type": "keyword"}}},
        }
        assert httpx.put(f"{fake.url}/{legacy}", json=source).status_code == 200
        from store.es_queries import mention_source

        doc = mention_source(make(1))
        assert httpx.put(f"{fake.url}/{legacy}/_doc/m0001?refresh=true", json=doc).is_success
        reopened = ElasticsearchStore(fake.url, index_prefix=store.prefix, retention_days=365)
        try:
            assert reopened.get_mention("m0001") is not None
            assert reopened.upsert_mentions([make(1)]).unchanged == 1
            assert _ids_by_index(fake, store) == {f"{legacy}-2026.11": ["m0001"]}
        finally:
            reopened.close()
