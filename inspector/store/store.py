"""The single writer of the conduct database.

Every write is a method of :class:`Store` and runs in exactly one transaction (on SQLite
``BEGIN IMMEDIATE``, so the write lock is taken up front and concurrent writers queue for
up to the busy timeout instead of failing half-way). Everything that comes out is a frozen
record from :mod:`inspector.store.records`.
"""

from __future__ import annotations

import json
import math
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import and_, create_engine, event as sa_event, or_, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from inspector.store import schema as S
from inspector.store.errors import (AlreadyDecided, DatabaseLocked, Duplicate, InvalidInput, RosterOverlap,
                                    SchemaError, StoreError, UnknownEvent, UnknownStaff, UnknownStation)
from inspector.store.records import (CachedScore, ClipStatus, Decision, EventRecord, EventStatus,
                                     InspectionRecord, ReviewRecord, RosterEntry, RosterSpec, StaffRecord,
                                     StationRecord, frozen_mapping)
from inspector.store.settings import StorageConfig

StationKey = int | str
"""A station by id (int) or by name (str; an all-digit name that matches no station is taken as an id)."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime, what: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidInput(f"{what} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(f"{what} {value.isoformat()} has no time zone; give an aware datetime")
    return value.astimezone(timezone.utc)


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def to_url(url_or_path: str | Path) -> str:
    """Turns a SQLAlchemy URL or a SQLite file path into a URL (creating the file's folder).

    Raises:
        StoreError: The URL cannot be parsed or the folder cannot be created.
    """
    text = str(url_or_path).strip()
    if not text:
        raise StoreError("empty database location; give a file path or a URL such as postgresql+psycopg://host/db")
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as e:
            raise StoreError(f"cannot parse database URL {text!r}: {e}") from None
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"database path {path} is a folder; give a file such as {path / 'inspector.db'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the database folder {path.parent}: {e}") from None
    return f"sqlite:///{path}"


def _is_locked(err: DBAPIError) -> bool:
    orig = err.orig
    if getattr(orig, "sqlstate", None) in ("55P03", "40P01"):  # PostgreSQL lock_not_available, deadlock
        return True
    msg = str(orig).lower()
    return "database is locked" in msg or "database is busy" in msg or "database table is locked" in msg


def migrations_folder() -> Path:
    """The folder holding ``env.py`` and the numbered scripts in ``versions/``."""
    return Path(str(resources.files("inspector.store") / "migrations"))


def alembic_config(connection=None) -> AlembicConfig:
    """An Alembic config built in code (no alembic.ini on disk is needed)."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(migrations_folder()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


class Store:
    """The conduct database: staff, stations, roster, events, reviews, inspections, score cache.

    Create with :meth:`open`; close with :meth:`close` or use as a context manager.
    """

    def __init__(self, engine: Engine, url: str, busy_timeout_s: float) -> None:
        self._engine = engine
        self._write_engine = engine.execution_options(inspector_write=True)
        self.url = url
        self.busy_timeout_s = busy_timeout_s

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path, cfg: StorageConfig | None = None, *,
             busy_timeout_s: float | None = None) -> "Store":
        """Opens (creating if needed) a database and brings its schema to the newest migration.

        Args:
            url_or_path: SQLAlchemy URL (``postgresql+psycopg://...``, ``sqlite:///...``) or a file path.
            cfg: Storage settings (busy timeout, WAL); defaults when None.
            busy_timeout_s: Overrides ``cfg.busy_timeout_s``.

        Raises:
            StoreError: Unreadable location, foreign or newer schema, or database locked.
        """
        cfg = cfg or StorageConfig()
        timeout = cfg.busy_timeout_s if busy_timeout_s is None else busy_timeout_s
        url = to_url(url_or_path)
        engine = _make_engine(url, timeout, cfg.sqlite_wal)
        store = cls(engine, url, timeout)
        try:
            store._migrate()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Releases every connection."""
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        with self._translate():
            with self._engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                if current is None and _has_foreign_tables(conn):
                    raise SchemaError(f"{self.url} holds tables that are not a conduct database; "
                                      "give an empty or new database")
            if current == head:
                return
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise SchemaError(f"database schema revision {current} is newer than this program knows "
                                  f"(newest {head}); upgrade the program")
            with self._write_engine.connect() as conn:
                command.upgrade(alembic_config(conn), "head")
                conn.commit()

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        with self._translate(), self._engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # --- transactions --------------------------------------------------------------------------

    @contextmanager
    def _translate(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as e:
            if _is_locked(e):
                raise DatabaseLocked(
                    f"database {self.url} is locked by another process (waited {self.busy_timeout_s:g} s); "
                    "nothing was written by this operation - try again when the other program has finished"
                ) from None
            raise StoreError(f"database error on {self.url}: {e.orig}") from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._translate(), Session(self._write_engine, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._translate(), Session(self._engine, expire_on_commit=False) as s, s.begin():
            yield s

    # --- staff ---------------------------------------------------------------------------------

    def add_staff(self, code: str, name: str, active: bool = True) -> StaffRecord:
        """Adds a staff member.

        Raises:
            InvalidInput: Empty code or name.
            Duplicate: The code is taken.
        """
        code, name = _clean(code, "staff code"), _clean(name, "staff name")
        with self._write() as s:
            if s.scalar(select(S.Staff).where(S.Staff.code == code)) is not None:
                raise Duplicate(f"staff code {code!r} already exists")
            row = S.Staff(code=code, name=name, active=active)
            s.add(row)
            s.flush()
            return _staff(row)

    def set_staff_active(self, code: str, active: bool) -> StaffRecord:
        """Marks a staff member active or inactive (inactive staff keep their history)."""
        with self._write() as s:
            row = _staff_row(s, code)
            row.active = active
            return _staff(row)

    def get_staff(self, code: str) -> StaffRecord:
        """The staff member with this code. Raises UnknownStaff."""
        with self._read() as s:
            return _staff(_staff_row(s, code))

    def list_staff(self, active_only: bool = False) -> list[StaffRecord]:
        """All staff members ordered by code."""
        with self._read() as s:
            q = select(S.Staff).order_by(S.Staff.code)
            if active_only:
                q = q.where(S.Staff.active.is_(True))
            return [_staff(r) for r in s.scalars(q)]

    # --- stations ------------------------------------------------------------------------------

    def add_station(self, name: str, camera_source: str = "", area: str = "",
                    roi: tuple[float, float, float, float] | None = None) -> StationRecord:
        """Adds a station (one camera, one area).

        Args:
            name: Unique name used on the command line (``--station``).
            camera_source: Camera index, device or stream URL that watches it.
            area: Free description of the area (e.g. "left counter, seat 2").
            roi: Optional normalised (x0, y0, x1, y1) region of the frame that is the post.

        Raises:
            InvalidInput: Empty name or a bad region.
            Duplicate: The name is taken.
        """
        name = _clean(name, "station name")
        roi_json = None if roi is None else json.dumps(_check_roi(roi))
        with self._write() as s:
            if s.scalar(select(S.Station).where(S.Station.name == name)) is not None:
                raise Duplicate(f"station {name!r} already exists")
            row = S.Station(name=name, camera_source=str(camera_source), area=str(area), roi_json=roi_json)
            s.add(row)
            s.flush()
            return _station(row)

    def get_station(self, key: StationKey) -> StationRecord:
        """The station with this id or name. Raises UnknownStation."""
        with self._read() as s:
            return _station(_station_row(s, key))

    def list_stations(self) -> list[StationRecord]:
        """All stations ordered by name."""
        with self._read() as s:
            return [_station(r) for r in s.scalars(select(S.Station).order_by(S.Station.name))]

    # --- roster --------------------------------------------------------------------------------

    def add_roster(self, staff_code: str, station: StationKey, start: datetime, end: datetime) -> RosterEntry:
        """Puts a staff member at a station from ``start`` to ``end`` (end exclusive).

        Raises:
            RosterOverlap: The station or the staff member is already rostered in that span.
            UnknownStaff, UnknownStation, InvalidInput.
        """
        return self.add_roster_entries([RosterSpec(staff_code, station, start, end)])[0]

    def add_roster_entries(self, specs: Iterable[RosterSpec]) -> list[RosterEntry]:
        """Adds several roster entries all-or-nothing (one transaction).

        Entries are checked against the database and against each other; the error names
        the position (1-based) of the offending entry.
        """
        out: list[RosterEntry] = []
        with self._write() as s:
            for n, spec in enumerate(specs, 1):
                try:
                    out.append(self._add_roster_row(s, spec))
                except StoreError as e:
                    raise type(e)(f"roster entry {n}: {e}") from None
        return out

    def _add_roster_row(self, s: Session, spec: RosterSpec) -> RosterEntry:
        start, end = _aware(spec.start, "roster start"), _aware(spec.end, "roster end")
        if end <= start:
            raise InvalidInput(f"roster end {_iso(end)} is not after start {_iso(start)}")
        staff = _staff_row(s, spec.staff_code)
        station = _station_row(s, spec.station)
        clash = s.execute(
            select(S.Roster, S.Staff.code, S.Station.name)
            .join(S.Staff, S.Staff.id == S.Roster.staff_id).join(S.Station, S.Station.id == S.Roster.station_id)
            .where(or_(S.Roster.station_id == station.id, S.Roster.staff_id == staff.id),
                   S.Roster.start_at < end, S.Roster.end_at > start)
            .order_by(S.Roster.start_at).limit(1)
        ).first()
        if clash is not None:
            r, code, sname = clash
            what = f"station {sname!r}" if r.station_id == station.id else f"staff {code!r}"
            raise RosterOverlap(
                f"{spec.staff_code} at {station.name} {_iso(start)} - {_iso(end)} overlaps roster entry "
                f"#{r.id} ({what}: {code} at {sname} {_iso(r.start_at)} - {_iso(r.end_at)})")
        row = S.Roster(staff_id=staff.id, station_id=station.id, start_at=start, end_at=end)
        s.add(row)
        s.flush()
        return RosterEntry(row.id, staff.id, staff.code, station.id, station.name, row.start_at, row.end_at)

    def list_roster(self, *, station: StationKey | None = None, staff_code: str | None = None,
                    since: datetime | None = None, until: datetime | None = None) -> list[RosterEntry]:
        """Roster entries overlapping [since, until), optionally for one station or staff member."""
        with self._read() as s:
            q = (select(S.Roster, S.Staff.code, S.Station.name)
                 .join(S.Staff, S.Staff.id == S.Roster.staff_id)
                 .join(S.Station, S.Station.id == S.Roster.station_id)
                 .order_by(S.Roster.start_at, S.Station.name))
            if station is not None:
                q = q.where(S.Roster.station_id == _station_row(s, station).id)
            if staff_code is not None:
                q = q.where(S.Roster.staff_id == _staff_row(s, staff_code).id)
            if since is not None:
                q = q.where(S.Roster.end_at > _aware(since, "since"))
            if until is not None:
                q = q.where(S.Roster.start_at < _aware(until, "until"))
            return [RosterEntry(r.id, r.staff_id, code, r.station_id, name, r.start_at, r.end_at)
                    for r, code, name in s.execute(q)]

    def who_was_at(self, station: StationKey, at: datetime) -> StaffRecord | None:
        """The staff member the roster puts at the station at ``at``, or None."""
        with self._read() as s:
            row = _rostered(s, _station_row(s, station).id, _aware(at, "time"))
            return None if row is None else _staff(row)

    # --- events --------------------------------------------------------------------------------

    def add_event(self, *, station: StationKey, source_id: str, rule_id: str, rules_version: str,
                  start: datetime, end: datetime, peak_confidence: float, features: Mapping[str, float],
                  points: float, track_id: int | None = None, clip_path: str | None = None,
                  thumbnail_path: str | None = None,
                  clip_status: ClipStatus | str = ClipStatus.NONE) -> tuple[EventRecord, bool]:
        """Records an event, attributing it through the roster at its start.

        Idempotent: the natural key (station, source_id, rule_id, start) identifies an event,
        so analysing the same file twice returns the stored event and ``False``.

        Args:
            station: Station id or name.
            source_id: Stable id of the footage (e.g. file content hash or camera source name).
            rule_id: The rule broken. rules_version: Version of the rules config that judged it.
            start, end: Aware timestamps of the episode (stored in UTC).
            peak_confidence: Highest confidence seen during the episode, 0..1.
            features: Feature values that triggered the rule (name -> number).
            points: Points the rule deducts if the event is confirmed.
            track_id: Tracker id of the person within the source, if known.
            clip_path, thumbnail_path, clip_status: Evidence (see :meth:`set_clip`).

        Returns:
            (the stored event, True if it was new).

        Raises:
            UnknownStation, InvalidInput, DatabaseLocked.
        """
        start, end = _aware(start, "event start"), _aware(end, "event end")
        if end < start:
            raise InvalidInput(f"event end {_iso(end)} is before start {_iso(start)}")
        source_id, rule_id = _clean(source_id, "source id"), _clean(rule_id, "rule id")
        rules_version = _clean(rules_version, "rules version")
        conf = _unit(peak_confidence, "peak confidence")
        pts = _points(points)
        feats = _features_json(features)
        status = _clip_status(clip_status, clip_path)
        with self._write() as s:
            st = _station_row(s, station)
            existing = s.scalar(select(S.Event).where(
                S.Event.station_id == st.id, S.Event.source_id == source_id,
                S.Event.rule_id == rule_id, S.Event.start_at == start))
            if existing is not None:
                return _event_record(s, existing), False
            staff = _rostered(s, st.id, start)
            row = S.Event(station_id=st.id, source_id=source_id, track_id=track_id,
                          staff_id=None if staff is None else staff.id, rule_id=rule_id,
                          rules_version=rules_version, start_at=start, end_at=end, peak_confidence=conf,
                          features_json=feats, points=pts, clip_path=clip_path, thumbnail_path=thumbnail_path,
                          clip_status=status.value, created_at=_utcnow())
            s.add(row)
            s.flush()
            return _event_record(s, row), True

    def update_event_end(self, event_id: int, end: datetime, *, peak_confidence: float | None = None,
                         features: Mapping[str, float] | None = None) -> EventRecord:
        """Moves an event's end (it never moves before the start); keeps the higher peak confidence.

        ``features`` replaces the stored trigger values when given (e.g. at the new peak).
        """
        end = _aware(end, "event end")
        with self._write() as s:
            row = _event_row(s, event_id)
            if end < row.start_at:
                raise InvalidInput(f"event {event_id}: end {_iso(end)} is before its start {_iso(row.start_at)}")
            row.end_at = end
            if peak_confidence is not None:
                row.peak_confidence = max(row.peak_confidence, _unit(peak_confidence, "peak confidence"))
            if features is not None:
                row.features_json = _features_json(features)
            s.flush()
            return _event_record(s, row)

    def set_clip(self, event_id: int, status: ClipStatus | str, clip_path: str | None = None,
                 thumbnail_path: str | None = None) -> EventRecord:
        """Records the evidence of an event: ``ok`` needs the clip path; ``missing``/``none`` keep paths given."""
        st = _clip_status(status, clip_path)
        with self._write() as s:
            row = _event_row(s, event_id)
            row.clip_status = st.value
            row.clip_path = clip_path
            row.thumbnail_path = thumbnail_path
            s.flush()
            return _event_record(s, row)

    def assign_event(self, event_id: int, staff_code: str | None) -> EventRecord:
        """Sets (or clears, with None) the staff member of an event that is not yet decided."""
        with self._write() as s:
            row = _event_row(s, event_id)
            review = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if review is not None:
                raise AlreadyDecided(f"event {event_id} was already {review.decision}ed by {review.reviewer} "
                                     f"at {_iso(review.at)}; its staff member can no longer change")
            row.staff_id = None if staff_code is None else _staff_row(s, staff_code).id
            s.flush()
            return _event_record(s, row)

    def reattribute_unassigned(self) -> int:
        """Attributes unassigned events through the roster (after a late roster import).

        Returns:
            How many events got a staff member.
        """
        n = 0
        with self._write() as s:
            for row in s.scalars(select(S.Event).where(S.Event.staff_id.is_(None))):
                staff = _rostered(s, row.station_id, row.start_at)
                if staff is not None:
                    row.staff_id = staff.id
                    n += 1
        return n

    def get_event(self, event_id: int) -> EventRecord:
        """One event. Raises UnknownEvent."""
        with self._read() as s:
            return _event_record(s, _event_row(s, event_id))

    def list_events(self, *, since: datetime | None = None, until: datetime | None = None,
                    station: StationKey | None = None, staff_code: str | None = None,
                    status: EventStatus | str | None = None, unassigned: bool = False,
                    rule_id: str | None = None, source_id: str | None = None,
                    limit: int | None = None) -> list[EventRecord]:
        """Events starting in [since, until), ordered by start then id, with every filter optional."""
        with self._read() as s:
            q = (select(S.Event, S.Station.name, S.Staff.code, S.Review)
                 .join(S.Station, S.Station.id == S.Event.station_id)
                 .outerjoin(S.Staff, S.Staff.id == S.Event.staff_id)
                 .outerjoin(S.Review, S.Review.event_id == S.Event.id)
                 .order_by(S.Event.start_at, S.Event.id))
            if since is not None:
                q = q.where(S.Event.start_at >= _aware(since, "since"))
            if until is not None:
                q = q.where(S.Event.start_at < _aware(until, "until"))
            if station is not None:
                q = q.where(S.Event.station_id == _station_row(s, station).id)
            if staff_code is not None:
                q = q.where(S.Event.staff_id == _staff_row(s, staff_code).id)
            if unassigned:
                q = q.where(S.Event.staff_id.is_(None))
            if rule_id is not None:
                q = q.where(S.Event.rule_id == rule_id)
            if source_id is not None:
                q = q.where(S.Event.source_id == source_id)
            if status is not None:
                st = _event_status(status)
                if st is EventStatus.PENDING:
                    q = q.where(S.Review.id.is_(None))
                else:
                    dec = Decision.CONFIRM if st is EventStatus.CONFIRMED else Decision.DISMISS
                    q = q.where(S.Review.decision == dec.value)
            if limit is not None:
                q = q.limit(int(limit))
            return [_to_event(e, sname, scode, rv) for e, sname, scode, rv in s.execute(q)]

    # --- reviews -------------------------------------------------------------------------------

    def decide(self, event_id: int, decision: Decision | str, reviewer: str, comment: str = "",
               at: datetime | None = None) -> ReviewRecord:
        """Confirms or dismisses an event, once.

        Raises:
            AlreadyDecided: The event was decided before (the message names who and when).
            UnknownEvent, InvalidInput.
        """
        dec = _decision(decision)
        reviewer = _clean(reviewer, "reviewer")
        when = _utcnow() if at is None else _aware(at, "review time")
        with self._write() as s:
            row = _event_row(s, event_id)
            prior = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if prior is not None:
                raise AlreadyDecided(
                    f"event {event_id} was already {prior.decision}ed by {prior.reviewer} at {_iso(prior.at)}"
                    + (f" ({prior.comment})" if prior.comment else "") + "; a decision is final")
            rv = S.Review(event_id=row.id, decision=dec.value, reviewer=reviewer, at=when, comment=comment or "")
            s.add(rv)
            try:
                s.flush()
            except IntegrityError:  # pragma: no cover - only reachable on a non-serialised backend race
                raise AlreadyDecided(f"event {event_id} was decided by someone else at the same moment") from None
            return _review(rv)

    # --- inspections ---------------------------------------------------------------------------

    def add_inspection(self, staff_code: str, at: datetime, items: Mapping[str, bool], points: float,
                       inspector: str = "") -> InspectionRecord:
        """Records a shift-start checklist; it passes when every item passed.

        Args:
            points: Points this inspection deducts (must be 0 when every item passed).
        """
        at = _aware(at, "inspection time")
        if not items:
            raise InvalidInput("an inspection needs at least one checklist item")
        clean = {_clean(k, "inspection item"): bool(v) for k, v in items.items()}
        passed = all(clean.values())
        pts = _points(points)
        if passed and pts:
            raise InvalidInput("an inspection where every item passed cannot deduct points")
        with self._write() as s:
            staff = _staff_row(s, staff_code)
            row = S.Inspection(staff_id=staff.id, at=at, items_json=json.dumps(clean, ensure_ascii=False),
                               passed=passed, points=pts, inspector=inspector or "")
            s.add(row)
            s.flush()
            return _inspection(row, staff.code)

    def list_inspections(self, *, since: datetime | None = None, until: datetime | None = None,
                         staff_code: str | None = None) -> list[InspectionRecord]:
        """Inspections in [since, until), ordered by time."""
        with self._read() as s:
            q = (select(S.Inspection, S.Staff.code).join(S.Staff, S.Staff.id == S.Inspection.staff_id)
                 .order_by(S.Inspection.at, S.Inspection.id))
            if since is not None:
                q = q.where(S.Inspection.at >= _aware(since, "since"))
            if until is not None:
                q = q.where(S.Inspection.at < _aware(until, "until"))
            if staff_code is not None:
                q = q.where(S.Inspection.staff_id == _staff_row(s, staff_code).id)
            return [_inspection(r, code) for r, code in s.execute(q)]

    # --- monthly score cache -------------------------------------------------------------------

    def save_monthly_scores(self, month: str, scores: Sequence[CachedScore]) -> None:
        """Replaces the cached scores of a month (one transaction)."""
        with self._write() as s:
            for old in s.scalars(select(S.MonthlyScore).where(S.MonthlyScore.month == month)):
                s.delete(old)
            s.flush()
            for c in scores:
                if c.month != month:
                    raise InvalidInput(f"cached score for {c.month} given while saving {month}")
                s.add(S.MonthlyScore(staff_id=c.staff_id, month=month, score=c.score, deducted=c.deducted,
                                     pending=c.pending, computed_at=_aware(c.computed_at, "computed_at")))

    def list_monthly_scores(self, month: str) -> list[CachedScore]:
        """Cached scores of a month (may be stale; recompute with :mod:`inspector.scoring`)."""
        with self._read() as s:
            q = select(S.MonthlyScore).where(S.MonthlyScore.month == month).order_by(S.MonthlyScore.staff_id)
            return [CachedScore(r.staff_id, r.month, r.score, r.deducted, r.pending, r.computed_at)
                    for r in s.scalars(q)]


# --- engine ------------------------------------------------------------------------------------

def _make_engine(url: str, busy_timeout_s: float, wal: bool) -> Engine:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        connect_args = {}
        if u.get_backend_name() == "postgresql":
            connect_args["options"] = f"-c lock_timeout={int(busy_timeout_s * 1000)}"
        try:
            return create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        except (ArgumentError, ImportError) as e:
            raise StoreError(f"cannot use database URL {url}: {e}") from None
    memory = u.database in (None, "", ":memory:")
    kwargs = {"poolclass": StaticPool} if memory else {}
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s, "check_same_thread": False}, **kwargs)

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun explicitly below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        if wal and not memory:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        write = conn.get_execution_options().get("inspector_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _has_foreign_tables(conn) -> bool:
    from sqlalchemy import inspect
    return bool(set(inspect(conn).get_table_names()) - {"alembic_version"})


# --- validation --------------------------------------------------------------------------------

def _clean(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{what} must be a non-empty text, got {value!r}")
    return value.strip()


def _unit(value: float, what: str) -> float:
    v = float(value)
    if not (0.0 <= v <= 1.0):
        raise InvalidInput(f"{what} must be between 0 and 1, got {value!r}")
    return v


def _points(value: float) -> float:
    v = float(value)
    if not math.isfinite(v) or v < 0:
        raise InvalidInput(f"points must be a finite number >= 0, got {value!r}")
    return v


def _features_json(features: Mapping[str, float]) -> str:
    out = {}
    for k, v in features.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise InvalidInput(f"feature {k!r} must map a name to a finite number, got {v!r}")
        out[k] = float(v)
    return json.dumps(out, sort_keys=True)


def _check_roi(roi) -> list[float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in roi)
    except (TypeError, ValueError):
        raise InvalidInput(f"station region must be four numbers x0,y0,x1,y1, got {roi!r}") from None
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        raise InvalidInput(f"station region {roi!r} must satisfy 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1")
    return [x0, y0, x1, y1]


def _clip_status(status: ClipStatus | str, clip_path: str | None) -> ClipStatus:
    try:
        st = ClipStatus(status)
    except ValueError:
        raise InvalidInput(f"clip status must be one of {[c.value for c in ClipStatus]}, got {status!r}") from None
    if st is ClipStatus.OK and not clip_path:
        raise InvalidInput("clip status 'ok' needs the clip path")
    return st


def _decision(decision: Decision | str) -> Decision:
    try:
        return Decision(decision)
    except ValueError:
        raise InvalidInput(f"decision must be 'confirm' or 'dismiss', got {decision!r}") from None


def _event_status(status: EventStatus | str) -> EventStatus:
    try:
        return EventStatus(status)
    except ValueError:
        raise InvalidInput(f"status must be one of {[s.value for s in EventStatus]}, got {status!r}") from None


# --- row lookups and conversions ---------------------------------------------------------------

def _staff_row(s: Session, code: str) -> S.Staff:
    row = s.scalar(select(S.Staff).where(S.Staff.code == str(code).strip()))
    if row is None:
        raise UnknownStaff(f"unknown staff code {code!r} (see `inspector staff list`)")
    return row


def _station_row(s: Session, key: StationKey) -> S.Station:
    row = None
    if isinstance(key, int) and not isinstance(key, bool):
        row = s.get(S.Station, key)
    elif isinstance(key, str):
        row = s.scalar(select(S.Station).where(S.Station.name == key.strip()))
        if row is None and key.strip().isdigit():
            row = s.get(S.Station, int(key))
    if row is None:
        names = ", ".join(s.scalars(select(S.Station.name).order_by(S.Station.name))) or "none defined"
        raise UnknownStation(f"unknown station {key!r} (known: {names}; add one with `inspector stations add`)")
    return row


def _event_row(s: Session, event_id: int) -> S.Event:
    row = s.get(S.Event, int(event_id))
    if row is None:
        raise UnknownEvent(f"unknown event id {event_id} (see `inspector review list`)")
    return row


def _rostered(s: Session, station_id: int, at: datetime) -> S.Staff | None:
    return s.scalar(select(S.Staff).join(S.Roster, S.Roster.staff_id == S.Staff.id).where(
        and_(S.Roster.station_id == station_id, S.Roster.start_at <= at, S.Roster.end_at > at)).limit(1))


def _staff(r: S.Staff) -> StaffRecord:
    return StaffRecord(r.id, r.code, r.name, bool(r.active))


def _station(r: S.Station) -> StationRecord:
    roi = None if r.roi_json is None else tuple(json.loads(r.roi_json))
    return StationRecord(r.id, r.name, r.camera_source, r.area, roi)


def _review(r: S.Review) -> ReviewRecord:
    return ReviewRecord(r.id, r.event_id, Decision(r.decision), r.reviewer, r.at, r.comment)


def _inspection(r: S.Inspection, code: str) -> InspectionRecord:
    return InspectionRecord(r.id, r.staff_id, code, r.at, frozen_mapping(json.loads(r.items_json)),
                            bool(r.passed), r.points, r.inspector)


def _to_event(e: S.Event, station_name: str, staff_code: str | None, review: S.Review | None) -> EventRecord:
    return EventRecord(
        id=e.id, station_id=e.station_id, station_name=station_name, source_id=e.source_id,
        track_id=e.track_id, staff_id=e.staff_id, staff_code=staff_code, rule_id=e.rule_id,
        rules_version=e.rules_version, start=e.start_at, end=e.end_at, peak_confidence=e.peak_confidence,
        features=frozen_mapping(json.loads(e.features_json)), points=e.points, clip_path=e.clip_path,
        thumbnail_path=e.thumbnail_path, clip_status=ClipStatus(e.clip_status),
        review=None if review is None else _review(review))


def _event_record(s: Session, e: S.Event) -> EventRecord:
    station_name = s.scalar(select(S.Station.name).where(S.Station.id == e.station_id))
    staff_code = None if e.staff_id is None else s.scalar(select(S.Staff.code).where(S.Staff.id == e.staff_id))
    review = s.scalar(select(S.Review).where(S.Review.event_id == e.id))
    return _to_event(e, station_name, staff_code, review)
