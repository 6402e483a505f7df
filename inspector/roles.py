"""Who is staff at a station: the calibrated zones with hysteresis, or the station's region.

A new track has no role. It becomes staff after ``assign_s`` of continuous time in the staff
zone, a customer after ``assign_s`` in the customer zone. Once assigned, a role changes only after
a long continuous stay in the other zone: staff become customers after ``staff_to_customer_s``
(staff stepping out in front of the counter to help someone keep their role), customers become
staff after ``customer_to_staff_s``. Time outside both zones, or without a floor point, changes
nothing. :func:`next_role` is the pure transition; :class:`RoleTracker` keeps one state per track;
:class:`ZoneRoles` applies them to a camera's calibrated floor and feeds the greeting monitor.
Without a calibration profile, :func:`at_post` decides by the station's region of the frame.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol, Sequence

from pydantic import Field

from calibration.check import calibration_rms_m, check_profile
from calibration.floor_point import FloorPointConfig
from calibration.geometry import floor_geometry
from calibration.profile import load_profile
from inspector.greeting import GreetingConfig, GreetingMonitor
from inspector.greeting_state import PersonState, observe, zone_of
from inspector.settings_base import Section
from inspector.types import PersonObservation, Role

Zone = Literal["staff", "customer"]


class RoleConfig(Section):
    """Timing of role assignment."""

    assign_s: float = Field(1.0, ge=0, le=600, description="Continuous time in a zone (seconds) before a new track gets that zone's role.")
    staff_to_customer_s: float = Field(60.0, ge=0, le=7200, description="Staff keep their role until they have stayed this long (seconds) without a break in the customer zone.")
    customer_to_staff_s: float = Field(20.0, ge=0, le=7200, description="A customer becomes staff after this long (seconds) without a break in the staff zone.")


@dataclass(frozen=True)
class RoleState:
    """Role bookkeeping of one track.

    Attributes:
        role: Current role.
        zone: Zone of the last sample (None: outside both or unknown).
        zone_since_ms: Start of the current continuous stay in ``zone``.
        last_ms: Time of the last sample.
    """

    role: Role = Role.UNKNOWN
    zone: Zone | None = None
    zone_since_ms: int = 0
    last_ms: int = -1


def next_role(state: RoleState, t_ms: int, zone: Zone | None, cfg: RoleConfig) -> RoleState:
    """The role state after one more sample.

    Args:
        state: State before the sample.
        t_ms: Time of the sample (not earlier than the previous one).
        zone: Zone the person's floor point is in, or None.
        cfg: Timing.

    Raises:
        ValueError: Time going backwards.
    """
    if t_ms < state.last_ms:
        raise ValueError(f"time went backwards: {t_ms} ms after {state.last_ms} ms")
    since = state.zone_since_ms if zone == state.zone and state.last_ms >= 0 else t_ms
    s = replace(state, zone=zone, zone_since_ms=since, last_ms=t_ms)
    if zone is None:
        return s
    held = (t_ms - since) / 1000
    want = Role.STAFF if zone == "staff" else Role.CUSTOMER
    if s.role == want:
        return s
    if s.role == Role.UNKNOWN:
        needed = cfg.assign_s
    elif s.role == Role.STAFF:
        needed = cfg.staff_to_customer_s
    else:
        needed = cfg.customer_to_staff_s
    return replace(s, role=want) if held >= needed else s


class RoleTracker:
    """Keeps the role of every track of one camera.

    Args:
        cfg: Timing of role assignment.
    """

    def __init__(self, cfg: RoleConfig | None = None) -> None:
        self.cfg = cfg or RoleConfig()
        self._states: dict[int, RoleState] = {}

    def update(self, t_ms: int, track_id: int, zone: Zone | None) -> Role:
        """Feeds one sample of one track and returns its role now."""
        st = next_role(self._states.get(track_id, RoleState()), t_ms, zone, self.cfg)
        self._states[track_id] = st
        return st.role

    def role(self, track_id: int) -> Role:
        """Current role of a track (UNKNOWN when never seen)."""
        return self._states.get(track_id, RoleState()).role

    def forget(self, track_id: int) -> None:
        """Drops a track that has ended."""
        self._states.pop(track_id, None)


def at_post(person: PersonObservation, roi: tuple[float, float, float, float] | None, margin: float) -> bool:
    """Whether a person stands at the post: their shoulder centre (or box centre) inside the region."""
    if roi is None:
        return True
    w, h = person.frame_size
    if person.pose is not None and min(person.pose.image[11, 3], person.pose.image[12, 3]) >= 0.5:
        cx = float((person.pose.image[11, 0] + person.pose.image[12, 0]) / 2)
        cy = float((person.pose.image[11, 1] + person.pose.image[12, 1]) / 2)
    elif w > 0 and h > 0:
        x, y, bw, bh = person.bbox
        cx, cy = (x + bw / 2) / w, (y + bh / 2) / h
    else:
        return True
    x0, y0, x1, y1 = roi
    return x0 - margin <= cx <= x1 + margin and y0 - margin <= cy <= y1 + margin


class ZoneSections(Protocol):
    """The configuration sections :class:`ZoneRoles` reads (the whole configuration fits)."""

    roles: RoleConfig
    greeting: GreetingConfig
    floor_point: FloorPointConfig


class ZoneRoles:
    """Staff vs customer by calibrated zones, and the greeting monitor that needs them.

    Args:
        cfg: The ``roles``, ``greeting`` and ``floor_point`` sections.
        profile_path: The camera's calibration profile.
        station_name: Station the camera watches.
        origin: Wall-clock time of stream time 0.
        rules_version: Stored with the greeting events.

    Raises:
        calibration.profile.ProfileError: The profile cannot be read.
        calibration.geometry.GeometryError: Its geometry cannot be solved.
    """

    def __init__(self, cfg: ZoneSections, profile_path: str | Path, station_name: str, origin: datetime,
                 rules_version: str) -> None:
        profile = load_profile(profile_path)
        self.geo = floor_geometry(profile)
        try:
            self.rms_m = calibration_rms_m(check_profile(profile))
        except ValueError:
            self.rms_m = 0.0
        self.floor_cfg = cfg.floor_point
        self.roles = RoleTracker(cfg.roles)
        self.monitor = GreetingMonitor(self.geo, station_name, origin, rules_version, cfg.greeting)

    def split(self, t_ms: int, persons: Sequence[PersonObservation]
              ) -> tuple[tuple[PersonObservation, ...], list[PersonState]]:
        """The staff persons (for the conduct rules) and every person's state (for the greeting monitor)."""
        staff, states = [], []
        for p in persons:
            st = observe(p, t_ms, self.geo, Role.UNKNOWN, self.floor_cfg, self.rms_m)
            role = self.roles.update(t_ms, p.track_id, zone_of(st.px, self.geo))
            states.append(replace(st, role=role))
            if role is Role.STAFF:
                staff.append(p)
        return tuple(staff), states
