"""``inspector scores --month YYYY-MM [--csv FILE] [--pdf FILE] [--language zh_CN|en]``: monthly 100-point
scores, printed and written in English or Chinese (default: ``report.language`` in the config)."""

from __future__ import annotations

import argparse
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from inspector.auth import Permission
from inspector.commands.common import add_db_argument, config_section, open_from_args
from inspector.errors import UserError
from inspector.report import ReportConfig, ReportError, fmt_delay, fmt_points, fmt_rate, write_csv, write_pdf
from inspector.report_words import REPORT_LANGUAGES, Words
from inspector.scoring import (MonthReport, ScoringConfig, ScoringError, compute_month, parse_month,
                               resolve_timezone, to_cached)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scores", help="Compute the monthly scores (score, deductions by rule, events behind them).")
    p.add_argument("--month", required=True, help="Month, YYYY-MM, in the scoring time zone.")
    p.add_argument("--csv", type=Path, metavar="FILE", help="Also write a CSV file.")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="Also write a PDF report.")
    p.add_argument("--tz", help="IANA time zone deciding month and day (default: scoring.timezone).")
    p.add_argument("--events", action="store_true", help="Print every event behind the scores.")
    p.add_argument("--language", choices=REPORT_LANGUAGES,
                   help="Language of the table, the CSV and the PDF (default: report.language in the config, else en).")
    add_db_argument(p)
    p.set_defaults(func=_scores)


def build_report(args: argparse.Namespace) -> MonthReport:
    """Reads the month's events from the store, scores them and refreshes the score cache."""
    cfg = config_section(args, "scoring", ScoringConfig)
    try:
        if args.tz:
            resolve_timezone(args.tz)
            cfg = cfg.model_copy(update={"timezone": args.tz})
        month = parse_month(args.month)
        since, until = month.bounds(resolve_timezone(cfg.timezone))
    except ScoringError as e:
        raise UserError(str(e)) from None
    with open_from_args(args) as store:
        report = compute_month(month, store.list_staff(), store.list_events(since=since, until=until),
                               store.list_inspections(since=since, until=until), cfg,
                               greetings=store.list_greetings(since=since, until=until))
        if store.can(Permission.RECALCULATE):  # staff may read their own scores but not refresh the cache
            store.save_monthly_scores(report.month, to_cached(report, datetime.now(timezone.utc)))
    return report


def columns(text: str) -> int:
    """Terminal columns of a text, counting wide (CJK) characters as two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """Left-aligns text to a terminal width, counting wide (CJK) characters as two columns."""
    return text + " " * max(0, width - columns(text))


def rpad(text: str, width: int) -> str:
    """Right-aligns text to a terminal width, counting wide (CJK) characters as two columns."""
    return " " * max(0, width - columns(text)) + text


def print_report(report: MonthReport, with_events: bool, w: Words | None = None) -> None:
    """The scores as a text table (in the language of ``w``; English by default)."""
    w = w or Words()
    print(f"{w('Conduct scores {month}').format(month=report.month)} ({report.timezone})")
    print(f"{pad(w('code'), 10)} {pad(w('name'), 16)} {rpad(w('score'), 6)} {rpad(w('deducted'), 9)} "
          f"{rpad(w('pending'), 8)} {rpad(w('greeted'), 14)} {rpad(w('median delay'), 12)}  {w('deductions by rule')}")
    for s in report.scores:
        rules = ", ".join(f"{w.rule(d.rule_id)} -{fmt_points(d.deducted)} ({d.events})"
                          for d in s.deductions if d.events)
        print(f"{s.staff.code:10s} {pad(s.staff.name, 16)} {fmt_points(s.score):>6s} {fmt_points(s.deducted):>9s} "
              f"{fmt_points(s.pending):>8s} {fmt_rate(s.greeting):>14s} {fmt_delay(s.greeting.median_delay_s, w):>12s}  "
              f"{rules or '-'}")
        if with_events:
            for e in s.events:
                print(f"{'':12s}#{e.event.id:<6d} {e.local_day} {pad(w.rule(e.event.rule_id), 18)} "
                      f"{pad(w.status(e.status.value), 9)} "
                      f"{w('{points} pt').format(points=fmt_points(e.event.points))} -> -{fmt_points(e.deducted)}")
    if report.unassigned:
        print(w("{n} unassigned event(s): `inspector review list --unassigned --status all --month {month}`").format(
            n=len(report.unassigned), month=report.month))


def _scores(args: argparse.Namespace) -> int:
    report = build_report(args)
    report_cfg = config_section(args, "report", ReportConfig)
    language = args.language or report_cfg.language
    print_report(report, args.events, Words(language))
    try:
        if args.csv:
            write_csv(report, args.csv, language)
            print(f"wrote {args.csv}")
        if args.pdf:
            font = write_pdf(report, args.pdf, report_cfg, language=language)
            print(f"wrote {args.pdf} (font {font.path or font.name})")
            if font.warning:
                print(f"warning: {font.warning}")
    except ReportError as e:
        raise UserError(str(e)) from None
    return 0
