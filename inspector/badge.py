"""Badge visibility: is a staff badge / ID card / lanyard card worn on the chest?

The chest is located from the pose: a similarity transform maps the two shoulders to fixed
points of a *canonical chest crop* (the subject's right shoulder on the image left, shoulder
line horizontal, half the shoulder width = ``crop_half_shoulder_px`` pixels). In that crop
positions are given in *chest units*: ``u`` across (half shoulder widths from the midline, +u
toward image right) and ``v`` down (half shoulder widths below the shoulder line). The places a
badge is worn are boxes in these units (:data:`PLACES`: left chest, right chest, lanyard card at
the sternum).

Two ways to know a badge:

* **generic** (no enrolment): a lanyard — a narrow band of its own colour running from beside
  the neck down toward the sternum (:func:`lanyard_evidence`) — and/or a card — a small compact
  rectangle standing out from the shirt in one of the places (:func:`card_evidence`). Three cues
  keep look-alikes out: a lanyard has a strand on *both* sides of the neck (a band on one side
  only scores low: bag straps, collar edges); a band counts only by how much more it stands out
  than the same line moved sideways across the shirt (:func:`texture_background`: the stripes of
  a checked shirt repeat, a lanyard does not); and a card must be one of a kind
  (:func:`card_repeats`: the tiles of a check come in rows). Everything is measured in chest
  units (shoulder widths) and the same way on both sides, so it holds for any size and for the
  mirror image;
* **enrolled**: the site's real badge, learnt by :mod:`calibration.badge_enrol` (colour
  histogram, aspect ratio, ORB features); :func:`enrolled_evidence` looks for it in the crop.
  The generic evidence still counts, so a worn lanyard is never missed because the card is
  turned around.

:func:`assess_badge` first checks that the chest can be judged at all (shoulders seen, person
facing the camera, not side-on, chest large enough, not covered by both hands): when it cannot,
and no badge is seen anyway, the answer is ``unknown`` with the reason. Positive evidence wins
over a poor view (a badge that is seen is there).

:func:`badge_label` is the hook the feature stage calls; it needs the frame image.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import cv2
import numpy as np
from pydantic import Field, model_validator

from inspector.settings_base import Section
from inspector.types import Badge, PersonObservation, PoseLandmarks

if TYPE_CHECKING:  # enrolment is only needed by callers that have one
    from calibration.badge_enrol import BadgeEnrolment

L_SHOULDER, R_SHOULDER = 11, 12
L_ELBOW, R_ELBOW = 13, 14
L_WRIST, R_WRIST = 15, 16
L_HIP, R_HIP = 23, 24
NOSE = 0


class BadgeError(ValueError):
    """An image or landmarks unusable for the badge check (wrong shape, empty)."""


class BadgeConfig(Section):
    """Thresholds of the badge check (chest geometry, generic detector, enrolled matching)."""

    video_interval_s: float = Field(2.0, ge=0, le=60, description="In video, each tracked person's badge is checked at most this often (seconds) and the last answer kept in between: a badge does not come and go within seconds (the rule waits minutes), and the check costs ~30 ms per person.")
    crop_half_shoulder_px: int = Field(48, ge=16, le=256, description="Half the shoulder width in pixels of the canonical chest crop every check works on.")
    min_shoulder_px: float = Field(28.0, ge=4, description="Shoulder width (image pixels) below which the chest is too small to judge: 'cannot tell' unless a badge is seen.")
    full_shoulder_px: float = Field(70.0, ge=8, description="Shoulder width (image pixels) from which the size no longer lowers the confidence.")
    min_shoulder_visibility: float = Field(0.5, ge=0, le=1, description="Both shoulders must have at least this visibility for the chest to be located.")
    min_facing_ratio: float = Field(0.45, ge=0, le=1, description="Shoulder width in the image over the 3-D shoulder span below which the person is side-on: 'cannot tell'.")
    hand_cover_box: tuple[float, float, float, float] = Field((-0.6, 0.1, 0.6, 1.5), description="Chest box (u0, v0, u1, v1 in half shoulder widths) that both wrists inside means the chest is covered by the hands.")
    lanyard_top_v: float = Field(-0.1, description="Height (chest units, v) where lanyard candidates start, beside the neck.")
    lanyard_mid_v: float = Field(0.45, description="Height (chest units, v) where a strap may bend (straps hang in a curve).")
    lanyard_bottom_v: float = Field(0.95, description="Height (chest units, v) where lanyard candidates are followed down to: only the upper strands, which every lanyard has (a short one meets its card about here; a long one still converges here), not the part that depends on the lanyard's length.")
    lanyard_top_u: tuple[float, float] = Field((0.12, 0.7), description="Range of the distance from the midline toward the strap's side (chest units) at lanyard_top_v (beside the neck).")
    lanyard_mid_u: tuple[float, float] = Field((-0.1, 0.5), description="Same at lanyard_mid_v.")
    lanyard_bottom_u: tuple[float, float] = Field((-0.3, 0.3), description="Same at lanyard_bottom_v (near the midline; negative = past the midline).")
    lanyard_flank_penalty: float = Field(0.15, ge=0, description="Weight of the colour difference between the two sides of a strap, subtracted from its contrast (a strap lies on one garment; an edge between two regions is no strap).")
    lanyard_uneven_penalty: float = Field(0.2, ge=0, description="Weight of each sample's colour distance to the strap's median colour, subtracted from its contrast (a strap has one colour; a line across a checked pattern does not).")
    lanyard_max_colour_change: float = Field(25.0, gt=0, description="Largest CIE Lab distance between the median strap colours of the upper and lower segments.")
    lanyard_widths: tuple[float, ...] = Field((0.035, 0.06, 0.1, 0.15), description="Strap widths tried (chest units; 0.15 is a wide ~3 cm strap, whose blur also averages a multicoloured strap to one colour).")
    lanyard_step: float = Field(0.025, gt=0, le=0.2, description="Spacing (chest units) of the strap candidates' end points.")
    lanyard_percentile: float = Field(30.0, ge=0, le=100, description="Percentile of the per-sample strap contrast along a candidate line taken as the line's contrast (robust to short occlusions).")
    lanyard_texture_shifts: tuple[float, ...] = Field((0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5), description="Sideways shifts (chest units, tried both ways) of a strap line that measure the shirt's own stripe contrast (texture_background).")
    lanyard_texture_percentile: float = Field(75.0, ge=0, le=100, description="Percentile of the shifted lines' contrasts taken as the shirt's stripe contrast (high enough that one other line, e.g. the lanyard's other strand, does not count).")
    lanyard_texture_weight: float = Field(2.0, ge=0, description="Weight of the shirt's stripe contrast subtracted from a strap's contrast (a band no more distinct than the shirt's pattern is no lanyard).")
    lanyard_one_side_weight: float = Field(0.4, ge=0, le=1, description="Weight of the stronger side in the lanyard score (the weaker side has the rest): a lanyard has a strand on each side of the neck; a band on one side only is as often a bag strap or a collar edge.")
    lanyard_full_contrast: float = Field(16.0, gt=0, description="Strap contrast (CIE Lab distance to both sides, less the penalties) that gives a lanyard score of 1.")
    card_zone: tuple[float, float, float, float] = Field((-0.85, 0.35, 0.85, 2.3), description="Chest box (u0, v0, u1, v1) searched for a card: both upper chests and the sternum.")
    card_min_side: float = Field(0.12, gt=0, description="Shortest side of a card (chest units).")
    card_max_side: float = Field(0.75, gt=0, description="Longest side of a card (chest units); held books and tablets are larger.")
    card_max_aspect: float = Field(2.4, ge=1, description="Largest long/short side ratio of a card.")
    card_min_rectangularity: float = Field(0.72, gt=0, le=1, description="Smallest contour area over its rotated bounding-box area for a card.")
    card_max_repeats: int = Field(2, ge=0, description="A card with more lookalikes than this elsewhere in the chest zone (same size and colour, card_repeats) is a tile of the shirt's pattern, not a badge.")
    card_repeat_size_tol: float = Field(0.3, gt=0, description="Largest |log ratio| of the short and of the long sides for two rectangles to look alike.")
    card_repeat_colour_tol: float = Field(12.0, gt=0, description="Largest CIE Lab distance between the inner colours of two rectangles that look alike.")
    card_full_contrast: float = Field(35.0, gt=0, description="Card contrast with its surround (CIE Lab distance) that gives a card score of 1.")
    enrolled_min_matches: int = Field(8, ge=1, description="ORB matches (after the ratio test) to the enrolled badge that give full feature evidence.")
    enrolled_ratio: float = Field(0.8, gt=0, le=1, description="Lowe's ratio test for ORB matches to the enrolled badge.")
    enrolled_hist_weight: float = Field(0.4, ge=0, le=1, description="Weight of the colour-histogram match against the ORB match in the enrolled score.")
    side_card_weight: float = Field(0.6, ge=0, le=1, description="Factor on the score of a card found on the left or right chest without a lanyard (checked shirts and bag parts look like cards more often there than at the sternum).")
    yes_threshold: float = Field(0.5, ge=0, le=1, description="Badge score at or above which the badge is visible.")
    decision_margin: float = Field(0.3, gt=0, le=1, description="Distance of the score from yes_threshold at which the confidence stops growing.")
    min_confidence: float = Field(0.2, ge=0, le=1, description="Decisions with a lower confidence are reported as unknown.")

    @model_validator(mode="after")
    def _ordered(self) -> "BadgeConfig":
        if self.full_shoulder_px <= self.min_shoulder_px:
            raise ValueError(f"full_shoulder_px ({self.full_shoulder_px}) must exceed min_shoulder_px ({self.min_shoulder_px})")
        if self.card_max_side <= self.card_min_side:
            raise ValueError(f"card_max_side ({self.card_max_side}) must exceed card_min_side ({self.card_min_side})")
        if not self.lanyard_top_v < self.lanyard_mid_v < self.lanyard_bottom_v:
            raise ValueError("lanyard heights must satisfy lanyard_top_v < lanyard_mid_v < lanyard_bottom_v")
        return self


# Where a badge is worn, as chest boxes (u0, v0, u1, v1). "Left chest" is the subject's left,
# which faces image right.
PLACES: dict[str, tuple[float, float, float, float]] = {
    "left_chest": (0.1, 0.3, 0.95, 1.3),
    "right_chest": (-0.95, 0.3, -0.1, 1.3),
    "lanyard": (-0.5, 0.6, 0.5, 2.3),
}

# Crop extent in chest units.
_U_RANGE = (-2.0, 2.0)
_V_RANGE = (-0.8, 2.6)


# --- geometry -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChestFrame:
    """The chest of one person: where it is in the image and whether it can be judged.

    Attributes:
        to_crop: 2 x 3 affine matrix, image pixels -> canonical crop pixels.
        shoulder_px: Shoulder width in image pixels.
        facing_ratio: Image shoulder width over the 3-D shoulder span (1 = square to the camera).
        facing_camera: False when the shoulders are swapped (the person shows the back).
        hands_cover: True when both wrists are inside the hand-cover box.
        wrists_uv: Both wrists in chest units ((u, v) pairs), for drawing and tests.
    """

    to_crop: np.ndarray
    shoulder_px: float
    facing_ratio: float
    facing_camera: bool
    hands_cover: bool
    wrists_uv: tuple[tuple[float, float], ...]


def crop_size(cfg: BadgeConfig) -> tuple[int, int]:
    """(width, height) of the canonical chest crop."""
    s = cfg.crop_half_shoulder_px
    return int(round((_U_RANGE[1] - _U_RANGE[0]) * s)), int(round((_V_RANGE[1] - _V_RANGE[0]) * s))


def uv_to_crop(u: float | np.ndarray, v: float | np.ndarray, cfg: BadgeConfig) -> tuple:
    """Chest units -> canonical crop pixels."""
    s = cfg.crop_half_shoulder_px
    return (np.asarray(u) - _U_RANGE[0]) * s, (np.asarray(v) - _V_RANGE[0]) * s


def _facing_ratio(pose: PoseLandmarks, width: int, height: int) -> float:
    """Image shoulder width over the 3-D shoulder span (z is on the x scale in MediaPipe)."""
    if pose.world is not None:
        d = pose.world[L_SHOULDER] - pose.world[R_SHOULDER]
        span = float(np.linalg.norm(d))
        return float(abs(d[0]) / span) if span > 1e-6 else 0.0
    a, b = pose.image[L_SHOULDER], pose.image[R_SHOULDER]
    dx, dy, dz = (a[0] - b[0]) * width, (a[1] - b[1]) * height, (a[2] - b[2]) * width
    span = float(np.sqrt(dx * dx + dy * dy + dz * dz))
    return float(np.hypot(dx, dy) / span) if span > 1e-6 else 0.0


def chest_frame(pose: PoseLandmarks, width: int, height: int, cfg: BadgeConfig) -> ChestFrame | None:
    """Locates the chest from the shoulders; None when a shoulder is not visible enough.

    Raises:
        BadgeError: Landmarks of the wrong shape or a non-positive image size.
    """
    pts = np.asarray(pose.image)
    if pts.ndim != 2 or pts.shape[0] < 33 or pts.shape[1] < 4:
        raise BadgeError(f"pose landmarks must be (33, >=4), got {pts.shape}")
    if width <= 0 or height <= 0:
        raise BadgeError(f"image size must be positive, got {width}x{height}")
    if min(pts[L_SHOULDER, 3], pts[R_SHOULDER, 3]) < cfg.min_shoulder_visibility:
        return None
    left = pts[L_SHOULDER, :2] * (width, height)
    right = pts[R_SHOULDER, :2] * (width, height)
    vec = left - right
    shoulder_px = float(np.hypot(*vec))
    if shoulder_px < 1.0:
        return None
    facing = bool(vec[0] > 0)
    if not facing:  # the back is turned: keep the image-left shoulder on the crop's left
        left, right, vec = right, left, -vec
    s = cfg.crop_half_shoulder_px
    down = np.array([-vec[1], vec[0]])  # vec rotated +90 deg: points down the body
    src = np.float32([right, left, (left + right) / 2 + down])
    x0, y0 = uv_to_crop(-1.0, 0.0, cfg)
    x1, y1 = uv_to_crop(1.0, 0.0, cfg)
    xm, ym = uv_to_crop(0.0, 2.0, cfg)
    dst = np.float32([[x0, y0], [x1, y1], [xm, ym]])
    m = cv2.getAffineTransform(src, dst)
    wrists = []
    inside = 0
    bu0, bv0, bu1, bv1 = cfg.hand_cover_box
    for idx in (L_WRIST, R_WRIST):
        px = m @ np.array([pts[idx, 0] * width, pts[idx, 1] * height, 1.0])
        u, v = px[0] / s + _U_RANGE[0], px[1] / s + _V_RANGE[0]
        wrists.append((float(u), float(v)))
        if pts[idx, 3] >= cfg.min_shoulder_visibility and bu0 <= u <= bu1 and bv0 <= v <= bv1:
            inside += 1
    return ChestFrame(to_crop=m, shoulder_px=shoulder_px, facing_ratio=_facing_ratio(pose, width, height),
                      facing_camera=facing, hands_cover=inside == 2, wrists_uv=tuple(wrists))


def chest_crop(image: np.ndarray, frame: ChestFrame, cfg: BadgeConfig) -> np.ndarray:
    """The canonical chest crop (BGR uint8) of ``image``.

    Raises:
        BadgeError: Not a colour image.
    """
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.size == 0:
        raise BadgeError(f"image must be an H x W x 3 BGR array, got shape {getattr(image, 'shape', None)}")
    w, h = crop_size(cfg)
    return cv2.warpAffine(image, frame.to_crop, (w, h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))


def crop_valid_mask(image_shape: tuple[int, ...], frame: ChestFrame, cfg: BadgeConfig) -> np.ndarray:
    """Boolean mask of the crop pixels that come from inside the image."""
    w, h = crop_size(cfg)
    ones = np.full(image_shape[:2], 255, np.uint8)
    return cv2.warpAffine(ones, frame.to_crop, (w, h), flags=cv2.INTER_NEAREST, borderValue=0) > 0


def _lab(crop: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(crop.astype(np.float32) / 255.0, cv2.COLOR_BGR2LAB)


# --- generic evidence: lanyard strap -------------------------------------------------------------

@dataclass(frozen=True)
class LanyardEvidence:
    """Best strap found on each side of the neck.

    Attributes:
        left: Score in [0, 1] of the best strap on the image-left side of the neck.
        right: Score in [0, 1] on the image-right side.
        score: Combined lanyard score in [0, 1].
        lines: Best strap of each side as three (u, v) points (top, middle, bottom), for drawing.
        texture: Strap contrast of each side's best line moved sideways (:func:`texture_background`):
            high on checked / striped shirts, where that much contrast is no evidence of a strap.
    """

    left: float
    right: float
    score: float
    lines: tuple[tuple[tuple[float, float], ...], ...]
    texture: tuple[float, float] = (0.0, 0.0)


def _grid(lo: float, hi: float, step: float) -> np.ndarray:
    return np.arange(lo, hi + 1e-9, step)


def _segment_scores(lab: np.ndarray, valid: np.ndarray, ua: np.ndarray, ub: np.ndarray, va: float, vb: float,
                    width: float, cfg: BadgeConfig) -> tuple[np.ndarray, np.ndarray]:
    """Strap contrast and median centre colour of every segment (ua[i] at va) -> (ub[j] at vb).

    Returns:
        (len(ua), len(ub)) contrast percentiles and (len(ua), len(ub), 3) median centre colours.
    """
    ta, tb = np.meshgrid(ua, ub, indexing="ij")
    score, centre = _paired_segment_scores(lab, valid, ta.ravel(), tb.ravel(), va, vb, width, cfg)
    return score.reshape(ta.shape), centre.reshape(ta.shape + (3,))


def _paired_segment_scores(lab: np.ndarray, valid: np.ndarray, a: np.ndarray, b: np.ndarray, va: float, vb: float,
                           width: float, cfg: BadgeConfig) -> tuple[np.ndarray, np.ndarray]:
    """Strap contrast and median centre colour of the segments (a[i] at va) -> (b[i] at vb).

    Returns:
        (len(a),) contrast percentiles and (len(a), 3) median centre colours.
    """
    n_samp = 16
    v = np.linspace(va, vb, n_samp)
    frac = (v - va) / (vb - va)
    u = a[:, None] + (b - a)[:, None] * frac[None, :]
    norm = np.hypot(b - a, vb - va)
    nu, nv = (vb - va) / norm, -(b - a) / norm
    off = width * 1.1
    maps = []
    for k in (-1.0, 0.0, 1.0):
        x, y = uv_to_crop(u + k * off * nu[:, None], v[None, :] + k * off * nv[:, None], cfg)
        maps.append((x.astype(np.float32), y.astype(np.float32)))
    s0, s1, s2 = (cv2.remap(lab, x, y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE) for x, y in maps)
    inside = cv2.remap(valid.astype(np.float32), maps[1][0], maps[1][1], cv2.INTER_NEAREST, borderValue=0) > 0
    centre = np.median(s1, axis=1)
    contrast = (np.minimum(np.linalg.norm(s1 - s0, axis=2), np.linalg.norm(s1 - s2, axis=2))
                - cfg.lanyard_flank_penalty * np.linalg.norm(s0 - s2, axis=2)
                - cfg.lanyard_uneven_penalty * np.linalg.norm(s1 - centre[:, None, :], axis=2))
    contrast[~inside] = 0.0
    return np.percentile(contrast, cfg.lanyard_percentile, axis=1), centre


def _best_strap(lab_by_width: dict[float, np.ndarray], valid: np.ndarray, side: int,
                cfg: BadgeConfig) -> tuple[float, tuple[float, float, float]]:
    """Best two-segment strap on one side (side -1: image left).

    A strap is followed from beside the neck (``lanyard_top_v``) to ``lanyard_mid_v`` and on to
    ``lanyard_bottom_v``, each segment straight, so a hanging (curved) strap is followed too. End
    points are given as distances toward the outside (``side * u``); the strap must converge
    toward the midline going down, and both segments must have the same colour.

    Returns:
        (contrast, (u_top, u_mid, u_bottom)).
    """
    step = cfg.lanyard_step
    tops = _grid(cfg.lanyard_top_u[0], cfg.lanyard_top_u[1], step)
    mids = _grid(cfg.lanyard_mid_u[0], cfg.lanyard_mid_u[1], step)
    bots = _grid(cfg.lanyard_bottom_u[0], cfg.lanyard_bottom_u[1], step)
    shape_ok = ((mids[None, :, None] <= tops[:, None, None] - step)
                & (bots[None, None, :] <= mids[None, :, None] + step))
    best, arg, best_w = 0.0, (float(side * tops[0]), float(side * mids[0]), float(side * bots[0])), min(lab_by_width)
    for w, lab in lab_by_width.items():
        s1, c1 = _segment_scores(lab, valid, side * tops, side * mids, cfg.lanyard_top_v, cfg.lanyard_mid_v, w, cfg)
        s2, c2 = _segment_scores(lab, valid, side * mids, side * bots, cfg.lanyard_mid_v, cfg.lanyard_bottom_v, w, cfg)
        total = (s1[:, :, None] + s2[None, :, :]) / 2.0
        same = np.linalg.norm(c1[:, :, None, :] - c2[None, :, :, :], axis=3) <= cfg.lanyard_max_colour_change
        total = np.where(shape_ok & same, total, 0.0)
        i = np.unravel_index(int(np.argmax(total)), total.shape)
        if total[i] > best:
            best = float(total[i])
            arg = (float(side * tops[i[0]]), float(side * mids[i[1]]), float(side * bots[i[2]]))
            best_w = w
    return best, arg, best_w


def texture_background(lab: np.ndarray, valid: np.ndarray, us: tuple[float, float, float], width: float,
                       cfg: BadgeConfig) -> float:
    """How strap-like the shirt is beside a strap: the contrast of the same line moved sideways.

    The line is shifted across the chest by ``lanyard_texture_shifts`` (chest units, both ways)
    and the strap contrast measured again with the same width. A lanyard lies on the shirt
    alone, so its shifted copies fall on plain cloth (low contrast); a stripe of a checked or
    striped shirt repeats, so its shifted copies find the next stripe (as high a contrast as the
    "strap" itself). Returns a high percentile (``lanyard_texture_percentile``) of the shifted
    contrasts, so one other line (the lanyard's other strand, a seam) does not count as texture.
    """
    if not cfg.lanyard_texture_shifts:
        return 0.0
    d = np.asarray(cfg.lanyard_texture_shifts, np.float64)
    d = np.concatenate([-d, d])
    s1, _ = _paired_segment_scores(lab, valid, us[0] + d, us[1] + d, cfg.lanyard_top_v, cfg.lanyard_mid_v, width, cfg)
    s2, _ = _paired_segment_scores(lab, valid, us[1] + d, us[2] + d, cfg.lanyard_mid_v, cfg.lanyard_bottom_v, width,
                                   cfg)
    return float(max(0.0, np.percentile((s1 + s2) / 2.0, cfg.lanyard_texture_percentile)))


def lanyard_evidence(crop: np.ndarray, valid: np.ndarray, cfg: BadgeConfig) -> LanyardEvidence:
    """Looks for a lanyard strap on each side of the neck, converging toward the sternum."""
    lab = _lab(crop)
    s = cfg.crop_half_shoulder_px
    by_width = {w: cv2.GaussianBlur(lab, (0, 0), max(0.6, w * s / 3.0)) for w in cfg.lanyard_widths}
    found = {side: _best_strap(by_width, valid, side, cfg) for side in (-1, 1)}
    texture = {side: texture_background(by_width[w], valid, us, w, cfg) for side, (_, us, w) in found.items()}
    net = {side: found[side][0] - cfg.lanyard_texture_weight * texture[side] for side in found}
    left = float(np.clip(net[-1] / cfg.lanyard_full_contrast, 0.0, 1.0))
    right = float(np.clip(net[1] / cfg.lanyard_full_contrast, 0.0, 1.0))
    score = cfg.lanyard_one_side_weight * max(left, right) + (1 - cfg.lanyard_one_side_weight) * min(left, right)
    lines = tuple(((u0, cfg.lanyard_top_v), (u1, cfg.lanyard_mid_v), (u2, cfg.lanyard_bottom_v))
                  for _, (u0, u1, u2), _ in (found[-1], found[1]))
    return LanyardEvidence(left=float(left), right=float(right), score=float(score), lines=lines,
                           texture=(float(texture[-1]), float(texture[1])))


# --- generic evidence: card -------------------------------------------------------------------

@dataclass(frozen=True)
class CardEvidence:
    """Best card-like rectangle in the chest.

    Attributes:
        score: In [0, 1].
        place: Name of the place (:data:`PLACES`) holding its centre, or "" when none.
        box: Rotated rectangle ((u, v) centre, (w, h) chest units, angle deg), or None.
    """

    score: float
    place: str
    box: tuple[tuple[float, float], tuple[float, float], float] | None


def place_of(u: float, v: float) -> str:
    """The place (:data:`PLACES`) containing a chest point, lanyard first; "" when none."""
    for name in ("lanyard", "left_chest", "right_chest"):
        u0, v0, u1, v1 = PLACES[name]
        if u0 <= u <= u1 and v0 <= v <= v1:
            return name
    return ""


def card_evidence(crop: np.ndarray, valid: np.ndarray, cfg: BadgeConfig) -> CardEvidence:
    """Looks for a small compact rectangle that stands out from the shirt in the chest zone."""
    s = cfg.crop_half_shoulder_px
    lab = _lab(crop)
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    edges = cv2.Canny(cv2.GaussianBlur(gray, (3, 3), 0), 40, 120)
    edges[~valid] = 0
    edges = cv2.dilate(edges, np.ones((2, 2), np.uint8))
    x0, y0 = uv_to_crop(cfg.card_zone[0], cfg.card_zone[1], cfg)
    x1, y1 = uv_to_crop(cfg.card_zone[2], cfg.card_zone[3], cfg)
    zone = np.zeros_like(edges)
    zone[int(y0):int(y1), int(x0):int(x1)] = 255
    edges = cv2.bitwise_and(edges, zone)
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    found: list[_CardCandidate] = []
    for c in contours:
        if len(c) < 4:
            continue
        (cx, cy), (w, h), ang = cv2.minAreaRect(c)
        short, long_ = min(w, h) / s, max(w, h) / s
        if short < cfg.card_min_side or long_ > cfg.card_max_side or long_ / max(short, 1e-6) > cfg.card_max_aspect:
            continue
        hull = cv2.convexHull(c)
        rect_area = w * h
        if rect_area <= 0:
            continue
        rectangularity = float(cv2.contourArea(hull) / rect_area)
        if rectangularity < cfg.card_min_rectangularity:
            continue
        u, v = cx / s + _U_RANGE[0], cy / s + _V_RANGE[0]
        inner = np.zeros(gray.shape, np.uint8)
        box = cv2.boxPoints(((cx, cy), (w * 0.7, h * 0.7), ang)).astype(np.int32)
        cv2.fillConvexPoly(inner, box, 1)
        ring = np.zeros(gray.shape, np.uint8)
        cv2.fillConvexPoly(ring, cv2.boxPoints(((cx, cy), (w * 1.6, h * 1.6), ang)).astype(np.int32), 1)
        cv2.fillConvexPoly(ring, cv2.boxPoints(((cx, cy), (w * 1.15, h * 1.15), ang)).astype(np.int32), 0)
        inner_m, ring_m = (inner > 0) & valid, (ring > 0) & valid
        if inner_m.sum() < 4 or ring_m.sum() < 4:
            continue
        colour = lab[inner_m].mean(axis=0)
        contrast = float(np.linalg.norm(colour - lab[ring_m].mean(axis=0)))
        score = min(1.0, contrast / cfg.card_full_contrast) * min(1.0, (rectangularity - cfg.card_min_rectangularity)
                                                                    / (1.0 - cfg.card_min_rectangularity) + 0.5)
        found.append(_CardCandidate(u, v, short, long_, tuple(float(x) for x in colour), float(min(1.0, score)),
                                    place_of(u, v), ((u, v), (w / s, h / s), float(ang))))
    best = CardEvidence(0.0, "", None)
    for cand in found:
        if cand.place and cand.score > best.score and card_repeats(cand, found, cfg) <= cfg.card_max_repeats:
            best = CardEvidence(cand.score, cand.place, cand.box)
    return best


@dataclass(frozen=True)
class _CardCandidate:
    """A card-like rectangle before the repetition test (chest units; inner colour in CIE Lab)."""

    u: float
    v: float
    short: float
    long: float
    colour: tuple[float, float, float]
    score: float
    place: str
    box: tuple[tuple[float, float], tuple[float, float], float]


def card_repeats(cand: _CardCandidate, others: list[_CardCandidate], cfg: BadgeConfig) -> int:
    """How many *other* rectangles in the chest look like ``cand`` (same size and colour).

    A badge is one of a kind on the chest; the tiles of a checked shirt (or the squares of any
    printed pattern) come in rows. Rectangles centred within half a side of ``cand`` are the same
    card seen twice by the edge detector (inner and outer outline) and do not count.
    """
    n = 0
    for o in others:
        if np.hypot(o.u - cand.u, o.v - cand.v) < 0.5 * cand.long:
            continue
        if (abs(np.log(o.short / cand.short)) <= cfg.card_repeat_size_tol
                and abs(np.log(o.long / cand.long)) <= cfg.card_repeat_size_tol
                and float(np.linalg.norm(np.subtract(o.colour, cand.colour))) <= cfg.card_repeat_colour_tol):
            n += 1
    return n


# --- enrolled evidence ------------------------------------------------------------------------

def orb_features(gray: np.ndarray, n_features: int = 500,
                 mask: np.ndarray | None = None) -> tuple[tuple[cv2.KeyPoint, ...], np.ndarray | None]:
    """ORB key points and descriptors of a grey image (upscaled when small, so ORB finds corners)."""
    scale = max(1.0, 160.0 / max(1, min(gray.shape[:2])))
    if scale > 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        if mask is not None:
            mask = cv2.resize(mask, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)
    orb = cv2.ORB_create(nfeatures=n_features, edgeThreshold=15, patchSize=15)
    kps, des = orb.detectAndCompute(gray, mask)
    return tuple(kps), des


def hs_histogram(bgr: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Normalised hue-saturation histogram (30 x 32 bins, float32, sums to 1)."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hist = cv2.calcHist([hsv], [0, 1], mask, [30, 32], [0, 180, 0, 256]).astype(np.float32)
    total = float(hist.sum())
    return hist / total if total > 0 else hist


def _zone_mask(shape: tuple[int, int], box: tuple[float, float, float, float], valid: np.ndarray,
               cfg: BadgeConfig) -> np.ndarray:
    x0, y0 = uv_to_crop(box[0], box[1], cfg)
    x1, y1 = uv_to_crop(box[2], box[3], cfg)
    m = np.zeros(shape, np.uint8)
    m[max(0, int(y0)):int(y1), max(0, int(x0)):int(x1)] = 255
    m[~valid] = 0
    return m


def enrolled_evidence(crop: np.ndarray, valid: np.ndarray, enrolment: "BadgeEnrolment", cfg: BadgeConfig) -> float:
    """Score in [0, 1] that the enrolled badge is in the chest crop (ORB matches and colour)."""
    box = PLACES.get(enrolment.place, cfg.card_zone) if enrolment.place != "any" else cfg.card_zone
    mask = _zone_mask(crop.shape[:2], box, valid, cfg)
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _, des = orb_features(gray, mask=mask)
    orb_score = 0.0
    if des is not None and enrolment.descriptors.size and len(des) >= 2:
        matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        pairs = matcher.knnMatch(enrolment.descriptors, des, k=2)
        good = sum(1 for p in pairs if len(p) == 2 and p[0].distance < cfg.enrolled_ratio * p[1].distance)
        orb_score = min(1.0, good / cfg.enrolled_min_matches)
    # colour: best window of the badge's size (or a typical card size) in the zone
    s = cfg.crop_half_shoulder_px
    side = max(4, int(round((enrolment.size_u or 0.35) * s)))
    win_w = side if enrolment.aspect >= 1 else max(4, int(side * enrolment.aspect))
    win_h = max(4, int(round(side * enrolment.aspect))) if enrolment.aspect >= 1 else side
    ys, xs = np.nonzero(mask)
    hist_score = 0.0
    if ys.size:
        ref = enrolment.histogram.astype(np.float32)
        for y in range(int(ys.min()), max(int(ys.min()) + 1, int(ys.max()) - win_h + 1), max(2, win_h // 3)):
            for x in range(int(xs.min()), max(int(xs.min()) + 1, int(xs.max()) - win_w + 1), max(2, win_w // 3)):
                h = hs_histogram(crop[y:y + win_h, x:x + win_w])
                hist_score = max(hist_score, float(cv2.compareHist(ref, h, cv2.HISTCMP_INTERSECT)))
    w = cfg.enrolled_hist_weight
    return float((1 - w) * orb_score + w * hist_score)


# --- decision ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class BadgeAssessment:
    """The badge decision for one person with everything behind it.

    Attributes:
        badge: Visible, not visible, or unknown (cannot tell).
        confidence: Confidence of ``badge`` in [0, 1] (0 for unknown).
        score: Badge score in [0, 1] (max of the generic and enrolled evidence).
        reason: Why the chest cannot be judged ("" when it can); kept even when a badge is seen.
        place: Where the badge was seen ("lanyard", "left_chest", "right_chest"; "" when not seen).
        lanyard: Lanyard evidence, or None when the chest could not be located.
        card: Card evidence, or None.
        enrolled: Enrolled-badge score, or None without an enrolment.
        chest: The chest frame, or None when the shoulders were not found.
    """

    badge: Badge
    confidence: float
    score: float
    reason: str
    place: str
    lanyard: LanyardEvidence | None
    card: CardEvidence | None
    enrolled: float | None
    chest: ChestFrame | None


def _ramp(x: float, lo: float, hi: float) -> float:
    return float(np.clip((x - lo) / (hi - lo), 0.0, 1.0)) if hi != lo else float(x >= hi)


def view_problem(chest: ChestFrame | None, cfg: BadgeConfig) -> str:
    """Why the chest cannot be judged, or "" when it can."""
    if chest is None:
        return "shoulders not visible: the chest cannot be located"
    if not chest.facing_camera:
        return "the person has the back to the camera"
    if chest.facing_ratio < cfg.min_facing_ratio:
        return "the person stands side-on to the camera"
    if chest.shoulder_px < cfg.min_shoulder_px:
        return f"the person is too small in the image (shoulders {chest.shoulder_px:.0f} px < {cfg.min_shoulder_px:.0f} px)"
    if chest.hands_cover:
        return "both hands cover the chest"
    return ""


def combine_evidence(lanyard: LanyardEvidence, card: CardEvidence, enrolled: float | None,
                     cfg: BadgeConfig) -> tuple[float, str]:
    """Badge score in [0, 1] and the place it points to."""
    card_score = card.score if card.place == "lanyard" else cfg.side_card_weight * card.score
    options = [(lanyard.score, "lanyard"), (card_score, card.place or "lanyard")]
    if enrolled is not None:
        options.append((enrolled, card.place or "lanyard"))
    score, place = max(options, key=lambda t: t[0])
    return float(score), place


def assess_badge(person: PersonObservation, image: np.ndarray, cfg: BadgeConfig | None = None,
                 enrolment: "BadgeEnrolment | None" = None) -> BadgeAssessment:
    """Decides whether the person's badge is visible, with its evidence.

    Args:
        person: The person (needs pose landmarks).
        image: The BGR frame the landmarks refer to.
        cfg: Badge settings (defaults when None).
        enrolment: The site's enrolled badge, or None for the generic detector only.

    Raises:
        BadgeError: Image of the wrong shape or unusable landmarks.
    """
    cfg = cfg or BadgeConfig()
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.size == 0:
        raise BadgeError(f"image must be an H x W x 3 BGR array, got shape {getattr(image, 'shape', None)}")
    if person.pose is None:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, 0.0, "no body landmarks for this person", "", None, None, None, None)
    h, w = image.shape[:2]
    chest = chest_frame(person.pose, w, h, cfg)
    problem = view_problem(chest, cfg)
    if chest is None:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, 0.0, problem, "", None, None, None, None)
    crop = chest_crop(image, chest, cfg)
    valid = crop_valid_mask(image.shape, chest, cfg)
    lanyard = lanyard_evidence(crop, valid, cfg)
    card = card_evidence(crop, valid, cfg)
    enrolled = enrolled_evidence(crop, valid, enrolment, cfg) if enrolment is not None else None
    score, place = combine_evidence(lanyard, card, enrolled, cfg)
    strength = 0.5 + 0.5 * min(1.0, abs(score - cfg.yes_threshold) / cfg.decision_margin)
    size = _ramp(chest.shoulder_px, cfg.min_shoulder_px * 0.5, cfg.full_shoulder_px)
    if score >= cfg.yes_threshold:
        conf = strength * max(0.5, size)
        return BadgeAssessment(Badge.YES, float(conf), score, problem, place, lanyard, card, enrolled, chest)
    if problem:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, score, problem, "", lanyard, card, enrolled, chest)
    facing = _ramp(chest.facing_ratio, cfg.min_facing_ratio, 0.8)
    conf = strength * size * max(0.5, facing)
    if conf < cfg.min_confidence:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, score, "evidence too weak to decide", "", lanyard, card,
                               enrolled, chest)
    return BadgeAssessment(Badge.NO, float(conf), score, "", "", lanyard, card, enrolled, chest)


def badge_label(person: PersonObservation, image: np.ndarray, cfg: BadgeConfig | None = None,
                enrolment: "BadgeEnrolment | None" = None) -> tuple[Badge, float]:
    """The badge class of one person and its confidence (the feature stage's hook; needs the frame image)."""
    a = assess_badge(person, image, cfg, enrolment)
    return a.badge, a.confidence
