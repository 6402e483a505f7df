"""The single writer of the conduct database.

:class:`Store` gathers the repositories, one module each, over the shared core
(:mod:`inspector.store.core`): every write is a method of :class:`Store` and runs in exactly one
transaction, and everything that comes out is a frozen record from
:mod:`inspector.store.records`.
"""

from __future__ import annotations

from inspector.store.accounts import AccountRepository
from inspector.store.appeal_decisions import AppealDecisionRepository
from inspector.store.audit_trail import AuditRepository
from inspector.store.events import EventRepository
from inspector.store.greetings import GreetingRepository
from inspector.store.inspections import InspectionRepository
from inspector.store.people import PeopleRepository
from inspector.store.retention import RetentionRepository
from inspector.store.scores import ScoreRepository


class Store(PeopleRepository, EventRepository, GreetingRepository, InspectionRepository, ScoreRepository,
            AccountRepository, AppealDecisionRepository, RetentionRepository, AuditRepository):
    """The conduct database: staff, stations, roster, events, reviews, inspections, score cache,
    accounts, appeals and the audit trail.

    Create with :meth:`open`; close with :meth:`close` or use as a context manager.

    Every write checks the permission of :attr:`actor` (see :mod:`inspector.auth`) inside its
    transaction and, for human decisions and configuration, appends a hash-chained audit row in
    the same transaction. ``actor=None`` is allowed only while the database has no account yet
    (open mode). A staff actor reads only its own events, inspections and scores.

    Each group of methods lives in its own repository module: :mod:`~inspector.store.people`
    (staff, stations, roster), :mod:`~inspector.store.events` (events and reviews),
    :mod:`~inspector.store.greetings`, :mod:`~inspector.store.inspections`,
    :mod:`~inspector.store.scores` (monthly score cache), :mod:`~inspector.store.accounts`
    (accounts and appeals), :mod:`~inspector.store.appeal_decisions` (upholding or overturning
    appeals), :mod:`~inspector.store.retention` and
    :mod:`~inspector.store.audit_trail`; opening, transactions, authorisation and audit writing are
    in :class:`~inspector.store.core.StoreCore`.
    """
