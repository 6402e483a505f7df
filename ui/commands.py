"""``inspector ui`` (the desktop app) and ``inspector kiosk`` (the full-screen self-check).

The app adds these commands to the engine's command line through the ``deskconduct.commands``
entry point group (see ``pyproject.toml``): the engine imports nothing of the app.
"""

from __future__ import annotations

import argparse
import os

from inspector.commands.common import add_db_argument, open_from_args


def register(sub: argparse._SubParsersAction) -> None:
    for name, help_text in (("ui", "Open the desktop app (live view, review, scores, self-check, settings)."),
                            ("kiosk", "Open the full-screen self-check for staff (stores and deducts nothing).")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--source", default="",
                       help="Camera number, video file or rtsp:// URL the live view / kiosk opens (default camera 0).")
        p.add_argument("--lang", choices=("zh_CN", "en"),
                       help="Interface language (default: the saved choice, else the system locale).")
        p.add_argument("--data-dir", help="Folder for the database, clips and edited rules (default: the user's data folder).")
        add_db_argument(p)
        if name == "kiosk":
            p.add_argument("--windowed", action="store_true", help="Run in a window instead of full screen.")
        p.set_defaults(func=_run_ui if name == "ui" else _run_kiosk)


def _context(args: argparse.Namespace):
    from inspector.errors import UserError
    from inspector.config import load_config
    from inspector.rules import RulesError
    from inspector.site import Site
    from ui.context import open_context

    from pathlib import Path

    from inspector.store.settings import DB_ENV
    from ui.preferences import saved_data_dir, use_app_settings

    use_app_settings()
    if not args.data_dir and not args.db and not os.environ.get(DB_ENV):
        saved = saved_data_dir()  # the storage folder chosen in the settings
        args.data_dir = str(saved) if saved is not None else None
    if args.data_dir and not args.db:
        args.db = str(Site(Path(args.data_dir).expanduser()).database_path)
    store = open_from_args(args)  # --db, --user / --local-admin
    try:
        return open_context(None, load_config(getattr(args, "config", None)), args.data_dir, source=args.source,
                            store=store)
    except RulesError as e:
        store.close()
        raise UserError(str(e)) from None


def _run_ui(args: argparse.Namespace) -> int:
    from inspector.auth import PASSWORD_ENV
    from ui.app import run_main_window

    user = ""
    if getattr(args, "user", None) and PASSWORD_ENV not in os.environ:
        user, args.user = args.user, None  # the app asks for the password in its sign-in dialog
    ctx = _context(args)
    try:
        return run_main_window(ctx, args.lang, user=user)
    finally:
        ctx.store.close()


def _run_kiosk(args: argparse.Namespace) -> int:
    from ui.app import run_kiosk

    ctx = _context(args)
    try:
        return run_kiosk(ctx, args.lang, windowed=args.windowed)
    finally:
        ctx.store.close()
