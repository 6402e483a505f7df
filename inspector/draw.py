"""Overlay drawing for thumbnails and review: pose skeleton, person box and label text.

Drawing never modifies its input: :func:`draw_persons` returns a new image.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from inspector.perception import POSE_CONNECTIONS
from inspector.types import PersonObservation


@dataclass(frozen=True)
class DrawStyle:
    """Colours (BGR) and sizes of the overlay.

    Attributes:
        bone: Colour of skeleton connections.
        joint: Colour of landmark dots.
        box: Colour of the person box.
        highlight: Colour of the box of the person an event is about.
        text: Text colour (drawn on a dark band).
        min_visibility: Landmarks below this visibility are not drawn.
    """

    bone: tuple[int, int, int] = (80, 220, 80)
    joint: tuple[int, int, int] = (40, 160, 255)
    box: tuple[int, int, int] = (200, 200, 200)
    highlight: tuple[int, int, int] = (40, 40, 230)
    text: tuple[int, int, int] = (255, 255, 255)
    min_visibility: float = 0.5


def person_caption(person: PersonObservation) -> str:
    """Short text naming a person's track and labels (e.g. ``#3 arms_crossed 0.82``)."""
    parts = [f"#{person.track_id}" if person.track_id >= 0 else "#?"]
    lab = person.labels
    if lab is not None:
        if lab.arm_posture.value != "unknown":
            parts.append(f"{lab.arm_posture.value} {lab.arm_confidence:.2f}")
        if lab.body_posture.value != "unknown":
            parts.append(f"{lab.body_posture.value} {lab.body_confidence:.2f}")
    return " ".join(parts)


def _scale(image: np.ndarray) -> tuple[int, float]:
    """Line thickness and font scale proportional to the image size."""
    side = max(image.shape[:2])
    return max(1, round(side / 400)), max(0.4, side / 1600)


def draw_skeleton(image: np.ndarray, person: PersonObservation, style: DrawStyle = DrawStyle()) -> None:
    """Draws one person's pose connections and joints onto ``image`` in place."""
    if person.pose is None:
        return
    h, w = image.shape[:2]
    lm = person.pose.image
    thick, _ = _scale(image)
    pts = [(int(round(x * w)), int(round(y * h))) for x, y in lm[:, :2]]
    vis = lm[:, 3] >= style.min_visibility
    for a, b in POSE_CONNECTIONS:
        if a < len(pts) and b < len(pts) and vis[a] and vis[b]:
            cv2.line(image, pts[a], pts[b], style.bone, thick, cv2.LINE_AA)
    for i, p in enumerate(pts):
        if vis[i]:
            cv2.circle(image, p, thick + 1, style.joint, -1, cv2.LINE_AA)


def draw_label(image: np.ndarray, text: str, origin: tuple[int, int], colour: tuple[int, int, int],
               style: DrawStyle = DrawStyle()) -> None:
    """Writes ``text`` on a filled band whose bottom-left is ``origin`` (clamped inside the image), in place."""
    thick, scale = _scale(image)
    h, w = image.shape[:2]
    (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thick)
    if tw + 4 > w:  # shrink to fit the width, down to a readable minimum
        scale = max(0.3, scale * (w - 4) / tw)
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thick)
    x = int(min(max(origin[0], 0), max(w - tw - 4, 0)))
    y = int(min(max(origin[1], th + base + 4), h - 1))
    cv2.rectangle(image, (x, y - th - base - 4), (x + tw + 4, y), colour, -1)
    cv2.putText(image, text, (x + 2, y - base - 2), cv2.FONT_HERSHEY_SIMPLEX, scale, style.text, thick, cv2.LINE_AA)


def draw_persons(image: np.ndarray, persons: Sequence[PersonObservation], highlight_track: int | None = None,
                 title: str | None = None, style: DrawStyle = DrawStyle()) -> np.ndarray:
    """A copy of ``image`` with every person's skeleton, box and caption drawn.

    Args:
        image: BGR uint8 H x W x 3.
        persons: Observations of this frame (bbox in pixels of ``image``, landmarks normalised).
        highlight_track: Track id whose box is drawn in the highlight colour (the event's person).
        title: Optional line written at the bottom left (e.g. the rule and time).
        style: Colours and sizes.

    Raises:
        ValueError: ``image`` is not a BGR uint8 image.
    """
    if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise ValueError(f"expected a BGR uint8 image, got shape {image.shape} dtype {image.dtype}")
    out = image.copy()
    thick, _ = _scale(out)
    for p in persons:
        colour = style.highlight if highlight_track is not None and p.track_id == highlight_track else style.box
        x, y, bw, bh = (int(round(v)) for v in p.bbox)
        cv2.rectangle(out, (x, y), (x + bw, y + bh), colour, thick + (1 if colour == style.highlight else 0))
        draw_skeleton(out, p, style)
        draw_label(out, person_caption(p), (x, y), colour, style)
    if title:
        draw_label(out, title, (0, out.shape[0] - 1), (40, 40, 40), style)
    return out
