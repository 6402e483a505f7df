"""Clip settings and the small types every part of the clips package shares."""

from __future__ import annotations

from typing import Callable, Literal

import numpy as np
from pydantic import Field, model_validator

from inspector.settings_base import Section


Redactor = Callable[[np.ndarray, int], np.ndarray]
"""Privacy hook: returns the image to write (e.g. with faces blurred) for a frame at a stream time."""

ClipStatus = Literal["ok", "missing"]


class ClipSettings(Section):
    """Evidence clip settings."""

    enabled: bool = Field(True, description="Write a clip and thumbnail per event (False: events only).")
    pre_roll_s: float = Field(5.0, ge=0, le=60, description="Seconds of video kept before an event's start.")
    post_roll_s: float = Field(5.0, ge=0, le=60, description="Seconds of video kept after an event's end.")
    buffer_s: float = Field(10.0, gt=0, le=300, description="Length of the ring buffer (seconds); must cover the pre-roll plus the minimum duration of the rules whose pre-roll should be complete.")
    max_clip_s: float = Field(60.0, gt=0, le=3600, description="A clip stops after this many seconds even if the event goes on.")
    max_fps: float = Field(15.0, gt=0, le=120, description="Frames arriving faster than this are not buffered or decoded for clips (saves decoding, memory and encoding time; 15 fps is smooth enough to judge conduct).")
    max_side: int = Field(1280, ge=64, le=4096, description="Frames whose longer side exceeds this are scaled down before buffering.")
    jpeg_quality: int = Field(80, ge=30, le=100, description="JPEG quality of buffered frames and thumbnails.")
    crf: int = Field(26, ge=0, le=51, description="H.264 constant rate factor (lower is better quality, bigger files).")
    preset: Literal["ultrafast", "superfast", "veryfast", "faster", "fast", "medium"] = Field(
        "veryfast", description="libx264 speed preset.")
    queue_frames: int = Field(500, ge=10, le=100000, description="Frames the writer thread may have waiting before analysis has to wait.")
    put_timeout_s: float = Field(0.5, ge=0, le=60, description="How long analysis waits for a full writer queue before dropping a clip frame.")
    min_free_mb: float = Field(500.0, ge=0, le=1_000_000, description="Free space (MB) the clips folder's disk must keep: below it no clip is started or continued (status missing, error 'disk full'); events are still stored. 0 disables the check.")
    disk_check_s: float = Field(2.0, gt=0, le=600, description="While a clip is being written, the free space is checked again after this many seconds of wall time.")
    from_source: bool = Field(True, description="For video files: cut each clip from the file itself once its event (and post-roll) has been analysed, instead of buffering decoded frames; only the analysed frames are then decoded. When nothing in the clip's span has to be blurred and the file is H.264, the clip copies the original packets (original quality, almost no CPU; it starts at the key frame at or before the pre-roll, so the pre-roll can be longer); otherwise the span is decoded again, faces are blurred and it is encoded like a live clip. Cameras and streams always use the ring buffer.")
    overlay: bool = Field(True, description="Draw on every clip frame and the thumbnail a box around the flagged person, following the person through the clip, with the rule, the measured values against the rule's thresholds and the confidence next to it. Clips cut from a video file are then always decoded and encoded (a copy of the original packets cannot be drawn on); off, a clip with nothing to blur is copied untouched.")
    writer_nice: int = Field(10, ge=0, le=19, description="When clips are cut from a video file, the clip writer's thread (decoding, blurring, marking and encoding them) runs this much below the analysis in CPU priority (Linux), so they are written with the CPU the analysis leaves (the end of the run waits for them); 0 keeps the same priority. Live clips keep the analysis's priority: their frames must be written as they come.")
    copy_max_lead_s: float = Field(10.0, ge=0, le=600, description="A copied clip starts at the key frame at or before its pre-roll, so at most this many seconds early; when the file's key frames are further apart the span is decoded and encoded instead (exact start).")

    @model_validator(mode="after")
    def _buffer_covers_pre_roll(self) -> "ClipSettings":
        if self.buffer_s < self.pre_roll_s:
            raise ValueError(f"buffer_s ({self.buffer_s}) must be at least pre_roll_s ({self.pre_roll_s})")
        return self


