"""Body posture measures and the arm / body posture classifiers.

Its parts: :mod:`~inspector.posture.base` (settings, landmark indices, trunk measures),
:mod:`~inspector.posture.geometry` (arm geometry), :mod:`~inspector.posture.scores` (the rules'
arm scores), :mod:`~inspector.posture.learned` (the vectors of the learned arm and body classifiers),
:mod:`~inspector.posture.arms` (the arm class) and :mod:`~inspector.posture.body` (the body class
and every measure of a person). This module gives their public names.

Pure functions of one :class:`~inspector.types.PersonObservation`. Geometry that must not depend on
the distance to the camera is taken from the 3-D world landmarks (metres, hip-centred) and scaled by
the shoulder width or the torso length; contacts with the face (phone at the ear, chin on the hand) and
the neck height are taken in the image, made isotropic with the frame aspect estimated from the
person's pixel box. Every measure carries a confidence built from the visibility of the landmarks it
needs, so a counter hiding the hips lowers the stance and trunk-lean confidences instead of guessing.

Classification is by hand-made, mirror-symmetric scores (left and right are always treated alike and
the best side wins); all thresholds live in :class:`PostureConfig`. When the face mesh and hand
landmarks are present, a hand at the face is placed in the face's own frame (beside it: phone at the
ear; under it: chin on hand), and a detected hand held up in front of the chest, away from the face,
counts as holding a phone to look at. A person whose back faces the camera (shoulders in mirrored
order) has no measurable head pitch, and low hands near the midline are behind the back.
"""

from inspector.posture.arms import classify_arms
from inspector.posture.base import (PostureConfig, PostureFeatures, facing_away, image_aspect, neck_height, neck_ratio, shoulder_tilt,
                                    stance, trunk_lean_forward, trunk_lean_side)
from inspector.posture.body import classify_body, posture_features
from inspector.posture.geometry import ArmGeometry, ArmSide, arm_geometry, face_frame_position, pose_face_frame
from inspector.posture.scores import arm_scores

__all__ = [
    "ArmGeometry", "ArmSide", "PostureConfig", "PostureFeatures", "arm_geometry", "arm_scores", "classify_arms",
    "classify_body", "face_frame_position", "facing_away", "image_aspect", "neck_height", "neck_ratio", "pose_face_frame",
    "posture_features", "shoulder_tilt", "stance", "trunk_lean_forward", "trunk_lean_side",
]
