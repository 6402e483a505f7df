"""Shift-start inspection: the flow on synthetic stills (guidance, items, override, store) and
on a short video made in the test from scikit-image's astronaut, run through the real pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import cv2
import numpy as np
import pytest

from inspector.badge.uniform import enrol_uniform
from inspector.inspection import (InspectionError, InspectionSession, ItemStatus, View, apply_override,
                                  frame_guidance, InspectionConfig, inspection_points, store_inspection)
from inspector.types import (ArmPosture, Features, Frame, FrameResult, Labels, Measure, FaceExpression,
                             PersonObservation, Stance)
from test_badge import make_pose, person, torso


def staff(pose=None, arms=ArmPosture.ARMS_HANGING, face=FaceExpression.SMILING, lean=3.0) -> PersonObservation:
    p = person(pose or make_pose())
    f = Features(stance=Stance.STANDING, stance_confidence=0.9, trunk_lean_forward=Measure(lean, 0.9),
                 trunk_lean_side=Measure(1.0, 0.9), shoulder_tilt=Measure(1.0, 0.9))
    lab = Labels(arm_posture=arms, arm_confidence=0.8, face_expression=face, face_confidence=0.9)
    return replace(p, features=f, labels=lab)


def frame(img, idx, *persons) -> FrameResult:
    return FrameResult(Frame(img, idx, idx * 100, 10.0, "test"), tuple(persons))


def test_guidance_bad_inputs():
    cfg = InspectionConfig()
    assert "Nobody" in frame_guidance(frame(torso(), 0), cfg).message
    two = frame_guidance(frame(torso(), 0, staff(), staff()), cfg)
    assert not two.ok and "2 people" in two.message
    far = frame_guidance(frame(torso(scale=0.2), 0, staff(make_pose(scale=0.2))), cfg)
    assert not far.ok and "Too far" in far.message
    close = frame_guidance(frame(torso(scale=4.0), 0, staff(make_pose(scale=4.0))), cfg)
    assert not close.ok and "Too close" in close.message
    back = frame_guidance(frame(torso(), 0, staff(make_pose(swap=True))), cfg)
    assert not back.ok and "turned away" in back.message
    side = frame_guidance(frame(torso(), 0, staff(make_pose(side_on=True))), cfg)
    assert side.ok and side.view is View.SIDE
    assert frame_guidance(frame(torso(), 0, staff()), cfg).view is View.FRONT


def test_flow_on_stills_passes_and_stores(tmp_path: Path):
    uniform = enrol_uniform([(person(make_pose()), torso())])
    s = InspectionSession("S001", uniform=uniform, at=datetime(2024, 6, 3, 8, 0, tzinfo=timezone.utc))
    assert "Stand in front of the camera" in s.next_instruction()
    s.feed(frame(torso(lanyard=True, card="lanyard"), 0, staff()))
    assert "turn sideways" in s.next_instruction()
    s.feed(frame(torso(lanyard=True, card="lanyard"), 1, staff(make_pose(side_on=True))))
    r = s.result()
    assert r.item("badge").status is ItemStatus.PASS and "generic detector" in r.item("badge").detail
    assert r.item("uniform").status is ItemStatus.PASS
    assert r.item("hands").status is ItemStatus.PASS and r.item("smile").status is ItemStatus.PASS
    assert r.item("upright").status is ItemStatus.PASS
    assert r.item("hair_face").status is ItemStatus.CANNOT_TELL  # no face mesh in the synthetic person
    assert r.item("badge").evidence_frame == 0 and 0 in r.evidence
    assert any("No badge enrolled" in n for n in r.notes)
    assert r.passed and inspection_points(r, InspectionConfig(), 1.0, 5.0) == 0.0
    from inspector.store import Store

    with Store.open(tmp_path / "t.db") as store:
        store.add_staff("S001", "Test Person")
        rec = store_inspection(store, r, InspectionConfig(), 1.0, 5.0, "manager")
        assert rec.passed and rec.items["badge"] is True and "hair_face" not in rec.items
        assert len(store.list_inspections(staff_code="S001")) == 1


def test_failures_override_and_points(tmp_path):
    s = InspectionSession("S002", uniform=enrol_uniform([(person(make_pose()), torso())]))
    red = torso()
    red[np.all(red == (200, 140, 60), axis=2)] = (40, 40, 200)
    s.feed(frame(red, 5, staff(arms=ArmPosture.ARMS_CROSSED, face=FaceExpression.NEUTRAL, lean=30.0)))
    r = s.result()
    for item in ("badge", "uniform", "hands", "smile", "upright"):
        assert r.item(item).status is ItemStatus.FAIL, item
    assert r.item("upright").detail.startswith("forward lean")
    assert not r.passed and inspection_points(r, InspectionConfig(), 1.0, 5.0) == 5.0
    assert inspection_points(r, InspectionConfig(counts_in_score=False), 1.0, 5.0) == 0.0
    with pytest.raises(InspectionError, match="needs a reason"):
        apply_override(r, "smile", "pass", "  ")
    with pytest.raises(InspectionError, match="unknown inspection item"):
        apply_override(r, "shoes", "pass", "x")
    o = apply_override(r, "smile", "pass", "smiled when asked", "manager")
    assert o.item("smile").final is ItemStatus.PASS and o.item("smile").status is ItemStatus.FAIL
    assert "smile" not in o.failed_items and len(o.failed_items) == 4
    o = apply_override(o, "hands", "cannot_tell", "hands hidden by the counter", "manager")
    from inspector.store import Store

    with Store.open(tmp_path / "t.db") as store:  # the overrides are stored on the inspection row
        store.add_staff("S002", "Test Person")
        rec = store_inspection(store, o, InspectionConfig(), 1.0, 5.0, "lead")
        [again] = store.list_inspections(staff_code="S002")
    assert rec.items["smile"] is True and "hands" not in rec.items and rec.points == 3.0
    assert {k: (v.status, v.reason, v.by) for k, v in again.overrides.items()} == {
        "smile": ("pass", "smiled when asked", "manager"), "hands": ("cannot_tell", "hands hidden by the counter", "manager")}


def test_nothing_seen_is_cannot_tell_and_not_stored():
    s = InspectionSession("S003", InspectionConfig(badge_without_enrolment="cannot_tell"))
    s.feed(frame(torso(), 0, staff(), staff()))
    r = s.result()
    assert all(i.status is ItemStatus.CANNOT_TELL for i in r.items)
    assert "people in view" in r.item("badge").detail
    with pytest.raises(InspectionError, match="nothing to store"):
        store_inspection(None, r, InspectionConfig(), 1.0, 5.0)
    with pytest.raises(InspectionError):
        InspectionSession(" ")


def test_flow_on_video_of_the_astronaut(tmp_path: Path):
    skimage_data = pytest.importorskip("skimage.data")
    from inspector.pipeline import Pipeline
    from inspector.sources import open_source

    img = cv2.cvtColor(skimage_data.astronaut(), cv2.COLOR_RGB2BGR)
    path = tmp_path / "astro.avi"
    vw = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 5.0, (img.shape[1], img.shape[0]))
    for k in range(4):
        vw.write(np.roll(img, 2 * k, axis=1))
    vw.release()
    try:
        pipe = Pipeline(mode="video")
    except Exception as e:
        pytest.skip(f"perception models unavailable: {e}")
    s = InspectionSession("ASTRO")
    with pipe, open_source(str(path)) as src:
        for f in src:
            s.feed(pipe.process(f))
    r = s.result()
    assert s.views[View.FRONT] >= 3
    assert r.item("badge").status is ItemStatus.FAIL  # spacesuit patches, no ID card or lanyard
    assert r.item("smile").status is ItemStatus.PASS
    assert r.item("hair_face").status is ItemStatus.PASS  # her forehead is clear
    assert r.item("uniform").status is ItemStatus.CANNOT_TELL
    assert any("No side view" in n for n in r.notes)


def test_a_second_inspection_the_same_day_is_refused_unless_it_replaces_the_first(tmp_path):
    """Issue 14 §5: the second same-day inspection deducted again without a warning."""
    from zoneinfo import ZoneInfo

    from inspector.scoring import compute_month
    from inspector.store import Store
    from inspector.store.inspections import AlreadyInspected

    shanghai = ZoneInfo("Asia/Shanghai")
    first_at = datetime(2024, 6, 3, 8, 0, tzinfo=shanghai)
    with Store.open(tmp_path / "t.db") as store:
        store.add_staff("S001", "Test Person")
        first = store.add_inspection("S001", first_at, {"badge": False, "uniform": True}, 1.0, day_tz=shanghai)
        with pytest.raises(AlreadyInspected, match="already inspected on 2024-06-03 at 08:00") as err:
            store.add_inspection("S001", datetime(2024, 6, 3, 23, 30, tzinfo=shanghai), {"badge": False}, 1.0,
                                 day_tz=shanghai)
        assert err.value.earlier.id == first.id
        assert [i.id for i in store.list_inspections()] == [first.id]  # nothing written
        # 00:30 the next morning in Shanghai is still 3 June in UTC, but another local day
        next_day = store.add_inspection("S001", datetime(2024, 6, 4, 0, 30, tzinfo=shanghai), {"badge": True}, 0,
                                        day_tz=shanghai)
        second = store.add_inspection("S001", first_at.replace(hour=9), {"badge": False, "uniform": False}, 2.0,
                                      day_tz=shanghai, replace=True)
        assert [i.id for i in store.list_inspections()] == [second.id, next_day.id]
        replaced = [i for i in store.list_inspections(include_replaced=True) if i.id == first.id][0]
        assert replaced.replaced_by == second.id and replaced.deducted == 0
        assert store.inspections_on_day("S001", first_at, shanghai)[0].id == second.id
        audit = [a for a in store.list_audit() if a.action == "inspection.replace"]
        assert len(audit) == 1 and audit[0].target == f"inspection:{first.id}"
        assert audit[0].details["replaced_by"] == second.id
        month = compute_month("2024-06", store.list_staff(), [], store.list_inspections(include_replaced=True))
        assert month.scores[0].score == 98  # only the replacing inspection counts


def test_cli_inspect_needs_replace_for_a_second_inspection_the_same_day(tmp_path, capsys, monkeypatch,
                                                                         models_ready, astronaut_bgr):
    from inspector.cli import main
    from inspector.store import Store

    db = tmp_path / "c.db"
    monkeypatch.setenv("INSPECTOR_DB", str(db))
    with Store.open(db) as store:
        store.add_staff("S001", "Astro")
    img = tmp_path / "front.png"
    cv2.imwrite(str(img), astronaut_bgr)
    main(["inspect", str(img), "--staff", "S001"])
    capsys.readouterr()
    rc = main(["inspect", str(img), "--staff", "S001"])
    err = capsys.readouterr().err
    assert rc != 0 and "already inspected" in err and "--replace" in err and "Traceback" not in err
    main(["inspect", str(img), "--staff", "S001", "--replace"])
    out = capsys.readouterr().out
    assert "stored as inspection 2" in out and "it replaces inspection 1 of the same day" in out
    with Store.open(db) as store:
        kept = store.list_inspections()
        assert len(kept) == 1 and len(store.list_inspections(include_replaced=True)) == 2


def test_the_same_video_inspected_twice_gives_the_same_checklist(tmp_path, models_ready, shared_data):
    """Issue 14 §5: the same video inspected twice gave different hand results.

    The cause: the live runner paced the file at its frame rate and dropped the frames the analysis
    was too slow for, so each run judged other frames. Files are now analysed frame by frame.
    The clip is the first 40 frames of test_video.mp4 (a hand rises into view at 0.76 s).
    """
    from inspector.config import InspectorConfig
    from inspector.inspection_run import new_session, start_inspection

    src = cv2.VideoCapture(str(shared_data / "videos" / "test_video.mp4"))
    clip = tmp_path / "hand.avi"
    out = None
    for _ in range(40):
        ok, img = src.read()
        assert ok, "test_video.mp4 is shorter than expected"
        out = out or cv2.VideoWriter(str(clip), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, (img.shape[1], img.shape[0]))
        out.write(img)
    out.release()
    src.release()
    cfg = InspectorConfig()
    runs = []
    for _ in range(2):
        runner, feed = start_inspection(str(clip), cfg, new_session("S001", cfg, None, None))
        assert runner.wait(600), "the inspection did not finish"
        stats = runner.stats()
        assert (stats.captured, stats.analysed, stats.dropped) == (40, 40, 0)
        runs.append(feed.result())
    first, second = (tuple((i.item, i.status, round(i.confidence, 6), i.detail, i.evidence_frame) for i in r.items)
                     for r in runs)
    assert first == second
    assert runs[0].item("hands").status is not ItemStatus.CANNOT_TELL  # the hands were judged


def test_the_feed_ignores_frames_after_enough_was_seen():
    """The checklist is judged on the frames up to "enough", however late the screen stops the run."""
    from inspector.inspection_run import InspectionFeed, InspectionScreenConfig

    feed = InspectionFeed(InspectionSession("S001"), InspectionScreenConfig(min_front_frames=1, min_side_frames=1))
    feed(frame(torso(), 0, staff()))
    assert not feed.progress().enough
    feed(frame(torso(), 1, staff(make_pose(side_on=True))))
    assert feed.progress().enough and feed.progress().frames == 2
    for idx in (2, 3):  # arrive before the screen stops the run; counted, they would outvote the first frame
        feed(frame(torso(), idx, staff(arms=ArmPosture.HANDS_IN_POCKETS)))
    assert feed.progress().frames == 2 and feed.result().item("hands").status is ItemStatus.PASS
