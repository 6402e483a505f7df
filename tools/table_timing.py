"""When each person reaches and leaves the table in the one-by-one video, side by side with the annotations.

The round high table of ``one-by-one-person-detection.mp4`` is calibrated as the counter by
``tests/fixtures/one-by-one-profile.json``: the floor plane comes from the four foot tips of the
table's cross base (image points picked on frame 0; floor coordinates from the standard size of
such a base, 0.66 m tip to tip, i.e. tips at +-0.233 m along the image axes - an assumption, not a
measurement), and the counter is the table top's edge (radius 0.30 m, assumed) projected onto
the floor. A person is at the table while the floor distance from their floor point
(:func:`calibration.floor_point.estimate_floor`) to that edge is at most ``--reach-m``; short gaps
(``--gap-s``) are bridged and stays shorter than ``--min-stay-s`` are dropped. The annotations
mark "reaches" when the feet stop and "leaves" at the first step, so each stay is then narrowed to
the part where the floor point is still (speed under ``--still-mps``, from the median positions
of the half-second before and after each frame). Since one person
at a time uses the table, the smallest distance over the persons in a frame is used, so a person
whose track is split by the tracker is still one stay.

``--hip-check`` also measures how well the hips-only floor point (feet hidden) agrees with the
feet, on the frames where both are visible: the error in metres and the best hip-to-floor ratio.

Usage::

    .venv/bin/python tools/table_timing.py [--tracks tests/fixtures/tracks/one-by-one.npz] [--hip-check]
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from calibration.check import calibration_rms_m, check_profile  # noqa: E402
from calibration.floor_point import FloorPointConfig, estimate_floor, floor_pixel  # noqa: E402
from calibration.geometry import FloorGeometry, floor_geometry  # noqa: E402
from calibration.profile import load_profile  # noqa: E402
from inspector.recordings import TrackRecording, load_recording  # noqa: E402

VIDEO = "one-by-one-person-detection.mp4"
PROFILE = REPO / "tests" / "fixtures" / "one-by-one-profile.json"


@dataclass(frozen=True)
class Stay:
    """One stay at the table: first and last time within reach (seconds)."""

    reach_s: float
    leave_s: float


def min_distance_series(rec: TrackRecording, geo: FloorGeometry,
                        cfg: FloorPointConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per recorded frame: time (s), the smallest counter distance over its persons (inf when none)
    and that person's floor point (NaN when none)."""
    times, dists, points = [], [], []
    rms = calibration_rms_m(check_profile(geo.profile))
    for t, persons in rec.frames():
        best, xy = np.inf, (np.nan, np.nan)
        for p in persons:
            est = estimate_floor(p, geo, cfg, rms)
            if est is not None:
                d = geo.distance_to_counter(est.floor_xy)
                if d < best:
                    best, xy = d, est.floor_xy
        times.append(t / 1000)
        dists.append(best)
        points.append(xy)
    return np.asarray(times), np.asarray(dists), np.asarray(points, dtype=np.float64).reshape(-1, 2)


def floor_speed(times: np.ndarray, points: np.ndarray, half_window_s: float) -> np.ndarray:
    """Speed (m/s) of the floor point: displacement of the median positions of the half windows
    before and after each sample, over their time difference (robust to landmark jitter)."""
    speed = np.full(len(times), np.nan)
    for i, t in enumerate(times):
        before = (times >= t - half_window_s) & (times <= t) & np.isfinite(points[:, 0])
        after = (times >= t) & (times <= t + half_window_s) & np.isfinite(points[:, 0])
        if before.sum() < 2 or after.sum() < 2:
            continue
        dt = float(np.median(times[after]) - np.median(times[before]))
        if dt > 0:
            speed[i] = float(np.linalg.norm(np.median(points[after], axis=0) - np.median(points[before], axis=0))) / dt
    return speed


def stays(times: np.ndarray, dists: np.ndarray, reach_m: float, gap_s: float, min_stay_s: float,
          speed: np.ndarray | None = None, still_mps: float = 0.0) -> list[Stay]:
    """Stays at the table from a distance series (see module docstring).

    With ``speed``, each stay is narrowed to the part where the person stands still: it starts at
    the first sample within reach slower than ``still_mps`` (feet stop) and ends at the last such
    sample (first step away).
    """
    idx = np.flatnonzero(dists <= reach_m)
    groups: list[list[int]] = []
    for i in idx:
        if groups and times[i] - times[groups[-1][-1]] <= gap_s:
            groups[-1].append(int(i))
        else:
            groups.append([int(i)])
    out = []
    for g in groups:
        if times[g[-1]] - times[g[0]] < min_stay_s:
            continue
        still = [i for i in g if speed is not None and np.isfinite(speed[i]) and speed[i] < still_mps]
        a, b = (still[0], still[-1]) if still else (g[0], g[-1])
        out.append(Stay(float(times[a]), float(times[b])))
    return out


def annotated(path: Path) -> list[tuple[str, float, float]]:
    """(person, reach_s, leave_s) from annotations.csv."""
    with path.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["video"] == VIDEO]
    reach = {r["person"]: float(r["t_start_s"]) for r in rows if r["event"] == "person_reaches_table"}
    leave = {r["person"]: float(r["t_start_s"]) for r in rows if r["event"] == "person_leaves_table"}
    return [(p, reach[p], leave[p]) for p in sorted(reach) if p in leave]


def hip_check(rec: TrackRecording, geo: FloorGeometry, cfg: FloorPointConfig) -> list[str]:
    """Hips-only floor point against the feet, where both are seen."""
    errs, ratios = [], []
    for i in range(len(rec)):
        p = rec.person(i)
        found = floor_pixel(p, cfg)
        if found is None or found[1] != "feet":
            continue
        img = p.pose.image
        if min(img[[11, 12, 23, 24], 3]) < cfg.min_visibility:
            continue
        hips, sh = img[[23, 24], :2].mean(axis=0), img[[11, 12], :2].mean(axis=0)
        torso = float(np.linalg.norm(hips - sh))
        if torso <= 1e-6:
            continue
        ratios.append((found[0][1] - hips[1]) / torso)
        hip_only = hips + np.array([0.0, cfg.hip_to_floor_standing * torso])
        f_feet = geo.image_to_floor(geo.to_profile_px(found[0]))[0]
        f_hips = geo.image_to_floor(geo.to_profile_px(hip_only))[0]
        errs.append(float(np.linalg.norm(f_feet - f_hips)))
    if not errs:
        return ["hip check: no frame with feet, hips and shoulders visible"]
    e = np.asarray(errs)
    return [f"hip check on {len(e)} person-frames with feet visible: hips-only floor point vs feet: "
            f"median {np.median(e):.2f} m, 90th percentile {np.percentile(e, 90):.2f} m; "
            f"measured hip-to-floor ratio median {np.median(ratios):.2f} "
            f"(IQR {np.percentile(ratios, 25):.2f}-{np.percentile(ratios, 75):.2f}; config uses {cfg.hip_to_floor_standing})"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--videos", type=Path, default=REPO.parent / "shared" / "data" / "videos")
    ap.add_argument("--tracks", type=Path, default=None, help="recorded tracks (.npz); default: run the models on the video")
    ap.add_argument("--profile", type=Path, default=PROFILE)
    ap.add_argument("--reach-m", type=float, default=0.5, help="at the table within this floor distance of the table edge")
    ap.add_argument("--gap-s", type=float, default=1.0, help="bridge gaps up to this long")
    ap.add_argument("--min-stay-s", type=float, default=1.0, help="drop stays shorter than this")
    ap.add_argument("--still-mps", type=float, default=0.3, help="standing still below this floor speed (m/s); 0: no refinement")
    ap.add_argument("--speed-window-s", type=float, default=0.5, help="half window of the speed estimate (s)")
    ap.add_argument("--hip-check", action="store_true")
    a = ap.parse_args(argv)
    ann_path = a.videos / "annotations.csv"
    if not ann_path.is_file():
        print(f"annotations not found: {ann_path}", file=sys.stderr)
        return 2
    profile = load_profile(a.profile)
    geo = floor_geometry(profile)
    chk = check_profile(profile)
    if a.tracks is not None:
        rec = load_recording(a.tracks)
    else:
        from extract_tracks import extract

        rec = extract(a.videos / VIDEO)
    cfg = FloorPointConfig()
    times, dists, points = min_distance_series(rec, geo, cfg)
    speed = floor_speed(times, points, a.speed_window_s) if a.still_mps > 0 else None
    found = stays(times, dists, a.reach_m, a.gap_s, a.min_stay_s, speed, a.still_mps)
    truth = annotated(ann_path)
    print(f"calibration: {chk.message}")
    if chk.camera is not None:
        print(f"camera recovered from the calibration: height {chk.camera.height_m:.2f} m, "
              f"floor position ({chk.camera.floor_xy[0]:.2f}, {chk.camera.floor_xy[1]:.2f}) m, "
              f"focal {chk.camera.focal_px:.0f} px")
    print(f"at the table: floor distance to the table edge <= {a.reach_m} m"
          + (f", narrowed to floor speed < {a.still_mps} m/s" if speed is not None else ""))
    print(f"{'person':6s} {'reach (annot.)':>14s} {'reach (found)':>13s} {'diff':>6s}   "
          f"{'leave (annot.)':>14s} {'leave (found)':>13s} {'diff':>6s}")
    diffs = []
    for person, r_true, l_true in truth:
        cand = [s for s in found if s.reach_s <= l_true and s.leave_s >= r_true]
        if not cand:
            print(f"{person:6s} {r_true:14.1f} {'-':>13s} {'':6s}   {l_true:14.1f} {'-':>13s}")
            continue
        s = max(cand, key=lambda s: min(s.leave_s, l_true) - max(s.reach_s, r_true))
        dr, dl = s.reach_s - r_true, s.leave_s - l_true
        diffs += [abs(dr), abs(dl)]
        print(f"{person:6s} {r_true:14.1f} {s.reach_s:13.1f} {dr:+6.1f}   {l_true:14.1f} {s.leave_s:13.1f} {dl:+6.1f}")
    extra = [s for s in found if not any(s.reach_s <= l and s.leave_s >= r for _, r, l in truth)]
    for s in extra:
        print(f"{'extra':6s} {'':14s} {s.reach_s:13.1f} {'':6s}   {'':14s} {s.leave_s:13.1f}")
    if diffs:
        d = np.asarray(diffs)
        print(f"{len(d)} times matched: mean |diff| {d.mean():.2f} s, max {d.max():.2f} s, "
              f"within 1 s: {int((d <= 1.0).sum())}/{len(d)}; missed stays: {len(truth) - len(d) // 2}; "
              f"extra stays: {len(extra)}")
    if a.hip_check:
        print("\n".join(hip_check(rec, geo, cfg)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
