"""Generic badge evidence (no enrolment): a lanyard strap beside the neck, a card in a chest place.

A lanyard is a narrow band of its own colour running from beside the neck down toward the
sternum, with a strand on both sides of the neck; it counts only by how much more it stands out
than the same line moved sideways across the shirt (:func:`texture_background`: the stripes of a
checked shirt repeat, a lanyard does not). A card is a small compact rectangle standing out from
the shirt in one of the places, and one of a kind (:func:`card_repeats`). Everything is measured
in chest units and the same way on both sides, so it holds for any size and the mirror image.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from inspector.badge.chest import U_RANGE, V_RANGE, PLACES, BadgeConfig, lab_image, uv_to_crop

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
    lab = lab_image(crop)
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
    lab = lab_image(crop)
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
        u, v = cx / s + U_RANGE[0], cy / s + V_RANGE[0]
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

