"""``inspector audit list|verify|anchor``: the hash-chained audit trail."""

from __future__ import annotations

import argparse
import json

from inspector.commands.common import add_db_argument, open_from_args
from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="The audit trail: list it, verify its hash chain.")
    aus = p.add_subparsers(dest="audit_command", metavar="ACTION")
    aus.required = True
    a = aus.add_parser("list", help="Show audit rows (newest last).")
    a.add_argument("--last", type=int, default=50, help="How many of the newest rows (0: all; default 50).")
    add_db_argument(a)
    a.set_defaults(func=run_list)
    a = aus.add_parser("verify", help="Check the hash chain; names every edited, deleted or inserted row.")
    a.add_argument("--expect", metavar="ANCHOR",
                   help="An anchor printed earlier by `inspector audit anchor`: the row it names must still "
                        "be in the trail with the same hash (catches a trail cut back and its head moved).")
    add_db_argument(a)
    a.set_defaults(func=run_verify)
    a = aus.add_parser("anchor", help="Print the anchor of the newest audit row, to keep outside this machine "
                                      "(printed, mailed, a second disk) for `audit verify --expect`.")
    add_db_argument(a)
    a.set_defaults(func=run_anchor)


def run_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        rows = store.list_audit(limit=args.last or None)
    for r in rows:
        print(f"{r.id:6} {r.at:%Y-%m-%d %H:%M:%S} {r.actor} [{r.role}, os:{r.os_user}] {r.action} {r.target} "
              f"{json.dumps(dict(r.details), ensure_ascii=False, sort_keys=True)}")
    return 0


def run_anchor(args: argparse.Namespace) -> int:
    from inspector.audit import anchor_text

    with open_from_args(args) as store:
        problems = store.verify_audit()
        head = store.audit_head()
    if problems:
        raise UserError(f"the audit trail is broken ({len(problems)} problem(s), see `inspector audit verify`); "
                        "an anchor of it would vouch for a damaged trail")
    print(anchor_text(head))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from inspector.audit import check_anchor, head_digest, parse_anchor

    anchor = None
    if args.expect is not None:
        try:
            anchor = parse_anchor(args.expect)
        except ValueError as e:
            raise UserError(f"--expect: {e}") from None
    with open_from_args(args) as store:
        problems = store.verify_audit()
        head = store.audit_head()
        if anchor is not None:
            cut = check_anchor(store.list_audit(), anchor)
            problems = problems + ((cut,) if cut is not None else ())
    if not problems:
        print(f"audit trail intact: {head_digest(head)}")
        return 0
    for p in problems:
        print(f"{p.kind.upper():9} row {p.row_id}: {p.message}")
    print(f"audit trail BROKEN: {len(problems)} problem(s)")
    return 1
