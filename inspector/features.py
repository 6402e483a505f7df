"""The feature stage: per-person measures and classes, with per-track temporal state.

Merges the posture measures (:mod:`inspector.posture`) and the face measures
(:mod:`inspector.face`) into :class:`~inspector.types.Features`, classifies arms, body and
face into :class:`~inspector.types.Labels`, and keeps a short mouth-opening history per
track for the ``talking`` measure.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace

import numpy as np

from inspector.badge import BadgeConfig, BadgeEnrolment, badge_label
from inspector.expression import learned_expression, learned_eyes_closed
from inspector.face import FaceConfig, classify_measures, face_measures, talking_measure
from inspector.posture import PostureConfig, arm_geometry, classify_arms, classify_body, posture_features
from inspector.types import (ArmPosture, Badge, BodyPosture, Features, FrameResult, Labels, Measure,
                             PersonObservation)

_HISTORY_S = 10.0  # upper bound on the mouth history kept per track


class FeatureStage:
    """Fills ``features`` and ``labels`` of every person of a frame result.

    Args:
        posture: Posture measures and classes.
        face: Face measures and the expression class.
        badge: The badge check.
        badge_enrolment: The site's enrolled badge, or None (the generic detector alone).
    """

    def __init__(self, posture: PostureConfig | None = None, face: FaceConfig | None = None,
                 badge: BadgeConfig | None = None, badge_enrolment: BadgeEnrolment | None = None) -> None:
        self.posture = posture or PostureConfig()
        self.face = face or FaceConfig()
        self.badge = badge or BadgeConfig()
        self.badge_enrolment = badge_enrolment
        self._mouth: dict[int, deque[tuple[int, Measure | None]]] = {}
        self._badge: dict[int, tuple[int, Badge, float]] = {}  # track -> (checked at ms, label, confidence)

    def reset(self) -> None:
        """Forgets the per-track history (new source, or unrelated stills)."""
        self._mouth.clear()
        self._badge.clear()

    def describe(self, person: PersonObservation, width: int, height: int, timestamp_ms: int,
                 image: np.ndarray | None = None) -> PersonObservation:
        """Measures and classes of one person (the badge check needs the frame ``image``)."""
        pcfg, fcfg = self.posture, self.face
        kw: dict = {}
        arm, arm_conf = ArmPosture.UNKNOWN, 0.0
        body, body_conf = BodyPosture.UNKNOWN, 0.0
        if person.pose is not None:
            geo = arm_geometry(person)  # once for the three below
            pf = posture_features(person, pcfg, geo)
            kw.update(stance=pf.stance, stance_confidence=pf.stance_confidence,
                      trunk_lean_forward=pf.trunk_lean_forward, trunk_lean_side=pf.trunk_lean_side,
                      shoulder_tilt=pf.shoulder_tilt, arm_scores=pf.arm_scores)
            arm, arm_conf, _ = classify_arms(person, pcfg, geo)
            body, body_conf = classify_body(person, pcfg, geo)
        smile = brow = None
        mouth = None
        if person.face is not None:
            fm = face_measures(person.face, width, height, fcfg)
            kw.update(head_yaw=fm.head_yaw, head_pitch=fm.head_pitch, head_roll=fm.head_roll, smile=fm.smile,
                      brow_knit=fm.brow_knit, mouth_open=fm.mouth_open, eyes_closed=fm.eyes_closed)
            smile, brow, mouth = fm.smile, fm.brow_knit, fm.mouth_open
            if fcfg.eyes_classifier == "learned" and fm.eyes_closed is not None:
                closed = learned_eyes_closed(person.face, width, height)
                if closed is not None:
                    kw["eyes_closed"] = Measure(closed, fm.eyes_closed.confidence)
        expr, expr_conf = classify_measures(smile, brow, fcfg)
        if fcfg.expression_classifier == "learned" and person.face is not None and smile is not None:
            learned = learned_expression(person.face, width, height)
            if learned is not None:
                expr, expr_conf = learned[0], learned[1] * smile.confidence
        if person.track_id >= 0:
            talking = self._talking(person.track_id, timestamp_ms, mouth)
            if talking is not None:
                kw["talking"] = talking
        badge, badge_conf = self._badge_of(person, image, timestamp_ms)
        labels = Labels(arm_posture=arm, arm_confidence=float(arm_conf), body_posture=body,
                        body_confidence=float(body_conf), face_expression=expr, face_confidence=float(expr_conf),
                        badge=badge, badge_confidence=float(badge_conf))
        return replace(person, features=Features(**kw), labels=labels)

    def _badge_of(self, person: PersonObservation, image: np.ndarray | None, ts: int) -> tuple[Badge, float]:
        """The badge check, run at most every ``badge.video_interval_s`` per track (stills: every time)."""
        if image is None or person.pose is None:
            return Badge.UNKNOWN, 0.0
        last = self._badge.get(person.track_id) if person.track_id >= 0 else None
        if last is not None and 0 <= ts - last[0] < self.badge.video_interval_s * 1000:
            return last[1], last[2]
        badge, conf = badge_label(person, image, self.badge, self.badge_enrolment)
        if person.track_id >= 0:
            self._badge[person.track_id] = (ts, badge, float(conf))
        return badge, float(conf)

    def _talking(self, track_id: int, ts: int, mouth: Measure | None) -> Measure | None:
        hist = self._mouth.setdefault(track_id, deque())
        hist.append((ts, mouth))
        while hist and ts - hist[0][0] > _HISTORY_S * 1000:
            hist.popleft()
        if len(hist) < 2:
            return None
        span_s = (hist[-1][0] - hist[0][0]) / 1000.0
        if span_s <= 0:
            return None
        fps = (len(hist) - 1) / span_s
        return talking_measure([m for _, m in hist], fps, self.face)

    def apply(self, result: FrameResult) -> FrameResult:
        """Describes every person of a frame result; drops the history of tracks that ended."""
        f = result.frame
        persons = tuple(self.describe(p, f.width, f.height, f.timestamp_ms, f.image) for p in result.persons)
        live = {p.track_id for p in persons}
        for tid in [t for t in self._mouth if t not in live and f.timestamp_ms - self._mouth[t][-1][0] > 5000]:
            del self._mouth[tid]
        for tid in [t for t in self._badge if t not in live and f.timestamp_ms - self._badge[t][0] > 5000]:
            del self._badge[tid]
        return replace(result, persons=persons)
