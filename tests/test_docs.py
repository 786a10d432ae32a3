"""Docs that can drift get a test: the README's settings table and its two commands."""

from __future__ import annotations

from pathlib import Path

from radar.settings import setting_fields
from radar.settings_doc import END, START, replace_block, settings_table

ROOT = Path(__file__).resolve().parents[1]


def test_readme_settings_table_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in readme and END in readme
    assert replace_block(readme) == readme, "run: python -m radar.settings_doc --write README.md"


def test_every_setting_is_described() -> None:
    fields = list(setting_fields())  # the groups' fields (settings.crawl.timeout_s, ...) too
    assert [path for _, path, info in fields if not info.description] == []
    assert settings_table().count("\n") == len(fields) + 1


def test_readme_gives_the_two_commands_and_ci_uses_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_lists_every_radar_command() -> None:
    from radar.cli import commands

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## The `radar` command") : readme.index("## The stages")]
    missing = [name for name in commands() if f"`radar {name}" not in table]
    assert not missing, f"README's command table lacks: {missing}"
