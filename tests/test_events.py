"""Event lifecycle on synthetic track histories."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inspector.events import STATION_TRACK, EventEnded, EventEngine, EventStarted, EventUpdated
from inspector.rules import parse_rules
from inspector.types import ArmPosture, Features, Labels, PersonObservation, Stance

TZ = ZoneInfo("Asia/Shanghai")
ORIGIN = datetime(2024, 6, 3, 10, 0, 0, tzinfo=TZ)  # a Monday, 10:00 local


def obs(arm: ArmPosture, track_id: int = 1, conf: float = 0.9) -> PersonObservation:
    return PersonObservation(bbox=(0, 0, 50, 100), track_id=track_id,
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=arm, arm_confidence=conf))


def rules(**rule_overrides):
    rule = {"id": "arms", "clause": "1. no crossed arms", "min_duration_s": 3, "clear_after_s": 1.5,
            "cooldown_s": 0, "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}
    rule.update(rule_overrides)
    return parse_rules({"version": "test-7", "rules": [rule]})


def run(engine: EventEngine, timeline, fps: float = 25.0, duration_s: float | None = None, stride: int = 1):
    """Feeds ``timeline(t_s) -> persons`` sampled at fps/stride; returns every message, flush included."""
    n = int(round((duration_s or 0) * fps))
    out = []
    for i in range(0, n, stride):
        t_ms = int(round(i * 1000 / fps))
        out.extend(engine.feed(t_ms, timeline(t_ms / 1000)))
    out.extend(engine.flush())
    return out


def episodes(*spans, conf: float = 0.9):
    """A timeline with crossed arms during the given [start, end) spans (seconds), hanging otherwise."""
    def timeline(t):
        crossed = any(a <= t < b for a, b in spans)
        return (obs(ArmPosture.ARMS_CROSSED if crossed else ArmPosture.ARMS_HANGING, conf=conf),)
    return timeline


def ended(msgs):
    return [m.event for m in msgs if isinstance(m, EventEnded)]


@pytest.mark.parametrize("stride", [1, 5])
def test_one_event_per_continuous_episode(stride):
    msgs = run(EventEngine(rules(), "desk-1", ORIGIN), episodes((10, 40)), duration_s=60, stride=stride)
    evs = ended(msgs)
    assert len(evs) == 1
    assert sum(isinstance(m, EventStarted) for m in msgs) == 1
    e = evs[0]
    assert e.rule_id == "arms" and e.track_id == 1 and e.station_id == "desk-1" and e.rules_version == "test-7"
    assert abs(e.start_ms - 10_000) <= 200 and abs(e.end_ms - 40_000) <= 200
    assert e.peak_confidence == pytest.approx(0.9)
    assert ("arm_posture", "arms_crossed") in e.trigger
    assert e.start_at == datetime(2024, 6, 3, 10, 0, 10, tzinfo=TZ)
    # updates are throttled: a 30 s episode sends a handful, not hundreds
    assert 1 <= sum(isinstance(m, EventUpdated) for m in msgs) <= 8


@pytest.mark.parametrize("gap_s, expected_events", [(0.4, 1), (1.0, 1), (2.5, 2)])
def test_flicker_within_hysteresis_stays_one_event(gap_s, expected_events):
    msgs = run(EventEngine(rules(), "d", ORIGIN), episodes((5, 15), (15 + gap_s, 25)), duration_s=40)
    assert len(ended(msgs)) == expected_events


@pytest.mark.parametrize("length_s, expected", [(2.0, 0), (2.9, 0), (3.1, 1), (8, 1)])
def test_min_duration(length_s, expected):
    msgs = run(EventEngine(rules(), "d", ORIGIN), episodes((5, 5 + length_s)), duration_s=20)
    assert len(ended(msgs)) == expected
    assert sum(isinstance(m, EventStarted) for m in msgs) == expected


@pytest.mark.parametrize("cooldown_s, expected", [(0, 2), (20, 1), (60, 1)])
def test_cooldown(cooldown_s, expected):
    # two episodes of 5 s separated by 10 s: the second falls inside a 20 s cool-down
    msgs = run(EventEngine(rules(cooldown_s=cooldown_s), "d", ORIGIN), episodes((5, 10), (20, 25)), duration_s=40)
    assert len(ended(msgs)) == expected


def test_episode_outlasting_cooldown_starts_again_after_it():
    msgs = run(EventEngine(rules(cooldown_s=10), "d", ORIGIN), episodes((5, 10), (12, 40)), duration_s=50)
    evs = ended(msgs)
    assert len(evs) == 2
    assert evs[1].start_ms >= evs[0].end_ms + 10_000


@pytest.mark.parametrize("length_s", [2.05, 2.1, 2.2])
@pytest.mark.parametrize("offset_s", [0.0, 0.04, 0.08, 0.12, 0.16, 0.19])
def test_stride_does_not_miss_a_violation_longer_than_min_duration(offset_s, length_s):
    """25 fps timeline sampled at 5 fps: a violation just over the 2 s minimum is found whatever its phase."""
    start = 7 + offset_s
    msgs = run(EventEngine(rules(min_duration_s=2), "d", ORIGIN), episodes((start, start + length_s)),
               duration_s=15, stride=5)
    evs = ended(msgs)
    assert len(evs) == 1
    assert evs[0].duration_ms >= 2000


def test_missed_frames_do_not_split_an_episode():
    engine = EventEngine(rules(), "d", ORIGIN)
    out = []
    for t_ms in list(range(0, 5000, 200)) + list(range(5800, 12000, 200)):  # 800 ms with no frames at all
        out.extend(engine.feed(t_ms, (obs(ArmPosture.ARMS_CROSSED),)))
    out.extend(engine.flush())
    assert len(ended(out)) == 1


def test_person_leaving_ends_the_event_and_persons_are_independent():
    def timeline(t):
        persons = [obs(ArmPosture.ARMS_CROSSED if t < 20 else ArmPosture.ARMS_HANGING, track_id=2)]
        if t < 10:
            persons.append(obs(ArmPosture.ARMS_CROSSED, track_id=1))
        return tuple(persons)
    msgs = run(EventEngine(rules(), "d", ORIGIN), timeline, duration_s=30, stride=5)
    evs = sorted(ended(msgs), key=lambda e: e.track_id)
    assert [e.track_id for e in evs] == [1, 2]
    assert abs(evs[0].end_ms - 10_000) <= 200 and abs(evs[1].end_ms - 20_000) <= 200
    # the first ends while the second is still open
    order = [(type(m).__name__, m.event.track_id) for m in msgs if not isinstance(m, EventUpdated)]
    assert order.index(("EventEnded", 1)) < order.index(("EventEnded", 2))


def test_flush_ends_open_events_and_drops_candidates():
    engine = EventEngine(rules(), "d", ORIGIN)
    for t_ms in range(0, 10_000, 200):
        engine.feed(t_ms, (obs(ArmPosture.ARMS_CROSSED, track_id=1),
                           obs(ArmPosture.ARMS_CROSSED if t_ms > 8_000 else ArmPosture.ARMS_HANGING, track_id=2)))
    assert [e.track_id for e in engine.open_events()] == [1]
    evs = ended(engine.flush())
    assert [e.track_id for e in evs] == [1]
    with pytest.raises(ValueError, match="flushed"):
        engine.feed(20_000, ())


def unattended_rules(**kw):
    rule = {"id": "unattended", "clause": "6. no empty post", "scope": "station", "min_duration_s": 120,
            "clear_after_s": 5, "cooldown_s": 0, "active_hours": ["09:00-18:00"], "any_of": [{"persons_fewer_than": 1}]}
    rule.update(kw)
    return parse_rules({"version": "u1", "rules": [rule]})


@pytest.mark.parametrize("away_s, expected", [(60, 0), (119, 0), (150, 1), (400, 1)])
def test_unattended_post(away_s, expected):
    def timeline(t):
        return () if 30 <= t < 30 + away_s else (obs(ArmPosture.ARMS_HANGING),)
    msgs = run(EventEngine(unattended_rules(), "desk-9", ORIGIN), timeline, fps=5, duration_s=600)
    evs = ended(msgs)
    assert len(evs) == expected
    for e in evs:
        assert e.track_id == STATION_TRACK and e.rule_id == "unattended"
        assert abs(e.duration_ms - away_s * 1000) <= 400


def test_unattended_post_survives_a_brief_passer_by():
    def timeline(t):
        return (obs(ArmPosture.ARMS_HANGING, track_id=5),) if 100 <= t < 102 else ()
    msgs = run(EventEngine(unattended_rules(), "d", ORIGIN), timeline, fps=5, duration_s=300)
    assert len(ended(msgs)) == 1


@pytest.mark.parametrize("origin_hour, expected", [(10, 1), (7, 0), (17, 1), (20, 0)])
def test_active_hours_use_local_time(origin_hour, expected):
    origin = datetime(2024, 6, 3, origin_hour, 58, 0, tzinfo=TZ)
    # nobody in view for 10 minutes from origin (e.g. 17:58-18:08: 2 min inside opening hours, then closed)
    msgs = run(EventEngine(unattended_rules(), "d", origin), lambda t: (), fps=2, duration_s=600)
    evs = ended(msgs)
    assert len(evs) == expected
    if origin_hour == 17:
        assert evs[0].end_at <= datetime(2024, 6, 3, 18, 0, 1, tzinfo=TZ)


def test_disabled_rule_is_ignored():
    msgs = run(EventEngine(rules(enabled=False), "d", ORIGIN), episodes((0, 30)), duration_s=40)
    assert msgs == []


def test_peak_and_trigger_come_from_the_best_frame():
    def timeline(t):
        return (obs(ArmPosture.ARMS_CROSSED, conf=0.95 if 6 <= t < 6.5 else 0.7),)
    evs = ended(run(EventEngine(rules(), "d", ORIGIN), timeline, duration_s=10, stride=5))
    assert evs[0].peak_confidence == pytest.approx(0.95)
    assert 6000 <= evs[0].peak_ms < 6500
    assert ("arm_posture_confidence", 0.95) in evs[0].trigger


@pytest.mark.parametrize("bad", [
    lambda e: (e.feed(1000, ()), e.feed(500, ())),
    lambda e: e.feed(0, (obs(ArmPosture.ARMS_CROSSED, track_id=-1),)),
    lambda e: e.feed(0, (obs(ArmPosture.ARMS_CROSSED, track_id=3), obs(ArmPosture.ARMS_HANGING, track_id=3))),
])
def test_bad_input_is_refused(bad):
    with pytest.raises(ValueError):
        bad(EventEngine(rules(), "d", ORIGIN))


def test_naive_origin_is_refused():
    with pytest.raises(ValueError, match="timezone"):
        EventEngine(rules(), "d", datetime(2024, 1, 1))


@pytest.mark.parametrize("on_s, off_s, expected", [(0.2, 0.8, 0), (0.4, 0.6, 0), (0.8, 0.2, 1), (1.0, 0.0, 1)])
def test_scattered_true_frames_are_flicker_not_an_event(on_s, off_s, expected):
    """True for ``on_s`` of every second for 10 s: each gap is within the hysteresis, so only the
    share of true samples tells a held posture from label flicker."""
    period = on_s + off_s
    spans = [(5 + k * period, 5 + k * period + on_s) for k in range(int(10 / period))]
    msgs = run(EventEngine(rules(), "d", ORIGIN), episodes(*spans), duration_s=20)
    assert len(ended(msgs)) == expected
