"""The figures a sentiment model is judged by, the same for training reports and the bench.

A split is scored as it was labelled: a polarity split (no neutral labels: reviews, weibo2018)
by whether ``p_negative > p_positive`` picks the right side, a three-way split (the Weibo
emotion sets, with labelled neutral posts) by the predicted label against all three classes.
``ece`` is the calibration of ``p_negative`` as the probability of the label ``negative``.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.sentiment.calibration import expected_calibration_error
from nlp.sentiment.corpus import NEGATIVE, NEUTRAL, POSITIVE


def macro_f1(predicted: Sequence[int], labels: Sequence[int], classes: Sequence[int]) -> float:
    """Mean F1 over ``classes``."""
    f1s = []
    for cls in classes:
        tp = sum(p == y == cls for p, y in zip(predicted, labels, strict=True))
        fp = sum(p == cls != y for p, y in zip(predicted, labels, strict=True))
        fn = sum(y == cls != p for p, y in zip(predicted, labels, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def right_by_text(
    p_negative: Sequence[float],
    p_positive: Sequence[float],
    predicted: Sequence[int],
    labels: Sequence[int],
) -> list[bool]:
    """Whether each text counts as right in its split's ``accuracy`` (module doc)."""
    if any(y == NEUTRAL for y in labels):
        return [p == y for p, y in zip(predicted, labels, strict=True)]
    return [
        (NEGATIVE if pn > pp else POSITIVE) == y
        for pn, pp, y in zip(p_negative, p_positive, labels, strict=True)
    ]


def split_metrics(
    p_negative: Sequence[float],
    p_positive: Sequence[float],
    predicted: Sequence[int],
    labels: Sequence[int],
) -> dict[str, float]:
    """Accuracy, macro-F1, ECE, neutral share and polarity accuracy of one split (module doc)."""
    n = len(labels)
    if n == 0:
        return {"n": 0}
    side = [
        NEGATIVE if pn > pp else POSITIVE for pn, pp in zip(p_negative, p_positive, strict=True)
    ]
    polar = [i for i, y in enumerate(labels) if y != NEUTRAL]
    polarity_accuracy = sum(side[i] == labels[i] for i in polar) / max(1, len(polar))
    accuracy = sum(right_by_text(p_negative, p_positive, predicted, labels)) / n
    if any(y == NEUTRAL for y in labels):
        f1 = macro_f1(predicted, labels, (POSITIVE, NEGATIVE, NEUTRAL))
    else:
        f1 = macro_f1(side, labels, (POSITIVE, NEGATIVE))
    return {
        "accuracy": round(accuracy, 4),
        "macro_f1": round(f1, 4),
        "ece": round(
            expected_calibration_error(p_negative, [int(y == NEGATIVE) for y in labels]), 4
        ),
        "neutral_share": round(sum(p == NEUTRAL for p in predicted) / n, 4),
        "polarity_accuracy": round(polarity_accuracy, 4),
        "n": n,
    }
