"""Manage review users and their bearer tokens (submitter, legal, committee, admin).

radar users add NAME --role legal     # prints the token once; only its hash is stored
radar users list [--role committee]
radar users rotate NAME               # new token, the old one stops working
radar users disable NAME | enable NAME
"""

from __future__ import annotations

import argparse
import sys

from radar.settings import Settings

ROLE_CHOICES = ("submitter", "legal", "committee", "admin")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands add, list, rotate, disable, enable."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="create a user and print its token once")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    listing = sub.add_parser("list", help="list users")
    listing.add_argument("--role", choices=ROLE_CHOICES)
    for action, text in (
        ("rotate", "issue a new token (the old one stops working)"),
        ("disable", "refuse the user's token from now on"),
        ("enable", "accept the user's token again"),
    ):
        sub.add_parser(action, help=text).add_argument("name")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen action against the configured store."""
    from compliance import users
    from compliance.errors import ComplianceError
    from store import open_store

    store = open_store(settings)
    try:
        if args.action == "add":
            user, token = users.create_user(store, args.name, args.role)
            print(f"created {user.role} {user.name!r}; token (shown once, keep it safe):")
            print(token)
        elif args.action == "list":
            cursor: str | None = None
            while True:
                page, _total, cursor = users.list_users(store, role=args.role, cursor=cursor)
                for u in page:
                    state = "active" if u.active else "disabled"
                    print(f"{u.name}\t{u.role}\t{state}\t{u.created_at.isoformat()}")
                if not cursor:
                    break
        elif args.action == "rotate":
            print(users.rotate_token(store, args.name))
        else:
            users.update_user(store, args.name, active=args.action == "enable")
            print(f"{args.name}: {args.action}d")
    except (ComplianceError, ValueError) as exc:
        print(f"radar users: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
