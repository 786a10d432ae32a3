"""What ``ElasticsearchStore`` guarantees without a node: it implements the whole ``Store``
protocol with the same signatures, and an unreachable cluster is a clear ``StoreError`` (the
client really connects to a closed port on 127.0.0.1). Behaviour against a node is the contract
suite's job (``ES_URL=http://localhost:9200 pytest tests/store/test_contract.py``)."""

from __future__ import annotations

import inspect

import pytest

from store.base import Store, StoreError
from store.elasticsearch import ElasticsearchStore
from store.sqlite import SQLiteStore
from tests.utils.servers import free_port

PROTOCOL_METHODS = [
    name
    for name, member in inspect.getmembers(Store, inspect.isfunction)
    if not name.startswith("_")
]


def test_protocol_methods_are_all_implemented() -> None:
    assert "upsert_mentions" in PROTOCOL_METHODS and "find_docs" in PROTOCOL_METHODS
    assert issubclass(ElasticsearchStore, Store)


@pytest.mark.parametrize("name", PROTOCOL_METHODS)
def test_signatures_match_the_protocol_and_sqlite(name: str) -> None:
    expected = inspect.signature(getattr(Store, name))
    assert inspect.signature(getattr(ElasticsearchStore, name)) == expected
    assert inspect.signature(getattr(SQLiteStore, name)) == expected


def test_unreachable_cluster_is_a_store_error() -> None:
    url = f"http://radar:s3cret@127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StoreError, match="cannot reach Elasticsearch at") as info:
        ElasticsearchStore(url, max_retries=0, request_timeout=5)
    assert "s3cret" not in str(info.value)  # credentials never reach logs


@pytest.mark.parametrize("prefix", ["Radar", "_radar", "a b", ""])
def test_prefix_must_make_index_names(prefix: str) -> None:
    with pytest.raises(ValueError):
        ElasticsearchStore("http://127.0.0.1:9", index_prefix=prefix)
