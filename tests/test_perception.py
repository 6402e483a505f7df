"""Tests of the hand code of inspector/perception.py: the second hand pass on wrist crops."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from inspector.hand_crops import (L_ELBOW, L_SHOULDER, L_WRIST, R_ELBOW, R_SHOULDER, R_WRIST, HandCrop, cut_crop,
                                  dedupe_hands, hand_crop_boxes, pick_crop_hand, uncrop_hand)
from inspector.perception import Perception, PerceptionConfig, RawResults, assemble_persons, match_hands_to_wrists
from inspector.sources import read_image
from inspector.types import HandLandmarks, PoseLandmarks


def _pose(points: dict[int, tuple[float, float]]) -> PoseLandmarks:
    """A pose with the given normalised points (visibility 1), the rest at the frame centre."""
    arr = np.zeros((33, 5), dtype=np.float32)
    arr[:, :2] = 0.5
    arr[:, 3:] = 1.0
    for i, (x, y) in points.items():
        arr[i, :2] = (x, y)
    return PoseLandmarks(image=arr)


def _hand(wrist: tuple[float, float], palm: float = 0.05) -> HandLandmarks:
    """A hand whose 21 points lie on a vertical line up from ``wrist`` (landmark 9 at ``palm``)."""
    img = np.zeros((21, 3), dtype=np.float32)
    img[:, 0] = wrist[0]
    img[:, 1] = wrist[1] - np.linspace(0.0, 2.0 * palm, 21)
    img[9, 1] = wrist[1] - palm
    return HandLandmarks(image=img, world=None, handedness="Left", score=0.9)


ARMS = {L_SHOULDER: (0.6, 0.3), R_SHOULDER: (0.4, 0.3), L_ELBOW: (0.65, 0.5), R_ELBOW: (0.35, 0.5),
        L_WRIST: (0.65, 0.7), R_WRIST: (0.35, 0.7), 17: (0.65, 0.72), 19: (0.65, 0.72), 21: (0.65, 0.72),
        18: (0.35, 0.72), 20: (0.35, 0.72), 22: (0.35, 0.72)}


def test_crop_boxes_hold_the_hand_and_scale_with_the_forearm() -> None:
    boxes = hand_crop_boxes([_pose(ARMS)], 1000, 1000, forearms=3.0, min_shoulders=0.5)
    assert [(b.pose_index, b.wrist) for b in boxes] == [(0, L_WRIST), (0, R_WRIST)]
    for b, wx in zip(boxes, (650.0, 350.0)):
        assert b.side == pytest.approx(600.0)  # 3 forearms of 200 px beat 0.5 shoulder widths
        assert b.x0 < wx < b.x0 + b.side and b.y0 < 700.0 < b.y0 + b.side
    # A foreshortened forearm (elbow behind the wrist) falls back to the shoulder width.
    short = {**ARMS, L_ELBOW: (0.65, 0.69)}
    left = hand_crop_boxes([_pose(short)], 1000, 1000, forearms=3.0, min_shoulders=1.5)[0]
    assert left.side == pytest.approx(300.0)


def test_crop_boxes_skip_wrists_outside_the_frame_and_reject_bad_sizes() -> None:
    off = {**ARMS, L_WRIST: (1.4, 0.7), 17: (1.4, 0.7), 19: (1.4, 0.7), 21: (1.4, 0.7), L_ELBOW: (1.2, 0.5)}
    boxes = hand_crop_boxes([_pose(off)], 640, 480)
    assert [b.wrist for b in boxes] == [R_WRIST]
    with pytest.raises(ValueError, match="positive"):
        hand_crop_boxes([_pose(ARMS)], 0, 480)


def test_cut_crop_and_uncrop_are_inverse() -> None:
    img = np.zeros((200, 300, 3), dtype=np.uint8)
    img[90:110, 140:160] = 255  # a white square centred at (150, 100)
    box = HandCrop(0, L_WRIST, 100.0, 50.0, 100.0)
    crop = cut_crop(img, box, 200)
    assert crop.shape == (200, 200, 3)
    ys, xs = np.nonzero(crop[:, :, 0] > 128)
    assert xs.mean() == pytest.approx(100.0, abs=2) and ys.mean() == pytest.approx(100.0, abs=2)
    # A hand at the crop centre maps back to the square's centre in full-frame coordinates.
    h = HandLandmarks(image=np.tile(np.array([[0.5, 0.5, 0.1]], dtype=np.float32), (21, 1)), world=None,
                      handedness="Right", score=0.8)
    back = uncrop_hand(h, box, 300, 200)
    assert back.image[0, 0] == pytest.approx(150 / 300) and back.image[0, 1] == pytest.approx(100 / 200)
    assert back.image[0, 2] == pytest.approx(0.1 * 100 / 300)
    assert back.handedness == "Right" and back.score == pytest.approx(0.8)


def test_cut_crop_pads_past_the_frame_edge() -> None:
    img = np.full((100, 100, 3), 7, dtype=np.uint8)
    crop = cut_crop(img, HandCrop(0, R_WRIST, -50.0, -50.0, 100.0), 128)
    assert crop.shape == (128, 128, 3) and int(crop.min()) == 7


def test_pick_crop_hand_takes_the_hand_at_the_crop_wrist() -> None:
    pose = _pose(ARMS)
    box = HandCrop(0, L_WRIST, 450.0, 500.0, 400.0)
    mine, other = _hand((0.66, 0.70)), _hand((0.40, 0.70))
    assert pick_crop_hand([other, mine], pose, box, 1000, 1000) is mine
    assert pick_crop_hand([_hand((0.95, 0.1))], pose, box, 1000, 1000, max_offset=0.5) is None
    assert pick_crop_hand([], pose, box, 1000, 1000) is None


def test_dedupe_drops_hands_found_twice() -> None:
    first = _hand((0.5, 0.5), palm=0.05)
    same = _hand((0.51, 0.5), palm=0.05)
    far = _hand((0.7, 0.5), palm=0.05)
    assert dedupe_hands([first], [same, far], 1000, 1000) == (far,)
    assert dedupe_hands([], [same, _hand((0.512, 0.5))], 1000, 1000) == (same,)


def test_wrist_matching_gives_each_wrist_one_hand() -> None:
    pose = _pose(ARMS)
    hands = [_hand((0.36, 0.70)), _hand((0.64, 0.71)), _hand((0.1, 0.1))]
    triples = sorted(match_hands_to_wrists([pose], hands))
    assert triples == [(0, L_WRIST, 1), (0, R_WRIST, 0)]
    persons = assemble_persons(RawResults((pose,), (), tuple(hands)), 1000, 1000)
    assert len(persons) == 1 and len(persons[0].hands) == 2


def test_config_rejects_unknown_crop_mode() -> None:
    with pytest.raises(ValueError):
        PerceptionConfig(hand_crops="sometimes")


def _hand_photos(shared_data, n: int) -> list:
    rows = [r for r in csv.DictReader(open(shared_data / "index.csv", encoding="utf-8"))
            if r["task"] == "arm_posture" and r["label"] in ("phone_to_ear", "chin_on_hand", "arms_hanging")]
    return [shared_data / r["path"] for r in rows[:n]]


def test_crop_pass_finds_more_hands_on_real_photos(shared_data, models_ready) -> None:
    """On real photos with visible hands the crop pass adds hands and never loses one."""
    paths = _hand_photos(shared_data, 24)
    counts = {}
    for mode in ("off", "stills"):
        total = 0
        with Perception(PerceptionConfig(hand_crops=mode), mode="image", use_face=False) as perc:
            for p in paths:
                res = perc.process(read_image(p))
                total += sum(len(x.hands) for x in res.persons)
                for x in res.persons:
                    for h in x.hands:
                        assert h.image.shape == (21, 3)
                        assert np.all(h.image[:, :2] > -0.5) and np.all(h.image[:, :2] < 1.5)
        counts[mode] = total
    assert counts["stills"] > counts["off"]


def test_stills_mode_leaves_video_alone(models_ready) -> None:
    """'stills' runs no crop pass in video mode; 'always' does."""
    with Perception(PerceptionConfig(hand_crops="stills"), mode="video", use_face=False) as perc:
        assert not perc.hand_crops_active
    with Perception(PerceptionConfig(hand_crops="always"), mode="video", use_face=False) as perc:
        assert perc.hand_crops_active
    with Perception(PerceptionConfig(hand_crops="stills"), mode="image", use_face=False) as perc:
        assert perc.hand_crops_active
    with Perception(PerceptionConfig(hand_crops="off"), mode="image", use_face=False) as perc:
        assert not perc.hand_crops_active
