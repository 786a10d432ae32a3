"""Alert lexicon: categories, negation and context rules, offsets into the original text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.alerts import AlertLexicon, LexiconError


@pytest.fixture(scope="module")
def lexicon() -> AlertLexicon:
    return AlertLexicon.default()


# (text, expected [(category, term)]) — seed 002's keyword alerts (食品安全, 价格欺诈) and the rest.
CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # plain hits, one per category
    ("买的牛奶过期了", [("食品安全", "过期")]),
    ("草莓全部发霉，吃了拉肚子", [("食品安全", "发霉"), ("食品安全", "拉肚子")]),
    ("标的原价是虚标的", [("价格欺诈", "原价"), ("价格欺诈", "虚标")]),
    ("老用户反而更贵，大数据杀熟", [("价格欺诈", "大数据杀熟")]),
    ("客服态度恶劣，还把我拉黑", [("服务态度", "态度恶劣"), ("服务态度", "拉黑")]),
    ("配送员送错地址，鸡蛋也压坏了", [("配送问题", "送错"), ("配送问题", "压坏")]),
    ("店里有蟑螂，很脏", [("卫生问题", "蟑螂"), ("卫生问题", "很脏")]),
    ("下单后天天接到骚扰电话", [("隐私泄露", "骚扰电话")]),
    # the longer term of one category wins
    ("昨天吃坏肚子了", [("食品安全", "吃坏肚子")]),
    # negation right before the term
    ("不是过期，是包装破了", []),
    ("牛奶没有变质", []),
    ("仔细看了，没发现异物", []),
    ("水果并没有发霉", []),
    ("保质期内不会过期", []),
    ("切开无异味", []),
    # a negation elsewhere, or in another clause, does not cancel the hit
    ("没想到竟然过期了", [("食品安全", "过期")]),
    ("不是第一次了，又过期", [("食品安全", "过期")]),
    ("没有退款，牛奶变质", [("食品安全", "变质")]),
    # questions and worries
    ("担心会不会过期", []),
    ("是不是变质了？", []),
    ("这个牛奶过期了吗", []),
    ("天热，防止变质要冷藏", []),
    ("吃了拉肚子，是不是过期了？", [("食品安全", "拉肚子")]),
    # exception phrases
    ("优惠券过期了，能补发吗", []),
    ("积分过期太快", []),
    # full width and traditional forms are matched after normalisation
    ("這批蘋果發霉了！！！", [("食品安全", "发霉")]),
    ("", []),
    ("今天天气不错", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_match(lexicon: AlertLexicon, text: str, expected: list[tuple[str, str]]) -> None:
    hits = lexicon.match(text)
    assert sorted((h.category, h.term) for h in hits) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("這批蘋果發霉了！！！", "發霉"),
        ("ＡＢＣ牌牛奶！！！已经過期", "過期"),
        ("好\u200b好的，结果变\u200b质了", "变\u200b质"),
        ("标题\n正文说吃坏肚子", "吃坏肚子"),
    ],
)
def test_offsets_index_the_original_text(lexicon: AlertLexicon, text: str, span: str) -> None:
    (hit,) = lexicon.match(text)
    assert text[hit.start : hit.end] == span


def test_hits_are_in_text_order(lexicon: AlertLexicon) -> None:
    hits = lexicon.match("拉黑了我，东西还过期，又送错")
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert [h.term for h in hits] == ["拉黑", "过期", "送错"]


def test_severity_by_name_and_alias(lexicon: AlertLexicon) -> None:
    assert lexicon.severity("食品安全") == "critical"
    assert lexicon.severity("food_safety") == "critical"
    assert lexicon.severity("价格欺诈") == "high"
    assert lexicon.severity("delivery") == "low"
    with pytest.raises(KeyError):
        lexicon.severity("天气")


def test_every_category_of_the_issue_is_present(lexicon: AlertLexicon) -> None:
    aliases = {c.alias for c in lexicon.categories.values()}
    assert {"food_safety", "price_fraud", "service", "delivery", "hygiene", "privacy"} <= aliases


def test_default_is_loaded_once() -> None:
    assert AlertLexicon.default() is AlertLexicon.default()


def test_custom_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "alerts.yaml"
    path.write_text(
        "negations: [没有]\ncategories:\n  噪音:\n    severity: low\n    terms: [吵]\n",
        encoding="utf-8",
    )
    lexicon = AlertLexicon.from_path(path)
    assert [h.term for h in lexicon.match("楼下很吵")] == ["吵"]
    assert lexicon.match("没有吵") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("categories: []\n", "categories"),
        ("categories:\n  x: {severity: huge, terms: [a]}\n", "severity"),
        ("categories:\n  x: {severity: low, terms: []}\n", "no terms"),
        ("categories:\n  x: {severity: low, terms: [1]}\n", "non-empty strings"),
        ("categories: [\n", "alerts.yaml"),
    ],
)
def test_malformed_lexicon_is_refused_with_the_reason(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "alerts.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        AlertLexicon.from_path(path)
