"""The perception pipeline: models → persons → tracks → features and classes.

:class:`Pipeline` is the synchronous core used by ``classify``, ``eval``, ``bench`` and
``analyze``. The threaded runner for the live view (capture and inference threads, a bounded
queue that drops frames) lives in :mod:`inspector.live` and reuses it.
"""

from __future__ import annotations

from inspector.config import InspectorConfig
from inspector.features import FeatureStage
from inspector.perception import Mode, Perception
from inspector.tracking import Tracker
from inspector.types import Frame, FrameResult


class Pipeline:
    """Perception, tracking and features for one source.

    Args:
        cfg: Whole configuration.
        mode: ``"video"`` for one stream (tracking on), ``"image"`` for unrelated stills (each image
            on its own; persons numbered 1..n, largest first).
    """

    def __init__(self, cfg: InspectorConfig | None = None, mode: Mode = "video") -> None:
        self.cfg = cfg or InspectorConfig()
        self.mode = mode
        self.perception = Perception(self.cfg.perception, mode)
        self.tracker = Tracker(self.cfg.tracking) if mode == "video" else None
        self.features = FeatureStage(self.cfg)

    def process(self, frame: Frame) -> FrameResult:
        """Runs every stage on one frame."""
        result = self.perception.process(frame)
        if self.tracker is not None:
            result = self.tracker.update(result)
        else:
            from dataclasses import replace

            result = replace(result, persons=tuple(replace(p, track_id=i + 1) for i, p in enumerate(result.persons)))
            self.features.reset()
        return self.features.apply(result)

    def close(self) -> None:
        self.perception.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
