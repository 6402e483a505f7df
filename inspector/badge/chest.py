"""The chest of a person in chest units: where a badge is worn, and the canonical chest crop.

A similarity transform maps the two shoulders to fixed points of a canonical chest crop (the
subject's right shoulder on the image left, shoulder line horizontal, half the shoulder width =
``crop_half_shoulder_px`` pixels). In that crop positions are given in chest units: ``u`` across
(half shoulder widths from the midline, +u toward image right) and ``v`` down (half shoulder widths
below the shoulder line). :data:`PLACES` are the boxes where a badge is worn.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from pydantic import Field, model_validator

from inspector.settings_base import Section
from inspector.types import PoseLandmarks

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
U_RANGE = (-2.0, 2.0)
V_RANGE = (-0.8, 2.6)


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
    return int(round((U_RANGE[1] - U_RANGE[0]) * s)), int(round((V_RANGE[1] - V_RANGE[0]) * s))


def uv_to_crop(u: float | np.ndarray, v: float | np.ndarray, cfg: BadgeConfig) -> tuple:
    """Chest units -> canonical crop pixels."""
    s = cfg.crop_half_shoulder_px
    return (np.asarray(u) - U_RANGE[0]) * s, (np.asarray(v) - V_RANGE[0]) * s


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
        u, v = px[0] / s + U_RANGE[0], px[1] / s + V_RANGE[0]
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


def lab_image(crop: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(crop.astype(np.float32) / 255.0, cv2.COLOR_BGR2LAB)

