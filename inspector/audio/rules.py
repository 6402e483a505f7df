"""What the desk's sound adds to the conduct rules, beyond the greeting.

(The greeting itself: speech heard from the responsible staff member within the greeting window
counts as the greeting's ``speak`` action, through :meth:`inspector.greeting.GreetingMonitor.hear`,
called by :class:`inspector.audio.station.AudioStation`.)

- **Forbidden phrase.** Each forbidden phrase heard from a staff member (or from nobody the camera
  can tell) is a ``forbidden_phrase`` event for review; one the customer said is never raised.
- **Three sounds.** :func:`check_expected` tells whether the phrase expected at a moment (please
  wait when a second customer arrives, sorry for waiting when their turn comes, goodbye when the
  customer leaves) was heard from the staff member around it.

The inputs are :class:`Heard` values: a :class:`~inspector.audio.spotter.PhraseHit` with its
:class:`~inspector.audio.speaker.Attribution`. Nothing here sees audio or text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal, Sequence

from pydantic import Field

from inspector.audio.phrases import Moment
from inspector.audio.speaker import Attribution
from inspector.audio.spotter import PhraseHit
from inspector.events import STATION_TRACK, ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.settings_base import Section

FORBIDDEN_RULE = "forbidden_phrase"


class ForbiddenSpec(Section):
    """How a forbidden phrase heard at the post is raised."""

    enabled: bool = Field(True, description="False: forbidden phrases raise no event.")
    severity: Literal["low", "medium", "high"] = Field("high", description="Severity shown to reviewers.")
    points: float = Field(2.0, ge=0, le=100, description="Points deducted when a reviewer confirms the event.")
    min_confidence: float = Field(0.5, ge=0, le=1, description="Phrases heard with less confidence raise nothing.")
    raise_unattributed: bool = Field(True, description="Also raise (as a station event, charged to nobody until reviewed) a forbidden phrase whose speaker the camera cannot tell.")


class AudioRuleConfig(Section):
    """Windows of the phrase rules."""

    greeting_window_s: float = Field(5.0, gt=0, le=60, description="Staff speech (a greeting phrase, once a spotter exists) heard within this many seconds of the customer coming within greeting range counts as the greeting's speech.")
    please_wait_window_s: float = Field(10.0, gt=0, le=120, description="Time after a second customer arrives within which 'please wait' is expected.")
    sorry_window_s: float = Field(10.0, gt=0, le=120, description="Time after a waiting customer's turn comes within which 'sorry for waiting' is expected.")
    goodbye_window_s: float = Field(5.0, gt=0, le=60, description="'Goodbye' counts from this many seconds before to this many after the customer leaves.")
    forbidden: ForbiddenSpec = Field(default_factory=ForbiddenSpec, description="Forbidden phrase events.")


@dataclass(frozen=True)
class Heard:
    """A phrase heard and whose it was."""

    hit: PhraseHit
    who: Attribution


def _by_staff(h: Heard, staff_track: int) -> bool:
    return h.who.speaker == "staff" and h.who.track_id == staff_track


def forbidden_events(heard: Sequence[Heard], station_id: str, rules_version: str, origin: datetime,
                     cfg: AudioRuleConfig) -> list[EventMessage]:
    """A ``forbidden_phrase`` event for review per forbidden phrase heard from staff (or from nobody known).

    Args:
        heard: Phrases heard, attributed.
        station_id: The station.
        rules_version: Version of the rule table, recorded on the event.
        origin: Wall-clock time of stream time 0 (timezone-aware).
        cfg: The rules.
    """
    spec = cfg.forbidden
    if not spec.enabled:
        return []
    out: list[EventMessage] = []
    for h in heard:
        if h.hit.moment != "forbidden" or h.hit.confidence < spec.min_confidence or h.who.speaker == "customer":
            continue
        if h.who.speaker == "unknown" and not spec.raise_unattributed:
            continue
        track = h.who.track_id if h.who.speaker == "staff" and h.who.track_id is not None else STATION_TRACK
        start, end = int(h.hit.start_ms), int(max(h.hit.end_ms, h.hit.start_ms + 1))
        ev = ConductEvent(station_id=station_id, track_id=track, rule_id=FORBIDDEN_RULE, rules_version=rules_version,
                          start_ms=start, end_ms=end, start_at=_wall(origin, start), end_at=_wall(origin, end),
                          peak_confidence=float(h.hit.confidence), peak_ms=start,
                          trigger=(("phrase", h.hit.phrase), ("speaker", h.who.speaker),
                                   ("talking", round(h.who.score, 3))),
                          severity=spec.severity, points=spec.points, samples=1)
        out += [EventStarted(ev), EventEnded(ev)]
    return out


def _wall(origin: datetime, t_ms: int) -> datetime:
    utc = origin.astimezone(timezone.utc) + timedelta(milliseconds=t_ms)
    return utc.astimezone(origin.tzinfo)


@dataclass(frozen=True)
class PhraseCheck:
    """Whether the phrase expected at a service moment was heard.

    Attributes:
        moment: ``please_wait``, ``sorry_for_waiting`` or ``goodbye``.
        due_ms: When the moment happened (second customer arrived, turn came, customer left).
        staff_track: Who should have said it.
        heard_ms: When it was heard, or None.
    """

    moment: Moment
    due_ms: float
    staff_track: int
    heard_ms: float | None

    @property
    def heard(self) -> bool:
        return self.heard_ms is not None


def check_expected(moment: Moment, due_ms: float, staff_track: int, heard: Sequence[Heard],
                   cfg: AudioRuleConfig) -> PhraseCheck:
    """Looks for the phrase expected at a moment from the staff member, in that moment's window.

    Raises:
        ValueError: A moment with no expectation (greeting has its own rule; forbidden is never expected).
    """
    windows = {"please_wait": (0.0, cfg.please_wait_window_s), "sorry_for_waiting": (0.0, cfg.sorry_window_s),
               "goodbye": (cfg.goodbye_window_s, cfg.goodbye_window_s)}
    if moment not in windows:
        raise ValueError(f"no phrase is expected at moment {moment!r}; expected one of {sorted(windows)}")
    before, after = windows[moment]
    lo, hi = due_ms - 1000.0 * before, due_ms + 1000.0 * after
    hits = [h.hit.start_ms for h in heard if h.hit.moment == moment and _by_staff(h, staff_track)
            and h.hit.end_ms >= lo and h.hit.start_ms <= hi]
    return PhraseCheck(moment, due_ms, staff_track, min(hits) if hits else None)
