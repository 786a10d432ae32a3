"""Generate the README's configuration table from ``Settings`` and its groups.

``python -m radar.settings_doc`` prints it; ``--write README.md`` replaces the block between the
``<!-- settings:start -->`` and ``<!-- settings:end -->`` markers. ``tests/test_docs.py`` fails
when the README's block differs from what this prints.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from radar.settings import setting_fields

START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def settings_table() -> str:
    """Markdown table: variable, attribute of ``Settings``, default, description."""
    rows = ["| variable | setting | default | description |", "|---|---|---|---|"]
    for env, path, info in setting_fields():
        default = info.default
        shown = "(unset)" if default is None else f"`{default}`"
        description = (info.description or "").replace("|", "\\|")
        rows.append(f"| `{env}` | `{path}` | {shown} | {description} |")
    return "\n".join(rows)


def replace_block(text: str) -> str:
    """``text`` with its settings block regenerated."""
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise ValueError(f"no {START} … {END} block found")
    return pattern.sub(lambda _: f"{START}\n{settings_table()}\n{END}", text)


def main() -> None:
    """Print the table or rewrite a file's block."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="file whose settings block to regenerate")
    args = parser.parse_args()
    if args.write:
        args.write.write_text(replace_block(args.write.read_text(encoding="utf-8")), "utf-8")
    else:
        print(settings_table())


if __name__ == "__main__":
    main()
