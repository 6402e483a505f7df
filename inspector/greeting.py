"""Greeting on approach, standing for the customer at the desk, second customer, farewell.

The code of conduct (``../shared/domain/conduct-rules.md`` section 3) asks staff to greet a
customer first when they come within about 3 m, to stand up, nod and greet when the customer
reaches the desk (about 1 m), to acknowledge a second customer with a nod, and to stay standing
until the customer has left. :class:`GreetingMonitor` checks this from per-frame
:class:`PersonState` values (time, role, floor distance to the counter, head pose, stance, smile,
talking), which :func:`observe` makes from tracked :class:`~inspector.types.PersonObservation`
values and the camera's :class:`~calibration.geometry.FloorGeometry`.

A **visit** opens when a customer (role from :mod:`inspector.roles`) first comes within
``greeting_range_m`` of the counter while a staff member is present; the nearest staff member is
responsible. The greeting counts when that staff member faces the customer (head yaw toward them,
within ``facing_tolerance_deg``) and has done every required action (``require_*``): stood up,
nodded (:func:`inspector.headmotion.find_nods`), smiled, spoken (talking measure). Smile, speech
and nod count only while facing the customer. Greeted within ``window_s``: fine; later but within
``late_limit_s``: ``greeting_late`` with its delay; not at all: ``greeting_missed``. A customer who
leaves before the window ends is not judged. When the customer comes within ``desk_range_m``, the
staff member must be standing within ``stand_grace_s`` (``not_standing_for_customer``). A customer
who comes in range while another is at the desk is a *second customer*: the staff member must nod
within the window (``second_customer_ignored``). After a served customer steps back from the desk,
the staff member must not be seen sitting (after ``stand_grace_s``) until the customer has left the
customer zone or the view (``farewell_not_standing``).

Events are :class:`~inspector.events.ConductEvent` values wrapped in ``EventStarted`` and
``EventEnded`` messages (a greeting verdict is final when it is made), so the store, clips and
the app treat them like every other conduct event. Every visit also yields a
:class:`GreetingOutcome`; :func:`greeting_stats` gives each staff member's greeting rate and
median delay.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Literal, Sequence

import numpy as np
from pydantic import Field

from calibration.floor_point import FloorPointConfig
from calibration.geometry import FloorGeometry, GeometryError
from inspector.events import ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.greeting_state import PersonState, observe, zone_of
from inspector.headmotion import HeadMotionConfig, find_nods
from inspector.rules import TriggerValue
from inspector.settings_base import Section
from inspector.types import Measure, Role, Stance

CLAUSE = "3. Greeting on approach and farewell"
RULE_IDS = ("greeting_missed", "greeting_late", "not_standing_for_customer", "second_customer_ignored",
            "farewell_not_standing")


class GreetingEventSpec(Section):
    """How one kind of greeting event is scored."""

    enabled: bool = Field(True, description="False: this check is not made.")
    severity: Literal["low", "medium", "high"] = Field("medium", description="Severity shown to reviewers.")
    points: float = Field(1.0, ge=0, le=100, description="Points deducted from the monthly score when the event is confirmed.")


class GreetingConfig(Section):
    """Distances, windows and required actions of the greeting checks."""

    greeting_range_m: float = Field(3.0, gt=0, le=20, description="A visit opens when a customer comes this close (metres, floor distance) to the counter.")
    window_s: float = Field(5.0, gt=0, le=60, description="Time after the visit opens within which the greeting must happen.")
    late_limit_s: float = Field(20.0, gt=0, le=600, description="A greeting later than window_s but within this many seconds is late; none by then is missed.")
    desk_range_m: float = Field(1.0, gt=0, le=5, description="A customer this close (metres) to the counter is at the desk.")
    leave_margin_m: float = Field(0.5, ge=0, le=5, description="A customer at the desk has stepped away once further than desk_range_m plus this (hysteresis).")
    stand_grace_s: float = Field(3.0, ge=0, le=30, description="Time allowed to stand up once the customer is at the desk, and at the start of the farewell.")
    facing_tolerance_deg: float = Field(25.0, gt=0, le=90, description="The staff member faces the customer when the head yaw is within this many degrees of the direction to them.")
    require_stand: bool = Field(True, description="A seated staff member must stand up as part of the greeting.")
    require_nod: bool = Field(False, description="The greeting must include a nod.")
    require_smile: bool = Field(True, description="The greeting must include a smile.")
    require_speak: bool = Field(True, description="The greeting must include speech (mouth movement: the talking measure).")
    smile_threshold: float = Field(0.55, ge=0, le=1, description="Smile measure at or above which the staff member smiles.")
    talking_threshold: float = Field(0.5, ge=0, le=1, description="Talking measure at or above which the staff member speaks.")
    min_confidence: float = Field(0.3, ge=0, le=1, description="Measures (head pose, smile, talking, stance) below this confidence are not used.")
    gone_after_s: float = Field(1.5, ge=0, le=30, description="A customer not seen for this long has left (brief tracking gaps are ignored).")
    history_s: float = Field(10.0, gt=0, le=120, description="Head-pitch history kept per staff track for nod detection (seconds).")
    missed: GreetingEventSpec = Field(default_factory=lambda: GreetingEventSpec(severity="medium", points=2.0), description="Customer not greeted at all.")
    late: GreetingEventSpec = Field(default_factory=lambda: GreetingEventSpec(severity="low", points=1.0), description="Customer greeted after the window.")
    not_standing: GreetingEventSpec = Field(default_factory=lambda: GreetingEventSpec(severity="medium", points=1.0), description="Staff seated while the customer is at the desk.")
    second_ignored: GreetingEventSpec = Field(default_factory=lambda: GreetingEventSpec(severity="low", points=1.0), description="Second customer not acknowledged with a nod.")
    farewell: GreetingEventSpec = Field(default_factory=lambda: GreetingEventSpec(severity="low", points=1.0), description="Staff sat down before the customer had left.")
    head: HeadMotionConfig = Field(default_factory=HeadMotionConfig, description="Nod detection.")
    floor: FloorPointConfig = Field(default_factory=FloorPointConfig, description="How a person's floor point is found.")

    def spec(self, rule_id: str) -> GreetingEventSpec:
        """The scoring of one of :data:`RULE_IDS`."""
        return {"greeting_missed": self.missed, "greeting_late": self.late,
                "not_standing_for_customer": self.not_standing, "second_customer_ignored": self.second_ignored,
                "farewell_not_standing": self.farewell}[rule_id]


def expected_yaw(staff: PersonState, customer: PersonState, geo: FloorGeometry) -> float | None:
    """Head yaw (degrees, > 0 toward image right) at which the staff member looks at the customer.

    Yaw 0 faces the camera, so the expected yaw is the floor angle, at the staff member, between
    the camera and the customer; its sign comes from which side of the staff member image-right
    lies on the floor. None when positions or the camera position are unknown.
    """
    if staff.floor_xy is None or customer.floor_xy is None or staff.px is None or geo.camera is None:
        return None
    s = np.asarray(staff.floor_xy)
    to_cam = np.asarray(geo.camera.floor_xy) - s
    to_cust = np.asarray(customer.floor_xy) - s
    if np.linalg.norm(to_cam) < 1e-6 or np.linalg.norm(to_cust) < 1e-6:
        return None
    try:
        right = geo.image_to_floor(np.array([staff.px[0] + 10.0, staff.px[1]]))[0] - s
    except GeometryError:
        return None

    def cross(a: np.ndarray, b: np.ndarray) -> float:
        return float(a[0] * b[1] - a[1] * b[0])

    ang = math.degrees(math.atan2(cross(to_cam, to_cust), float(to_cam @ to_cust)))
    return ang if cross(to_cam, right) >= 0 else -ang


def is_facing(staff: PersonState, customer: PersonState, geo: FloorGeometry, cfg: GreetingConfig) -> bool:
    """Whether the staff member's head points at the customer in this frame.

    Without a camera position, falls back to the yaw's sign: the head turns toward the customer's
    side of the image (or stays within the tolerance of straight ahead).
    """
    y = staff.head_yaw
    if y is None or y.confidence < cfg.min_confidence:
        return False
    exp = expected_yaw(staff, customer, geo)
    if exp is not None:
        return abs(y.value - exp) <= cfg.facing_tolerance_deg
    if staff.px is None or customer.px is None:
        return False
    side = np.sign(customer.px[0] - staff.px[0])
    return abs(y.value) <= cfg.facing_tolerance_deg or np.sign(y.value) == side


# --- outcomes and statistics ------------------------------------------------------------------

@dataclass(frozen=True)
class GreetingOutcome:
    """The verdict on one visit.

    Attributes:
        staff_track: Responsible staff track.
        customer_track: The customer's track.
        kind: ``first`` (greeting on approach) or ``second`` (second customer during service).
        open_ms: When the customer came within greeting range.
        status: ``on_time``, ``late``, ``missed`` or ``not_judged`` (customer left within the window).
        greeted_ms: When the greeting (or acknowledging nod) was complete, or None.
        actions: The actions seen, in the order they first happened.
    """

    staff_track: int
    customer_track: int
    kind: Literal["first", "second"]
    open_ms: int
    status: Literal["on_time", "late", "missed", "not_judged"]
    greeted_ms: int | None
    actions: tuple[str, ...]

    @property
    def delay_s(self) -> float | None:
        return None if self.greeted_ms is None else (self.greeted_ms - self.open_ms) / 1000


@dataclass(frozen=True)
class StaffGreetingStats:
    """Greeting figures of one staff member (first-customer visits that were judged)."""

    staff_track: int
    visits: int
    greeted: int
    on_time: int
    rate: float
    median_delay_s: float | None


def greeting_stats(outcomes: Sequence[GreetingOutcome]) -> tuple[StaffGreetingStats, ...]:
    """Per staff member: greeting rate (greeted on time or late over judged visits) and median delay."""
    by: dict[int, list[GreetingOutcome]] = {}
    for o in outcomes:
        if o.kind == "first" and o.status != "not_judged":
            by.setdefault(o.staff_track, []).append(o)
    out = []
    for sid, os_ in sorted(by.items()):
        delays = [o.delay_s for o in os_ if o.delay_s is not None]
        greeted = len(delays)
        out.append(StaffGreetingStats(sid, len(os_), greeted, sum(o.status == "on_time" for o in os_),
                                      greeted / len(os_), statistics.median(delays) if delays else None))
    return tuple(out)


# --- the monitor ------------------------------------------------------------------------------

@dataclass
class _Visit:
    """Mutable bookkeeping of one customer's visit; private to the monitor."""

    customer: int
    staff: int
    kind: Literal["first", "second"]
    open_ms: int
    last_seen_ms: int
    actions: dict[str, int] = field(default_factory=dict)
    face_samples: int = 0
    samples: int = 0
    greeted_ms: int | None = None
    verdict: str | None = None
    was_seated: bool = False
    at_desk_ms: int | None = None
    stand_checked: bool = False
    farewell_from_ms: int | None = None
    farewell_done: bool = False
    last_distance: float | None = None


class GreetingMonitor:
    """Checks greeting, standing, second-customer and farewell conduct for one station.

    Args:
        geo: The camera's floor geometry (for facing directions).
        station_id: Station the camera watches.
        origin: Wall-clock time of stream time 0, timezone-aware.
        rules_version: Version stored with the events (e.g. the rule table's version).
        cfg: Greeting settings.

    Raises:
        ValueError: Empty station id or naive origin.
    """

    def __init__(self, geo: FloorGeometry, station_id: str, origin: datetime, rules_version: str,
                 cfg: GreetingConfig | None = None) -> None:
        if not station_id:
            raise ValueError("station_id must not be empty")
        if origin.tzinfo is None or origin.utcoffset() is None:
            raise ValueError("origin must be timezone-aware")
        self.geo = geo
        self.station_id = station_id
        self.origin = origin
        self.rules_version = rules_version
        self.cfg = cfg or GreetingConfig()
        self._visits: dict[int, _Visit] = {}
        self._done: set[int] = set()
        self._pitch: dict[int, deque[tuple[int, Measure | None]]] = {}
        self._outcomes: list[GreetingOutcome] = []
        self._last_ms: int | None = None

    @property
    def outcomes(self) -> tuple[GreetingOutcome, ...]:
        """Verdicts made so far."""
        return tuple(self._outcomes)

    # -- feeding -------------------------------------------------------------------------------

    def feed(self, t_ms: int, persons: Sequence[PersonState]) -> tuple[EventMessage, ...]:
        """Processes one analysed frame.

        Raises:
            ValueError: Time going backwards or duplicate tracks.
        """
        if self._last_ms is not None and t_ms < self._last_ms:
            raise ValueError(f"timestamp {t_ms} ms is before the previous frame ({self._last_ms} ms)")
        ids = [p.track_id for p in persons]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate track ids in one frame: {sorted(ids)}")
        self._last_ms = t_ms
        staff = {p.track_id: p for p in persons if p.role == Role.STAFF}
        customers = {p.track_id: p for p in persons if p.role == Role.CUSTOMER}
        for sid, s in staff.items():
            hist = self._pitch.setdefault(sid, deque())
            hist.append((t_ms, s.head_pitch))
            while hist and t_ms - hist[0][0] > self.cfg.history_s * 1000:
                hist.popleft()
        out: list[EventMessage] = []
        self._open_visits(t_ms, staff, customers)
        for cid in list(self._visits):
            v = self._visits[cid]
            c = customers.get(cid)
            s = staff.get(v.staff)
            if c is not None:
                v.last_seen_ms = t_ms
            gone = self._gone(v, t_ms, c)
            out.extend(self._step(v, t_ms, s, c, gone))
            if v.verdict is not None and gone:
                del self._visits[cid]
                self._done.add(cid)
        return tuple(out)

    def hear(self, staff_track: int, t_ms: int, window_s: float) -> int:
        """Counts speech heard from a staff member (:mod:`inspector.audio`) as the ``speak`` action of
        their visits still waiting for a greeting whose opening lies at most ``window_s`` before ``t_ms``.

        Returns:
            How many visits it counted for.
        """
        n = 0
        for v in self._visits.values():
            if v.staff == staff_track and v.verdict is None and 0 <= t_ms - v.open_ms <= window_s * 1000:
                v.actions["speak"] = min(v.actions.get("speak", t_ms), t_ms)
                v.actions.setdefault("heard", t_ms)
                n += 1
        return n

    def flush(self) -> tuple[EventMessage, ...]:
        """End of stream: visits still waiting for a greeting past the window are judged now."""
        out: list[EventMessage] = []
        t = self._last_ms or 0
        for v in self._visits.values():
            if v.verdict is None:
                out.extend(self._judge_unfinished(v, t))
        self._visits.clear()
        return tuple(out)

    # -- internals -----------------------------------------------------------------------------

    def _gone(self, v: _Visit, t: int, c: PersonState | None) -> bool:
        """The customer has left: out of view for ``gone_after_s``, or out of the customer zone and away from the desk."""
        if c is None:
            return t - v.last_seen_ms > self.cfg.gone_after_s * 1000
        away = c.counter_m is None or c.counter_m > self.cfg.desk_range_m + self.cfg.leave_margin_m
        return not c.in_customer_zone and away

    def _open_visits(self, t: int, staff: dict[int, PersonState], customers: dict[int, PersonState]) -> None:
        cfg = self.cfg
        for cid, c in customers.items():
            if cid in self._visits or cid in self._done or c.counter_m is None or c.counter_m > cfg.greeting_range_m:
                continue
            if not staff:
                continue
            sid = min(staff, key=lambda k: _floor_gap(staff[k], c))
            serving = any(o.at_desk_ms is not None and o.farewell_from_ms is None for o in self._visits.values())
            v = _Visit(customer=cid, staff=sid, kind="second" if serving else "first", open_ms=t, last_seen_ms=t)
            s = staff[sid]
            v.was_seated = s.stance == Stance.SITTING and s.stance_confidence >= cfg.min_confidence
            self._visits[cid] = v

    def _step(self, v: _Visit, t: int, s: PersonState | None, c: PersonState | None,
              gone: bool) -> list[EventMessage]:
        cfg = self.cfg
        out: list[EventMessage] = []
        if s is not None and c is not None:
            self._record_actions(v, t, s, c)
        if v.verdict is None:
            out.extend(self._judge_greeting(v, t, gone))
        if c is not None and c.counter_m is not None:
            v.last_distance = c.counter_m
            if v.at_desk_ms is None and c.counter_m <= cfg.desk_range_m:
                v.at_desk_ms = t
            elif (v.at_desk_ms is not None and v.farewell_from_ms is None
                  and c.counter_m > cfg.desk_range_m + cfg.leave_margin_m):
                v.farewell_from_ms = t
        if v.at_desk_ms is not None and not v.stand_checked and t - v.at_desk_ms >= cfg.stand_grace_s * 1000:
            v.stand_checked = True
            if cfg.not_standing.enabled and s is not None and _seated(s, cfg):
                out.extend(self._emit("not_standing_for_customer", v, v.at_desk_ms, t, s.stance_confidence,
                                      (("customer_track", float(v.customer)),
                                       ("customer_distance_m", round(v.last_distance or 0.0, 2)))))
        if v.farewell_from_ms is not None and not v.farewell_done:
            if gone:
                v.farewell_done = True
            elif (cfg.farewell.enabled and s is not None and t - v.farewell_from_ms >= cfg.stand_grace_s * 1000
                  and _seated(s, cfg)):
                v.farewell_done = True
                out.extend(self._emit("farewell_not_standing", v, v.farewell_from_ms, t, s.stance_confidence,
                                      (("customer_track", float(v.customer)),
                                       ("customer_distance_m", round(v.last_distance or 0.0, 2)))))
        return out

    def _record_actions(self, v: _Visit, t: int, s: PersonState, c: PersonState) -> None:
        cfg = self.cfg
        v.samples += 1
        if s.head_yaw is not None and s.head_yaw.confidence >= cfg.min_confidence:
            v.face_samples += 1
        a = v.actions
        if s.stance == Stance.STANDING and s.stance_confidence >= cfg.min_confidence:
            a.setdefault("stand", t)
        facing = is_facing(s, c, self.geo, cfg)
        if not facing:
            return
        a.setdefault("face", t)
        if s.smile is not None and s.smile.confidence >= cfg.min_confidence and s.smile.value >= cfg.smile_threshold:
            a.setdefault("smile", t)
        if (s.talking is not None and s.talking.confidence >= cfg.min_confidence
                and s.talking.value >= cfg.talking_threshold):
            a.setdefault("speak", t)
        if "nod" not in a:
            hist = [(ti, m) for ti, m in self._pitch.get(s.track_id, ()) if ti >= v.open_ms]
            nods = find_nods([h[0] for h in hist], [h[1] for h in hist], cfg.head)
            if nods:
                a["nod"] = t

    def _required(self, v: _Visit) -> tuple[str, ...]:
        cfg = self.cfg
        if v.kind == "second":
            return ("nod",)
        req = ["face"]
        if cfg.require_stand and v.was_seated:
            req.append("stand")
        if cfg.require_nod:
            req.append("nod")
        if cfg.require_smile:
            req.append("smile")
        if cfg.require_speak:
            req.append("speak")
        return tuple(req)

    def _judge_greeting(self, v: _Visit, t: int, gone: bool) -> list[EventMessage]:
        cfg = self.cfg
        req = self._required(v)
        if all(r in v.actions for r in req):
            v.greeted_ms = max(v.actions[r] for r in req)
        elapsed = (t - v.open_ms) / 1000
        if v.greeted_ms is not None:
            delay = (v.greeted_ms - v.open_ms) / 1000
            if delay <= cfg.window_s:
                self._finish(v, "on_time")
                return []
            self._finish(v, "late")
            if v.kind == "first" and cfg.late.enabled:
                return self._emit("greeting_late", v, v.open_ms, v.greeted_ms, self._face_confidence(v),
                                  (("customer_track", float(v.customer)), ("delay_s", round(delay, 2))))
            return []
        if gone and elapsed < cfg.window_s:
            self._finish(v, "not_judged")
            return []
        if v.kind == "second" and elapsed > cfg.window_s:
            self._finish(v, "missed")
            if cfg.second_ignored.enabled:
                return self._emit("second_customer_ignored", v, v.open_ms, t, self._face_confidence(v),
                                  (("customer_track", float(v.customer)),))
            return []
        if elapsed > cfg.late_limit_s or (gone and elapsed >= cfg.window_s):
            return self._judge_unfinished(v, t)
        return []

    def _judge_unfinished(self, v: _Visit, t: int) -> list[EventMessage]:
        elapsed = (t - v.open_ms) / 1000
        if elapsed < self.cfg.window_s:
            self._finish(v, "not_judged")
            return []
        self._finish(v, "missed")
        rule = "greeting_missed" if v.kind == "first" else "second_customer_ignored"
        if not self.cfg.spec(rule).enabled:
            return []
        missing = [r for r in self._required(v) if r not in v.actions]
        return self._emit(rule, v, v.open_ms, t, self._face_confidence(v),
                          (("customer_track", float(v.customer)), ("missing", ",".join(missing))))

    def _finish(self, v: _Visit, status: str) -> None:
        v.verdict = status
        order = tuple(k for k, _ in sorted(v.actions.items(), key=lambda kv: kv[1]))
        self._outcomes.append(GreetingOutcome(v.staff, v.customer, v.kind, v.open_ms, status,  # type: ignore[arg-type]
                                              v.greeted_ms, order))

    def _face_confidence(self, v: _Visit) -> float:
        """How sure a verdict is: the share of samples where the staff member's head pose was measurable."""
        return 0.0 if v.samples == 0 else v.face_samples / v.samples

    def _emit(self, rule_id: str, v: _Visit, start: int, end: int, confidence: float,
              trigger: tuple[tuple[str, TriggerValue], ...]) -> list[EventMessage]:
        spec = self.cfg.spec(rule_id)
        ev = ConductEvent(station_id=self.station_id, track_id=v.staff, rule_id=rule_id,
                          rules_version=self.rules_version, start_ms=start, end_ms=end,
                          start_at=self._wall(start), end_at=self._wall(end), peak_confidence=float(confidence),
                          peak_ms=end, trigger=trigger, severity=spec.severity, points=spec.points,
                          samples=max(1, v.samples))
        return [EventStarted(ev), EventEnded(ev)]

    def _wall(self, t: int) -> datetime:
        utc = self.origin.astimezone(timezone.utc) + timedelta(milliseconds=t)
        return utc.astimezone(self.origin.tzinfo)


def _seated(s: PersonState, cfg: GreetingConfig) -> bool:
    return s.stance == Stance.SITTING and s.stance_confidence >= cfg.min_confidence


def _floor_gap(a: PersonState, b: PersonState) -> float:
    if a.floor_xy is None or b.floor_xy is None:
        return math.inf
    return math.dist(a.floor_xy, b.floor_xy)


__all__ = ["CLAUSE", "RULE_IDS", "GreetingConfig", "GreetingEventSpec", "GreetingMonitor", "GreetingOutcome",
           "PersonState", "StaffGreetingStats", "expected_yaw", "greeting_stats", "is_facing", "observe", "zone_of"]
