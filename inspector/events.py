"""Event lifecycle: per-frame rule matches turned into one event per continuous violation.

:class:`EventEngine` is a deterministic state machine fed once per *analysed* frame with the
frame's timestamp and the tracked persons at the post. For every (rule, person) pair — or
(rule, station) for station rules — it keeps one of these states::

    idle --condition true--> candidate --held min_duration--> active --false clear_after--> idle
                               |  false for clear_after                                  (cool-down)
                               +--> idle (nothing emitted)

Time is measured in stream milliseconds, never in frames, so a stride (e.g. 5 analysed frames a
second of a 25 fps file) or dropped frames change nothing but the sampling: every true sample is
credited with the typical interval between analysed frames (the median of recent gaps, capped),
so an episode of true length >= ``min_duration + one interval`` is always found. A false sample
within ``clear_after_s`` of the last true one (label flicker, a missed detection) does not end the
episode. Before an episode becomes an event, though, the condition must also hold in at least
``min_support`` of its analysed samples: scattered true frames chained by that tolerance are label
flicker, not a held posture. A person who leaves the view counts as "condition false".

The engine emits frozen messages: :class:`EventStarted` (once the minimum duration is reached,
with ``start_ms`` at the first true sample), :class:`EventUpdated` (when the peak confidence rises
or every ``update_every_s`` while open) and :class:`EventEnded`. :meth:`EventEngine.flush` ends
the open events at the end of the stream.
"""

from __future__ import annotations

import statistics
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Sequence

from pydantic import Field

from inspector.rules import Match, Rule, RulesConfig, TriggerValue, evaluate_person, evaluate_station, in_hours
from inspector.settings_base import Section
from inspector.types import PersonObservation

STATION_TRACK = -1
"""``track_id`` of events of station rules (they belong to the post, not a person)."""


class EventSettings(Section):
    """Event lifecycle settings (per-rule timing lives in the rules)."""

    update_every_s: float = Field(5.0, gt=0, description="An open event sends an EventUpdated at least this often (seconds of stream time).")
    update_on_peak_rise: float = Field(0.05, ge=0, le=1, description="An open event also sends an EventUpdated when its peak confidence rises by this much.")
    gap_window: int = Field(15, ge=1, le=1000, description="How many recent gaps between analysed frames give the typical sampling interval.")
    max_sample_credit_s: float = Field(1.0, ge=0, description="Upper bound (seconds) of the time one true sample is credited with (guards against long frame drops).")
    min_support: float = Field(0.6, ge=0, le=1, description="Share of the analysed samples of a candidate episode in which the condition must hold before it becomes an event: scattered true frames that the hysteresis (clear_after_s) would chain together are label flicker, not a held posture.")


@dataclass(frozen=True)
class ConductEvent:
    """One violation episode (a snapshot: open events change until ended).

    Attributes:
        station_id: The station the camera watches.
        track_id: The tracked person, or :data:`STATION_TRACK` for station rules.
        rule_id: The rule broken.
        rules_version: Version of the rule table that produced the event.
        start_ms: Stream time of the first true sample of the episode.
        end_ms: Stream time the episode is known to last until (last true sample plus its interval).
        start_at: Local wall-clock time of ``start_ms``.
        end_at: Local wall-clock time of ``end_ms``.
        peak_confidence: Highest per-frame confidence during the episode.
        peak_ms: Stream time of that peak.
        trigger: The values the rule's tests looked at in the peak frame, as (name, value) pairs.
        severity: The rule's severity.
        points: The rule's points.
        samples: How many analysed frames had the condition true.
    """

    station_id: str
    track_id: int
    rule_id: str
    rules_version: str
    start_ms: int
    end_ms: int
    start_at: datetime
    end_at: datetime
    peak_confidence: float
    peak_ms: int
    trigger: tuple[tuple[str, TriggerValue], ...]
    severity: str
    points: float
    samples: int

    @property
    def key(self) -> str:
        """Identity of the episode within one analysed source (stable across re-runs)."""
        return f"{self.station_id}:{self.rule_id}:{self.track_id}:{self.start_ms}"

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class EventStarted:
    """An episode reached its rule's minimum duration."""

    event: ConductEvent


@dataclass(frozen=True)
class EventUpdated:
    """An open episode goes on (new end, maybe a higher peak)."""

    event: ConductEvent


@dataclass(frozen=True)
class EventEnded:
    """An episode is over; ``event`` is final."""

    event: ConductEvent


EventMessage = EventStarted | EventUpdated | EventEnded


@dataclass
class _Episode:
    """Mutable bookkeeping of one (rule, subject) episode; private to the engine."""

    first_ms: int
    last_true_ms: int
    credit_ms: int
    peak: float
    peak_ms: int
    trigger: tuple[tuple[str, TriggerValue], ...]
    samples: int = 1
    misses: int = 0
    active: bool = False
    last_emit_ms: int = 0
    emitted_peak: float = 0.0


@dataclass
class _State:
    episodes: dict[tuple[str, int], _Episode] = field(default_factory=dict)
    cooldown_until: dict[tuple[str, int], int] = field(default_factory=dict)


def local_time(origin: datetime, timestamp_ms: int) -> datetime:
    """Wall-clock time of a stream time, in the zone of ``origin`` (the time of stream time 0)."""
    utc = origin.astimezone(timezone.utc) + timedelta(milliseconds=timestamp_ms)
    return utc.astimezone(origin.tzinfo)


class EventEngine:
    """Turns per-frame observations into event lifecycle messages for one station.

    Args:
        rules: The rule table (disabled rules are ignored).
        station_id: Station the observations come from.
        origin: Wall-clock time of stream time 0, timezone-aware; its zone is the local time
            used for active hours.
        settings: Lifecycle settings.

    Raises:
        ValueError: Empty station id or a naive ``origin``.
    """

    def __init__(self, rules: RulesConfig, station_id: str, origin: datetime,
                 settings: EventSettings | None = None) -> None:
        if not station_id:
            raise ValueError("station_id must not be empty")
        if origin.tzinfo is None or origin.utcoffset() is None:
            raise ValueError("origin must be timezone-aware (the local zone decides active hours)")
        self.rules = rules
        self.station_id = station_id
        self.origin = origin
        self.settings = settings or EventSettings()
        self._rules = rules.enabled_rules()
        self._hours = {r.id: r.hour_ranges() for r in self._rules}
        self._state = _State()
        self._gaps: deque[int] = deque(maxlen=self.settings.gap_window)
        self._last_ms: int | None = None
        self._closed = False

    # -- public ------------------------------------------------------------------------------

    def feed(self, timestamp_ms: int, persons: Sequence[PersonObservation]) -> tuple[EventMessage, ...]:
        """Processes one analysed frame.

        Args:
            timestamp_ms: Stream time of the frame; never less than the previous one.
            persons: The tracked persons at the post (``track_id >= 0``, unique).

        Returns:
            The lifecycle messages this frame caused, in order.

        Raises:
            ValueError: Time going backwards, untracked or duplicate persons, or feeding after flush.
        """
        if self._closed:
            raise ValueError("the engine was flushed; make a new one for a new stream")
        t = int(timestamp_ms)
        if self._last_ms is not None:
            if t < self._last_ms:
                raise ValueError(f"timestamp {t} ms is before the previous frame ({self._last_ms} ms)")
            if t > self._last_ms:
                self._gaps.append(t - self._last_ms)
        self._last_ms = t
        ids = [p.track_id for p in persons]
        if any(i < 0 for i in ids):
            raise ValueError("every person must be tracked (track_id >= 0) before rules are applied")
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate track ids in one frame: {sorted(ids)}")

        local = self._local_time(t)
        matches: dict[tuple[str, int], Match] = {}
        for rule in self._rules:
            if not in_hours(local.timetz(), self._hours[rule.id]):
                continue
            if rule.scope == "station":
                m = evaluate_station(rule, len(persons))
                if m is not None:
                    matches[(rule.id, STATION_TRACK)] = m
            else:
                for p in persons:
                    m = evaluate_person(rule, p)
                    if m is not None:
                        matches[(rule.id, p.track_id)] = m
        out: list[EventMessage] = []
        credit = self._credit_ms()
        for key, m in matches.items():
            out.extend(self._on_true(key, t, m, credit))
        for key in [k for k in self._state.episodes if k not in matches]:
            out.extend(self._on_false(key, t))
        self._expire_cooldowns(t)
        return tuple(out)

    def flush(self) -> tuple[EventMessage, ...]:
        """Ends every open event (end of stream); candidates that never reached their minimum are dropped."""
        out: list[EventMessage] = []
        for key in list(self._state.episodes):
            ep = self._state.episodes.pop(key)
            if ep.active:
                out.append(EventEnded(self._snapshot(key, ep)))
        self._closed = True
        return tuple(out)

    def open_events(self) -> tuple[ConductEvent, ...]:
        """Snapshots of the events started and not yet ended."""
        return tuple(self._snapshot(k, ep) for k, ep in self._state.episodes.items() if ep.active)

    def wall_time(self, timestamp_ms: int) -> datetime:
        """Local wall-clock time of a stream time."""
        return self._local_time(timestamp_ms)

    # -- internals ---------------------------------------------------------------------------

    def _local_time(self, t: int) -> datetime:
        return local_time(self.origin, t)

    def _credit_ms(self) -> int:
        """The time one true sample stands for: the typical gap between analysed frames."""
        if not self._gaps:
            return 0
        cap = int(self.settings.max_sample_credit_s * 1000)
        return min(int(statistics.median(self._gaps)), cap)

    def _rule(self, rule_id: str) -> Rule:
        return self.rules.rule(rule_id)

    def _on_true(self, key: tuple[str, int], t: int, m: Match, credit: int) -> list[EventMessage]:
        rule = self._rule(key[0])
        ep = self._state.episodes.get(key)
        if ep is None:
            if t < self._state.cooldown_until.get(key, t):
                return []
            ep = _Episode(first_ms=t, last_true_ms=t, credit_ms=credit, peak=m.confidence, peak_ms=t,
                          trigger=m.values)
            self._state.episodes[key] = ep
        else:
            ep.last_true_ms = t
            ep.credit_ms = credit
            ep.samples += 1
            if m.confidence > ep.peak:
                ep.peak, ep.peak_ms, ep.trigger = m.confidence, t, m.values
        if not ep.active:
            held = ep.last_true_ms - ep.first_ms + ep.credit_ms >= int(round(rule.min_duration_s * 1000))
            if held and ep.samples >= self.settings.min_support * (ep.samples + ep.misses):
                ep.active = True
                ep.last_emit_ms, ep.emitted_peak = t, ep.peak
                return [EventStarted(self._snapshot(key, ep))]
            return []
        s = self.settings
        rise = ep.peak - ep.emitted_peak
        if t - ep.last_emit_ms >= s.update_every_s * 1000 or (rise > 0 and rise >= s.update_on_peak_rise):
            ep.last_emit_ms, ep.emitted_peak = t, ep.peak
            return [EventUpdated(self._snapshot(key, ep))]
        return []

    def _on_false(self, key: tuple[str, int], t: int) -> list[EventMessage]:
        rule = self._rule(key[0])
        ep = self._state.episodes[key]
        if t - ep.last_true_ms < int(round(rule.clear_after_s * 1000)):
            if not ep.active:
                ep.misses += 1
            return []
        del self._state.episodes[key]
        if not ep.active:
            return []
        final = self._snapshot(key, ep)
        self._state.cooldown_until[key] = final.end_ms + int(round(rule.cooldown_s * 1000))
        return [EventEnded(final)]

    def _expire_cooldowns(self, t: int) -> None:
        cd = self._state.cooldown_until
        for key in [k for k, until in cd.items() if until <= t]:
            del cd[key]

    def _snapshot(self, key: tuple[str, int], ep: _Episode) -> ConductEvent:
        rule = self._rule(key[0])
        end = ep.last_true_ms + ep.credit_ms
        return ConductEvent(
            station_id=self.station_id, track_id=key[1], rule_id=rule.id, rules_version=self.rules.version,
            start_ms=ep.first_ms, end_ms=end, start_at=self._local_time(ep.first_ms), end_at=self._local_time(end),
            peak_confidence=ep.peak, peak_ms=ep.peak_ms, trigger=ep.trigger, severity=rule.severity,
            points=rule.points, samples=ep.samples)
