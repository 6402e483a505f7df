"""The body-posture class (upright, slouched, head down...) and all posture measures of a person."""

from __future__ import annotations

import numpy as np

from inspector.posture.base import (L_EAR, L_SHOULDER, MOUTH_L, MOUTH_R, NOSE, R_EAR, R_SHOULDER, PostureConfig,
                                    PostureFeatures, image_aspect, iso, ramp, shoulder_tilt, stance, trunk_lean_forward,
                                    trunk_lean_side, vis_conf)
from inspector.posture.geometry import UNSET, ArmGeometry, Unset, arm_geometry
from inspector.posture.scores import arm_scores
from inspector.types import BodyPosture, Measure, PersonObservation, Stance

# --- body posture -----------------------------------------------------------------------------

def neck_height(person: PersonObservation) -> Measure | None:
    """Shoulder line below the ear line in the image, in ear-to-ear widths.

    Slouching pushes the head forward and down between the shoulders, which shortens this height;
    lying with the head on the desk makes it near zero or negative.
    """
    pose = person.pose
    if pose is None:
        return None
    img = iso(pose.image, image_aspect(person))
    ear_w = float(np.linalg.norm(img[L_EAR] - img[R_EAR]))
    if ear_w < 1e-4:
        return Measure(0.0, 0.0)
    ear_y = (img[L_EAR, 1] + img[R_EAR, 1]) / 2
    sh_y = (img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2
    v = float(np.min(pose.image[[L_EAR, R_EAR, L_SHOULDER, R_SHOULDER], 3]))
    return Measure(float((sh_y - ear_y) / ear_w), v)


def neck_ratio(person: PersonObservation) -> Measure | None:
    """Shoulder line below the ear line over the eye-to-mouth height, both vertical image distances.

    Only vertical distances are used, so the ratio does not depend on the frame aspect or the distance
    to the camera; a slouch pushes the head forward and down and shortens it.
    """
    pose = person.pose
    if pose is None:
        return None
    img = pose.image
    eye_y = (img[2, 1] + img[5, 1]) / 2
    mouth_y = (img[MOUTH_L, 1] + img[MOUTH_R, 1]) / 2
    face_h = float(mouth_y - eye_y)
    v = float(np.min(img[[L_EAR, R_EAR, L_SHOULDER, R_SHOULDER, 2, 5, MOUTH_L, MOUTH_R], 3]))
    if face_h < 1e-4:
        return Measure(0.0, 0.0)
    ear_y = (img[L_EAR, 1] + img[R_EAR, 1]) / 2
    sh_y = (img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2
    return Measure(float((sh_y - ear_y) / face_h), v)


def classify_body(person: PersonObservation, cfg: PostureConfig,
                  geo: ArmGeometry | None | Unset = UNSET) -> tuple[BodyPosture, float]:
    """Whole-body posture class of one person (``geo``: its :func:`arm_geometry` when the caller
    has it already).

    Returns:
        (class, confidence); UNKNOWN when the head and shoulders are not seen well enough.
    """
    pose = person.pose
    if pose is None:
        return BodyPosture.UNKNOWN, 0.0
    upper = vis_conf(pose, (L_SHOULDER, R_SHOULDER), cfg)
    neck = neck_height(person)
    st, st_conf = stance(person, cfg)
    if st is Stance.UNKNOWN and cfg.assumed_stance is not Stance.UNKNOWN:
        st, st_conf = cfg.assumed_stance, cfg.assumed_stance_confidence
    fwd = trunk_lean_forward(person, cfg)
    side = trunk_lean_side(person, cfg)
    head_seen = vis_conf(pose, (NOSE,), cfg)
    geo = arm_geometry(person) if geo is UNSET else geo

    # Head down on the desk: the head sinks to shoulder height or lower.
    if neck is not None and head_seen > 0 and upper > 0:
        down = ramp(neck.value, cfg.head_down_max_neck + 0.3, cfg.head_down_max_neck - 0.2)
        img = iso(pose.image, image_aspect(person))
        sw_img = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])), 1e-4)
        nose_above = float(((img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2 - img[NOSE, 1]) / sw_img)
        down = max(down, ramp(nose_above, cfg.head_down_max_nose_above + 0.1, cfg.head_down_max_nose_above - 0.1))
        if down >= 0.5:
            return BodyPosture.HEAD_DOWN_ON_DESK, float(down * upper)

    # Leaning on the counter: trunk far forward with forearms reaching onto a surface.
    if fwd is not None and geo is not None and fwd.confidence > 0:
        reach = max(s.forward for s in geo.sides)
        lean = ramp(fwd.value, cfg.counter_lean_deg - 10, cfg.counter_lean_deg) * ramp(reach, cfg.counter_min_forward - 0.2, cfg.counter_min_forward)
        if lean >= 0.5:
            return BodyPosture.LEANING_ON_COUNTER, float(lean * fwd.confidence * upper)

    if st is Stance.STANDING:
        lean_f = 0.0 if fwd is None else ramp(abs(fwd.value), cfg.lean_forward_deg - 10, cfg.lean_forward_deg + 5) * fwd.confidence
        lean_s = 0.0 if side is None else ramp(abs(side.value), cfg.lean_side_deg - 4, cfg.lean_side_deg + 4) * side.confidence
        lean = max(lean_f, lean_s)
        if lean >= 0.5:
            return BodyPosture.STANDING_LEANING, float(lean * st_conf)
        return BodyPosture.STANDING_UPRIGHT, float((1 - lean) * st_conf)

    if st is Stance.SITTING:
        ratio = neck_ratio(person)
        if ratio is None or ratio.confidence < cfg.hidden_visibility:
            return BodyPosture.UNKNOWN, 0.0
        neck = ratio
        margin = (ratio.value - cfg.upright_min_neck) / cfg.neck_softness
        strength = float(np.clip(0.5 + 0.5 * abs(margin), 0.5, 1.0))
        conf = strength * ramp(neck.confidence, cfg.hidden_visibility, cfg.min_visibility) * upper * max(st_conf, 0.5)
        if conf < cfg.min_body_confidence:
            return BodyPosture.UNKNOWN, float(conf)
        return (BodyPosture.SITTING_UPRIGHT if margin >= 0 else BodyPosture.SITTING_SLOUCHED), float(conf)
    return BodyPosture.UNKNOWN, 0.0


def posture_features(person: PersonObservation, cfg: PostureConfig,
                     geo: ArmGeometry | None | Unset = UNSET) -> PostureFeatures:
    """All posture measures of one person, for the feature stage (``geo``: its :func:`arm_geometry`
    when the caller has it already)."""
    st, st_conf = stance(person, cfg)
    geo = arm_geometry(person) if geo is UNSET else geo
    scores: tuple[tuple[str, float], ...] = ()
    if geo is not None:
        scores = tuple((k.value, round(float(v), 4)) for k, v in arm_scores(geo, cfg).items())
    return PostureFeatures(
        stance=st,
        stance_confidence=float(st_conf),
        trunk_lean_forward=trunk_lean_forward(person, cfg),
        trunk_lean_side=trunk_lean_side(person, cfg),
        shoulder_tilt=shoulder_tilt(person, cfg),
        arm_scores=scores,
    )
