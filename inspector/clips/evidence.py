"""What an evidence clip shows about its event: a box around the flagged person and why.

Every clip frame and the thumbnail get a box around the person the event is about, following
the person's track through the clip, and next to it the rule, the measured values against the
rule's thresholds (e.g. ``trunk lean forward 27° > 25°``) and the event's confidence
(:func:`evidence_lines`). The box is red while the violation holds (between the event's start
and end) and amber in the pre- and post-roll. A clip cut from a file knows the event's end; a
live clip is written as it happens, so its frames stay red until the event is known to be over
(the rule's ``clear_after_s`` after its last true frame).

The track's boxes come from the analysed frames (:class:`TrackBoxes`, fed by
:meth:`inspector.clips.EvidenceRecorder.observe`); a frame between two analysed frames gets a box
interpolated between them (:func:`box_at`). A frame with no analysed frame of that person within
:data:`BOX_HOLD_MS` gets no box (the person was not seen), only the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from inspector.draw import draw_evidence
from inspector.events import ConductEvent
from inspector.rules import LabelCondition, MeasureCondition, Rule, RulesConfig, StationCondition, TriggerValue
from inspector.types import PersonObservation

Box = tuple[float, float, float, float]
"""A normalised (x0, y0, x1, y1) box."""

BOX_HOLD_MS = 1000
"""A frame gets the flagged person's box only when the person was seen in an analysed frame at
most this long before or after it (frames between analysed frames, brief detector misses)."""

ANGLE_MEASURES = frozenset({"trunk_lean_forward", "trunk_lean_side", "shoulder_tilt", "head_yaw", "head_pitch",
                            "head_roll"})
"""Measures in degrees (the others are scores in [0, 1])."""


# --- the text ---------------------------------------------------------------------------------

def _words(name: str) -> str:
    return name.replace("_", " ")


def _number(name: str, value: float) -> str:
    return f"{value:.0f}°" if name in ANGLE_MEASURES else f"{value:.2f}"


def _measure_line(cond: MeasureCondition, values: dict[str, TriggerValue]) -> str | None:
    raw = values.get(cond.measure)
    if not isinstance(raw, (int, float)):
        return None
    shown = abs(raw) if cond.absolute else raw
    held = {">": shown > cond.threshold, ">=": shown >= cond.threshold, "<": shown < cond.threshold,
            "<=": shown <= cond.threshold}[cond.op]
    if not held:
        return None
    return f"{_words(cond.measure)} {_number(cond.measure, shown)} {cond.op} {_number(cond.measure, cond.threshold)}"


def _label_line(cond: LabelCondition, values: dict[str, TriggerValue]) -> str | None:
    value = values.get(cond.label)
    conf = values.get(f"{cond.label}_confidence")
    if not isinstance(value, str):
        return None
    if cond.negate:  # a guard ("not sitting"): say what the person was
        return f"{_words(cond.label)}: {_words(value)}"
    if value not in cond.values or not isinstance(conf, (int, float)) or conf < cond.min_confidence:
        return None
    return f"{_words(value)} {conf:.2f} >= {cond.min_confidence:.2f}"


def _station_line(cond: StationCondition, values: dict[str, TriggerValue]) -> str | None:
    n = values.get("persons_in_view")
    return None if not isinstance(n, (int, float)) else f"persons in view {n:.0f} < {cond.persons_fewer_than}"


def evidence_lines(event: ConductEvent, rule: Rule | None) -> tuple[str, ...]:
    """The text next to the flagged person's box: what was measured and against which threshold.

    The first line names the rule, the person's track and the event's confidence; each further line
    is one of the rule's tests that held in the event's peak frame (its ``trigger`` values), with
    the measured value against the rule's threshold. Without the rule (e.g. greeting events,
    whose rules are not in the table), the trigger values are listed as they are.

    Args:
        event: The event (its peak-frame trigger values and confidence).
        rule: The rule it broke, or None when the rule table does not have it.
    """
    who = f" #{event.track_id}" if event.track_id >= 0 else ""
    head = f"{event.rule_id}{who}  conf {event.peak_confidence:.2f}"
    values = dict(event.trigger)
    lines: list[str] = []
    if rule is not None:
        for cond in rule.any_of + rule.all_of:
            if isinstance(cond, MeasureCondition):
                line = _measure_line(cond, values)
            elif isinstance(cond, LabelCondition):
                line = _label_line(cond, values)
            else:
                line = _station_line(cond, values)
            if line is not None and line not in lines:
                lines.append(line)
    else:
        lines = [f"{_words(k)} {v:.2f}" if isinstance(v, float) else f"{_words(k)} {v}"
                 for k, v in event.trigger if not k.endswith("_confidence")]
    return (head, *lines)


def rule_of(rules: RulesConfig | None, rule_id: str) -> Rule | None:
    """The rule with this id in the table, or None (no table, or a rule it does not hold)."""
    if rules is None:
        return None
    try:
        return rules.rule(rule_id)
    except KeyError:
        return None


# --- the box ----------------------------------------------------------------------------------

def person_box(person: PersonObservation, width: int, height: int) -> Box | None:
    """A person's box normalised to a frame of ``width`` x ``height`` pixels (None: empty box or frame)."""
    x, y, w, h = person.bbox
    if width <= 0 or height <= 0 or w <= 0 or h <= 0:
        return None
    return x / width, y / height, (x + w) / width, (y + h) / height


class TrackBoxes:
    """Every tracked person's box per analysed frame, kept for ``keep_s`` seconds of stream time.

    Not thread-safe: fed and read on the analysis thread; clips cut later get a frozen
    :meth:`path`.
    """

    def __init__(self, keep_s: float) -> None:
        self.keep_ms = int(keep_s * 1000)
        self._times: deque[int] = deque()
        self._boxes: deque[dict[int, Box]] = deque()

    @property
    def last_ms(self) -> int:
        """Stream time of the newest analysed frame (-1 before the first)."""
        return self._times[-1] if self._times else -1

    def observe(self, timestamp_ms: int, persons: Sequence[PersonObservation], width: int, height: int) -> None:
        """Records the boxes of the tracked persons of an analysed frame (time going back starts over)."""
        t = int(timestamp_ms)
        if self._times and t < self._times[-1]:
            self._times.clear()
            self._boxes.clear()
        boxes = {p.track_id: b for p in persons if p.track_id >= 0
                 for b in (person_box(p, width, height),) if b is not None}
        if self._times and t == self._times[-1]:
            self._boxes[-1] = boxes
        else:
            self._times.append(t)
            self._boxes.append(boxes)
        while self._times and self._times[0] < t - self.keep_ms:
            self._times.popleft()
            self._boxes.popleft()

    def path(self, track_id: int, start_ms: int, end_ms: int) -> tuple[tuple[int, Box], ...]:
        """(time, box) of one track in the analysed frames from ``start_ms`` to ``end_ms``."""
        times = list(self._times)
        lo, hi = bisect_left(times, start_ms), bisect_right(times, end_ms)
        return tuple((times[i], self._boxes[i][track_id]) for i in range(lo, hi) if track_id in self._boxes[i])


def box_at(path: Sequence[tuple[int, Box]], timestamp_ms: int, hold_ms: int = BOX_HOLD_MS) -> Box | None:
    """The box of a track at a time: interpolated between the analysed frames around it, the
    nearest one when only one side lies within ``hold_ms``, None when neither does.

    Args:
        path: (time, box) pairs in time order (:meth:`TrackBoxes.path`).
        timestamp_ms: The frame's stream time.
        hold_ms: How far from an analysed frame its box still counts.
    """
    times = [t for t, _ in path]
    i = bisect_left(times, timestamp_ms)
    after = path[i] if i < len(path) and path[i][0] - timestamp_ms <= hold_ms else None
    before = path[i - 1] if i > 0 and timestamp_ms - path[i - 1][0] <= hold_ms else None
    if after is not None and after[0] == timestamp_ms:
        return after[1]
    if before is not None and after is not None:
        f = (timestamp_ms - before[0]) / (after[0] - before[0])
        return tuple(float(a + (b - a) * f) for a, b in zip(before[1], after[1]))  # type: ignore[return-value]
    hit = before or after
    return None if hit is None else hit[1]


# --- one frame's marks --------------------------------------------------------------------------

@dataclass(frozen=True)
class FrameMark:
    """What is drawn on one clip frame.

    Attributes:
        box: The flagged person's box (normalised), or None when the person is not seen.
        lines: The text next to it (:func:`evidence_lines`).
        active: Whether the frame lies within the event (red) or in its pre/post-roll (amber).
    """

    box: Box | None
    lines: tuple[str, ...]
    active: bool

    def draw(self, image: np.ndarray) -> np.ndarray:
        """The image with the box and text drawn (a new array)."""
        return draw_evidence(image, self.box, self.lines, self.active)


def active_at(event: ConductEvent, timestamp_ms: int, ended: bool) -> bool:
    """Whether a frame lies within the event: from its start to its end (an open event: onwards)."""
    return timestamp_ms >= event.start_ms and (not ended or timestamp_ms <= event.end_ms)


@dataclass(frozen=True)
class EvidenceTrack:
    """Everything needed to mark the frames of one clip cut later (a frozen, thread-safe value).

    Attributes:
        path: The flagged person's (time, box) over the clip's span (empty for station events).
        lines: The text next to the box.
        start_ms: The event's start.
        end_ms: The event's end.
    """

    path: tuple[tuple[int, Box], ...]
    lines: tuple[str, ...]
    start_ms: int
    end_ms: int

    def mark(self, timestamp_ms: int) -> FrameMark:
        """The mark of the frame at a stream time."""
        return FrameMark(box_at(self.path, timestamp_ms), self.lines,
                         self.start_ms <= timestamp_ms <= self.end_ms)

    def __call__(self, image: np.ndarray, timestamp_ms: int) -> np.ndarray:
        """The frame with its mark drawn (usable wherever a redactor hook is)."""
        return self.mark(timestamp_ms).draw(image)


__all__ = ["ANGLE_MEASURES", "BOX_HOLD_MS", "EvidenceTrack", "FrameMark", "TrackBoxes", "active_at", "box_at",
           "evidence_lines", "person_box", "rule_of"]
