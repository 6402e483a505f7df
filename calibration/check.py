"""The calibration check: how far the calibration points land from where they should, in cm.

For a points-based floor, every calibration point's pixel is mapped to the floor with the fitted
homography and compared with its known floor position. With exactly four points the homography
fits them exactly (error 0 by construction): the check then says so and asks for a fifth point;
with five or more it also reports the leave-one-out error (each point predicted by a homography
fitted to the others), which is the honest estimate of the error elsewhere on the floor.
For a camera-mounting floor, the check uses the verification points the caller passes (for
example two ends of a tape measure clicked on a frame).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from calibration.geometry import CameraPose, FloorGeometry, GeometryError, floor_geometry
from calibration.profile import CalibrationProfile, FloorPoint, PointsFloor


POOR_FIT_CM = 20.0
"""Leave-one-out error (RMS over all points when there are too few for it) above which a fit is
too poor to trust: the dialog flags it in red and saving it needs an explicit confirmation."""


@dataclass(frozen=True)
class PointError:
    """One checked point: where it should be and where the calibration puts it (metres)."""

    image: tuple[float, float]
    floor: tuple[float, float]
    mapped: tuple[float, float]
    error_cm: float


@dataclass(frozen=True)
class CalibrationCheck:
    """Result of checking a calibration.

    Attributes:
        points: Per-point errors (calibration points, then verification points).
        rms_cm: Root-mean-square error over ``points`` in cm (None when there is nothing to check).
        max_cm: Largest error in cm (None when there is nothing to check).
        leave_one_out_rms_cm: RMS error of each calibration point predicted from the others (>= 5 points).
        exact_fit: True when the points cannot check themselves (exactly four points, no verification points).
        camera: Camera position recovered from the calibration, when possible.
        message: One line for the user.
    """

    points: tuple[PointError, ...]
    rms_cm: float | None
    max_cm: float | None
    leave_one_out_rms_cm: float | None
    exact_fit: bool
    camera: CameraPose | None
    message: str


def _errors(geo: FloorGeometry, pts: tuple[FloorPoint, ...]) -> list[PointError]:
    if not pts:
        return []
    mapped = geo.image_to_floor(np.array([p.image for p in pts]))
    out = []
    for p, m in zip(pts, mapped):
        e = float(np.linalg.norm(m - np.asarray(p.floor))) * 100
        out.append(PointError(p.image, p.floor, (float(m[0]), float(m[1])), e))
    return out


def _leave_one_out(points: tuple[FloorPoint, ...]) -> float | None:
    if len(points) < 5:
        return None
    errs = []
    for i in range(len(points)):
        rest = [p for j, p in enumerate(points) if j != i]
        h, _ = cv2.findHomography(np.array([p.image for p in rest], dtype=np.float64),
                                  np.array([p.floor for p in rest], dtype=np.float64), 0)
        if h is None:
            return None
        q = np.array([*points[i].image, 1.0]) @ h.T
        errs.append(float(np.linalg.norm(q[:2] / q[2] - np.asarray(points[i].floor))) * 100)
    return math.sqrt(float(np.mean(np.square(errs))))


def check_profile(profile: CalibrationProfile, verify: tuple[FloorPoint, ...] = ()) -> CalibrationCheck:
    """Checks a calibration on its own points and on optional verification points.

    Raises:
        GeometryError: The profile gives no usable floor mapping.
    """
    geo = floor_geometry(profile)
    calib = profile.floor.points if isinstance(profile.floor, PointsFloor) else ()
    errs = _errors(geo, tuple(calib)) + _errors(geo, tuple(verify))
    exact = len(calib) == 4 and not verify
    loo = _leave_one_out(tuple(calib))
    if errs and not exact:
        rms = math.sqrt(float(np.mean([e.error_cm ** 2 for e in errs])))
        mx = max(e.error_cm for e in errs)
        msg = f"calibration error on {len(errs)} points: RMS {rms:.1f} cm, max {mx:.1f} cm"
        if loo is not None:
            msg += f"; leave-one-out RMS {loo:.1f} cm"
    else:
        rms = mx = None
        msg = ("four points fit exactly, so they cannot check themselves: add a fifth point or measure a "
               "known distance with the ruler") if exact else "no points to check: add verification points"
    return CalibrationCheck(tuple(errs), rms, mx, loo, exact, geo.camera, msg)


def fit_error_cm(check: CalibrationCheck) -> float | None:
    """The honest error of the fit in cm: leave-one-out when known, else the RMS, else None."""
    return check.leave_one_out_rms_cm if check.leave_one_out_rms_cm is not None else check.rms_cm


def poor_fit(check: CalibrationCheck, limit_cm: float = POOR_FIT_CM) -> bool:
    """True when the fit's error (:func:`fit_error_cm`) is above ``limit_cm``."""
    err = fit_error_cm(check)
    return err is not None and err > limit_cm


def calibration_rms_m(check: CalibrationCheck) -> float:
    """The error to add to every floor point, in metres (leave-one-out when known, else RMS, else 0)."""
    v = fit_error_cm(check)
    return 0.0 if v is None else v / 100


__all__ = ["CalibrationCheck", "GeometryError", "POOR_FIT_CM", "PointError", "calibration_rms_m", "check_profile",
           "fit_error_cm", "poor_fit"]
