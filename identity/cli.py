"""Manage users, their roles, bearer tokens and console passwords.

radar users add NAME --role legal [--password-stdin] [--token-ttl-days N]
                                      # prints the token once; only its hash is stored
radar users list [--role committee]
radar users rotate NAME [--token-ttl-days N]   # new token, the old one stops working
radar users set-password NAME         # reads the new password from stdin
radar users disable NAME | enable NAME

Roles: submitter, legal, committee, pr, ops, viewer, admin (``identity.roles``). Passwords are
read from standard input (first line), never from the command line, where other users of the
machine could see them in the process list.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from identity.roles import ROLES
from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands add, list, rotate, set-password, disable, enable."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="create a user and print its token once")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read a console password from stdin (first line)",
    )
    listing = sub.add_parser("list", help="list users")
    listing.add_argument("--role", choices=ROLES)
    rotate = sub.add_parser("rotate", help="issue a new token (the old one stops working)")
    rotate.add_argument("name")
    for command in (add, rotate):
        command.add_argument(
            "--token-ttl-days",
            type=float,
            help="the token expires after this many days (default: RADAR_AUTH_TOKEN_TTL_DAYS)",
        )
    sub.add_parser(
        "set-password", help="set a console password, read from stdin (first line)"
    ).add_argument("name")
    for action, text in (
        ("disable", "refuse the user's token, password and sessions from now on"),
        ("enable", "accept the user's token again"),
    ):
        sub.add_parser(action, help=text).add_argument("name")


def _password_from_stdin() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def _ttl(args: argparse.Namespace, settings: Settings) -> timedelta | None:
    days = args.token_ttl_days if args.token_ttl_days is not None else settings.auth.token_ttl_days
    return timedelta(days=days) if days else None


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen action against the configured store."""
    from identity import users
    from identity.errors import IdentityError
    from store import open_store
    from store.update import UpdateConflict

    password = _password_from_stdin() if getattr(args, "password_stdin", False) else None
    if args.action == "set-password":
        password = _password_from_stdin()
    store = open_store(settings)
    try:
        if args.action == "add":
            user, token = users.create_user(
                store, args.name, args.role, password=password, token_ttl=_ttl(args, settings)
            )
            print(f"created {user.role} {user.name!r}; token (shown once, keep it safe):")
            print(token)
        elif args.action == "list":
            cursor: str | None = None
            while True:
                page = users.list_users(store, role=args.role, cursor=cursor)
                for u in page.items:
                    state = "active" if u.active else "disabled"
                    print(f"{u.name}\t{u.role}\t{state}\t{u.created_at.isoformat()}")
                cursor = page.next_cursor
                if not cursor:
                    break
        elif args.action == "rotate":
            print(users.rotate_token(store, args.name, token_ttl=_ttl(args, settings))[1])
        elif args.action == "set-password":
            users.set_password(store, args.name, password or "")
            print(f"{args.name}: password set")
        else:
            users.update_user(store, args.name, active=args.action == "enable")
            print(f"{args.name}: {args.action}d")
    except (IdentityError, UpdateConflict) as exc:
        print(f"radar users: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
