"""The learned tasks: for each, the vector a person gives, its classes and its classifier's name.

A task's vector is ``None`` when too little of the person is visible for it (no pose, no face, no
blendshapes): the product then answers ``unknown`` (or falls back to its rules), and training and
validation leave that image out and count it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from inspector.expression import face_feature_names, person_face_vector
from inspector.face import FaceConfig, classify_measures, eyes_closed_value, face_measures
from inspector.learned.dataset import LABELS
from inspector.posture import PostureConfig, classify_arms, classify_body
from inspector.posture.learned import arm_vector, body_feature_names, body_vector, feature_names, mirror_person
from inspector.types import PersonObservation

def rules_expression(person: PersonObservation) -> str:
    """The hand-made expression rule's class (``unknown`` without a usable face)."""
    if person.face is None:
        return "unknown"
    w, h = person.frame_size
    m = face_measures(person.face, max(w, 1), max(h, 1), FaceConfig())
    return classify_measures(m.smile, m.brow_knit, FaceConfig())[0].value


def rules_eyes(person: PersonObservation) -> str:
    """Eyes closed when the blink blendshapes exceed the sleeping rule's threshold (0.7)."""
    if person.face is None:
        return "unknown"
    v = eyes_closed_value(person.face)
    return "unknown" if v is None else ("eyes_closed" if v > 0.7 else "eyes_open")


def rules_arms(person: PersonObservation) -> str:
    """The hand-made arm rules' class."""
    return classify_arms(person, PostureConfig(arm_classifier="rules"))[0].value


def rules_body(person: PersonObservation) -> str:
    """The hand-made body rules' class."""
    return classify_body(person, PostureConfig(body_classifier="rules"))[0].value


@dataclass(frozen=True)
class Task:
    """One learned task.

    Attributes:
        name: The corpus task (and the classifier's manifest name).
        classes: Its class names, as the corpus labels them and the product reports them.
        vector: The vector of one person, or None when too little is visible.
        feature_names: Names of the vector's entries.
        description: What the task decides.
        rules: The hand-made rules' answer for one person, for comparison.
    """

    name: str
    classes: tuple[str, ...]
    vector: Callable[[PersonObservation], np.ndarray | None]
    feature_names: tuple[str, ...]
    description: str
    rules: Callable[[PersonObservation], str]

    def mirrored_vector(self, person: PersonObservation) -> np.ndarray | None:
        """The vector of the person's mirror image (equal to :attr:`vector` for a mirror-invariant task)."""
        return self.vector(mirror_person(person))


TASKS: dict[str, Task] = {t.name: t for t in (
    Task("face_expression", LABELS["face_expression"], person_face_vector, face_feature_names(),
         "smiling, neutral or frowning, from the face's blendshapes", rules_expression),
    Task("eyes", LABELS["eyes"], person_face_vector, face_feature_names(),
         "eyes open or closed, from the face's blendshapes", rules_eyes),
    Task("arm_posture", LABELS["arm_posture"], arm_vector, feature_names(True),
         "what both arms do, from the pose (and hand) landmarks", rules_arms),
    Task("body_posture", LABELS["body_posture"], body_vector, body_feature_names(),
         "trunk and head posture, standing or sitting, from the pose landmarks", rules_body),
)}
"""Every learned task by name."""
