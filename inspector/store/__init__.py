"""The conduct database: the single writer and the typed records it hands out.

>>> store = Store.open(resolve_database())          # doctest: +SKIP
>>> ev, new = store.add_event(station="desk-1", ...) # doctest: +SKIP
"""

from __future__ import annotations

import argparse
from typing import TypeVar

from inspector.settings_base import Section

from inspector.store.errors import (AlreadyDecided, DatabaseLocked, Duplicate, InvalidInput, NotFound,
                                    RosterOverlap, SchemaError, StoreError, UnknownEvent, UnknownStaff,
                                    UnknownStation)
from inspector.store.records import (CachedScore, ClipStatus, Decision, EventRecord, EventStatus,
                                     InspectionRecord, ReviewRecord, RosterEntry, RosterSpec, StaffRecord,
                                     StationRecord)
from inspector.store.settings import DB_ENV, StorageConfig, default_data_dir, resolve_database
from inspector.store.store import Store, alembic_config, migrations_folder, to_url

_S = TypeVar("_S", bound=Section)

__all__ = [
    "AlreadyDecided", "CachedScore", "ClipStatus", "DB_ENV", "DatabaseLocked", "Decision", "Duplicate",
    "EventRecord", "EventStatus", "InspectionRecord", "InvalidInput", "NotFound", "ReviewRecord",
    "RosterEntry", "RosterOverlap", "RosterSpec", "SchemaError", "StaffRecord", "StationRecord",
    "StorageConfig", "Store", "StoreError", "UnknownEvent", "UnknownStaff", "UnknownStation",
    "add_db_argument", "alembic_config", "config_section", "default_data_dir", "migrations_folder", "open_from_args",
    "resolve_database", "storage_config", "to_url",
]


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Adds ``--db URL_OR_PATH`` to a sub-command parser."""
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help=f"Database: SQLAlchemy URL or SQLite file (default ${DB_ENV}, the `storage` "
                             "config section, then inspector.db in the user's data folder).")


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
    """Opens the store named by --db / $INSPECTOR_DB / config / default."""
    cfg = storage_config(args)
    return Store.open(resolve_database(getattr(args, "db", None), cfg), cfg)
