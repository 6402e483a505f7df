"""``inspector roster add|list|import``: who works at which station when.

Times without a UTC offset are local to the scoring time zone (``scoring.timezone`` in the
config, else the computer's zone); ``--tz`` overrides it.
"""

from __future__ import annotations

import argparse
import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from inspector.commands.common import add_db_argument, config_section, open_from_args
from inspector.errors import UserError
from inspector.scoring import ScoringConfig, ScoringError, parse_local_datetime, parse_month, resolve_timezone
from inspector.store import RosterSpec

CSV_FIELDS = ("staff", "station", "start", "end")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("roster", help="Put staff members at stations for spans of time.")
    rsub = p.add_subparsers(dest="roster_cmd", metavar="ACTION")
    rsub.required = True
    a = rsub.add_parser("add", help="Add one roster entry (refused if it overlaps another).")
    a.add_argument("staff", help="Staff code.")
    a.add_argument("station", help="Station name or id.")
    a.add_argument("--start", required=True, help="Start, e.g. '2025-03-01 09:00' (local) or ISO with offset.")
    a.add_argument("--end", required=True, help="End (exclusive), same format.")
    a.set_defaults(func=_add)
    ls = rsub.add_parser("list", help="List roster entries.")
    ls.add_argument("--station", help="Only this station.")
    ls.add_argument("--staff", help="Only this staff code.")
    ls.add_argument("--month", help="Only entries overlapping this month (YYYY-MM).")
    ls.set_defaults(func=_list)
    im = rsub.add_parser("import", help="Import a CSV with header staff,station,start,end (all or nothing).")
    im.add_argument("csv", type=Path, help="CSV file (UTF-8).")
    im.set_defaults(func=_import)
    for x in (a, ls, im):
        x.add_argument("--tz", help="IANA time zone of times without offset (default: scoring.timezone).")
        add_db_argument(x)


def zone(args: argparse.Namespace) -> ZoneInfo:
    """The time zone for parsing and printing local times."""
    try:
        name = getattr(args, "tz", None) or config_section(args, "scoring", ScoringConfig).timezone
        return resolve_timezone(name)
    except ScoringError as e:
        raise UserError(str(e)) from None


def local_time(text: str, tz: ZoneInfo, what: str) -> datetime:
    """Parses a command-line time; the error names the option."""
    try:
        return parse_local_datetime(text, tz)
    except ScoringError as e:
        raise UserError(f"{what}: {e}") from None


def _add(args: argparse.Namespace) -> int:
    tz = zone(args)
    start, end = local_time(args.start, tz, "--start"), local_time(args.end, tz, "--end")
    with open_from_args(args) as store:
        r = store.add_roster(args.staff, args.station, start, end)
    print(f"roster #{r.id}: {r.staff_code} at {r.station_name} "
          f"{r.start.astimezone(tz):%Y-%m-%d %H:%M} - {r.end.astimezone(tz):%Y-%m-%d %H:%M} ({tz.key})")
    return 0


def _list(args: argparse.Namespace) -> int:
    tz = zone(args)
    since = until = None
    if args.month:
        try:
            since, until = parse_month(args.month).bounds(tz)
        except ScoringError as e:
            raise UserError(f"--month: {e}") from None
    with open_from_args(args) as store:
        entries = store.list_roster(station=args.station, staff_code=args.staff, since=since, until=until)
        names = {s.id: s.name for s in store.list_staff()}
    if not entries:
        print("no roster entries")
    print(f"times in {tz.key}")
    for r in entries:
        print(f"#{r.id:<5d} {r.start.astimezone(tz):%Y-%m-%d %a %H:%M} - {r.end.astimezone(tz):%Y-%m-%d %H:%M}  "
              f"{r.station_name:12s} {r.staff_code:10s} {names.get(r.staff_id, '')}")
    return 0


def read_roster_csv(path: Path, tz: ZoneInfo) -> list[RosterSpec]:
    """Reads roster rows; every problem names the line.

    Raises:
        UserError: Missing file, missing columns, empty cells or bad times.
    """
    if not path.is_file():
        raise UserError(f"roster CSV not found: {path}")
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = [h.strip().lower() for h in (reader.fieldnames or [])]
            missing = [c for c in CSV_FIELDS if c not in header]
            if missing:
                raise UserError(f"{path}: header must name {','.join(CSV_FIELDS)}; missing {','.join(missing)}")
            specs = []
            for line, row in enumerate(reader, 2):
                cells = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
                empty = [c for c in CSV_FIELDS if not cells.get(c)]
                if empty:
                    raise UserError(f"{path} line {line}: empty {','.join(empty)}")
                specs.append(RosterSpec(cells["staff"], cells["station"],
                                        local_time(cells["start"], tz, f"{path} line {line} start"),
                                        local_time(cells["end"], tz, f"{path} line {line} end")))
    except UnicodeDecodeError as e:
        raise UserError(f"{path} is not UTF-8 text: {e}") from None
    if not specs:
        raise UserError(f"{path} has no roster rows")
    return specs


def _import(args: argparse.Namespace) -> int:
    tz = zone(args)
    specs = read_roster_csv(args.csv, tz)
    with open_from_args(args) as store:
        try:
            added = store.add_roster_entries(specs)
        except UserError as e:
            raise UserError(f"{args.csv}: nothing imported: {e} (roster entry N is CSV line N+1)") from None
        attributed = store.reattribute_unassigned()
    print(f"imported {len(added)} roster entries from {args.csv}"
          + (f"; {attributed} unassigned event(s) now attributed" if attributed else ""))
    return 0
