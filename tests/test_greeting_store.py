"""Greeting outcomes in the store: migration 0003, idempotent writes, roster attribution, roles."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from inspector.auth import Actor, Role
from inspector.store import (GreetingStatus, InvalidInput, PermissionDenied, Store, UnknownStation,
                             alembic_config)
from inspector.store.core import _make_engine

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=timezone.utc)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture()
def store(tmp_path):
    s = Store.open(tmp_path / "g.db", busy_timeout_s=0.3)
    s.add_station("desk-1")
    s.add_station("desk-2")
    s.add_staff("A001", "张伟")
    s.add_staff("A002", "李娜")
    yield s
    s.close()


def greet(store: Store, arrival: datetime, *, status="on_time", delay_s: float | None = 2.0, customer=7,
          station="desk-1", source="video-1", kind="first"):
    greeted = None if delay_s is None else arrival + timedelta(seconds=delay_s)
    return store.add_greeting(station=station, source_id=source, customer_track=customer, staff_track=1,
                              kind=kind, status=status, arrival=arrival, greeted=greeted,
                              actions=("face", "smile", "speak") if greeted else ("face",), rules_version="g1")


def test_upgrade_from_0002_keeps_data_and_adds_greetings(tmp_path):
    db = tmp_path / "old.db"
    engine = _make_engine(f"sqlite:///{db}", 5, True)
    with engine.execution_options(inspector_write=True).connect() as conn:
        command.upgrade(alembic_config(conn), "0002")
        conn.commit()
    with engine.connect() as conn:  # rows written the way the 0002 program wrote them
        conn.exec_driver_sql("INSERT INTO stations (id, name, camera_source, area) VALUES (1, 'desk', '', '')")
        conn.exec_driver_sql("INSERT INTO staff (id, code, name, active) VALUES (1, 'A001', 'Ann', 1)")
        conn.exec_driver_sql("INSERT INTO roster (staff_id, station_id, start_at, end_at) VALUES "
                             "(1, 1, '2025-03-03 00:00:00.000000', '2025-03-03 08:00:00.000000')")
        conn.exec_driver_sql(
            "INSERT INTO events (id, station_id, source_id, staff_id, rule_id, rules_version, start_at, end_at,"
            " peak_confidence, features_json, points, clip_status, created_at) VALUES (1, 1, 'v', 1, 'phone', 'r1',"
            " '2025-03-03 01:00:00.000000', '2025-03-03 01:00:05.000000', 0.5, '{}', 1, 'expired',"
            " '2025-03-03 01:00:06.000000')")
        conn.exec_driver_sql("INSERT INTO inspections (staff_id, at, items_json, passed, points, inspector) VALUES "
                             "(1, '2025-03-03 00:05:00.000000', '{\"badge\": false}', 0, 1, 'lead')")
        conn.commit()
    engine.dispose()
    with Store.open(db) as s:  # upgraded to the newest revision, old rows intact
        assert s.schema_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
        [insp] = s.list_inspections()
        assert (insp.items, insp.points, insp.overrides) == ({"badge": False}, 1.0, {})  # 0004: no overrides yet
        ev = s.get_event(1)
        assert (ev.staff_code, ev.clip_status.value) == ("A001", "expired")
        g, new = greet(s, h(0.5), station="desk")
        assert new and g.staff_code == "A001" and s.list_greetings() == [g]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_add_is_idempotent_on_station_source_customer_and_arrival(store):
    first, new1 = greet(store, h(1))
    again, new2 = greet(store, h(1), status="missed", delay_s=None)  # same visit analysed again
    assert (new1, new2) == (True, False) and again == first and again.status is GreetingStatus.ON_TIME
    _, new3 = greet(store, h(1), customer=8)
    _, new4 = greet(store, h(1), source="video-2")
    _, new5 = greet(store, h(1), station="desk-2")
    _, new6 = greet(store, h(1) + timedelta(seconds=1))
    assert new3 and new4 and new5 and new6 and len(store.list_greetings()) == 5
    assert first.delay_s == 2.0 and first.actions == ("face", "smile", "speak") and first.kind == "first"


def test_attribution_follows_the_roster_at_arrival(store):
    store.add_roster("A001", "desk-1", h(0), h(4))
    store.add_roster("A002", "desk-1", h(4), h(8))
    g1, _ = greet(store, h(3.999))
    g2, _ = greet(store, h(4), customer=8)           # the boundary belongs to the next shift
    g3, _ = greet(store, h(9), customer=9)           # nobody rostered
    g4, _ = greet(store, h(1), station="desk-2")     # nobody at desk-2
    assert [g.staff_code for g in (g1, g2, g3, g4)] == ["A001", "A002", None, None]
    assert [g.id for g in store.list_greetings(staff_code="A001")] == [g1.id]
    assert [g.id for g in store.list_greetings(since=h(3), until=h(8), station="desk-1")] == [g1.id, g2.id]
    assert [g.id for g in store.list_greetings(station="desk-2")] == [g4.id]
    with pytest.raises(UnknownStation):
        store.list_greetings(station="nowhere")


def test_bad_greetings_are_refused(store):
    with pytest.raises(InvalidInput, match="needs a greeting time"):
        greet(store, h(1), status="late", delay_s=None)
    with pytest.raises(InvalidInput, match="cannot have a greeting time"):
        greet(store, h(1), status="missed", delay_s=3.0)
    with pytest.raises(InvalidInput, match="before the arrival"):
        greet(store, h(1), delay_s=-1.0)
    with pytest.raises(InvalidInput, match="greeting status"):
        greet(store, h(1), status="maybe")
    with pytest.raises(InvalidInput, match="kind"):
        greet(store, h(1), kind="third")
    with pytest.raises(InvalidInput, match="time zone"):
        greet(store, datetime(2025, 3, 3, 1, 0))
    assert store.list_greetings() == []


def test_greetings_are_written_by_the_analysis_role_and_read_by_own_staff(store):
    store.add_roster("A001", "desk-1", h(0), h(4))
    store.add_roster("A002", "desk-2", h(0), h(4))
    store.init_manager("boss", "correct horse battery")
    with pytest.raises(PermissionDenied):
        greet(store, h(1))  # accounts exist: anonymous writes are refused
    manager = store.as_actor(Actor.local_admin_mode())
    mine, _ = greet(manager, h(1))
    theirs, _ = greet(manager, h(1), station="desk-2")
    staff_id = store.get_staff("A001").id
    auditor = store.as_actor(Actor(name="aud", role=Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        greet(auditor, h(2))  # auditors review; they do not record analysis results
    staff = store.as_actor(Actor(name="ann", role=Role.STAFF, staff_id=staff_id))
    assert [g.id for g in staff.list_greetings()] == [mine.id]
    assert {g.id for g in manager.list_greetings()} == {mine.id, theirs.id}


# --- the analysis stores the monitor's verdicts --------------------------------------------------

def test_analyzer_stores_greeting_outcomes_as_they_are_made_and_keeps_them_while_locked(tmp_path):
    """Real recorded tracks (customers of one-by-one, staff head of head-pose-male) through ZoneRoles'
    monitor; the Analyzer writes each verdict when it is made, through its ordered write queue."""
    import sys
    from dataclasses import replace
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_greeting import FIX, ORIGIN, replay, speaking_from  # noqa: E402

    from inspector.analyze import Analyzer
    from inspector.roles import ZoneRoles
    from inspector.config import InspectorConfig
    from inspector.recordings import load_recording
    from inspector.rules import default_rules
    from inspector.sources import VideoFileSource
    from inspector.types import Measure

    video = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "videos" / "one-by-one-person-detection.mp4"
    if not video.is_file():
        pytest.skip(f"shared video {video} not present (the recorded tracks come from it)")
    db = tmp_path / "a.db"
    store = Store.open(db, busy_timeout_s=0.2)
    station = store.add_station("desk-1")
    store.add_staff("A001", "张伟")
    store.add_roster("A001", "desk-1", ORIGIN - timedelta(hours=1), ORIGIN + timedelta(hours=1))
    cfg, rules = InspectorConfig(), default_rules()
    zones = ZoneRoles(cfg, FIX / "one-by-one-profile.json", "desk-1", ORIGIN, rules.version)
    with VideoFileSource(video) as source:
        analyzer = Analyzer(cfg, store, station, source, "replay:one-by-one", ORIGIN, rules, None, zones=zones)
        rec = load_recording(FIX / "tracks" / "one-by-one.npz")
        p2, p3 = rec.select(rec.track == 3), rec.select(rec.track == 5)
        shift = (p2.t_ms[0] - p3.t_ms[0]) / 1000 + 30.0  # P3 comes 30 s after P2

        def edit(t: float, s):  # speaks throughout; looks away for the first 9 s of P3's visit
            s = speaking_from(0.0)(t, s)
            if 30.0 <= t < 39.0:
                s = replace(s, head_yaw=Measure(s.head_yaw.value + 70.0, s.head_yaw.confidence))
            return s

        seen: list[tuple[int, int]] = []  # (verdicts made, rows stored) whenever a verdict was queued
        holder = sqlite3.connect(db, isolation_level=None)

        def after_frame() -> None:
            if analyzer.store_greetings():
                seen.append((len(zones.monitor.outcomes), len(store.list_greetings())))
                if len(seen) == 1:  # another process takes the write lock after the first verdict is stored
                    holder.execute("BEGIN IMMEDIATE")

        _, outcomes = replay(zones.geo, [(p2, 0.0), (p3, shift)], load_recording(
            FIX / "tracks" / "head-pose-face-detection-male.npz"), edit, cfg.greeting, zones.monitor, after_frame)
        assert [o.status for o in outcomes] == ["on_time", "late"]
        assert seen == [(1, 1), (2, 1)]  # the first was written at once; the second waits for the lock
        holder.execute("COMMIT")
        holder.close()
        assert analyzer.writer.close() is None  # what run() does at its end: nothing is lost
    stored = store.list_greetings()
    assert [(g.status.value, g.staff_code, g.customer_track, g.kind) for g in stored] == [
        ("on_time", "A001", 3, "first"), ("late", "A001", 1005, "first")]
    assert stored[0].arrival == ORIGIN + timedelta(milliseconds=outcomes[0].open_ms)
    assert stored[1].delay_s == pytest.approx(outcomes[1].delay_s) and 7.0 <= stored[1].delay_s <= 8.0
    assert stored[1].actions == outcomes[1].actions and stored[1].rules_version == rules.version
    # analysing the same footage again stores nothing twice
    again = Analyzer(cfg, store, station, source, "replay:one-by-one", ORIGIN, rules, None, zones=zones)
    again.store_greetings()
    assert again.writer.close() is None and again.writer.greetings_new == 0 and len(store.list_greetings()) == 2
    store.close()
