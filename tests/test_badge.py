"""Badge check: synthetic torsos with drawn lanyards / cards for every decision, enrolment round
trip, and the real astronaut photo."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from inspector.badge.enrolment import EnrolmentError, enrol_badge, load_enrolment, save_enrolment
from inspector.badge.uniform import enrol_uniform, garment_colour, load_uniform, save_uniform, uniform_delta_e
from inspector.badge import (BadgeConfig, BadgeError, assess_badge, badge_label, chest_crop, chest_frame,
                             crop_valid_mask, enrolled_evidence)
from inspector.types import Badge, PersonObservation, PoseLandmarks

W, H = 400, 520
SHIRT = (200, 140, 60)  # BGR: a blue shirt


def make_pose(scale: float = 1.0, swap: bool = False, side_on: bool = False, wrists_on_chest: bool = False,
              shoulder_vis: float = 0.99) -> PoseLandmarks:
    """Synthetic 33 landmarks of a person facing the camera (subject's left shoulder on image right)."""
    pts = np.zeros((33, 5), np.float32)
    pts[:, 3:] = 0.99
    cx, sy = 200.0, 160.0
    half = (12.0 if side_on else 55.0) * scale  # side-on: the shoulders overlap in the image

    def put(i, x, y):
        pts[i, 0], pts[i, 1] = (cx + (x - cx) * scale) / W, (sy + (y - sy) * scale) / H

    put(0, 200, 95)
    put(11, cx + half / scale if not swap else cx - half / scale, sy)
    put(12, cx - half / scale if not swap else cx + half / scale, sy)
    put(23, 235, 350)
    put(24, 165, 350)
    put(13, 265, 250)
    put(14, 135, 250)
    if wrists_on_chest:
        put(15, 215, 200)
        put(16, 185, 200)
    else:
        put(15, 270, 340)
        put(16, 130, 340)
    pts[11, 3] = pts[12, 3] = shoulder_vis
    world = None
    if side_on:
        world = np.zeros((33, 3), np.float32)
        world[11] = (0.04, -0.5, 0.18)
        world[12] = (-0.04, -0.5, -0.18)
    else:
        world = np.zeros((33, 3), np.float32)
        world[11] = (0.18, -0.5, 0.0)
        world[12] = (-0.18, -0.5, 0.0)
    return PoseLandmarks(image=pts, world=world)


def torso(lanyard: bool = False, card: str | None = None, scale: float = 1.0) -> np.ndarray:
    """A grey background with a shirt-coloured torso, optionally a lanyard and a card."""
    img = np.full((H, W, 3), 170, np.uint8)

    def p(x, y):
        return int(200 + (x - 200) * scale), int(160 + (y - 160) * scale)

    cv2.fillConvexPoly(img, np.array([p(135, 150), p(265, 150), p(245, 380), p(155, 380)], np.int32), SHIRT)
    cv2.circle(img, p(200, 100), int(38 * scale), (150, 180, 220), -1)  # head
    if lanyard:
        for x0, x1 in ((178, 197), (222, 203)):
            cv2.line(img, p(x0, 140), p(x1, 232), (30, 30, 200), max(1, int(5 * scale)))
    if card == "lanyard":
        cv2.rectangle(img, p(186, 232), p(214, 272), (245, 245, 245), -1)
        cv2.rectangle(img, p(186, 232), p(214, 272), (40, 40, 40), max(1, int(2 * scale)))
    if card == "left_chest":  # the subject's left chest faces image right
        cv2.rectangle(img, p(222, 185), p(246, 202), (245, 245, 245), -1)
        cv2.rectangle(img, p(222, 185), p(246, 202), (40, 40, 40), 2)
    return img


def person(pose: PoseLandmarks) -> PersonObservation:
    return PersonObservation(bbox=(100.0, 50.0, 200.0, 400.0), pose=pose)


CFG = BadgeConfig()


def test_lanyard_with_card_is_visible():
    a = assess_badge(person(make_pose()), torso(lanyard=True, card="lanyard"), CFG)
    assert a.badge is Badge.YES and a.confidence > 0.5
    assert a.place == "lanyard" and a.lanyard.score > 0.5


def test_lanyard_without_card_is_visible():
    a = assess_badge(person(make_pose()), torso(lanyard=True), CFG)
    assert a.badge is Badge.YES and a.lanyard.left > 0.5 and a.lanyard.right > 0.5


def test_card_on_left_chest_is_visible():
    a = assess_badge(person(make_pose()), torso(card="left_chest"), CFG)
    assert a.badge is Badge.YES and a.place == "left_chest"


def test_plain_shirt_is_not_visible():
    badge, conf = badge_label(person(make_pose()), torso(), CFG)
    assert badge is Badge.NO and conf > 0.5


@pytest.mark.parametrize("kw,reason", [
    (dict(swap=True), "back to the camera"),
    (dict(side_on=True), "side-on"),
    (dict(wrists_on_chest=True), "hands cover"),
    (dict(shoulder_vis=0.1), "shoulders not visible"),
])
def test_cannot_tell_cases(kw, reason):
    a = assess_badge(person(make_pose(**kw)), torso(), CFG)
    assert a.badge is Badge.UNKNOWN and a.confidence == 0.0
    assert reason in a.reason


def test_too_small_cannot_tell_but_a_seen_badge_still_counts():
    small = make_pose(scale=0.2)
    a = assess_badge(person(small), torso(scale=0.2), CFG)
    assert a.badge is Badge.UNKNOWN and "too small" in a.reason
    big_card = assess_badge(person(make_pose(wrists_on_chest=True)), torso(lanyard=True, card="lanyard"), CFG)
    assert big_card.badge is Badge.YES and "hands cover" in big_card.reason


def test_no_pose_and_bad_image():
    assert assess_badge(PersonObservation(bbox=(0, 0, 1, 1)), torso(), CFG).badge is Badge.UNKNOWN
    with pytest.raises(BadgeError):
        assess_badge(person(make_pose()), np.zeros((10, 10), np.uint8), CFG)


def test_chest_crop_is_upright_and_scaled():
    fr = chest_frame(make_pose(), W, H, CFG)
    crop = chest_crop(torso(lanyard=True, card="lanyard"), fr, CFG)
    valid = crop_valid_mask((H, W, 3), fr, CFG)
    assert crop.shape[:2] == valid.shape and valid.all()
    assert fr.facing_camera and fr.shoulder_px == pytest.approx(110, abs=1)


def _badge_photo(seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = np.full((240, 200, 3), 90, np.uint8)
    card = np.full((160, 110, 3), 250, np.uint8)
    for _ in range(25):
        x, y = rng.integers(5, 95), rng.integers(5, 145)
        cv2.rectangle(card, (int(x), int(y)), (int(x + 12), int(y + 10)), tuple(int(c) for c in rng.integers(0, 200, 3)), -1)
    img[40:200, 45:155] = card
    return img


def test_enrolment_round_trip_and_match(tmp_path: Path):
    photo = _badge_photo()
    enr = enrol_badge([photo], place="lanyard")
    assert enr.descriptors.shape[1] == 32 and enr.descriptors.shape[0] > 10
    assert 1.3 < enr.aspect < 1.6
    path = save_enrolment(enr, tmp_path / "badge.json")
    back = load_enrolment(path)
    assert back.place == "lanyard" and back.aspect == pytest.approx(enr.aspect)
    assert np.array_equal(back.descriptors, enr.descriptors) and np.allclose(back.histogram, enr.histogram)
    # the enrolled badge drawn on the chest matches better than a plain chest
    img = torso()
    small = cv2.resize(photo[40:200, 45:155], (34, 50))
    img[228:278, 183:217] = small
    fr = chest_frame(make_pose(), W, H, CFG)
    valid = crop_valid_mask(img.shape, fr, CFG)
    with_badge = enrolled_evidence(chest_crop(img, fr, CFG), valid, back, CFG)
    without = enrolled_evidence(chest_crop(torso(), fr, CFG), valid, back, CFG)
    assert with_badge > without + 0.2


def test_enrolment_errors(tmp_path: Path):
    with pytest.raises(EnrolmentError, match="no badge photos"):
        enrol_badge([])
    with pytest.raises(EnrolmentError, match="unknown badge place"):
        enrol_badge([_badge_photo()], place="hat")
    with pytest.raises(EnrolmentError, match="no detail"):
        enrol_badge([np.full((100, 80, 3), 200, np.uint8)])
    with pytest.raises(EnrolmentError, match="not found"):
        load_enrolment(tmp_path / "missing.json")
    (tmp_path / "x.json").write_text('{"format": "other"}')
    with pytest.raises(EnrolmentError, match="not a badge enrolment"):
        load_enrolment(tmp_path / "x.json")


def test_uniform_enrol_and_check(tmp_path: Path):
    p = person(make_pose())
    enr = enrol_uniform([(p, torso())])
    back = load_uniform(save_uniform(enr, tmp_path / "u.json"))
    assert back.lab == pytest.approx(enr.lab)
    same = garment_colour(p, torso(lanyard=True, card="lanyard"))
    assert uniform_delta_e(same.lab, back) < 5
    red = torso()
    red[np.all(red == SHIRT, axis=2)] = (40, 40, 200)
    assert uniform_delta_e(garment_colour(p, red).lab, back) > 40
    assert garment_colour(person(make_pose(swap=True)), torso()).lab is None


ASTRONAUT_REASON = ("scikit-image's astronaut wears a spacesuit with sewn-on patches (mission patch on the chest, "
                    "flag on the shoulder) but no ID card or lanyard: the generic staff-badge check must say badge_no")


def test_astronaut_has_no_staff_badge():
    skimage_data = pytest.importorskip("skimage.data")
    from inspector.pipeline import Pipeline
    from inspector.types import Frame

    img = cv2.cvtColor(skimage_data.astronaut(), cv2.COLOR_RGB2BGR)
    try:
        pipe = Pipeline(mode="image")
    except Exception as e:  # models not fetched
        pytest.skip(f"perception models unavailable: {e}")
    with pipe:
        result = pipe.process(Frame(img, 0, 0, 0.0, "astronaut"))
    assert result.persons, "the astronaut must be found"
    a = assess_badge(result.persons[0], img, CFG)
    assert a.badge is Badge.NO, ASTRONAUT_REASON
    assert a.reason == "" and a.chest.facing_camera
