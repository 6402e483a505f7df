"""The conduct database: the single writer and the typed records it hands out.

>>> store = Store.open(resolve_database())          # doctest: +SKIP
>>> ev, new = store.add_event(station="desk-1", ...) # doctest: +SKIP
"""

from __future__ import annotations

import argparse
from typing import TypeVar

from inspector.settings_base import Section

from inspector.store.errors import (AlreadyDecided, DatabaseLocked, Duplicate, InvalidInput, NotFound,
                                    PermissionDenied, RosterOverlap, SchemaError, StoreError, UnknownEvent,
                                    UnknownStaff, UnknownStation, WrongPassword)
from inspector.store.records import (AppealRecord, CachedScore, ClipStatus, Decision, EventRecord, EventStatus,
                                     GreetingRecord, GreetingStatus, InspectionOverride, InspectionRecord, ReviewRecord, RosterEntry,
                                     RosterSpec, StaffRecord,
                                     StationRecord, UserRecord)
from inspector.store.settings import DB_ENV, StorageConfig, default_data_dir, resolve_database
from inspector.store.store import Store, alembic_config, migrations_folder, to_url

_S = TypeVar("_S", bound=Section)

__all__ = [
    "AlreadyDecided", "AppealRecord", "PermissionDenied", "UserRecord", "WrongPassword", "CachedScore", "ClipStatus", "DB_ENV", "DatabaseLocked", "Decision", "Duplicate",
    "EventRecord", "EventStatus", "GreetingRecord", "GreetingStatus", "InspectionOverride", "InspectionRecord", "InvalidInput",
    "NotFound", "ReviewRecord",
    "RosterEntry", "RosterOverlap", "RosterSpec", "SchemaError", "StaffRecord", "StationRecord",
    "StorageConfig", "Store", "StoreError", "UnknownEvent", "UnknownStaff", "UnknownStation",
    "add_db_argument", "alembic_config", "config_section", "default_data_dir", "migrations_folder", "open_from_args",
    "resolve_database", "storage_config", "to_url",
]


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Adds ``--db URL_OR_PATH`` and the sign-in options (``--user``, ``--local-admin``) to a sub-command."""
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help=f"Database: SQLAlchemy URL or SQLite file (default ${DB_ENV}, the `storage` "
                             "config section, then inspector.db in the user's data folder).")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--user", metavar="NAME",
                     help="Act as this account (password from $INSPECTOR_PASSWORD or a prompt). Needed for "
                          "changes once accounts exist (`inspector users init`).")
    who.add_argument("--local-admin", action="store_true",
                     help="Act with manager rights as the machine's OS user, without an account; every "
                          "change is recorded in the audit trail with the OS user name.")


def config_section(args: argparse.Namespace, name: str, cls: type[_S]) -> _S:
    """Section ``name`` of the --config file, or ``cls()`` when the file or the section is absent."""
    from inspector.config import load_config
    cfg = load_config(getattr(args, "config", None))
    section = getattr(cfg, name, None)
    return section if isinstance(section, cls) else cls()


def storage_config(args: argparse.Namespace) -> StorageConfig:
    """The ``storage`` section of the --config file (defaults when the file or section is absent)."""
    return config_section(args, "storage", StorageConfig)


def open_from_args(args: argparse.Namespace) -> Store:
    """Opens the store named by --db / $INSPECTOR_DB / config / default, acting as --user or --local-admin.

    Raises:
        WrongPassword: --user with a wrong password (or an unknown/inactive account).
    """
    from inspector.auth import Actor, password_from_env_or_prompt

    cfg = storage_config(args)
    store = Store.open(resolve_database(getattr(args, "db", None), cfg), cfg)
    try:
        if getattr(args, "local_admin", False):
            store.actor = Actor.local_admin_mode()
        elif getattr(args, "user", None):
            store.actor = store.authenticate(args.user, password_from_env_or_prompt(args.user))
    except BaseException:
        store.close()
        raise
    return store
