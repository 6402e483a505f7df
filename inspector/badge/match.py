"""The enrolled badge and how it is looked for in a chest crop (ORB matches and colour)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from inspector.badge.chest import PLACES, BadgeConfig, uv_to_crop

FORMAT_VERSION = 1
"""Version of the enrolment file format."""


@dataclass(frozen=True, eq=False)
class BadgeEnrolment:
    """What the app knows about the site's badge.

    Attributes:
        place: Where it is worn: "any", "lanyard", "left_chest" or "right_chest".
        aspect: Long side over short side of the card (>= 1).
        size_u: Long side in chest units (half shoulder widths) when enrolled on a person, else None.
        histogram: 30 x 32 hue-saturation histogram (float32, sums to 1).
        descriptors: N x 32 ORB descriptors (uint8).
        n_images: Number of photos it was learnt from.
        created: ISO time of enrolment (UTC).
        format_version: Version of the file format.
    """

    place: str
    aspect: float
    size_u: float | None
    histogram: np.ndarray
    descriptors: np.ndarray
    n_images: int
    created: str
    format_version: int = FORMAT_VERSION




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

