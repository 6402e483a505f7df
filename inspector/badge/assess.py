"""The badge decision: can the chest be judged, and what the evidence says.

:func:`assess_badge` first checks that the chest can be judged at all (shoulders seen, person
facing the camera, not side-on, chest large enough, not covered by both hands): when it cannot,
and no badge is seen anyway, the answer is ``unknown`` with the reason. Positive evidence wins
over a poor view (a badge that is seen is there). :func:`badge_label` is the hook the feature
stage calls; it needs the frame image.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from inspector.badge.chest import BadgeConfig, BadgeError, ChestFrame, chest_crop, chest_frame, crop_valid_mask
from inspector.badge.cues import CardEvidence, LanyardEvidence, card_evidence, lanyard_evidence
from inspector.badge.match import BadgeEnrolment, enrolled_evidence
from inspector.types import Badge, PersonObservation


@dataclass(frozen=True)
class BadgeAssessment:
    """The badge decision for one person with everything behind it.

    Attributes:
        badge: Visible, not visible, or unknown (cannot tell).
        confidence: Confidence of ``badge`` in [0, 1] (0 for unknown).
        score: Badge score in [0, 1] (max of the generic and enrolled evidence).
        reason: Why the chest cannot be judged ("" when it can); kept even when a badge is seen.
        place: Where the badge was seen ("lanyard", "left_chest", "right_chest"; "" when not seen).
        lanyard: Lanyard evidence, or None when the chest could not be located.
        card: Card evidence, or None.
        enrolled: Enrolled-badge score, or None without an enrolment.
        chest: The chest frame, or None when the shoulders were not found.
    """

    badge: Badge
    confidence: float
    score: float
    reason: str
    place: str
    lanyard: LanyardEvidence | None
    card: CardEvidence | None
    enrolled: float | None
    chest: ChestFrame | None


def _ramp(x: float, lo: float, hi: float) -> float:
    return float(np.clip((x - lo) / (hi - lo), 0.0, 1.0)) if hi != lo else float(x >= hi)


def view_problem(chest: ChestFrame | None, cfg: BadgeConfig) -> str:
    """Why the chest cannot be judged, or "" when it can."""
    if chest is None:
        return "shoulders not visible: the chest cannot be located"
    if not chest.facing_camera:
        return "the person has the back to the camera"
    if chest.facing_ratio < cfg.min_facing_ratio:
        return "the person stands side-on to the camera"
    if chest.shoulder_px < cfg.min_shoulder_px:
        return f"the person is too small in the image (shoulders {chest.shoulder_px:.0f} px < {cfg.min_shoulder_px:.0f} px)"
    if chest.hands_cover:
        return "both hands cover the chest"
    return ""


def combine_evidence(lanyard: LanyardEvidence, card: CardEvidence, enrolled: float | None,
                     cfg: BadgeConfig) -> tuple[float, str]:
    """Badge score in [0, 1] and the place it points to."""
    card_score = card.score if card.place == "lanyard" else cfg.side_card_weight * card.score
    options = [(lanyard.score, "lanyard"), (card_score, card.place or "lanyard")]
    if enrolled is not None:
        options.append((enrolled, card.place or "lanyard"))
    score, place = max(options, key=lambda t: t[0])
    return float(score), place


def assess_badge(person: PersonObservation, image: np.ndarray, cfg: BadgeConfig | None = None,
                 enrolment: "BadgeEnrolment | None" = None) -> BadgeAssessment:
    """Decides whether the person's badge is visible, with its evidence.

    Args:
        person: The person (needs pose landmarks).
        image: The BGR frame the landmarks refer to.
        cfg: Badge settings (defaults when None).
        enrolment: The site's enrolled badge, or None for the generic detector only.

    Raises:
        BadgeError: Image of the wrong shape or unusable landmarks.
    """
    cfg = cfg or BadgeConfig()
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.size == 0:
        raise BadgeError(f"image must be an H x W x 3 BGR array, got shape {getattr(image, 'shape', None)}")
    if person.pose is None:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, 0.0, "no body landmarks for this person", "", None, None, None, None)
    h, w = image.shape[:2]
    chest = chest_frame(person.pose, w, h, cfg)
    problem = view_problem(chest, cfg)
    if chest is None:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, 0.0, problem, "", None, None, None, None)
    crop = chest_crop(image, chest, cfg)
    valid = crop_valid_mask(image.shape, chest, cfg)
    lanyard = lanyard_evidence(crop, valid, cfg)
    card = card_evidence(crop, valid, cfg)
    enrolled = enrolled_evidence(crop, valid, enrolment, cfg) if enrolment is not None else None
    score, place = combine_evidence(lanyard, card, enrolled, cfg)
    strength = 0.5 + 0.5 * min(1.0, abs(score - cfg.yes_threshold) / cfg.decision_margin)
    size = _ramp(chest.shoulder_px, cfg.min_shoulder_px * 0.5, cfg.full_shoulder_px)
    if score >= cfg.yes_threshold:
        conf = strength * max(0.5, size)
        return BadgeAssessment(Badge.YES, float(conf), score, problem, place, lanyard, card, enrolled, chest)
    if problem:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, score, problem, "", lanyard, card, enrolled, chest)
    facing = _ramp(chest.facing_ratio, cfg.min_facing_ratio, 0.8)
    conf = strength * size * max(0.5, facing)
    if conf < cfg.min_confidence:
        return BadgeAssessment(Badge.UNKNOWN, 0.0, score, "evidence too weak to decide", "", lanyard, card,
                               enrolled, chest)
    return BadgeAssessment(Badge.NO, float(conf), score, "", "", lanyard, card, enrolled, chest)


def badge_label(person: PersonObservation, image: np.ndarray, cfg: BadgeConfig | None = None,
                enrolment: "BadgeEnrolment | None" = None) -> tuple[Badge, float]:
    """The badge class of one person and its confidence (the feature stage's hook; needs the frame image)."""
    a = assess_badge(person, image, cfg, enrolment)
    return a.badge, a.confidence
