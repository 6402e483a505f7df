"""Staff or customer, per track, from the time spent in the calibrated zones (with hysteresis).

A new track has no role. It becomes staff after ``assign_s`` of continuous time in the staff
zone, a customer after ``assign_s`` in the customer zone. Once assigned, a role changes only after
a long continuous stay in the other zone: staff become customers after ``staff_to_customer_s``
(staff stepping out in front of the counter to help someone keep their role), customers become
staff after ``customer_to_staff_s``. Time outside both zones, or without a floor point, changes
nothing. :func:`next_role` is the pure transition; :class:`RoleTracker` keeps one state per track.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

from pydantic import Field

from inspector.settings_base import Section

Zone = Literal["staff", "customer"]


class Role(str, Enum):
    """Who a track is."""

    STAFF = "staff"
    CUSTOMER = "customer"
    UNKNOWN = "unknown"


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
