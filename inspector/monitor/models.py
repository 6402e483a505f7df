"""The models every station of the service uses: one set shared, or one set per station.

MediaPipe's landmarkers in VIDEO mode carry each person's landmarks from one frame to the next
and need increasing timestamps per graph: frames of several cameras through one such graph
would mix their people. So the service either

* shares **one set in IMAGE mode** (``model_sharing = "shared"``): every frame is judged on its
  own, one copy of the models for any number of cameras; the per-camera temporal state lives in
  each station's tracker and feature stage, as before; or
* gives **each station its own set in VIDEO mode** (``"per_station"``): MediaPipe's tracking as in
  the single-camera live view, one copy of the models per camera.

In both, a lock lets one model call run at a time (the three landmarkers of that call still run
side by side on their own threads): the scheduler, not the operating system, decides which camera
goes next, and the post-processing of the previous frame overlaps the models of the next.
``inspector bench --cameras N --sharing ...`` measures both.

**Less work on an empty post** (``monitor.skip_idle_hands``): hands are only ever attached to a
pose person (:func:`~inspector.perception.assemble_persons` drops the others), so while a
station's previous frame had no pose person its frame runs without the hand landmarker; when the
pose landmarker does find someone there, the hand landmarker runs on that same frame at once. In
IMAGE mode the result is therefore the same as with every model on every frame, only cheaper
while the post is empty (``tests/test_monitor_models.py`` checks it frame by frame).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from inspector.perception import Mode, Perception, PerceptionConfig, RawResults, assemble_persons, plausible_pose
from inspector.types import Frame, FrameResult


class GuardedPerception:
    """A :class:`~inspector.perception.Perception` that one station, or several, call through a shared lock.

    Frames are judged as camera frames whatever the landmarkers' running mode: the pixel floor for
    phantom skeletons applies, and the hand-crop pass of stills does not run.

    Args:
        cfg: Model settings.
        mode: The landmarkers' running mode (``"image"`` to share them between cameras).
        lock: Held around each model call (shared by every model set of the service).
    """

    def __init__(self, cfg: PerceptionConfig, mode: Mode, lock: threading.Lock) -> None:
        self.cfg = cfg.model_copy(update={"hand_crops": "off"}) if cfg.hand_crops == "stills" else cfg
        self._perception = Perception(self.cfg, mode)
        self._lock = lock
        self.frames = self.hands_skipped = self.hands_late = 0
        """Frames analysed; frames the hand landmarker was left out of; frames it ran on after the pose found someone."""

    def process(self, frame: Frame, hands: bool = True) -> FrameResult:
        """Finds the persons in a camera frame (no tracking, no features yet).

        Args:
            frame: The frame.
            hands: Run the hand landmarker with the others; False runs it only if the pose
                landmarker finds a plausible person (then after the others, on the same frame).
        """
        t0 = time.perf_counter()
        c = self.cfg
        with self._lock:
            raw = self._perception.infer(frame, hands=hands)
            self.frames += 1
            if not hands:
                if any(plausible_pose(p, c.min_person_height, c.min_core_visibility, c.min_shoulder_px,
                                      frame.width, frame.height) for p in raw.poses):
                    raw = RawResults(raw.poses, raw.faces, self._perception.infer_hands(frame))
                    self.hands_late += 1
                else:
                    self.hands_skipped += 1
            if self._perception.hand_crops_active:
                raw = RawResults(raw.poses, raw.faces, raw.hands + self._perception.crop_hands(
                    frame, raw, self.cfg.min_shoulder_px))
        ms = (time.perf_counter() - t0) * 1000.0
        persons = assemble_persons(raw, frame.width, frame.height, c.min_person_height, c.min_core_visibility,
                                   c.min_shoulder_px)
        return FrameResult(frame=frame, persons=persons, inference_ms=ms)

    def close(self) -> None:
        """Releases the landmarkers."""
        self._perception.close()


class StationModels:
    """One station's way into the models: leaves the hand landmarker out while its post is empty.

    Args:
        models: The models (shared or the station's own).
        skip_idle_hands: Leave the hand landmarker out of a frame when the station's previous frame
            had no pose person (it still runs on that frame if the pose landmarker finds someone).
    """

    def __init__(self, models: GuardedPerception, skip_idle_hands: bool = True) -> None:
        self.models, self.skip_idle_hands = models, skip_idle_hands
        self._had_pose = True

    def process(self, frame: Frame) -> FrameResult:
        """Finds the persons in the station's frame."""
        result = self.models.process(frame, hands=self._had_pose or not self.skip_idle_hands)
        self._had_pose = any(p.pose is not None for p in result.persons)
        return result

    def close(self) -> None:
        """Nothing: the :class:`ModelSet` closes the models when the service ends."""


@dataclass(frozen=True)
class HandWork:
    """What the hand landmarker was spared.

    Attributes:
        frames: Frames analysed.
        skipped: Frames it was left out of (nobody at the post).
        late: Frames it ran on after the pose landmarker found someone.
    """

    frames: int
    skipped: int
    late: int


class ModelSet:
    """Hands each station the models it uses, building them on first use.

    Args:
        cfg: Model settings.
        sharing: ``"shared"`` (one IMAGE-mode set for all) or ``"per_station"`` (a VIDEO-mode set each).
        skip_idle_hands: See :class:`StationModels`.
    """

    def __init__(self, cfg: PerceptionConfig, sharing: str, skip_idle_hands: bool = True) -> None:
        if sharing not in ("shared", "per_station"):
            raise ValueError(f"model sharing must be 'shared' or 'per_station', not {sharing!r}")
        self.cfg, self.sharing, self.skip_idle_hands = cfg, sharing, skip_idle_hands
        self.lock = threading.Lock()
        self._made: dict[str, GuardedPerception] = {}
        self._guard = threading.Lock()

    def for_station(self, station: str) -> StationModels:
        """The models ``station`` runs its frames through (the same landmarkers for every station when shared).

        Raises:
            ModelMissingError / ModelDigestError / PerceptionError: The models cannot be built.
        """
        key = "" if self.sharing == "shared" else station
        with self._guard:
            if key not in self._made:
                mode: Mode = "image" if self.sharing == "shared" else "video"
                self._made[key] = GuardedPerception(self.cfg, mode, self.lock)
            return StationModels(self._made[key], self.skip_idle_hands)

    def hand_work(self) -> HandWork:
        """What the hand landmarker was spared so far, over every set."""
        with self._guard:
            made = list(self._made.values())
        return HandWork(sum(m.frames for m in made), sum(m.hands_skipped for m in made),
                        sum(m.hands_late for m in made))

    @property
    def copies(self) -> int:
        """How many sets of landmarkers are in memory."""
        with self._guard:
            return len(self._made)

    def close(self) -> None:
        """Releases every set."""
        with self._guard:
            made, self._made = list(self._made.values()), {}
        for m in made:
            m.close()


__all__ = ["GuardedPerception", "HandWork", "ModelSet", "StationModels"]
