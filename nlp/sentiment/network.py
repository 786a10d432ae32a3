"""The sentiment network: a small BERT encoder plus a hashed character n-gram embedding bag.

``BertNgramClassifier`` reads a text twice:

- **deep**: a ``transformers`` BERT encoder over the first and last ``max_len`` character tokens;
  its ``[CLS]`` vector carries word order, negation and context;
- **wide**: the mean of learned embeddings of the text's character 1-, 2- and 3-grams (hashed
  into ``ngram_buckets`` rows, fastText-style, over the head and tail of up to ``bag_len``
  tokens); it remembers many rare phrases (发霉, 不新鲜, 性价比) that a from-scratch encoder
  this small only learns slowly.

Both vectors are concatenated into the classification head and trained jointly. Beside them
sits a third, linear reader:

- **NB-linear**: per hashed n-gram (``nb_buckets`` rows, the n-grams of a text each counted
  once) one weight for every class but ``positive`` (class 0, the reference), added to those
  classes' logits: a logistic regression over binary n-gram features, trained with the others.
  During training each weight is scaled by the n-gram's naive-Bayes log-count ratio against the
  positive class on the training split and L2-penalised (``BertNgramClassifier.nb_scale``,
  Wang & Manning's NB-LR); ``fold_nb_scale`` multiplies the ratios into the weights before
  saving, so the shipped model needs no ratio table. With two classes this is one weight per
  n-gram on the negative logit.

With ``ngram_buckets = 0`` and ``nb_buckets = 0`` it is a plain BERT classifier. Why the n-gram
parts exist, and what each contributes on its own, is in docs/model-card.md.

The n-gram ids are computed from the token ids with integer arithmetic (``ngram_ids``), so they
are the same on every machine and cost a few tensor operations per batch, no Python per n-gram.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import torch
from torch import nn
from transformers import BertConfig, BertModel, BertPreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput

from nlp.sentiment.encoding import head_tail

# Multipliers of the n-gram hash (odd primes; the hash is fixed: changing it breaks saved models).
_P1, _P2, _P3 = 1_000_003, 1_000_033, 7_919


def ngram_ids(
    ids: torch.Tensor, mask: torch.Tensor, buckets: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Hashed 1-, 2- and 3-gram ids of right-padded token ``ids`` and their float mask."""
    mask = mask.bool()
    nxt = torch.roll(ids, -1, 1)
    nxt2 = torch.roll(ids, -2, 1)
    m2 = mask & torch.roll(mask, -1, 1)
    m2[:, -1:] = False
    m3 = m2 & torch.roll(mask, -2, 1)
    m3[:, -2:] = False
    uni = ids % buckets
    bi = (ids * _P1 + nxt * _P3 + 1) % buckets
    tri = (ids * (_P1 * 31) + nxt * _P2 + nxt2 * 131 + 2) % buckets
    return torch.cat([uni, bi, tri], 1), torch.cat([mask, m2, m3], 1).float()


def unique_ngram_ids(
    ids: torch.Tensor, mask: torch.Tensor, buckets: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """``ngram_ids`` with each id of a row kept once (binary features): ids and float mask."""
    grams, weights = ngram_ids(ids, mask, buckets)
    grams = torch.where(weights > 0, grams, torch.full_like(grams, -1))
    grams, _ = torch.sort(grams, 1)
    keep = grams >= 0
    keep[:, 1:] &= grams[:, 1:] != grams[:, :-1]
    return grams.clamp(min=0), keep.float()


def nb_log_ratios(
    batches: Iterable[tuple[torch.Tensor, torch.Tensor, torch.Tensor]],
    buckets: int,
    num_labels: int = 2,
) -> torch.Tensor:
    """Naive-Bayes log-count ratios ``log(p(g|c) / p(g|positive))``, shape ``(buckets, C - 1)``.

    Column ``c - 1`` is class ``c`` against class 0 (positive); with two classes the one column
    is ``log(p(g|negative) / p(g|positive))``. ``batches`` yields ``(ids, mask, labels)``; each
    n-gram counts once per text, with add-one smoothing.
    """
    counts = torch.ones(num_labels, buckets)
    for ids, mask, labels in batches:
        grams, keep = unique_ngram_ids(ids, mask, buckets)
        rows = labels.unsqueeze(1).expand_as(grams)
        counts.index_put_((rows.reshape(-1), grams.reshape(-1)), keep.reshape(-1), accumulate=True)
    share = counts / counts.sum(1, keepdim=True)
    return torch.log(share[1:] / share[:1]).T.contiguous()


def pad_ids(seqs: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ``(ids, attention_mask)`` tensors of ``seqs`` (at least one column)."""
    width = max(1, max((len(s) for s in seqs), default=1))
    ids = torch.tensor([[*s, *([pad_id] * (width - len(s)))] for s in seqs], dtype=torch.long)
    lengths = torch.tensor([len(s) for s in seqs], dtype=torch.long)
    mask = (torch.arange(width).unsqueeze(0) < lengths.unsqueeze(1)).long()
    return ids.reshape(len(seqs), width), mask


class BertNgramClassifier(BertPreTrainedModel):  # type: ignore[no-untyped-call]
    """BERT ``[CLS]`` vector and n-gram bag, concatenated into a linear head (see module doc).

    Class 0 is ``positive``, 1 ``negative``, 2 (when ``num_labels`` is 3) ``neutral``.
    """

    config_class = BertConfig

    def __init__(self, config: BertConfig) -> None:
        super().__init__(config)
        self.num_labels = config.num_labels
        self.bert = BertModel(config, add_pooling_layer=False)  # type: ignore[no-untyped-call]
        self.ngram_buckets = int(getattr(config, "ngram_buckets", 0))
        self.ngram_dim = int(getattr(config, "ngram_dim", 0)) if self.ngram_buckets else 0
        self.ngrams = (
            nn.Embedding(self.ngram_buckets, self.ngram_dim) if self.ngram_buckets else None
        )
        self.nb_buckets = int(getattr(config, "nb_buckets", 0))
        self.nb = nn.Embedding(self.nb_buckets, self.num_labels - 1) if self.nb_buckets else None
        #: Training only: per-bucket NB ratios the ``nb`` weights are scaled by (not saved),
        #: ``(nb_buckets, num_labels - 1)`` or, with two classes, ``(nb_buckets,)``.
        self.nb_scale: torch.Tensor | None = None
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.classifier = nn.Linear(config.hidden_size + self.ngram_dim, config.num_labels)
        self.post_init()  # type: ignore[no-untyped-call]
        if self.nb is not None:
            nn.init.zeros_(self.nb.weight)  # start from "no n-gram evidence"

    def fold_nb_scale(self) -> None:
        """Multiply the training-time NB ratios into the ``nb`` weights (before saving)."""
        if self.nb is not None and self.nb_scale is not None:
            with torch.no_grad():
                self.nb.weight.mul_(self._nb_scale_2d(self.nb_scale))
            self.nb_scale = None

    @staticmethod
    def _nb_scale_2d(scale: torch.Tensor) -> torch.Tensor:
        return scale.unsqueeze(1) if scale.dim() == 1 else scale

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        bag_ids: torch.Tensor | None = None,
        bag_mask: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
    ) -> SequenceClassifierOutput:
        """Logits (and the loss with ``labels``); ``bag_*`` are the token ids the n-grams use."""
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        parts = [hidden[:, 0]]
        if bag_ids is None or bag_mask is None:
            bag_ids, bag_mask = input_ids, attention_mask
        if self.ngrams is not None:
            grams, weights = ngram_ids(bag_ids, bag_mask, self.ngram_buckets)
            vectors = self.ngrams(grams) * weights.unsqueeze(-1)
            parts.append(vectors.sum(1) / weights.sum(1, keepdim=True).clamp(min=1.0))
        logits = self.classifier(self.dropout(torch.cat(parts, -1)))
        if self.nb is not None:
            grams, keep = unique_ngram_ids(bag_ids, bag_mask, self.nb_buckets)
            weights = self.nb(grams)  # (batch, grams, classes - 1)
            if self.nb_scale is not None:
                weights = weights * self._nb_scale_2d(self.nb_scale)[grams]
            evidence = (weights * keep.unsqueeze(-1)).sum(1)
            logits = logits + torch.cat([torch.zeros_like(evidence[:, :1]), evidence], 1)
        loss = nn.functional.cross_entropy(logits, labels) if labels is not None else None
        return SequenceClassifierOutput(loss=loss, logits=logits)  # type: ignore[arg-type]


def model_inputs(
    seqs: Sequence[Sequence[int]],
    *,
    cls_id: int,
    sep_id: int,
    pad_id: int,
    max_len: int,
    bag_len: int,
) -> dict[str, torch.Tensor]:
    """Keyword arguments of ``BertNgramClassifier`` for token sequences without specials.

    The encoder sees ``[CLS] head…tail [SEP]`` of at most ``max_len`` tokens; the n-gram bag the
    head and tail of up to ``bag_len`` tokens (0: the encoder's tokens).
    """
    ids, mask = pad_ids([[cls_id, *head_tail(s, max_len - 2), sep_id] for s in seqs], pad_id)
    inputs = {"input_ids": ids, "attention_mask": mask}
    if bag_len:
        bag_ids, bag_mask = pad_ids([head_tail(s, bag_len) for s in seqs], pad_id)
        inputs.update(bag_ids=bag_ids, bag_mask=bag_mask)
    return inputs
