"""Errors shared by every layer: the engine, the store, accounts, calibration, the command line
and the app.

A leaf module: it imports nothing of the project, so any module may raise these without
reaching into the command line, the app or the store. Each store error's message says what
went wrong and what to do; :mod:`inspector.store.errors` re-exports them.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""


class StoreError(UserError):
    """Any problem with the conduct database."""


class DatabaseLocked(StoreError):
    """Another process held the write lock longer than the busy timeout; nothing was written."""


class SchemaError(StoreError):
    """The database schema is unknown to this version of the program (newer, or not ours)."""


class NotFound(StoreError):
    """A staff member, station, event... that does not exist."""


class UnknownStation(NotFound):
    """The station named does not exist."""


class UnknownStaff(NotFound):
    """The staff code named does not exist."""


class UnknownEvent(NotFound):
    """The event id named does not exist."""


class Duplicate(StoreError):
    """A staff code or station name that is already taken."""


class RosterOverlap(StoreError):
    """A roster entry overlaps an existing one for the same station or the same staff member."""


class AlreadyDecided(StoreError):
    """The event has already been confirmed or dismissed."""


class InvalidInput(StoreError):
    """A value given to the store is out of range or inconsistent."""


class PermissionDenied(StoreError):
    """The actor's role does not allow the operation (or no account was given where one is needed)."""


class WrongPassword(PermissionDenied):
    """Unknown account, inactive account or wrong password (deliberately not saying which)."""
