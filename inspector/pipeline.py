"""The perception pipeline: models → persons → tracks → features and classes.

:class:`Pipeline` is the core used by ``classify``, ``eval``, ``bench`` and ``analyze``:
:meth:`Pipeline.process` runs every stage on one frame; :meth:`Pipeline.stream` runs them on a
sequence of frames with two stages overlapped — the models of the next frame run on a worker
thread while the caller's thread tracks and measures the current one (on 2 cores the models
leave some CPU idle, and tracking, features and the badge check fill it). The threaded runner
for the live view (capture and inference threads, a bounded queue that drops frames) lives in
:mod:`inspector.live` and reuses :meth:`Pipeline.process`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Iterator, Protocol

from inspector.badge import BadgeConfig, BadgeEnrolment
from inspector.config import InspectorConfig
from inspector.face import FaceConfig
from inspector.features import FeatureStage
from inspector.perception import Mode, Perception, PerceptionConfig
from inspector.posture import PostureConfig
from inspector.sources import run_ahead
from inspector.tracking import Tracker, TrackingConfig
from inspector.types import Frame, FrameResult


class PipelineSections(Protocol):
    """The configuration sections the pipeline's stages read (the whole configuration fits)."""

    perception: PerceptionConfig
    tracking: TrackingConfig
    posture: PostureConfig
    face: FaceConfig
    badge: BadgeConfig


class Perceiver(Protocol):
    """What finds the persons in a frame (:class:`~inspector.perception.Perception` fits)."""

    def process(self, frame: Frame) -> FrameResult: ...

    def close(self) -> None: ...


STOP_WAIT_S = 10.0
"""How long closing :meth:`Pipeline.stream` waits for its worker (a camera read or a model call
in progress) before leaving it behind as a daemon thread."""


class Pipeline:
    """Perception, tracking and features for one source.

    Args:
        cfg: The stages' configuration sections (defaults when None); each stage gets its own.
        mode: ``"video"`` for one stream (tracking on), ``"image"`` for unrelated stills (each image
            on its own; persons numbered 1..n, largest first).
        badge_enrolment: The site's enrolled badge for the badge check, or None.
        perception: Models to use instead of building its own (e.g. one model set shared by several
            stations, :mod:`inspector.monitor`); their owner closes them, not :meth:`close`.
    """

    def __init__(self, cfg: PipelineSections | None = None, mode: Mode = "video",
                 badge_enrolment: BadgeEnrolment | None = None, perception: Perceiver | None = None) -> None:
        self.cfg = cfg or InspectorConfig()
        self.mode = mode
        self._owns_perception = perception is None
        self.perception = Perception(self.cfg.perception, mode) if perception is None else perception
        self.tracker = Tracker(self.cfg.tracking) if mode == "video" else None
        self.features = FeatureStage(self.cfg.posture, self.cfg.face, self.cfg.badge, badge_enrolment)

    def process(self, frame: Frame) -> FrameResult:
        """Runs every stage on one frame."""
        return self._track_and_measure(self.perception.process(frame))

    def stream(self, items: Iterable[Frame | None], analyse: Callable[[Frame], bool] = lambda f: True,
               depth: int = 2) -> Iterator[tuple[Frame | None, FrameResult | None]]:
        """Runs every stage on the frames of a sequence, the models one frame ahead on a worker thread.

        Items are read (and the models run) on the worker thread; tracking and features run on
        the caller's thread, in order. Items that are None or that ``analyse`` rejects pass
        through with no result, in their place.

        Args:
            items: Frames (or None placeholders, e.g. frames a stride skips), read once.
            analyse: Whether a frame goes through the models (runs on the worker thread).
            depth: Items the worker may have ready ahead of the caller.

        Yields:
            (item, its FrameResult or None), in the order of ``items``.

        Raises:
            Whatever reading ``items`` or the models raised, when the caller reaches that item.
            Closing the generator (or an exception in the caller, e.g. Ctrl-C) stops the worker
            before it returns (waiting at most ``STOP_WAIT_S``).
        """
        def perceive(item: Frame | None) -> tuple[Frame | None, FrameResult | None]:
            return item, self.perception.process(item) if item is not None and analyse(item) else None

        for item, found in run_ahead(items, perceive, depth, "pipeline-models", STOP_WAIT_S):
            yield item, None if found is None else self._track_and_measure(found)

    def _track_and_measure(self, result: FrameResult) -> FrameResult:
        if self.tracker is not None:
            result = self.tracker.update(result)
        else:
            result = replace(result, persons=tuple(replace(p, track_id=i + 1) for i, p in enumerate(result.persons)))
            self.features.reset()
        return self.features.apply(result)

    def close(self) -> None:
        if self._owns_perception:
            self.perception.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
