"""Staff members, stations and the roster that puts staff at stations, with who was where when."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.names import check_station_name
from inspector.store.errors import Duplicate, InvalidInput, RosterOverlap, StoreError
from inspector.store.records import RosterEntry, RosterSpec, StaffRecord, StationRecord
from inspector.store.rows import (StationKey, _aware, _clean_name, _iso, _rostered, _staff_row,
                                  _station_row)


class PeopleRepository(StoreCore):
    """The staff, station and roster methods of :class:`~inspector.store.Store`."""

    # --- staff ---------------------------------------------------------------------------------

    def add_staff(self, code: str, name: str, active: bool = True) -> StaffRecord:
        """Adds a staff member.

        Raises:
            InvalidInput: Empty code or name.
            Duplicate: The code is taken.
        """
        code, name = _clean_name(code, "staff code", 64), _clean_name(name, "staff name")
        with self._write() as s:
            who = self._authorize(s, Permission.CONFIGURE, "add staff")
            if s.scalar(select(S.Staff).where(S.Staff.code == code)) is not None:
                raise Duplicate(f"staff code {code!r} already exists")
            row = S.Staff(code=code, name=name, active=active)
            s.add(row)
            s.flush()
            self._audit(s, who, "staff.add", f"staff:{code}", {"name": name, "active": bool(active)})
            return _staff(row)

    def set_staff_active(self, code: str, active: bool) -> StaffRecord:
        """Marks a staff member active or inactive (inactive staff keep their history)."""
        with self._write() as s:
            who = self._authorize(s, Permission.CONFIGURE, "change a staff member")
            row = _staff_row(s, code)
            old, row.active = bool(row.active), bool(active)
            self._audit(s, who, "staff.active", f"staff:{row.code}", {"old": old, "new": bool(active)})
            return _staff(row)

    def get_staff(self, code: str) -> StaffRecord:
        """The staff member with this code. Raises UnknownStaff."""
        with self._read() as s:
            return _staff(_staff_row(s, code))

    def list_staff(self, active_only: bool = False) -> list[StaffRecord]:
        """All staff members ordered by code."""
        own = self._own_staff_id()
        with self._read() as s:
            q = select(S.Staff).order_by(S.Staff.code)
            if own is not None:
                q = q.where(S.Staff.id == own)
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
            InvalidInput: A name that is not a station id (:func:`~inspector.store.names.check_station_name`)
                or a bad region.
            Duplicate: The name is taken.
        """
        name = check_station_name(name)
        roi_json = None if roi is None else json.dumps(_check_roi(roi))
        with self._write() as s:
            who = self._authorize(s, Permission.CONFIGURE, "add a station")
            if s.scalar(select(S.Station).where(S.Station.name == name)) is not None:
                raise Duplicate(f"station {name!r} already exists")
            row = S.Station(name=name, camera_source=str(camera_source), area=str(area), roi_json=roi_json)
            s.add(row)
            s.flush()
            self._audit(s, who, "station.add", f"station:{name}",
                        {"camera_source": str(camera_source), "area": str(area), "roi": roi_json})
            return _station(row)

    def set_station_region(self, key: StationKey, roi: tuple[float, float, float, float] | None) -> StationRecord:
        """Draws (or, with None, removes) a station's region of the frame: who is inside it is its staff.

        Changes who is judged, so it needs the right to configure and is recorded in the audit
        trail with the region it replaces.

        Raises:
            InvalidInput: A bad region.
            UnknownStation: No such station.
        """
        roi_json = None if roi is None else json.dumps(_check_roi(roi))
        with self._write() as s:
            who = self._authorize(s, Permission.CONFIGURE, "change a station's region")
            row = _station_row(s, key)
            old, row.roi_json = row.roi_json, roi_json
            s.flush()
            self._audit(s, who, "station.region", f"station:{row.name}", {"old": old, "new": roi_json})
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
            who = self._authorize(s, Permission.CONFIGURE, "change the roster")
            for n, spec in enumerate(specs, 1):
                try:
                    out.append(self._add_roster_row(s, spec))
                except StoreError as e:
                    raise type(e)(f"roster entry {n}: {e}") from None
            if out:
                self._audit(s, who, "roster.add", f"roster:{out[0].id}-{out[-1].id}",
                            {"entries": [[r.staff_code, r.station_name, r.start.isoformat(), r.end.isoformat()]
                                         for r in out]})
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
        """Roster entries overlapping [since, until), optionally for one station or staff member
        (a staff account sees only its own)."""
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Roster, S.Staff.code, S.Station.name)
                 .join(S.Staff, S.Staff.id == S.Roster.staff_id)
                 .join(S.Station, S.Station.id == S.Roster.station_id)
                 .order_by(S.Roster.start_at, S.Station.name))
            if own is not None:
                q = q.where(S.Roster.staff_id == own)
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


def _check_roi(roi) -> list[float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in roi)
    except (TypeError, ValueError):
        raise InvalidInput(f"station region must be four numbers x0,y0,x1,y1, got {roi!r}") from None
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        raise InvalidInput(f"station region {roi!r} must satisfy 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1")
    return [x0, y0, x1, y1]


def _staff(r: S.Staff) -> StaffRecord:
    return StaffRecord(r.id, r.code, r.name, bool(r.active))


def _station(r: S.Station) -> StationRecord:
    roi = None if r.roi_json is None else tuple(json.loads(r.roi_json))
    return StationRecord(r.id, r.name, r.camera_source, r.area, roi)
