"""Benchmark the tier-1 Advertising-Law check: its quality on a labelled set, its speed.

    .venv/bin/python -m bench.adcheck --eval        # recall and false flags per category
    .venv/bin/python -m bench.adcheck [--copies 1000] [--chars 2000] [--latency-runs 2000]

**Quality** (``--eval``): ``bench/data/adcheck_*.jsonl`` hold labelled ad copy, one object a
line: ``category`` (absolute, authority, exclusive, medical, health, investment, education,
disparagement, endorsement, vulgar, minors, price; ``clean_*`` for copy a lawyer passes as written;
``context_review`` for wording a lawyer sends to review, not rejection), ``article`` (a piece of the
citation a finding's ``law`` must contain), ``expect`` (pass / review / reject), ``split`` (the set
it belongs to, below) and ``source`` (``case``: paraphrase of a kind of copy that published penalty
decisions describe; ``own``: written for the set). A violation counts as *caught* when the
verdict is at least the expected one and a finding cites the labelled article, and *noticed* when
the verdict is not ``pass`` (a person sees it at tier 2, whatever the level); clean copy counts as
*flagged* when the verdict is not ``pass`` and *rejected* when it is ``reject``. Targets: recall
>= 0.95, clean flagged <= 5 %, clean rejected <= 1 %.

The labelled files and their kinds are listed once, in the order they were written, in
``bench/data/adcheck_sets.txt`` (``semantic_train.labelled_sets``; docs/compliance.md tells each
round): ``tuned`` (``adcheck_eval.jsonl``, splits ``tune`` … ``tune7``: the first rules were
written or fixed against them), ``heldout`` (``heldout4`` …: written by someone who read neither
the rules nor the other sets, measured once, then training data of the semantic reader),
``reader`` (``tune8`` …: written to train the reader, the blind forecasts of the later rounds
among them) and ``sealed`` (written blind like a held-out set, not measured yet: never trained or
tuned on, and not read by ``--eval``).

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
- ``admatch_whole_scans``: the same check with each regex that may match (rule patterns,
  contexts) scanned over the whole copy, as before the windows around its literals
  (``nlp.prefilter.PrefilterScan``); its results must be identical;
- ``regex``: the obvious alternative, one compiled alternation of every literal term and pattern
  run on the raw text (no normalisation, no exceptions), on the first ``--regex-copies`` copies
  only (default 4: it takes about three seconds a copy and a round, and slows as the rules grow —
  twenty copies took most of a ten-minute run by the sixty-first round);

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

#: The labelled files, one line each in ``data/adcheck_sets.txt`` with its kind
#: (``semantic_train.labelled_sets``): the one list that evaluation and training read.
SETS = semantic_train.SETS
#: The copy the first rules were written against (splits ``tune`` … ``tune7``).
EVAL_PATH = next(s.path for s in SETS if s.kind == "tuned")
#: Files of held-out copy that ``load_eval`` reads as well: written by someone who never read the
#: rules, measured once (docs/compliance.md); the sealed one is measured on its own.
HELDOUT_PATHS: tuple[Path, ...] = tuple(s.path for s in SETS if s.kind == "heldout")
#: Copy written to train the semantic reader (``radar train-adreader``).
READER_PATHS: tuple[Path, ...] = tuple(s.path for s in SETS if s.kind == "reader")
#: Every split but the sealed ones, in the order written (the report's order; docs/compliance.md
#: tells which round measured each held-out set and with which sets it was then trained on).
SPLITS = tuple(dict.fromkeys(split for s in SETS if s.kind != "sealed" for split in s.splits))
#: The splits the first rules were written against.
TUNED_SPLITS = tuple(split for s in SETS if s.kind == "tuned" for split in s.splits)
#: Targets of the quality gate (tests/compliance/test_adcheck_eval.py).
TARGET_RECALL = 0.95
TARGET_CLEAN_FLAGGED = 0.05
TARGET_CLEAN_REJECTED = 0.01

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
        default=4,
        help="copies the naive regex baseline reads (about 3 s each, five rounds: every pattern, "
        "unfiltered)",
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
    whole = AdChecker(packs.rules, packs.contexts, windows=False, reader=checker.reader)
    rules_only = AdChecker(packs.rules, packs.contexts)
    texts = corpus(args.copies, args.chars)
    bytes_per_char = sum(len(t.encode("utf-8")) for t in texts) / sum(len(t) for t in texts)
    checker.check(texts[0])  # warm the translate table and the automaton
    unfiltered.check(texts[0])
    whole.check(texts[0])
    if any(checker.check(t) != unfiltered.check(t) for t in texts[:100]):
        raise SystemExit("the prefilter changed a result")
    if any(checker.check(t) != whole.check(t) for t in texts[:100]):
        raise SystemExit("the windows changed a result")

    speeds = throughput(
        {
            "admatch": checker.check,
            "admatch_no_prefilter": unfiltered.check,
            "admatch_whole_scans": whole.check,
            "admatch_rules_only": rules_only.check,
            "regex": lambda t: list(regex.finditer(t)),
        },
        texts,
        limit={"regex": max(1, args.regex_copies)},
    )
    ours, theirs = speeds["admatch"], speeds["regex"]
    plain = speeds["admatch_no_prefilter"]
    unwindowed = speeds["admatch_whole_scans"]
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
        "admatch_whole_scans_mb_per_s": round(unwindowed * bytes_per_char / 1e6, 2),
        "ratio_windows": round(ours / unwindowed, 2),
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
        f"whole scans   : {unwindowed / 1e6:6.2f} M chars/s  "
        f"{figures['admatch_whole_scans_mb_per_s']:6.2f} MB/s  "
        f"(windows speed-up {ours / unwindowed:.2f}x, same results)"
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
