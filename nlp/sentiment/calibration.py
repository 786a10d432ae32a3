"""Calibration of the sentiment model: temperature scaling, ECE and the neutral band.

Temperature scaling (Guo et al., 2017, "On Calibration of Modern Neural Networks") divides the
logits by one scalar fitted on the validation split by minimising negative log-likelihood; it
changes confidence, never the argmax. The corpus has only positive and negative labels, so
``neutral`` is the band of calibrated ``p_negative`` in which the model is not confident either
way: ``low < p_negative < high``.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from radar.schemas import SentimentLabel


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor, steps: int = 200) -> float:
    """The temperature minimising the NLL of ``logits / T`` on ``labels`` (validation split)."""
    logits = logits.detach().clone()  # may come from inference mode
    labels = labels.detach().clone()
    log_t = torch.zeros(1, requires_grad=True)
    optimiser = torch.optim.LBFGS([log_t], lr=0.1, max_iter=steps)
    loss_fn = torch.nn.CrossEntropyLoss()

    def closure() -> torch.Tensor:
        optimiser.zero_grad()
        loss: torch.Tensor = loss_fn(logits / log_t.exp(), labels)
        loss.backward()  # type: ignore[no-untyped-call]
        return loss

    optimiser.step(closure)  # type: ignore[no-untyped-call]
    return float(log_t.exp().item())


def expected_calibration_error(
    p_negative: Sequence[float], labels: Sequence[int], bins: int = 10
) -> float:
    """ECE of the predicted class's confidence over ``bins`` equal-width bins."""
    total = len(labels)
    if total == 0:
        return 0.0
    sums = [[0.0, 0.0, 0] for _ in range(bins)]  # confidence, correct, count
    for p, y in zip(p_negative, labels, strict=True):
        predicted = 1 if p >= 0.5 else 0
        confidence = p if predicted == 1 else 1.0 - p
        index = min(int((confidence - 0.5) * 2 * bins), bins - 1) if confidence > 0.5 else 0
        sums[index][0] += confidence
        sums[index][1] += float(predicted == y)
        sums[index][2] += 1
    # sum over bins of (n_bin / total) * |mean confidence - accuracy|
    return sum(abs(c - a) for c, a, n in sums if n) / total


def label_of(p_negative: float, low: float, high: float) -> SentimentLabel:
    """Three-way label from calibrated ``p_negative`` and the neutral band ``(low, high)``."""
    if p_negative >= high:
        return "negative"
    if p_negative <= low:
        return "positive"
    return "neutral"
