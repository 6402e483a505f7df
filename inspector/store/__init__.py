"""The conduct database: the single writer and the typed records it hands out.

>>> store = Store.open(resolve_database())          # doctest: +SKIP
>>> ev, new = store.add_event(station="desk-1", ...) # doctest: +SKIP
"""

from __future__ import annotations

from inspector.store.core import alembic_config, migrations_folder, to_url
from inspector.store.errors import (AlreadyDecided, DatabaseLocked, Duplicate, InvalidInput, NotFound,
                                    PermissionDenied, RosterOverlap, SchemaError, StoreError, UnknownEvent,
                                    UnknownStaff, UnknownStation, WrongPassword)
from inspector.store.records import (AppealRecord, CachedScore, ClipStatus, Decision, EventRecord, EventStatus,
                                     GreetingRecord, GreetingStatus, InspectionAppealRecord, InspectionOverride,
                                     InspectionRecord,
                                     ReviewRecord, RosterEntry, RosterSpec, StaffRecord, StationRecord, UserRecord)
from inspector.store.settings import DB_ENV, StorageConfig, default_data_dir, resolve_database
from inspector.store.store import Store

__all__ = [
    "AlreadyDecided", "AppealRecord", "CachedScore", "ClipStatus", "DB_ENV", "DatabaseLocked", "Decision",
    "Duplicate", "EventRecord", "EventStatus", "GreetingRecord", "GreetingStatus", "InspectionAppealRecord", "InspectionOverride",
    "InspectionRecord", "InvalidInput", "NotFound", "PermissionDenied", "ReviewRecord", "RosterEntry",
    "RosterOverlap", "RosterSpec", "SchemaError", "StaffRecord", "StationRecord", "StorageConfig", "Store",
    "StoreError", "UnknownEvent", "UnknownStaff", "UnknownStation", "UserRecord", "WrongPassword",
    "alembic_config", "default_data_dir", "migrations_folder", "resolve_database", "to_url",
]
