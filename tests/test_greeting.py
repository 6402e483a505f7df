"""Replay tests of the greeting checks on recorded real tracks (and edited copies of them).

Customers are real tracks from ``one-by-one-person-detection.mp4`` (a person walking up to the
table calibrated as the counter, standing there, leaving); the staff member's head pose, smile and
mouth come from the real track of ``head-pose-face-detection-male.mp4`` (facing the camera with a
grin), replayed in a loop at a fixed floor position behind the counter. Edited copies turn the
head away, force the stance, inject a nod or speech, or shift a customer in time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np
import pytest

from calibration.floor_point import FloorPointConfig
from calibration.geometry import floor_geometry
from calibration.profile import load_profile
from inspector.events import EventEnded, EventStarted
from inspector.greeting import GreetingConfig, GreetingMonitor, GreetingOutcome, expected_yaw, greeting_stats
from inspector.greeting_state import PersonState, observe, zone_of
from inspector.recordings import load_recording
from inspector.roles import Role, RoleConfig, RoleTracker
from inspector.types import Measure, Stance

FIX = Path(__file__).parent / "fixtures"
ORIGIN = datetime(2024, 6, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def geo():
    return floor_geometry(load_profile(FIX / "one-by-one-profile.json"))


@pytest.fixture(scope="module")
def customers():
    rec = load_recording(FIX / "tracks" / "one-by-one.npz")
    return {"P2": rec.select(rec.track == 3), "P3": rec.select(rec.track == 5)}


@pytest.fixture(scope="module")
def staff_rec():
    return load_recording(FIX / "tracks" / "head-pose-face-detection-male.npz")


StaffEdit = Callable[[float, PersonState], PersonState]


def replay(geo, customer_recs: list[tuple[object, float]], staff_rec, edit: StaffEdit | None = None,
           cfg: GreetingConfig | None = None, mon: GreetingMonitor | None = None,
           after_frame: Callable[[], object] | None = None) -> tuple[list, tuple[GreetingOutcome, ...]]:
    """Runs the monitor over customers (recording, time shift in s) and the looped staff track.

    ``edit(t_rel_s, state)`` changes the staff state; ``t_rel_s`` is the time since the first customer frame.
    ``mon`` is the monitor to feed (a new one by default); ``after_frame`` is called after every frame.
    """
    cfg = cfg or GreetingConfig()
    rows: list[tuple[int, object]] = []
    for n, (rec, shift) in enumerate(customer_recs):
        for t, persons in rec.frames():
            for p in persons:
                rows.append((t + int(shift * 1000), replace(p, track_id=p.track_id + 1000 * n)))
    rows.sort(key=lambda r: r[0])
    t0 = rows[0][0]
    roles = RoleTracker(RoleConfig(assign_s=0.3))
    # staff stands 0.9 m behind the customer's place at the table, on the line from the camera
    cam = np.asarray(geo.camera.floor_xy)
    spot = np.array([0.02, 0.41])
    staff_xy = spot - 0.9 * (cam - spot) / np.linalg.norm(cam - spot)
    staff_px = tuple(geo.floor_to_image(staff_xy)[0])
    mon = mon or GreetingMonitor(geo, "desk-1", ORIGIN, "test-rules", cfg)
    msgs = []
    times = sorted({r[0] for r in rows})
    n_staff = len(staff_rec)
    for t in times:
        states = []
        for tt, p in rows:
            if tt != t:
                continue
            st = observe(p, t - t0, geo, Role.UNKNOWN, FloorPointConfig())
            role = roles.update(t - t0, p.track_id, zone_of(st.px, geo))
            states.append(replace(st, role=role))
        k = ((t - t0) // 80) % n_staff
        f = staff_rec.person(int(k)).features
        s = PersonState(t_ms=t - t0, track_id=999, role=Role.STAFF, px=staff_px,
                        floor_xy=(float(staff_xy[0]), float(staff_xy[1])), head_yaw=f.head_yaw,
                        head_pitch=f.head_pitch, smile=f.smile, talking=f.talking, stance=Stance.STANDING,
                        stance_confidence=0.9)
        if edit is not None:
            s = edit((t - t0) / 1000, s)
        msgs.extend(mon.feed(t - t0, states + [s]))
        if after_frame is not None:
            after_frame()
    msgs.extend(mon.flush())
    return msgs, mon.outcomes


def ended(msgs, rule_id: str):
    return [m.event for m in msgs if isinstance(m, EventEnded) and m.event.rule_id == rule_id]


def speaking_from(t_start: float) -> StaffEdit:
    def edit(t: float, s: PersonState) -> PersonState:
        return replace(s, talking=Measure(0.8 if t >= t_start else 0.0, 0.9))
    return edit


def look_away_until(t_end: float, then: StaffEdit | None = None) -> StaffEdit:
    def edit(t: float, s: PersonState) -> PersonState:
        if then is not None:
            s = then(t, s)
        if t < t_end:
            s = replace(s, head_yaw=Measure(s.head_yaw.value + 70.0, s.head_yaw.confidence))
        return s
    return edit


def test_staff_position_faces_customer_at_zero_yaw(geo, customers, staff_rec):
    cam = np.asarray(geo.camera.floor_xy)
    spot = np.array([0.02, 0.41])
    staff_xy = spot - 0.9 * (cam - spot) / np.linalg.norm(cam - spot)
    s = PersonState(0, 1, Role.STAFF, px=tuple(geo.floor_to_image(staff_xy)[0]), floor_xy=tuple(staff_xy))
    c = PersonState(0, 2, Role.CUSTOMER, px=tuple(geo.floor_to_image(spot)[0]), floor_xy=tuple(spot))
    assert abs(expected_yaw(s, c, geo)) < 1.0
    side = PersonState(0, 3, Role.CUSTOMER, px=tuple(geo.floor_to_image(staff_xy + [1.0, 0.0])[0]),
                       floor_xy=tuple(staff_xy + [1.0, 0.0]))
    assert abs(expected_yaw(s, side, geo)) > 45


def test_greeted_on_time(geo, customers, staff_rec):
    # the visit opens at 1.2 s, when P2's feet are first seen within 3 m of the table
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, speaking_from(2.5))
    assert [o.status for o in outcomes] == ["on_time"]
    assert outcomes[0].open_ms == 1200
    assert 1.2 <= outcomes[0].delay_s <= 1.5
    assert {"face", "smile", "speak"} <= set(outcomes[0].actions)
    assert not [m for m in msgs if isinstance(m, EventStarted)]


def test_greeted_late_reports_delay(geo, customers, staff_rec):
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, look_away_until(9.0, speaking_from(0.0)))
    late = ended(msgs, "greeting_late")
    assert len(late) == 1 and outcomes[0].status == "late"
    delay = dict(late[0].trigger)["delay_s"]
    assert 7.7 <= delay <= 8.0  # 9.0 s minus the opening at 1.2 s
    assert late[0].track_id == 999 and late[0].points == GreetingConfig().late.points


def test_missed_when_staff_never_faces_customer(geo, customers, staff_rec):
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, look_away_until(1e9, speaking_from(0.0)))
    missed = ended(msgs, "greeting_missed")
    assert len(missed) == 1 and outcomes[0].status == "missed"
    assert "face" in dict(missed[0].trigger)["missing"]
    assert missed[0].start_ms == outcomes[0].open_ms


def test_missed_without_speech(geo, customers, staff_rec):
    # the real staff track faces the customer and grins but never talks
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec)
    assert outcomes[0].status == "missed"
    assert dict(ended(msgs, "greeting_missed")[0].trigger)["missing"] == "speak"


def seated_until(t_stand: float, then: StaffEdit) -> StaffEdit:
    def edit(t: float, s: PersonState) -> PersonState:
        s = then(t, s)
        return replace(s, stance=Stance.SITTING if t < t_stand else Stance.STANDING, stance_confidence=0.9)
    return edit


def test_seated_staff_who_stands_is_greeting(geo, customers, staff_rec):
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, seated_until(3.5, speaking_from(0.5)))
    assert outcomes[0].status == "on_time"
    assert outcomes[0].actions.index("stand") > 0  # stood up after facing the customer
    assert 2.2 <= outcomes[0].delay_s <= 2.5  # the greeting completes when they stand (3.5 s - 1.2 s)
    assert not ended(msgs, "not_standing_for_customer")


def test_seated_staff_who_stays_seated(geo, customers, staff_rec):
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, seated_until(1e9, speaking_from(0.5)))
    assert outcomes[0].status == "missed"
    assert dict(ended(msgs, "greeting_missed")[0].trigger)["missing"] == "stand"
    assert len(ended(msgs, "not_standing_for_customer")) == 1


def with_nod_at(t_nod: float | None, then: StaffEdit) -> StaffEdit:
    def edit(t: float, s: PersonState) -> PersonState:
        s = then(t, s)
        if t_nod is not None and 0 <= t - t_nod <= 0.6:
            extra = 15.0 * np.sin(np.pi * (t - t_nod) / 0.6)
            s = replace(s, head_pitch=Measure(s.head_pitch.value + extra, s.head_pitch.confidence))
        return s
    return edit


def test_second_customer_acknowledged_with_nod(geo, customers, staff_rec):
    # P3 shifted to arrive 6 s after P2 while P2 stands at the table
    shift = (customers["P2"].t_ms[0] - customers["P3"].t_ms[0]) / 1000 + 6.0
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0), (customers["P3"], shift)], staff_rec,
                            with_nod_at(8.5, speaking_from(0.5)))
    second = [o for o in outcomes if o.kind == "second"]
    assert len(second) == 1 and second[0].status == "on_time"
    assert not ended(msgs, "second_customer_ignored")


def test_second_customer_ignored(geo, customers, staff_rec):
    shift = (customers["P2"].t_ms[0] - customers["P3"].t_ms[0]) / 1000 + 6.0
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0), (customers["P3"], shift)], staff_rec,
                            with_nod_at(None, speaking_from(0.5)))
    assert [o.status for o in outcomes if o.kind == "second"] == ["missed"]
    assert len(ended(msgs, "second_customer_ignored")) == 1


def sits_after(t_sit: float, then: StaffEdit) -> StaffEdit:
    def edit(t: float, s: PersonState) -> PersonState:
        s = then(t, s)
        return replace(s, stance=Stance.SITTING if t >= t_sit else Stance.STANDING, stance_confidence=0.9)
    return edit


def test_farewell_staff_sits_before_customer_left(geo, customers, staff_rec):
    # a small room: P2 stands ~0.1 m from the table edge and is ~0.9 m away when leaving the view
    cfg = GreetingConfig(stand_grace_s=0.1, desk_range_m=0.3, leave_margin_m=0.2)
    p2 = customers["P2"]
    t0 = p2.t_ms[0] / 1000
    msgs, _ = replay(geo, [(p2, 0.0)], staff_rec, sits_after(44.3 - t0, speaking_from(0.5)), cfg)
    ev = ended(msgs, "farewell_not_standing")
    assert len(ev) == 1 and 44.0 - t0 <= ev[0].start_ms / 1000 <= 44.2 - t0
    # sitting down once the customer is out of view is fine
    msgs, _ = replay(geo, [(p2, 0.0)], staff_rec, sits_after(46.5 - t0, speaking_from(0.5)), cfg)
    assert not ended(msgs, "farewell_not_standing")


def test_stats_rate_and_median_delay():
    mk = lambda status, delay: GreetingOutcome(1, 2, "first", 0, status, None if delay is None else int(delay * 1000), ())
    st = greeting_stats([mk("on_time", 1.0), mk("late", 9.0), mk("missed", None), mk("not_judged", None),
                         mk("on_time", 2.0)])
    assert len(st) == 1
    assert st[0].visits == 4 and st[0].greeted == 3 and st[0].on_time == 2
    assert st[0].rate == pytest.approx(0.75) and st[0].median_delay_s == pytest.approx(2.0)


def test_monitor_rejects_bad_input(geo):
    with pytest.raises(ValueError):
        GreetingMonitor(geo, "", ORIGIN, "v")
    with pytest.raises(ValueError):
        GreetingMonitor(geo, "d", datetime(2024, 1, 1), "v")
    mon = GreetingMonitor(geo, "d", ORIGIN, "v")
    mon.feed(100, [])
    with pytest.raises(ValueError):
        mon.feed(50, [])
    with pytest.raises(ValueError):
        mon.feed(200, [PersonState(200, 1, Role.STAFF), PersonState(200, 1, Role.STAFF)])
