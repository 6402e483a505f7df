"""Skeleton, box and caption overlay."""

from __future__ import annotations

import numpy as np
import pytest

from inspector.draw import DrawStyle, draw_persons, person_caption
from inspector.types import ArmPosture, Labels, PersonObservation, PoseLandmarks


def standing_pose(visibility: float = 0.9) -> PoseLandmarks:
    """A crude upright pose: shoulders at y=0.3, hips at 0.6, wrists hanging at 0.55."""
    lm = np.zeros((33, 5), np.float32)
    lm[:, 0], lm[:, 1] = 0.5, 0.2
    lm[:, 3:] = visibility
    for idx, (x, y) in {11: (0.4, 0.3), 12: (0.6, 0.3), 13: (0.38, 0.45), 14: (0.62, 0.45), 15: (0.37, 0.55),
                        16: (0.63, 0.55), 23: (0.44, 0.6), 24: (0.56, 0.6), 25: (0.44, 0.75), 26: (0.56, 0.75),
                        27: (0.44, 0.9), 28: (0.56, 0.9)}.items():
        lm[idx, :2] = (x, y)
    return PoseLandmarks(image=lm)


def person(visibility: float = 0.9, track_id: int = 4) -> PersonObservation:
    return PersonObservation(bbox=(100, 40, 120, 170), pose=standing_pose(visibility), track_id=track_id,
                             labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.87))


def greenish(img: np.ndarray) -> int:
    """Pixels dominated by green (the anti-aliased bone colour)."""
    b, g, r = (img[..., i].astype(int) for i in range(3))
    return int(((g > 100) & (g > r + 60) & (g > b + 60)).sum())


def colour_pixels(img: np.ndarray, bgr: tuple[int, int, int]) -> int:
    return int(np.all(img == np.array(bgr, np.uint8), axis=2).sum())


def test_skeleton_box_and_caption_are_drawn_on_a_copy():
    img = np.zeros((240, 320, 3), np.uint8)
    style = DrawStyle()
    out = draw_persons(img, [person()], highlight_track=4, title="arms #4")
    assert not img.any(), "the input must stay untouched"
    # a point in the middle of the left upper arm (11 -> 13) has the bone colour
    x, y = int(round((0.4 + 0.38) / 2 * 320)), int(round((0.3 + 0.45) / 2 * 240))
    patch = out[y - 2:y + 3, x - 2:x + 3]
    assert greenish(patch) > 0
    assert colour_pixels(out, style.highlight) > 100  # highlighted box and caption band
    assert colour_pixels(out, style.box) == 0


def test_hidden_landmarks_are_not_drawn():
    out = draw_persons(np.zeros((240, 320, 3), np.uint8), [person(visibility=0.1)])
    assert greenish(out) == 0
    assert colour_pixels(out, DrawStyle().box) > 0


def test_caption_names_track_and_label():
    assert person_caption(person()) == "#4 arms_crossed 0.87"
    assert person_caption(PersonObservation(bbox=(0, 0, 1, 1))) == "#?"


@pytest.mark.parametrize("bad", [np.zeros((10, 10), np.uint8), np.zeros((10, 10, 3), np.float32)])
def test_bad_image_is_refused(bad):
    with pytest.raises(ValueError, match="BGR uint8"):
        draw_persons(bad, [])


def _marked(img: np.ndarray, bgr: tuple[int, int, int]) -> np.ndarray:
    return np.all(img == np.array(bgr, np.uint8), axis=2)


@pytest.mark.parametrize("box, text_side", [((0.1, 0.2, 0.3, 0.8), "right"), ((0.7, 0.2, 0.95, 0.8), "left"),
                                             (None, "bottom-left")])
def test_evidence_box_and_text_next_to_it(box, text_side):
    from inspector.draw import draw_evidence

    img = np.zeros((360, 640, 3), np.uint8)
    style = DrawStyle()
    out = draw_evidence(img, box, ("not_upright #2  conf 0.83", "shoulder tilt 14° > 10°"), True, style)
    assert not img.any()
    red = _marked(out, style.highlight)
    assert not _marked(out, style.roll).any()
    cols = np.nonzero(red.any(axis=0))[0]
    rows = np.nonzero(red.any(axis=1))[0]
    if text_side == "right":
        assert cols.min() <= 0.1 * 640 + 2 and cols.max() > 0.3 * 640 + 100
    elif text_side == "left":
        assert cols.max() >= 0.95 * 640 - 2 and cols.min() < 0.7 * 640 - 100
    else:
        assert cols.min() == 0 and rows.max() == 359 and rows.min() > 250  # a band at the bottom left only
    amber = draw_evidence(img, box, ("x",), False, style)
    assert _marked(amber, style.roll).any() and not _marked(amber, style.highlight).any()


def test_degree_sign_is_drawn_as_a_ring():
    from inspector.draw import put_text

    with_deg, without = np.zeros((40, 200, 3), np.uint8), np.zeros((40, 200, 3), np.uint8)
    put_text(with_deg, "24° > 15°", (2, 30), 0.6, (255, 255, 255), 1)
    put_text(without, "24 > 15", (2, 30), 0.6, (255, 255, 255), 1)
    assert with_deg.sum() > without.sum() * 1.05
