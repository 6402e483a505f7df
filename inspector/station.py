"""One station's chain from analysed frames to stored events: the loop ``analyze`` and the live view share.

Per analysed frame (:meth:`StationMonitor.feed`)::

    persons --roles (zones, or the station's region)--> staff at the post
       |                                                   |
       +--> face redactor (everyone else is blurred)       +--> event engine --+
       +--> greeting monitor (with zones) -------------------------------------+--> messages
                                                                                   |-> writer (store)
                                                                                   |-> clip recorder
                                                                                   +-> on_message

Clips that finish are collected by :meth:`StationMonitor.poll`; :meth:`StationMonitor.finish` ends
open events, judges waiting greetings, waits for the clips and closes the writer. The monitor
holds no thread and no Qt: the caller decides where it runs (the analyze loop, or the live
runner's inference thread).

**No station is judged blind.** Who the rules judge comes from the station's calibration profile
(zones) or its region of the frame. A station with neither is refused (:class:`UnjudgedStation`)
unless the user chose one of two modes on purpose (:func:`judging_mode`): the whole frame (everyone
in view is judged, and every face but the flagged person's is blurred), or uncalibrated (everyone
is judged, every face is blurred). :func:`clip_privacy` gives the blurring each mode needs, so
the README's privacy promise holds in all of them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Callable, Sequence

from inspector.clips import ClipResult, EvidenceRecorder, is_disk_full_error
from inspector.errors import UserError
from inspector.events import EventEngine, EventMessage, EventSettings
from inspector.privacy import FaceRedactor, PrivacyConfig
from inspector.roles import ZoneRoles, at_post
from inspector.rules import RulesConfig
from inspector.types import Frame, FrameResult, PersonObservation
from inspector.writer import EventWriter

if TYPE_CHECKING:
    from inspector.audio.station import AudioStation


class Judging(str, Enum):
    """How a station's camera decides whom the conduct rules judge."""

    ZONES = "zones"
    """The calibration profile's zones tell staff from customers (customers' faces blurred)."""
    REGION = "region"
    """The persons inside the station's region are its staff (everyone else's face blurred)."""
    WHOLE_FRAME = "whole_frame"
    """Chosen on purpose: everyone in view is judged; every face but the flagged person's is blurred."""
    UNCALIBRATED = "uncalibrated"
    """Chosen on purpose: everyone in view is judged; every face is blurred, the flagged person's too."""


REGION_COMMAND = "inspector stations region {station} X0,Y0,X1,Y1"
"""The command that draws a station's region (normalised corners of the post in the frame)."""
NEW_REGION_COMMAND = "inspector stations add {station} --roi X0,Y0,X1,Y1"
"""The command that adds a station with its region."""


def unjudged_message(station: str, new_station: bool = False) -> str:
    """Why a station with neither a region nor a calibration profile is refused, and what to do (one line).

    Args:
        station: The station's name.
        new_station: The station does not exist yet (``analyze --create-station``): the message
            says how to add it with a region.
    """
    command = (NEW_REGION_COMMAND if new_station else REGION_COMMAND).format(station=station)
    draw = "add it with its region" if new_station else "draw its region"
    return (f"station {station} has neither a region nor a camera calibration, so nothing tells its staff from "
            f"customers; {draw} with `{command}` (the part of the "
            f"frame that is the post, each 0..1, e.g. 0.25,0,0.75,1) or calibrate its camera in the app "
            f"(Live, choose the station, Calibrate camera...); or choose --whole-frame (everyone in view is "
            f"judged, every face but the flagged person's is blurred) or --allow-uncalibrated (everyone in "
            f"view is judged, every face is blurred)")


class UnjudgedStation(UserError):
    """A station with neither a region nor a usable calibration profile, and no mode chosen on purpose.

    Attributes:
        station: The station's name.
        calibration_error: Why the station's saved calibration profile cannot be used, or None
            when it has none.
    """

    def __init__(self, station: str, calibration_error: str | None = None, new_station: bool = False) -> None:
        message = unjudged_message(station, new_station)
        if calibration_error:
            message += f" (its saved camera calibration cannot be used: {calibration_error})"
        super().__init__(message)
        self.station, self.calibration_error = station, calibration_error


def judging_mode(station: str, region: tuple[float, float, float, float] | None, calibrated: bool, *,
                 whole_frame: bool = False, allow_uncalibrated: bool = False,
                 calibration_error: str | None = None, new_station: bool = False) -> Judging:
    """Whom a run of the station judges, or a refusal when nothing says who its staff are.

    Args:
        station: The station's name (for the refusal).
        region: The station's region of the frame, or None.
        calibrated: Whether a usable calibration profile is in force for the run.
        whole_frame: The user chose to judge everyone in the frame (region and profile unused).
        allow_uncalibrated: The user chose to run a station with neither region nor profile anyway.
        calibration_error: Why a saved profile cannot be used (named in the refusal), or None.
        new_station: The station is not created yet (the refusal says how to add it with a region).

    Raises:
        UnjudgedStation: Neither a region nor a profile, and neither choice made.
    """
    if whole_frame:
        return Judging.WHOLE_FRAME
    if calibrated:
        return Judging.ZONES
    if region is not None:
        return Judging.REGION
    if allow_uncalibrated:
        return Judging.UNCALIBRATED
    raise UnjudgedStation(station, calibration_error, new_station)


def clip_privacy(mode: Judging, privacy: PrivacyConfig) -> PrivacyConfig:
    """The blurring a run in ``mode`` applies to its clips and thumbnails.

    With zones or a region, the configured blurring (customers by default). With the whole frame
    or uncalibrated, everyone in view is judged as staff, so "customers" would blur nobody: the
    whole frame blurs every face but the flagged person's (``all_but_flagged``), uncalibrated blurs
    every face (``everyone``). A stricter setting (``everyone``) is kept, and so is a site's
    explicit ``off``.
    """
    if mode in (Judging.ZONES, Judging.REGION) or privacy.blur in ("everyone", "off"):
        return privacy
    if mode is Judging.WHOLE_FRAME:
        return privacy.model_copy(update={"blur": "all_but_flagged"})
    return privacy.model_copy(update={"blur": "everyone"})


@dataclass
class ClipTally:
    """What became of the clips of one run.

    Attributes:
        ok: Clips written.
        missing: (event key, reason) of each clip that could not be written.
        disk_full: Clips abandoned because the disk was full, not yet taken by the caller.
    """

    ok: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)
    disk_full: list[ClipResult] = field(default_factory=list)


class StationMonitor:
    """Judges the persons of one station's camera, frame by frame, and hands on what it finds.

    Args:
        station: Station name (events are stored under it).
        rules: The rule table.
        origin: Wall-clock time of stream time 0 (timezone-aware).
        events: Event engine settings.
        region: The station's region of the frame (normalised x0, y0, x1, y1); without zones only
            the persons inside it are judged. None: the whole frame is the post.
        post_margin: Tolerance around ``region``.
        zones: Calibrated zones and the greeting monitor; with them the zones decide who is staff,
            and greeting events and verdicts are handled like the others.
        recorder: Writes an evidence clip per event, or None for no clips.
        redactor: Blurs the faces of everyone not judged as staff in those clips.
        writer: Stores events, clips and greeting verdicts in order, or None to store nothing.
        on_message: Called with every event lifecycle message (e.g. for a live list).
        audio: The station's sound (:mod:`inspector.audio.station`), or None when audio is off.
    """

    def __init__(self, *, station: str, rules: RulesConfig, origin: datetime, events: EventSettings | None = None,
                 region: tuple[float, float, float, float] | None = None, post_margin: float = 0.0,
                 zones: ZoneRoles | None = None, recorder: EvidenceRecorder | None = None,
                 redactor: FaceRedactor | None = None, writer: EventWriter | None = None,
                 on_message: Callable[[EventMessage], None] | None = None,
                 audio: AudioStation | None = None) -> None:
        self.engine = EventEngine(rules, station, origin, events)
        self.audio = audio
        self.region, self.post_margin = region, post_margin
        self.zones = zones
        self.recorder = recorder
        if recorder is not None and recorder.source_id is None and writer is not None:
            recorder.source_id = writer.source_id  # clips are named after the events the writer stores
        if recorder is not None and recorder.rules is None:
            recorder.rules = rules  # the clips' overlay shows the thresholds of this table
        self.redactor = redactor if recorder is not None else None
        self.writer = writer
        self.on_message = on_message
        self.clips = ClipTally()
        self._disk_lock = threading.Lock()  # disk warnings are taken from another thread (the live view)

    # -- per frame ------------------------------------------------------------------------------
    def push_frame(self, frame: Frame) -> None:
        """Buffers a decoded frame for the evidence clips (analysed or not)."""
        if self.recorder is not None:
            self.recorder.push_frame(frame)

    def staff(self, result: FrameResult) -> tuple[tuple[PersonObservation, ...], list]:
        """The persons judged by the conduct rules, and every person's greeting state (with zones)."""
        tracked = tuple(p for p in result.persons if p.track_id >= 0)
        if self.zones is not None:
            return self.zones.split(result.frame.timestamp_ms, tracked)
        return tuple(p for p in tracked if at_post(p, self.region, self.post_margin)), []

    def feed(self, result: FrameResult) -> tuple[PersonObservation, ...]:
        """Judges one analysed frame; returns the persons judged as staff at the post."""
        t_ms = result.frame.timestamp_ms
        staff, states = self.staff(result)
        if self.recorder is not None:
            self.recorder.observe(result)  # the clips' box follows the flagged person
        if self.redactor is not None:
            self.redactor.observe(t_ms, result.persons, staff=staff)
        if self.zones is not None:
            self._handle(self.zones.monitor.feed(t_ms, states), result)
            self.store_greetings()
        if self.audio is not None:
            self._handle(self.audio.step(t_ms, states), result)
        self._handle(self.engine.feed(t_ms, staff), result)
        return staff

    def poll(self) -> None:
        """Collects the clips finished since the last call."""
        if self.recorder is not None:
            self._collect(self.recorder.poll())

    def finish(self) -> bool:
        """Ends open events, judges waiting greetings, waits for the clips and closes the writer.

        A Ctrl-C while clips are still being cut gives those clips up and stores everything else.

        Returns:
            Whether it was interrupted.
        """
        interrupted = False
        try:
            if self.audio is not None:  # before the greetings are flushed: heard speech still counts
                self._handle(self.audio.finish(), None)
            self._handle(self.engine.flush(), None)
            if self.zones is not None:
                self._handle(self.zones.monitor.flush(), None)
                self.store_greetings()
            if self.recorder is not None:
                self._collect(self.recorder.close())
        except KeyboardInterrupt:
            interrupted = True
            if self.recorder is not None:
                self._collect(self.recorder.close(timeout_s=0.0, wait_for_cuts=False))
        finally:
            self.unsaved_file = self.writer.close() if self.writer is not None else None
        return interrupted

    unsaved_file: str | None = None
    """Set by :meth:`finish` when writes had to be saved to a file (the database stayed locked)."""

    def take_disk_warnings(self) -> tuple[ClipResult, ...]:
        """Clips abandoned because the disk was full, since the last call."""
        with self._disk_lock:
            out = tuple(self.clips.disk_full)
            self.clips.disk_full.clear()
            return out

    # -- internals ------------------------------------------------------------------------------
    def _handle(self, messages: Sequence[EventMessage], result: FrameResult | None) -> None:
        for m in messages:
            if self.writer is not None:
                self.writer.message(m)
            if self.recorder is not None and (self.writer is None or not self.writer.has_clip(m.event.key)):
                self.recorder.on_message(m, result.persons if result else (), result.frame if result else None)
            if self.on_message is not None:
                self.on_message(m)

    def store_greetings(self) -> int:
        """Queues for the store the greeting verdicts the monitor made since the last call.

        Called after every analysed frame and at the end; the writes go through the same ordered
        queue as events, so a locked database delays them but loses none.

        Returns:
            How many verdicts were queued.
        """
        if self.writer is None or self.zones is None:
            return 0
        return self.writer.greetings(self.zones.monitor.outcomes)

    def _collect(self, results: Sequence[ClipResult]) -> None:
        for r in results:
            if r.status == "ok":
                self.clips.ok += 1
            else:
                self.clips.missing.append((r.event_key, r.error or "unknown error"))
                if is_disk_full_error(r.error):
                    with self._disk_lock:
                        self.clips.disk_full.append(r)
            if self.writer is not None:
                self.writer.clip(r)
