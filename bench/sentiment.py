"""Benchmark the sentiment model against SnowNLP and char n-gram TF-IDF + logistic regression.

    nice .venv/bin/python -m bench.sentiment \
        [--data ../shared/data/sentiment/online_shopping_10_cats.csv]

All three are scored in one run on the same texts:
- accuracy / macro-F1 on the fixed test split of ``nlp.sentiment.corpus`` (never trained or tuned
  on), and on ``bench/data/sentiment_domain_probe.tsv`` (hand-written food, grocery and delivery
  posts, the domain the product meets);
- batch throughput (texts/s over the whole test split) and single-text latency (p50 / p95 over
  ``--single`` texts, one call per text).

The TF-IDF baseline is trained here on the same training split (character 1-3-grams of the
normalised text, sublinear TF, ``LogisticRegression(C=2)``: the best of C in {2, 8} on the test
split, which favours the baseline). SnowNLP uses the Bayes model shipped in its package.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import torch

from nlp.normalize import normalize
from nlp.sentiment import SentimentModel
from nlp.sentiment.calibration import expected_calibration_error
from nlp.sentiment.corpus import load_corpus

PROBE = Path(__file__).parent / "data" / "sentiment_domain_probe.tsv"
Scorer = Callable[[Sequence[str]], list[float]]  # texts -> p_negative


def _probe() -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            texts.append(text)
            labels.append(int(label))
    return texts, labels


def _accuracy_f1(p_negative: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    predicted = [1 if p >= 0.5 else 0 for p in p_negative]
    accuracy = sum(p == y for p, y in zip(predicted, labels, strict=True)) / len(labels)
    f1s = []
    for cls in (0, 1):
        tp = sum(p == y == cls for p, y in zip(predicted, labels, strict=True))
        fp = sum(p == cls != y for p, y in zip(predicted, labels, strict=True))
        fn = sum(y == cls != p for p, y in zip(predicted, labels, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return accuracy, sum(f1s) / 2


def _snownlp() -> Scorer:
    from snownlp import SnowNLP

    return lambda texts: [1.0 - float(SnowNLP(t).sentiments) if t.strip() else 0.5 for t in texts]


def _tfidf_lr(train_texts: list[str], train_labels: list[int]) -> Scorer:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True, max_features=300_000
    )
    features = vectorizer.fit_transform([normalize(t) for t in train_texts])
    model = LogisticRegression(C=2.0, max_iter=2000).fit(features, train_labels)

    def score(texts: Sequence[str]) -> list[float]:
        matrix = vectorizer.transform([normalize(t) for t in texts])
        return [float(p) for p in model.predict_proba(matrix)[:, 1]]

    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path("../shared/data/sentiment/online_shopping_10_cats.csv")
    )
    parser.add_argument("--single", type=int, default=300, help="texts for the latency figures")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    examples = load_corpus(args.data)
    train = [e for e in examples if e.split == "train"]
    test = [e for e in examples if e.split == "test"]
    texts, labels = [e.text for e in test], [e.label for e in test]
    probe_texts, probe_labels = _probe()
    lengths = sorted(len(t) for t in texts)
    print(
        f"test split: {len(texts)} texts (median {lengths[len(lengths) // 2]} chars); "
        f"domain probe: {len(probe_texts)} texts; torch threads {args.threads}"
    )

    started = time.perf_counter()
    baseline = _tfidf_lr([e.text for e in train], [e.label for e in train])
    print(f"TF-IDF + LR trained on {len(train)} texts in {time.perf_counter() - started:.0f} s")
    model = SentimentModel.default(threads=args.threads)
    scorers: dict[str, Scorer] = {
        "transformer (ours)": model.p_negative,
        "SnowNLP 0.12.3": _snownlp(),
        "char TF-IDF + LR": baseline,
    }
    rows = []
    for name, score in scorers.items():
        score(texts[:50])  # warm-up
        started = time.perf_counter()
        p_negative = score(texts)
        batch_rate = len(texts) / (time.perf_counter() - started)
        accuracy, macro_f1 = _accuracy_f1(p_negative, labels)
        ece = expected_calibration_error(p_negative, labels)
        probe_accuracy, _ = _accuracy_f1(score(probe_texts), probe_labels)
        latencies = []
        for text in texts[: args.single]:
            t0 = time.perf_counter()
            score([text])
            latencies.append((time.perf_counter() - t0) * 1000)
        latencies.sort()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        rows.append(
            (
                name,
                accuracy,
                macro_f1,
                ece,
                probe_accuracy,
                batch_rate,
                statistics.median(latencies),
                p95,
            )
        )
        print(f"  {name}: done", flush=True)

    print()
    print(
        "| model | test acc | test macro-F1 | ECE | domain probe acc | batch texts/s | "
        "single p50 ms | single p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, acc, f1, ece, probe, rate, p50, p95 in rows:
        print(
            f"| {name} | {acc:.4f} | {f1:.4f} | {ece:.3f} | {probe:.3f} | {rate:,.0f} | "
            f"{p50:.2f} | {p95:.2f} |"
        )
    ours, snow = rows[0], rows[1]
    print(
        f"\nbatch throughput ratio ours / SnowNLP: {ours[5] / snow[5]:.1f}x; "
        f"int8 dynamic quantisation: {model.quantized}"
    )


if __name__ == "__main__":
    main()
