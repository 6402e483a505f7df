"""Recorded landmark tracks: numbers only (no pixels), small enough to commit as test fixtures.

A :class:`TrackRecording` holds, for every analysed frame and every tracked person, the time,
the track id, the box, the 33 pose landmarks (normalised x, y and visibility) and the per-frame
measures the greeting logic needs (head yaw/pitch/roll, smile, mouth opening, talking, stance).
It is written by ``tools/extract_tracks.py`` from the shared videos and read back by the replay
tests, which turn it into :class:`~inspector.types.PersonObservation` values again
(:meth:`TrackRecording.observations`) so that replays run through exactly the same code as live
frames. Edited copies (a track shifted in time, a stance forced to sitting, ...) are made with
:meth:`TrackRecording.select` and :func:`dataclasses.replace`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from inspector.types import Features, FrameResult, Measure, PersonObservation, PoseLandmarks, Stance

FORMAT_VERSION = 1
MEASURES: tuple[str, ...] = ("head_yaw", "head_pitch", "head_roll", "smile", "mouth_open", "talking")
STANCE_CODES: tuple[Stance, ...] = (Stance.UNKNOWN, Stance.STANDING, Stance.SITTING)


class RecordingError(ValueError):
    """A recording file is missing, unreadable or inconsistent."""


@dataclass(frozen=True, eq=False)
class TrackRecording:
    """Per-person, per-frame numbers of one video.

    Attributes:
        video: Name of the source video (file name only).
        width: Frame width in pixels.
        height: Frame height in pixels.
        fps: Nominal frame rate of the source.
        t_ms: (N,) int64 stream time of each row.
        track: (N,) int64 track id of each row.
        bbox: (N, 4) float32 box (x, y, w, h) in pixels.
        pose: (N, 33, 3) float32 normalised x, y and visibility; NaN rows when no pose was found.
        measures: (N, 6) float32 values of :data:`MEASURES`; NaN when not measured.
        confidences: (N, 6) float32 confidences of :data:`MEASURES` (0 when not measured).
        stance: (N,) int8 index into :data:`STANCE_CODES`.
        stance_confidence: (N,) float32.
    """

    video: str
    width: int
    height: int
    fps: float
    t_ms: np.ndarray
    track: np.ndarray
    bbox: np.ndarray
    pose: np.ndarray
    measures: np.ndarray
    confidences: np.ndarray
    stance: np.ndarray
    stance_confidence: np.ndarray

    def __post_init__(self) -> None:
        n = len(self.t_ms)
        shapes = {"track": (n,), "bbox": (n, 4), "pose": (n, 33, 3), "measures": (n, len(MEASURES)),
                  "confidences": (n, len(MEASURES)), "stance": (n,), "stance_confidence": (n,)}
        for name, shape in shapes.items():
            got = np.shape(getattr(self, name))
            if got != shape:
                raise RecordingError(f"recording field {name!r} has shape {got}, expected {shape}")
        if n and np.any(np.diff(self.t_ms) < 0):
            raise RecordingError("recording rows must be in time order")
        if self.width <= 0 or self.height <= 0:
            raise RecordingError(f"recording frame size must be positive, got {self.width}x{self.height}")

    def __len__(self) -> int:
        return len(self.t_ms)

    @property
    def track_ids(self) -> tuple[int, ...]:
        return tuple(int(t) for t in np.unique(self.track))

    def select(self, mask: np.ndarray) -> "TrackRecording":
        """The rows where ``mask`` is true (a boolean array of length N)."""
        m = np.asarray(mask, dtype=bool)
        if m.shape != self.t_ms.shape:
            raise RecordingError(f"mask must have shape {self.t_ms.shape}, got {m.shape}")
        return TrackRecording(self.video, self.width, self.height, self.fps, self.t_ms[m], self.track[m],
                              self.bbox[m], self.pose[m], self.measures[m], self.confidences[m], self.stance[m],
                              self.stance_confidence[m])

    def person(self, i: int) -> PersonObservation:
        """Row ``i`` as a tracked person (pose with image landmarks only, features filled)."""
        pose = None
        if not np.isnan(self.pose[i, 0, 0]):
            img = np.zeros((33, 5), dtype=np.float32)
            img[:, 0:2] = self.pose[i, :, 0:2]
            img[:, 3] = self.pose[i, :, 2]
            img[:, 4] = self.pose[i, :, 2]
            pose = PoseLandmarks(image=img)
        kw: dict[str, Measure | None] = {}
        for j, name in enumerate(MEASURES):
            v = float(self.measures[i, j])
            kw[name] = None if np.isnan(v) else Measure(v, float(self.confidences[i, j]))
        feats = Features(stance=STANCE_CODES[int(self.stance[i])], stance_confidence=float(self.stance_confidence[i]),
                         **kw)
        return PersonObservation(bbox=tuple(float(v) for v in self.bbox[i]), pose=pose, track_id=int(self.track[i]),
                                 features=feats)

    def frames(self) -> Iterator[tuple[int, tuple[PersonObservation, ...]]]:
        """(t_ms, persons) per recorded frame, in time order (frames with nobody are absent)."""
        if not len(self):
            return
        starts = np.flatnonzero(np.r_[True, np.diff(self.t_ms) != 0])
        ends = np.r_[starts[1:], len(self)]
        for s, e in zip(starts, ends):
            yield int(self.t_ms[s]), tuple(self.person(i) for i in range(s, e))


def _stance_code(st: Stance) -> int:
    return STANCE_CODES.index(st) if st in STANCE_CODES else 0


def recording_from_results(results: list[FrameResult], video: str) -> TrackRecording:
    """Builds a recording from tracked frame results with features (the pipeline's output).

    Raises:
        RecordingError: No results, or a person without a track id.
    """
    if not results:
        raise RecordingError("no frame results to record")
    f0 = results[0].frame
    rows: list[tuple] = []
    for r in results:
        for p in r.persons:
            if p.track_id < 0:
                raise RecordingError("persons must be tracked before recording")
            pose = np.full((33, 3), np.nan, dtype=np.float32)
            if p.pose is not None:
                pose[:, 0:2] = p.pose.image[:, 0:2]
                pose[:, 2] = p.pose.image[:, 3]
            vals = np.full(len(MEASURES), np.nan, dtype=np.float32)
            confs = np.zeros(len(MEASURES), dtype=np.float32)
            st, stc = Stance.UNKNOWN, 0.0
            if p.features is not None:
                for j, name in enumerate(MEASURES):
                    m = getattr(p.features, name)
                    if m is not None:
                        vals[j], confs[j] = m.value, m.confidence
                st, stc = p.features.stance, p.features.stance_confidence
            rows.append((r.frame.timestamp_ms, p.track_id, p.bbox, pose, vals, confs, _stance_code(st), stc))
    n = len(rows)
    return TrackRecording(
        video=video, width=f0.width, height=f0.height, fps=float(f0.fps),
        t_ms=np.array([r[0] for r in rows], dtype=np.int64).reshape(n),
        track=np.array([r[1] for r in rows], dtype=np.int64).reshape(n),
        bbox=np.array([r[2] for r in rows], dtype=np.float32).reshape(n, 4),
        pose=np.array([r[3] for r in rows], dtype=np.float32).reshape(n, 33, 3),
        measures=np.array([r[4] for r in rows], dtype=np.float32).reshape(n, len(MEASURES)),
        confidences=np.array([r[5] for r in rows], dtype=np.float32).reshape(n, len(MEASURES)),
        stance=np.array([r[6] for r in rows], dtype=np.int8).reshape(n),
        stance_confidence=np.array([r[7] for r in rows], dtype=np.float32).reshape(n))


def save_recording(rec: TrackRecording, path: str | Path) -> None:
    """Writes a compressed ``.npz`` (landmarks rounded to float16 to stay small)."""
    meta = json.dumps({"format": FORMAT_VERSION, "video": rec.video, "width": rec.width, "height": rec.height,
                       "fps": rec.fps, "measures": list(MEASURES), "stances": [s.value for s in STANCE_CODES]})
    np.savez_compressed(Path(path), meta=np.array(meta), t_ms=rec.t_ms, track=rec.track.astype(np.int32),
                        bbox=rec.bbox.astype(np.float32), pose=rec.pose.astype(np.float16),
                        measures=rec.measures.astype(np.float16), confidences=rec.confidences.astype(np.float16),
                        stance=rec.stance, stance_confidence=rec.stance_confidence.astype(np.float16))


def load_recording(path: str | Path) -> TrackRecording:
    """Reads a recording written by :func:`save_recording`.

    Raises:
        RecordingError: Missing file, wrong format version or inconsistent arrays.
    """
    p = Path(path)
    if not p.is_file():
        raise RecordingError(f"recording not found: {p}")
    try:
        with np.load(p, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            arrays = {k: z[k] for k in ("t_ms", "track", "bbox", "pose", "measures", "confidences", "stance",
                                        "stance_confidence")}
    except (OSError, KeyError, ValueError) as e:
        raise RecordingError(f"cannot read recording {p}: {e}") from None
    if meta.get("format") != FORMAT_VERSION:
        raise RecordingError(f"recording {p} has format {meta.get('format')!r}, expected {FORMAT_VERSION}")
    if tuple(meta.get("measures", ())) != MEASURES:
        raise RecordingError(f"recording {p} stores measures {meta.get('measures')}, expected {list(MEASURES)}")
    return TrackRecording(
        video=str(meta["video"]), width=int(meta["width"]), height=int(meta["height"]), fps=float(meta["fps"]),
        t_ms=arrays["t_ms"].astype(np.int64), track=arrays["track"].astype(np.int64),
        bbox=arrays["bbox"].astype(np.float32), pose=arrays["pose"].astype(np.float32),
        measures=arrays["measures"].astype(np.float32), confidences=arrays["confidences"].astype(np.float32),
        stance=arrays["stance"].astype(np.int8), stance_confidence=arrays["stance_confidence"].astype(np.float32))
