"""The inspection screen's engine side (no Qt): a live runner feeding an :class:`InspectionSession`.

:class:`InspectionFeed` is the hook the :class:`~inspector.live.LiveRunner` calls with every
analysed frame on its inference thread: it feeds the session (badge, uniform, hair... are judged
there, never on the UI thread) and keeps a :class:`Progress` snapshot that the screen polls.
:func:`save_inspection` stores a finished (possibly overridden) inspection and records each
manager override, with its reason, in the audit trail (``inspection.override``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from inspector.badge.enrolment import BadgeEnrolment, EnrolmentError, enrol_worn_badge, load_enrolment, save_enrolment
from inspector.badge.uniform import UniformEnrolment, load_uniform
from inspector.auth import Permission
from inspector.config import InspectorConfig
from inspector.inspection import (InspectionResult, InspectionScreenConfig, InspectionSession, View, inspected_people,
                                  store_inspection)
from inspector.live import LiveConfig, LiveRunner
from inspector.scoring import resolve_timezone
from inspector.site import Site
from inspector.sources import IMAGE_EXTS, open_source
from inspector.store import Store
from inspector.types import FrameResult

FACE_CAMERA = "Face the camera, arms relaxed, and smile."
TURN_SIDEWAYS = "Now turn sideways to the camera."
"""Instructions of :meth:`InspectionSession.next_instruction` (the UI translates them by their text)."""
MODEL_WAIT_S = 120.0
"""Longest wait for the models before the source is opened anyway."""


@dataclass(frozen=True)
class Progress:
    """What the screen shows while the inspection runs.

    Attributes:
        instruction: The session's next instruction for the staff member (English; the UI translates it).
        guidance: The guidance of the last frame ("" when the frame was usable).
        front_frames: Usable front-view frames so far.
        side_frames: Usable side-view frames so far.
        frames: Analysed frames fed so far.
        enough: Front and side views are both done (or the frame budget is spent).
    """

    instruction: str
    guidance: str
    front_frames: int
    side_frames: int
    frames: int
    enough: bool


class InspectionFeed:
    """Feeds one inspection session from the runner's inference thread (thread-safe).

    Args:
        session: The session to feed.
        cfg: When the inspection has seen enough.
    """

    def __init__(self, session: InspectionSession, cfg: InspectionScreenConfig | None = None) -> None:
        self.cfg = cfg or InspectionScreenConfig()
        self._lock = threading.Lock()
        self._session = session
        self._frames = 0

    def __call__(self, result: FrameResult) -> None:
        with self._lock:
            if self._enough(self._session):  # the checklist is what the first frames up to "enough" showed,
                return                       # however late the screen notices and stops the run
            self._session.feed(result)
            self._frames += 1

    def _enough(self, s: InspectionSession) -> bool:
        """Front and side views both done, or the frame budget spent (call under the lock)."""
        return (s.views[View.FRONT] >= self.cfg.min_front_frames and s.views[View.SIDE] >= self.cfg.min_side_frames) \
            or self._frames >= self.cfg.max_frames

    def restart(self, session: InspectionSession) -> None:
        """Starts over with a new session (e.g. after the badge was enrolled)."""
        with self._lock:
            self._session = session
            self._frames = 0

    @property
    def session(self) -> InspectionSession:
        with self._lock:
            return self._session

    def progress(self) -> Progress:
        """A snapshot for the display."""
        with self._lock:
            s = self._session
            front, side = s.views[View.FRONT], s.views[View.SIDE]
            return Progress(self._instruction(s, front, side), s.last_guidance.message, front, side, self._frames,
                            self._enough(s))

    def _instruction(self, s: InspectionSession, front: int, side: int) -> str:
        """The session's instruction, held on the front view until enough front frames were seen."""
        if s.last_guidance.message:
            return s.last_guidance.message
        if front < self.cfg.min_front_frames:
            return FACE_CAMERA
        if side < self.cfg.min_side_frames:
            return TURN_SIDEWAYS
        return s.next_instruction()

    def result(self) -> InspectionResult:
        """The inspection as judged so far."""
        with self._lock:
            return self._session.result()


def is_still_source(spec: str) -> bool:
    """True for an image file or a folder of images (analysed as unrelated stills)."""
    p = Path(spec).expanduser()
    return p.is_dir() or p.suffix.lower() in IMAGE_EXTS


def load_enrolments(badge_path: str, uniform_path: str) -> tuple[BadgeEnrolment | None, UniformEnrolment | None]:
    """Reads the optional enrolment files ("" for none).

    Raises:
        inspector.badge.enrolment.EnrolmentError: A file that is missing or unreadable.
    """
    badge = load_enrolment(badge_path.strip()) if badge_path.strip() else None
    uniform = load_uniform(uniform_path.strip()) if uniform_path.strip() else None
    return badge, uniform


def new_session(staff_code: str, cfg: InspectorConfig, badge: BadgeEnrolment | None,
                uniform: UniformEnrolment | None) -> InspectionSession:
    """An inspection session with the app's settings.

    Raises:
        inspector.inspection.InspectionError: No staff code.
    """
    return InspectionSession(staff_code, cfg.inspection, cfg.badge, badge_enrolment=badge, uniform=uniform)


def start_inspection(spec: str, cfg: InspectorConfig, session: InspectionSession,
                     screen_cfg: InspectionScreenConfig | None = None, live_cfg: LiveConfig | None = None,
                     processor_factory=None) -> tuple[LiveRunner, InspectionFeed]:
    """Starts analysing a source for an inspection on worker threads; returns at once.

    Args:
        spec: Camera index, video file, stream URL, image file or folder of images.
        cfg: Engine configuration (the pipeline's settings).
        session: The session the frames go to.
        screen_cfg: When the inspection has seen enough.
        live_cfg: Runner settings.
        processor_factory: Builds the processor (default: the perception pipeline, in image mode
            for stills and video mode otherwise).

    A video file is analysed frame by frame, none dropped (``LiveConfig.every_file_frame``): the
    same file inspected twice gives the same checklist. A camera delivers what it sees meanwhile.
    """
    spec = spec.strip()
    live_cfg = (live_cfg or LiveConfig()).model_copy(update={"every_file_frame": True})
    mode = "image" if is_still_source(spec) else "video"
    factory = processor_factory or (lambda: _pipeline(cfg, mode))
    model_done = threading.Event()

    def make_processor():
        try:
            return factory()
        finally:
            model_done.set()

    def opener(on_status):
        # The source opens once the models are loaded: a file's first seconds (front view) would
        # otherwise be dropped by the runner's queue while MediaPipe loads.
        model_done.wait(MODEL_WAIT_S)
        return open_source(spec, max_retries=None, on_status=on_status)

    feed = InspectionFeed(session, screen_cfg)
    runner = LiveRunner(opener, make_processor, hooks=(feed,), cfg=live_cfg)
    runner.start()
    return runner, feed


def _pipeline(cfg: InspectorConfig, mode: str):
    from inspector.pipeline import Pipeline  # imported here: loading MediaPipe takes a while

    return Pipeline(cfg, mode)


def enrol_badge_from(result: FrameResult, cfg: InspectorConfig, site: Site) -> Path:
    """Learns the worn badge from one analysed frame (one person facing the camera) and saves it.

    Returns:
        The saved enrolment file (:attr:`inspector.site.Site.badge_path`).

    Raises:
        inspector.badge.enrolment.EnrolmentError: Nobody or several people in view, or no badge found.
    """
    found = inspected_people(result, cfg.inspection)
    if len(found) != 1:
        raise EnrolmentError("exactly one person wearing the badge must face the camera to enrol it "
                             f"({len(found)} in view)")
    enr = enrol_worn_badge(result.frame.image, found[0], cfg.badge)
    return save_enrolment(enr, site.badge_path)


@dataclass(frozen=True)
class SavedInspection:
    """What :func:`save_inspection` stored.

    Attributes:
        record_id: Id of the stored inspection.
        points: Points it deducts.
        overrides: Number of overrides recorded in the audit trail.
    """

    record_id: int
    points: float
    overrides: int


def save_inspection(store: Store, result: InspectionResult, cfg: InspectorConfig, inspector: str,
                    replace: bool = False) -> SavedInspection:
    """Stores the inspection (final statuses after overrides) and audits every override with its reason.

    Args:
        replace: Replace an inspection of the same person on the same local day (scores' time
            zone); without it such a second inspection is refused.

    Raises:
        inspector.inspection.InspectionError: No item could be told.
        inspector.store.inspections.AlreadyInspected: Already inspected that day and not ``replace``.
        inspector.store.StoreError: The signed-in account may not record inspections, or a store failure.
    """
    store.authorize(Permission.INSPECT, "record an inspection")
    sc = cfg.scoring
    rec = store_inspection(store, result, cfg.inspection, sc.inspection_points_per_failed_item,
                           sc.inspection_max_points, inspector, day_tz=resolve_timezone(sc.timezone),
                           replace=replace)
    overridden = [i for i in result.items if i.override is not None]
    for i in overridden:
        store.record_change("inspection.override", f"inspection:{rec.id}",
                            {"staff": result.staff_code, "item": i.item, "measured": i.status.value,
                             "override": i.override.value, "reason": i.override_reason, "by": i.override_by},
                            permission=Permission.INSPECT)
    return SavedInspection(rec.id, rec.points, len(overridden))
