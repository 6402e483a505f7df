"""Floor geometry of a calibrated camera: image <-> floor homography, counter distance, zones.

:class:`FloorGeometry` is built once per profile (:func:`floor_geometry`). The homography maps
floor metres to image pixels at the profile's image size; points from frames of another size are
scaled first (:meth:`FloorGeometry.to_profile_px`). Everything here is plain numpy/OpenCV and
pure: no state changes after construction.

Camera mounting (``floor.kind = "camera"``): with the camera at height ``h`` above the floor
origin, optical axis tilted ``t`` below the horizontal, focal length ``f`` pixels and principal
point at the image centre, the floor-to-image homography is ``K [r1' r2' -R' C]`` where the
columns of ``R`` are the camera axes in floor coordinates (x: image right, y: image down,
z: optical axis) and ``C = (0, 0, h)``.

Measured points (``floor.kind = "points"``): :func:`cv2.findHomography` (least squares over all
points). The camera's floor position and height are recovered when possible by decomposing the
homography with square pixels and the principal point at the image centre
(:func:`camera_from_homography`); greeting geometry uses them to know where "facing the
camera" points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from calibration.profile import CalibrationProfile, CameraFloor, PointsFloor


class GeometryError(ValueError):
    """The calibration cannot give a usable floor mapping (degenerate points, horizon in view...)."""


@dataclass(frozen=True)
class CameraPose:
    """Where the camera is, in floor coordinates.

    Attributes:
        floor_xy: The floor point straight below the camera (metres).
        height_m: Height of the camera above the floor (metres).
        focal_px: Focal length in pixels at the profile's image size.
    """

    floor_xy: tuple[float, float]
    height_m: float
    focal_px: float


def camera_homography(cam: CameraFloor, width: int, height: int) -> np.ndarray:
    """Floor-to-image homography (3x3) of a camera mounting (see module docstring)."""
    t = math.radians(cam.tilt_deg)
    z_c = np.array([0.0, math.cos(t), -math.sin(t)])
    y_c = np.array([0.0, -math.sin(t), -math.cos(t)])
    x_c = np.array([1.0, 0.0, 0.0])
    r = math.radians(cam.roll_deg)
    x_r = math.cos(r) * x_c - math.sin(r) * y_c
    y_r = math.sin(r) * x_c + math.cos(r) * y_c
    rot = np.stack([x_r, y_r, z_c], axis=1)  # columns: camera axes in floor coordinates
    centre = np.array([0.0, 0.0, cam.height_m])
    k = np.array([[cam.focal_px, 0, width / 2], [0, cam.focal_px, height / 2], [0, 0, 1.0]])
    rt = rot.T
    m = np.stack([rt[:, 0], rt[:, 1], -rt @ centre], axis=1)
    return k @ m


def camera_from_homography(h_f2i: np.ndarray, width: int, height: int) -> CameraPose | None:
    """Recovers focal length, camera height and floor position from a floor-to-image homography.

    Assumes square pixels, no skew and the principal point at the image centre. Returns None when
    the homography does not admit a consistent focal length (e.g. points too close together or
    a nearly fronto-parallel floor).
    """
    t_inv = np.array([[1, 0, -width / 2], [0, 1, -height / 2], [0, 0, 1.0]])
    a = t_inv @ h_f2i
    h1, h2, h3 = a[:, 0], a[:, 1], a[:, 2]
    candidates = []
    den = h1[2] * h2[2]
    if abs(den) > 1e-12:
        candidates.append(-(h1[0] * h2[0] + h1[1] * h2[1]) / den)
    den = h1[2] ** 2 - h2[2] ** 2
    if abs(den) > 1e-12:
        candidates.append((h2[0] ** 2 + h2[1] ** 2 - h1[0] ** 2 - h1[1] ** 2) / den)
    f2 = [c for c in candidates if c > 0]
    if not f2:
        return None
    f = math.sqrt(float(np.median(f2)))
    k_inv = np.diag([1 / f, 1 / f, 1.0])
    b1, b2, b3 = k_inv @ h1, k_inv @ h2, k_inv @ h3
    lam = 2.0 / (np.linalg.norm(b1) + np.linalg.norm(b2))
    if b3[2] * lam < 0:  # the floor must be in front of the camera
        lam = -lam
    r1, r2 = b1 * lam, b2 * lam
    r1 /= np.linalg.norm(r1)
    r2 = r2 - r1 * float(r1 @ r2)
    r2 /= np.linalg.norm(r2)
    r3 = np.cross(r1, r2)
    rot = np.stack([r1, r2, r3], axis=1)  # floor to camera
    tvec = b3 * lam
    centre = -rot.T @ tvec
    return CameraPose(floor_xy=(float(centre[0]), float(centre[1])), height_m=float(abs(centre[2])), focal_px=f)


def point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """Euclidean distance from point ``p`` to the segment ``a``-``b`` (2-D)."""
    ab = b - a
    n = float(ab @ ab)
    s = 0.0 if n == 0 else float(np.clip((p - a) @ ab / n, 0.0, 1.0))
    return float(np.linalg.norm(p - (a + s * ab)))


def _apply(h: np.ndarray, pts: np.ndarray) -> np.ndarray:
    pts = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    hom = np.c_[pts, np.ones(len(pts))] @ h.T
    w = hom[:, 2:3]
    if np.any(np.abs(w) < 1e-12):
        raise GeometryError("a point maps to infinity (it lies on the horizon line)")
    return hom[:, :2] / w


@dataclass(frozen=True, eq=False)
class FloorGeometry:
    """The floor mapping of one profile.

    Attributes:
        profile: The calibration profile.
        h_f2i: Floor (metres) to image (profile pixels) homography.
        h_i2f: Its inverse.
        camera: Camera position on the floor, or None when it cannot be recovered.
        counter_floor: (M, 2) counter polyline in floor metres (closed outlines repeat the first point).
    """

    profile: CalibrationProfile
    h_f2i: np.ndarray
    h_i2f: np.ndarray
    camera: CameraPose | None
    counter_floor: np.ndarray

    # -- mapping ---------------------------------------------------------------------------------

    def to_profile_px(self, xy_norm: np.ndarray) -> np.ndarray:
        """Normalised [0, 1] image coordinates to profile pixels (N, 2)."""
        p = np.asarray(xy_norm, dtype=np.float64).reshape(-1, 2)
        return p * np.array([self.profile.image_width, self.profile.image_height])

    def image_to_floor(self, px: np.ndarray) -> np.ndarray:
        """Profile pixels (N, 2) to floor metres (N, 2).

        Raises:
            GeometryError: A point on or above the horizon (it does not lie on the floor).
        """
        pts = np.asarray(px, dtype=np.float64).reshape(-1, 2)
        hom = np.c_[pts, np.ones(len(pts))] @ self.h_i2f.T
        # Points on the floor have w of the same sign as a point surely on the floor (the image
        # bottom centre for a camera looking down); the opposite sign means above the horizon.
        if np.any(hom[:, 2] * self._floor_sign <= 1e-12):
            raise GeometryError("image point lies on or above the horizon: it cannot be on the floor")
        return hom[:, :2] / hom[:, 2:3]

    def floor_to_image(self, xy: np.ndarray) -> np.ndarray:
        """Floor metres (N, 2) to profile pixels (N, 2)."""
        return _apply(self.h_f2i, xy)

    @property
    def _floor_sign(self) -> float:
        ref = self._reference_px()
        w = float((np.r_[ref, 1.0] @ self.h_i2f.T)[2])
        return 1.0 if w >= 0 else -1.0

    def _reference_px(self) -> np.ndarray:
        """A pixel known to see the floor: the mean of the calibration points, else the image bottom centre."""
        fl = self.profile.floor
        if isinstance(fl, PointsFloor):
            return np.mean([p.image for p in fl.points], axis=0)
        return np.array([self.profile.image_width / 2, self.profile.image_height - 1.0])

    def metres_per_px(self, px: tuple[float, float]) -> float:
        """Local scale at a pixel: floor metres moved per pixel of image motion (worst direction)."""
        p = np.asarray(px, dtype=np.float64)
        eps = 0.5
        base = self.image_to_floor(p)[0]
        jx = (self.image_to_floor(p + [eps, 0])[0] - base) / eps
        jy = (self.image_to_floor(p + [0, eps])[0] - base) / eps
        return float(np.linalg.svd(np.stack([jx, jy], axis=1), compute_uv=False)[0])

    def floor_distance(self, a_px: tuple[float, float], b_px: tuple[float, float]) -> float:
        """Floor distance in metres between two image points (the on-screen ruler)."""
        f = self.image_to_floor(np.array([a_px, b_px]))
        return float(np.linalg.norm(f[0] - f[1]))

    # -- counter and zones -----------------------------------------------------------------------

    def distance_to_counter(self, floor_xy: tuple[float, float]) -> float:
        """Floor distance in metres from a floor point to the counter polyline."""
        p = np.asarray(floor_xy, dtype=np.float64)
        c = self.counter_floor
        return min(point_segment_distance(p, c[i], c[i + 1]) for i in range(len(c) - 1))

    def in_zone(self, zone: str, px: tuple[float, float]) -> bool:
        """Whether a profile pixel (a floor point) lies in ``"staff"`` or ``"customer"`` zone.

        Raises:
            ValueError: Unknown zone name.
        """
        if zone == "staff":
            poly = self.profile.staff_zone
        elif zone == "customer":
            poly = self.profile.customer_zone
        else:
            raise ValueError(f"unknown zone {zone!r}: use 'staff' or 'customer'")
        contour = np.asarray(poly, dtype=np.float32).reshape(-1, 1, 2)
        return cv2.pointPolygonTest(contour, (float(px[0]), float(px[1])), False) >= 0


def _spread(pts: np.ndarray) -> bool:
    """Whether some four points have no three (nearly) on one line (a homography needs that)."""
    from itertools import combinations

    ext = float(np.ptp(pts, axis=0).max())
    if ext <= 0:
        return False
    tol = 1e-3 * ext * ext

    def area(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
        return abs(float((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))) / 2

    for quad in combinations(range(len(pts)), 4):
        if all(area(pts[i], pts[j], pts[k]) > tol for i, j, k in combinations(quad, 3)):
            return True
    return False


def floor_geometry(profile: CalibrationProfile) -> FloorGeometry:
    """Builds the floor mapping of a profile.

    Raises:
        GeometryError: Degenerate calibration points, or a counter point above the horizon.
    """
    w, h = profile.image_width, profile.image_height
    fl = profile.floor
    if isinstance(fl, PointsFloor):
        img = np.array([p.image for p in fl.points], dtype=np.float64)
        flo = np.array([p.floor for p in fl.points], dtype=np.float64)
        if not _spread(flo):
            raise GeometryError("no four of the floor points span an area: three or more lie (nearly) on one line")
        h_f2i, _ = cv2.findHomography(flo, img, 0)
        if h_f2i is None or not np.all(np.isfinite(h_f2i)) or abs(np.linalg.det(h_f2i)) < 1e-12:
            raise GeometryError("cannot fit a floor homography to these points (three of them on one line?)")
        camera = camera_from_homography(h_f2i, w, h)
    else:
        h_f2i = camera_homography(fl, w, h)
        camera = CameraPose(floor_xy=(0.0, 0.0), height_m=fl.height_m, focal_px=fl.focal_px)
    h_i2f = np.linalg.inv(h_f2i)
    geo = FloorGeometry(profile, h_f2i, h_i2f, camera, np.zeros((0, 2)))
    counter = geo.image_to_floor(np.array(profile.counter, dtype=np.float64))
    if profile.counter_closed:
        counter = np.vstack([counter, counter[:1]])
    return FloorGeometry(profile, h_f2i, h_i2f, camera, counter)
