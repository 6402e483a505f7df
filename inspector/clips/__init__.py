"""Evidence: a bounded ring buffer of recent frames and H.264 MP4 clips with thumbnails per event.

The package's parts:

* :mod:`~inspector.clips.settings`: :class:`ClipSettings` and the redactor hook type;
* :mod:`~inspector.clips.ring`: the ring keeps every frame as JPEG bytes (optionally scaled down
  first), not raw pixels: a raw 1280x720 BGR frame is 2.76 MB, a JPEG of real footage a few
  per cent of that;
* :mod:`~inspector.clips.mp4`: MP4 files are written as ``.<name>.part`` and renamed with
  :func:`os.replace` only when complete;
* :mod:`~inspector.clips.disk`: before a clip is opened, and every ``disk_check_s`` while it is
  written, the free space of the clips folder's disk is compared with ``min_free_mb``; below it
  the clip is not started (or is abandoned) with the error ``disk full (N MB free)``;
* :mod:`~inspector.clips.segment`: clips of video files are cut from the file itself, a copy of
  the original H.264 packets from the key frame at or before the pre-roll when nothing in that
  span must be blurred, otherwise decoded, blurred and encoded;
* :mod:`~inspector.clips.evidence`: what a clip shows about its event: a box around the flagged
  person that follows the track, and the rule, measured values against thresholds and confidence;
* :mod:`~inspector.clips.recorder`: :class:`EvidenceRecorder`, driven by the analysis loop;
* :mod:`~inspector.clips.worker`: :class:`~inspector.clips.worker.ClipWorker`, the recorder's
  writer thread, which writes each clip and thumbnail and reports a :class:`ClipResult`.

:class:`EvidenceRecorder` gets :meth:`~EvidenceRecorder.push_frame` for every decoded frame
(frames faster than ``max_fps`` are skipped) and :meth:`~EvidenceRecorder.on_message` for every
event lifecycle message. When an event starts, the frames from ``start - pre_roll`` are taken from
the ring and a clip job begins; later frames follow it until ``end + post_roll`` (or
``max_clip_s``). Encoding runs on one background thread behind a bounded queue; if the writer falls
behind for longer than ``put_timeout_s`` a frame is dropped from the clip (counted), so analysis is
never held up for long. Video files need no ring (``from_source``): when an event's post-roll has
passed, the writer thread cuts its clip from the file, and analysis decodes only the frames it
analyses.

Any error while writing (disk full, permissions, encoder failure) abandons that clip: the partial
file is removed and the job reports ``status="missing"`` with the error text. It never raises into
the analysis loop, so the event itself is never lost. An optional ``redact(image, timestamp_ms)``
callable is applied to every frame and to the thumbnail before it is written (face privacy).
"""

from inspector.clips.disk import DISK_FULL_PREFIX, disk_full_error, free_mb, is_disk_full_error
from inspector.clips.mp4 import EVENT_SPAN_TAG, Mp4Writer, event_span_s, write_clip
from inspector.clips.recorder import CUT_WAIT_PER_CLIP_S, EvidenceRecorder, clip_stem, span_history_s
from inspector.clips.ring import BufferedFrame, FrameRing, encode_jpeg, fit_side, spaced
from inspector.clips.segment import ClipAbandoned, CutClip, copy_segment, encode_segment
from inspector.clips.settings import ClipSettings, ClipStatus, Redactor
from inspector.clips.worker import ClipResult

__all__ = [
    "CUT_WAIT_PER_CLIP_S", "DISK_FULL_PREFIX", "EVENT_SPAN_TAG", "event_span_s", "BufferedFrame", "ClipAbandoned", "ClipResult", "ClipSettings",
    "ClipStatus", "CutClip", "EvidenceRecorder", "FrameRing", "Mp4Writer", "Redactor", "clip_stem", "copy_segment",
    "disk_full_error", "encode_jpeg", "encode_segment", "fit_side", "free_mb", "is_disk_full_error", "spaced",
    "span_history_s", "write_clip",
]
