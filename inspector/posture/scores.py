"""Mirror-symmetric hand-made scores of the arm classes, from the arm geometry."""

from __future__ import annotations


from inspector.posture.base import PostureConfig, ramp
from inspector.posture.geometry import ArmGeometry, ArmSide
from inspector.types import ArmPosture

# --- arm class scores -------------------------------------------------------------------------

def _face_contact(s: ArmSide, cfg: PostureConfig) -> tuple[float, float]:
    """(phone-at-ear, hand-at-chin) scores of one raised arm."""
    raised = ramp(s.level, cfg.hand_high_level + 0.25, cfg.hand_high_level - 0.1)
    bent = ramp(s.elbow_angle, 150.0, 110.0)
    near_ear = ramp(s.ear_gap, cfg.face_touch_distance, cfg.face_touch_distance * 0.4)
    near_chin = ramp(s.chin_gap, cfg.face_touch_distance, cfg.face_touch_distance * 0.4)
    # The phone sits at the side of the head (nearer the ear, hand out to the side, at or above the
    # shoulder line); a chin rests on a hand under the face, near the midline. With a face mesh and
    # a detected hand the hand's place in the face's own frame says it directly.
    if s.face_pos is not None:
        fx, fy = s.face_pos
        ear_first = ramp(fx - 0.6 * fy, cfg.face_side_evidence - 0.2, cfg.face_side_evidence + 0.2)
    else:
        side_evidence = (2.0 * (s.chin_gap - s.ear_gap) + 2.0 * (s.wrist_out - cfg.phone_min_wrist_out)
                         + 2.0 * (cfg.phone_max_level - s.level))
        ear_first = ramp(side_evidence, -0.3, 0.3)
    chin_first = 1.0 - ear_first
    phone = raised * bent * near_ear * ear_first
    chin = raised * bent * near_chin * chin_first
    if s.face_hand_wrist is not None and s.face_hand_top is not None:
        # A chin rests on a hand that holds it from below: the hand's wrist lies under the chin and
        # the hand does not rise over the nose and eyes. A hand held up in front of the face (a
        # thumbs-up, a wave, a fist raised past it) has its wrist at the chin or higher.
        chin *= (ramp(s.face_hand_wrist, cfg.chin_min_wrist_below - 0.2, cfg.chin_min_wrist_below)
                 * ramp(s.face_hand_top, cfg.chin_min_hand_top - 0.2, cfg.chin_min_hand_top))
    return phone, chin


def held_up(s: ArmSide, cfg: PostureConfig) -> float:
    """Score of one side's detected hand held up in front of the chest, away from the face."""
    if s.hand_level is None or s.hand_out is None:
        return 0.0
    off_face = ramp(min(s.ear_gap, s.chin_gap), cfg.face_touch_distance, cfg.face_touch_distance * 1.5)
    return (ramp(s.hand_level, -0.1, 0.05) * ramp(s.hand_level, cfg.held_max_level + 0.1, cfg.held_max_level - 0.05)
            * ramp(s.hand_out, cfg.held_max_out + 0.2, cfg.held_max_out) * off_face)


def arm_scores(geo: ArmGeometry, cfg: PostureConfig) -> dict[ArmPosture, float]:
    """Score in [0, 1] of every arm class (UNKNOWN excluded) from the normalised geometry."""
    a, b = geo.sides
    lo = lambda f: min(f(a), f(b))  # noqa: E731 - both arms must agree
    hi = lambda f: max(f(a), f(b))  # noqa: E731 - one arm is enough

    phone_a, chin_a = _face_contact(a, cfg)
    phone_b, chin_b = _face_contact(b, cfg)
    phone = max(phone_a, phone_b)
    chin = max(chin_a, chin_b)

    # Low arms: hanging or in pockets. Hands in pockets sit higher than hanging hands, bend the elbow
    # outward and are often hidden; the evidence decides between the two.
    low_level = lambda s: ramp(s.level, 0.65, 0.8) * ramp(s.level, 1.35, 1.2) * ramp(s.wrist_out, -0.2, 0.0)  # noqa: E731
    low = lo(lambda s: low_level(s)
             * ramp(s.elbow_out, cfg.hips_min_elbow_out + 0.05, cfg.hips_min_elbow_out - 0.1)
             * ramp(s.elbow_angle, cfg.hips_max_elbow_angle - 10, cfg.hips_max_elbow_angle + 5))
    # A hand pushed into a pocket bends the elbow more than a hanging arm; hands on the hips bend it
    # further still and push the elbows out (their own score competes).
    pocket_low = lo(low_level) * ramp((a.elbow_angle + b.elbow_angle) / 2, cfg.pocket_min_elbow_angle - 5, cfg.pocket_min_elbow_angle + 5)
    mean_level = (a.level + b.level) / 2
    bend = (a.elbow_out - a.wrist_out + b.elbow_out - b.wrist_out) / 2
    pocket_evidence = (ramp(mean_level, cfg.pocket_max_level + 0.04, cfg.pocket_max_level - 0.04)
                       + 0.5 * ramp(bend, 0.0, 0.15)
                       + 0.3 * ramp(lo(lambda s: s.wrist_visibility), cfg.pocket_max_wrist_visibility + 0.05, cfg.pocket_max_wrist_visibility - 0.3)) / 1.8
    pockets = max(low, pocket_low) * ramp(pocket_evidence, 0.3, 0.6)
    hanging = low * ramp(pocket_evidence, 0.6, 0.3)

    on_hips = lo(lambda s: ramp(s.elbow_out, cfg.hips_min_elbow_out - 0.12, cfg.hips_min_elbow_out)
                 * ramp(s.elbow_angle, cfg.hips_max_elbow_angle + 15, cfg.hips_max_elbow_angle - 10)
                 * ramp(s.level, 0.3, 0.5) * ramp(s.wrist_out, 0.25, 0.4))

    crossed_side = lambda s: (ramp(s.level, cfg.crossed_max_level + 0.12, cfg.crossed_max_level)  # noqa: E731
                              * ramp(s.to_other_elbow, cfg.crossed_max_wrist_to_elbow + 0.2, cfg.crossed_max_wrist_to_elbow)
                              * max(ramp(s.elbow_angle, 140.0, 120.0),
                                    ramp(-s.wrist_out, cfg.crossed_min_wrist_across - 0.15, cfg.crossed_min_wrist_across)))
    # Both wrists past the midline are crossed forearms whatever the head does; otherwise a bent head
    # over raised forearms is more likely looking at something held.
    both_over = lo(lambda s: ramp(s.wrist_out, 0.0, -0.1))
    crossed = lo(crossed_side) * max(ramp(geo.head_pitch, cfg.head_down_pitch + 0.1, cfg.head_down_pitch - 0.05), both_over)

    together = ramp(geo.hand_gap, cfg.clasped_max_hand_gap + 0.25, cfg.clasped_max_hand_gap)
    low_front = lo(lambda s: ramp(s.level, 0.45, 0.6) * ramp(s.wrist_out, 0.55, 0.4)
                   * ramp(s.wrist_visibility, cfg.behind_max_wrist_visibility, cfg.behind_max_wrist_visibility + 0.2))
    head_level = ramp(geo.head_pitch, cfg.head_down_pitch + 0.1, cfg.head_down_pitch - 0.05)
    clasped = together * low_front * head_level * (1.0 - lo(crossed_side))

    mean_vis = (a.wrist_visibility + b.wrist_visibility) / 2
    behind = (lo(lambda s: ramp(s.level, 0.55, 0.7) * ramp(s.wrist_out, 0.6, 0.4))
              * max(ramp(mean_vis, cfg.behind_max_wrist_visibility + 0.15, cfg.behind_max_wrist_visibility - 0.1),
                    geo.facing_away))

    # Held up in front of the body: a hand lower than ``looking_max_level`` rests on the desk or the lap,
    # as when reading or writing, and says nothing about a phone.
    in_front = hi(lambda s: ramp(s.level, 0.15, 0.3) * ramp(s.level, cfg.looking_max_level + 0.15, cfg.looking_max_level)
                  * ramp(s.wrist_out, 0.6, 0.4))
    # Seen from behind, the nose is guessed and the head pitch means nothing.
    looking = (in_front * ramp(geo.head_pitch, cfg.head_down_pitch - 0.05, cfg.head_down_pitch + 0.05)
               * (1.0 - both_over * lo(crossed_side)) * (1.0 - geo.facing_away))
    # A detected hand held up in front of the chest, away from the face, holds something to look at
    # (the head need not bend: a phone is often raised to the eyes). Crossed arms also raise the hands,
    # so their score vetoes this cue.
    looking = max(looking, 0.9 * hi(lambda s: held_up(s, cfg)) * (1.0 - lo(crossed_side)))
    looking *= 1.0 - max(phone, chin)

    counter = lo(lambda s: ramp(s.forward, cfg.counter_min_forward - 0.15, cfg.counter_min_forward)
                 * ramp(s.level, 0.2, 0.35) * ramp(s.elbow_angle, 160.0, 140.0)) * (1 - together) * head_level

    return {
        ArmPosture.ARMS_HANGING: hanging,
        ArmPosture.HANDS_CLASPED_FRONT: clasped,
        ArmPosture.HANDS_BEHIND_BACK: behind,
        ArmPosture.ARMS_CROSSED: crossed,
        ArmPosture.HANDS_ON_HIPS: on_hips,
        ArmPosture.HANDS_IN_POCKETS: pockets,
        ArmPosture.PHONE_TO_EAR: phone,
        ArmPosture.LOOKING_AT_PHONE: looking,
        ArmPosture.CHIN_ON_HAND: chin,
        ArmPosture.HANDS_ON_COUNTER: counter,
    }


