"""``inspector review list|confirm|dismiss|assign``: reviewers decide events, once."""

from __future__ import annotations

import argparse
import sys

from inspector.commands.common import add_db_argument, open_from_args
from inspector.commands.roster import zone
from inspector.errors import UserError
from inspector.scoring import ScoringError, parse_month

STATUSES = ("pending", "confirmed", "dismissed", "all")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="List events and confirm or dismiss them.")
    rsub = p.add_subparsers(dest="review_cmd", metavar="ACTION")
    rsub.required = True
    ls = rsub.add_parser("list", help="List events (pending by default), unassigned ones flagged.")
    ls.add_argument("--status", choices=STATUSES, default="pending", help="Which events (default pending).")
    ls.add_argument("--unassigned", action="store_true", help="Only events with no rostered staff member.")
    ls.add_argument("--station", help="Only this station.")
    ls.add_argument("--staff", help="Only this staff code.")
    ls.add_argument("--month", help="Only events starting in this local month (YYYY-MM).")
    ls.add_argument("--limit", type=int, help="At most this many events.")
    ls.set_defaults(func=_list)
    parsers = [ls]
    for name, decision in (("confirm", "confirm"), ("dismiss", "dismiss")):
        d = rsub.add_parser(name, help=f"{name.capitalize()} events (final: a second decision is refused).")
        d.add_argument("event_ids", nargs="+", type=int, metavar="EVENT_ID", help="Event id(s).")
        d.add_argument("--reviewer", required=True, help="Who decides (recorded with the decision).")
        d.add_argument("--comment", default="", help="Why (recorded with the decision).")
        d.set_defaults(func=_decide, decision=decision)
        parsers.append(d)
    a = rsub.add_parser("assign", help="Give an undecided event (e.g. an unassigned one) to a staff member.")
    a.add_argument("event_id", type=int, help="Event id.")
    a.add_argument("staff", help="Staff code.")
    a.set_defaults(func=_assign)
    parsers.append(a)
    imp = rsub.add_parser("import-unsaved", help="Store the events an analysis saved to an unsaved-events-*.jsonl "
                                                 "file when the database could not be written (safe to repeat).")
    imp.add_argument("file", help="The unsaved-events-*.jsonl file.")
    imp.set_defaults(func=_import_unsaved)
    parsers.append(imp)
    for x in parsers:
        x.add_argument("--tz", help="IANA time zone for shown times (default: scoring.timezone).")
        add_db_argument(x)


def _list(args: argparse.Namespace) -> int:
    tz = zone(args)
    since = until = None
    if args.month:
        try:
            since, until = parse_month(args.month).bounds(tz)
        except ScoringError as e:
            raise UserError(f"--month: {e}") from None
    if args.limit is not None and args.limit < 1:
        raise UserError("--limit must be at least 1")
    with open_from_args(args) as store:
        events = store.list_events(since=since, until=until, station=args.station, staff_code=args.staff,
                                   status=None if args.status == "all" else args.status,
                                   unassigned=args.unassigned, limit=args.limit)
    if not events:
        print(f"no {'' if args.status == 'all' else args.status + ' '}events")
        return 0
    print(f"{len(events)} event(s); times in {tz.key}")
    for e in events:
        who = e.staff_code or "UNASSIGNED"
        clip = e.clip_path if e.clip_status.value == "ok" else f"clip {e.clip_status.value}"
        line = (f"#{e.id:<6d} {e.start.astimezone(tz):%Y-%m-%d %H:%M:%S} {e.duration_s:5.0f}s  {e.station_name:10s} "
                f"{who:10s} {e.rule_id:18s} {e.points:g} pt  conf {e.peak_confidence:.2f}  {e.status.value:9s} {clip}")
        if e.review:
            line += f"  [{e.review.reviewer} {e.review.at.astimezone(tz):%Y-%m-%d %H:%M}" \
                    + (f": {e.review.comment}" if e.review.comment else "") + "]"
        print(line)
    return 0


def _decide(args: argparse.Namespace) -> int:
    failures = 0
    with open_from_args(args) as store:
        for eid in args.event_ids:
            try:
                r = store.decide(eid, args.decision, args.reviewer, args.comment)
            except UserError as e:
                if len(args.event_ids) == 1:
                    raise
                print(f"event {eid}: {e}")
                failures += 1
                continue
            print(f"event {eid} {r.decision.value}ed by {r.reviewer}")
    if failures:
        raise UserError(f"{failures} of {len(args.event_ids)} event(s) not decided (see above)")
    return 0


def _assign(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        e = store.assign_event(args.event_id, args.staff)
    print(f"event {e.id} now belongs to {e.staff_code}")
    return 0


def _import_unsaved(args: argparse.Namespace) -> int:
    from inspector.writer import import_unsaved

    with open_from_args(args) as store:
        try:
            rep = import_unsaved(store, args.file)
        except OSError as e:
            raise UserError(f"cannot read {args.file}: {e.strerror or e}") from None
    print(f"{args.file}: events {rep.events_new} new, {rep.events_known} already stored, "
          f"{rep.ends_extended} end(s) extended; clips {rep.clips}; greetings {rep.greetings_new} new")
    for line in rep.skipped:
        print(f"inspector: error: not imported: {line}", file=sys.stderr)
    return 1 if rep.skipped else 0
