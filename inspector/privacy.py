"""Privacy by default: customers' faces blurred in evidence, evidence deleted after N days.

**Face blurring.** :class:`FaceRedactor` is the ``redact(image, timestamp_ms) -> image`` hook of
:class:`inspector.clips.EvidenceRecorder`. The analysis loop tells it, for every analysed frame,
who is in view and who of them is staff at this station (:meth:`FaceRedactor.observe`); it keeps
every face box (normalised to the frame, so scaled buffer frames fit) with its track and role for
a short history. Whose faces a clip or thumbnail hides is the :data:`BlurMode` of
:attr:`PrivacyConfig.blur`: by default every customer (everyone not staff at this station), so the
flagged staff member and colleagues at the same station stay visible; ``all_but_flagged`` hides
every face but the flagged person's (the recorder asks :meth:`FaceRedactor.for_track` for the
event's person). A frame written to a clip or a thumbnail gets every such face box seen within
``hold_s`` of its time pixelated and blurred, with a margin: buffered frames between analysed frames (``--stride``) and frames where the
detector briefly lost a face reuse the nearest known boxes. Face boxes come from the face mesh;
without a face mesh, from the pose (its face points joined with the space above the shoulders);
without a pose, the whole person's box: a customer the face detector misses is still hidden. Who is a customer: by default, everyone whose shoulder centre is outside the
station's region (:func:`inspector.roles.at_post`); when the zone/role engineer's per-track roles
exist, pass them as ``is_customer``.

**Retention.** :func:`apply_retention` deletes the clip and thumbnail of every event older than
``retention_days`` that is neither confirmed nor appealed, and marks the event ``expired``; the
event row (times, rule, features, review) stays. The actor is checked before any file is touched,
and a file is deleted only when no other event still in force refers to it.

**Stale partial files.** Clips are written as ``.<name>.part`` and renamed only when complete; a
killed process leaves ``.part`` files, which :func:`remove_stale_parts` deletes at the next start
(only files named as the product names them, under the station's lock).

**Nothing leaves the machine.** This module, the recorder and the store write local files only;
the product opens no listening network port (a test scans the source for server sockets).
"""

from __future__ import annotations

import copy
import math
import os
import re
import threading
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Literal, Sequence

import cv2
import numpy as np
from pydantic import Field

from inspector.auth import Permission
from inspector.roles import at_post
from inspector.settings_base import Section
from inspector.types import PersonObservation

Box = tuple[float, float, float, float]
"""A normalised (x0, y0, x1, y1) box."""

FACE_POSE_POINTS = tuple(range(11))
"""BlazePose landmarks 0-10: nose, eyes, ears, mouth corners."""


BlurMode = Literal["customers", "all_but_flagged", "everyone", "off"]
"""Whose faces are blurred in evidence clips and thumbnails.

* ``customers`` (default): everyone who is not staff at this station (outside the station's region,
  or not staff by its calibrated zones). The flagged staff member and colleagues at the same
  station stay visible; customers, passers-by and staff of other stations are hidden.
* ``all_but_flagged``: every face except the flagged person's, whoever is staff. Meant for judging
  the whole frame when no station region or calibration says who is staff (``--whole-frame``): the
  evidence then shows only the person the event is about. Events of the whole station (post
  unattended) have no flagged person: every face is hidden.
* ``everyone``: every face, the flagged person's too.
* ``off``: nothing is blurred.
"""

BLUR_MODE_HELP: dict[str, str] = {
    "customers": "customers and anyone not staff at this station are blurred; staff at the station stay visible",
    "all_but_flagged": "every face but the flagged person's is blurred (for judging the whole frame)",
    "everyone": "every face is blurred, the flagged person's too",
    "off": "nothing is blurred",
}
"""One line per :data:`BlurMode` value, for command-line help and settings screens."""


class PrivacyConfig(Section):
    """Face blurring of customers and retention of evidence."""

    blur: BlurMode = Field(
        "customers", description="Whose faces are blurred in clips and thumbnails: 'customers' (everyone not "
                                 "staff at this station; the flagged staff member and colleagues at the same "
                                 "station stay visible), 'all_but_flagged' (every face but the flagged person's; "
                                 "for judging the whole frame without a station region), 'everyone', or 'off'.")
    face_margin: float = Field(0.35, ge=0, le=2,
                               description="Margin added around a face box on each side, as a fraction of its size.")
    hold_s: float = Field(1.0, ge=0, le=10,
                          description="A face box also covers frames up to this many seconds before and after "
                                      "the analysed frame it was seen in (frames between analysed frames, "
                                      "brief detector misses).")
    history_s: float = Field(120.0, gt=0, le=3600,
                             description="How long face boxes are kept for frames still waiting to be written.")
    pixel_blocks: int = Field(6, ge=2, le=64,
                              description="A blurred face is pixelated to this many blocks across, then smoothed.")
    min_visibility: float = Field(0.3, ge=0, le=1,
                                  description="Pose face points below this visibility are not used for a face box.")
    retention_days: float = Field(30.0, gt=0, le=3650,
                                  description="Clips and thumbnails of events older than this are deleted unless "
                                              "the event is confirmed or appealed.")


# --- face boxes ----------------------------------------------------------------------------

SHOULDERS = (11, 12)
"""BlazePose landmarks of the left and right shoulder."""


def face_box(person: PersonObservation, min_visibility: float = 0.3) -> Box | None:
    """The normalised box to blur for a person's face, failing safe when the face is not found.

    In order: the face mesh; else the head from the pose (its face points and the space above
    the shoulders, joined, so a head turned away or half hidden is still covered); else the
    whole person's box (nothing locates the head, so everything of the person is hidden).

    Returns:
        (x0, y0, x1, y1) in 0..1 (not clipped), or None when nothing locates the person.
    """
    if person.face is not None and len(person.face.image):
        pts = person.face.image[:, :2]
        return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())
    if person.pose is not None:
        boxes = [b for b in (_pose_face(person.pose.image, min_visibility),
                             _above_shoulders(person.pose.image, min_visibility)) if b is not None]
        if boxes:
            return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                    max(b[2] for b in boxes), max(b[3] for b in boxes))
    w, h = person.frame_size
    if w > 0 and h > 0 and person.bbox[2] > 0 and person.bbox[3] > 0:
        x, y, bw, bh = person.bbox
        return x / w, y / h, (x + bw) / w, (y + bh) / h
    return None


def _visible(lm: np.ndarray, min_visibility: float) -> np.ndarray:
    return lm[:, 3] >= min_visibility if lm.shape[1] > 3 else np.ones(len(lm), bool)


def _pose_face(pose: np.ndarray, min_visibility: float) -> Box | None:
    """The head around the pose's face points (nose, eyes, ears, mouth), when two are visible."""
    lm = pose[list(FACE_POSE_POINTS)]
    vis = _visible(lm, min_visibility)
    if vis.sum() < 2:
        return None
    x, y = lm[vis, 0], lm[vis, 1]
    cx, cy = float((x.min() + x.max()) / 2), float((y.min() + y.max()) / 2)
    half = max(float(max(x.max() - x.min(), y.max() - y.min())) * 0.75, 0.02)  # ears/eyes span -> whole head
    return cx - half, cy - half * 1.3, cx + half, cy + half * 1.2


def _above_shoulders(pose: np.ndarray, min_visibility: float) -> Box | None:
    """Where a head sits on visible shoulders: as wide as the shoulders, as high as 1.3 times their span."""
    if len(pose) <= max(SHOULDERS):
        return None
    lm = pose[list(SHOULDERS)]
    if not _visible(lm, min_visibility).all():
        return None
    span = max(float(abs(lm[0, 0] - lm[1, 0])), 0.04)
    cx, sy = float(lm[:, 0].mean()), float(lm[:, 1].min())
    return cx - span * 0.6, sy - span * 1.3, cx + span * 0.6, sy


def expand(box: Box, margin: float) -> Box:
    """A box grown by ``margin`` times its width/height on each side."""
    x0, y0, x1, y1 = box
    mx, my = (x1 - x0) * margin, (y1 - y0) * margin
    return x0 - mx, y0 - my, x1 + mx, y1 + my


def blur_boxes(image: np.ndarray, boxes: Sequence[Box], pixel_blocks: int = 6) -> np.ndarray:
    """Pixelates and smooths each normalised box of a BGR image (in place; returns the image)."""
    h, w = image.shape[:2]
    for b in boxes:
        x0, y0 = max(0, int(np.floor(b[0] * w))), max(0, int(np.floor(b[1] * h)))
        x1, y1 = min(w, int(np.ceil(b[2] * w))), min(h, int(np.ceil(b[3] * h)))
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        roi = image[y0:y1, x0:x1]
        bw = max(1, min(pixel_blocks, x1 - x0))
        bh = max(1, round(bw * (y1 - y0) / (x1 - x0)))
        small = cv2.resize(roi, (bw, bh), interpolation=cv2.INTER_AREA)
        # The blocks are softened at a small scale (8 px a block) and then stretched: the cost does
        # not grow with the face's size (a Gaussian at full size took ~40 ms on a close-up face).
        blocks = cv2.resize(small, (bw * 8, bh * 8), interpolation=cv2.INTER_NEAREST)
        soft = cv2.GaussianBlur(blocks, (9, 9), 0)
        image[y0:y1, x0:x1] = cv2.resize(soft, (x1 - x0, y1 - y0), interpolation=cv2.INTER_LINEAR)
    return image


def customers_outside(roi: tuple[float, float, float, float] | None, margin: float) -> Callable[[PersonObservation], bool]:
    """The default customer test: a person not at the post (outside the station's region).

    With no region (the whole frame is the post) nobody is a customer.
    """
    return lambda p: not at_post(p, roi, margin)


@dataclass(frozen=True)
class SeenFace:
    """One face box remembered by :class:`FaceRedactor`.

    Attributes:
        track_id: The person's track (-1 when untracked).
        box: The face box to blur, normalised and already expanded by the margin.
        staff: Whether the person was judged staff at this station in that frame.
    """

    track_id: int
    box: Box
    staff: bool


def faces_to_blur(faces: Sequence[SeenFace], mode: BlurMode, keep_track: int | None = None) -> tuple[Box, ...]:
    """The boxes a :data:`BlurMode` hides among the faces of one frame.

    Args:
        faces: The faces seen in the frame.
        mode: Whose faces are blurred.
        keep_track: The flagged person's track (only ``all_but_flagged`` looks at it; None or a
            negative id: nobody is kept).
    """
    if mode == "off":
        return ()
    if mode == "customers":
        return tuple(f.box for f in faces if not f.staff)
    if mode == "all_but_flagged" and keep_track is not None and keep_track >= 0:
        return tuple(f.box for f in faces if f.track_id != keep_track)
    return tuple(f.box for f in faces)


class FaceRedactor:
    """Remembers the face boxes of every analysed frame and blurs the ones its mode hides.

    Thread-safe: :meth:`observe` runs on the analysis thread, :meth:`__call__` on the clip writer.
    :meth:`for_track` gives a view of the same history that keeps one person's face (used by the
    recorder for each event's clip in ``all_but_flagged`` mode).

    Args:
        settings: Privacy settings.
        is_customer: Whether a person is not staff at this station when :meth:`observe` is not told
            who is (default: everyone is a customer).
        min_history_s: Boxes are kept at least this long, whatever ``history_s`` says (the clip
            recorder needs a whole clip's span, see :meth:`window`).
    """

    def __init__(self, settings: PrivacyConfig | None = None,
                 is_customer: Callable[[PersonObservation], bool] | None = None, min_history_s: float = 0.0) -> None:
        self.settings = settings or PrivacyConfig()
        self.is_customer = is_customer or (lambda p: True)
        self.history_s = max(self.settings.history_s, min_history_s)
        self.keep_track: int | None = None
        """The flagged person whose face ``all_but_flagged`` keeps (None: nobody)."""
        self._lock = threading.Lock()
        self._times: deque[int] = deque()
        self._faces: deque[tuple[SeenFace, ...]] = deque()

    def for_track(self, track_id: int | None) -> "FaceRedactor":
        """A view of this redactor (same history, still fed by :meth:`observe`) for the evidence of
        one person: in ``all_but_flagged`` mode it keeps that track's face; in the other modes it
        blurs what this redactor blurs. None or a negative id (a station event) keeps nobody."""
        view = copy.copy(self)  # shares the lock and the history deques
        view.keep_track = track_id if track_id is not None and track_id >= 0 else None
        return view

    def observe(self, timestamp_ms: int, persons: Sequence[PersonObservation],
                staff: Sequence[PersonObservation] | None = None) -> tuple[Box, ...]:
        """Records the faces seen at an analysed frame.

        Args:
            timestamp_ms: Stream time of the analysed frame.
            persons: Everyone found in it.
            staff: The persons known to be staff at this station (at the post, or staff by zone
                roles); everyone else is a customer. None: ``is_customer`` decides.

        Returns:
            The (expanded) boxes this redactor blurs at this time.
        """
        if self.settings.blur == "off":
            return ()
        faces = []
        for p in persons:
            box = face_box(p, self.settings.min_visibility)
            if box is None:
                continue
            is_staff = any(p is s for s in staff) if staff is not None else not self.is_customer(p)
            faces.append(SeenFace(int(p.track_id), expand(box, self.settings.face_margin), is_staff))
        seen = tuple(faces)
        with self._lock:
            if self._times and timestamp_ms < self._times[-1]:  # time went back (a new source): start over
                self._times.clear()
                self._faces.clear()
            self._times.append(int(timestamp_ms))
            self._faces.append(seen)
            horizon = timestamp_ms - self.history_s * 1000
            while self._times and self._times[0] < horizon:
                self._times.popleft()
                self._faces.popleft()
        return self._select(seen)

    def _select(self, faces: Sequence[SeenFace]) -> tuple[Box, ...]:
        return faces_to_blur(faces, self.settings.blur, self.keep_track)

    def boxes_at(self, timestamp_ms: int) -> tuple[Box, ...]:
        """Every box to blur within ``hold_s`` of the time; when no frame was analysed that close,
        those of the nearest earlier analysed frame (the last known faces)."""
        hold = self.settings.hold_s * 1000
        with self._lock:
            times = list(self._times)
            lo, hi = bisect_left(times, timestamp_ms - hold), bisect_right(times, timestamp_ms + hold)
            if hi > lo:
                return tuple(b for i in range(lo, hi) for b in self._select(self._faces[i]))
            before = bisect_right(times, timestamp_ms) - 1
            return self._select(self._faces[before]) if before >= 0 else ()

    def window(self, start_ms: int, end_ms: int) -> "FaceRedactor":
        """A frozen copy holding what this redactor would blur between two stream times.

        The copy keeps the faces of the analysed frames from ``start_ms - hold_s`` to
        ``end_ms + hold_s`` and of the last analysed frame before that (the fallback of
        :meth:`boxes_at`), and the person it keeps (:meth:`for_track`); it is not fed any more
        and never forgets, so a clip written long after its span was analysed is blurred
        exactly as it would have been at once.
        """
        hold = self.settings.hold_s * 1000
        frozen = FaceRedactor(self.settings, self.is_customer, self.history_s)
        frozen.keep_track = self.keep_track
        with self._lock:
            times = list(self._times)
            lo = max(0, bisect_left(times, start_ms - hold) - 1)
            hi = bisect_right(times, end_ms + hold)
            frozen._times.extend(times[lo:hi])
            frozen._faces.extend(list(self._faces)[lo:hi])
        return frozen

    def blurs_between(self, start_ms: int, end_ms: int) -> bool:
        """Whether :meth:`__call__` would blur anything in a frame between the two stream times
        (a clip of that span can then be copied from the source untouched)."""
        if self.settings.blur == "off":
            return False
        hold = self.settings.hold_s * 1000
        with self._lock:
            times = list(self._times)
            lo, hi = bisect_left(times, start_ms - hold), bisect_right(times, end_ms + hold)
            if any(self._select(self._faces[i]) for i in range(lo, hi)):
                return True
            # a frame with no analysed frame within hold_s falls back on the last earlier one
            before = bisect_right(times, start_ms) - 1
            return before >= 0 and bool(self._select(self._faces[before]))

    def __call__(self, image: np.ndarray, timestamp_ms: int) -> np.ndarray:
        """The image with the faces to hide at this time blurred (the recorder's ``redact`` hook)."""
        if self.settings.blur == "off":
            return image
        boxes = self.boxes_at(timestamp_ms)
        return blur_boxes(image, boxes, self.settings.pixel_blocks) if boxes else image


# --- files: stale partial clips, retention ---------------------------------------------------

STALE_PART = re.compile(r"\.[A-Za-z0-9_-]+\.(?:mp4|jpg)\.part")
"""Names of the partial files the product writes in a clip folder: ``.<clip stem>.<mp4|jpg>.part``
(see :func:`inspector.clips.clip_stem`)."""


def remove_stale_parts(folder: str | Path) -> tuple[Path, ...]:
    """Deletes the partial clip and thumbnail files a killed process left in ``folder``.

    Only regular files directly in ``folder`` named as the product names them
    (:data:`STALE_PART`) are touched: nothing in sub-folders, no symbolic link, nothing else.
    Call it while holding the station's lock (:meth:`inspector.site.Site.station_lock`), so that
    no other analysis is writing there.

    Returns:
        The files removed.
    """
    root = Path(folder)
    if not root.is_dir():
        return ()
    removed = []
    for p in root.iterdir():
        if not STALE_PART.fullmatch(p.name):
            continue
        try:
            if not p.is_symlink() and p.is_file():
                p.unlink()
                removed.append(p)
        except OSError:
            continue  # another process removed it, or no permission: nothing to do here
    return tuple(removed)


@dataclass(frozen=True)
class RetentionReport:
    """What a retention run did."""

    cutoff: datetime
    expired: tuple[int, ...]
    """Events whose evidence was deleted."""
    files_deleted: int
    errors: tuple[str, ...]
    """Files that could not be deleted (their events were left unchanged)."""


def _delete(paths: Sequence[str]) -> int:
    """Deletes files; returns how many existed. Raises OSError when one cannot be deleted."""
    deleted = 0
    for path in paths:
        try:
            os.unlink(path)
            deleted += 1
        except FileNotFoundError:
            continue
    return deleted


def apply_retention(store, days: float, now: datetime | None = None, dry_run: bool = False) -> RetentionReport:
    """Deletes the clips and thumbnails of events older than ``days`` unless confirmed or appealed.

    The actor's permission is checked before anything is listed or deleted; each event's files
    are then deleted inside the store's transaction that marks it ``expired`` and writes its
    audit row (:meth:`inspector.store.Store.expire_clip`), and a file another event still needs is
    kept.

    Args:
        store: An open :class:`inspector.store.Store` whose actor may expire clips.
        days: Retention period (a finite positive number).
        now: The present (tests); default the current time.
        dry_run: Only report which events would expire.

    Raises:
        PermissionDenied: The store's actor may not run retention (nothing was deleted).
        ValueError: ``days`` is not a finite positive number.
    """
    if not math.isfinite(days) or days <= 0:
        raise ValueError(f"retention must be a finite positive number of days, got {days}")
    store.authorize(Permission.EXPIRE_CLIPS, "delete evidence")
    now = now or datetime.now(timezone.utc)
    try:
        cutoff = now - timedelta(days=days)
    except OverflowError:
        raise ValueError(f"retention of {days:g} days reaches before the year 1") from None
    expired, errors, deleted = [], [], 0
    for ev in store.retention_candidates(cutoff):
        if dry_run:
            expired.append(ev.id)
            continue
        counted: list[int] = []

        def delete(paths: Sequence[str]) -> int:
            counted.append(_delete(paths))
            return counted[-1]

        try:
            store.expire_clip(ev.id, reason=f"older than {days:g} days", delete=delete)
        except OSError as e:
            errors.append(f"event {ev.id}: {e}")
            continue
        deleted += sum(counted)
        expired.append(ev.id)
    return RetentionReport(cutoff, tuple(expired), deleted, tuple(errors))


__all__ = ["BLUR_MODE_HELP", "BlurMode", "Box", "FaceRedactor", "PrivacyConfig", "RetentionReport", "SeenFace",
           "apply_retention", "blur_boxes", "customers_outside", "expand", "face_box", "faces_to_blur",
           "remove_stale_parts"]
