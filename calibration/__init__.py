"""Per-camera calibration: zones, counter, floor plane, floor distances and their check.

Public API:

* :mod:`calibration.profile`: :class:`CalibrationProfile` (versioned JSON/TOML file),
  :func:`load_profile`, :func:`save_profile`, :func:`parse_profile`.
* :mod:`calibration.geometry`: :func:`floor_geometry` -> :class:`FloorGeometry` (image <-> floor,
  counter distance, zones, ruler), :func:`camera_homography`, :func:`camera_from_homography`.
* :mod:`calibration.floor_point`: :func:`estimate_floor` (a person's floor point with its error),
  :func:`counter_distance`.
* :mod:`calibration.check`: :func:`check_profile` (error on the calibration points in cm),
  :func:`poor_fit` (worse than :data:`POOR_FIT_CM`).
* :mod:`calibration.steps`: the calibration steps in order and what each still needs.
"""

from calibration.check import POOR_FIT_CM, CalibrationCheck, calibration_rms_m, check_profile, fit_error_cm, poor_fit
from calibration.floor_point import CounterDistance, FloorEstimate, FloorPointConfig, counter_distance, estimate_floor
from calibration.geometry import CameraPose, FloorGeometry, GeometryError, floor_geometry
from calibration.profile import (CalibrationProfile, CameraFloor, FloorPoint, PointsFloor, ProfileError,
                                 load_profile, parse_profile, save_profile)

__all__ = [
    "POOR_FIT_CM", "CalibrationCheck", "CalibrationProfile", "CameraFloor", "CameraPose", "CounterDistance", "FloorEstimate",
    "FloorGeometry", "FloorPoint", "FloorPointConfig", "GeometryError", "PointsFloor", "ProfileError",
    "calibration_rms_m", "check_profile", "counter_distance", "estimate_floor", "fit_error_cm", "floor_geometry",
    "load_profile", "parse_profile", "poor_fit", "save_profile",
]
