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
"""

from __future__ import annotations

import threading
import time

from inspector.perception import Mode, Perception, PerceptionConfig, assemble_persons
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

    def process(self, frame: Frame) -> FrameResult:
        """Finds the persons in a camera frame (no tracking, no features yet)."""
        t0 = time.perf_counter()
        with self._lock:
            raw = self._perception.infer(frame)
            if self._perception.hand_crops_active:
                raw = type(raw)(raw.poses, raw.faces, raw.hands + self._perception.crop_hands(
                    frame, raw, self.cfg.min_shoulder_px))
        ms = (time.perf_counter() - t0) * 1000.0
        c = self.cfg
        persons = assemble_persons(raw, frame.width, frame.height, c.min_person_height, c.min_core_visibility,
                                   c.min_shoulder_px)
        return FrameResult(frame=frame, persons=persons, inference_ms=ms)

    def close(self) -> None:
        """Releases the landmarkers."""
        self._perception.close()


class ModelSet:
    """Hands each station the models it uses, building them on first use.

    Args:
        cfg: Model settings.
        sharing: ``"shared"`` (one IMAGE-mode set for all) or ``"per_station"`` (a VIDEO-mode set each).
    """

    def __init__(self, cfg: PerceptionConfig, sharing: str) -> None:
        if sharing not in ("shared", "per_station"):
            raise ValueError(f"model sharing must be 'shared' or 'per_station', not {sharing!r}")
        self.cfg, self.sharing = cfg, sharing
        self.lock = threading.Lock()
        self._made: dict[str, GuardedPerception] = {}
        self._guard = threading.Lock()

    def for_station(self, station: str) -> GuardedPerception:
        """The models ``station`` runs its frames through (the same object for every station when shared).

        Raises:
            ModelMissingError / ModelDigestError / PerceptionError: The models cannot be built.
        """
        key = "" if self.sharing == "shared" else station
        with self._guard:
            if key not in self._made:
                mode: Mode = "image" if self.sharing == "shared" else "video"
                self._made[key] = GuardedPerception(self.cfg, mode, self.lock)
            return self._made[key]

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


__all__ = ["GuardedPerception", "ModelSet"]
