"""Training of the sentiment model on CPU (``radar train-sentiment``).

A small BERT encoder (``transformers.BertModel``, a few layers of hidden size 128) with a hashed
character n-gram bag beside it (``nlp.sentiment.network.BertNgramClassifier``) and its own
tokenizer is trained from scratch on the training split of ``nlp.sentiment.corpus``;
the validation split picks the checkpoint (the mean macro-F1 over the domains, so the small
social sets weigh as much as the reviews), fits one temperature per domain group
(``TEMPERATURE_GROUPS``) and decides whether int8 dynamic quantisation keeps accuracy; the test
split is only evaluated and reported, per domain. With labelled neutral posts in the training
split the model has three classes (positive, negative, neutral), else two.

Robustness to the shift from product/hotel reviews to food, grocery and delivery complaints and
short social posts comes from the data pipeline, applied afresh each epoch:

- the fruit and dairy categories (closest to community grocery) are seen twice per epoch, the
  Weibo posts ``social_repeat`` times, the hand-written community-retail posts (domain
  ``retail``, a few hundred) ``retail_repeat`` times;
- short-span crops: a review is cut to a random run of its clauses, so short texts are common;
- polarity emoji and social slang (😡 避雷 / 👍 回购) are appended to a small share of examples,
  since the corpus has none and the platforms are full of them; decorative emoji (✨ 🍓 📦) are
  added to texts of both labels, so that they read as no signal.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import BertConfig

from nlp.sentiment.calibration import fit_temperature
from nlp.sentiment.corpus import GROCERY_CATEGORIES, LABEL_NAMES, NEUTRAL, Example
from nlp.sentiment.encoding import (
    CLS,
    DECORATIVE_EMOJI,
    MASK,
    NEGATIVE_EMOJI,
    PAD,
    POSITIVE_EMOJI,
    SEP,
    SPECIAL_TOKENS,
    build_tokenizer,
    encode,
    encode_raw,
    known_emoji,
)
from nlp.sentiment.metrics import split_metrics
from nlp.sentiment.model import quantize_linear
from nlp.sentiment.network import BertNgramClassifier, model_inputs, nb_log_ratios
from nlp.sentiment.pretrain import pretrain_encoder

log = logging.getLogger(__name__)

NEGATIVE_SLANG = ("避雷", "踩雷", "拉胯", "翻车了", "太坑了", "无语", "差评", "不会再买了")
POSITIVE_SLANG = ("yyds", "绝绝子", "会回购", "真香", "宝藏", "好评", "推荐", "点赞")
#: The domains each stored temperature is fitted on; ``social`` is the one served by default.
TEMPERATURE_GROUPS = {
    "social": ("weibo_polarity", "weibo_emotion", "retail"),
    "reviews": ("reviews",),
}
_CLAUSE = re.compile(r"(?<=[，。！？!?,.;；~\s])")


@dataclass
class TrainConfig:
    """Hyper-parameters of ``train_sentiment`` (defaults: the shipped model)."""

    vocab_size: int = 6000
    hidden_size: int = 128
    layers: int = 2
    heads: int = 2
    intermediate_size: int = 256
    max_len: int = 64
    #: The n-gram bag (``nlp.sentiment.network``): hash buckets (0: none), their width, and the
    #: tokens (head and tail) it reads.
    ngram_buckets: int = 1 << 17
    ngram_dim: int = 32
    bag_len: int = 256
    #: The NB-linear reader (``nlp.sentiment.network``): hash buckets (0: none) and the L2
    #: penalty on its weights (per training example; NB-LR needs a strong one).
    nb_buckets: int = 1 << 21
    nb_l2: float = 1e-4
    dropout: float = 0.1
    epochs: int = 3
    #: Decay of an exponential moving average of the weights from the end of the warm-up (0:
    #: none). With one, each epoch is evaluated, chosen and shipped as its averaged weights
    #: (Polyak averaging; bias-corrected as Adam's moments are, so it averages only the steps
    #: taken since it started).
    ema: float = 0.0
    #: Wall-clock budget of the training loop; when set, the learning-rate schedule follows the
    #: elapsed share of it (not the step count) and ``epochs`` is only an upper bound.
    time_budget_s: float | None = None
    #: Masked-LM pre-training of the encoder on the training texts before fine-tuning: its share
    #: of the time budget (with a budget) or its epochs (without one); 0 turns it off.
    mlm_share: float = 0.0
    mlm_epochs: int = 0
    batch_size: int = 128
    lr: float = 2e-3
    weight_decay: float = 0.01
    warmup: float = 0.05
    crop_prob: float = 0.15
    emoji_prob: float = 0.06
    #: Share of texts (either label) that get decorative emoji (✨ 🍓 📦), which carry no polarity.
    decorative_prob: float = 0.08
    slang_prob: float = 0.04
    grocery_repeat: int = 2
    #: Times each Weibo post is seen per epoch (they are a fifth of the reviews' number).
    social_repeat: int = 2
    #: Times each hand-written community-retail post is seen per epoch (a few hundred of them).
    retail_repeat: int = 4
    neutral_band: tuple[float, float] = (0.35, 0.65)
    seed: int = 13
    threads: int = 2
    max_quantization_loss: float = 0.003
    extra: dict[str, str] = field(default_factory=dict)


def augment(text: str, label: int, rng: random.Random, cfg: TrainConfig) -> str:
    """One training view of ``text`` (crop / emoji / slang), label unchanged.

    Neutral texts (label 2) get no polarity emoji or slang, only crops and decoration.
    """
    if rng.random() < cfg.crop_prob:
        clauses = [c for c in _CLAUSE.split(text) if c.strip()]
        if len(clauses) >= 2:
            size = rng.randint(max(1, len(clauses) // 2), len(clauses))
            start = rng.randint(0, len(clauses) - size)
            text = "".join(clauses[start : start + size])
    if label != NEUTRAL and rng.random() < cfg.emoji_prob:
        text += rng.choice(NEGATIVE_EMOJI if label else POSITIVE_EMOJI) * rng.randint(1, 3)
    if rng.random() < cfg.decorative_prob:
        decoration = "".join(rng.choice(DECORATIVE_EMOJI) for _ in range(rng.randint(1, 2)))
        text = f"{decoration}{text}" if rng.random() < 0.3 else f"{text}{decoration}"
    if label != NEUTRAL and rng.random() < cfg.slang_prob:
        slang = rng.choice(NEGATIVE_SLANG if label else POSITIVE_SLANG)
        text = f"{slang}，{text}" if rng.random() < 0.5 else f"{text}，{slang}"
    return text


def length_batches(
    lengths: Sequence[int], batch_size: int, rng: random.Random, pool: int = 50
) -> list[list[int]]:
    """Shuffled batches of indices with similar lengths (less padding, same randomness)."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    step = batch_size * pool
    for i in range(0, len(order), step):
        chunk = sorted(order[i : i + step], key=lengths.__getitem__)
        batches.extend(chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


@dataclass(frozen=True)
class Batcher:
    """Builds the model's inputs from raw token sequences (see ``network.model_inputs``)."""

    cls_id: int
    sep_id: int
    pad_id: int
    max_len: int
    bag_len: int

    def __call__(self, seqs: Sequence[list[int]]) -> dict[str, torch.Tensor]:
        return model_inputs(
            seqs,
            cls_id=self.cls_id,
            sep_id=self.sep_id,
            pad_id=self.pad_id,
            max_len=self.max_len,
            bag_len=self.bag_len,
        )


@torch.inference_mode()
def predict_logits(
    model: torch.nn.Module, seqs: Sequence[list[int]], batcher: Batcher, batch_size: int = 256
) -> torch.Tensor:
    """Logits for raw token sequences, batched by length, in input order."""
    model.eval()
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = torch.empty((len(seqs), int(getattr(model, "num_labels", 2))))
    for i in range(0, len(order), batch_size):
        index = order[i : i + batch_size]
        out[index] = model(**batcher([seqs[j] for j in index])).logits.float()
    return out


def _probabilities(logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """Calibrated class probabilities, always three columns (positive, negative, neutral)."""
    probs = (logits / temperature).softmax(-1)
    if probs.shape[1] == 2:
        probs = torch.cat([probs, torch.zeros_like(probs[:, :1])], 1)
    return probs


def predicted_labels(probs: torch.Tensor, band: tuple[float, float]) -> list[int]:
    """Class ids: the argmax of three classes, or a two-class model's ``neutral_band``."""
    if bool((probs[:, 2] > 0).any()):
        return [int(i) for i in probs.argmax(-1)]
    p_neg = probs[:, 1]
    return [1 if p >= band[1] else 0 if p <= band[0] else NEUTRAL for p in p_neg.tolist()]


def _domain_metrics(
    logits: torch.Tensor,
    examples: Sequence[Example],
    temperatures: dict[str, float],
    band: tuple[float, float],
) -> dict[str, dict[str, float]]:
    """``split_metrics`` per domain present, each with its group's temperature."""
    out: dict[str, dict[str, float]] = {}
    for group, domains in TEMPERATURE_GROUPS.items():
        for domain in domains:
            index = [i for i, e in enumerate(examples) if e.domain == domain]
            if not index:
                continue
            probs = _probabilities(logits[index], temperatures.get(group, 1.0))
            out[domain] = split_metrics(
                probs[:, 1].tolist(),
                probs[:, 0].tolist(),
                predicted_labels(probs, band),
                [examples[i].label for i in index],
            )
    return out


def _selection_score(metrics: dict[str, dict[str, float]]) -> float:
    return sum(m["macro_f1"] for m in metrics.values()) / max(1, len(metrics))


def train_sentiment(
    examples: Sequence[Example],
    out_dir: Path,
    cfg: TrainConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, object]:
    """Train, calibrate and save the model to ``out_dir``; returns the report (also saved)."""
    cfg = cfg or TrainConfig()
    say = progress or log.info
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    train = [e for e in examples if e.split == "train"]
    val = [e for e in examples if e.split == "val"]
    test = [e for e in examples if e.split == "test"]
    if not train or not val:
        raise ValueError("need training and validation examples")
    started = time.monotonic()
    # The vocabulary comes from training texts only (plus the emoji alphabet).
    tokenizer = build_tokenizer((e.text for e in train), cfg.vocab_size)
    pad_id = tokenizer.token_to_id(PAD)
    known = known_emoji(tokenizer)
    batcher = Batcher(
        tokenizer.token_to_id(CLS), tokenizer.token_to_id(SEP), pad_id, cfg.max_len, cfg.bag_len
    )
    num_labels = 3 if any(e.label == NEUTRAL for e in train) else 2
    bert_cfg = BertConfig(  # type: ignore[no-untyped-call]
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=cfg.hidden_size,
        num_hidden_layers=cfg.layers,
        num_attention_heads=cfg.heads,
        intermediate_size=cfg.intermediate_size,
        max_position_embeddings=cfg.max_len,
        type_vocab_size=1,
        hidden_dropout_prob=cfg.dropout,
        attention_probs_dropout_prob=cfg.dropout,
        num_labels=num_labels,
        pad_token_id=pad_id,
        id2label=dict(enumerate(LABEL_NAMES[:num_labels])),
        label2id={name: i for i, name in enumerate(LABEL_NAMES[:num_labels])},
        ngram_buckets=cfg.ngram_buckets,
        ngram_dim=cfg.ngram_dim,
        nb_buckets=cfg.nb_buckets,
        architectures=["BertNgramClassifier"],
    )
    model = BertNgramClassifier(bert_cfg)
    if cfg.nb_buckets:
        model.nb_scale = _nb_ratios(model, tokenizer, train, batcher, known)
    budget = cfg.time_budget_s
    if cfg.mlm_epochs > 0 or (budget and cfg.mlm_share > 0):
        mlm_seconds = budget * cfg.mlm_share if budget else None
        encoder = pretrain_encoder(
            bert_cfg,
            encode(tokenizer, [e.text for e in train], cfg.max_len),
            mask_id=tokenizer.token_to_id(MASK),
            pad_id=pad_id,
            n_special=len(SPECIAL_TOKENS),
            batch_size=cfg.batch_size,
            lr=cfg.lr,
            seconds=mlm_seconds,
            epochs=cfg.mlm_epochs if not budget else 1000,
            seed=cfg.seed,
            say=say,
        )
        missing, _ = model.load_state_dict(encoder, strict=False)
        if any(k.startswith("bert.encoder") or k.startswith("bert.embeddings") for k in missing):
            raise RuntimeError(f"pre-trained encoder does not fit: missing {missing}")
        if budget:
            budget -= time.monotonic() - started
    say(
        f"train={len(train)} val={len(val)} test={len(test)} vocab={bert_cfg.vocab_size} "
        f"params={sum(p.numel() for p in model.parameters()) / 1e6:.2f}M"
    )
    pool = [e for e in train for _ in range(repeats_of(e, cfg))]
    steps_per_epoch = math.ceil(len(pool) / cfg.batch_size)
    total_steps = steps_per_epoch * cfg.epochs
    no_decay = ("bias", "LayerNorm.weight", "ngrams.weight", "nb.weight")
    params = [
        {
            "params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
            "weight_decay": cfg.weight_decay,
        },
        {
            "params": [p for n, p in model.named_parameters() if n.endswith(no_decay)],
            "weight_decay": 0.0,
        },
    ]
    optimiser = torch.optim.AdamW(params, lr=cfg.lr)
    warmup = max(1, int(total_steps * cfg.warmup))

    def lr_factor(s: int) -> float:
        # Linear warm-up then linear decay, over steps or over the time budget.
        if budget is None:
            return min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup)))
        done = min(1.0, (time.monotonic() - loop_started) / budget)
        return max(1e-3, min((done + 1e-3) / cfg.warmup, (1.0 - done) / (1.0 - cfg.warmup)))

    loop_started = time.monotonic()
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, lr_factor)
    val_seqs = encode_raw(tokenizer, [e.text for e in val], known=known)
    best: tuple[float, dict[str, torch.Tensor]] | None = None
    ones = dict.fromkeys(TEMPERATURE_GROUPS, 1.0)
    history: list[dict[str, float]] = []
    step = 0
    out_of_time = False
    loop_started = time.monotonic()
    average = WeightAverage(model, cfg.ema) if cfg.ema else None
    for epoch in range(cfg.epochs):
        if out_of_time:
            break
        model.train()
        views = [augment(e.text, e.label, rng, cfg) for e in pool]
        seqs = encode_raw(tokenizer, views, known=known)
        labels = [e.label for e in pool]
        running, count = 0.0, 0
        lengths = [min(len(s), cfg.max_len) for s in seqs]
        for batch in length_batches(lengths, cfg.batch_size, rng):
            target = torch.tensor([labels[i] for i in batch])
            loss = model(**batcher([seqs[i] for i in batch]), labels=target).loss
            if model.nb is not None:
                loss = loss + cfg.nb_l2 * model.nb.weight.pow(2).sum()
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            scheduler.step()
            step += 1
            if average is not None and step > warmup:
                average.update()
            running += float(loss.detach())
            count += 1
            if budget is not None and time.monotonic() - loop_started >= budget:
                out_of_time = True
                break
            if step % 100 == 0:
                elapsed = time.monotonic() - started
                say(
                    f"epoch {epoch + 1}/{cfg.epochs} step {step}/{total_steps} "
                    f"loss {running / count:.4f} elapsed {elapsed:.0f}s "
                    f"lr {scheduler.get_last_lr()[0]:.2e}"
                )
        raw = average.swap_in() if average is not None else None
        per_domain = _domain_metrics(
            predict_logits(model, val_seqs, batcher), val, ones, cfg.neutral_band
        )
        score = _selection_score(per_domain)
        history.append(
            {
                "epoch": epoch + 1,
                "steps": step,
                "train_loss": round(running / max(1, count), 4),
                "val_macro_f1": round(score, 4),
                **{f"val_{d}": m["macro_f1"] for d, m in per_domain.items()},
            }
        )
        say(f"epoch {epoch + 1}: train loss {running / max(1, count):.4f} val {history[-1]}")
        if best is None or score > best[0]:
            best = (score, {k: v.detach().clone() for k, v in model.state_dict().items()})
        if raw is not None:
            model.load_state_dict(raw)
    assert best is not None
    model.load_state_dict(best[1])
    model.fold_nb_scale()
    model.train(False)
    # The weights ship in float16 (``save_model``): round them now, so every figure below is the
    # shipped model's.
    _round_to_half(model)
    val_logits = predict_logits(model, val_seqs, batcher)
    temperatures = {
        group: _fit_group(val_logits, val, domains)
        for group, domains in TEMPERATURE_GROUPS.items()
        if any(e.domain in domains for e in val)
    }
    val_metrics = _domain_metrics(val_logits, val, temperatures, cfg.neutral_band)
    quantized = quantize_linear(model)
    q_logits = predict_logits(quantized, val_seqs, batcher)
    q_metrics = _domain_metrics(q_logits, val, temperatures, cfg.neutral_band)
    use_int8 = all(
        q_metrics[d]["accuracy"] >= m["accuracy"] - cfg.max_quantization_loss
        for d, m in val_metrics.items()
    )
    report: dict[str, object] = {
        "config": asdict(cfg),
        "temperatures": {k: round(v, 4) for k, v in temperatures.items()},
        "quantize": use_int8,
        "val": val_metrics,
        "val_int8": q_metrics,
        "history": history,
        "sizes": {"train": len(train), "val": len(val), "test": len(test)},
        "train_seconds": round(time.monotonic() - started),
    }
    if test:
        test_seqs = encode_raw(tokenizer, [e.text for e in test], known=known)
        served = quantized if use_int8 else model
        t_logits = predict_logits(served, test_seqs, batcher)
        report["test"] = _domain_metrics(t_logits, test, temperatures, cfg.neutral_band)
    save_model(model, tokenizer, out_dir, temperatures, cfg, use_int8, report)
    # The progress log shows validation figures only: whoever watches a run to choose the next
    # candidate must not see the test splits. They are in the report (the model card's source).
    say(
        json.dumps(
            {k: report[k] for k in ("temperatures", "quantize", "val") if k in report},
            ensure_ascii=False,
        )
    )
    return report


class WeightAverage:
    """A bias-corrected exponential moving average of a model's floating-point weights."""

    def __init__(self, model: torch.nn.Module, decay: float) -> None:
        if not 0.0 < decay < 1.0:
            raise ValueError(f"the average's decay must be in (0, 1), got {decay}")
        self.model, self.decay, self.updates = model, decay, 0
        self.sums = {
            name: torch.zeros_like(value)
            for name, value in model.state_dict().items()
            if value.is_floating_point()
        }

    def update(self) -> None:
        """Fold the model's current weights in."""
        self.updates += 1
        state = self.model.state_dict()
        with torch.no_grad():
            for name, total in self.sums.items():
                total.mul_(self.decay).add_(state[name], alpha=1.0 - self.decay)

    def averaged(self) -> dict[str, torch.Tensor]:
        """The average (the model's own weights before the first update)."""
        state = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        if self.updates:
            correction = 1.0 - self.decay**self.updates
            state.update({name: total / correction for name, total in self.sums.items()})
        return state

    def swap_in(self) -> dict[str, torch.Tensor]:
        """Load the average into the model; return the weights it replaced, to load back."""
        raw = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        self.model.load_state_dict(self.averaged())
        return raw


def repeats_of(example: Example, cfg: TrainConfig) -> int:
    """Times ``example`` is seen per training epoch (the bench weighs its LR baseline so too)."""
    if example.domain == "retail":
        return cfg.retail_repeat
    if example.domain != "reviews":
        return cfg.social_repeat
    return cfg.grocery_repeat if example.category in GROCERY_CATEGORIES else 1


def _fit_group(logits: torch.Tensor, examples: Sequence[Example], domains: Sequence[str]) -> float:
    index = [i for i, e in enumerate(examples) if e.domain in domains]
    return fit_temperature(logits[index], torch.tensor([examples[i].label for i in index]))


def _nb_ratios(
    model: BertNgramClassifier,
    tokenizer: Tokenizer,
    train: Sequence[Example],
    batcher: Batcher,
    known: frozenset[str],
) -> torch.Tensor:
    """NB log-count ratios of the training texts (unaugmented), over the model's NB buckets."""
    seqs = encode_raw(tokenizer, [e.text for e in train], known=known)

    def batches() -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
        for start in range(0, len(seqs), 1024):
            inputs = batcher(seqs[start : start + 1024])
            ids, mask = inputs.get("bag_ids"), inputs.get("bag_mask")
            if ids is None or mask is None:
                ids, mask = inputs["input_ids"], inputs["attention_mask"]
            labels = torch.tensor([e.label for e in train[start : start + 1024]])
            yield ids, mask, labels

    return nb_log_ratios(batches(), model.nb_buckets, model.num_labels)


def _round_to_half(model: torch.nn.Module) -> None:
    """Round ``model``'s weights to float16 precision in place (they stay float32)."""
    model.to(torch.float16)
    model.to(torch.float32)


def save_model(
    model: BertNgramClassifier,
    tokenizer: Tokenizer,
    out_dir: Path,
    temperatures: dict[str, float],
    cfg: TrainConfig,
    quantize: bool,
    report: dict[str, object],
) -> None:
    """Write config.json, model.safetensors, tokenizer.json and sentiment.json to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    module: torch.nn.Module = model
    module.to(torch.float16)
    model.save_pretrained(out_dir, safe_serialization=True)
    module.to(torch.float32)
    tokenizer.save(str(out_dir / "tokenizer.json"))
    meta = {
        # ``temperature`` is the default group's (what an older reader of this file used).
        "temperature": temperatures.get("social", next(iter(temperatures.values()))),
        "temperatures": temperatures,
        "neutral_band": list(cfg.neutral_band),
        "max_len": cfg.max_len,
        "bag_len": cfg.bag_len,
        "quantize": quantize,
        "report": report,
    }
    (out_dir / "sentiment.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
