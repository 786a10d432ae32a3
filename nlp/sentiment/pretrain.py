"""Masked-language-model pre-training of the encoder on the training texts themselves.

No pretrained weights may be downloaded, so the encoder first learns the language of the reviews
by BERT's masked-LM objective (15 % of tokens: 80 % ``[MASK]``, 10 % random, 10 % unchanged) on
the training split's texts only (labels unused; validation and test texts never enter), then the
classifier starts from it. Self-pre-training on the downstream corpus is known to help small
models trained from scratch (Krishna et al., 2023, "Downstream Datasets Make Surprisingly Good
Pretraining Corpora").
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

import torch
from transformers import BertConfig, BertForMaskedLM

MASK_SHARE = 0.15


def mask_tokens(
    ids: torch.Tensor, mask: torch.Tensor, mask_id: int, vocab_size: int, n_special: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Masked inputs and MLM labels (-100 where not predicted) for a padded batch."""
    labels = ids.clone()
    special = ids < n_special  # [PAD] [UNK] [CLS] [SEP] [MASK] come first in the vocabulary
    chosen = (torch.rand(ids.shape) < MASK_SHARE) & mask.bool() & ~special
    labels[~chosen] = -100
    inputs = ids.clone()
    replace = chosen & (torch.rand(ids.shape) < 0.8)
    inputs[replace] = mask_id
    randomise = chosen & ~replace & (torch.rand(ids.shape) < 0.5)
    inputs[randomise] = torch.randint(n_special, vocab_size, ids.shape)[randomise]
    return inputs, labels


def pretrain_encoder(
    bert_cfg: BertConfig,
    seqs: Sequence[list[int]],
    *,
    mask_id: int,
    pad_id: int,
    n_special: int,
    batch_size: int,
    lr: float,
    seconds: float | None,
    epochs: int,
    seed: int,
    say: Callable[[str], None],
) -> dict[str, torch.Tensor]:
    """Train a masked LM on ``seqs``; returns its encoder's state dict (``bert.*`` keys)."""
    from nlp.sentiment.network import pad_ids
    from nlp.sentiment.train import length_batches

    rng = random.Random(seed)
    torch.manual_seed(seed)
    mlm = BertForMaskedLM(bert_cfg)  # type: ignore[no-untyped-call]
    mlm.train()
    optimiser = torch.optim.AdamW(mlm.parameters(), lr=lr, weight_decay=0.01)
    steps_per_epoch = max(1, -(-len(seqs) // batch_size))
    total = steps_per_epoch * epochs
    started = time.monotonic()

    def factor(step: int) -> float:
        done = (time.monotonic() - started) / seconds if seconds else step / total
        done = min(1.0, done)
        return max(1e-3, min((done + 1e-3) / 0.05, (1.0 - done) / 0.95))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, factor)
    step, running, count = 0, 0.0, 0
    for epoch in range(epochs):
        for batch in length_batches([len(s) for s in seqs], batch_size, rng):
            ids, mask = pad_ids([seqs[i] for i in batch], pad_id)
            inputs, labels = mask_tokens(ids, mask, mask_id, bert_cfg.vocab_size, n_special)
            chosen = labels != -100
            if not chosen.any():
                continue
            # Predict only the masked positions: the vocabulary projection over every position
            # would cost several times the encoder itself.
            hidden = mlm.bert(input_ids=inputs, attention_mask=mask).last_hidden_state
            logits = mlm.cls(hidden[chosen])
            loss = torch.nn.functional.cross_entropy(logits, labels[chosen])
            optimiser.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            torch.nn.utils.clip_grad_norm_(mlm.parameters(), 1.0)
            optimiser.step()
            scheduler.step()
            step += 1
            running += float(loss.detach())
            count += 1
            if step % 100 == 0:
                say(f"mlm epoch {epoch + 1} step {step} loss {running / count:.3f}")
                running, count = 0.0, 0
            if seconds and time.monotonic() - started >= seconds:
                say(f"mlm done after {step} steps")
                return {k: v for k, v in mlm.state_dict().items() if k.startswith("bert.")}
    say(f"mlm done after {step} steps")
    return {k: v for k, v in mlm.state_dict().items() if k.startswith("bert.")}
