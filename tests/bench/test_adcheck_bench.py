"""``bench.adcheck.throughput``: each function reads the texts it is given, the limited ones
only their first N, and the rate is per character of what it read."""

from __future__ import annotations

from bench.adcheck import throughput


def test_a_limited_function_reads_only_its_first_texts() -> None:
    texts = ["甲" * 10, "乙" * 20, "丙" * 30]
    seen: dict[str, list[str]] = {"all": [], "two": []}
    speeds = throughput(
        {"all": seen["all"].append, "two": seen["two"].append},
        texts,
        rounds=2,
        limit={"two": 2},
    )
    assert seen["all"] == texts * 2
    assert seen["two"] == texts[:2] * 2
    assert set(speeds) == {"all", "two"}
    assert all(rate > 0 for rate in speeds.values())


def test_a_limit_above_the_corpus_reads_it_all() -> None:
    texts = ["a", "bb"]
    seen: list[str] = []
    throughput({"f": seen.append}, texts, rounds=1, limit={"f": 10})
    assert seen == texts
