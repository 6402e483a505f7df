"""Arm geometry of one person: each side's joints in shoulder widths, hands and the face frame."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from inspector.posture.base import (FACE_CHIN, FACE_FOREHEAD, FACE_LEFT_CHEEK, FACE_RIGHT_CHEEK, L_EAR, L_ELBOW, L_HIP,
                                    L_INDEX, L_PINKY, L_SHOULDER, L_THUMB, L_WRIST, MOUTH_L, MOUTH_R, NOSE, R_EAR,
                                    R_ELBOW, R_HIP, R_INDEX, R_PINKY, R_SHOULDER, R_THUMB, R_WRIST, angle, facing_away, image_aspect,
                                    iso, ramp, world_points)
from inspector.types import PersonObservation, PoseLandmarks

# --- arm geometry -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ArmSide:
    """Body-size-normalised geometry of one arm.

    Attributes:
        level: Wrist height along the torso (0 shoulders, 1 hips, < 0 above the shoulders).
        wrist_out: Wrist distance from the body midline toward its own side (shoulder widths; < 0 crossed over).
        elbow_out: Elbow distance from the midline toward its own side (shoulder widths).
        forward: Wrist distance in front of the shoulders (shoulder widths; > 0 toward the camera).
        elbow_angle: Shoulder-elbow-wrist angle, degrees (180 straight).
        to_other_elbow: Wrist distance to the other arm's elbow (shoulder widths).
        ear_gap: Nearest hand point to either ear, image plane (shoulder widths).
        chin_gap: Nearest hand point to the chin, image plane (shoulder widths).
        wrist_visibility: Visibility of the wrist.
        face_pos: Centre of this side's detected hand in the face frame ((|x| in half face widths from the
            face centre, y in half face heights, > 0 downward)), or None without a face mesh or hand landmarks.
        hand_level: Height of the centre of this side's detected hand along the image torso (0 shoulders,
            1 hips), or None without hand landmarks.
        hand_out: Distance of that centre from the body midline (image, shoulder widths), or None.
        face_hand_top: Height in the face frame (as ``face_pos``' y) of the highest point of this side's
            detected hand, or None without a face frame or hand landmarks.
        face_hand_wrist: Height in the face frame of that hand's wrist, or None.
        confidence: Landmark confidence of this arm (shoulder, elbow, wrist).
    """

    level: float
    wrist_out: float
    elbow_out: float
    forward: float
    elbow_angle: float
    to_other_elbow: float
    ear_gap: float
    chin_gap: float
    wrist_visibility: float
    confidence: float
    face_pos: tuple[float, float] | None = None
    hand_level: float | None = None
    hand_out: float | None = None
    face_hand_top: float | None = None
    face_hand_wrist: float | None = None


@dataclass(frozen=True)
class ArmGeometry:
    """Both arms plus whole-person cues.

    Attributes:
        sides: The subject's left and right arm.
        hand_gap: Distance between the wrists (shoulder widths, 3-D).
        head_pitch: Nose drop below the ear line in ear widths (> 0.2 roughly: looking down).
        confidence: Confidence of the shoulders (the frame of reference).
        facing_away: In [0, 1], 1 when the subject's left shoulder is on the image left, i.e. the
            person shows the camera their back.
    """

    sides: tuple[ArmSide, ArmSide]
    hand_gap: float
    head_pitch: float
    confidence: float
    facing_away: float = 0.0


def _hand_points(person: PersonObservation, wrist: int, other_wrist: int, finger_idx: tuple[int, ...],
                 aspect: float) -> np.ndarray:
    """Isotropic image points of one hand: the pose wrist and finger points plus the landmarks of
    every matched hand whose wrist lies nearer this pose wrist than the other one."""
    pose = person.pose
    assert pose is not None
    own = iso(pose.image[[wrist, *finger_idx]], aspect)
    other = iso(pose.image[other_wrist], aspect)
    pts = [own]
    for h in person.hands:
        hp = iso(h.image, aspect)
        if float(np.linalg.norm(hp[0] - own[0])) <= float(np.linalg.norm(hp[0] - other)):
            pts.append(hp)
    return np.concatenate(pts, axis=0)


def _side_hands(person: PersonObservation, wrist: int, other_wrist: int, aspect: float) -> np.ndarray | None:
    """Isotropic image points (n, 2) of the detected hands (hand landmarks) matched to one pose wrist:
    those whose wrist lies nearer this pose wrist than the other one; None when there are none."""
    pose = person.pose
    assert pose is not None
    own = iso(pose.image[wrist], aspect)
    other = iso(pose.image[other_wrist], aspect)
    pts = []
    for h in person.hands:
        hp = iso(h.image, aspect)
        if float(np.linalg.norm(hp[0] - own)) <= float(np.linalg.norm(hp[0] - other)):
            pts.append(hp)
    return np.concatenate(pts, axis=0) if pts else None


def face_frame_points(person: PersonObservation, points: np.ndarray, aspect: float) -> np.ndarray | None:
    """``points`` (isotropic image units, (n, 2)) in the face's own frame.

    The frame's origin is midway between forehead (mesh 10) and chin (152); its x axis runs between
    the two face sides (234, 454) and its y axis from forehead to chin, each in half lengths, so the
    face spans about [-1, 1] on both axes whatever its size, roll or distance. Without a face mesh the
    frame is estimated from the pose's head points (:func:`pose_face_frame`).

    Returns:
        (n, 2) points, x signed, y > 0 toward the chin; None without a usable face frame.
    """
    face = person.face
    if face is None or len(face.image) <= max(FACE_CHIN, FACE_RIGHT_CHEEK):
        frame = pose_face_frame(person.pose, aspect) if person.pose is not None else None
        if frame is None:
            return None
        centre, axes = frame
    else:
        f = iso(face.image, aspect)
        centre = (f[FACE_FOREHEAD] + f[FACE_CHIN]) / 2
        axes = np.stack([(f[FACE_RIGHT_CHEEK] - f[FACE_LEFT_CHEEK]) / 2, (f[FACE_CHIN] - f[FACE_FOREHEAD]) / 2], axis=1)
    if abs(float(np.linalg.det(axes))) < 1e-10:
        return None
    return np.linalg.solve(axes, (np.atleast_2d(points) - centre).T).T


def face_frame_position(person: PersonObservation, points: np.ndarray, aspect: float) -> tuple[float, float] | None:
    """Centre of ``points`` (isotropic image units) in the face's own frame (:func:`face_frame_points`).

    A phone at the ear lies beside the face (|x| > 1, y near 0); a hand under the chin lies under it
    (|x| < 1, y > 1).

    Returns:
        (|x|, y) with y > 0 toward the chin, or None without a usable face frame.
    """
    local = face_frame_points(person, np.atleast_2d(points).mean(axis=0), aspect)
    if local is None:
        return None
    return float(abs(local[0, 0])), float(local[0, 1])


def pose_face_frame(pose: PoseLandmarks, aspect: float, min_visibility: float = 0.5,
                    height_per_eye_mouth: float = 1.15,
                    min_width_ratio: float = 0.7) -> tuple[np.ndarray, np.ndarray] | None:
    """A face frame like the face mesh's, estimated from the pose's head points (no face mesh).

    When a hand covers the face the face landmarker often finds nothing, while the pose still
    places eyes, mouth and ears. The centre is midway between the eye line and the mouth (about the
    nose, as the mesh's forehead-to-chin midpoint); the half height is ``height_per_eye_mouth`` times
    the eye-to-mouth distance along the same direction; the half width is half the ear-to-ear
    vector, at least ``min_width_ratio`` half heights (turned heads bring the ears together).

    Returns:
        (centre (2,), axes (2, 2) with the x and y half axes as columns) in isotropic image units,
        or None when the eyes or the mouth are not seen.
    """
    pts = pose.image
    if float(np.min(pts[[2, 5, MOUTH_L, MOUTH_R], 3])) < min_visibility:
        return None
    img = iso(pts, aspect)
    eyes = (img[2] + img[5]) / 2
    mouth = (img[MOUTH_L] + img[MOUTH_R]) / 2
    down = (mouth - eyes) * height_per_eye_mouth
    half_h = float(np.linalg.norm(down))
    if half_h < 1e-6:
        return None
    across = (img[R_EAR] - img[L_EAR]) / 2
    # Keep the x axis perpendicular to the face's vertical, pointing the way the ears go.
    perp = np.array([-down[1], down[0]]) / half_h
    if float(perp @ across) < 0:
        perp = -perp
    half_w = max(abs(float(perp @ across)), min_width_ratio * half_h)
    return (eyes + mouth) / 2, np.stack([perp * half_w, down], axis=1)


def _face_points(person: PersonObservation, aspect: float) -> tuple[np.ndarray, np.ndarray]:
    """(ears (2, 2), chin (2,)) in isotropic image units, from the face mesh when present."""
    pose = person.pose
    assert pose is not None
    img = iso(pose.image, aspect)
    ears = img[[L_EAR, R_EAR]]
    mouth = (img[MOUTH_L] + img[MOUTH_R]) / 2
    chin = mouth + 0.8 * (mouth - img[NOSE])
    if person.face is not None and len(person.face.image) > FACE_CHIN:
        f = iso(person.face.image, aspect)
        chin = f[FACE_CHIN]
    return ears, chin


class Unset:
    """Type of :data:`UNSET`."""


UNSET = Unset()
"""Marks an optional precomputed argument as not given (None is a valid value for it)."""


def arm_geometry(person: PersonObservation) -> ArmGeometry | None:
    """Normalised arm geometry of the person, or None without pose landmarks."""
    pose = person.pose
    if pose is None:
        return None
    w = world_points(pose)
    sw = max(float(np.linalg.norm(w[L_SHOULDER] - w[R_SHOULDER])), 1e-3)
    smid = (w[L_SHOULDER] + w[R_SHOULDER]) / 2
    hmid = (w[L_HIP] + w[R_HIP]) / 2
    torso = max(float(np.linalg.norm(smid - hmid)), 0.5 * sw)
    aspect = image_aspect(person)
    img = iso(pose.image, aspect)
    sw_img = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])),
                 0.6 * float(np.linalg.norm((img[L_SHOULDER] + img[R_SHOULDER]) / 2 - (img[L_HIP] + img[R_HIP]) / 2)),
                 1e-4)
    ears, chin = _face_points(person, aspect)
    smid_img = (img[L_SHOULDER] + img[R_SHOULDER]) / 2
    torso_img = max(float(((img[L_HIP, 1] + img[R_HIP, 1]) - (img[L_SHOULDER, 1] + img[R_SHOULDER, 1])) / 2), 0.5 * sw_img)
    sides = []
    for sh, other_sh, el, other_el, wr, other_wr, fingers in (
            (L_SHOULDER, R_SHOULDER, L_ELBOW, R_ELBOW, L_WRIST, R_WRIST, (L_PINKY, L_INDEX, L_THUMB)),
            (R_SHOULDER, L_SHOULDER, R_ELBOW, L_ELBOW, R_WRIST, L_WRIST, (R_PINKY, R_INDEX, R_THUMB))):
        out_dir = 1.0 if w[sh, 0] >= w[other_sh, 0] else -1.0
        hand = _hand_points(person, wr, other_wr, fingers, aspect)
        ear_gap = float(min(np.linalg.norm(hand - e, axis=1).min() for e in ears)) / sw_img
        chin_gap = float(np.linalg.norm(hand - chin, axis=1).min()) / sw_img
        detected = _side_hands(person, wr, other_wr, aspect)
        face_pos = hand_level = hand_out = hand_top = hand_wrist = None
        if detected is not None:
            face_pos = face_frame_position(person, detected, aspect)
            local = face_frame_points(person, detected, aspect)
            if local is not None:
                hand_top = float(local[:, 1].min())
                hand_wrist = float(local[::21, 1].max())  # each hand's landmark 0 is its wrist
            centre = detected.mean(axis=0)
            hand_level = float((centre[1] - smid_img[1]) / torso_img)
            hand_out = float(abs(centre[0] - smid_img[0]) / sw_img)
        sides.append(ArmSide(
            level=float((w[wr, 1] - smid[1]) / torso),
            wrist_out=float((w[wr, 0] - smid[0]) * out_dir / sw),
            elbow_out=float((w[el, 0] - smid[0]) * out_dir / sw),
            forward=float((smid[2] - w[wr, 2]) / sw),
            elbow_angle=angle(w[sh], w[el], w[wr]),
            to_other_elbow=float(np.linalg.norm(w[wr] - w[other_el]) / sw),
            ear_gap=ear_gap,
            chin_gap=chin_gap,
            wrist_visibility=float(pose.image[wr, 3]),
            confidence=float(np.min(pose.image[[sh, el], 3])),
            face_pos=face_pos,
            hand_level=hand_level,
            hand_out=hand_out,
            face_hand_top=hand_top,
            face_hand_wrist=hand_wrist,
        ))
    ew = max(float(np.linalg.norm(img[L_EAR] - img[R_EAR])), 1e-4)
    head_pitch = float((img[NOSE, 1] - (img[L_EAR, 1] + img[R_EAR, 1]) / 2) / ew)
    return ArmGeometry(
        sides=(sides[0], sides[1]),
        hand_gap=float(np.linalg.norm(w[L_WRIST] - w[R_WRIST]) / sw),
        head_pitch=head_pitch,
        confidence=float(np.min(pose.image[[L_SHOULDER, R_SHOULDER], 3])),
        facing_away=facing_away(person),
    )


