"""A person's floor point (where they stand) and distance to the counter, each with an error.

Order of preference:

1. ``feet``: the mean of the visible heels and toe tips (BlazePose 29-32), which touch the floor;
2. ``ankles``: the mean of the visible ankles (27, 28), about 8 cm above the floor, moved down in
   the image by ``ankle_drop`` of the person's lower-leg length (knee to ankle) when the knee is
   visible;
3. ``hips``: feet hidden (behind a counter, cut by the frame): the image point
   ``hip_centre + k * torso`` straight below the hip centre, where ``torso`` is the image length
   from the shoulder centre to the hip centre and ``k`` is ``hip_to_floor_standing`` or
   ``hip_to_floor_sitting`` (stance from the feature stage; standing when unknown). Adult body
   proportions give hip height ~0.50 and shoulder-to-hip ~0.30 of the stature, i.e. ``k ~ 1.65``
   (the default). Measured on the one-by-one video (camera ~2.9 m high looking down, 1144
   person-frames with feet visible, ``tools/table_timing.py --hip-check``) the image ratio is
   1.32 (IQR 1.23-1.36) and the hips-only floor point lies 0.24 m (median; 90th percentile
   0.41 m) from the feet one: that is the stated error of this fallback, hence ``hips_sigma``.

A detection whose landmark span, converted to metres with the floor scale at its floor point,
is under ``min_height_m`` is not taken as a person (MediaPipe sometimes fits a small skeleton to
furniture, e.g. a table's cross base). The image scale of an upright body is not the floor scale,
so this is only a coarse plausibility test (real people measure about 1.5-2.5 m this way in the
one-by-one video, the table-base ghosts 0.2-0.5 m).

The stated error of a floor point is ``sigma_px * metres_per_px`` at that point (the homography's
local scale) combined with the calibration's own RMS error, where ``sigma_px`` is a fraction of
the person's height in the image (vertical span of the 33 landmarks, hidden ones included) (``feet_sigma`` / ``hips_sigma``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import Field

from calibration.geometry import FloorGeometry, GeometryError
from inspector.settings_base import Section
from inspector.types import PersonObservation, Stance

L_SHOULDER, R_SHOULDER, L_HIP, R_HIP = 11, 12, 23, 24
L_KNEE, R_KNEE, L_ANKLE, R_ANKLE = 25, 26, 27, 28
FOOT_POINTS = (29, 30, 31, 32)  # heels, toe tips

FloorSource = Literal["feet", "ankles", "hips"]


class FloorPointConfig(Section):
    """How a person's floor point is estimated and how large its error is taken to be."""

    min_visibility: float = Field(0.5, ge=0, le=1, description="A landmark counts as visible at or above this visibility.")
    ankle_drop: float = Field(0.15, ge=0, le=1, description="Ankles only: the floor point is this fraction of the knee-to-ankle image length below the ankles (the ankle is ~8 cm above the floor).")
    hip_to_floor_standing: float = Field(1.65, gt=0, le=5, description="Hips only, standing: image distance from the hip centre down to the floor in torso lengths (shoulder centre to hip centre).")
    hip_to_floor_sitting: float = Field(0.9, gt=0, le=5, description="Hips only, sitting: image distance from the hip centre down to the floor in torso lengths.")
    feet_sigma: float = Field(0.02, gt=0, le=1, description="Feet or ankles: one-sigma image error of the floor point as a fraction of the person's image height (span of the landmarks).")
    min_height_m: float = Field(0.7, ge=0, le=3, description="Detections whose landmarks span less than this many metres (image span times the floor scale at their floor point) are not people (e.g. a table base taken for legs); 0 switches the check off.")
    hips_sigma: float = Field(0.06, gt=0, le=1, description="Hips: one-sigma image error of the estimated floor point as a fraction of the person's image height (span of the landmarks).")


@dataclass(frozen=True)
class FloorEstimate:
    """Where a person stands.

    Attributes:
        px: Floor point in profile pixels.
        floor_xy: Floor point in metres.
        source: ``feet``, ``ankles`` or ``hips``.
        error_m: One-sigma error of ``floor_xy`` in metres.
    """

    px: tuple[float, float]
    floor_xy: tuple[float, float]
    source: FloorSource
    error_m: float


@dataclass(frozen=True)
class CounterDistance:
    """Distance of a person to the counter with its one-sigma error (metres)."""

    value_m: float
    error_m: float
    source: FloorSource


def _visible_mean(img: np.ndarray, idxs: tuple[int, ...], min_vis: float) -> np.ndarray | None:
    sel = [i for i in idxs if img[i, 3] >= min_vis]
    if not sel:
        return None
    return img[sel, :2].mean(axis=0)


def floor_pixel(person: PersonObservation, cfg: FloorPointConfig) -> tuple[np.ndarray, FloorSource] | None:
    """The person's floor point in normalised image coordinates and how it was found.

    Returns None without a pose, or with neither feet, ankles nor hips and shoulders visible.
    """
    if person.pose is None:
        return None
    img = np.asarray(person.pose.image, dtype=np.float64)
    feet = _visible_mean(img, FOOT_POINTS, cfg.min_visibility)
    if feet is not None:
        return feet, "feet"
    ankles = _visible_mean(img, (L_ANKLE, R_ANKLE), cfg.min_visibility)
    if ankles is not None:
        knees = _visible_mean(img, (L_KNEE, R_KNEE), cfg.min_visibility)
        drop = 0.0 if knees is None else cfg.ankle_drop * max(0.0, ankles[1] - knees[1])
        return ankles + np.array([0.0, drop]), "ankles"
    hips = _visible_mean(img, (L_HIP, R_HIP), cfg.min_visibility)
    shoulders = _visible_mean(img, (L_SHOULDER, R_SHOULDER), cfg.min_visibility)
    if hips is None or shoulders is None:
        return None
    sitting = person.features is not None and person.features.stance == Stance.SITTING
    k = cfg.hip_to_floor_sitting if sitting else cfg.hip_to_floor_standing
    torso = float(np.linalg.norm(hips - shoulders))
    return hips + np.array([0.0, k * torso]), "hips"


def estimate_floor(person: PersonObservation, geo: FloorGeometry, cfg: FloorPointConfig,
                   calibration_rms_m: float = 0.0) -> FloorEstimate | None:
    """The person's floor point in metres with its error; None when it cannot be found.

    Args:
        person: A person with pose landmarks (normalised image coordinates).
        geo: The camera's floor geometry.
        cfg: Floor-point settings.
        calibration_rms_m: RMS error of the calibration itself (from :func:`calibration.check.check_profile`).
    """
    found = floor_pixel(person, cfg)
    if found is None:
        return None
    norm, source = found
    px = geo.to_profile_px(norm)[0]
    try:
        xy = geo.image_to_floor(px)[0]
        scale = geo.metres_per_px((float(px[0]), float(px[1])))
    except GeometryError:
        return None
    body_h_px = float(np.ptp(person.pose.image[:, 1])) * geo.profile.image_height
    if body_h_px * scale < cfg.min_height_m:
        return None
    sigma_px = (cfg.feet_sigma if source in ("feet", "ankles") else cfg.hips_sigma) * body_h_px
    err = math.hypot(sigma_px * scale, calibration_rms_m)
    return FloorEstimate(px=(float(px[0]), float(px[1])), floor_xy=(float(xy[0]), float(xy[1])), source=source,
                         error_m=err)


def counter_distance(est: FloorEstimate, geo: FloorGeometry) -> CounterDistance:
    """Distance from a floor estimate to the counter (its error is the floor point's error)."""
    return CounterDistance(value_m=geo.distance_to_counter(est.floor_xy), error_m=est.error_m, source=est.source)
