"""The body-posture class (upright, slouched, head down...) and all posture measures of a person."""

from __future__ import annotations

import numpy as np

from inspector.learned.model import usable_classifier
from inspector.posture.base import (L_SHOULDER, NOSE, R_SHOULDER, PostureConfig, PostureFeatures, image_aspect, iso,
                                    neck_height, neck_ratio, ramp, shoulder_tilt, stance, trunk_lean_forward,
                                    trunk_lean_side, vis_conf)
from inspector.posture.geometry import UNSET, ArmGeometry, Unset, arm_geometry
from inspector.posture.learned import body_feature_names, body_vector
from inspector.posture.scores import arm_scores
from inspector.types import BodyPosture, PersonObservation, Stance

# --- body posture -----------------------------------------------------------------------------

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

    learned_head = _learned_head_down(person, geo, cfg)
    if learned_head is not None and learned_head[0] is BodyPosture.HEAD_DOWN_ON_DESK:
        return learned_head

    # Head down on the desk: the head sinks to shoulder height or lower (the rules' own test, used
    # when no learned model decides it).
    if learned_head is None and neck is not None and head_seen > 0 and upper > 0:
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

    if cfg.body_classifier == "learned" and learned_head is not None:
        return learned_head

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


def _learned_head_down(person: PersonObservation, geo: ArmGeometry | None,
                       cfg: PostureConfig) -> tuple[BodyPosture, float] | None:
    """The learned model's answer when it decides head-down-on-desk (modes 'learned' and
    'head_down_learned'); None when the rules decide it (mode 'rules', or no usable model or vector)."""
    if cfg.body_classifier == "rules":
        return None
    return _classify_learned(person, geo)


def _classify_learned(person: PersonObservation, geo: ArmGeometry | None) -> tuple[BodyPosture, float] | None:
    """The learned body classifier's class and calibrated probability; None when it cannot be used
    (the rules answer then) or too little of the person is seen."""
    clf = usable_classifier("body_posture", body_feature_names())
    v = body_vector(person, geo) if clf is not None else None
    if clf is None or v is None:
        return None
    cls, prob = clf.predict(v)
    return BodyPosture(cls), prob


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
