"""The semantic reader (``compliance.semantic``): its numpy scoring is the trained model's, its
file is safe to load, its training never reads a sealed split, and the check uses it."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from compliance.check import (
    PRICE_CATEGORY,
    SOURCE_CONTEXTS,
    AdChecker,
    CheckResult,
    default_checker,
    semantic_findings,
)
from compliance.rulepack import load_packs
from compliance.semantic import (
    ARTICLE_SEP,
    CONTEXT_CLASS,
    NEVER_AT,
    QUIET_CLASSES,
    WHOLE_COPY_CHARS,
    ReaderFileError,
    SemanticHit,
    SemanticReader,
    bundled_reader,
    category_of,
    code_points,
    ngram_codes,
    pack,
)
from compliance.semantic_train import (
    CONTEXT_BUDGET,
    FLAG_BUDGET,
    GRID_CONTEXT_AT,
    KINDS,
    MIN_CLASS,
    MIN_DF,
    OVER_BUDGET,
    REJECT_BUDGET,
    SEALED,
    SETS,
    C,
    LabelledCopy,
    Reading,
    SealedSplitError,
    Tally,
    _FoldJob,
    category_weights,
    class_labels,
    class_rules,
    fit,
    fold_groups,
    grams,
    grey_zone_threshold,
    labelled_sets,
    load_copies,
    reject_by_category,
    tally,
    training_files,
    tune,
)
from nlp.admatch import TermMatch
from nlp.normalize import normalize

DATA = Path(__file__).parents[2] / "bench" / "data"


@pytest.fixture(scope="module")
def copies() -> list[LabelledCopy]:
    return load_copies([DATA / "adcheck_eval.jsonl"])


@pytest.fixture(scope="module")
def reader(copies: list[LabelledCopy]) -> SemanticReader:
    return fit(copies, load_packs().rules)


def test_ngram_codes_leave_out_grams_across_a_separator() -> None:
    codes, starts = ngram_codes(code_points("最好\0喝"), 3)
    assert sorted(codes.tolist()) == sorted(pack(g) for g in ("最", "好", "喝", "最好"))
    assert sorted(starts.tolist()) == [0, 0, 1, 3]


def test_numpy_scoring_is_the_trained_models(copies: list[LabelledCopy]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    reader = fit(copies, load_packs().rules)
    vectorizer = TfidfVectorizer(analyzer=grams, min_df=MIN_DF, sublinear_tf=True)
    features = vectorizer.fit_transform([normalize(c.text, "evasion") for c in copies])
    labels = class_labels(copies)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(features, labels, sample_weight=category_weights(labels))
    texts = [normalize(c.text, "evasion") for c in copies[::15]] + ["", "无关的字"]
    detector = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    detector.fit(features, [c.label not in QUIET_CLASSES for c in copies])
    unseen = vectorizer.transform(texts)
    classes, violation = reader.probabilities(texts)
    assert tuple(model.classes_) == reader.classes
    np.testing.assert_allclose(classes, model.predict_proba(unseen), atol=1e-4)
    np.testing.assert_allclose(violation, detector.predict_proba(unseen)[:, 1], atol=1e-4)


def test_a_saved_reader_loads_with_the_same_judgements(
    reader: SemanticReader, copies: list[LabelledCopy], tmp_path: Path
) -> None:
    path = tmp_path / "reader.npz"
    reader.save(path)
    loaded = SemanticReader.load(path)
    texts = [normalize(c.text, "evasion") for c in copies[::20]]
    assert loaded.classes == reader.classes and loaded.rules == reader.rules
    for got, want in zip(loaded.probabilities(texts), reader.probabilities(texts), strict=True):
        np.testing.assert_allclose(got, want, atol=0.02)


def test_hostile_model_files_are_refused_with_a_clear_error(
    reader: SemanticReader, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not a zip at all" * 10)
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, codes=np.array([object()], dtype=object))
    missing = tmp_path / "missing.npz"
    np.savez(missing, codes=reader.codes)
    misfit = tmp_path / "misfit.npz"
    replace(reader, idf=reader.idf[:-1]).save(misfit)
    for path in (garbage, pickled, missing, misfit):
        with pytest.raises(ReaderFileError):
            SemanticReader.load(path)
    assert zipfile.is_zipfile(pickled)


def test_training_refuses_a_sealed_split(tmp_path: Path) -> None:
    sealed = tmp_path / "sealed.jsonl"
    split = sorted(SEALED)[0]
    row = {"id": "x", "split": split, "category": "absolute", "article": "第九条"}
    sealed.write_text(json.dumps({**row, "expect": "reject", "text": "全城最好"}) + "\n")
    with pytest.raises(SealedSplitError, match=split):
        load_copies([sealed])


def test_the_default_training_data_is_every_listed_file_but_the_sealed_ones() -> None:
    files = training_files()
    assert set(files) == {s.path for s in SETS if s.kind != "sealed"}
    kinds = [next(s.kind for s in SETS if s.path == f) for f in files]
    assert kinds[0] == "tuned" and kinds == sorted(kinds, key=KINDS.index)  # then held-out, reader
    assert load_copies(files)  # and none of them holds a sealed split


def test_every_labelled_file_is_listed_once_with_the_splits_it_holds() -> None:
    """``bench/data/adcheck_sets.txt`` is the one list of the labelled files: a new file must be
    listed there (with its kind), not forgotten, and each line names the splits its copies carry."""
    assert {s.path.name for s in SETS} == {p.name for p in DATA.glob("adcheck_*.jsonl")}
    for labelled in SETS:
        rows = (json.loads(line) for line in labelled.path.read_text(encoding="utf-8").splitlines())
        assert tuple(dict.fromkeys(row["split"] for row in rows)) == labelled.splits, labelled
    assert {split for s in SETS if s.kind == "sealed" for split in s.splits} == SEALED


def test_the_list_of_sets_reads_kinds_and_splits_and_names_a_bad_line(tmp_path: Path) -> None:
    listed = tmp_path / "sets.txt"
    listed.write_text(
        "# comment\n\nadcheck_eval.jsonl  tuned  tune tune2\n"
        "adcheck_heldout9.jsonl heldout  # measured once\nadcheck_x.jsonl sealed\n"
    )
    sets = labelled_sets(listed)
    assert [(s.path, s.kind, s.splits) for s in sets] == [
        (tmp_path / "adcheck_eval.jsonl", "tuned", ("tune", "tune2")),
        (tmp_path / "adcheck_heldout9.jsonl", "heldout", ("heldout9",)),
        (tmp_path / "adcheck_x.jsonl", "sealed", ("x",)),
    ]
    assert training_files(sets) == (
        tmp_path / "adcheck_eval.jsonl",
        tmp_path / "adcheck_heldout9.jsonl",
    )
    for bad, message in (
        ("adcheck_a.jsonl secret", ":1: kind 'secret'"),
        ("adcheck_a.jsonl reader\nadcheck_a.jsonl heldout", ":2: adcheck_a.jsonl is listed twice"),
        ("../adcheck_a.jsonl reader", "is not an adcheck_"),
        ("notes.txt reader", "is not an adcheck_"),
        ("adcheck_a.jsonl", "a file and its kind"),
    ):
        listed.write_text(bad + "\n")
        with pytest.raises(ValueError, match=message):
            labelled_sets(listed)


def _copy(n: int, category: str, article: str, expect: str) -> LabelledCopy:
    return LabelledCopy(f"x-{n}", "tune", category, article, expect, f"文案{n}")


def test_a_category_splits_by_the_article_and_level_its_lawyers_gave() -> None:
    many = MIN_CLASS
    copies = [
        *(_copy(n, "endorsement", "第十六条", "reject") for n in range(many)),
        *(_copy(100 + n, "endorsement", "第三十八条", "review") for n in range(many)),
        _copy(200, "endorsement", "第三十八条", "reject"),  # rare pair: joins its article
        _copy(201, "endorsement", "第十八条", "reject"),  # rare article: the commonest pair
        *(_copy(300 + n, "price", "价格法", "reject") for n in range(many)),
        *(_copy(400 + n, "price", "价格", "reject") for n in range(3)),  # inside 价格法
        *(_copy(500 + n, "absolute", "第九条", "reject") for n in range(3)),
        _copy(600, "clean_spec", "", "pass"),
    ]
    labels = dict(zip((c.id for c in copies), class_labels(copies), strict=True))
    sep = ARTICLE_SEP
    assert labels["x-0"] == labels["x-201"] == f"endorsement{sep}第十六条{sep}reject"
    assert labels["x-100"] == labels["x-200"] == f"endorsement{sep}第三十八条{sep}review"
    assert labels["x-300"] == labels["x-400"] == "price"  # one pair left: the category
    assert labels["x-500"] == "absolute" and labels["x-600"] == "clean"
    weights = dict(zip(labels, category_weights(list(labels.values())), strict=True))
    # Both endorsement classes share the category's weight: 4 categories over 45 copies.
    assert weights["x-0"] == weights["x-100"] == pytest.approx(45 / 4 / 26)
    assert weights["x-500"] == pytest.approx(45 / 4 / 3)


def test_the_category_decides_and_its_likeliest_class_is_cited() -> None:
    # Two classes of one category, each below category_at, together above it.
    sep = ARTICLE_SEP
    classes = (
        "clean",
        f"endorsement{sep}第十六条{sep}reject",
        f"endorsement{sep}第三十八条{sep}review",
    )
    codes = np.array(sorted(pack(g) for g in ("医生", "代言")), dtype=np.int64)
    reader = SemanticReader(
        codes=codes,
        idf=np.ones(2, dtype=np.float32),
        coef=np.array([[0.0, 1.0, 1.1], [0.0, 1.0, 1.1]], dtype=np.float32),
        intercept=np.zeros(3, dtype=np.float32),
        detector=np.full(2, 5.0, dtype=np.float32),
        detector_bias=0.0,
        classes=classes,
        rules=("", "AD16-ENDORSE", "AD38-CELEBRITY"),
        levels=("", "reject", "review"),
        review_at=0.5,
        reject_at=0.8,
        category_at=0.6,
    )
    probabilities, _ = reader.probabilities(["医生代言"])
    assert probabilities[0, 1] < probabilities[0, 2] < 0.6
    assert probabilities[0, 1] + probabilities[0, 2] >= 0.6
    (hit,) = reader.read("医生代言")
    assert hit.category == "endorsement" and hit.rule == "AD38-CELEBRITY"
    assert hit.level == "review"


def test_cross_validation_keeps_clean_copy_within_the_budgets(
    copies: list[LabelledCopy],
) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6", "tune7")]
    grid = [(0.5, 0.7, 0.1), (0.8, 0.9, 0.2), (0.99, 1.01, 0.5)]
    reader, report = tune(few, grid=grid)
    base, chosen = report["rules_only"], report["cross_validated"]
    assert isinstance(base, dict) and isinstance(chosen, dict)
    assert chosen["flagged"] <= base["flagged"] + FLAG_BUDGET
    assert chosen["rejected"] <= base["rejected"] + REJECT_BUDGET
    assert chosen["recall"] >= base["recall"]
    per_fold = report["per_fold"]
    assert isinstance(per_fold, dict) and set(per_fold) == {"tune5", "tune6", "tune7"}
    assert (reader.review_at, reader.reject_at, reader.category_at) in grid
    # The per-category reject thresholds keep the same budgets, and lose no caught copy
    # against the pooled one (they start from never rejecting and only add catches).
    pooled = report["cross_validated_pooled_reject"]
    assert isinstance(pooled, dict)
    assert chosen["over_rejected"] <= base["over_rejected"] + OVER_BUDGET
    assert len(reader.reject_by_category) == len(reader.categories)
    assert all(reader.review_at <= v <= 1.01 for v in reader.reject_by_category)
    # The grey zone's threshold: chosen on the sweep, whose figures at it are those reported.
    sweep, picked = report["context_sweep"], report["chosen"]
    assert isinstance(sweep, dict) and isinstance(picked, dict)
    assert set(sweep) == {str(v) for v in (NEVER_AT, *GRID_CONTEXT_AT)}
    assert reader.context_at == picked["context_at"]
    at, never = sweep[str(reader.context_at)], sweep[str(NEVER_AT)]
    assert {k: at[k] for k in chosen} == chosen
    assert at["flagged"] <= never["flagged"] + CONTEXT_BUDGET
    assert at["caught"] - never["caught"] >= at["flagged_copies"] - never["flagged_copies"]


def test_the_grey_zone_threshold_steps_down_while_each_step_pays() -> None:
    def at(caught: int, flagged: int) -> Tally:
        return Tally(violations=1000, caught=caught, clean=2000, flagged=flagged)

    grid = sorted(GRID_CONTEXT_AT, reverse=True)  # 0.9, 0.8, …, 0.2
    never = at(800, 10)  # the budget: 10 / 2000 + 1 % = 30 clean copies flagged
    # Each step down to 0.5 catches 10 and flags 2 more; 0.5 → 0.4 flags 26 and catches 6.
    sweep = {NEVER_AT: never}
    for n, value in enumerate(grid, 1):
        sweep[value] = at(800 + 10 * n, 10 + 2 * n) if value >= 0.5 else at(850 + n, 40 + n)
    assert grey_zone_threshold(sweep) == 0.5
    # Steps that pay but take the flagged past the budget stop it too (0.4 flags 34).
    sweep = {NEVER_AT: never, **{v: at(800 + 50 * n, 10 + 4 * n) for n, v in enumerate(grid, 1)}}
    assert sweep[0.4].rates()["flagged"] > never.rates()["flagged"] + CONTEXT_BUDGET
    assert grey_zone_threshold(sweep) == 0.5
    # Nothing pays: never.
    assert grey_zone_threshold({NEVER_AT: never, **{v: at(800, 11) for v in grid}}) == NEVER_AT


def test_per_category_thresholds_buy_catches_within_the_budgets() -> None:
    def reading(n: int, category: str, expect: str, p: float) -> Reading:
        copy = LabelledCopy(f"x-{n}", "s", category, "第九条", expect, "…")
        return Reading(copy, "review", True, ((category, p),) if p else ())

    # Prices: two catches at 0.75, but a clean copy rejected at 0.8; cures: caught from 0.7.
    pool = [
        reading(1, "price", "reject", 0.75),
        reading(2, "price", "reject", 0.76),
        reading(3, "price", "pass", 0.8),
        reading(4, "medical", "reject", 0.7),
        reading(5, "medical", "reject", 0.95),
        *(reading(10 + n, "clean_ordinary", "pass", 0.0) for n in range(40)),
    ]
    grid = [0.7, 0.75, 0.8, 0.85, 0.9, 1.01]
    # No clean copy may be rejected: prices stay above the clean copy's 0.8, cures go to 0.7.
    strict, tally = reject_by_category(pool, grid, {"rejected": 0.0, "over_rejected": 0.0})
    assert strict["medical"] == 0.7 and strict["price"] > 0.8
    assert tally.caught == 2 and tally.rejected == 0
    # One clean copy in 41 allowed: the price threshold drops to 0.75 and buys both.
    loose, tally = reject_by_category(pool, grid, {"rejected": 0.03, "over_rejected": 0.0})
    assert loose == {"medical": 0.7, "price": 0.75} and tally.caught == 4


def test_a_sentence_is_rejected_at_its_categorys_threshold(tmp_path: Path) -> None:
    # One rejected class whose detector reads 医生代言 at p(violation) = sigmoid(2 × 5 / √2).
    codes = np.array(sorted(pack(g) for g in ("医生", "代言")), dtype=np.int64)
    reader = SemanticReader(
        codes=codes,
        idf=np.ones(2, dtype=np.float32),
        coef=np.array([[0.0, 3.0], [0.0, 3.0]], dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        detector=np.full(2, 5.0, dtype=np.float32),
        detector_bias=0.0,
        classes=("clean", f"endorsement{ARTICLE_SEP}第十六条{ARTICLE_SEP}reject"),
        rules=("", "AD16-ENDORSE"),
        levels=("", "reject"),
        review_at=0.5,
        reject_at=0.8,
        category_at=0.3,
    )
    text = "这家诊所由主任医生代言推荐"
    (hit,) = reader.read(text)
    assert hit.level == "reject" and hit.probability > 0.99
    index = reader.categories.index("endorsement")
    stricter = tuple(1.01 if n == index else 0.0 for n in range(len(reader.categories)))
    (hit,) = replace(reader, reject_by_category=stricter).read(text)
    assert hit.level == "review"  # the category's own threshold, not the pooled 0.8
    # The thresholds travel with the model file; a file without them uses the pooled one.
    path = tmp_path / "reader.npz"
    replace(reader, reject_by_category=stricter).save(path)
    assert SemanticReader.load(path).reject_by_category == stricter
    with pytest.raises(ReaderFileError, match="reject thresholds"):
        replace(reader, reject_by_category=(0.9,) * 5).validate()


def _grey_reader(context_at: float) -> SemanticReader:
    """A reader with a clean class, the grey zone's 第十一条 class and a rejected absolute class:
    回头客 reads as the grey zone, 第一 as an absolute claim."""
    sep = ARTICLE_SEP
    codes = np.array(sorted(pack(g) for g in ("回头客", "第一")), dtype=np.int64)
    order = np.argsort([pack("回头客"), pack("第一")])
    coef = np.array([[0.0, 4.0, 0.0], [0.0, 0.0, 6.0]], dtype=np.float32)[order]
    return SemanticReader(
        codes=codes,
        idf=np.ones(2, dtype=np.float32),
        coef=coef,
        intercept=np.zeros(3, dtype=np.float32),
        detector=np.array([-5.0, 5.0], dtype=np.float32)[order],  # the grey zone: no violation
        detector_bias=0.0,
        classes=("clean", f"{CONTEXT_CLASS}{sep}第十一条{sep}review", "absolute"),
        rules=("", "AD11-DATA", "AD9-ABSOLUTE"),
        levels=("", "review", "reject"),
        review_at=0.5,
        reject_at=0.8,
        category_at=0.3,
        context_at=context_at,
    )


def test_the_grey_zone_adds_a_review_finding_at_its_threshold(tmp_path: Path) -> None:
    text = "咱家回头客多。周末照常营业"
    assert _grey_reader(NEVER_AT).read(text) == []  # files written before it: no finding
    (hit,) = _grey_reader(0.3).read(text)
    assert (hit.category, hit.rule, hit.level) == (CONTEXT_CLASS, "AD11-DATA", "review")
    assert text[hit.start : hit.end] == "咱家回头客多" and hit.probability >= 0.3
    assert _grey_reader(0.99).read(text) == []  # below its threshold
    # Never rejected, and a violation category more probable in the sentence wins it.
    (hit,) = _grey_reader(0.3).read("第一的回头客")
    assert hit.category == "absolute"
    # The threshold travels with the model file; a file without it adds no grey-zone finding.
    path = tmp_path / "reader.npz"
    _grey_reader(0.3).save(path)
    assert SemanticReader.load(path).context_at == pytest.approx(0.3)
    with np.load(path) as data:
        older = {k: data[k] for k in data.files if k != "context_at"}
    np.savez(path, **older)
    assert SemanticReader.load(path).context_at == NEVER_AT


def test_the_check_judges_a_grey_zone_finding_in_the_category_of_the_rule_it_cites() -> None:
    packs = load_packs()
    checker = AdChecker(packs.rules, packs.contexts, reader=_grey_reader(0.3))
    plain = checker.check("咱家回头客多，周末照常营业")
    (finding,) = plain.findings
    assert plain.verdict == "review" and finding.rule == "SEMANTIC-CONTEXT_REVIEW"
    assert finding.contribution == "review" and "第十一条" in finding.article
    assert "灰色地带" in finding.explanation and "转人工复审" in finding.explanation
    # A rule of the cited rule's category (data: AD11-DATA) already decided: nothing added.
    listed = checker.check("回头客特别多，好多人一买就是好几年")
    assert [f.rule for f in listed.findings] == ["AD11-DATA"]


def test_the_grey_zones_classes_cite_the_rule_its_copies_draw() -> None:
    packs = load_packs()
    checker = AdChecker(packs.rules, packs.contexts)

    def copy(n: int, article: str, text: str) -> LabelledCopy:
        return LabelledCopy(f"g-{n}", "tune", CONTEXT_CLASS, article, "review", text)

    exclusive = ["本店是这一片唯一一家做手工鲜面的", "我们是全区独家代理这个牌子的"]
    compare = ["比外面那些洗衣店洗得干净多了", "比外面那些面包房用料实在多了"]
    copies = [
        *(copy(n, "第二十八条", exclusive[n % 2]) for n in range(MIN_CLASS)),
        *(copy(100 + n, "第十三条", compare[n % 2]) for n in range(MIN_CLASS)),
        copy(200, "第九条第（二）项", "街道都推荐的小店"),  # rare: joins, not joined into
        LabelledCopy("c", "tune", "clean_spec", "", "pass", "500克装"),
    ]
    labels = class_labels(copies)
    sep = ARTICLE_SEP
    assert set(labels) == {
        "clean",
        f"{CONTEXT_CLASS}{sep}第二十八条{sep}review",
        f"{CONTEXT_CLASS}{sep}第十三条{sep}review",
    }
    drawn = class_rules(copies, packs.rules, labels, checker)
    assert drawn[f"{CONTEXT_CLASS}{sep}第二十八条{sep}review"] == ("AD9-EXCLUSIVE", "review")
    assert drawn[f"{CONTEXT_CLASS}{sep}第十三条{sep}review"] == ("AD13-COMPARE", "review")
    # Without the rules' word, the review-level rule citing fewest articles besides it.
    blind = class_rules(copies, packs.rules, labels)
    rule = {r.id: r for r in packs.rules}[blind[f"{CONTEXT_CLASS}{sep}第二十八条{sep}review"][0]]
    assert "第二十八条" in rule.law and rule.severity != "banned"


def test_the_bundled_reader_cites_rules_of_the_packs() -> None:
    reader = bundled_reader()
    rules = {rule.id for rule in load_packs().rules}
    for label, rule, level in zip(reader.classes, reader.rules, reader.levels, strict=True):
        if category_of(label) == "clean":
            assert (rule, level) == ("", "")
        elif category_of(label) == CONTEXT_CLASS:
            assert rule in rules and level == "review"  # the grey zone only reviews
        else:
            assert rule in rules and level in ("reject", "review")


def test_the_check_adds_the_readers_finding_only_where_no_rule_decides(
    reader: SemanticReader,
) -> None:
    packs = load_packs()
    eager = replace(reader, review_at=0.0, reject_at=1.01, category_at=0.0, reject_by_category=())
    checker = AdChecker(packs.rules, packs.contexts, reader=eager)
    rules_only = AdChecker(packs.rules, packs.contexts)
    # Wording no rule lists (…肠胃的老毛病慢慢就调理好了 has been AD17-DISEASE's since the
    # twenty-fourth round).
    text = "吃了这款蜂蜜，肠胃舒服多了"
    with_reader, alone = checker.check(text), rules_only.check(text)
    added = [f for f in with_reader.findings if f.rule.startswith("SEMANTIC-")]
    assert added and len(with_reader.findings) == len(alone.findings) + len(added)
    for finding in added:
        assert finding.matched == text[finding.start : finding.end]
        assert finding.contribution == "review" and finding.rewrite is None
        assert finding.law and "语义识别" in finding.explanation
        assert not any(
            f.category == finding.category and f.contribution != "none" for f in alone.findings
        )
    # A rule decides 全网最低价 (price, reject): the reader adds nothing of that category.
    listed = "本店牛奶全网最低价"
    assert rules_only.check(listed).verdict == "reject"
    assert not [
        f
        for f in checker.check(listed).findings
        if f.rule.startswith("SEMANTIC-") and f.category in {"price", "absolute"}
    ]
    # A context a lawyer applied (a quoted customer) is not overruled in its category.
    quoted = "顾客王阿姨说：“这是我吃过最好吃的草莓”"
    lowered = [f for f in rules_only.check(quoted).findings if f.context is not None]
    assert lowered
    assert not [
        f
        for f in checker.check(quoted).findings
        if f.rule.startswith("SEMANTIC-") and f.category in {g.category for g in lowered}
    ]


def test_the_reader_may_raise_a_rules_review_to_reject_in_its_category_and_no_more() -> None:
    """A rule sends 保健食品 to review as sensitive wording (AD18-HEALTH-WORDING); the reader
    reading the sentence as a rejected health claim raises it to reject. It never repeats a
    review, never adds to a category a rule already rejects, never decides a claim that awaits
    its proof (needs_evidence), and never overrules a context that cleared a match."""
    rules_only = default_checker(reader=False)

    def added(text: str, level: str, category: str = "health") -> list[str]:
        result = rules_only.check(text)
        rule = {
            "health": "AD18-HEALTH-CLAIM",
            "absolute": "AD9-ABSOLUTE",
            "endorsement": "AD38-NOT-USED",
        }[category]
        hit = SemanticHit(category, rule, level, 0.97, 0, len(text), ())
        judged = [*result.findings, *result.cleared]
        found = semantic_findings(text, [hit], judged, rules_only.rules)
        return [f.contribution for f in found]

    reviewed = "维C咀嚼片（保健食品）吃了身体倍儿棒，全家老小都适合"
    assert {(f.rule, f.contribution) for f in rules_only.check(reviewed).findings} == {
        ("AD18-HEALTH-WORDING", "review")
    }
    assert added(reviewed, "reject") == ["reject"]
    assert added(reviewed, "review") == []  # the rule already sends it to review
    rejected = "这款钙片（保健食品）保证孩子长个"
    assert rules_only.check(rejected).verdict == "reject"
    assert added(rejected, "reject") == []  # the rules decided it at the reader's level
    # A celebrity endorser is lawful if they used the service: the proof decides, not the reader.
    celebrity = "特邀游泳世界冠军担任品牌代言人，年卡1680元"
    assert {(f.rule, f.severity) for f in rules_only.check(celebrity).findings} == {
        ("AD38-CELEBRITY", "needs_evidence")
    }
    assert added(celebrity, "reject", "endorsement") == []
    # A context that cleared a match of the category in the sentence stands (a specification).
    cleared = "净水器第一级为PP棉滤芯"
    assert [f.context for f in rules_only.check(cleared).cleared] == ["spec"]
    assert added(cleared, "reject", "absolute") == []
    assert added("净水器滤芯", "reject", "absolute") == ["reject"]  # nothing cleared, no rule


def test_a_grey_zone_hit_asks_no_more_where_the_copy_names_its_source() -> None:
    """The reader's grey zone (a rank, a comparison, a figure that wants a source) is answered by
    a context that cleared a claim because the copy names where to check it; a context of another
    kind (a time word) answers nothing about the source, and the hit stands."""
    rules_only = default_checker(reader=False)

    def added(text: str) -> list[str]:
        result = rules_only.check(text)
        hit = SemanticHit(CONTEXT_CLASS, "AD11-DATA", "review", 0.8, 0, len(text), ())
        judged = [*result.findings, *result.cleared]
        return [f.rule for f in semantic_findings(text, [hit], judged, rules_only.rules)]

    sourced = "本店卤味获市烹饪协会2024年度社区特色小吃评选铜奖，证书编号PR2024-0312"
    assert [f.context for f in rules_only.check(sourced).cleared] == ["sourced_citation"]
    assert added(sourced) == []
    timed = "最近好多人来问我们家的私教课，约课都排到下周了"
    assert [f.context for f in rules_only.check(timed).cleared] == ["time_order"]
    assert added(timed) == [f"SEMANTIC-{CONTEXT_CLASS.upper()}"]
    # The names are the packs' own: a context renamed there must be renamed here.
    assert {c.id for c in load_packs().contexts} >= SOURCE_CONTEXTS


def test_a_price_doubt_adds_a_finding_only_where_the_copy_compares_its_price() -> None:
    """The price packs work out a copy's own sums (``compliance.pricemath``); the reader cannot,
    so its price class at review level adds a finding only where the sentence sets the price
    against another seller's, which a reviewer asks the proof of. A rejecting hit stands."""
    rules_only = default_checker(reader=False)

    def added(text: str, level: str) -> list[str]:
        result = rules_only.check(text)
        assert result.verdict == "pass"  # nothing of the rules' own in the way
        hit = SemanticHit(PRICE_CATEGORY, "PRICE-FRAUD", level, 0.97, 0, len(text), ())
        judged = [*result.findings, *result.cleared]
        return [f.contribution for f in semantic_findings(text, [hit], judged, rules_only.rules)]

    assert added("限时特价，买一送一", "reject") == ["reject"]
    assert added("限时特价，买一送一", "review") == []
    assert added("我们拿货价格低于本地批发市场，邻居们放心囤", "review") == ["review"]
    assert added("美团上同款双人套餐148元，小程序下单仅需118元", "review") == ["review"]
    # Any other category's doubt at review level still adds its finding.
    hit = SemanticHit("absolute", "AD9-ABSOLUTE", "review", 0.8, 0, 9, ())
    assert semantic_findings("限时特价，买一送一", [hit], [], rules_only.rules)
    # The shipped reader doubts the near miss at review level (0.88 when this was written): the
    # check passes it.
    checker = default_checker()
    assert checker.reader is not None
    text = "限时特价，买一送一"
    assert [(h.category, h.level) for h in checker.reader.read(text)] == [
        (PRICE_CATEGORY, "review")
    ]
    assert checker.check(text).verdict == "pass"


def test_a_sentence_is_a_violation_only_where_the_copy_read_whole_is_one() -> None:
    """The reader learnt from whole copies. A greeting read alone can sound like one (团长又来啦
    was read as vulgar, 0.94 when this was written); in a copy that, read whole, is not a
    violation of that category it adds nothing, whether the copy is short (read whole as one more
    unit) or long (read whole only to gate its sentences). A real claim beside the same greeting
    still stands."""
    checker = default_checker()
    reader = checker.reader
    assert reader is not None
    greeting = "团长又来啦"
    assert [(h.category, h.level) for h in reader.read(greeting)] == [("vulgar", "review")]
    short = f"{greeting}！小区东门菜摊的土鸡蛋到了，30枚装45元，明早8点自提。"
    assert len(short) <= WHOLE_COPY_CHARS
    notice = (
        "各位邻居晚上好，咱们群里见！本周六上午九点到十一点，小区南门广场有免费磨刀和修伞的便民"
        "活动，由物业和街道志愿者一起组织，不收任何费用。需要修的东西请提前放在门卫室，写上楼号"
        "和姓名，师傅会按顺序处理。活动当天如遇下雨顺延到下周六，具体时间会在群里通知。周边三个"
        f"小区都能送，欢迎拉家人朋友进群，{greeting}，晚上好。"
    )
    assert len(notice) > WHOLE_COPY_CHARS
    for clean in (short, notice):
        # Each sentence is still scored: the gate, not a lost sentence, keeps them quiet.
        assert len(reader.score(clean).spans) > 2
        assert reader.read(clean) == []
        assert checker.check(clean).verdict == "pass"
    claim = "家人们晚上好！土蜂蜜每天一勺，降血糖比药还管用，三斤装128元。"
    assert reader.read("家人们晚上好")  # the greeting alone reads as a violation …
    hits = reader.read(claim)
    assert [(h.category, h.level) for h in hits] == [("medical", "reject")]  # … not beside one
    assert checker.check(claim).verdict == "reject"


def test_the_grey_zone_too_asks_the_copy_read_whole() -> None:
    """The grey zone (a claim that needs a source) is judged like a violation: a sentence's review
    finding stands only where the copy read whole reads as such a claim. A shop thanking its
    street for ten years reads as one alone, not in the notice it opens."""
    checker = default_checker()
    reader = checker.reader
    assert reader is not None
    thanks = "在这条街开了十年理发店，谢谢街坊们照顾"
    assert [(h.category, h.level) for h in reader.read(thanks)] == [(CONTEXT_CLASS, "review")]
    notice = f"{thanks}。男士剪发20元，周一店休。"
    assert reader.score(notice).hedged[-1] < reader.context_at
    assert reader.read(notice) == []
    assert checker.check(notice).verdict == "pass"


def test_the_reader_does_not_raise_what_a_context_lowered() -> None:
    """A quoted customer's 全城最好吃 is lowered to review by a context (a lawyer's reading of
    who is speaking); a rejecting hit of the reader in that sentence does not raise it back."""
    rules_only = default_checker(reader=False)
    quoted = "顾客说：“比超市的甜，全城最好吃”"
    result = rules_only.check(quoted)
    assert [(f.contribution, f.context) for f in result.findings] == [("review", "quoted_customer")]
    hit = SemanticHit("absolute", "AD9-ABSOLUTE", "reject", 0.97, 0, len(quoted), ())
    judged = [*result.findings, *result.cleared]
    assert semantic_findings(quoted, [hit], judged, rules_only.rules) == []


def test_a_hit_whose_weightiest_words_the_copy_declines_is_dropped() -> None:
    """The reader weighs 利息 and 保底 in 没有返利，也没有利息 and 没有保底收入 as an income
    promise; where a cue stands inside a claim the copy declines (``declined_claim``) the hit
    is dropped. A cue outside the denial keeps it, and the rules still read the claim beside a
    denial."""
    rules_only = default_checker(reader=False)
    denied = "储值卡没有返利，也没有利息，余额随时可查"
    hit = SemanticHit("investment", "AD25-RETURN", "reject", 0.99, 0, len(denied), ("利息",))
    assert rules_only.with_hits(denied, rules_only.check(denied), [hit]).verdict == "pass"
    outside = SemanticHit("investment", "AD25-RETURN", "reject", 0.99, 0, len(denied), ("余额",))
    kept = rules_only.with_hits(denied, rules_only.check(denied), [outside])
    assert [f.rule for f in kept.findings] == ["SEMANTIC-INVESTMENT"]
    modest = "成人英语口语班，每班6人，不承诺考试成绩"
    grades = SemanticHit("education", "AD24-EDUCATION", "review", 0.7, 0, len(modest), ("成绩",))
    assert rules_only.with_hits(modest, rules_only.check(modest), [grades]).verdict == "pass"
    beside = "加盟不收任何费用，没有保底，月入过万不是梦"
    assert "AD25-RETURN" in {f.rule for f in rules_only.check(beside).findings}


def _read_with(text: str, rule: str, cue: str, start: int = 0) -> CheckResult:
    """The rules' check of ``text`` with one reader's hit of ``rule``'s category added, its cue
    ``cue``, spanning ``text`` from ``start`` (``AdChecker.with_hits``)."""
    checker = default_checker(reader=False)
    category = checker.rules[rule].category
    level = "review" if category in ("absolute", "exclusive", "investment") else "reject"
    hit = SemanticHit(category, rule, level, 0.9, start, len(text), (cue,))
    return checker.with_hits(text, checker.check(text), [hit])


def test_a_hit_whose_weightiest_words_a_rules_exception_set_aside_is_dropped() -> None:
    """第一 in an address and 唯一 in a notice about the group's only payment code are words the
    rules read and set aside with an exception (``TermMatcher.find``'s ``set_aside``); the
    reader's hit of the same category whose cue stands there is dropped. A cue elsewhere, or a
    hit of another category, keeps the hit."""
    rules_only = default_checker(reader=False)
    address = "地址：人民路第一农贸市场B区12号摊位，找不到就问卖豆腐的老李"
    aside: list[TermMatch] = []
    assert rules_only._matcher.find(address, aside) == []
    assert [m.group for m in aside] == ["AD9-ABSOLUTE"]
    assert _read_with(address, "AD9-ABSOLUTE", "第一").verdict == "pass"
    kept = _read_with(address, "AD9-ABSOLUTE", "老李")
    assert [f.rule for f in kept.findings] == ["SEMANTIC-ABSOLUTE"]
    assert _read_with(address, "AD9-VULGAR", "第一").verdict == "reject"
    notice = "本群是本店唯一的官方团购群，其他群发的收款链接请勿点击"
    assert _read_with(notice, "AD9-EXCLUSIVE", "唯一").verdict == "pass"
    assert rules_only.check("本店是全城唯一的官方授权店").verdict != "pass"


def test_a_hit_on_a_customers_quoted_words_is_dropped_only_for_opinion_categories() -> None:
    """A rank or a tone the reader reads into a customer's attributed words (``quoted_customer``)
    is dropped for ``QUOTED_OPINION_CATEGORIES``; the same words as the shop's own keep the hit,
    and a quoted cure (a testimonial the law forbids) keeps it too."""
    quote = "二单元周阿姨：“保洁阿姨干活稳当，连冰箱顶都擦了。”"
    at = quote.index("保洁")
    assert _read_with(quote, "AD9-ABSOLUTE", "稳当", at).verdict == "pass"
    assert (
        _read_with("保洁阿姨干活稳当，连冰箱顶都擦了。", "AD9-ABSOLUTE", "稳当").verdict == "review"
    )
    assert _read_with(quote, "AD17-DISEASE", "稳当", at).verdict == "reject"
    # Signed after a dash by a neighbour named as one (——5栋老胡, ——4栋乐乐妈妈, ——小吴).
    for signed in (
        "“保洁阿姨干活稳当，连冰箱顶都擦了。”——5栋老胡",
        "“保洁阿姨干活稳当。”——乐乐妈妈",
        "“保洁阿姨干活稳当。”——上班族小吴",
    ):
        assert _read_with(signed, "AD9-ABSOLUTE", "稳当", 1).verdict == "pass", signed


def test_a_hit_whose_cue_stands_in_an_ordinary_notice_is_dropped() -> None:
    """A group rule or a notice to parents (``ordinary_notice``) is no claim: the reader's hit
    whose cue stands there is dropped, whatever its category; a companion waived (不用家长陪同)
    is no notice, and the hit stands."""
    group_rule = "本群禁止发理财、高收益投资类广告，发现一次移出群聊"
    assert _read_with(group_rule, "AD25-RETURN", "收益").verdict == "pass"
    notice = "爸爸妈妈们注意：游泳馆儿童区须有成人陪同"
    assert _read_with(notice, "AD40-MINORS", "儿童").verdict == "pass"
    waived = "中学生暑假专享，不用家长陪同签字，周末直接到店就能做"
    assert _read_with(waived, "AD40-MINORS", "家长").verdict == "reject"
    # An impostor warned of or disowned (冒充, 与本店无关, 请勿混淆) is a notice too.
    for disowned in (
        "本店为夫妻小店，与同名连锁品牌无关，请勿混淆",
        "最近有人冒充本店客服收定金，付款只走小程序",
        "官方账号只有这一个，冒名账号发的活动与本店无关",
    ):
        assert (
            _read_with(disowned, "AD9-EXCLUSIVE", "无关" if "无关" in disowned else "冒充").verdict
            == "pass"
        ), disowned
    claim = "本店是全城唯一的官方授权店，与同名连锁品牌无关"
    assert _read_with(claim, "AD9-EXCLUSIVE", "唯一").verdict != "pass"


def test_the_default_check_reads_with_the_bundled_reader() -> None:
    checker = default_checker()
    assert checker.reader is not None
    assert checker.check("社区团购今日到货，山东烟台苹果每斤八元。").verdict == "pass"


def test_the_settings_turn_the_reader_off_or_replace_it(
    reader: SemanticReader, tmp_path: Path
) -> None:
    from compliance.check import checker_for
    from radar.settings import ComplianceSettings

    assert checker_for(ComplianceSettings(semantic_reader=False)).reader is None
    assert checker_for(ComplianceSettings()).reader is bundled_reader()
    path = tmp_path / "other.npz"
    replace(reader, review_at=0.99).save(path)
    other = checker_for(ComplianceSettings(reader_path=path)).reader
    assert other is not None and other.review_at == pytest.approx(0.99)


def test_folds_in_worker_processes_give_the_same_reader_and_report(
    copies: list[LabelledCopy],
) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6")]
    grid = [(0.5, 0.7, 0.1), (0.8, 0.9, 0.2)]
    # Two small splits: the weaker model of c=4 keeps one of the two settings within the budgets.
    alone, alone_report = tune(few, grid=grid, c=4.0)
    forked, forked_report = tune(few, grid=grid, c=4.0, jobs=2)
    assert forked_report == alone_report
    assert forked.classes == alone.classes
    assert np.array_equal(forked.coef, alone.coef)
    assert forked.reject_by_category == alone.reject_by_category


def test_a_copy_scored_once_is_judged_at_any_threshold_as_read_there(
    copies: list[LabelledCopy], reader: SemanticReader
) -> None:
    # Training scores each held-out copy once and judges it at every setting of the grid: the
    # hits and the check's result must be those of a reader built with that setting.
    packs = load_packs()
    checker = AdChecker(packs.rules, packs.contexts)
    settings = [(0.5, 0.7, 0.1), (0.65, 0.8, 0.2), (0.9, 1.01, 0.3)]
    judged = 0
    for copy in copies[::7]:
        scored = reader.score(copy.text)
        rules_only = checker.check_rules(copy.text)
        for review_at, reject_at, category_at in settings:
            at = replace(reader, review_at=review_at, reject_at=reject_at, category_at=category_at)
            hits = at.hits(scored)
            assert hits == at.read(copy.text), copy.id
            checker.reader = at
            assert checker.with_hits(copy.text, rules_only, hits) == checker.check(copy.text)
            judged += bool(hits)
        checker.reader = None
    assert judged > 50  # the settings do fire on these copies
    other = fit([c for c in copies if c.split != "tune"], packs.rules)
    with pytest.raises(ValueError, match="other weights"):
        other.hits(scored)


def test_a_folds_counts_are_the_real_checks_at_each_setting(copies: list[LabelledCopy]) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6")]
    grid = ((0.5, 0.7, 0.1), (0.8, 0.9, 0.2), (0.99, 1.01, 0.5))
    packs = load_packs()
    group, reader, by_split = _FoldJob(few, packs, 4.0, grid).run(("tune6",))
    assert group == ("tune6",) and set(by_split) == {"tune6"}
    tallies = by_split["tune6"]
    held = [c for c in few if c.split == "tune6"]
    checker = AdChecker(packs.rules, packs.contexts)
    expected = Tally()
    tally(checker, held, expected)
    assert tallies[None] == expected and expected.violations + expected.clean == len(held)
    for review_at, reject_at, category_at in grid:
        checker.reader = replace(
            reader, review_at=review_at, reject_at=reject_at, category_at=category_at
        )
        expected = Tally()
        tally(checker, held, expected)
        assert tallies[(review_at, reject_at, category_at)] == expected
    assert tallies[grid[0]] != tallies[None]  # the reader adds catches at the loosest setting


def test_fold_groups_deal_whole_splits_round_robin() -> None:
    splits = [f"tune{n}" for n in (5, 6, 7, 8, 9)]
    assert fold_groups(splits) == [(s,) for s in sorted(splits)]
    assert fold_groups(splits, 9) == fold_groups(splits)  # more folds than splits: one each
    groups = fold_groups(list(reversed(splits)), 2)
    assert groups == [("tune5", "tune7", "tune9"), ("tune6", "tune8")]
    for bad in (1, -1):
        with pytest.raises(ValueError, match="folds"):
            fold_groups(splits, bad)


def test_a_group_fold_reads_each_split_with_a_reader_that_never_saw_the_group(
    copies: list[LabelledCopy],
) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6", "tune7")]
    grid = ((0.5, 0.7, 0.1), (0.8, 0.9, 0.2))
    packs = load_packs()
    checker = AdChecker(packs.rules, packs.contexts)
    group, reader, by_split = _FoldJob(few, packs, 4.0, grid).run(("tune5", "tune7"))
    assert group == ("tune5", "tune7") and set(by_split) == {"tune5", "tune7"}
    alone = fit([c for c in few if c.split == "tune6"], packs.rules, c=4.0, checker=checker)
    assert reader.classes == alone.classes and np.array_equal(reader.coef, alone.coef)
    for split in group:
        held = [c for c in few if c.split == split]
        checker.reader = replace(reader, review_at=0.5, reject_at=0.7, category_at=0.1)
        expected = Tally()
        tally(checker, held, expected)
        assert by_split[split][grid[0]] == expected, split
        assert expected.violations + expected.clean == len(held)


def test_a_folds_n_gram_budget_is_its_readers(copies: list[LabelledCopy]) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6", "tune7")]
    packs = load_packs()
    checker = AdChecker(packs.rules, packs.contexts)
    training = [c for c in few if c.split == "tune6"]
    _, reader, _ = _FoldJob(few, packs, 4.0, ((0.5, 0.7, 0.1),), 3).run(("tune5", "tune7"))
    sparse = fit(training, packs.rules, c=4.0, min_df=3, checker=checker)
    dense = fit(training, packs.rules, c=4.0, min_df=2, checker=checker)
    assert np.array_equal(reader.codes, sparse.codes) and np.array_equal(reader.coef, sparse.coef)
    # A higher budget keeps a strict subset of the n-grams: a smaller model file.
    assert set(sparse.codes.tolist()) < set(dense.codes.tolist())


def test_grouped_cross_validation_reports_every_split_within_the_budgets(
    copies: list[LabelledCopy],
) -> None:
    few = [c for c in copies if c.split in ("tune5", "tune6", "tune7")]
    grid = [(0.5, 0.7, 0.1), (0.8, 0.9, 0.2), (0.99, 1.01, 0.5)]
    reader, report = tune(few, grid=grid, folds=2)
    assert report["folds"] == 2
    per_fold = report["per_fold"]
    assert isinstance(per_fold, dict) and set(per_fold) == {"tune5", "tune6", "tune7"}
    base, chosen = report["rules_only"], report["cross_validated"]
    assert isinstance(base, dict) and isinstance(chosen, dict)
    assert chosen["flagged"] <= base["flagged"] + FLAG_BUDGET
    assert chosen["rejected"] <= base["rejected"] + REJECT_BUDGET
    assert (reader.review_at, reader.reject_at, reader.category_at) in grid
    # Fewer, bigger held-out groups read the same copies with other readers: the rules-alone
    # figures are the same, the reader's may differ.
    _, by_split = tune(few, grid=grid)
    assert by_split["rules_only"] == base and by_split["folds"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--folds", "1"], "--folds must be 0 (one per split) or at least 2, not 1"),
        (["--min-df", "0"], "--min-df must be at least 1, not 0"),
    ],
)
def test_train_adreader_refuses_a_single_fold_or_an_n_gram_budget_below_one(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from compliance import reader_cli
    from radar.settings import Settings

    parser = argparse.ArgumentParser()
    reader_cli.add_arguments(parser)
    assert reader_cli.run(parser.parse_args(args), Settings()) == 2
    assert message in capsys.readouterr().err
