"""A person's state in one analysed frame, as the greeting monitor and the roles need it.

:func:`observe` turns a tracked :class:`~inspector.types.PersonObservation` and the camera's
:class:`~calibration.geometry.FloorGeometry` into a :class:`PersonState` (time, role, floor point
and distance to the counter, head pose, stance, smile, talking); :func:`zone_of` tells which
calibrated zone a floor point is in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


from calibration.floor_point import FloorPointConfig, estimate_floor
from calibration.geometry import FloorGeometry
from inspector.types import Measure, PersonObservation, Role, Stance


@dataclass(frozen=True)
class PersonState:
    """What the greeting checks need of one tracked person in one frame.

    Attributes:
        t_ms: Stream time.
        track_id: Track id.
        role: Staff, customer or unknown.
        px: Floor point in profile pixels, or None.
        floor_xy: Floor point in metres, or None.
        counter_m: Floor distance to the counter in metres, or None.
        counter_error_m: One-sigma error of ``counter_m``.
        in_customer_zone: Whether the floor point is in the customer zone.
        head_yaw, head_pitch, smile, talking: Measures (None when not measured).
        stance: Standing/sitting.
        stance_confidence: Its confidence.
    """

    t_ms: int
    track_id: int
    role: Role
    px: tuple[float, float] | None = None
    floor_xy: tuple[float, float] | None = None
    counter_m: float | None = None
    counter_error_m: float = 0.0
    in_customer_zone: bool = False
    head_yaw: Measure | None = None
    head_pitch: Measure | None = None
    smile: Measure | None = None
    talking: Measure | None = None
    stance: Stance = Stance.UNKNOWN
    stance_confidence: float = 0.0


def observe(person: PersonObservation, t_ms: int, geo: FloorGeometry, role: Role,
            floor_cfg: FloorPointConfig | None = None, calibration_rms_m: float = 0.0) -> PersonState:
    """Turns a tracked person with features into a :class:`PersonState`.

    Raises:
        ValueError: An untracked person.
    """
    if person.track_id < 0:
        raise ValueError("the person must be tracked (track_id >= 0)")
    f = person.features
    kw: dict = {}
    if f is not None:
        kw = dict(head_yaw=f.head_yaw, head_pitch=f.head_pitch, smile=f.smile, talking=f.talking,
                  stance=f.stance, stance_confidence=f.stance_confidence)
    est = estimate_floor(person, geo, floor_cfg or FloorPointConfig(), calibration_rms_m)
    if est is None:
        return PersonState(t_ms=t_ms, track_id=person.track_id, role=role, **kw)
    return PersonState(t_ms=t_ms, track_id=person.track_id, role=role, px=est.px, floor_xy=est.floor_xy,
                       counter_m=geo.distance_to_counter(est.floor_xy), counter_error_m=est.error_m,
                       in_customer_zone=geo.in_zone("customer", est.px), **kw)


def zone_of(state_px: tuple[float, float] | None, geo: FloorGeometry) -> Literal["staff", "customer"] | None:
    """The zone a floor pixel is in (staff first), for :class:`inspector.roles.RoleTracker`."""
    if state_px is None:
        return None
    if geo.in_zone("staff", state_px):
        return "staff"
    if geo.in_zone("customer", state_px):
        return "customer"
    return None
