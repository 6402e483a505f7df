"""The live view's event recorder judges only the persons at the post (by region or calibrated zones), like
``inspector analyze``, and stores greeting verdicts when the station is calibrated."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np
import pytest

from inspector.privacy import FaceRedactor, PrivacyConfig
from inspector.rules import parse_rules
from inspector.types import ArmPosture, Features, Frame, FrameResult, Labels, PersonObservation, Stance
from test_draw import standing_pose
from calibration.profile import save_profile
from inspector.site import station_profile_path
from inspector.live_session import EventRecorder, start_live

RULES = parse_rules({"version": "live-test", "rules": [{
    "id": "arms", "clause": "1. no crossed arms", "min_duration_s": 1, "clear_after_s": 1, "cooldown_s": 0,
    "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}]})
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def crossed(track_id: int, dx: float) -> PersonObservation:
    """A standing person with crossed arms, shifted sideways by ``dx`` (normalised)."""
    pose = standing_pose()
    img = pose.image.copy()
    img[:, 0] += dx
    return PersonObservation(bbox=(int((0.35 + dx) * 640), 40, 190, 400), pose=replace(pose, image=img),
                             track_id=track_id, frame_size=(640, 480),
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.9))


def run(recorder: EventRecorder, persons: tuple[PersonObservation, ...], seconds: float = 4.0,
        start_s: float = 0.0) -> list:
    """Feeds ``seconds`` of 5 fps frames from ``start_s``; returns the violations that started."""
    started = []
    first = int(start_s * 5)
    for i in range(first, first + int(seconds * 5)):
        frame = Frame(image=np.zeros((480, 640, 3), np.uint8), index=i, timestamp_ms=i * 200, fps=5, source="cam")
        recorder(FrameResult(frame=frame, persons=persons))
        started += [v for v in recorder.take() if v.ended is None]
    return started


@pytest.mark.parametrize("roi, judged", [(None, {1, 2}), ((0.0, 0.0, 0.5, 1.0), {1}), ((0.5, 0.0, 1.0, 1.0), {2})])
def test_only_persons_at_the_post_are_judged(roi, judged):
    rec = EventRecorder(RULES, None, None, T0, "live:test", roi=roi)
    started = run(rec, (crossed(1, -0.2), crossed(2, 0.3)))  # shoulders centred at x=0.3 and x=0.8
    assert {v.track_id for v in started} == judged


def test_customer_outside_the_post_is_blurred_in_clips(tmp_path):
    from inspector.clips import ClipSettings, EvidenceRecorder
    from inspector.store import Store

    redactor = FaceRedactor(PrivacyConfig())
    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        evidence = EvidenceRecorder(tmp_path / "clips", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2),
                                    redact=redactor)
        rec = EventRecorder(RULES, "desk", store, T0, "live:test", evidence=evidence, redactor=redactor,
                            roi=store.get_station("desk").roi)
        run(rec, (crossed(1, -0.2), crossed(2, 0.3)))
        boxes = redactor.boxes_at(0)
        rec.finish()
        [event] = store.list_events()
    assert boxes and all(b[0] > 0.5 for b in boxes)  # the customer's face (right half), never the staff member's
    assert event.track_id == 1 and event.clip_status.value == "ok"


# --- with a calibration profile: zones decide who is staff, greetings are judged and stored ------

def zone_person(track_id: int, px, frame_size=(1280, 720), features=None, labels=None) -> PersonObservation:
    """A standing person whose feet touch the floor at pixel ``px`` (see test_calibration.person_at)."""
    from test_calibration import person_at

    p = person_at(np.asarray(px, dtype=float))
    return replace(p, track_id=track_id, frame_size=frame_size, features=features, labels=labels)


@pytest.mark.parametrize("staff_looks_away, status", [(False, "on_time"), (True, "missed")])
def test_zones_split_staff_and_greetings_are_stored(tmp_path, staff_looks_away, status):
    """A customer walks up to the counter; the staff member behind it faces them, smiles and speaks
    (or looks away). The recorder judges only the staff member by the conduct rules and stores the
    greeting verdict (and a missed greeting's event) exactly as ``inspector analyze`` does."""
    from calibration.geometry import floor_geometry
    from inspector.roles import ZoneRoles
    from inspector.config import InspectorConfig
    from inspector.greeting import expected_yaw
    from inspector.greeting_state import observe
    from inspector.roles import Role
    from inspector.store import Store
    from inspector.types import Measure
    from test_calibration import camera_profile

    prof = tmp_path / "desk.json"
    save_profile(camera_profile(), prof)
    cfg = InspectorConfig()
    geo = floor_geometry(camera_profile())
    zones = ZoneRoles(cfg, prof, "desk", T0, RULES.version)
    staff_xy = np.array([0.0, 4.5])  # behind the counter (image y 300..420 is the staff zone)
    staff_px = geo.floor_to_image(staff_xy)[0]
    assert geo.in_zone("staff", tuple(staff_px))
    path = [np.array([1.5 - 1.5 * min(1.0, k / 15), 2.2 + 1.1 * min(1.0, k / 15)]) for k in range(60)]
    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk", roi=(0.9, 0.9, 1.0, 1.0))  # the region holds nobody: the zones decide
        store.add_staff("A001", "张伟")
        store.add_roster("A001", "desk", T0, T0.replace(hour=18))
        rec = EventRecorder(RULES, "desk", store, T0, "live:test", zones=zones)
        messages = []
        for i, cust_xy in enumerate(path):  # 12 s at 5 frames a second
            t = i * 200
            cust_px = geo.floor_to_image(cust_xy)[0]
            customer = zone_person(2, cust_px, labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.9))
            yaw = expected_yaw(observe(zone_person(1, staff_px), t, geo, Role.STAFF),
                               observe(customer, t, geo, Role.CUSTOMER), geo) or 0.0
            feats = Features(stance=Stance.STANDING, stance_confidence=0.9,
                             head_yaw=Measure(yaw + (80.0 if staff_looks_away else 0.0), 0.9),
                             head_pitch=Measure(0.0, 0.9), smile=Measure(0.9, 0.9), talking=Measure(0.8, 0.9))
            staff = zone_person(1, staff_px, features=feats)
            frame = Frame(image=np.zeros((720, 1280, 3), np.uint8), index=i, timestamp_ms=t, fps=5, source="cam")
            rec(FrameResult(frame=frame, persons=(staff, customer)))
            messages += rec.take()
        rec.finish()
        messages += rec.take()
        greetings = store.list_greetings()
        events = store.list_events()
    outcomes = zones.monitor.outcomes
    assert [o.status for o in outcomes] == [status]
    [g] = greetings
    o = outcomes[0]
    assert (g.status.value, g.customer_track, g.kind, g.staff_code, g.rules_version) == (
        status, 2, "first", "A001", RULES.version)
    assert g.arrival == rec.engine.wall_time(o.open_ms) and g.actions == o.actions
    assert rec.greetings_stored == 1 and rec.pending_writes == 0
    assert not [v for v in messages if v.rule_id == "arms"]  # the customer's crossed arms are not judged
    if status == "on_time":
        assert g.delay_s == pytest.approx(o.delay_s) and g.delay_s <= cfg.greeting.window_s
        assert {"face", "smile", "speak"} <= set(g.actions) and events == []
    else:
        assert g.greeted is None
        assert [(e.rule_id, e.track_id) for e in events] == [("greeting_missed", 1)]
        assert [v.rule_id for v in messages if v.ended is not None] == ["greeting_missed"]


def test_staff_in_the_staff_zone_is_judged_by_the_conduct_rules(tmp_path):
    """With zones, the person in the staff zone is the one the conduct rules judge (not the region)."""
    from calibration.geometry import floor_geometry
    from inspector.roles import ZoneRoles
    from inspector.config import InspectorConfig
    from test_calibration import camera_profile

    prof = tmp_path / "desk.json"
    save_profile(camera_profile(), prof)
    geo = floor_geometry(camera_profile())
    zones = ZoneRoles(InspectorConfig(), prof, "desk", T0, RULES.version)
    crossed_arms = Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.9)
    staff = zone_person(1, geo.floor_to_image(np.array([0.0, 4.5]))[0], labels=crossed_arms)
    customer = zone_person(2, geo.floor_to_image(np.array([0.5, 2.5]))[0], labels=crossed_arms)
    rec = EventRecorder(RULES, None, None, T0, "live:test", roi=(0.9, 0.9, 1.0, 1.0), zones=zones)
    started = run(rec, (staff, customer), seconds=5.0)
    assert {v.track_id for v in started} == {1}


def test_start_live_reports_an_unusable_profile(tmp_path):
    """A broken profile: a station with a region goes on without zones and the recorder says why;
    a station without one is refused, and the refusal names the profile's problem."""
    from inspector.config import InspectorConfig
    from inspector.station import Judging, UnjudgedStation
    from inspector.store import Store

    bad = tmp_path / "desk.json"
    bad.write_text('{"version": 1, "camera_id": "desk"}', encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        store.add_station("bare")
        runner, rec = start_live(str(tmp_path / "none.mp4"), InspectorConfig(), RULES, station="desk", store=store,
                                 processor_factory=_NoModels, calibration=bad)
        runner.stop()
        runner.wait(5)
        rec.finish()
        with pytest.raises(UnjudgedStation, match="stations region bare") as refused:
            start_live(str(tmp_path / "none.mp4"), InspectorConfig(), RULES, station="bare", store=store,
                       processor_factory=_NoModels, calibration=bad)
    assert rec.zones is None and "desk.json" in rec.zones_error and "staff_zone" in rec.zones_error
    assert rec.judging is Judging.REGION
    assert "desk.json" in refused.value.calibration_error and "staff_zone" in str(refused.value)


def _start(tmp_path, store, station="bare", **kwargs):
    """Starts a recording live run of ``station`` on a missing file (it ends at once) with the site's lock."""
    from inspector.config import InspectorConfig
    from inspector.site import Site

    site = Site(tmp_path / "data")
    return start_live(str(tmp_path / "none.mp4"), InspectorConfig(), RULES, station=station, store=store,
                      processor_factory=_NoModels, clip_dir=site.clip_dir(station),
                      station_lock=site.station_lock(station), **kwargs)


def test_a_station_with_neither_region_nor_calibration_is_refused_unless_chosen(tmp_path):
    """Issue 13 §4: no station is judged blind. Refused before anything starts (no lock, no clips
    folder); the two choices run with the blurring the README promises."""
    from inspector.site import Site
    from inspector.station import Judging, UnjudgedStation
    from inspector.store import Store

    site = Site(tmp_path / "data")
    with Store.open(tmp_path / "t.db") as store:
        store.add_station("bare")
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        with pytest.raises(UnjudgedStation, match=r"inspector stations region bare X0,Y0,X1,Y1.*Calibrate camera"):
            _start(tmp_path, store)
        assert not site.clip_dir("bare").exists()
        with site.station_lock("bare"):  # the refused run did not keep the lock
            pass
        blur = {}
        for station, choice in (("bare", {"whole_frame": True}), ("bare", {"allow_uncalibrated": True}),
                                ("desk", {}), ("desk", {"whole_frame": True}), ("bare", {"whole_frame": False})):
            try:
                runner, rec = _start(tmp_path, store, station, **choice)
            except UnjudgedStation:
                blur[station, tuple(choice.items())] = "refused"
                continue
            runner.stop()
            runner.wait(5)
            rec.finish()
            blur[station, tuple(choice.items())] = (rec.judging, rec.monitor.redactor.settings.blur,
                                                    rec.monitor.region)
    assert blur == {
        ("bare", (("whole_frame", True),)): (Judging.WHOLE_FRAME, "all_but_flagged", None),
        ("bare", (("allow_uncalibrated", True),)): (Judging.UNCALIBRATED, "everyone", None),
        ("desk", ()): (Judging.REGION, "customers", (0.0, 0.0, 0.5, 1.0)),
        ("desk", (("whole_frame", True),)): (Judging.WHOLE_FRAME, "all_but_flagged", None),  # region not used
        ("bare", (("whole_frame", False),)): "refused",
    }


def test_whole_frame_judges_everyone_and_a_region_only_those_inside(tmp_path):
    from inspector.store import Store

    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        judged = {}
        for whole in (False, True):
            runner, rec = _start(tmp_path, store, "desk", whole_frame=whole)
            runner.stop()
            runner.wait(5)
            judged[whole] = {v.track_id for v in run(rec, (crossed(1, -0.2), crossed(2, 0.3)))}
            rec.finish()
    assert judged == {False: {1}, True: {1, 2}}


def test_a_live_run_holds_the_station_lock_until_it_finishes(tmp_path, capsys):
    """Issue 15: a live run and an analyze of the same station cannot run side by side."""
    from inspector.cli import main
    from inspector.locking import LockHeld
    from inspector.site import Site
    from inspector.store import Store

    db = tmp_path / "t.db"
    site = Site(tmp_path / "data")
    cfg = tmp_path / "site.toml"
    cfg.write_text(f'[storage]\ndata_dir = "{site.data_dir}"\n', encoding="utf-8")
    with Store.open(db) as store:
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        runner, rec = _start(tmp_path, store, "desk")
        runner.stop()
        runner.wait(5)
        with pytest.raises(LockHeld, match="station desk is in use"):
            _start(tmp_path, store, "desk")  # a second live view
        assert main(["--config", str(cfg), "analyze", str(tmp_path / "none.mp4"), "--station", "desk",
                     "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "station desk is in use by process" in err and "Traceback" not in err
        rec.finish()
        assert not rec.lock.held
        with site.station_lock("desk"):  # released at the end of the run
            pass


class _NoModels:
    """Finds nobody (the run is about the profile, not the models)."""

    def process(self, frame):
        return FrameResult(frame=frame)

    def close(self):
        pass


def test_profile_path_and_atomic_save(tmp_path):
    from calibration.profile import load_profile
    from test_calibration import camera_profile

    assert station_profile_path(tmp_path, "desk-1") == tmp_path / "calibration" / "desk-1.json"
    odd = station_profile_path(tmp_path, "../desk 1")
    assert odd.parent == tmp_path / "calibration" and odd != station_profile_path(tmp_path, "__desk_1")
    with pytest.raises(ValueError):
        station_profile_path(tmp_path, " ")
    target = save_profile(camera_profile(), station_profile_path(tmp_path, "desk-1"))
    assert load_profile(target) == camera_profile()
    assert sorted(p.name for p in target.parent.iterdir()) == ["desk-1.json"]  # no temporary file left


def test_a_locked_database_delays_live_events_but_loses_none(tmp_path):
    """Another process holds the write lock: the live view keeps judging at full speed (the writes
    wait on the writer's thread), stores them once the lock is gone; still locked at the end, they
    go to a file."""
    import json
    import sqlite3
    import time

    from inspector.store import Store

    db = tmp_path / "t.db"
    with Store.open(db, busy_timeout_s=1.0) as store:
        store.add_station("desk")
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        rec = EventRecorder(RULES, "desk", store, T0, "live:locked", unsaved_dir=tmp_path / "unsaved")
        t = time.monotonic()
        started = run(rec, (crossed(1, -0.2),), seconds=3)  # the event starts while the database is locked
        assert time.monotonic() - t < 0.8  # 15 frames: no frame waited for the database (busy timeout 1 s)
        assert started and rec.pending_writes >= 1 and store.list_events() == []
        holder.execute("COMMIT")
        deadline = time.monotonic() + 10
        while rec.pending_writes and time.monotonic() < deadline:  # the writer retries about once a second
            time.sleep(0.05)
        [stored] = store.list_events()
        assert stored.rule_id == "arms" and rec.pending_writes == 0
        run(rec, (crossed(1, -0.2),), seconds=0.4, start_s=3)
        holder.execute("BEGIN IMMEDIATE")
        rec.finish()  # the event's end cannot be written: saved to a file, nothing raised
        holder.execute("COMMIT")
        holder.close()
    assert rec.unsaved_file is not None
    lines = [json.loads(x) for x in open(rec.unsaved_file, encoding="utf-8")]
    assert [(x["kind"], x["write"], x["rule_id"], x["station"]) for x in lines] == [("event", "end", "arms", "desk")]


def test_a_write_the_store_refuses_is_reported_and_does_not_block_the_others(tmp_path):
    from inspector.store import Store

    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk")
        rec = EventRecorder(RULES, "no-such-station", store, T0, "live:test")
        run(rec, (crossed(1, -0.2),), seconds=3)
        rec.finish()
        assert rec.writer.errors and "no-such-station" in rec.writer.errors[0]
        assert rec.pending_writes == 0 and rec.unsaved_file is None and store.list_events() == []


def test_a_track_stays_flagged_while_another_of_its_events_is_open():
    """Two rules flag the same person; when one of the events ends the other is still open, so the
    person stays flagged until that one ends too."""
    quick = {"id": "arms", "clause": "1. no crossed arms", "min_duration_s": 1, "clear_after_s": 1, "cooldown_s": 0,
             "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}
    rules = parse_rules({"version": "live-test-2", "rules": [
        quick, {**quick, "id": "arms_slow", "clause": "2. no crossed arms (slow to clear)", "clear_after_s": 3}]})
    rec = EventRecorder(rules, None, None, T0, "live:test")
    arms_down = replace(crossed(1, 0.0), labels=Labels(arm_posture=ArmPosture.ARMS_HANGING, arm_confidence=0.9))
    flagged_after_end: dict[str, frozenset[int]] = {}
    for i in range(8 * 5):  # 5 fps: arms crossed for 3 s, then down (each rule clears after its own delay)
        frame = Frame(image=np.zeros((480, 640, 3), np.uint8), index=i, timestamp_ms=i * 200, fps=5, source="cam")
        rec(FrameResult(frame=frame, persons=(crossed(1, 0.0) if i < 15 else arms_down,)))
        for v in rec.take():
            if v.ended is not None:
                flagged_after_end[v.rule_id] = rec.flagged_tracks()
    assert flagged_after_end == {"arms": frozenset({1}), "arms_slow": frozenset()}
