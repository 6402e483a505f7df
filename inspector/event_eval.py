"""Event-level accuracy on annotated footage: the events analysis finds, matched to the ones people saw.

The annotations are a CSV, one row per event a person saw while watching the video::

    video,person,rule,t_start_s,t_end_s,box,note
    desk_01.mp4,S1,staff_present,0,312.5,0.40 0.20 0.70 0.95,at the post the whole clip
    desk_01.mp4,S1,phone_use,41.0,58.5,0.40 0.20 0.70 0.95,phone at the ear

* ``rule`` is a rule id of the rule table, or ``staff_present`` for a span in which that staff
  member is at the post. Within such a span, whatever is not annotated as a violation is correct
  conduct: the spans give the staff-hours that false events are counted against.
* ``rule`` may also be ``customer_present``: a customer in front of the desk. It is context, never
  an event; a found event about a customer counts as charged to the wrong person.
* ``person`` names the person within the video (``S1``, ``S2``…); station-wide rules (an empty post)
  leave it empty.
* ``box`` is the person's box when the event starts, ``x0 y0 x1 y1`` as fractions of the frame; empty
  when only one person can be meant.

A found event matches an annotated one when the rule is the same, the person agrees (the centre of
the tracked person's median box lies in the annotated box, or the boxes overlap by a third; no box:
any person), and the two time spans overlap by at least ``min_overlap`` of the shorter one. Each
event is matched at most once, the largest overlaps first.

The matching and scoring are pure functions; :func:`detect_events` runs the analysis on one file
without touching any store, clip folder or calibration that the site keeps.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspector.config import InspectorConfig
    from inspector.roles import ZoneRoles
    from inspector.rules import RulesConfig

PRESENT = "staff_present"
"""The annotation rule that marks a staff member at the post (the staff-hours)."""

CUSTOMER = "customer_present"
"""The annotation rule that marks a customer in front of the desk (context: never an event)."""

CONTEXT = frozenset({PRESENT, CUSTOMER})
"""Annotation rules that describe who is there rather than an event."""

COLUMNS = ("video", "person", "rule", "t_start_s", "t_end_s", "box", "note")

Box = tuple[float, float, float, float]
"""A box as fractions of the frame: x0, y0, x1, y1."""


class AnnotationError(ValueError):
    """An annotations file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class AnnotatedEvent:
    """One event seen by a person watching the video.

    Attributes:
        video: File name of the video.
        person: Person within the video ("" for the station).
        rule: Rule id, or :data:`PRESENT`.
        start_s: Start, seconds from the start of the file.
        end_s: End, seconds from the start of the file.
        box: The person's box at the start, or None.
        line: Line of the annotations file (for messages).
    """

    video: str
    person: str
    rule: str
    start_s: float
    end_s: float
    box: Box | None = None
    line: int = 0


@dataclass(frozen=True)
class FoundEvent:
    """One event the analysis found.

    Attributes:
        rule: Rule id.
        track_id: The tracked person (-1 for a station-wide event).
        start_s: Start, seconds from the start of the file.
        end_s: End, seconds from the start of the file.
        box: The person's median box over the event, or None (station-wide, or never seen).
        confidence: Peak confidence.
    """

    rule: str
    track_id: int
    start_s: float
    end_s: float
    box: Box | None = None
    confidence: float = 0.0


@dataclass(frozen=True)
class RuleScore:
    """Event-level figures of one rule (or of all rules, ``rule == "all"``).

    Attributes:
        rule: Rule id.
        annotated: Annotated events.
        found: Events the analysis found.
        matched: Pairs matched.
        staff_hours: Staff-hours watched (the :data:`PRESENT` spans).
        onset_delays_s: Found start minus annotated start of each matched pair.
        on_customer: Found events about a person annotated as a customer, not as staff (charged to
            the wrong person).
    """

    rule: str
    annotated: int
    found: int
    matched: int
    staff_hours: float
    onset_delays_s: tuple[float, ...] = ()
    on_customer: int = 0

    @property
    def precision(self) -> float:
        """Matched over found (NaN with nothing found)."""
        return self.matched / self.found if self.found else math.nan

    @property
    def recall(self) -> float:
        """Matched over annotated (NaN with nothing annotated)."""
        return self.matched / self.annotated if self.annotated else math.nan

    @property
    def false_per_staff_hour(self) -> float:
        """Unmatched found events per staff-hour (NaN without staff-hours)."""
        return (self.found - self.matched) / self.staff_hours if self.staff_hours > 0 else math.nan

    @property
    def median_onset_delay_s(self) -> float:
        """Median onset delay of the matched pairs (NaN without any)."""
        return float(median(self.onset_delays_s)) if self.onset_delays_s else math.nan


# --- reading ----------------------------------------------------------------------------------

def _box(text: str, where: str) -> Box | None:
    if not text.strip():
        return None
    try:
        v = tuple(float(x) for x in text.replace(",", " ").split())
    except ValueError:
        raise AnnotationError(f"{where}: box {text!r} is not four numbers x0 y0 x1 y1") from None
    if len(v) != 4:
        raise AnnotationError(f"{where}: box {text!r} is not four numbers x0 y0 x1 y1")
    if not all(0.0 <= x <= 1.0 for x in v) or v[0] >= v[2] or v[1] >= v[3]:
        raise AnnotationError(f"{where}: box {text!r} must be x0 y0 x1 y1 as fractions of the frame, x0 < x1, y0 < y1")
    return v  # type: ignore[return-value]


def read_annotations(path: Path, known_rules: frozenset[str] | None = None) -> list[AnnotatedEvent]:
    """Reads an annotations CSV.

    Args:
        path: The CSV (columns :data:`COLUMNS`; ``note`` and ``box`` may be empty).
        known_rules: Rule ids of the rule table; a row naming another rule is refused.

    Raises:
        AnnotationError: Missing file or column, bad number, box or rule, or an end before the start.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise AnnotationError(f"cannot read annotations {path}: {e.strerror or e}") from None
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in COLUMNS[:5] if c not in (reader.fieldnames or [])]
    if missing:
        raise AnnotationError(f"{path}: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
    out = []
    for n, row in enumerate(reader, start=2):
        where = f"{path.name}:{n}"
        rule = (row["rule"] or "").strip()
        if known_rules is not None and rule not in CONTEXT and rule not in known_rules:
            raise AnnotationError(f"{where}: unknown rule {rule!r}; use {PRESENT}, {CUSTOMER} or one of {', '.join(sorted(known_rules))}")
        try:
            start, end = float(row["t_start_s"]), float(row["t_end_s"])
        except (TypeError, ValueError):
            raise AnnotationError(f"{where}: t_start_s and t_end_s must be numbers of seconds") from None
        if not (math.isfinite(start) and math.isfinite(end)) or start < 0 or end < start:
            raise AnnotationError(f"{where}: the span {start}-{end} s must be finite, from 0, and end after it starts")
        out.append(AnnotatedEvent(video=(row["video"] or "").strip(), person=(row["person"] or "").strip(),
                                  rule=rule, start_s=start, end_s=end, box=_box(row.get("box") or "", where), line=n))
    return out


# --- matching ---------------------------------------------------------------------------------

def time_overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """Overlap of two spans as a fraction of the shorter one (a zero-length span counts as 0.1 s)."""
    a1, b1 = max(a1, a0 + 0.1), max(b1, b0 + 0.1)
    inter = min(a1, b1) - max(a0, b0)
    return max(0.0, inter) / min(a1 - a0, b1 - b0)


def same_person(annotated: AnnotatedEvent, found: FoundEvent) -> bool:
    """Whether a found event is about the annotated person (see the module notes)."""
    if not annotated.person or found.track_id < 0:  # station-wide events match only each other
        return not annotated.person and found.track_id < 0
    if annotated.box is None or found.box is None:
        return True
    ax0, ay0, ax1, ay1 = annotated.box
    fx0, fy0, fx1, fy1 = found.box
    cx, cy = (fx0 + fx1) / 2, (fy0 + fy1) / 2
    if ax0 <= cx <= ax1 and ay0 <= cy <= ay1:
        return True
    iw, ih = max(0.0, min(ax1, fx1) - max(ax0, fx0)), max(0.0, min(ay1, fy1) - max(ay0, fy0))
    union = (ax1 - ax0) * (ay1 - ay0) + (fx1 - fx0) * (fy1 - fy0) - iw * ih
    return union > 0 and iw * ih / union >= 1 / 3


def match_events(annotated: list[AnnotatedEvent], found: list[FoundEvent],
                 min_overlap: float = 0.3) -> list[tuple[AnnotatedEvent, FoundEvent]]:
    """One-to-one matches of found to annotated events of one video (largest overlap first)."""
    candidates = []
    for i, a in enumerate(annotated):
        if a.rule in CONTEXT:
            continue
        for j, f in enumerate(found):
            if f.rule != a.rule or not same_person(a, f):
                continue
            ov = time_overlap(a.start_s, a.end_s, f.start_s, f.end_s)
            if ov >= min_overlap:
                candidates.append((ov, i, j))
    used_a: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _ov, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_a and j not in used_f:
            used_a.add(i)
            used_f.add(j)
            pairs.append((annotated[i], found[j]))
    return pairs


def charged_to_customer(annotated: list[AnnotatedEvent], found: FoundEvent) -> bool:
    """Whether a found event is about a person annotated as a customer at that time and about no
    staff member then (both need boxes: without them the person cannot be told)."""
    if found.box is None or found.track_id < 0:
        return False

    def at_time(a: AnnotatedEvent) -> bool:
        return a.box is not None and time_overlap(a.start_s, a.end_s, found.start_s, found.end_s) > 0

    customer = any(a.rule == CUSTOMER and at_time(a) and same_person(a, found) for a in annotated)
    staff = any(a.rule == PRESENT and at_time(a) and same_person(a, found) for a in annotated)
    return customer and not staff


def staff_hours(annotated: list[AnnotatedEvent]) -> float:
    """Hours of the :data:`PRESENT` spans."""
    return sum(a.end_s - a.start_s for a in annotated if a.rule == PRESENT) / 3600.0


def score_events(videos: list[tuple[list[AnnotatedEvent], list[FoundEvent]]],
                 min_overlap: float = 0.3) -> list[RuleScore]:
    """Per-rule figures over every video, then the total over all rules (``rule == "all"``).

    Args:
        videos: For each video, its annotated and its found events.
        min_overlap: Least time overlap, as a fraction of the shorter span, for a match.
    """
    hours = sum(staff_hours(a) for a, _ in videos)
    per: dict[str, dict] = {}

    def entry(rule: str) -> dict:
        return per.setdefault(rule, {"annotated": 0, "found": 0, "matched": 0, "delays": [], "customer": 0})

    for annotated, found in videos:
        for a in annotated:
            if a.rule not in CONTEXT:
                entry(a.rule)["annotated"] += 1
        for f in found:
            entry(f.rule)["found"] += 1
            entry(f.rule)["customer"] += charged_to_customer(annotated, f)
        for a, f in match_events(annotated, found, min_overlap):
            e = entry(a.rule)
            e["matched"] += 1
            e["delays"].append(f.start_s - a.start_s)
    scores = [RuleScore(rule, e["annotated"], e["found"], e["matched"], hours, tuple(e["delays"]), e["customer"])
              for rule, e in sorted(per.items())]
    total = RuleScore("all", sum(s.annotated for s in scores), sum(s.found for s in scores),
                      sum(s.matched for s in scores), hours, tuple(d for s in scores for d in s.onset_delays_s),
                      sum(s.on_customer for s in scores))
    return scores + [total]


def format_scores(scores: list[RuleScore], title: str) -> str:
    """A plain-text table of :func:`score_events`' figures."""

    def f(x: float, spec: str) -> str:
        return "-" if math.isnan(x) else format(x, spec)

    hours = scores[-1].staff_hours if scores else 0.0
    lines = [f"== {title}: {hours * 60:.1f} staff-minutes annotated",
             f"{'rule':26s} {'annotated':>9s} {'found':>6s} {'matched':>7s} {'precision':>9s} {'recall':>7s} "
             f"{'false/staff-h':>13s} {'onset delay':>11s} {'on customer':>11s}"]
    for s in scores:
        if s.rule == "all":
            lines.append("-" * 106)
        lines.append(f"{s.rule:26s} {s.annotated:9d} {s.found:6d} {s.matched:7d} {f(s.precision, '.2f'):>9s} "
                     f"{f(s.recall, '.2f'):>7s} {f(s.false_per_staff_hour, '.1f'):>13s} "
                     f"{f(s.median_onset_delay_s, '+.1f') + ' s' if s.onset_delays_s else '-':>11s} "
                     f"{s.on_customer:11d}")
    return "\n".join(lines)


# --- running the analysis ---------------------------------------------------------------------

def detect_events(path: Path, cfg: "InspectorConfig", rules: "RulesConfig", *, stride: int = 1,
                  region: Box | None = None, zones: "ZoneRoles | None" = None) -> list[FoundEvent]:
    """The events analysis finds in one video file, with each person's median box; nothing is stored.

    Args:
        path: The video file.
        cfg: Configuration (perception, features, events, analysis).
        rules: The rule table.
        stride: Analyse every N-th frame.
        region: The station's region (fractions of the frame), or None for the whole frame.
        zones: Calibrated zones (they decide who is staff; greeting rules run), or None.

    Raises:
        SourceError: The file cannot be opened or decoded.
    """
    from datetime import datetime, timezone

    from inspector.events import EventEnded
    from inspector.pipeline import Pipeline
    from inspector.sources import VideoFileSource
    from inspector.station import StationMonitor

    source = VideoFileSource(path)
    ended = []
    boxes: dict[int, list[tuple[int, Box]]] = {}
    monitor = StationMonitor(station="eval", rules=rules, origin=datetime(2000, 1, 1, tzinfo=timezone.utc),
                             events=cfg.events, region=region, post_margin=cfg.analysis.post_margin, zones=zones,
                             on_message=lambda m: ended.append(m.event) if isinstance(m, EventEnded) else None)
    try:
        with Pipeline(cfg, mode="video") as pipe:
            for frame, result in pipe.stream(source.select(lambda i, ts: i % stride == 0)):
                if result is None:
                    continue
                h, w = result.frame.image.shape[:2]
                for p in result.persons:
                    if p.track_id >= 0:
                        x, y, bw, bh = p.bbox
                        boxes.setdefault(p.track_id, []).append(
                            (result.frame.timestamp_ms, (x / w, y / h, (x + bw) / w, (y + bh) / h)))
                monitor.feed(result)
    finally:
        monitor.finish()
        source.close()
    out = []
    for e in ended:
        seen = [b for t, b in boxes.get(e.track_id, []) if e.start_ms <= t <= e.end_ms] if e.track_id >= 0 else []
        box = tuple(float(median(c)) for c in zip(*seen)) if seen else None
        out.append(FoundEvent(e.rule_id, e.track_id, e.start_ms / 1000.0,
                              e.end_ms / 1000.0, box, float(e.peak_confidence)))  # type: ignore[arg-type]
    return sorted(out, key=lambda f: (f.start_s, f.rule))
