"""Monthly scores: a seeded month against a hand-computed table, caps, review states, time zones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from inspector.scoring import (INSPECTION_RULE, NO_GREETINGS, GreetingFigures, Month, ScoringConfig, ScoringError,
                               compute_month, greeting_figures, inspection_points, parse_month, to_cached)
from inspector.store import Store

SH = ZoneInfo("Asia/Shanghai")  # UTC+8, no DST
POINTS = {"arms_crossed": 2, "slouching": 1, "phone_use": 3, "post_unattended": 5, "sleeping": 4}
CFG = ScoringConfig(timezone="Asia/Shanghai", daily_cap_per_rule=5, rule_daily_caps={"phone_use": 6})


def local(month: int, day: int, hour: int, minute: int = 0, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SH)


def seed_month(store: Store) -> None:
    """Staff, roster and the events of March 2025 (Shanghai time) with their review decisions."""
    for code, name, active in [("A001", "张伟", True), ("A002", "李娜", True), ("A003", "王芳", True),
                               ("A004", "赵敏", False), ("A005", "陈晨", True)]:
        store.add_staff(code, name, active)
    for st in ("desk-1", "desk-2", "desk-3"):
        store.add_station(st, camera_source="0", area=f"{st} counter")
    store.add_roster("A001", "desk-1", local(3, 1, 0), local(3, 20, 0))
    store.add_roster("A001", "desk-1", local(3, 21, 0), local(4, 2, 0))
    store.add_roster("A002", "desk-2", local(2, 28, 0), local(4, 2, 0))
    store.add_roster("A003", "desk-3", local(3, 1, 0), local(4, 1, 0))

    def ev(station, rule, start, decision=None):
        rec, new = store.add_event(station=station, source_id="seed", rule_id=rule, rules_version="test-1",
                                   start=start, end=start + timedelta(seconds=20), peak_confidence=0.8,
                                   features={"score": 0.8}, points=POINTS[rule])
        assert new
        if decision:
            store.decide(rec.id, decision, reviewer="manager")
        return rec

    # A001 at desk-1
    ev("desk-1", "arms_crossed", local(3, 3, 10), "confirm")   # 2
    ev("desk-1", "arms_crossed", local(3, 3, 11), "confirm")   # 2
    ev("desk-1", "arms_crossed", local(3, 3, 15), "confirm")   # 1 (cap 5 reached)
    ev("desk-1", "arms_crossed", local(3, 3, 16), "confirm")   # 0
    ev("desk-1", "arms_crossed", local(3, 4, 0, 30), "confirm")  # 2: new LOCAL day (same UTC day as above)
    ev("desk-1", "slouching", local(3, 5, 9, 30), "dismiss")   # 0
    ev("desk-1", "phone_use", local(3, 5, 14))                 # pending, would cost 3
    ev("desk-1", "phone_use", local(3, 10, 12), "confirm")     # 3
    ev("desk-1", "phone_use", local(3, 10, 12, 30), "confirm")  # 3 (phone cap 6)
    ev("desk-1", "phone_use", local(3, 10, 13), "confirm")     # 0
    ev("desk-1", "arms_crossed", local(3, 20, 10), "confirm")  # nobody rostered: unassigned
    # A002 at desk-2: month boundaries in local time
    ev("desk-2", "post_unattended", local(3, 1, 7), "confirm")  # 5 (UTC: 28 Feb 23:00)
    ev("desk-2", "sleeping", local(3, 31, 23, 30), "confirm")   # 4
    ev("desk-2", "sleeping", local(4, 1, 0, 30), "confirm")     # April locally (UTC: 31 March) -> not March
    ev("desk-2", "arms_crossed", local(2, 28, 23, 30), "confirm")  # February
    store.add_inspection("A002", local(3, 2, 8), {"uniform": True, "badge": False, "hair": False},
                         points=inspection_points({"uniform": True, "badge": False, "hair": False}, CFG))  # 2
    store.add_inspection("A002", local(3, 3, 8), {"uniform": True, "badge": True}, points=0)
    # A003 at desk-3: 22 days of leaving the post -> 110 points, floor at 0
    for day in range(1, 23):
        ev("desk-3", "post_unattended", local(3, day, 12), "confirm")
    ev("desk-3", "sleeping", local(3, 25, 12))  # pending
    seed_greetings(store)


def seed_greetings(store: Store) -> None:
    """Greeting verdicts of March 2025 (hand-computed figures in GREETINGS)."""
    n = iter(range(1, 100))

    def g(station, arrival, status, delay_s=None, kind="first"):
        greeted = None if delay_s is None else arrival + timedelta(seconds=delay_s)
        _, new = store.add_greeting(station=station, source_id="seed", customer_track=next(n), staff_track=1,
                                    kind=kind, status=status, arrival=arrival, greeted=greeted,
                                    actions=("face", "smile", "speak"), rules_version="test-1")
        assert new

    # A001 at desk-1
    g("desk-1", local(3, 3, 10), "on_time", 1.5)
    g("desk-1", local(3, 3, 14), "on_time", 4.0)
    g("desk-1", local(3, 4, 9), "late", 9.0)
    g("desk-1", local(3, 6, 11), "missed")
    g("desk-1", local(3, 7, 12), "not_judged")          # left within the window: not counted
    g("desk-1", local(3, 8, 12), "on_time", 2.0, "second")  # second customer (a nod): not counted
    g("desk-1", local(3, 20, 10), "on_time", 0.5)       # nobody rostered: unassigned, not counted
    g("desk-1", local(3, 31, 23, 30), "on_time", 3.0)   # last local evening of March
    g("desk-1", local(4, 1, 0, 30), "on_time", 6.0)     # April locally (UTC: 31 March 16:30)
    # A002 at desk-2
    g("desk-2", local(3, 2, 9), "missed")
    g("desk-2", local(3, 2, 10), "missed")


# Hand-computed: code -> (score, deducted, pending, {rule: (confirmed events, raw points, deducted)})
EXPECTED = {
    "A001": (87.0, 13.0, 3.0, {"arms_crossed": (5, 10.0, 7.0), "phone_use": (3, 9.0, 6.0)}),
    "A002": (89.0, 11.0, 0.0, {"post_unattended": (1, 5.0, 5.0), "sleeping": (1, 4.0, 4.0),
                               INSPECTION_RULE: (1, 2.0, 2.0)}),
    "A003": (0.0, 110.0, 0.0, {"post_unattended": (22, 110.0, 110.0), "sleeping": (0, 0.0, 0.0)}),
    "A005": (100.0, 0.0, 0.0, {}),
}
# Hand-computed greeting figures of March: A001 judged 5 visits (1.5 s, 4 s, late 9 s, missed, 3 s):
# 4 greeted = 80 %, median of (1.5, 3, 4, 9) = (3 + 4) / 2 = 3.5 s; A002 missed both of 2.
GREETINGS = {
    "A001": GreetingFigures(visits=5, greeted=4, late=1, missed=1, rate=0.8, median_delay_s=3.5),
    "A002": GreetingFigures(visits=2, greeted=0, late=0, missed=2, rate=0.0, median_delay_s=None),
    "A003": NO_GREETINGS,
    "A005": NO_GREETINGS,
}


@pytest.fixture()
def seeded(tmp_path):
    store = Store.open(tmp_path / "month.db")
    seed_month(store)
    yield store
    store.close()


def report_for(store: Store, month: str = "2025-03", cfg: ScoringConfig = CFG):
    since, until = parse_month(month).bounds(SH)
    return compute_month(month, store.list_staff(), store.list_events(since=since, until=until),
                         store.list_inspections(since=since, until=until), cfg,
                         greetings=store.list_greetings(since=since, until=until))


def test_seeded_month_matches_hand_table(seeded):
    rep = report_for(seeded)
    got = {s.staff.code: (s.score, s.deducted, s.pending,
                          {d.rule_id: (d.events, d.points, d.deducted) for d in s.deductions})
           for s in rep.scores}
    assert got == EXPECTED  # A004 is inactive without events: not listed
    assert rep.timezone == "Asia/Shanghai"
    assert [e.event.rule_id for e in rep.unassigned] == ["arms_crossed"]


def test_scores_recompute_identically_from_all_events(seeded):
    """Feeding every stored event (other months included) gives exactly the same report."""
    assert report_for(seeded) == compute_month("2025-03", seeded.list_staff(), seeded.list_events(),
                                               seeded.list_inspections(), CFG, greetings=seeded.list_greetings())


def test_cap_per_rule_per_local_day_and_capped_days(seeded):
    a001 = next(s for s in report_for(seeded).scores if s.staff.code == "A001")
    arms = next(d for d in a001.deductions if d.rule_id == "arms_crossed")
    assert arms.capped_days == (local(3, 3, 0).date(),)
    per_event = [(e.event.start.astimezone(SH).strftime("%d %H:%M"), e.deducted) for e in a001.events
                 if e.event.rule_id == "arms_crossed"]
    assert per_event == [("03 10:00", 2.0), ("03 11:00", 2.0), ("03 15:00", 1.0), ("03 16:00", 0.0),
                         ("04 00:30", 2.0)]


def test_without_cap_everything_counts(seeded):
    rep = report_for(seeded, cfg=ScoringConfig(timezone="Asia/Shanghai", daily_cap_per_rule=None))
    a001 = next(s for s in rep.scores if s.staff.code == "A001")
    assert a001.deducted == 10 + 9 and a001.score == 81.0


def test_dismissed_costs_nothing_pending_reported_apart(seeded):
    a001 = next(s for s in report_for(seeded).scores if s.staff.code == "A001")
    by_status = {}
    for e in a001.events:
        by_status.setdefault(e.status.value, []).append((e.deducted, e.would_deduct))
    assert by_status["dismissed"] == [(0.0, 0.0)]
    assert by_status["pending"] == [(0.0, 3.0)]
    assert a001.potential_score == 84.0
    phone = next(d for d in a001.deductions if d.rule_id == "phone_use")
    assert phone.pending_events == 1


def test_confirming_pending_moves_it_into_the_score(seeded):
    pend = seeded.list_events(status="pending", staff_code="A001")
    seeded.decide(pend[0].id, "confirm", "manager")
    a001 = next(s for s in report_for(seeded).scores if s.staff.code == "A001")
    assert (a001.score, a001.pending) == (84.0, 0.0)


def test_month_boundary_follows_local_zone(seeded):
    april = {s.staff.code: s for s in report_for(seeded, "2025-04").scores}
    assert april["A002"].deducted == 4.0  # the 00:30 local 1 April sleeping event
    utc = ScoringConfig(timezone="UTC", daily_cap_per_rule=5, rule_daily_caps={"phone_use": 6})
    march_utc = {s.staff.code: s for s in compute_month("2025-03", seeded.list_staff(), seeded.list_events(),
                                                        seeded.list_inspections(), utc).scores}
    # In UTC: 1 Mar 07:00 local is 28 Feb (out), 1 Apr 00:30 local is 31 Mar 16:30 (in), 28 Feb 23:30 local
    # is 28 Feb (out). Both sleeping events (4 + 4) now fall on the same UTC day 31 March: cap 5.
    assert {d.rule_id: (d.points, d.deducted) for d in march_utc["A002"].deductions} == {
        "sleeping": (8.0, 5.0), INSPECTION_RULE: (2.0, 2.0)}


def test_never_below_zero_and_pending_cannot_go_below_zero(seeded):
    a003 = next(s for s in report_for(seeded).scores if s.staff.code == "A003")
    assert a003.score == 0.0 and a003.deducted == 110.0 and a003.potential_score == 0.0 and a003.pending == 0.0


def test_to_cached_rows(seeded):
    now = datetime(2025, 4, 1, tzinfo=timezone.utc)
    rows = to_cached(report_for(seeded), now)
    seeded.save_monthly_scores("2025-03", rows)
    seeded.save_monthly_scores("2025-03", rows)  # replaced, not duplicated
    assert sorted((r.score for r in seeded.list_monthly_scores("2025-03"))) == [0.0, 87.0, 89.0, 100.0]


def test_parse_month_and_zone_errors():
    assert str(parse_month("2025-03")) == "2025-03" and parse_month("2024-12").next() == Month(2025, 1)
    for bad in ("2025-13", "2025/03", "March", "25-03"):
        with pytest.raises(ScoringError, match="YYYY-MM"):
            parse_month(bad)
    with pytest.raises(ValueError, match="unknown time zone"):
        ScoringConfig(timezone="Mars/Olympus")


def test_month_bounds_in_zone():
    start, end = Month(2025, 3).bounds(SH)
    assert start == datetime(2025, 2, 28, 16, tzinfo=timezone.utc)
    assert end == datetime(2025, 3, 31, 16, tzinfo=timezone.utc)


def test_inspection_points_capped():
    cfg = ScoringConfig(inspection_points_per_failed_item=2, inspection_max_points=3)
    assert inspection_points({"a": False, "b": True}, cfg) == 2.0
    assert inspection_points({"a": False, "b": False, "c": False}, cfg) == 3.0
    assert inspection_points({"a": True}, cfg) == 0.0


def test_greeting_figures_match_hand_table(seeded):
    rep = report_for(seeded)
    assert {s.staff.code: s.greeting for s in rep.scores} == GREETINGS
    assert [s.score for s in rep.scores] == [EXPECTED[s.staff.code][0] for s in rep.scores]  # points unchanged


def test_greeting_month_follows_local_zone(seeded):
    april = {s.staff.code: s.greeting for s in report_for(seeded, "2025-04").scores}
    assert april["A001"] == GreetingFigures(visits=1, greeted=1, late=0, missed=0, rate=1.0, median_delay_s=6.0)
    # in UTC the 00:30 local 1 April visit is 31 March: six visits, delays (1.5, 3, 4, 6, 9) -> median 4
    utc = ScoringConfig(timezone="UTC")
    march_utc = compute_month("2025-03", seeded.list_staff(), [], cfg=utc, greetings=seeded.list_greetings())
    a001 = next(s.greeting for s in march_utc.scores if s.staff.code == "A001")
    assert (a001.visits, a001.greeted, a001.median_delay_s) == (6, 5, 4.0)
    assert a001.rate == pytest.approx(5 / 6)


def test_greeting_figures_without_greeted_or_judged_visits():
    assert greeting_figures([]) == NO_GREETINGS
