"""Errors the store raises; each message says what went wrong and what to do.

They are defined in the leaf module :mod:`inspector.errors` (so :mod:`inspector.auth` can raise
them without importing the store) and derive from :class:`inspector.errors.UserError`, so the
command line prints them as one clear line instead of a traceback.
"""

from __future__ import annotations

from inspector.errors import (AlreadyDecided, DatabaseLocked, Duplicate, InvalidInput, NotFound, PermissionDenied,
                              RosterOverlap, SchemaError, StoreError, UnknownEvent, UnknownStaff, UnknownStation,
                              WrongPassword)

__all__ = ["AlreadyDecided", "DatabaseLocked", "Duplicate", "InvalidInput", "NotFound", "PermissionDenied",
           "RosterOverlap", "SchemaError", "StoreError", "UnknownEvent", "UnknownStaff", "UnknownStation",
           "WrongPassword"]
