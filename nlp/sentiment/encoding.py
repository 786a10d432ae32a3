"""The sentiment model's own tokenizer (built with ``tokenizers``) and batch encoding.

Chinese is tokenised one character per token (BERT's CJK handling), Latin words and numbers by
a WordPiece vocabulary trained on the corpus, and every emoji is its own token so that 😡 and 👍
keep their meaning. Texts are normalised with ``nlp.normalize`` first (width, script,
punctuation runs), so training and inference see the same forms.

Long texts keep their head and tail (``head_tail``): reviews and complaints state the verdict
first or last, rarely in the middle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from nlp.normalize import normalize

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
SPECIAL_TOKENS = [PAD, UNK, CLS, SEP, MASK]

#: Emoji that carry polarity on social platforms; always in the vocabulary.
NEGATIVE_EMOJI = "😡😠🤬😤😞😔😢😭💔👎🤮🙄😒😓😩"
POSITIVE_EMOJI = "👍😊😄😁🥰😍❤👏💯🌟😋🙏🎉😘🤩"

#: Emoji that decorate posts without carrying polarity (✨ after praise, 🍓 next to a product
#: name). Training appends them to texts of both labels, so the model learns they say nothing.
DECORATIVE_EMOJI = "✨🌸🌼🍓🥟🍉🍊🍎🥭🥬🥛🐟🍞🥚🍚📦🚚🛒🎁🌈☀🌙🎈🏠📍⏰🔔💬📢🧧"

#: What an emoji outside the vocabulary is read as: a decorative one, i.e. "no signal". Left
#: alone it would become ``[UNK]``, which in the corpus mostly stands for rare characters in
#: complaints, and tip praise such as "手工水饺是真的好吃🥢" towards negative.
UNKNOWN_EMOJI_AS = "✨"

# Emoji blocks (misc symbols/dingbats and the supplementary pictographs).
_EMOJI_PATTERN = "[\u2600-\u27bf\U0001f000-\U0001faff]"
_EMOJI = re.compile(_EMOJI_PATTERN)


def build_tokenizer(texts: Iterable[str], vocab_size: int = 8000) -> Tokenizer:
    """Train a WordPiece tokenizer on normalised ``texts``."""
    tokenizer = Tokenizer(models.WordPiece(unk_token=UNK))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.BertPreTokenizer(),
            pre_tokenizers.Split(Regex(_EMOJI_PATTERN), behavior="isolated"),
        ]
    )
    tokenizer.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=list(NEGATIVE_EMOJI + POSITIVE_EMOJI + DECORATIVE_EMOJI),
    )
    tokenizer.train_from_iterator((normalize(t) for t in texts), trainer=trainer)
    return tokenizer


def head_tail(ids: Sequence[int], room: int) -> list[int]:
    """At most ``room`` of ``ids``: the head and tail of a long sequence, all of a short one."""
    if len(ids) <= room:
        return list(ids)
    head = room // 2
    return [*ids[:head], *ids[len(ids) - (room - head) :]]


def known_emoji(tokenizer: Tokenizer) -> frozenset[str]:
    """The emoji the tokenizer's vocabulary has a token of its own for."""
    return frozenset(t for t in tokenizer.get_vocab() if len(t) == 1 and _EMOJI.fullmatch(t))


def map_unknown_emoji(text: str, known: frozenset[str]) -> str:
    """``text`` with every emoji outside ``known`` read as ``UNKNOWN_EMOJI_AS``."""
    if not _EMOJI.search(text):
        return text
    return _EMOJI.sub(lambda m: m.group() if m.group() in known else UNKNOWN_EMOJI_AS, text)


def encode_raw(
    tokenizer: Tokenizer,
    texts: Sequence[str],
    *,
    normalized: bool = False,
    known: frozenset[str] | None = None,
) -> list[list[int]]:
    """Token ids of each whole text, without ``[CLS]``/``[SEP]`` (see ``encode``)."""
    if known is None:
        known = known_emoji(tokenizer)
    prepared = [map_unknown_emoji(t if normalized else normalize(t), known) for t in texts]
    return [e.ids for e in tokenizer.encode_batch(prepared, add_special_tokens=False)]


def encode(
    tokenizer: Tokenizer,
    texts: Sequence[str],
    max_len: int,
    *,
    normalized: bool = False,
    known: frozenset[str] | None = None,
) -> list[list[int]]:
    """Token ids (with ``[CLS]``/``[SEP]``) for each text; ``normalized`` skips normalisation.

    Emoji the vocabulary lacks are read as a decorative one (``map_unknown_emoji``); pass
    ``known = known_emoji(tokenizer)`` when calling often (it reads the whole vocabulary).
    """
    cls_id = tokenizer.token_to_id(CLS)
    sep_id = tokenizer.token_to_id(SEP)
    raw = encode_raw(tokenizer, texts, normalized=normalized, known=known)
    return [[cls_id, *head_tail(ids, max_len - 2), sep_id] for ids in raw]
