"""The arm-posture class: the rules' scores, or the learned model when configured."""

from __future__ import annotations

import numpy as np

from inspector.learned.model import usable_classifier
from inspector.posture.base import L_ELBOW, L_SHOULDER, R_ELBOW, R_SHOULDER, PostureConfig, ramp, vis_conf
from inspector.posture.geometry import UNSET, ArmGeometry, Unset, arm_geometry
from inspector.posture.learned import arm_vector, feature_names
from inspector.posture.scores import arm_scores, held_up
from inspector.types import ArmPosture, PersonObservation

def _elbows_optional(best: ArmPosture, top: float, geo: ArmGeometry, cfg: PostureConfig) -> bool:
    """Whether the class's score rests on where a hand is rather than on the arm's shape.

    A hand at the ear or under the chin, and a detected hand (hand landmarks) held up in front of the
    chest, are seen directly; the elbows, often hidden by a desk or cut by the frame, add nothing.
    """
    if best in (ArmPosture.PHONE_TO_EAR, ArmPosture.CHIN_ON_HAND):
        return True
    if best is ArmPosture.LOOKING_AT_PHONE:
        return 0.9 * max(held_up(s, cfg) for s in geo.sides) >= top - 1e-9
    return False


def classify_arms(person: PersonObservation, cfg: PostureConfig,
                  geo: ArmGeometry | None | Unset = UNSET) -> tuple[ArmPosture, float, tuple[tuple[str, float], ...]]:
    """Arm posture class of one person.

    Args:
        person: The person.
        cfg: Thresholds.
        geo: The person's :func:`arm_geometry`, when the caller has it already.

    Returns:
        (class, confidence, scores) where scores holds every class's score rounded to 4 places.
        UNKNOWN when there is no pose, the shoulders are hidden, or no class scores well enough.
    """
    geo = arm_geometry(person) if geo is UNSET else geo
    if geo is None:
        return ArmPosture.UNKNOWN, 0.0, ()
    if cfg.arm_classifier == "learned":
        learned = _classify_learned(person, geo, cfg)
        if learned is not None:
            return learned
    scores = arm_scores(geo, cfg)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1]
    pose = person.pose
    assert pose is not None
    # Landmark confidence: shoulders and elbows must be seen; wrists are optional for the classes
    # that hide them (pockets, behind the back), elbows for those a hand's place decides.
    lm = vis_conf(pose, (L_SHOULDER, R_SHOULDER), cfg)
    lm *= 1.0 if _elbows_optional(best, top, geo, cfg) else 0.5 + 0.5 * vis_conf(pose, (L_ELBOW, R_ELBOW), cfg)
    margin = 0.5 + 0.5 * ramp(top - second, 0.0, 0.3)
    conf = float(top * lm * margin)
    table = tuple((k.value, round(float(v), 4)) for k, v in scores.items())
    if conf < cfg.min_arm_confidence:
        return ArmPosture.UNKNOWN, conf, table
    return best, conf, table


def _classify_learned(person: PersonObservation, geo: ArmGeometry,
                      cfg: PostureConfig) -> tuple[ArmPosture, float, tuple[tuple[str, float], ...]] | None:
    """The learned classifier's answer (calibrated probability as confidence), or None when its file
    cannot be used (the rules answer then, after one logged warning)."""
    clf = usable_classifier("arm_posture", feature_names(True))
    v = arm_vector(person, geo) if clf is not None else None
    if clf is None:
        return None
    if v is None:
        return ArmPosture.UNKNOWN, 0.0, ()
    p = clf.probabilities(v)[0]
    best = int(np.argmax(p))
    table = tuple((c, round(float(x), 4)) for c, x in zip(clf.classes, p))
    return ArmPosture(clf.classes[best]), float(p[best]), table
