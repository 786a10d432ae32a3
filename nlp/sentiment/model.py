"""Sentiment inference: ``SentimentModel.default().predict(texts)``.

The model is loaded once per process (``default()`` is cached) and, when training found that
int8 dynamic quantisation keeps validation accuracy (``sentiment.json: quantize``), its linear
layers run in int8. ``predict`` normalises, tokenises in one batch call, groups texts of similar
length into batches (little padding) and runs them under ``torch.inference_mode``.
``p_negative`` is temperature-scaled with the temperature fitted on the validation posts of
``domain`` (``social``, the default, or ``reviews``; ``sentiment.json: temperatures``). A
three-class model (trained with labelled neutral posts) labels each text with its most probable
class; a two-class one says ``neutral`` inside the calibrated band.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import cast

import torch
from tokenizers import Tokenizer

from nlp.sentiment.calibration import label_of
from nlp.sentiment.encoding import CLS, PAD, SEP, encode_raw, known_emoji
from nlp.sentiment.network import BertNgramClassifier, model_inputs
from radar.schemas import Sentiment, SentimentLabel

_load_lock = threading.Lock()
_LABELS: tuple[SentimentLabel, ...] = ("positive", "negative", "neutral")


def bundled_model_dir() -> Path:
    """Directory of the model shipped with the package."""
    return Path(str(resources.files("nlp").joinpath("models", "sentiment")))


def require_model(model_dir: Path) -> Path:
    """``model_dir``'s ``sentiment.json``; ``FileNotFoundError`` saying what to run if absent."""
    meta_path = model_dir / "sentiment.json"
    if not meta_path.is_file():
        raise FileNotFoundError(
            f"no sentiment model in {model_dir} (run `radar train-sentiment --out {model_dir}`)"
        )
    return meta_path


def quantize_linear(model: torch.nn.Module) -> torch.nn.Module:
    """``model`` with its encoder's linear layers in int8 (dynamic quantisation, CPU).

    Only the encoder (``bert``): the classification head reads the ``[CLS]`` vector and the
    n-gram bag's much smaller mean side by side, and per-tensor int8 activations would round the
    bag's part away (it cost 2 points of validation accuracy when the head was quantised too).
    """
    with warnings.catch_warnings():
        # torch 2.13 deprecates eager-mode quantisation in favour of torchao (not a dependency);
        # the API still works and the warning on every start-up is noise on stderr.
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        quantized = torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
            model,
            {"bert.encoder": torch.ao.quantization.default_dynamic_qconfig},
            dtype=torch.qint8,
        )
    return cast(torch.nn.Module, quantized)


class SentimentModel:
    """A trained sentiment model plus its tokenizer and calibration."""

    def __init__(self, model_dir: Path, *, threads: int = 2, batch_size: int = 256) -> None:
        meta = json.loads(require_model(model_dir).read_text(encoding="utf-8"))
        self.model_dir = model_dir
        self.temperature = float(meta["temperature"])
        self.temperatures = {str(k): float(v) for k, v in meta.get("temperatures", {}).items()} or {
            "social": self.temperature
        }
        low, high = meta["neutral_band"]
        self.neutral_band = (float(low), float(high))
        self.max_len = int(meta["max_len"])
        self.bag_len = int(meta.get("bag_len", 0))
        self.quantized = bool(meta.get("quantize", False))
        self.batch_size = batch_size
        self.threads = threads
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._special = {
            "pad_id": self.tokenizer.token_to_id(PAD),
            "cls_id": self.tokenizer.token_to_id(CLS),
            "sep_id": self.tokenizer.token_to_id(SEP),
        }
        self._known_emoji = known_emoji(self.tokenizer)
        # The weights are stored in float16 (half the size in the repository); compute in float32.
        model = BertNgramClassifier.from_pretrained(
            str(model_dir), attn_implementation="sdpa", dtype=torch.float32
        )
        model.eval()
        self.num_labels = int(model.config.num_labels)
        self.model: torch.nn.Module = quantize_linear(model) if self.quantized else model

    @classmethod
    def default(
        cls, model_dir: Path | None = None, *, threads: int = 2, batch_size: int = 256
    ) -> SentimentModel:
        """The process-wide model (bundled unless ``model_dir``), loaded on first use."""
        return _cached(str(model_dir or bundled_model_dir()), threads, batch_size)

    def p_negative(self, texts: Sequence[str], domain: str = "social") -> list[float]:
        """Calibrated probability that each text is negative."""
        return [p[1] for p in self.probabilities(texts, domain)]

    def probabilities(self, texts: Sequence[str], domain: str = "social") -> list[list[float]]:
        """Calibrated ``[p_positive, p_negative, p_neutral]`` of each text, in input order.

        A two-class model's ``p_neutral`` is 0 (its neutral is the band, see ``predict``).
        """
        if not texts:
            return []
        temperature = self.temperatures.get(domain, self.temperature)
        if torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)
        seqs = encode_raw(self.tokenizer, texts, known=self._known_emoji)
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        out: list[list[float]] = [[]] * len(seqs)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                index = order[start : start + self.batch_size]
                inputs = model_inputs(
                    [seqs[i] for i in index],
                    max_len=self.max_len,
                    bag_len=self.bag_len,
                    **self._special,
                )
                logits = self.model(**inputs).logits.float()
                probs = (logits / temperature).softmax(-1).tolist()
                for i, row in zip(index, probs, strict=True):
                    out[i] = [min(1.0, max(0.0, float(p))) for p in row] + [0.0] * (3 - len(row))
        return out

    def predict(self, texts: Sequence[str], domain: str = "social") -> list[Sentiment]:
        """Label and calibrated ``p_negative`` for each text, in input order."""
        return [self.sentiment_of(probs) for probs in self.probabilities(texts, domain)]

    def sentiment_of(self, probs: Sequence[float]) -> Sentiment:
        """The label and ``p_negative`` of one row of ``probabilities``: the most probable of
        three classes, or a two-class model's neutral band (``predict`` without a second pass
        through the network, for callers that want the probabilities too)."""
        if self.num_labels == 3:
            label: SentimentLabel = _LABELS[max(range(3), key=probs.__getitem__)]
        else:
            label = label_of(probs[1], *self.neutral_band)
        return Sentiment(label=label, p_negative=round(probs[1], 4))


@lru_cache(maxsize=4)
def _cached(model_dir: str, threads: int, batch_size: int) -> SentimentModel:
    with _load_lock:
        return SentimentModel(Path(model_dir), threads=threads, batch_size=batch_size)
