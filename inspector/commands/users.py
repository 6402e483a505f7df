"""``inspector users init|add|list|disable|enable|password|appeal|my-events``: local accounts and roles."""

from __future__ import annotations

import argparse
import getpass
import os

from inspector.commands.common import add_db_argument, open_from_args
from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="Local accounts: manager, auditor, staff.")
    us = p.add_subparsers(dest="users_command", metavar="ACTION")
    us.required = True

    a = us.add_parser("init", help="Create the first manager account (only while no account exists).")
    a.add_argument("name", help="Account name of the first manager.")
    add_db_argument(a)
    a.set_defaults(func=run_init)

    a = us.add_parser("add", help="Add an account (as a manager).")
    a.add_argument("name", help="Account name.")
    a.add_argument("--role", required=True, choices=["manager", "auditor", "staff"], help="The account's role.")
    a.add_argument("--staff", metavar="CODE", help="Staff code of a staff account (required for --role staff).")
    add_db_argument(a)
    a.set_defaults(func=run_add)

    a = us.add_parser("list", help="List accounts (managers and auditors).")
    add_db_argument(a)
    a.set_defaults(func=run_list)

    for name, active in (("disable", False), ("enable", True)):
        a = us.add_parser(name, help=f"{name.capitalize()} an account (as a manager).")
        a.add_argument("name", help="Account name.")
        add_db_argument(a)
        a.set_defaults(func=run_active, active=active)

    a = us.add_parser("appeal", help="Appeal one of your own events with a comment (staff accounts).")
    a.add_argument("event_id", type=int, help="The event (see `inspector users my-events`).")
    a.add_argument("comment", help="Why the event is wrong.")
    add_db_argument(a)
    a.set_defaults(func=run_appeal)

    a = us.add_parser("my-events", help="Your own events and their status (staff see only their own).")
    add_db_argument(a)
    a.set_defaults(func=run_my_events)

    a = us.add_parser("password", help="Set an account's password (a manager, or the account itself).")
    a.add_argument("name", help="Account name.")
    add_db_argument(a)
    a.set_defaults(func=run_password)


def new_password(prompt_for: str) -> str:
    """The new password: $INSPECTOR_NEW_PASSWORD, or typed twice at a prompt.

    Raises:
        UserError: The two entries differ or there is no terminal.
    """
    env = os.environ.get("INSPECTOR_NEW_PASSWORD")
    if env is not None:
        return env
    try:
        first = getpass.getpass(f"new password for {prompt_for}: ")
        second = getpass.getpass("repeat it: ")
    except (EOFError, OSError):
        raise UserError("no terminal to ask the new password: set $INSPECTOR_NEW_PASSWORD") from None
    if first != second:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def run_init(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        u = store.init_manager(args.name, new_password(args.name))
    print(f"manager account {u.name!r} created; changes now need --user {u.name} (or --local-admin)")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        u = store.add_user(args.name, args.role, new_password(args.name), args.staff)
    print(f"{u.role} account {u.name!r} created" + (f" for staff {u.staff_code}" if u.staff_code else ""))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        users = store.list_users()
    if not users:
        print("no accounts (open mode); create the first manager with `inspector users init NAME`")
        return 0
    for u in users:
        print(f"{u.name:20} {u.role:8} {u.staff_code or '-':10} {'active' if u.active else 'disabled':8} "
              f"{u.created_at:%Y-%m-%d}")
    return 0


def run_active(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        u = store.set_user_active(args.name, args.active)
    print(f"account {u.name!r} {'enabled' if u.active else 'disabled'}")
    return 0


def run_password(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        u = store.set_password(args.name, new_password(args.name))
    print(f"password of {u.name!r} changed")
    return 0


def run_appeal(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        ap = store.appeal(args.event_id, args.comment)
    print(f"event {ap.event_id} appealed by {ap.user}; its evidence is kept until a reviewer has looked at it")
    return 0


def run_my_events(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        if store.actor is None:
            raise UserError("sign in with --user NAME to see your own events")
        events = store.list_events()
    for e in events:
        appeal = " appealed" if e.appeal else ""
        print(f"{e.id:6} {e.start:%Y-%m-%d %H:%M} {e.rule_id:24} {e.points:4g} pts  {e.status.value}{appeal}  "
              f"clip {e.clip_status.value}")
    if not events:
        print("no events")
    return 0
