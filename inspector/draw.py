"""Overlay drawing for thumbnails and review: pose skeleton, person box and label text, and the
evidence mark of a clip frame (:func:`draw_evidence`: the flagged person's box and why).

Drawing never modifies its input: :func:`draw_persons` and :func:`draw_evidence` return a new
image. OpenCV's fonts are ASCII only; :func:`put_text` draws degree signs as small rings.
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
        highlight: Colour of the box of the person an event is about (while the violation holds).
        roll: Colour of that box in a clip's pre- and post-roll.
        text: Text colour (drawn on a dark band).
        min_visibility: Landmarks below this visibility are not drawn.
    """

    bone: tuple[int, int, int] = (80, 220, 80)
    joint: tuple[int, int, int] = (40, 160, 255)
    box: tuple[int, int, int] = (200, 200, 200)
    highlight: tuple[int, int, int] = (40, 40, 230)
    roll: tuple[int, int, int] = (0, 170, 255)
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


DEGREE = "°"
"""Drawn as a small ring: OpenCV's fonts have no degree sign."""


def _text_size(text: str, scale: float, thick: int) -> tuple[int, int, int]:
    """(width, height, baseline) of a line as :func:`put_text` draws it."""
    (_, th), base = cv2.getTextSize("Ag", cv2.FONT_HERSHEY_SIMPLEX, scale, thick)
    width = 0
    for i, part in enumerate(text.split(DEGREE)):
        if i:
            width += max(4, th // 2)
        if part:
            width += cv2.getTextSize(part, cv2.FONT_HERSHEY_SIMPLEX, scale, thick)[0][0]
    return width, th, base


def put_text(image: np.ndarray, text: str, origin: tuple[int, int], scale: float, colour: tuple[int, int, int],
             thick: int) -> None:
    """Writes one line of ASCII text (and degree signs) with its baseline at ``origin``, in place."""
    x, y = origin
    _, th, _ = _text_size(text, scale, thick)
    for i, part in enumerate(text.split(DEGREE)):
        if i:
            r = max(2, th // 5)
            cv2.circle(image, (x + r + 1, y - th + r), r, colour, max(1, thick - 1), cv2.LINE_AA)
            x += max(4, th // 2)
        if part:
            cv2.putText(image, part, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, colour, thick, cv2.LINE_AA)
            x += cv2.getTextSize(part, cv2.FONT_HERSHEY_SIMPLEX, scale, thick)[0][0]


def draw_label(image: np.ndarray, text: str, origin: tuple[int, int], colour: tuple[int, int, int],
               style: DrawStyle = DrawStyle()) -> None:
    """Writes ``text`` on a filled band whose bottom-left is ``origin`` (clamped inside the image), in place."""
    thick, scale = _scale(image)
    h, w = image.shape[:2]
    tw, th, base = _text_size(text, scale, thick)
    if tw + 4 > w:  # shrink to fit the width, down to a readable minimum
        scale = max(0.3, scale * (w - 4) / tw)
        tw, th, base = _text_size(text, scale, thick)
    x = int(min(max(origin[0], 0), max(w - tw - 4, 0)))
    y = int(min(max(origin[1], th + base + 4), h - 1))
    cv2.rectangle(image, (x, y - th - base - 4), (x + tw + 4, y), colour, -1)
    put_text(image, text, (x + 2, y - base - 2), scale, style.text, thick)


def text_block_size(lines: Sequence[str], scale: float, thick: int) -> tuple[int, int, int]:
    """(width, height, line height) of the band :func:`draw_text_block` draws."""
    sizes = [_text_size(t, scale, thick) for t in lines]
    line_h = max(th + base for _, th, base in sizes) + 2 * thick + 4
    return max(w for w, _, _ in sizes) + 8, line_h * len(lines) + 4, line_h


def draw_text_block(image: np.ndarray, lines: Sequence[str], top_left: tuple[int, int], colour: tuple[int, int, int],
                    scale: float, thick: int, style: DrawStyle = DrawStyle()) -> None:
    """Writes lines on a filled band whose top-left is ``top_left`` (clamped inside the image), in place."""
    h, w = image.shape[:2]
    bw, bh, line_h = text_block_size(lines, scale, thick)
    x = int(min(max(top_left[0], 0), max(w - bw, 0)))
    y = int(min(max(top_left[1], 0), max(h - bh, 0)))
    cv2.rectangle(image, (x, y), (x + bw, y + bh), colour, -1)
    for i, text in enumerate(lines):
        base = cv2.getTextSize("Ag", cv2.FONT_HERSHEY_SIMPLEX, scale, thick)[1]
        put_text(image, text, (x + 4, y + (i + 1) * line_h - base - thick), scale, style.text, thick)


def draw_evidence(image: np.ndarray, box: tuple[float, float, float, float] | None, lines: Sequence[str],
                  active: bool = True, style: DrawStyle = DrawStyle()) -> np.ndarray:
    """A copy of a clip frame with the flagged person's box and, next to it, why the event fired.

    The text goes to the right of the box when it fits, else to its left, else above it, else
    inside its top; without a box (the person not seen, or a station event) at the bottom left.

    Args:
        image: BGR uint8 H x W x 3.
        box: The flagged person's box, normalised (x0, y0, x1, y1), or None.
        lines: The text (rule, measured values against thresholds, confidence).
        active: True within the event (``style.highlight``), False in the pre/post-roll (``style.roll``).
        style: Colours and sizes.

    Raises:
        ValueError: ``image`` is not a BGR uint8 image.
    """
    if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise ValueError(f"expected a BGR uint8 image, got shape {image.shape} dtype {image.dtype}")
    out = image.copy()
    h, w = out.shape[:2]
    colour = style.highlight if active else style.roll
    side = max(h, w)
    thick = max(2, round(side / 320))
    text_thick = max(1, round(side / 900))
    scale = max(0.4, side / 2400)
    lines = [t for t in lines if t]
    if lines:
        bw, bh, _ = text_block_size(lines, scale, text_thick)
        if bw > w:  # shrink to the frame's width, down to a readable minimum
            scale = max(0.3, scale * w / bw)
            bw, bh, _ = text_block_size(lines, scale, text_thick)
    if box is None:
        if lines:
            draw_text_block(out, lines, (0, h - bh), colour, scale, text_thick, style)
        return out
    x0, y0 = int(round(box[0] * w)), int(round(box[1] * h))
    x1, y1 = int(round(box[2] * w)), int(round(box[3] * h))
    cv2.rectangle(out, (x0, y0), (x1, y1), colour, thick, cv2.LINE_AA)
    if lines:
        gap = thick
        if x1 + gap + bw <= w:
            at = (x1 + gap, y0)
        elif x0 - gap - bw >= 0:
            at = (x0 - gap - bw, y0)
        elif y0 - gap - bh >= 0:
            at = (x0, y0 - gap - bh)
        else:
            at = (x0 + thick, y0 + thick)
        draw_text_block(out, lines, at, colour, scale, text_thick, style)
    return out


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
