"""The bundled sentiment model and ``analyse_texts``, the call the flows make."""

from __future__ import annotations

import pytest

from nlp.pipeline import analyse_texts, analysis_text, text_offset
from nlp.segment import tokenize
from nlp.sentiment import SentimentModel

NEGATIVE = [
    "质量太差了，用了两天就坏了，再也不买了",
    "牛奶过期了还在卖，太离谱",
    "客服态度恶劣，退款一直不处理",
]
POSITIVE = [
    "物流很快，东西很好，非常满意",
    "水果很新鲜，很甜，下次还会买",
    "性价比很高，推荐购买",
]


@pytest.fixture(scope="module")
def model() -> SentimentModel:
    return SentimentModel.default()


def test_default_is_loaded_once(model: SentimentModel) -> None:
    assert SentimentModel.default() is model


def test_clear_reviews_get_the_right_label(model: SentimentModel) -> None:
    out = model.predict(NEGATIVE + POSITIVE)
    assert [s.label for s in out] == ["negative"] * 3 + ["positive"] * 3
    assert all(0.0 <= s.p_negative <= 1.0 for s in out)


# Praise as the demo network's posts write it, with a decorative emoji the corpus never has. An
# earlier model read the unknown emoji as [UNK] and scored all three negative, which opened
# false crisis incidents in `radar run --once` (an incident needs the label `negative`,
# p_negative >= 0.65). The emoji must not move the score, and no such post may be labelled
# negative; the review corpus makes bare 太…了 / 绝了 read as gripes, so the shipped model
# (NB-linear reader, model card) leaves two of them near 0.5: `neutral`, not negative.
DECORATED_PRAISE = [
    "手工水饺是真的好吃✨",
    "芒果绝了🥭",
    "团长真的太负责了，下雨天还帮我们把菜送到楼下🌸🌸",
]


def test_decorative_emoji_do_not_turn_praise_negative(model: SentimentModel) -> None:
    plain = model.p_negative([t.rstrip("✨🥭🌸") for t in DECORATED_PRAISE])
    decorated = model.p_negative(DECORATED_PRAISE)
    assert all(abs(d - p) < 0.15 for d, p in zip(decorated, plain, strict=True))
    assert [s.label for s in model.predict(DECORATED_PRAISE)].count("negative") == 0, decorated
    assert min(decorated) < 0.5, decorated


def test_batch_equals_single_and_keeps_order(model: SentimentModel) -> None:
    texts = [*NEGATIVE, "好", "x" * 500, "", *POSITIVE]
    batch = model.p_negative(texts)
    single = [model.p_negative([t])[0] for t in texts]
    # int8 dynamic quantisation scales activations per batch: scores move slightly with the
    # batch's make-up, never by more than a hair.
    assert batch == pytest.approx(single, abs=0.02)
    assert model.predict([]) == []


def test_analyse_texts() -> None:
    title, text = "投诉", "今天的草莓发霉了，团长不理人😡"
    combined = analysis_text(title, text)
    (result,) = analyse_texts([combined])
    assert result.tokens == tokenize(combined)
    assert result.sentiment.label == "negative"
    assert "草莓" in result.keywords
    assert [h.term for h in result.alerts] == ["发霉", "不理人"]
    hit = result.alerts[0]
    assert combined[hit.start : hit.end] == "发霉"
    start = text_offset(title, hit.start)
    assert start is not None and text[start : start + 2] == "发霉"
    assert text_offset(title, 0) is None
    assert analysis_text(None, text) == text
