"""Check ad copy against the Advertising Law (tier 1): JSON lines in, JSON lines out.

Each input line is an object with a ``text`` field (other fields are passed through); each output
line is that object plus ``verdict`` (pass / review / reject), ``findings`` (rule, category,
severity, start, end, term, matched, law, suggestion, article, contribution, context,
explanation, rewrite) and, since the fortieth round, ``cleared``: the matches a context cleared,
in the same fields (contribution ``none``, the context and its reason in the explanation), so a
reviewer sees why wording such as 最 passed. A line that is not such an object yields
``{"line": N, "error": "..."}`` in its place and the exit status 1.

    echo '{"text": "全网最低价，医生推荐"}' | radar check-ad
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar check-ad [--input FILE] [--output FILE] [--rules-dir DIR]``."""
    parser.add_argument("--input", "-i", type=Path, help="JSON lines file (default: stdin)")
    parser.add_argument("--output", "-o", type=Path, help="JSON lines file (default: stdout)")
    parser.add_argument(
        "--rules-dir", type=Path, help="rule packs to use (default: RADAR_COMPLIANCE_RULES_DIR)"
    )


def _check_line(raw: str, number: int, checker: Any) -> tuple[dict[str, Any], bool]:
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"line": number, "error": f"not JSON: {exc}"}, False
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"line": number, "error": 'expected an object with a string "text" field'}, False
    result = checker.check(item["text"])
    item["verdict"] = result.verdict
    item["findings"] = [f.model_dump() for f in result.findings]
    item["cleared"] = [f.model_dump() for f in result.cleared]
    return item, True


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Check every line; exit 1 if any line was malformed."""
    from compliance.check import checker_for
    from compliance.rulepack import RulePackError
    from compliance.semantic import ReaderFileError

    try:
        checker = checker_for(settings.compliance, args.rules_dir)
    except (RulePackError, ReaderFileError) as exc:
        print(f"radar check-ad: {exc}", file=sys.stderr)
        return 2
    source: TextIO = args.input.open(encoding="utf-8") if args.input else sys.stdin
    sink: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    ok = True
    try:
        for number, raw in enumerate(source, start=1):
            if not raw.strip():
                continue
            out, good = _check_line(raw, number, checker)
            if not good:
                print(f"radar check-ad: line {number}: {out['error']}", file=sys.stderr)
            ok &= good
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    finally:
        if args.input:
            source.close()
        if args.output:
            sink.close()
        else:
            sink.flush()
    return 0 if ok else 1
