"""Greeting outcomes: the verdict on each customer visit (on time, late, missed, not judged)."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import select

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import InvalidInput
from inspector.store.records import GreetingRecord, GreetingStatus
from inspector.store.rows import (StationKey, _aware, _clean, _iso, _rostered, _scoped, _staff_code, _station_row,
                                  _utcnow)


class GreetingRepository(StoreCore):
    """The greeting outcome methods of :class:`~inspector.store.Store`."""

    # --- greeting outcomes ---------------------------------------------------------------------

    def add_greeting(self, *, station: StationKey, source_id: str, customer_track: int, staff_track: int,
                     kind: str, status: GreetingStatus | str, arrival: datetime, greeted: datetime | None,
                     actions: Sequence[str] = (), rules_version: str) -> tuple[GreetingRecord, bool]:
        """Records the verdict on one customer visit, attributing it through the roster at the arrival.

        Idempotent: (station, source_id, customer track, arrival) identifies a visit, so analysing
        the same file twice returns the stored row and ``False``.

        Args:
            station: Station id or name.
            source_id: Stable id of the footage.
            customer_track, staff_track: Tracker ids of the customer and the responsible staff member.
            kind: ``first`` or ``second`` (second customer during service).
            status: ``on_time``, ``late``, ``missed`` or ``not_judged``.
            arrival: When the customer came within greeting range (aware).
            greeted: When the greeting was complete (aware); required for on_time/late, None otherwise.
            actions: Actions seen, in order (e.g. ``face``, ``smile``, ``speak``).
            rules_version: Version of the settings that judged it.

        Returns:
            (the stored greeting, True if it was new).

        Raises:
            PermissionDenied, UnknownStation, InvalidInput, DatabaseLocked.
        """
        arrival = _aware(arrival, "arrival time")
        st_ = _greeting_status(status)
        if kind not in ("first", "second"):
            raise InvalidInput(f"greeting kind must be 'first' or 'second', got {kind!r}")
        if st_.greeted != (greeted is not None):
            raise InvalidInput(f"a {st_.value} greeting {'needs' if st_.greeted else 'cannot have'} a greeting time")
        greeted_utc = None if greeted is None else _aware(greeted, "greeting time")
        if greeted_utc is not None and greeted_utc < arrival:
            raise InvalidInput(f"greeting time {_iso(greeted_utc)} is before the arrival {_iso(arrival)}")
        for name, v in (("customer track", customer_track), ("staff track", staff_track)):
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise InvalidInput(f"{name} must be an integer >= 0, got {v!r}")
        acts = tuple(_clean(a, "greeting action") for a in actions)
        if any("," in a for a in acts):
            raise InvalidInput(f"greeting actions must not contain commas, got {acts!r}")
        source_id, rules_version = _clean(source_id, "source id"), _clean(rules_version, "rules version")
        with self._write() as s:
            self._authorize(s, Permission.RECORD_EVENTS, "record greetings")
            stn = _station_row(s, station)
            existing = s.scalar(select(S.Greeting).where(
                S.Greeting.station_id == stn.id, S.Greeting.source_id == source_id,
                S.Greeting.customer_track == customer_track, S.Greeting.arrival_at == arrival))
            if existing is not None:
                return _greeting(existing, stn.name, _staff_code(s, existing.staff_id)), False
            staff = _rostered(s, stn.id, arrival)
            row = S.Greeting(station_id=stn.id, source_id=source_id, customer_track=customer_track,
                             staff_track=staff_track, staff_id=None if staff is None else staff.id, kind=kind,
                             status=st_.value, arrival_at=arrival, greeted_at=greeted_utc, actions=",".join(acts),
                             rules_version=rules_version, created_at=_utcnow())
            s.add(row)
            s.flush()
            return _greeting(row, stn.name, None if staff is None else staff.code), True

    def list_greetings(self, *, since: datetime | None = None, until: datetime | None = None,
                       station: StationKey | None = None, staff_code: str | None = None) -> list[GreetingRecord]:
        """Greetings with arrival in [since, until), by arrival then id; a staff actor gets only its own."""
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Greeting, S.Station.name, S.Staff.code)
                 .join(S.Station, S.Station.id == S.Greeting.station_id)
                 .outerjoin(S.Staff, S.Staff.id == S.Greeting.staff_id)
                 .order_by(S.Greeting.arrival_at, S.Greeting.id))
            q = _scoped(s, q, S.Greeting, S.Greeting.arrival_at, own, since, until, station, staff_code)
            return [_greeting(g, sname, scode) for g, sname, scode in s.execute(q)]


def _greeting_status(status: GreetingStatus | str) -> GreetingStatus:
    try:
        return GreetingStatus(status)
    except ValueError:
        raise InvalidInput(f"greeting status must be one of {[g.value for g in GreetingStatus]}, "
                           f"got {status!r}") from None


def _greeting(g: S.Greeting, station_name: str, staff_code: str | None) -> GreetingRecord:
    return GreetingRecord(id=g.id, station_id=g.station_id, station_name=station_name, source_id=g.source_id,
                          customer_track=g.customer_track, staff_track=g.staff_track, staff_id=g.staff_id,
                          staff_code=staff_code, kind=g.kind, status=GreetingStatus(g.status), arrival=g.arrival_at,
                          greeted=g.greeted_at, actions=tuple(a for a in g.actions.split(",") if a),
                          rules_version=g.rules_version)
