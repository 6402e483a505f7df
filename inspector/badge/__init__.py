"""Badge visibility: is a staff badge / ID card / lanyard card worn on the chest?

The package's parts: :mod:`~inspector.badge.chest` (chest geometry and crop),
:mod:`~inspector.badge.cues` (generic lanyard and card evidence), :mod:`~inspector.badge.match`
(the enrolled badge and its search), :mod:`~inspector.badge.assess` (the decision),
:mod:`~inspector.badge.enrolment` (learning the site's badge) and :mod:`~inspector.badge.uniform`
(the site's uniform colour). This module gives their public names.

The chest is located from the pose: a similarity transform maps the two shoulders to fixed
points of a *canonical chest crop* (the subject's right shoulder on the image left, shoulder
line horizontal, half the shoulder width = ``crop_half_shoulder_px`` pixels). In that crop
positions are given in *chest units*: ``u`` across (half shoulder widths from the midline, +u
toward image right) and ``v`` down (half shoulder widths below the shoulder line). The places a
badge is worn are boxes in these units (:data:`PLACES`: left chest, right chest, lanyard card at
the sternum).

Two ways to know a badge:

* **generic** (no enrolment): a lanyard — a narrow band of its own colour running from beside
  the neck down toward the sternum (:func:`lanyard_evidence`) — and/or a card — a small compact
  rectangle standing out from the shirt in one of the places (:func:`card_evidence`). Three cues
  keep look-alikes out: a lanyard has a strand on *both* sides of the neck (a band on one side
  only scores low: bag straps, collar edges); a band counts only by how much more it stands out
  than the same line moved sideways across the shirt (:func:`texture_background`: the stripes of
  a checked shirt repeat, a lanyard does not); and a card must be one of a kind
  (:func:`card_repeats`: the tiles of a check come in rows). Everything is measured in chest
  units (shoulder widths) and the same way on both sides, so it holds for any size and for the
  mirror image;
* **enrolled**: the site's real badge, learnt by :mod:`inspector.badge.enrolment` (colour
  histogram, aspect ratio, ORB features); :func:`enrolled_evidence` looks for it in the crop.
  The generic evidence still counts, so a worn lanyard is never missed because the card is
  turned around.

:func:`assess_badge` first checks that the chest can be judged at all (shoulders seen, person
facing the camera, not side-on, chest large enough, not covered by both hands): when it cannot,
and no badge is seen anyway, the answer is ``unknown`` with the reason. Positive evidence wins
over a poor view (a badge that is seen is there).

:func:`badge_label` is the hook the feature stage calls; it needs the frame image.
"""

from inspector.badge.assess import BadgeAssessment, assess_badge, badge_label, combine_evidence, view_problem
from inspector.badge.chest import PLACES, BadgeConfig, BadgeError, ChestFrame, chest_crop, chest_frame, crop_valid_mask, uv_to_crop
from inspector.badge.cues import CardEvidence, LanyardEvidence, card_evidence, lanyard_evidence, texture_background
from inspector.badge.match import BadgeEnrolment, enrolled_evidence, hs_histogram, orb_features

__all__ = [
    "PLACES", "BadgeAssessment", "BadgeConfig", "BadgeEnrolment", "BadgeError", "CardEvidence", "ChestFrame",
    "LanyardEvidence", "assess_badge", "badge_label", "card_evidence", "chest_crop", "chest_frame", "combine_evidence",
    "crop_valid_mask", "enrolled_evidence", "hs_histogram", "lanyard_evidence", "orb_features", "texture_background",
    "uv_to_crop", "view_problem",
]
