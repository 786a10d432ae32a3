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

Beside each split's accuracy (and in a last column for the probe), every other model is
compared with the TF-IDF baseline on the same texts by McNemar's test (``mcnemar``): ``b:c``
are the texts only that model gets right and the texts only the LR gets right
(``right_by_text``: the texts its accuracy counts as right), ``p`` the two-sided mid-p value
(Fagerland, Lydersen & Laake 2013): how likely a split at least that uneven is if the two
models were equally accurate.

The TF-IDF baseline is trained here on exactly the model's training split (all domains, the
same three classes; character 1-3-grams of the normalised text, sublinear TF,
``LogisticRegression(C=2)``), each text weighted by the times the trainer showed it per epoch
(``nlp.sentiment.train.repeats_of`` with the repeats stored in the model's ``sentiment.json``,
``TrainConfig``'s defaults where none: grocery reviews 2, Weibo 2, retail 4;
``--lr-unweighted``: every text once, as in the benches before the retail set). A model trained
with other repeats gets its own LR row, weighted as it was, and its paired test is against that.
SnowNLP uses the Bayes model shipped in its package (two classes:
``neutral`` is its 0.35 < p_negative < 0.65 band). ``--also`` adds another model directory (the
previously shipped model, say) to the same table.
"""

from __future__ import annotations

import argparse
import json
import math
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
from nlp.sentiment.metrics import right_by_text, split_metrics
from nlp.sentiment.model import require_model
from nlp.sentiment.train import TrainConfig, repeats_of

PROBE = Path(__file__).parent / "data" / "sentiment_retail_probe.tsv"
#: texts -> (p_positive, p_negative, predicted class id) per text
Scorer = Callable[[Sequence[str]], list[tuple[float, float, int]]]
_BAND = (0.35, 0.65)
#: The ``TrainConfig`` fields that set how often each domain is seen per epoch.
_REPEATS = ("grocery_repeat", "social_repeat", "retail_repeat")


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
        # One pass through the network, as ``radar score`` makes (the label from the same row).
        probs = model.probabilities(texts)
        return [(p[0], p[1], names[model.sentiment_of(p).label]) for p in probs]

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
) -> tuple[dict[str, float], list[int], list[bool]]:
    """``split_metrics`` of ``score`` on a labelled set, its predicted class ids and whether
    each text counts as right in the accuracy."""
    out = score(texts)
    predicted = [p for _, _, p in out]
    p_negative, p_positive = [n for _, n, _ in out], [p for p, _, _ in out]
    metrics = split_metrics(p_negative, p_positive, predicted, labels)
    return metrics, predicted, right_by_text(p_negative, p_positive, predicted, labels)


def mcnemar(b: int, c: int) -> tuple[float, float]:
    """Two-sided exact and mid-p McNemar p-values of ``b`` and ``c`` discordant pairs.

    Conditional on the ``n = b + c`` discordant pairs, ``min(b, c)`` is Binomial(n, 1/2) under
    the null of equal accuracy: exact p = 2 P(X <= min(b, c)) (at most 1), mid-p = exact p -
    P(X = min(b, c)), and with ``b == c`` exact 1 and mid-p 1 - P(X = b) / 2 (Fagerland,
    Lydersen & Laake, BMC Med Res Methodol 13:91, 2013, and its supplement). Integer
    arithmetic, so it is exact for any split size here.
    """
    n, k = b + c, min(b, c)
    if n == 0:
        return 1.0, 1.0
    outcomes = 1 << n
    point = math.comb(n, k)
    if b == c:
        return 1.0, 1.0 - point / outcomes / 2
    tail = sum(math.comb(n, i) for i in range(k + 1))
    return min(1.0, 2 * tail / outcomes), (2 * tail - point) / outcomes


def discordant(right: Sequence[bool], baseline_right: Sequence[bool]) -> tuple[int, int]:
    """``(b, c)``: texts only ``right`` gets right, texts only ``baseline_right`` gets right."""
    pairs = list(zip(right, baseline_right, strict=True))
    return sum(r and not s for r, s in pairs), sum(s and not r for r, s in pairs)


def paired_cell(right: Sequence[bool], baseline_right: Sequence[bool] | None) -> str:
    """``b:c p=<mid-p>`` against the baseline, or ``-`` for the baseline itself."""
    if baseline_right is None:
        return "-"
    b, c = discordant(right, baseline_right)
    mid_p = mcnemar(b, c)[1]
    return f"{b}:{c} p={mid_p:.3f}" if mid_p >= 0.001 else f"{b}:{c} p<0.001"


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


def repeats_config(model_dir: Path) -> TrainConfig:
    """A ``TrainConfig`` with the per-epoch repeats the model at ``model_dir`` was trained with
    (its ``sentiment.json`` report; the defaults for any not stored there)."""
    meta = json.loads(require_model(model_dir).read_text(encoding="utf-8"))
    stored = meta.get("report", {}).get("config", {})
    return TrainConfig(**{k: int(v) for k, v in stored.items() if k in _REPEATS})


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
    model = SentimentModel(args.model) if args.model else SentimentModel.default()
    models = {"ours": model, **{f"ours ({d.name})": SentimentModel(d) for d in args.also}}
    scorers: dict[str, Scorer] = {name: model_scorer(m) for name, m in models.items()}
    # Each model's LR row, one LR per distinct weighting (the first: plain "char TF-IDF + LR").
    lr_of: dict[str, str] = {}
    lr_by_repeats: dict[tuple[int, ...] | None, str] = {}
    for name, m in models.items():
        cfg = None if args.lr_unweighted else repeats_config(m.model_dir)
        repeats = None if cfg is None else tuple(getattr(cfg, k) for k in _REPEATS)
        if repeats not in lr_by_repeats:
            lr_name = "char TF-IDF + LR" + (f" (weighted as {name})" if lr_by_repeats else "")
            started = time.perf_counter()
            weights = None if cfg is None else [float(repeats_of(e, cfg)) for e in train]
            scorers[lr_name] = tfidf_lr_scorer(
                [e.text for e in train], [e.label for e in train], weights
            )
            lr_by_repeats[repeats] = lr_name
            print(
                f"{lr_name} trained on {len(train)} texts (repeats grocery, Weibo, retail: "
                f"{repeats or 'none'}) in {time.perf_counter() - started:.0f} s"
            )
        lr_of[name] = lr_by_repeats[repeats]
    lr_of["SnowNLP 0.12.3"] = next(iter(lr_by_repeats.values()))
    scorers["SnowNLP 0.12.3"] = snownlp_scorer()

    sets = {
        **{d: ([e.text for e in t], [e.label for e in t]) for d, t in tests.items()},
        "probe": ([t for _, _, t in probe], [y for y, _, _ in probe]),
    }
    # The LRs first: every other row prints its paired test against its LR.
    lr_right = {
        lr: {key: evaluate(scorers[lr], *pair)[2] for key, pair in sets.items()}
        for lr in lr_by_repeats.values()
    }
    print(
        "\n| model | "
        + " | ".join(f"{d} acc | {d} vs LR | {d} F1 | {d} ECE" for d in tests)
        + " | probe vs LR |"
    )
    print("|---" * (2 + 4 * len(tests)) + "|")
    retail_test = [(e.label, e.category, e.text) for e in tests.get("retail", [])]
    probe_rows: dict[str, dict[str, tuple[int, int]]] = {}
    retail_rows: dict[str, dict[str, tuple[int, int]]] = {}
    for name, score in scorers.items():
        cells = []
        for domain in tests:
            m, predicted, right = evaluate(score, *sets[domain])
            versus = paired_cell(right, lr_right[lr_of[name]][domain] if name in lr_of else None)
            cells.append(f"{m['accuracy']:.4f} | {versus} | {m['macro_f1']:.4f} | {m['ece']:.3f}")
            if domain == "retail":
                retail_rows[name] = probe_by_category(predicted, retail_test)
        _, predicted, right = evaluate(score, *sets["probe"])
        probe_rows[name] = probe_by_category(predicted, probe)
        cells.append(paired_cell(right, lr_right[lr_of[name]]["probe"] if name in lr_of else None))
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    print(
        "\nvs LR: b:c = texts only this model gets right : texts only the LR gets right; "
        "p = McNemar two-sided mid-p (equal accuracy)."
    )

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
