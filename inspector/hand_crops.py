"""The second hand pass: square crops around each pose wrist, and their hands back in the frame.

Pure functions except the landmarker call the caller makes: :func:`hand_crop_boxes` places the
crops, :func:`cut_crop` cuts one, :func:`uncrop_hand` maps a hand found in it back to the frame,
:func:`pick_crop_hand` keeps the hand that belongs to that wrist and :func:`dedupe_hands` drops
hands the full-frame pass already found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from inspector.types import HandLandmarks, PoseLandmarks

# Pose landmark indices (BlazePose 33) of the arms.
L_SHOULDER, R_SHOULDER, L_ELBOW, R_ELBOW, L_WRIST, R_WRIST = 11, 12, 13, 14, 15, 16


@dataclass(frozen=True)
class HandCrop:
    """A square region of the full frame around one pose wrist, in pixels (may reach past the frame).

    Attributes:
        pose_index: Index of the pose in the list the crops were made from.
        wrist: Pose landmark index of the wrist (15 left, 16 right).
        x0: Left edge, pixels.
        y0: Top edge, pixels.
        side: Side length, pixels.
    """

    pose_index: int
    wrist: int
    x0: float
    y0: float
    side: float


def hand_crop_boxes(poses: Sequence[PoseLandmarks], width: int, height: int, forearms: float = 4.5,
                    min_shoulders: float = 0.8, min_side_px: float = 24.0) -> list[HandCrop]:
    """Square crops around each pose wrist, big enough to hold the whole hand.

    The crop is centred on the hand as the pose sees it (mean of the wrist and its pinky, index and
    thumb points, pushed a little further along the forearm) and its side is ``forearms`` forearm
    lengths (elbow to wrist, pixels), at least ``min_shoulders`` shoulder widths and ``min_side_px``.
    Wrists whose crop centre lies outside the frame are skipped.

    Raises:
        ValueError: When ``width`` or ``height`` is not positive.
    """
    if width <= 0 or height <= 0:
        raise ValueError(f"frame size must be positive, got {width}x{height}")
    size = np.array([width, height], dtype=np.float64)
    boxes: list[HandCrop] = []
    for i, pose in enumerate(poses):
        px = pose.image[:, :2].astype(np.float64) * size
        shoulder = float(np.linalg.norm(px[L_SHOULDER] - px[R_SHOULDER]))
        for wrist, elbow in ((L_WRIST, L_ELBOW), (R_WRIST, R_ELBOW)):
            forearm = px[wrist] - px[elbow]
            palm = px[[wrist, wrist + 2, wrist + 4, wrist + 6]].mean(axis=0)
            centre = palm + 0.15 * forearm
            if not (0.0 <= centre[0] < width and 0.0 <= centre[1] < height):
                continue
            side = max(forearms * float(np.linalg.norm(forearm)), min_shoulders * shoulder, min_side_px)
            boxes.append(HandCrop(i, wrist, float(centre[0] - side / 2), float(centre[1] - side / 2), side))
    return boxes


def cut_crop(image: np.ndarray, box: HandCrop, out_px: int) -> np.ndarray:
    """The ``out_px`` square picture of ``box`` (parts outside the frame are filled with edge pixels)."""
    s = out_px / box.side
    m = np.array([[s, 0.0, -box.x0 * s], [0.0, s, -box.y0 * s]], dtype=np.float64)
    interp = cv2.INTER_LINEAR if s >= 1.0 else cv2.INTER_AREA
    return cv2.warpAffine(image, m, (out_px, out_px), flags=interp, borderMode=cv2.BORDER_REPLICATE)


def uncrop_hand(hand: HandLandmarks, box: HandCrop, width: int, height: int) -> HandLandmarks:
    """Maps hand landmarks normalised to a crop back to full-frame normalised coordinates."""
    img = np.array(hand.image, dtype=np.float32, copy=True)
    img[:, 0] = (box.x0 + img[:, 0] * box.side) / width
    img[:, 1] = (box.y0 + img[:, 1] * box.side) / height
    img[:, 2] = img[:, 2] * box.side / width  # z shares the x scale
    return HandLandmarks(image=img, world=hand.world, handedness=hand.handedness, score=hand.score)


def pick_crop_hand(hands: Sequence[HandLandmarks], pose: PoseLandmarks, box: HandCrop, width: int, height: int,
                   max_offset: float = 0.5) -> HandLandmarks | None:
    """The hand (full-frame coordinates) of a crop that belongs to the crop's wrist, or None.

    A crop can show both hands (clasped, crossed); the one whose wrist lies nearest the pose wrist
    wins if that distance is below ``max_offset`` crop sides.
    """
    size = np.array([width, height], dtype=np.float64)
    target = pose.image[box.wrist, :2].astype(np.float64) * size
    best, best_d = None, max_offset * box.side
    for h in hands:
        d = float(np.linalg.norm(h.image[0, :2].astype(np.float64) * size - target))
        if d <= best_d:
            best, best_d = h, d
    return best


def _hand_px(h: HandLandmarks, size: np.ndarray) -> tuple[np.ndarray, float]:
    """(wrist in pixels, wrist to middle-finger knuckle length in pixels) of a hand."""
    pts = h.image[:, :2].astype(np.float64) * size
    return pts[0], max(float(np.linalg.norm(pts[9] - pts[0])), 1.0)


def dedupe_hands(existing: Sequence[HandLandmarks], new: Sequence[HandLandmarks], width: int,
                 height: int) -> tuple[HandLandmarks, ...]:
    """The hands of ``new`` that are not the same hand as one already kept (existing first, then new).

    Two hands are the same when their wrists lie within half a palm length (wrist to middle knuckle)
    of each other; of two new duplicates the first is kept.
    """
    size = np.array([width, height], dtype=np.float64)
    kept = [_hand_px(h, size) for h in existing]
    out: list[HandLandmarks] = []
    for h in new:
        w, palm = _hand_px(h, size)
        if any(float(np.linalg.norm(w - kw)) < 0.5 * max(palm, kp) for kw, kp in kept):
            continue
        kept.append((w, palm))
        out.append(h)
    return tuple(out)
