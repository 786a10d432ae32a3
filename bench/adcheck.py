"""Benchmark the tier-1 Advertising-Law check: its quality on a labelled set, its speed.

    .venv/bin/python -m bench.adcheck --eval        # recall and false flags per category
    .venv/bin/python -m bench.adcheck [--copies 1000] [--chars 2000] [--latency-runs 2000]

**Quality** (``--eval``): ``bench/data/adcheck_eval.jsonl`` holds labelled ad copy, one object a
line: ``category`` (absolute, authority, exclusive, medical, health, investment, education,
disparagement, endorsement, vulgar, minors, price; ``clean_*`` for copy a lawyer passes as written;
``context_review`` for wording a lawyer sends to review, not rejection), ``article`` (a piece of the
citation a finding's ``law`` must contain), ``expect`` (pass / review / reject), ``split`` (``tune``
… ``tune7``: the rules were written or fixed against them; ``heldout4``: written afterwards by
someone else, measured once with the rules alone, then training data of the semantic reader;
``tune8`` … ``tune135b`` (``READER_PATHS``): written to train the semantic reader; ``heldout5``:
written by someone who read neither the rules nor the other sets, measured once, then training data
of the reader like heldout4, as are ``heldout6``, ``heldout7`` and ``heldout8``, the same kind of
set; ``heldout9``: the same kind of set without the writers' bracketed notes of why a copy is
illegal, measured once, then training data like the others (with ``tune12``), as are ``heldout10``
(with ``tune13``), ``heldout11``, ``heldout12``, ``heldout13``, ``heldout14``, ``heldout15``,
``heldout16``, ``heldout17``, ``heldout18``, ``heldout19``, ``heldout20``, ``heldout21``,
``heldout22``, ``heldout23``, ``heldout24``, ``heldout25`` (the rules only), ``heldout26``,
``heldout27``, ``heldout28``, ``heldout29``, ``heldout30``, ``heldout31``, ``heldout32``,
``heldout33``, ``heldout34``, ``heldout35``, ``heldout36``, ``heldout37``, ``heldout38``,
``heldout39``, ``heldout40``, ``heldout41``, ``heldout42``, ``heldout43``, ``heldout44``,
``heldout45`` (the rules only), ``heldout46``, ``heldout47``, ``heldout48``, ``heldout49``,
``heldout50``, ``heldout51``, ``heldout52``, ``heldout53``, ``heldout54``, ``heldout55``,
``heldout56``, ``heldout57``, ``heldout58``, ``heldout59``, ``heldout60``, ``heldout61``,
``heldout62``, ``heldout63``, ``heldout64`` and ``heldout65``; ``heldout66`` (sealed): the same
kind of set,
measured once, never trained or tuned on; held-out files are read from ``HELDOUT_PATHS`` when
they are there; docs/compliance.md gives the order) and
``source`` (``case``: paraphrase of a kind of copy that published penalty decisions describe;
``own``: written for the set). A violation counts as *caught* when the verdict is at least the
expected one and a finding cites the labelled article, and *noticed* when the verdict is not
``pass`` (a person sees it at tier 2, whatever the level); clean copy counts as *flagged* when the
verdict is not ``pass`` and *rejected* when it is ``reject``. Targets: recall >= 0.95, clean flagged
<= 5 %, clean rejected <= 1 %.

**Speed** (default):
Both run over the same synthetic corpus of ad copy (community-retail sentences with rule terms,
evasions such as 最*好 / 第 一 / full-width / traditional characters, and context words such as
最近 / 第一次). Prints throughput (characters/s and UTF-8 MB/s) for:

- ``admatch``: the real check (``compliance.check.default_checker``: normalise with an offset
  map, Aho-Corasick over the normalised text, patterns, context exceptions, findings, then the
  semantic reader, ``compliance.semantic``);
- ``admatch_rules_only``: the same check without the semantic reader (what the reader costs);
- ``admatch_no_prefilter``: the same check with every regex (rule patterns, contexts) run on
  every copy, as before the literal prefilter (``nlp.prefilter``); its results must be identical;
- ``regex``: the obvious alternative, one compiled alternation of every literal term and pattern
  run on the raw text (no normalisation, no exceptions), on the first ``--regex-copies`` copies
  only (default 20: it takes about a second a copy, so the whole corpus no longer finishes);

their ratio, how many of the planted evasions each finds, and the latency percentiles of one
check of a ``--chars``-character copy. Targets: >= 5 MB/s, p99 <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from compliance import semantic_train
from compliance.check import AdChecker, CheckResult, default_checker
from compliance.rulepack import load_packs

EVAL_PATH = Path(__file__).parent / "data" / "adcheck_eval.jsonl"
#: Files of held-out copy that ``load_eval`` reads as well (splits ``heldout4`` … ``heldout65``):
#: written by someone who never read the rules, measured once (docs/compliance.md).
HELDOUT_PATHS: tuple[Path, ...] = tuple(
    Path(__file__).parent / "data" / f"adcheck_{split}.jsonl"
    for split in (
        *("heldout4", "heldout5", "heldout6", "heldout7"),
        *("heldout8", "heldout9"),
        *("heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15"),
        *("heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21"),
        *("heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27"),
        *("heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33"),
        *("heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39"),
        *("heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45"),
        *("heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51"),
        *("heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57"),
        *("heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63"),
        *("heldout64", "heldout65"),
    )
)
#: Copy written to train the semantic reader (splits ``tune8`` … ``tune135b``; ``radar
#: train-adreader``).
READER_PATHS: tuple[Path, ...] = tuple(
    Path(__file__).parent / "data" / f"adcheck_{name}.jsonl"
    for name in (
        *("tune8a", "tune8b", "tune9a", "tune9b"),
        *("tune10a", "tune10b", "tune10c", "tune11a", "tune11b"),
        *("tune12a", "tune12b", "tune12c"),
        *("tune13a", "tune13b", "tune13c"),
        *("tune14a", "tune14b", "tune14c"),
        *("tune15a", "tune15b", "tune16a", "tune17a", "tune17b", "tune18a", "tune18b"),
        *("tune19a", "tune19b", "tune20a", "tune20b", "tune21a", "tune21b"),
        *("tune22a", "tune22b", "tune23a", "tune23b", "tune24a", "tune24b"),
        *("tune25a", "tune25b", "tune26a", "tune26b", "tune27a", "tune27b"),
        *("tune28a", "tune28b", "tune29a", "tune29b", "tune29c", "tune29d"),
        *("tune30a", "tune30b", "tune30c", "tune30d"),
        *("tune31a", "tune31b", "tune31c", "tune31d"),
        *("tune32a", "tune32b", "tune32c", "tune32d"),
        *("tune33a", "tune33b"),
        *("tune34a", "tune34b"),
        *("tune35a", "tune35b", "tune36a", "tune36b", "tune38a", "tune39a", "tune40a"),
        *("tune41a", "tune42a", "tune43a", "tune43b", "tune44a", "tune44b"),
        *("tune45a", "tune45b"),
        *("tune46a", "tune46b", "tune47a", "tune47b", "tune48a", "tune48b"),
        *("tune49a", "tune49b", "tune50a", "tune50b", "tune51a", "tune51b"),
        *("tune52a", "tune52b", "tune53a", "tune53b", "tune54a", "tune55a", "tune55b"),
        *("tune56a", "tune56b", "tune57a", "tune57b", "tune58a", "tune58b"),
        *("tune59a", "tune59b", "tune60a", "tune60b", "tune61a", "tune61b"),
        *("tune62a", "tune62b", "tune63a", "tune63b", "tune64a", "tune64b"),
        *("tune65a", "tune65b", "tune66a", "tune66b", "tune67a", "tune67b"),
        *("tune68a", "tune68b", "tune69a", "tune69b", "tune70a", "tune70b"),
        *("tune71a", "tune71b", "tune72a", "tune72b", "tune73a", "tune73b"),
        *("tune74a", "tune74b", "tune75a", "tune75b", "tune76a", "tune76b", "tune77a", "tune77b"),
        *("tune78a", "tune78b", "tune79a", "tune79b", "tune80a", "tune80b", "tune81a", "tune81b"),
        *("tune82a", "tune82b", "tune83a", "tune83b", "tune84a", "tune84b", "tune85a", "tune85b"),
        *("tune86a", "tune86b", "tune87a", "tune87b", "tune88a", "tune88b", "tune89a", "tune89b"),
        *("tune90a", "tune90b", "tune91a", "tune91b", "tune92a", "tune92b", "tune93a", "tune93b"),
        *("tune94a", "tune94b"),
        *("tune95a", "tune95b", "tune96a", "tune96b", "tune97a", "tune97b", "tune98a", "tune98b"),
        *("tune99a", "tune99b", "tune100a", "tune100b", "tune101a", "tune101b"),
        *("tune102a", "tune102b", "tune103a", "tune103b", "tune104a", "tune104b"),
        *("tune105a", "tune105b", "tune106a", "tune106b", "tune107a", "tune107b"),
        *("tune108a", "tune108b", "tune109a", "tune109b", "tune110a", "tune110b"),
        *("tune111a", "tune111b", "tune112a", "tune112b", "tune113a", "tune113b"),
        *("tune114a", "tune114b", "tune115a", "tune115b", "tune116a", "tune116b"),
        *("tune117a", "tune117b", "tune118a", "tune118b", "tune119a", "tune119b"),
        *("tune120a", "tune120b", "tune121a", "tune121b", "tune122a", "tune122b"),
        *("tune123a", "tune123b", "tune124a", "tune124b", "tune125a", "tune125b"),
        *("tune126a", "tune126b", "tune127a", "tune127b", "tune128a", "tune128b"),
        *("tune129a", "tune129b", "tune130a", "tune130b", "tune131a", "tune131b"),
        *("tune132a", "tune132b", "tune133a", "tune133b", "tune134a", "tune134b"),
        *("tune135a", "tune135b"),
    )
)
#: Targets of the quality gate (tests/compliance/test_adcheck_eval.py).
TARGET_RECALL = 0.95
TARGET_CLEAN_FLAGGED = 0.05
TARGET_CLEAN_REJECTED = 0.01
#: The splits in the order they were written (docs/compliance.md): the rules were tuned on
#: ``tune`` … ``tune7`` (``tune4`` is the former ``heldout2``, ids ``heldout2-…``, measured at
#: recall 0.53; ``tune6`` the former ``heldout3``, ids ``heldout3-…``, measured at recall 0.54;
#: both then tuned on); ``heldout4`` was measured once with the rules alone and ``heldout5``
#: and ``heldout6`` once each with the rules and the semantic reader, each then trained the
#: reader (with ``tune8``, ``tune9``, ``tune10``) and the rules of the next round, as did
#: ``heldout7`` (with ``tune11``), ``heldout8`` and ``heldout9`` (with ``tune12``), ``heldout10``
#: (with ``tune13``), ``heldout11``, ``heldout12`` (with ``tune14``), ``heldout13`` (with
#: ``tune15``), ``heldout14`` (with ``tune16``), ``heldout15`` (with ``tune17``), ``heldout16``
#: (with ``tune18``), ``heldout17`` (with ``tune19``), ``heldout18`` (with ``tune20``),
#: ``heldout19`` (with ``tune21``), ``heldout20``, ``heldout21``, ``heldout22`` (with ``tune22``),
#: ``heldout23``, ``heldout24`` (with ``tune23``), ``heldout25`` (the rules only), ``heldout26``
#: (with ``tune24``), ``heldout27`` (with ``tune25``), ``heldout28`` (with ``tune26``),
#: ``heldout29`` (with ``tune27``), ``heldout30`` (with ``tune28``) and ``heldout31`` (with
#: ``tune29a`` … ``tune29d``), ``heldout32`` (with ``tune30a`` … ``tune30d``), ``heldout33``
#: (with ``tune31a`` … ``tune31d``), ``heldout34`` (with ``tune32a`` … ``tune32d``),
#: ``heldout35`` (with ``tune33a``, ``tune33b``), ``heldout36`` (with ``tune34a``, ``tune34b``),
#: ``heldout37``, ``heldout38``, ``heldout39`` (with ``tune35a``, ``tune35b``), ``heldout40``,
#: ``heldout41`` (with ``tune36a``, ``tune36b``), ``heldout42``, ``heldout43``, ``heldout44``,
#: ``heldout45`` and ``heldout46`` (the rules only, with ``tune38a`` … ``tune41a``), ``heldout47``
#: (with ``tune42a``), ``heldout48`` (the rules and the reader, with ``tune43a`` and
#: ``tune43b``), ``heldout49`` (the rules and the reader, with ``tune44a`` and ``tune44b``),
#: ``heldout50`` (the rules and the reader, with ``tune45a`` and ``tune45b``), ``heldout51``
#: (the rules and the reader, with ``tune46a`` and ``tune46b``), ``heldout52`` (the rules and the
#: reader, with ``tune47a`` and ``tune47b``), ``heldout53`` (the rules, with ``tune48a`` and
#: ``tune48b``), ``heldout54`` (the rules, with ``tune49a``, ``tune49b``, ``tune50a`` and
#: ``tune50b``), ``heldout55`` (measured at the forty-ninth round's end), ``heldout56`` (the
#: rules, with ``tune51a`` … ``tune53b``), ``tune54a`` (a last blind forecast), ``heldout57``
#: (measured at the fiftieth round's end), ``heldout58`` (measured at the fifty-first round's
#: start), ``tune55a`` and ``tune55b`` (blind, to compare readers), ``tune56a`` and ``tune56b``
#: (blind price forecasts), ``heldout59`` (measured at the fifty-first round's end), ``heldout60``
#: (measured at the fifty-second round's start), ``tune57a`` … ``tune59b`` (blind, to compare
#: readers), ``heldout61`` (measured at the fifty-third round's start), ``tune60a`` and
#: ``tune60b`` (blind forecasts), ``tune61a`` … ``tune62b`` (blind, to compare readers),
#: ``heldout62`` (measured at the fifty-fourth round's start), ``tune63a`` … ``tune70b`` (blind
#: forecasts, tune69a/b written as long posts), ``heldout63`` (measured at the fifty-fifth
#: round's start), ``tune71a`` … ``tune89b`` (blind forecasts, tune72a/b, tune75a/b, tune79a/b,
#: tune83a/b and tune87a/b written as long posts), ``heldout64`` (measured at the fifty-sixth
#: round's start), ``tune90a`` … ``tune104b`` (blind forecasts, tune91a/b, tune93a/b, tune95a/b,
#: tune97a/b, tune99a/b, tune101a/b and tune103a/b written as long posts), ``heldout65``
#: (measured at the fifty-seventh round's start), ``tune105a`` … ``tune135b`` (blind forecasts,
#: the odd-numbered pairs (tune105a/b, tune107a/b … tune135a/b) written as long posts);
#: ``heldout66`` (sealed) is measured once, never trained or tuned on.
SPLITS = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "heldout4", "tune8")
SPLITS += ("heldout5", "tune9", "heldout6", "tune10", "heldout7", "tune11", "heldout8", "heldout9")
SPLITS += ("tune12", "heldout10", "tune13", "heldout11", "heldout12", "heldout13", "tune14")
SPLITS += ("tune15", "heldout14", "tune16", "heldout15", "tune17", "heldout16", "tune18")
SPLITS += ("heldout17", "tune19", "heldout18", "tune20", "heldout19", "tune21", "heldout20")
SPLITS += ("heldout21", "heldout22", "tune22", "heldout23", "heldout24", "tune23", "heldout25")
SPLITS += ("heldout26", "tune24", "heldout27", "tune25", "heldout28", "heldout29")
SPLITS += ("tune26", "tune27", "heldout30", "tune28", "heldout31", "tune29a", "tune29b")
SPLITS += ("tune29c", "tune29d", "heldout32", "tune30a", "tune30b", "tune30c", "tune30d")
SPLITS += ("heldout33", "tune31a", "tune31b", "tune31c", "tune31d", "heldout34")
SPLITS += ("tune32a", "tune32b", "tune32c", "tune32d", "heldout35")
SPLITS += ("tune33a", "tune33b", "heldout36", "tune34a", "tune34b", "heldout37", "heldout38")
SPLITS += ("heldout39", "tune35a", "tune35b", "heldout40", "heldout41", "tune36a", "tune36b")
SPLITS += ("heldout42", "heldout43", "tune38a", "heldout44", "tune39a", "heldout45", "tune40a")
SPLITS += ("heldout46", "tune41a", "heldout47", "tune42a", "heldout48", "tune43a")
SPLITS += ("tune43b", "heldout49", "tune44a", "tune44b", "heldout50", "tune45a", "tune45b")
SPLITS += ("heldout51", "tune46a", "tune46b", "heldout52", "tune47a", "tune47b")
SPLITS += ("heldout53", "tune48a", "tune48b", "heldout54", "tune49a", "tune49b", "tune50a")
SPLITS += ("tune50b", "heldout55", "heldout56", "tune51a", "tune51b", "tune52a", "tune52b")
SPLITS += ("tune53a", "tune53b", "tune54a", "heldout57", "heldout58", "tune55a")
SPLITS += ("tune55b", "tune56a", "tune56b", "heldout59", "heldout60", "tune57a", "tune57b")
SPLITS += ("tune58a", "tune58b", "tune59a", "tune59b", "heldout61", "tune60a", "tune60b")
SPLITS += ("tune61a", "tune61b", "tune62a", "tune62b", "heldout62", "tune63a")
SPLITS += ("tune63b", "tune64a", "tune64b", "tune65a", "tune65b", "tune66a")
SPLITS += ("tune66b", "tune67a", "tune67b", "tune68a", "tune68b", "tune69a", "tune69b")
SPLITS += ("tune70a", "tune70b", "heldout63", "tune71a", "tune71b", "tune72a", "tune72b")
SPLITS += ("tune73a", "tune73b", "tune74a", "tune74b", "tune75a", "tune75b", "tune76a")
SPLITS += ("tune76b", "tune77a", "tune77b", "tune78a", "tune78b", "tune79a", "tune79b")
SPLITS += ("tune80a", "tune80b", "tune81a", "tune81b", "tune82a", "tune82b", "tune83a")
SPLITS += ("tune83b", "tune84a", "tune84b", "tune85a", "tune85b", "tune86a", "tune86b")
SPLITS += ("tune87a", "tune87b", "tune88a", "tune88b", "tune89a", "tune89b", "heldout64")
SPLITS += ("tune90a", "tune90b", "tune91a", "tune91b", "tune92a", "tune92b", "tune93a")
SPLITS += ("tune93b", "tune94a", "tune94b")
SPLITS += ("tune95a", "tune95b", "tune96a", "tune96b", "tune97a", "tune97b", "tune98a")
SPLITS += ("tune98b",)
SPLITS += ("tune99a", "tune99b", "tune100a", "tune100b", "tune101a", "tune101b")
SPLITS += ("tune102a", "tune102b", "tune103a", "tune103b", "tune104a", "tune104b")
SPLITS += ("heldout65",)
SPLITS += ("tune105a", "tune105b", "tune106a", "tune106b", "tune107a", "tune107b")
SPLITS += ("tune108a", "tune108b", "tune109a", "tune109b", "tune110a", "tune110b")
SPLITS += ("tune111a", "tune111b", "tune112a", "tune112b", "tune113a", "tune113b")
SPLITS += ("tune114a", "tune114b", "tune115a", "tune115b", "tune116a", "tune116b")
SPLITS += ("tune117a", "tune117b", "tune118a", "tune118b", "tune119a", "tune119b")
SPLITS += ("tune120a", "tune120b", "tune121a", "tune121b", "tune122a", "tune122b")
SPLITS += ("tune123a", "tune123b", "tune124a", "tune124b", "tune125a", "tune125b")
SPLITS += ("tune126a", "tune126b", "tune127a", "tune127b", "tune128a", "tune128b")
SPLITS += ("tune129a", "tune129b", "tune130a", "tune130b", "tune131a", "tune131b")
SPLITS += ("tune132a", "tune132b", "tune133a", "tune133b", "tune134a", "tune134b")
SPLITS += ("tune135a", "tune135b")
TUNED_SPLITS = SPLITS[:7]

CLEAN = [
    "社区团购今日到货，山东烟台苹果脆甜多汁，每斤八元，欢迎街坊邻居下单。",
    "团长每天早上七点在小区门口自提点等大家，记得带好取货码。",
    "本周新上架云南小土豆和海南香蕉，数量有限，先到先得。",
    "最近天气转凉，店里准备了热乎的豆浆和包子，早餐九点前供应。",
    "第一次参加团购的邻居可以领取一张五元无门槛券。",
    "每月第一个周日是会员日，积分可以兑换鸡蛋和大米。",
    "活动最后三天，满五十元包邮到家。",
    "我们的蔬菜来自城郊合作农场，当天采摘当天配送。",
]
PLANTED = [
    "全网最低价",
    "最*好的草莓",
    "第 一 品牌",
    "國家級品質",
    "ＮＯ．１",
    "医生推荐",
    "降 血 压",
    "增强免疫力",
    "稳赚不赔",
    "无效退款",
    "原价199现价99",
    "别家都是注水肉",
    "快让爸爸妈妈买给你",
    "１００％纯天然",
]


def corpus(copies: int, chars: int, seed: int = 11) -> list[str]:
    """``copies`` ad copies of about ``chars`` characters, with planted terms and evasions."""
    rng = random.Random(seed)
    out = []
    for _ in range(copies):
        parts: list[str] = []
        size = 0
        while size < chars:
            piece = rng.choice(PLANTED) + "！" if rng.random() < 0.08 else rng.choice(CLEAN)
            parts.append(piece)
            size += len(piece)
        out.append("".join(parts)[:chars])
    return out


#: One labelled copy (``id``, ``split``, ``category``, ``article``, ``expect``, ``text``,
#: ``source``; ``clean``): the one type training and evaluation share.
EvalCopy = semantic_train.LabelledCopy


def load_eval(
    path: Path = EVAL_PATH,
    heldout: Sequence[Path] = HELDOUT_PATHS,
    reader: Sequence[Path] = READER_PATHS,
) -> list[EvalCopy]:
    """The labelled copies of ``path``, of the ``heldout`` files and of the semantic reader's
    ``reader`` files (JSON lines); a file that is not there (not written yet) is skipped."""
    files = (path, *(h for h in (*heldout, *reader) if h.exists()))
    return semantic_train.load_copies(files, sealed=frozenset())


def caught(copy: EvalCopy, result: CheckResult) -> bool:
    """A violation is caught at its expected level with a finding citing its article."""
    return semantic_train.caught(copy.article, copy.expect, result)


@dataclass
class CategoryFigures:
    """Counts of one category (or of a whole split)."""

    copies: int = 0
    caught: int = 0  # violations: verdict >= expected and the article cited
    over: int = 0  # violations expected at review that were rejected
    noticed: int = 0  # violations not passed: a person sees them (tier 2), caught or not
    flagged: int = 0  # clean copy: verdict != pass
    rejected: int = 0  # clean copy: verdict == reject
    missed: list[str] = field(default_factory=list)

    def as_dict(self, clean: bool) -> dict[str, object]:
        """Rates rounded for a report."""
        n = max(self.copies, 1)
        if clean:
            return {
                "copies": self.copies,
                "flagged": round(self.flagged / n, 3),
                "rejected": round(self.rejected / n, 3),
                "wrong": self.missed,
            }
        return {
            "copies": self.copies,
            "recall": round(self.caught / n, 3),
            "noticed": round(self.noticed / n, 3),
            "over_rejected": self.over,
            "missed": self.missed,
        }


def evaluate(checker: AdChecker, copies: list[EvalCopy]) -> dict[str, dict[str, object]]:
    """Per split (``SPLITS`` and ``all``): per category figures
    and the totals ``violations`` (recall) and ``clean`` (flagged / rejected rates)."""
    tables: dict[str, dict[str, CategoryFigures]] = defaultdict(
        lambda: defaultdict(CategoryFigures)
    )
    for copy in copies:
        result = checker.check(copy.text)
        total = "clean" if copy.clean else "violations"
        for split in (copy.split, "all"):
            for key in (copy.category, total):
                figures = tables[split][key]
                figures.copies += 1
                if copy.clean:
                    figures.flagged += result.verdict != "pass"
                    figures.rejected += result.verdict == "reject"
                    if result.verdict != "pass" and key == copy.category:
                        figures.missed.append(f"{copy.id} {result.verdict}: {copy.text}")
                    continue
                figures.noticed += result.verdict != "pass"
                if caught(copy, result):
                    figures.caught += 1
                    figures.over += copy.expect == "review" and result.verdict == "reject"
                elif key == copy.category:
                    figures.missed.append(f"{copy.id} {result.verdict}: {copy.text}")
    clean_keys = {c.category for c in copies if c.clean} | {"clean"}
    return {
        split: {key: f.as_dict(key in clean_keys) for key, f in sorted(table.items())}
        for split, table in tables.items()
    }


def print_eval(report: dict[str, dict[str, object]]) -> None:
    """The figures as a Markdown table per split, misses listed below."""
    for split in (*SPLITS, "all"):
        if split not in report:
            continue
        print(f"\n### {split}\n")
        print("| category | copies | recall | noticed | clean flagged | clean rejected |")
        print("|---|---|---|---|---|---|")
        for key, row in report[split].items():
            assert isinstance(row, dict)
            if "recall" in row:
                print(
                    f"| {key} | {row['copies']} | {row['recall']:.2f} | {row['noticed']:.2f} | | |"
                )
            else:
                flagged, rejected = f"{row['flagged']:.1%}", f"{row['rejected']:.1%}"
                print(f"| {key} | {row['copies']} | | | {flagged} | {rejected} |")
        for key, row in report[split].items():
            assert isinstance(row, dict)
            for line in [*row.get("missed", []), *row.get("wrong", [])]:
                if key not in ("violations", "clean"):
                    print(f"- {key}: {line}")


def naive_regex(checker: AdChecker) -> re.Pattern[str]:
    """One alternation of every literal term (longest first) and every pattern."""
    terms = sorted({t for r in checker.rules.values() for t in r.terms}, key=len, reverse=True)
    patterns = [p for r in checker.rules.values() for p in r.patterns]
    return re.compile("|".join([*map(re.escape, terms), *patterns]), re.IGNORECASE)


def throughput(
    fns: dict[str, object],
    texts: list[str],
    rounds: int = 5,
    limit: dict[str, int] | None = None,
) -> dict[str, float]:
    """Best-of-``rounds`` characters per second of each function over ``texts``; the rounds
    interleave the functions so that load from other processes hits them alike. ``limit``
    gives a function only the first N texts (a baseline too slow for the whole corpus: the
    rate is per character, so it stays comparable)."""
    limit = limit or {}
    parts = {name: texts[: limit.get(name, len(texts))] for name in fns}
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            for text in parts[name]:
                fn(text)  # type: ignore[operator]
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: sum(len(t) for t in parts[name]) / best[name] for name in fns}


def main() -> None:
    """Run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--latency-runs", type=int, default=2000)
    parser.add_argument(
        "--regex-copies",
        type=int,
        default=20,
        help="copies the naive regex baseline reads (about 1 s each: every pattern, unfiltered)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--eval", action="store_true", help="quality on the labelled set")
    args = parser.parse_args()

    checker = default_checker()
    if args.eval:
        report = evaluate(checker, load_eval())
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            print_eval(report)
        return
    regex = naive_regex(checker)
    packs = load_packs()
    unfiltered = AdChecker(packs.rules, packs.contexts, prefilter=False, reader=checker.reader)
    rules_only = AdChecker(packs.rules, packs.contexts)
    texts = corpus(args.copies, args.chars)
    bytes_per_char = sum(len(t.encode("utf-8")) for t in texts) / sum(len(t) for t in texts)
    checker.check(texts[0])  # warm the translate table and the automaton
    unfiltered.check(texts[0])
    if any(checker.check(t) != unfiltered.check(t) for t in texts[:100]):
        raise SystemExit("the prefilter changed a result")

    speeds = throughput(
        {
            "admatch": checker.check,
            "admatch_no_prefilter": unfiltered.check,
            "admatch_rules_only": rules_only.check,
            "regex": lambda t: list(regex.finditer(t)),
        },
        texts,
        limit={"regex": max(1, args.regex_copies)},
    )
    ours, theirs = speeds["admatch"], speeds["regex"]
    plain = speeds["admatch_no_prefilter"]
    alone = speeds["admatch_rules_only"]

    evasions = list(PLANTED)
    found_ours = sum(1 for p in evasions if checker.check(p).findings)
    found_regex = sum(1 for p in evasions if regex.search(p))

    latencies = []
    sample = corpus(args.latency_runs, args.chars, seed=23)
    for text in sample:
        start = time.perf_counter()
        checker.check(text)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]

    figures = {
        "corpus_chars": sum(len(t) for t in texts),
        "admatch_chars_per_s": round(ours),
        "admatch_mb_per_s": round(ours * bytes_per_char / 1e6, 2),
        "admatch_no_prefilter_mb_per_s": round(plain * bytes_per_char / 1e6, 2),
        "ratio_prefilter": round(ours / plain, 2),
        "admatch_rules_only_mb_per_s": round(alone * bytes_per_char / 1e6, 2),
        "regex_copies": min(len(texts), max(1, args.regex_copies)),
        "regex_chars_per_s": round(theirs),
        "regex_mb_per_s": round(theirs * bytes_per_char / 1e6, 2),
        "ratio_admatch_over_regex": round(ours / theirs, 2),
        "planted_found_admatch": f"{found_ours}/{len(evasions)}",
        "planted_found_regex": f"{found_regex}/{len(evasions)}",
        "copy_chars": args.chars,
        "latency_p50_ms": round(p50, 3),
        "latency_p99_ms": round(p99, 3),
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"corpus: {args.copies} copies x {args.chars} chars ({bytes_per_char:.2f} bytes/char)")
    print(
        f"admatch check : {ours / 1e6:6.2f} M chars/s  {figures['admatch_mb_per_s']:6.2f} MB/s  "
        f"planted terms found {figures['planted_found_admatch']}"
    )
    print(
        f"no prefilter  : {plain / 1e6:6.2f} M chars/s  "
        f"{figures['admatch_no_prefilter_mb_per_s']:6.2f} MB/s  "
        f"(prefilter speed-up {ours / plain:.2f}x, same results)"
    )
    print(
        f"rules only    : {alone / 1e6:6.2f} M chars/s  "
        f"{figures['admatch_rules_only_mb_per_s']:6.2f} MB/s  "
        f"(the semantic reader costs {1 - ours / alone:.0%} of it)"
    )
    print(
        f"regex altern. : {theirs / 1e6:6.2f} M chars/s  {figures['regex_mb_per_s']:6.2f} MB/s  "
        f"planted terms found {figures['planted_found_regex']} "
        f"(timed on the first {figures['regex_copies']} copies)"
    )
    print(f"ratio admatch/regex: {ours / theirs:.2f}x")
    print(f"latency per {args.chars}-char copy: p50 {p50:.3f} ms, p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
