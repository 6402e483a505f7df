"""Person tracking: stable ids across frames, through gaps of about a second.

A second pose the model returns for a person already found (the same head and shoulders) is
dropped first. Detections are matched to live tracks greedily by a cost mixing box overlap (IoU) and
centre distance relative to the box size; a track that finds no detection survives
``max_gap_ms`` before it ends. Pose landmarks along a track are smoothed with a
visibility-weighted exponential filter, which steadies the measures computed from them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from pydantic import Field

from inspector.settings_base import Section
from inspector.types import FrameResult, PersonObservation, PoseLandmarks


class TrackingConfig(Section):
    """Person tracker settings."""

    max_gap_ms: int = Field(1200, ge=0, description="A track survives this long without a matching detection before it ends.")
    min_iou: float = Field(0.2, ge=0, le=1, description="Minimum box overlap for a detection to continue a track (centre distance is used as well).")
    max_centre_jump: float = Field(0.75, gt=0, description="Maximum centre movement between matches, as a fraction of the box diagonal.")
    smoothing: float = Field(0.5, ge=0, lt=1, description="Exponential smoothing of landmarks along a track (0 = none).")
    duplicate_max_distance: float = Field(0.2, ge=0, le=1, description="Two poses of one frame whose nose and both shoulders each lie within this distance of each other (as a fraction of the mean box diagonal) are one person seen twice by the pose model; the later (smaller) one is dropped. 0 keeps every pose.")


def iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    ax1, ay1, bx1, by1 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0.0, min(ax1, bx1) - max(a[0], b[0]))
    ih = max(0.0, min(ay1, by1) - max(a[1], b[1]))
    inter = iw * ih
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def centre_distance(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Distance of the box centres over the mean box diagonal."""
    ca = np.array([a[0] + a[2] / 2, a[1] + a[3] / 2])
    cb = np.array([b[0] + b[2] / 2, b[1] + b[3] / 2])
    diag = (np.hypot(a[2], a[3]) + np.hypot(b[2], b[3])) / 2
    return float(np.linalg.norm(ca - cb) / max(diag, 1e-6))


_HEAD_AND_SHOULDERS = (0, 11, 12)  # BlazePose nose, left and right shoulder


def same_person_twice(a: PersonObservation, b: PersonObservation, frame_size: tuple[int, int],
                      max_distance: float, min_visibility: float = 0.5) -> bool:
    """Whether two poses of one frame are one person found twice.

    The pose model sometimes returns a second pose for one person (the same head and shoulders, a
    different guess for the hidden lower body). Two real people never share the head and both
    shoulders in the image: when one stands right behind the other, the one behind is not seen.

    Args:
        a: One person (pixel box, normalised landmarks).
        b: Another person of the same frame.
        frame_size: (width, height) of the frame in pixels.
        max_distance: Largest distance of each of nose and shoulders, as a fraction of the mean box
            diagonal.
        min_visibility: Those points must be at least this visible in both poses to be compared.
    """
    w, h = frame_size
    if a.pose is None or b.pose is None or max_distance <= 0 or w <= 0 or h <= 0:
        return False
    pa, pb = a.pose.image[list(_HEAD_AND_SHOULDERS)], b.pose.image[list(_HEAD_AND_SHOULDERS)]
    if float(min(pa[:, 3].min(), pb[:, 3].min())) < min_visibility:
        return False
    diag = (np.hypot(a.bbox[2], a.bbox[3]) + np.hypot(b.bbox[2], b.bbox[3])) / 2
    d = np.linalg.norm((pa[:, :2] - pb[:, :2]) * np.array([w, h]), axis=1) / max(float(diag), 1e-6)
    return bool(np.all(d <= max_distance))


def drop_duplicates(persons: list[PersonObservation], frame_size: tuple[int, int],
                    max_distance: float) -> list[PersonObservation]:
    """The persons of one frame without the second poses of anyone found twice (the first, larger,
    one is kept; see :func:`same_person_twice`)."""
    kept: list[PersonObservation] = []
    for p in persons:
        if not any(same_person_twice(k, p, frame_size, max_distance) for k in kept):
            kept.append(p)
    return kept


@dataclass
class _Track:
    track_id: int
    bbox: tuple[float, float, float, float]
    last_ms: int
    pose: PoseLandmarks | None
    hits: int = 1


def smooth_pose(prev: PoseLandmarks | None, cur: PoseLandmarks | None, alpha: float) -> PoseLandmarks | None:
    """Visibility-weighted exponential smoothing of landmark positions.

    ``alpha`` is the weight of the previous estimate (0 = no smoothing). A landmark that is hidden
    now keeps more of its previous position; visibility itself is not smoothed, so the measures'
    confidences still follow what the camera sees.
    """
    if prev is None or cur is None or alpha <= 0:
        return cur
    vis = cur.image[:, 3:4]
    w_prev = alpha * (1.0 - 0.5 * vis)  # trust new points more when they are clearly visible
    img = cur.image.copy()
    img[:, :3] = w_prev * prev.image[:, :3] + (1 - w_prev) * cur.image[:, :3]
    world = cur.world
    if cur.world is not None and prev.world is not None:
        world = (w_prev * prev.world + (1 - w_prev) * cur.world).astype(np.float32)
    return PoseLandmarks(image=img.astype(np.float32), world=world)


class Tracker:
    """Assigns stable ``track_id`` values to the persons of successive frames.

    Args:
        cfg: Tracking settings.
    """

    def __init__(self, cfg: TrackingConfig | None = None) -> None:
        self.cfg = cfg or TrackingConfig()
        self._tracks: list[_Track] = []
        self._next_id = 1

    @property
    def active_ids(self) -> tuple[int, ...]:
        return tuple(t.track_id for t in self._tracks)

    def reset(self) -> None:
        """Forgets every track (new source)."""
        self._tracks.clear()

    def update(self, result: FrameResult) -> FrameResult:
        """Returns the frame result with ``track_id`` set on every person (and poses smoothed)."""
        now = result.frame.timestamp_ms
        self._tracks = [t for t in self._tracks if now - t.last_ms <= self.cfg.max_gap_ms]
        persons = drop_duplicates(list(result.persons), (result.frame.width, result.frame.height),
                                  self.cfg.duplicate_max_distance)
        n, m = len(self._tracks), len(persons)
        costs = np.full((n, m), np.inf)
        for i, t in enumerate(self._tracks):
            for j, p in enumerate(persons):
                ov = iou(t.bbox, p.bbox)
                cd = centre_distance(t.bbox, p.bbox)
                if ov >= self.cfg.min_iou or cd <= self.cfg.max_centre_jump:
                    costs[i, j] = (1.0 - ov) + cd
        assigned: dict[int, int] = {}
        if n and m:
            c = costs.copy()
            while True:
                i, j = np.unravel_index(np.argmin(c), c.shape)
                if not np.isfinite(c[i, j]):
                    break
                assigned[int(j)] = int(i)
                c[i, :] = np.inf
                c[:, j] = np.inf
        out: list[PersonObservation] = []
        for j, p in enumerate(persons):
            if j in assigned:
                t = self._tracks[assigned[j]]
                pose = smooth_pose(t.pose, p.pose, self.cfg.smoothing)
                t.bbox, t.last_ms, t.pose, t.hits = p.bbox, now, pose, t.hits + 1
                out.append(replace(p, track_id=t.track_id, pose=pose))
            else:
                t = _Track(self._next_id, p.bbox, now, p.pose)
                self._next_id += 1
                self._tracks.append(t)
                out.append(replace(p, track_id=t.track_id))
        return replace(result, persons=tuple(out))
