"""Still-image classification: each person's features and classes, as JSON-ready records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from inspector.pipeline import Pipeline
from inspector.sources import SourceError, read_image
from inspector.types import FrameResult, Labels, PersonObservation


@dataclass(frozen=True)
class ImageResult:
    """Outcome for one image: the analysed result, or the error that prevented it."""

    path: str
    result: FrameResult | None
    error: str | None = None


def person_record(p: PersonObservation) -> dict:
    """The JSON object of one person (``id``, ``bbox``, ``labels``, ``features``, ``confidence``)."""
    lab = p.labels or Labels()
    feats = p.features.as_dict() if p.features else {}
    conf = p.features.confidences() if p.features else {}
    conf.update({"arm_posture": round(lab.arm_confidence, 4), "body_posture": round(lab.body_confidence, 4),
                 "face_expression": round(lab.face_confidence, 4), "badge": round(lab.badge_confidence, 4)})
    return {
        "id": p.track_id,
        "bbox": [round(float(v), 1) for v in p.bbox],
        "labels": {"arm_posture": lab.arm_posture.value, "body_posture": lab.body_posture.value,
                   "face_expression": lab.face_expression.value, "badge": lab.badge.value},
        "features": feats,
        "confidence": conf,
    }


def image_record(r: ImageResult) -> dict:
    """The JSON line of one image."""
    if r.result is None:
        return {"path": r.path, "persons": [], "error": r.error}
    return {"path": r.path, "persons": [person_record(p) for p in r.result.persons]}


def classify_paths(paths: Iterable[Path], pipeline: Pipeline) -> Iterator[ImageResult]:
    """Classifies images one by one; unreadable files give an error result and the run goes on."""
    for i, path in enumerate(paths):
        try:
            frame = read_image(path)
        except SourceError as e:
            yield ImageResult(str(path), None, str(e))
            continue
        from dataclasses import replace

        yield ImageResult(str(path), pipeline.process(replace(frame, index=i, timestamp_ms=i)))


def subject(result: FrameResult | None) -> PersonObservation | None:
    """The subject of a photo: the largest person (persons come largest first)."""
    if result is None or not result.persons:
        return None
    return result.persons[0]
