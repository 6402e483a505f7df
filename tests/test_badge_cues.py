"""Badge check, generic cues: a lanyard is a pair of bands converging from both sides of the neck
and standing out from the shirt's own pattern; a bag strap (over the shoulder, straight down, no
partner) and the stripes of a checked shirt are not. Synthetic torsos drawn with OpenCV."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.badge import (BadgeConfig, assess_badge, chest_crop, chest_frame, crop_valid_mask,
                             lanyard_evidence)
from inspector.types import Badge
from test_badge import H, W, make_pose, person, torso

CFG = BadgeConfig()
WHITE = (235, 235, 235)
BLUE = (170, 90, 30)


def checked_torso(period: int = 14, lanyard: bool = False) -> np.ndarray:
    """The torso of :func:`test_badge.torso` in a blue / white check (stripes both ways)."""
    img = torso()
    shirt = np.zeros((H, W), np.uint8)
    cv2.fillConvexPoly(shirt, np.array([(135, 150), (265, 150), (245, 380), (155, 380)], np.int32), 1)
    yy, xx = np.mgrid[0:H, 0:W]
    pattern = np.full((H, W, 3), WHITE, np.uint8)
    band = period // 3
    pattern[(xx % period) < band] = BLUE
    pattern[(yy % period) < band] = (200, 150, 110)
    pattern[((xx % period) < band) & ((yy % period) < band)] = (120, 50, 10)
    img[shirt > 0] = pattern[shirt > 0]
    if lanyard:
        for x0, x1 in ((178, 197), (222, 203)):
            cv2.line(img, (x0, 140), (x1, 232), (30, 30, 200), 5)
    return img


def strap_torso(sides: tuple[int, ...]) -> np.ndarray:
    """A plain shirt with dark backpack straps running straight down from the shoulder line."""
    img = torso()
    for side in sides:
        x = 200 + side * 48
        cv2.line(img, (x, 145), (x + side * 4, 300), (40, 40, 40), 12)
    return img


def evidence(img: np.ndarray):
    fr = chest_frame(make_pose(), W, H, CFG)
    return lanyard_evidence(chest_crop(img, fr, CFG), crop_valid_mask(img.shape, fr, CFG), CFG)


def test_lanyard_v_is_seen_and_mirror_invariant():
    img = torso(lanyard=True)
    a = assess_badge(person(make_pose()), img, CFG)
    # the synthetic pose is symmetric about the image's middle column, so it fits the mirror image too
    m = assess_badge(person(make_pose()), cv2.flip(img, 1), CFG)
    assert a.badge is Badge.YES and m.badge is Badge.YES
    assert a.lanyard.left == pytest.approx(m.lanyard.right, abs=0.05)
    assert a.lanyard.right == pytest.approx(m.lanyard.left, abs=0.05)


@pytest.mark.parametrize("sides", [(-1,), (1,), (-1, 1)])
def test_backpack_straps_are_not_a_lanyard(sides):
    a = assess_badge(person(make_pose()), strap_torso(sides), CFG)
    assert a.badge is Badge.NO, (a.score, a.lanyard)


def test_one_sided_band_scores_below_a_two_sided_lanyard():
    img = torso()
    cv2.line(img, (178, 140), (197, 232), (30, 30, 200), 5)  # one strand of the lanyard only
    one = evidence(img)
    both = evidence(torso(lanyard=True))
    assert max(one.left, one.right) > 0.8  # the strand itself is seen ...
    assert one.score < CFG.yes_threshold <= both.score  # ... but alone it is no lanyard


@pytest.mark.parametrize("period", [12, 16, 22])
def test_checked_shirt_is_not_a_lanyard(period):
    img = checked_torso(period)
    e = evidence(img)
    assert max(e.texture) > 3.0  # the shirt's own stripes are strap-like ...
    a = assess_badge(person(make_pose()), img, CFG)
    assert a.badge is Badge.NO, (a.score, e)  # ... so they are not taken for a lanyard


def test_texture_is_low_beside_a_lanyard_on_a_plain_shirt():
    e = evidence(torso(lanyard=True))
    assert max(e.texture) < 2.0 and e.score > 0.8


def test_without_texture_penalty_the_check_would_pass():
    """The texture cue is what rejects the check (guards against the test above passing trivially)."""
    cfg = BadgeConfig(lanyard_texture_weight=0.0)
    fr = chest_frame(make_pose(), W, H, cfg)
    img = checked_torso(16)
    e = lanyard_evidence(chest_crop(img, fr, cfg), crop_valid_mask(img.shape, fr, cfg), cfg)
    assert e.score > evidence(img).score
