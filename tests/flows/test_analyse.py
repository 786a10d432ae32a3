"""The analyse flow: NLP over exactly the mentions that need it, in batches, via the store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows import workers
from flows.analyse import analyse, analyse_batch
from flows.workers import processes_for
from nlp.pipeline import Analyser
from radar.schemas import Mention, MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
TEXTS = [
    ("邻里鲜的草莓发霉了", "孩子吃了拉肚子，食品安全谁来管？"),
    (None, "团长服务很好，鸡蛋很新鲜，下次还买"),
    (None, "双十一先涨后降，虚标原价，大数据杀熟"),
    ("自提点", "今天配送准时，菜品新鲜"),
    (None, "牛奶过期了还在卖，太离谱了"),
    (None, "价格比超市便宜，推荐给邻居"),
    (None, "猪肉有异味，已经投诉"),
]


def raw(i: int, title: str | None, text: str) -> Mention:
    return Mention(
        id=f"m{i}",
        platform="forum",
        source="demo-forum",
        url=f"http://forum.example/{i}",
        title=title,
        text=text,
        published_at=T0 + timedelta(minutes=i),
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "var", analyse={"batch_size": 3})


@pytest.fixture
def store(settings: Settings) -> Iterator[SQLiteStore]:
    opened = SQLiteStore(settings.sqlite_path)
    opened.upsert_mentions([raw(i, title, text) for i, (title, text) in enumerate(TEXTS)])
    yield opened
    opened.close()


@pytest.mark.slow
def test_pending_mentions_are_analysed_in_batches_and_marked(
    prefect_api_url: str, settings: Settings, store: SQLiteStore
) -> None:
    report = analyse(settings=settings)
    assert (report.pending, report.analysed, report.batches) == (7, 7, 3)
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == 0
    first = store.get_mention("m0")
    assert first is not None and first.analysed_hash == first.content_hash
    assert first.sentiment is not None and first.tokens and first.analysed_at is not None
    assert "食品安全" in first.alert_categories
    # The title is analysed too: its alert offsets index "title\ntext".
    hit = next(h for h in first.alerts if h.category == "食品安全")
    assert f"{first.title}\n{first.text}"[hit.start : hit.end] == hit.term
    # Found by full-text search once stored.
    assert store.search_mentions(MentionQuery(q="草莓")).total == 1

    again = analyse(settings=settings)
    assert (again.pending, again.analysed) == (0, 0)


def test_changed_content_is_analysed_again_and_only_it(
    prefect_api_url: str, settings: Settings, store: SQLiteStore
) -> None:
    analyse(settings=settings)
    changed = raw(1, None, "团长态度变差了，鸡蛋是坏的")
    result = store.upsert_mentions([changed])
    assert result.updated == 1
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == 1
    report = analyse(settings=settings)
    assert (report.pending, report.analysed) == (1, 1)
    stored = store.get_mention("m1")
    assert stored is not None and stored.analysed_hash == changed.content_hash


def test_a_batch_skips_what_was_analysed_meanwhile(settings: Settings, store: SQLiteStore) -> None:
    # The task body works without Prefect.
    assert analyse_batch.fn(store, settings, ["m0", "m1"]) == 2
    assert analyse_batch.fn(store, settings, ["m0", "m1", "m2", "missing"]) == 1


def test_a_missing_model_fails_with_its_cause_and_loses_nothing(
    prefect_api_url: str, tmp_path: Path, settings: Settings, store: SQLiteStore
) -> None:
    broken = settings.replace(nlp={"sentiment_model_dir": tmp_path / "no-model"})
    with pytest.raises(FileNotFoundError, match="no sentiment model"):
        analyse(settings=broken)
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == len(TEXTS)
    assert analyse(settings=settings).analysed == len(TEXTS)


def test_sentiment_settings_reach_the_model(tmp_path: Path) -> None:
    # RADAR_SENTIMENT_BATCH_SIZE / _THREADS configure the model the flow uses (it once ignored
    # the batch size).
    configured = Settings(
        data_dir=tmp_path / "var", nlp={"sentiment_batch_size": 7, "sentiment_threads": 1}
    )
    model = Analyser.configured(configured.nlp).model
    assert (model.batch_size, model.threads) == (7, 1)
    assert Analyser.configured(Settings(data_dir=tmp_path / "var").nlp).model.batch_size == 256


@pytest.fixture
def parallel_from(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Lower the backlog from which worker processes start (50,000 in production)."""
    return lambda pending: monkeypatch.setattr(workers, "PARALLEL_MIN", pending)


def test_worker_processes_start_only_for_a_backlog(parallel_from: Callable[[int], None]) -> None:
    assert processes_for(49_999, 1000, 2) == 1  # too few to pay for the start-up
    assert processes_for(50_000, 1000, 2) == 2
    parallel_from(100)
    assert processes_for(99, 10, 2) == 1
    assert processes_for(100, 10, 2) == 2
    assert processes_for(1000, 1000, 2) == 1  # one batch: nothing to spread
    assert processes_for(10_000, 10, 1) == 1  # one process configured


def _results(store: SQLiteStore) -> dict[str, tuple[object, ...]]:
    out = {}
    for mention in store.iter_mentions(MentionQuery()):
        assert mention.sentiment is not None and mention.analysed_hash == mention.content_hash
        out[mention.id] = (
            mention.tokens,
            mention.keywords,
            [(h.category, h.term, h.start, h.end) for h in mention.alerts],
            mention.sentiment.label,
            mention.sentiment.p_negative,
        )
    return out


@pytest.mark.slow
def test_worker_processes_analyse_like_the_flow_process_and_lose_nothing(
    prefect_api_url: str, tmp_path: Path, parallel_from: Callable[[int], None]
) -> None:
    # Real spawned workers (each loads the model): the same results as in-process analysis,
    # every mention analysed once.
    parallel_from(1)
    texts = [(title, f"{text}（第{n}条）") for n in range(4) for title, text in TEXTS]
    stores = []
    for name, processes in (("inline", 1), ("workers", 2)):
        settings = Settings(
            data_dir=tmp_path / name, analyse={"batch_size": 4, "processes": processes}
        )
        store = SQLiteStore(settings.sqlite_path)
        store.upsert_mentions([raw(i, title, text) for i, (title, text) in enumerate(texts)])
        report = analyse(settings=settings)
        assert report.processes == processes
        assert (report.pending, report.analysed, report.batches) == (28, 28, 7)
        assert store.count_mentions(MentionQuery(needs_analysis=True)) == 0
        stores.append(store)
    inline, spread = (_results(s) for s in stores)
    assert inline.keys() == spread.keys()
    for mention_id, (tokens, keywords, alerts, label, p_negative) in inline.items():
        other = spread[mention_id]
        assert (tokens, keywords, alerts, label) == other[:4]
        # int8 activations are scaled per model batch, and the batches differ: not bit-equal.
        assert abs(p_negative - other[4]) < 0.05
    assert "食品安全" in (stores[1].get_mention("m7") or raw(0, None, "")).alert_categories
    for store in stores:
        store.close()


def test_workers_with_a_missing_model_fail_with_its_cause_and_lose_nothing(
    prefect_api_url: str,
    tmp_path: Path,
    settings: Settings,
    store: SQLiteStore,
    parallel_from: Callable[[int], None],
) -> None:
    parallel_from(1)
    broken = settings.replace(
        nlp={"sentiment_model_dir": tmp_path / "no-model"}, analyse={"processes": 2}
    )
    with pytest.raises(FileNotFoundError, match="no sentiment model"):
        analyse(settings=broken)
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == len(TEXTS)
