"""Calibration: profile file, floor homography, floor distance accuracy, the check, table timing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from calibration.check import check_profile
from calibration.floor_point import FloorPointConfig, estimate_floor
from calibration.geometry import GeometryError, floor_geometry
from calibration.profile import (CalibrationProfile, CameraFloor, FloorPoint, PointsFloor, ProfileError,
                                 load_profile, parse_profile, save_profile)
from inspector.types import PersonObservation, PoseLandmarks

FIX = Path(__file__).parent / "fixtures"
W, H = 1280, 720
CAM = CameraFloor(height_m=2.5, tilt_deg=30, focal_px=900)


def camera_profile(floor=CAM) -> CalibrationProfile:
    return CalibrationProfile(camera_id="synthetic", image_width=W, image_height=H,
                              staff_zone=((0, 300), (W, 300), (W, 420), (0, 420)),
                              customer_zone=((0, 420), (W, 420), (W, H), (0, H)),
                              counter=((200, 420), (1080, 420)), floor=floor)


def person_at(px: np.ndarray, body_px: float = 300.0) -> PersonObservation:
    """A standing person whose heels and toes touch the floor at pixel ``px`` (profile pixels)."""
    img = np.zeros((33, 5), dtype=np.float32)
    x, y = px[0] / W, px[1] / H
    img[:, 0] = x
    img[:, 1] = np.linspace(y - body_px / H, y, 33)
    img[:, 3] = img[:, 4] = 1.0
    for i in (29, 30, 31, 32):
        img[i, 0:2] = (x, y)
    return PersonObservation(bbox=(0, 0, 10, body_px), pose=PoseLandmarks(image=img), track_id=1)


def test_synthetic_floor_distance_error_under_10cm():
    """Known camera; the floor is calibrated from 6 marks clicked with 1 px error; persons' feet detected with 2 px error."""
    truth = floor_geometry(camera_profile())
    rng = np.random.default_rng(7)
    marks = np.array([[-1.5, 2.5], [1.5, 2.5], [-2.0, 5.0], [2.0, 5.0], [0.0, 3.5], [-1.0, 6.0]])
    clicked = truth.floor_to_image(marks) + rng.normal(0, 1.0, (len(marks), 2))
    prof = camera_profile(PointsFloor(points=tuple(FloorPoint(image=tuple(c), floor=tuple(m))
                                                   for c, m in zip(clicked, marks))))
    geo = floor_geometry(prof)
    chk = check_profile(prof)
    assert chk.rms_cm is not None and chk.rms_cm < 5 and chk.leave_one_out_rms_cm < 10
    errs = []
    for _ in range(200):
        xy = np.array([rng.uniform(-2, 2), rng.uniform(2.5, 6.0)])
        px = truth.floor_to_image(xy)[0] + rng.normal(0, 2.0, 2)
        est = estimate_floor(person_at(px), geo, FloorPointConfig())
        assert est is not None and est.source == "feet"
        errs.append(abs(geo.distance_to_counter(est.floor_xy) - truth.distance_to_counter(tuple(xy))))
    assert max(errs) < 0.10
    assert np.median(errs) < 0.04


def test_camera_mounting_is_recovered_from_points():
    truth = floor_geometry(camera_profile())
    marks = np.array([[-1.5, 2.5], [1.5, 2.5], [-2.0, 5.0], [2.0, 5.0]])
    prof = camera_profile(PointsFloor(points=tuple(FloorPoint(image=tuple(c), floor=tuple(m))
                                                   for c, m in zip(truth.floor_to_image(marks), marks))))
    cam = floor_geometry(prof).camera
    assert cam is not None
    assert cam.height_m == pytest.approx(2.5, abs=0.01) and cam.focal_px == pytest.approx(900, rel=0.01)
    assert np.allclose(cam.floor_xy, (0, 0), atol=0.01)
    assert check_profile(prof).exact_fit  # four points cannot check themselves


def test_check_finds_a_misplaced_point():
    truth = floor_geometry(camera_profile())
    marks = np.array([[-1.5, 2.5], [1.5, 2.5], [-2.0, 5.0], [2.0, 5.0], [0.0, 3.5], [-1.0, 6.0]])
    img = truth.floor_to_image(marks)
    img[4] += (0, 25)  # one point clicked 25 px off
    prof = camera_profile(PointsFloor(points=tuple(FloorPoint(image=tuple(c), floor=tuple(m))
                                                   for c, m in zip(img, marks))))
    chk = check_profile(prof)
    assert chk.max_cm > 10 and chk.leave_one_out_rms_cm > chk.rms_cm


def test_ruler_and_zones():
    geo = floor_geometry(camera_profile())
    a, b = geo.floor_to_image(np.array([[0.0, 3.0], [1.0, 3.0]]))
    assert geo.floor_distance(tuple(a), tuple(b)) == pytest.approx(1.0, abs=1e-6)
    assert geo.in_zone("customer", (640, 600)) and not geo.in_zone("staff", (640, 600))
    with pytest.raises(ValueError):
        geo.in_zone("lobby", (0, 0))
    with pytest.raises(GeometryError):
        geo.image_to_floor(np.array([[640, -300]]))  # above the horizon (y = 360 - 900 tan 30 = -160)


def test_ghost_skeleton_is_not_a_person():
    geo = floor_geometry(camera_profile())
    px = geo.floor_to_image(np.array([[0.0, 3.0]]))[0]
    assert estimate_floor(person_at(px, body_px=20), geo, FloorPointConfig()) is None


def test_hips_only_estimate():
    geo = floor_geometry(camera_profile())
    img = np.zeros((33, 5), dtype=np.float32)
    img[:, 3] = img[:, 4] = 1.0
    img[:, 0] = 0.5
    img[:, 1] = np.linspace(0.1, 0.5, 33)
    img[[11, 12], 1] = 0.2
    img[[23, 24], 1] = 0.4
    img[25:33, 3] = 0.0  # legs hidden
    est = estimate_floor(PersonObservation(bbox=(0, 0, 1, 1), pose=PoseLandmarks(image=img)), geo, FloorPointConfig())
    assert est is not None and est.source == "hips"
    assert est.px[1] == pytest.approx((0.4 + 1.65 * 0.2) * H, rel=1e-4)


def test_profile_file_round_trip_and_errors(tmp_path):
    prof = camera_profile()
    path = tmp_path / "desk.json"
    save_profile(prof, path)
    assert load_profile(path) == prof
    data = json.loads(path.read_text())
    data["floor"]["heigth_m"] = 2.0
    with pytest.raises(ProfileError, match="heigth_m"):
        parse_profile(data)
    data = json.loads(path.read_text())
    data["version"] = 2
    with pytest.raises(ProfileError, match="version"):
        parse_profile(data)
    with pytest.raises(ProfileError, match="not found"):
        load_profile(tmp_path / "none.json")
    with pytest.raises(ProfileError):
        save_profile(prof, tmp_path / "desk.toml")
    toml = tmp_path / "desk.toml"
    toml.write_text('version = 1\ncamera_id = "x"\nimage_width = 100\nimage_height = 100\n'
                    'staff_zone = [[0,0],[100,0],[100,40]]\ncustomer_zone = [[0,50],[100,50],[100,100]]\n'
                    'counter = [[0,45],[100,45]]\n[floor]\nkind = "camera"\nheight_m = 2.5\ntilt_deg = 30\nfocal_px = 100\n')
    assert load_profile(toml).floor.height_m == 2.5


def test_collinear_points_are_refused():
    pts = tuple(FloorPoint(image=(10.0 * i, 10.0 * i + 1), floor=(float(i), float(i))) for i in range(4))
    with pytest.raises(GeometryError):
        floor_geometry(camera_profile(PointsFloor(points=pts)))


def test_one_by_one_table_timing_within_1s(shared_data):
    """The table of the one-by-one video as the counter: reach/leave times vs the annotations."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import table_timing as tt

    geo = floor_geometry(load_profile(FIX / "one-by-one-profile.json"))
    from inspector.recordings import load_recording

    rec = load_recording(FIX / "tracks" / "one-by-one.npz")
    times, dists, pts = tt.min_distance_series(rec, geo, FloorPointConfig())
    found = tt.stays(times, dists, 0.5, 1.0, 1.0, tt.floor_speed(times, pts, 0.5), 0.3)
    truth = tt.annotated(shared_data / "videos" / "annotations.csv")
    assert len(found) == len(truth) == 6
    for s, (_, reach, leave) in zip(found, truth):
        assert abs(s.reach_s - reach) <= 1.0 and abs(s.leave_s - leave) <= 1.0


def test_calibration_dialog_builds_a_profile_and_measures(qtbot):
    from ui.calibration_dialog import CalibrationDialog

    truth = floor_geometry(camera_profile())
    dlg = CalibrationDialog(np.zeros((H, W, 3), dtype=np.uint8), camera_id="desk-1")
    qtbot.addWidget(dlg)
    with pytest.raises(ProfileError):
        dlg.profile()
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5)]
    for m, px in zip(marks, truth.floor_to_image(np.array(marks))):
        dlg.fx.setValue(m[0])
        dlg.fy.setValue(m[1])
        dlg.add_point(float(px[0]), float(px[1]))
    for tool, pts in (("staff", camera_profile().staff_zone), ("customer", camera_profile().customer_zone),
                      ("counter", camera_profile().counter)):
        dlg.set_tool(tool)
        for x, y in pts:
            dlg.add_point(x, y)
    prof = dlg.profile()
    assert len(prof.floor.points) == 5 and prof.counter == camera_profile().counter
    assert "RMS 0.0 cm" in dlg.run_check()
    dlg.set_tool("ruler")
    a, b = truth.floor_to_image(np.array([[0.0, 3.0], [0.0, 4.5]]))
    dlg.add_point(*map(float, a))
    dlg.add_point(*map(float, b))
    assert "1.50 m" in dlg.ruler_text()


def test_steps_open_in_order_and_name_what_is_missing():
    from calibration.steps import first_missing, open_steps, step_gap

    shapes = {"floor": [], "staff": [], "customer": [], "counter": []}
    assert first_missing(shapes).step == "floor" and open_steps(shapes) == ("floor",)
    shapes["floor"] = [(0, 0), (10, 0), (10, 10), (0, 10)]
    xy = [(0, 0), (1, 0), (1, 1), (0, 1)]
    gap = first_missing(shapes, xy)
    assert (gap.step, gap.have, gap.need) == ("staff", 0, 3) and open_steps(shapes, xy) == ("floor", "staff")
    shapes["staff"] = [(0, 0), (5, 0)]
    assert first_missing(shapes, xy).have == 2
    shapes["staff"].append((5, 5))
    shapes["customer"] = [(0, 6), (5, 6), (5, 9)]
    assert first_missing(shapes, xy).step == "counter"
    shapes["counter"] = [(0, 5), (5, 5)]
    assert first_missing(shapes, xy) is None and open_steps(shapes, xy)[-1] == "check"
    assert step_gap("floor", shapes, [(0, 0), (0, 0), (1, 1), (0, 1)]).duplicate  # two marks typed alike
    with pytest.raises(ValueError):
        step_gap("check", shapes, xy)


def test_a_fit_worse_than_twenty_cm_is_poor():
    from calibration.check import POOR_FIT_CM, fit_error_cm, poor_fit

    ref = camera_profile()
    truth = floor_geometry(ref)
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5), (1.0, 4.0)]
    px = truth.floor_to_image(np.array(marks))

    def fit(typed):
        pts = tuple(FloorPoint(image=(float(p[0]), float(p[1])), floor=f) for p, f in zip(px, typed))
        return check_profile(ref.model_copy(update={"floor": PointsFloor(points=pts)}))

    good = fit(marks)
    assert fit_error_cm(good) < 1 and not poor_fit(good)
    bad = fit(marks[:4] + [(0.0, 4.4)] + marks[5:])  # one mark's position typed 90 cm wrong
    assert fit_error_cm(bad) == bad.leave_one_out_rms_cm and bad.leave_one_out_rms_cm > POOR_FIT_CM
    assert poor_fit(bad)
