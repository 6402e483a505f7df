"""``inspector retention [--days N] [--dry-run]``: delete old evidence clips (never confirmed/appealed ones)."""

from __future__ import annotations

import argparse
import math

from inspector.commands.common import add_db_argument, config_section, open_from_args, storage_config
from inspector.errors import UserError

MAX_DAYS = 3650
"""Longest retention period accepted (the bound of ``privacy.retention_days``)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("retention", help="Delete clips and thumbnails older than N days unless the event is "
                                         "confirmed or appealed; events keep their data (clip 'expired').")
    p.add_argument("--days", type=float, help="Retention period in days (default: the days set in the app's "
                                              "settings, else privacy.retention_days, 30).")
    p.add_argument("--dry-run", action="store_true", help="Only list the events whose evidence would be deleted.")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from inspector.privacy import PrivacyConfig, apply_retention
    from inspector.site import Site

    days = args.days
    if days is None:
        default = config_section(args, "privacy", PrivacyConfig).retention_days
        try:  # the period set in the app's settings, kept with the site's files
            days = Site.from_storage(storage_config(args)).load_retention_days(default)
        except ValueError as e:
            raise UserError(str(e)) from None
    if not math.isfinite(days) or not 0 < days <= MAX_DAYS:
        raise UserError(f"--days must be a number of days above 0 and at most {MAX_DAYS}, got {days:g}")
    with open_from_args(args) as store:
        rep = apply_retention(store, days, dry_run=args.dry_run)
    verb = "would expire" if args.dry_run else "expired"
    print(f"evidence before {rep.cutoff:%Y-%m-%d %H:%M} UTC: {verb} {len(rep.expired)} event(s)"
          + ("" if args.dry_run else f", {rep.files_deleted} file(s) deleted")
          + (f": {', '.join(map(str, rep.expired))}" if rep.expired else ""))
    for e in rep.errors:
        print(f"  could not delete: {e}")
    return 1 if rep.errors else 0
