"""The ``radar`` command line.

Subcommands live with the stage that owns them and are found through the
``radar.commands`` entry-point group (``pyproject.toml``), so the kernel names no later stage;
a command's module is imported only when that command runs (``radar --version`` stays fast).
Each command module exposes ``add_arguments(parser)`` and ``run(args, settings) -> int``; the
one-line help is the module docstring's first line. Commands that wire several stages together
live in ``flows/``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import cache
from importlib.metadata import PackageNotFoundError, entry_points, version
from pathlib import Path
from typing import Protocol, cast

from pydantic import ValidationError
from pydantic_settings import SettingsError

from radar.settings import Settings, UnsafeSettings, groups, setting_fields

#: The entry-point group each stage registers its subcommands in.
COMMAND_GROUP = "radar.commands"


@cache
def commands() -> dict[str, str]:
    """Subcommand name -> module implementing it, from the installed entry points (sorted)."""
    found = {ep.name: ep.value for ep in entry_points(group=COMMAND_GROUP)}
    return dict(sorted(found.items()))


class CommandModule(Protocol):
    """What a subcommand module provides."""

    __doc__: str | None

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace, settings: Settings) -> int: ...


def _version() -> str:
    try:
        return version("community-radar")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def _load(name: str) -> CommandModule:
    (entry,) = entry_points(group=COMMAND_GROUP, name=name)
    return cast(CommandModule, entry.load())


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only`` just that subcommand's module is imported."""
    parser = argparse.ArgumentParser(
        prog="radar", description="Community Radar (社区雷达): listen, understand, act, measure."
    )
    parser.add_argument("--version", action="version", version=f"radar {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands():
        if only is not None and name != only:
            subparsers.add_parser(name, help="(see radar NAME --help)", add_help=False)
            continue
        module = _load(name)
        summary = (module.__doc__ or name).strip().splitlines()[0]
        sub = subparsers.add_parser(name, help=summary, description=module.__doc__)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``radar`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--version"]:
        print(f"radar {_version()}")
        return 0
    # Import only the module of the requested command (others may pull in torch, prefect, ...).
    first = next((a for a in argv if not a.startswith("-")), None)
    only = first if first in commands() and "--help" not in argv[:1] else None
    parser = build_parser(only)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"radar: invalid configuration: {configuration_error(exc)}", file=sys.stderr)
        return 2
    except SettingsError as exc:  # a value that is not JSON where a list is expected
        print(f"radar: invalid configuration: {exc}", file=sys.stderr)
        return 2
    problem = data_dir_problem(settings.data_dir)
    if problem:
        print(f"radar: RADAR_DATA_DIR: {problem}", file=sys.stderr)
        return 2
    # Resolved once, here: served flow runs and other child processes get the same directory
    # whatever their working directory.
    settings = settings.replace(data_dir=settings.data_dir.expanduser().resolve())
    try:
        return _load(args.command).run(args, settings)
    except UnsafeSettings as exc:  # RADAR_ENV=production refused what a command was to start
        print(f"radar: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `radar … | head`: the reader left; end quietly
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def data_dir_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the data directory (a file, or not creatable), or None.

    Nothing is created here: commands that write create it, commands that only read refuse to.
    """
    path = path.expanduser().resolve()
    if path.exists():
        return None if path.is_dir() else f"{path} is a file, not a directory"
    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        return f"{path} cannot be created: {parent} is a file"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{path} cannot be created: no permission to write in {parent}"
    return None


def configuration_error(exc: ValidationError) -> str:
    """One line naming each bad environment variable and what is wrong with it."""
    classes = {Settings.__name__: ""} | {k.__name__: f"{g}." for g, k in groups().items()}
    variables = {path: env for env, path, _ in setting_fields()}
    parts = []
    for error in exc.errors(include_url=False):
        message = error["msg"].removeprefix("Value error, ")
        if error["loc"]:
            path = classes.get(exc.title, "") + ".".join(str(p) for p in error["loc"])
            message = f"{variables.get(path, path)}: {message}"
        parts.append(message)
    return "; ".join(parts)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
