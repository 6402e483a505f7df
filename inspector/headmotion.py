"""Head motions over a track's head-pose history: nods and head turns.

Both work on time series of a :class:`~inspector.types.Measure` (head pitch or yaw, degrees, signs
of :class:`~inspector.types.Features`: pitch > 0 looks down, yaw > 0 turns toward image right).
Samples whose confidence is below ``min_confidence`` are ignored.

* A **nod** is the head going down then up again: on the zig-zag of the pitch (turning points
  at least ``nod_min_swing_deg`` apart, so jitter is ignored) a pitch rise of at least
  ``nod_down_deg`` followed by a fall of at least ``nod_up_deg``, the whole motion within
  ``nod_max_s``.
* A **head turn** is an episode where the yaw stays away from the reference (0 = facing the
  camera) by ``turn_enter_deg`` or more, ending when it comes back within ``turn_exit_deg``
  (hysteresis), lasting at least ``turn_min_s``. Its direction is the sign of the peak yaw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

import numpy as np
from pydantic import Field, model_validator

from inspector.settings_base import Section
from inspector.types import Measure

TurnDirection = Literal["image_right", "image_left"]


class HeadMotionConfig(Section):
    """Thresholds of nod and head-turn detection."""

    min_confidence: float = Field(0.3, ge=0, le=1, description="Head-pose samples below this confidence are ignored.")
    nod_down_deg: float = Field(8.0, gt=0, le=60, description="A nod's downward phase: pitch rises by at least this many degrees.")
    nod_up_deg: float = Field(5.0, gt=0, le=60, description="A nod's return: pitch then falls by at least this many degrees.")
    nod_min_swing_deg: float = Field(3.0, gt=0, le=30, description="Pitch changes smaller than this are jitter, not turning points of the motion.")
    nod_max_s: float = Field(2.0, gt=0, le=10, description="A nod (down and back up) takes at most this long.")
    turn_enter_deg: float = Field(15.0, gt=0, le=90, description="Yaw away from the reference by at least this much starts a head turn.")
    turn_exit_deg: float = Field(8.0, ge=0, le=90, description="A head turn ends when the yaw is back within this many degrees of the reference.")
    turn_min_s: float = Field(0.2, ge=0, le=10, description="Shorter yaw excursions are not head turns.")
    reference_yaw_deg: float = Field(0.0, ge=-90, le=90, description="Yaw of the 'straight ahead' direction (0 = facing the camera).")

    @model_validator(mode="after")
    def _ordered(self) -> "HeadMotionConfig":
        if self.turn_exit_deg >= self.turn_enter_deg:
            raise ValueError(f"turn_exit_deg ({self.turn_exit_deg}) must be below turn_enter_deg ({self.turn_enter_deg})")
        return self


@dataclass(frozen=True)
class Nod:
    """One nod: pitch down from ``start_ms`` to ``bottom_ms``, back up by ``end_ms``."""

    start_ms: int
    bottom_ms: int
    end_ms: int
    depth_deg: float


@dataclass(frozen=True)
class HeadTurn:
    """One head turn away from the reference direction.

    Attributes:
        start_ms: First sample beyond ``turn_exit_deg`` of the episode.
        end_ms: Last sample before the yaw came back (or the end of the history).
        direction: ``image_right`` (yaw > 0; the subject's left) or ``image_left`` (the subject's right).
        peak_deg: Largest yaw away from the reference, signed.
        peak_ms: Time of the peak.
    """

    start_ms: int
    end_ms: int
    direction: TurnDirection
    peak_deg: float
    peak_ms: int


def _usable(times: Sequence[int], values: Sequence[Measure | None], min_conf: float) -> tuple[np.ndarray, np.ndarray]:
    if len(times) != len(values):
        raise ValueError(f"times ({len(times)}) and values ({len(values)}) differ in length")
    t = [int(ti) for ti, v in zip(times, values) if v is not None and v.confidence >= min_conf]
    x = [float(v.value) for v in values if v is not None and v.confidence >= min_conf]
    tt = np.asarray(t, dtype=np.int64)
    if len(tt) > 1 and np.any(np.diff(tt) < 0):
        raise ValueError("head-pose history must be in time order")
    return tt, np.asarray(x, dtype=np.float64)


def zigzag(values: np.ndarray, min_swing: float) -> list[int]:
    """Indices of the turning points of a series, ignoring reversals smaller than ``min_swing``.

    Consecutive turning points alternate between local lows and highs and differ by at least
    ``min_swing``, except the last one, which is the extreme reached since the last reversal.
    """
    x = np.asarray(values, dtype=np.float64)
    n = len(x)
    if n == 0:
        return []
    lo = hi = 0
    i = 1
    direction = 0
    while i < n and direction == 0:
        lo = i if x[i] < x[lo] else lo
        hi = i if x[i] > x[hi] else hi
        if x[i] - x[lo] >= min_swing:
            direction, pts, ext = 1, [lo], i
        elif x[hi] - x[i] >= min_swing:
            direction, pts, ext = -1, [hi], i
        i += 1
    if direction == 0:
        return [0]
    for j in range(i, n):
        if direction == 1:
            if x[j] >= x[ext]:
                ext = j
            elif x[ext] - x[j] >= min_swing:
                pts.append(ext)
                direction, ext = -1, j
        else:
            if x[j] <= x[ext]:
                ext = j
            elif x[j] - x[ext] >= min_swing:
                pts.append(ext)
                direction, ext = 1, j
    pts.append(ext)
    return pts


def find_nods(times: Sequence[int], pitch: Sequence[Measure | None], cfg: HeadMotionConfig | None = None) -> tuple[Nod, ...]:
    """The nods in a head-pitch history (see module docstring)."""
    cfg = cfg or HeadMotionConfig()
    t, x = _usable(times, pitch, cfg.min_confidence)
    if len(x) < 3:
        return ()
    pts = zigzag(x, cfg.nod_min_swing_deg)
    nods: list[Nod] = []
    last_end = -1
    for a, b, c in zip(pts, pts[1:], pts[2:]):
        if x[b] <= x[a] or x[b] <= x[c]:
            continue  # b must be a high (head lowest)
        down, up = x[b] - x[a], x[b] - x[c]
        if down < cfg.nod_down_deg or up < cfg.nod_up_deg:
            continue
        # the motion spans from the last sample before the descent starts to the first back up
        start = a
        while start + 1 < b and x[start + 1] - x[a] < 0.2 * down:
            start += 1
        end = c
        while end - 1 > b and x[b] - x[end - 1] >= cfg.nod_up_deg:
            end -= 1
        if (t[end] - t[start]) / 1000 > cfg.nod_max_s or start <= last_end:
            continue
        nods.append(Nod(int(t[start]), int(t[b]), int(t[end]), float(min(down, up))))
        last_end = end
    return tuple(nods)


def find_head_turns(times: Sequence[int], yaw: Sequence[Measure | None],
                    cfg: HeadMotionConfig | None = None) -> tuple[HeadTurn, ...]:
    """The head turns in a head-yaw history (see module docstring)."""
    cfg = cfg or HeadMotionConfig()
    t, x = _usable(times, yaw, cfg.min_confidence)
    d = x - cfg.reference_yaw_deg
    turns: list[HeadTurn] = []
    i, n = 0, len(d)
    while i < n:
        if abs(d[i]) < cfg.turn_enter_deg:
            i += 1
            continue
        sign = np.sign(d[i])
        s = i
        while s > 0 and sign * d[s - 1] > cfg.turn_exit_deg:
            s -= 1
        e = i
        while e + 1 < n and sign * d[e + 1] > cfg.turn_exit_deg:
            e += 1
        seg = d[s:e + 1]
        k = int(np.argmax(sign * seg))
        if (t[e] - t[s]) / 1000 >= cfg.turn_min_s:
            turns.append(HeadTurn(int(t[s]), int(t[e]), "image_right" if sign > 0 else "image_left",
                                  float(seg[k] + cfg.reference_yaw_deg), int(t[s + k])))
        i = e + 1
    return tuple(turns)


def nod_between(nods: Sequence[Nod], start_ms: int, end_ms: int) -> Nod | None:
    """The first nod whose bottom lies in [start_ms, end_ms], or None."""
    for nd in nods:
        if start_ms <= nd.bottom_ms <= end_ms:
            return nd
    return None
