"""The bundled sentiment model; ``analyse_texts`` and ``analyse_mentions``, what the flows call."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.pipeline import (
    Analyser,
    analyse_mentions,
    analyse_texts,
    analysis_text,
    analysis_texts,
    text_offset,
    with_analysis,
)
from nlp.segment import tokenize
from nlp.sentiment import SentimentModel
from radar.schemas import Mention

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


def _mention(i: int, title: str | None, text: str) -> Mention:
    published = datetime(2026, 11, 18, 9, i, tzinfo=UTC)
    return Mention(
        id=f"m{i}",
        platform="forum",
        source="demo-forum",
        url=f"http://forum.example/{i}",
        title=title,
        text=text,
        published_at=published,
    )


def test_analyse_mentions_fills_the_analysis_fields_and_stamps_the_hash() -> None:
    now = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    mentions = [_mention(0, "投诉", "草莓發霉了"), _mention(1, None, "鸡蛋很新鲜")]
    analysed = analyse_mentions(mentions, now)
    assert [m.id for m in analysed] == ["m0", "m1"]
    assert all(m.needs_analysis for m in mentions)  # copies: the inputs are unchanged
    for before, after in zip(mentions, analysed, strict=True):
        assert not after.needs_analysis and after.analysed_hash == before.content_hash
        assert after.analysed_at == now and after.tokens and after.sentiment is not None
        assert after.text == before.text and after.title == before.title
    (hit,) = analysed[0].alerts
    # Offsets index "title\ntext" as written (traditional 發霉 included).
    assert analysis_text("投诉", "草莓發霉了")[hit.start : hit.end] == "發霉"
    assert hit.term == "发霉"
    # The same as analysing the texts and putting the results on (what worker processes do).
    results = Analyser.default().analyse(analysis_texts(mentions))
    assert with_analysis(mentions, results, now) == analysed
