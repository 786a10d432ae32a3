"""Keywords: the project IDF table, TF-IDF ranking, TextRank, refitting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.keywords import IdfTable, candidates, default_idf, extract_keywords, fit_idf

CORPUS = [
    "团长今天在群里发了水果团购",
    "水果团购明天到自提点",
    "团长说水果很新鲜",
    "自提点的水果发霉了",
    "团长人很好，水果也不错",
]


def test_candidates_drop_stopwords_single_characters_and_numbers() -> None:
    assert candidates("我们的团长说10点到，真的很好") == ["团长"]


def test_fit_idf_weights_rare_words_higher() -> None:
    table = fit_idf(CORPUS, min_df=1)
    assert table.idf["发霉"] > table.idf["团长"] > 0
    assert table.idf["水果"] < table.idf["团长"]  # in every document


def test_fit_idf_min_df_drops_rare_words() -> None:
    table = fit_idf(CORPUS, min_df=2)
    assert "发霉" not in table.idf and "团长" in table.idf
    # unseen words count as rare
    assert table.default >= max(table.idf.values())


def test_tfidf_prefers_the_distinctive_word() -> None:
    table = fit_idf(CORPUS, min_df=1)
    assert extract_keywords("团长说水果发霉了", top_k=1, idf=table) == ["发霉"]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    table = fit_idf(CORPUS, min_df=1)
    for name in ("idf.txt", "idf.txt.gz"):
        table.save(tmp_path / name)
        loaded = IdfTable.load(tmp_path / name)
        assert loaded.idf == pytest.approx(table.idf, abs=1e-4)


def test_bad_idf_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "idf.txt"
    path.write_text("团长\t1.5\n水果\tabc\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"idf.txt:2"):
        IdfTable.load(path)


def test_bundled_table_is_fitted_on_the_review_corpus() -> None:
    table = default_idf()
    assert len(table.idf) > 5000
    # everyday review vocabulary weighs less than a rare complaint word
    assert table.idf["质量"] < table.idf["发霉"]


def test_keywords_of_a_complaint() -> None:
    text = "邻里鲜的团长送来的草莓全部发霉了，草莓还是预售的，退款也不给"
    keywords = extract_keywords(text, top_k=5)
    assert len(keywords) == 5 and len(set(keywords)) == 5
    assert keywords[0] == "草莓"  # said twice
    assert "发霉" in extract_keywords(text, top_k=7)
    assert not set(keywords) & {"的", "了", "也", "还是"}


def test_textrank_option() -> None:
    text = "草莓发霉，草莓退款，团长不理，草莓太差，发霉的草莓"
    keywords = extract_keywords(text, top_k=2, method="textrank")
    assert keywords[0] == "草莓"
    assert extract_keywords("", method="textrank") == []


@pytest.mark.slow
def test_fit_idf_command_on_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "mentions.jsonl"
    lines = [json.dumps({"title": "团购", "text": t}, ensure_ascii=False) for t in CORPUS]
    source.write_text("\n".join([*lines, "not json"]) + "\n", encoding="utf-8")
    out = tmp_path / "idf.txt.gz"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "radar.cli",
            "fit-idf",
            "--no-reviews",
            "--min-df",
            "1",
            "--jsonl",
            str(source),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "not JSON" in proc.stderr
    assert IdfTable.load(out).idf["团购"] < IdfTable.load(out).idf["发霉"]
