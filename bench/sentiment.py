"""Benchmark the sentiment model against char n-gram TF-IDF + logistic regression and SnowNLP.

    nice .venv/bin/python -m bench.sentiment \
        [--data ../shared/data/sentiment/online_shopping_10_cats.csv] \
        [--social ../shared/data/sentiment/social] [--retail TSV | --no-retail] \
        [--model DIR] [--also DIR] [--lr-unweighted]

All of them are scored in one run on the same texts:
- each domain's held-out test split of ``nlp.sentiment.corpus`` (reviews, Weibo polarity, Weibo
  emotions, hand-written community retail; never trained or tuned on), with
  ``nlp.sentiment.metrics.split_metrics``: polarity accuracy on the polarity splits, three-way
  accuracy and macro-F1 on the emotion and retail splits (they have labelled neutral posts), ECE
  of ``p_negative``; the retail split also per category, like the probe;
- the hand-labelled community-retail probe ``bench/data/sentiment_retail_probe.tsv`` (never
  trained on), per category;
- batch throughput (texts/s over the reviews test split) and single-text latency.

The TF-IDF baseline is trained here on exactly the model's training split (all domains, the
same three classes; character 1-3-grams of the normalised text, sublinear TF,
``LogisticRegression(C=2)``), each text weighted by the times the trainer shows it per epoch
(``nlp.sentiment.train.repeats_of`` with the default ``TrainConfig``: grocery reviews 2, Weibo 2,
retail 4; ``--lr-unweighted``: every text once, as in the benches before the retail set).
SnowNLP uses the Bayes model shipped in its package (two classes:
``neutral`` is its 0.35 < p_negative < 0.65 band). ``--also`` adds another model directory (the
previously shipped model, say) to the same table.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import torch

from nlp.normalize import normalize
from nlp.sentiment import SentimentModel
from nlp.sentiment.corpus import (
    DOMAINS,
    LABEL_NAMES,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    RETAIL_TRAIN,
    load_corpus,
)
from nlp.sentiment.metrics import split_metrics
from nlp.sentiment.train import TrainConfig, repeats_of

PROBE = Path(__file__).parent / "data" / "sentiment_retail_probe.tsv"
#: texts -> (p_positive, p_negative, predicted class id) per text
Scorer = Callable[[Sequence[str]], list[tuple[float, float, int]]]
_BAND = (0.35, 0.65)


def read_probe(path: Path = PROBE) -> list[tuple[int, str, str]]:
    """``(label id, category, text)`` rows of the probe (``label<TAB>category<TAB>text``)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, category, text = line.split("\t", 2)
            rows.append((LABEL_NAMES.index(label), category, text))
    return rows


def _band_label(p_negative: float) -> int:
    return NEGATIVE if p_negative >= _BAND[1] else POSITIVE if p_negative <= _BAND[0] else NEUTRAL


def model_scorer(model: SentimentModel) -> Scorer:
    """The model's calibrated probabilities and its own label rule."""
    names = {name: i for i, name in enumerate(LABEL_NAMES)}

    def score(texts: Sequence[str]) -> list[tuple[float, float, int]]:
        probs = model.probabilities(texts)
        labels = model.predict(texts)
        return [(p[0], p[1], names[s.label]) for p, s in zip(probs, labels, strict=True)]

    return score


def snownlp_scorer() -> Scorer:
    """SnowNLP's Bayes model (two classes; neutral is its uncertainty band)."""
    from snownlp import SnowNLP

    def score(texts: Sequence[str]) -> list[tuple[float, float, int]]:
        p_neg = [1.0 - float(SnowNLP(t).sentiments) if t.strip() else 0.5 for t in texts]
        return [(1.0 - p, p, _band_label(p)) for p in p_neg]

    return score


def tfidf_lr_scorer(
    train_texts: Sequence[str],
    train_labels: Sequence[int],
    weights: Sequence[float] | None = None,
) -> Scorer:
    """Char 1-3-gram TF-IDF + logistic regression trained on ``train_texts`` (``weights``: the
    sample weight of each, e.g. its repeats per training epoch)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True, max_features=300_000
    )
    features = vectorizer.fit_transform([normalize(t) for t in train_texts])
    model = LogisticRegression(C=2.0, max_iter=2000).fit(
        features, list(train_labels), sample_weight=None if weights is None else list(weights)
    )
    column = {int(c): i for i, c in enumerate(model.classes_)}

    def score(texts: Sequence[str]) -> list[tuple[float, float, int]]:
        probs = model.predict_proba(vectorizer.transform([normalize(t) for t in texts]))
        out = []
        for row in probs:
            full = [float(row[column[c]]) if c in column else 0.0 for c in range(3)]
            out.append((full[POSITIVE], full[NEGATIVE], max(range(3), key=full.__getitem__)))
        return out

    return score


def evaluate(
    score: Scorer, texts: Sequence[str], labels: Sequence[int]
) -> tuple[dict[str, float], list[int]]:
    """``split_metrics`` of ``score`` on a labelled set, and its predicted class ids."""
    out = score(texts)
    predicted = [p for _, _, p in out]
    metrics = split_metrics([n for _, n, _ in out], [p for p, _, _ in out], predicted, labels)
    return metrics, predicted


def probe_by_category(
    predicted: Sequence[int], probe: Sequence[tuple[int, str, str]]
) -> dict[str, tuple[int, int]]:
    """``category -> (right, total)``; ``all`` for the whole probe."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, (label, category, _) in zip(predicted, probe, strict=True):
        for key in (category, "all"):
            tally[key][0] += int(p == label)
            tally[key][1] += 1
    return {k: (v[0], v[1]) for k, v in tally.items()}


def _speed(score: Scorer, texts: Sequence[str], single: int) -> tuple[float, float, float]:
    score(texts[:50])  # warm-up
    started = time.perf_counter()
    score(texts)
    rate = len(texts) / (time.perf_counter() - started)
    latencies = []
    for text in texts[:single]:
        t0 = time.perf_counter()
        score([text])
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return rate, statistics.median(latencies), latencies[int(0.95 * (len(latencies) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path("../shared/data/sentiment/online_shopping_10_cats.csv")
    )
    parser.add_argument("--social", type=Path, default=Path("../shared/data/sentiment/social"))
    parser.add_argument("--retail", type=Path, default=RETAIL_TRAIN, help="retail training TSV")
    parser.add_argument("--no-retail", action="store_true", help="leave out the retail posts")
    parser.add_argument(
        "--lr-unweighted", action="store_true", help="train the LR on every text once"
    )
    parser.add_argument("--model", type=Path, default=None, help="model directory (bundled)")
    parser.add_argument("--also", type=Path, action="append", default=[], help="another model")
    parser.add_argument("--single", type=int, default=300, help="texts for the latency figures")
    parser.add_argument("--no-speed", action="store_true", help="skip throughput and latency")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    retail = None if args.no_retail else args.retail
    examples = load_corpus(args.data, social_dir=args.social, retail_tsv=retail)
    train = [e for e in examples if e.split == "train"]
    tests = {d: [e for e in examples if e.split == "test" and e.domain == d] for d in DOMAINS}
    tests = {d: t for d, t in tests.items() if t}
    probe = read_probe()
    print(
        "test splits: "
        + ", ".join(f"{d} {len(t)}" for d, t in tests.items())
        + f"; retail probe {len(probe)}; torch threads {args.threads}"
    )
    started = time.perf_counter()
    cfg = TrainConfig()
    weights = None if args.lr_unweighted else [float(repeats_of(e, cfg)) for e in train]
    baseline = tfidf_lr_scorer([e.text for e in train], [e.label for e in train], weights)
    print(f"TF-IDF + LR trained on {len(train)} texts in {time.perf_counter() - started:.0f} s")
    model = SentimentModel(args.model) if args.model else SentimentModel.default()
    scorers: dict[str, Scorer] = {"ours": model_scorer(model)}
    for extra in args.also:
        scorers[f"ours ({extra.name})"] = model_scorer(SentimentModel(extra))
    scorers["char TF-IDF + LR"] = baseline
    scorers["SnowNLP 0.12.3"] = snownlp_scorer()

    print("\n| model | " + " | ".join(f"{d} acc | {d} F1 | {d} ECE" for d in tests) + " |")
    print("|---" * (1 + 3 * len(tests)) + "|")
    retail_test = [(e.label, e.category, e.text) for e in tests.get("retail", [])]
    probe_rows: dict[str, dict[str, tuple[int, int]]] = {}
    retail_rows: dict[str, dict[str, tuple[int, int]]] = {}
    for name, score in scorers.items():
        cells = []
        for domain, test in tests.items():
            m, predicted = evaluate(score, [e.text for e in test], [e.label for e in test])
            cells.append(f"{m['accuracy']:.4f} | {m['macro_f1']:.4f} | {m['ece']:.3f}")
            if domain == "retail":
                retail_rows[name] = probe_by_category(predicted, retail_test)
        _, predicted = evaluate(score, [t for _, _, t in probe], [y for y, _, _ in probe])
        probe_rows[name] = probe_by_category(predicted, probe)
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)

    for title, rows, labelled in (
        ("retail probe", probe_rows, probe),
        ("retail held-out test split", retail_rows, retail_test),
    ):
        if not rows:
            continue
        categories = [*sorted({c for _, c, _ in labelled}), "all"]
        print(f"\n{title}, right / total per category:\n")
        print("| category | " + " | ".join(rows) + " |")
        print("|---" * (1 + len(rows)) + "|")
        for category in categories:
            cells = [f"{r[category][0]}/{r[category][1]}" for r in rows.values()]
            print(f"| {category} | " + " | ".join(cells) + " |")

    if args.no_speed:
        return
    texts = [e.text for e in tests["reviews"]]
    print("\n| model | batch texts/s | single p50 ms | single p95 ms |\n|---|---|---|---|")
    for name, score in scorers.items():
        rate, p50, p95 = _speed(score, texts, args.single)
        print(f"| {name} | {rate:,.0f} | {p50:.2f} | {p95:.2f} |", flush=True)
    print(f"\nint8 dynamic quantisation: {model.quantized}")


if __name__ == "__main__":
    main()
