"""The conduct store: migrations, single writer, attribution, idempotency, reviews, locking."""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from inspector.store import (AlreadyDecided, ClipStatus, DatabaseLocked, Duplicate, EventStatus, InvalidInput,
                             RosterOverlap, SchemaError, StorageConfig, Store, UnknownEvent, UnknownStaff,
                             UnknownStation, alembic_config, migrations_folder, resolve_database)
from inspector.store.schema import Base

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=timezone.utc)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture()
def store(tmp_path):
    s = Store.open(tmp_path / "conduct.db", busy_timeout_s=0.3)
    s.add_station("desk-1", camera_source="rtsp://cam1", area="left counter", roi=(0.1, 0.2, 0.9, 1.0))
    s.add_station("desk-2", camera_source="1", area="right counter")
    s.add_staff("A001", "张伟")
    s.add_staff("A002", "李娜")
    yield s
    s.close()


def add(store: Store, start: datetime, *, station="desk-1", rule="arms_crossed", source="video-1", **kw):
    return store.add_event(station=station, source_id=source, rule_id=rule, rules_version="r1", start=start,
                           end=start + timedelta(seconds=30), peak_confidence=0.7,
                           features={"wrist_cross": 0.82}, points=2, **kw)


# --- migrations --------------------------------------------------------------------------------

def test_migrations_are_numbered_and_chained():
    files = sorted(p.name for p in (migrations_folder() / "versions").glob("*.py") if p.name != "__init__.py")
    assert files and all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", f) for f in files), files
    script = ScriptDirectory.from_config(alembic_config())
    chain = list(reversed(list(script.walk_revisions())))
    assert [r.revision for r in chain] == [f"{i:04d}" for i in range(1, len(chain) + 1)]
    assert [r.down_revision for r in chain] == [None] + [r.revision for r in chain[:-1]]
    assert [f[:4] for f in files] == [r.revision for r in chain]


def test_empty_database_upgrades_to_head_matching_the_models(tmp_path):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()  # an existing, empty file
    Store.open(db).close()
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == \
            ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert set(inspect(conn).get_table_names()) >= {
            "staff", "stations", "roster", "events", "reviews", "inspections", "monthly_scores"}
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diffs == []
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()
    Store.open(db).close()  # reopening at head is a no-op


def test_no_alembic_ini_needed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no alembic.ini anywhere near
    with Store.open("nested/dir/x.db") as s:
        assert s.schema_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert (tmp_path / "nested/dir/x.db").is_file()


def test_foreign_and_newer_schemas_refused(tmp_path):
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(SchemaError, match="not a conduct database"):
        Store.open(foreign)
    newer = tmp_path / "newer.db"
    Store.open(newer).close()
    with sqlite3.connect(newer) as c:
        c.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(SchemaError, match="newer than this program"):
        Store.open(newer)


def test_database_location(tmp_path, monkeypatch):
    monkeypatch.delenv("INSPECTOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_database() == str(tmp_path / "xdg" / "deskconduct" / "inspector.db")
    assert resolve_database(cfg=StorageConfig(data_dir=str(tmp_path / "d"))) == str(tmp_path / "d" / "inspector.db")
    assert resolve_database(cfg=StorageConfig(database_url="postgresql+psycopg://h/db")) == "postgresql+psycopg://h/db"
    monkeypatch.setenv("INSPECTOR_DB", "/tmp/env.db")
    assert resolve_database(cfg=StorageConfig(database_url="x.db")) == "/tmp/env.db"
    assert resolve_database("cli.db") == "cli.db"


# --- staff, stations, roster -------------------------------------------------------------------

def test_staff_and_station_records(store):
    assert [s.code for s in store.list_staff()] == ["A001", "A002"]
    assert store.get_staff("A001").name == "张伟"
    with pytest.raises(Duplicate, match="A001"):
        store.add_staff("A001", "someone")
    st = store.get_station("desk-1")
    assert (st.camera_source, st.area, st.roi) == ("rtsp://cam1", "left counter", (0.1, 0.2, 0.9, 1.0))
    assert store.get_station(st.id) == st == store.get_station(str(st.id))
    with pytest.raises(InvalidInput, match="region"):
        store.add_station("desk-9", roi=(0.5, 0.5, 0.4, 0.9))
    store.set_staff_active("A002", False)
    assert [s.code for s in store.list_staff(active_only=True)] == ["A001"]


def test_unknown_station_is_a_clear_error(store):
    with pytest.raises(UnknownStation, match=r"unknown station 'desk-7' \(known: desk-1, desk-2"):
        add(store, h(0), station="desk-7")
    with pytest.raises(UnknownStaff, match="unknown staff code 'Z9'"):
        store.add_roster("Z9", "desk-1", h(0), h(1))
    with pytest.raises(UnknownEvent, match="unknown event id 99"):
        store.decide(99, "confirm", "boss")


def test_overlapping_roster_refused(store):
    store.add_roster("A001", "desk-1", h(0), h(8))
    with pytest.raises(RosterOverlap, match=r"overlaps roster entry #1 \(station 'desk-1'"):
        store.add_roster("A002", "desk-1", h(7), h(12))
    with pytest.raises(RosterOverlap, match=r"staff 'A001'"):
        store.add_roster("A001", "desk-2", h(4), h(5))
    store.add_roster("A002", "desk-1", h(8), h(12))  # touching ends do not overlap
    with pytest.raises(InvalidInput, match="not after start"):
        store.add_roster("A002", "desk-2", h(20), h(19))
    assert len(store.list_roster()) == 2


def test_roster_batch_is_all_or_nothing(store):
    from inspector.store import RosterSpec
    specs = [RosterSpec("A001", "desk-1", h(0), h(4)), RosterSpec("A002", "desk-1", h(3), h(6))]
    with pytest.raises(RosterOverlap, match="roster entry 2"):
        store.add_roster_entries(specs)
    assert store.list_roster() == []


def test_naive_timestamps_refused(store):
    with pytest.raises(InvalidInput, match="no time zone"):
        store.add_roster("A001", "desk-1", datetime(2025, 3, 3, 9), datetime(2025, 3, 3, 17))


# --- events and attribution --------------------------------------------------------------------

def test_attribution_follows_the_roster(store):
    store.add_roster("A001", "desk-1", h(0), h(4))
    store.add_roster("A002", "desk-1", h(4), h(8))
    e1, _ = add(store, h(1))
    e2, _ = add(store, h(4))      # the boundary belongs to the next shift
    e3, _ = add(store, h(9))      # nobody rostered
    e4, _ = add(store, h(1), station="desk-2")
    assert [e.staff_code for e in (e1, e2, e3, e4)] == ["A001", "A002", None, None]
    assert [e.id for e in store.list_events(unassigned=True)] == [e4.id, e3.id]  # by start
    assert store.who_was_at("desk-1", h(3.99)).code == "A001"
    store.add_roster("A002", "desk-2", h(0.5), h(2))  # late roster import
    assert store.reattribute_unassigned() == 1
    assert store.get_event(e4.id).staff_code == "A002"
    assert store.assign_event(e3.id, "A002").staff_code == "A002"


def test_event_insert_is_idempotent(store):
    first, new1 = add(store, h(1), clip_path="/clips/1.mp4", clip_status="ok")
    again, new2 = add(store, h(1))
    assert (new1, new2) == (True, False) and again == first
    other_rule, new3 = add(store, h(1), rule="slouching")
    other_src, new4 = add(store, h(1), source="video-2")
    assert new3 and new4 and len(store.list_events()) == 3
    assert first.features == {"wrist_cross": 0.82} and first.status is EventStatus.PENDING


def test_update_end_and_clip(store):
    ev, _ = add(store, h(1))
    up = store.update_event_end(ev.id, h(1.5), peak_confidence=0.95, features={"wrist_cross": 0.9})
    assert up.end == h(1.5) and up.peak_confidence == 0.95 and up.features["wrist_cross"] == 0.9
    up = store.update_event_end(ev.id, h(1.6), peak_confidence=0.5)
    assert up.peak_confidence == 0.95  # the peak never goes down
    with pytest.raises(InvalidInput, match="before its start"):
        store.update_event_end(ev.id, h(0))
    with pytest.raises(InvalidInput, match="needs the clip path"):
        store.set_clip(ev.id, "ok")
    miss = store.set_clip(ev.id, ClipStatus.MISSING)
    assert miss.clip_status is ClipStatus.MISSING and miss.clip_path is None
    ok = store.set_clip(ev.id, "ok", "/c/1.mp4", "/c/1.jpg")
    assert (ok.clip_status, ok.clip_path, ok.thumbnail_path) == (ClipStatus.OK, "/c/1.mp4", "/c/1.jpg")
    with pytest.raises(InvalidInput, match="clip status"):
        store.set_clip(ev.id, "broken")
    with pytest.raises(InvalidInput, match="between 0 and 1"):
        store.add_event(
            station="desk-1", source_id="s", rule_id="r", rules_version="1", start=h(2), end=h(2),
            peak_confidence=1.5, features={}, points=1)


def test_second_review_refused(store):
    ev, _ = add(store, h(1))
    rv = store.decide(ev.id, "confirm", "王经理", comment="clear on the clip", at=h(30))
    assert store.get_event(ev.id).status is EventStatus.CONFIRMED and rv.reviewer == "王经理"
    with pytest.raises(AlreadyDecided, match=r"already confirmed by 王经理 at 2025-03-04 07:00:00 UTC"):
        store.decide(ev.id, "dismiss", "someone else")
    with pytest.raises(InvalidInput, match="confirm' or 'dismiss"):
        store.decide(add(store, h(2))[0].id, "maybe", "x")
    assert [e.status for e in store.list_events()] == [EventStatus.CONFIRMED, EventStatus.PENDING]
    assert len(store.list_events(status="pending")) == 1
    with pytest.raises(AlreadyDecided):
        store.assign_event(ev.id, "A002")


def test_locked_database_gives_clear_error_and_loses_nothing(store, tmp_path):
    kept, _ = add(store, h(1))
    holder = sqlite3.connect(tmp_path / "conduct.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    holder.execute("INSERT INTO staff (code, name, active) VALUES ('X1', 'other', 1)")
    t = time.monotonic()
    with pytest.raises(DatabaseLocked, match=r"locked by another process \(waited 0.3 s\); nothing was written"):
        add(store, h(2))
    assert time.monotonic() - t >= 0.25
    assert [e.id for e in store.list_events()] == [kept.id]  # readers still work (WAL)
    holder.execute("COMMIT")
    holder.close()
    retry, new = add(store, h(2))
    assert new and [e.id for e in store.list_events()] == [kept.id, retry.id]
    assert "X1" in [s.code for s in store.list_staff()]


def test_inspections(store):
    rec = store.add_inspection("A001", h(0), {"badge": False, "uniform": True}, points=1, inspector="lead")
    assert not rec.passed and rec.items == {"badge": False, "uniform": True}
    with pytest.raises(InvalidInput, match="cannot deduct"):
        store.add_inspection("A001", h(1), {"badge": True}, points=1)
    assert [i.id for i in store.list_inspections(staff_code="A001")] == [rec.id]
    assert rec.overrides == {}


def test_inspection_overrides_are_stored_and_checked(store):
    from inspector.store import InspectionOverride

    rec = store.add_inspection("A001", h(0), {"badge": True, "uniform": True}, points=0, inspector="lead",
                               overrides={"badge": InspectionOverride("pass", "badge under the jacket, shown", "lead")})
    [got] = store.list_inspections(staff_code="A001")
    assert got.id == rec.id and got.overrides["badge"] == InspectionOverride("pass", "badge under the jacket, shown", "lead")
    with pytest.raises(InvalidInput, match="needs a reason"):
        store.add_inspection("A001", h(1), {"badge": True}, 0, overrides={"badge": InspectionOverride("pass", " ")})
    with pytest.raises(InvalidInput, match="not an item"):
        store.add_inspection("A001", h(1), {"badge": True}, 0, overrides={"shoes": InspectionOverride("pass", "x")})
    bad = [({"badge": False}, InspectionOverride("pass", "x"), "records it as failed"),
           ({"badge": True}, InspectionOverride("banana", "x"), "not one of"),
           ({"badge": True}, InspectionOverride("cannot_tell", "x"), "still lists it"),
           ({"badge": True}, InspectionOverride("pass", None), "needs a reason"),
           ({"badge": True}, InspectionOverride("pass", "x" * 1001), "longer than 1000")]
    for items, o, message in bad:
        with pytest.raises(InvalidInput, match=message):
            store.add_inspection("A001", h(1), items, 0 if all(items.values()) else 1, overrides={"badge": o})
    assert len(store.list_inspections(staff_code="A001")) == 1  # nothing half-written
    told = store.add_inspection("A001", h(26), {"uniform": True}, 0,  # the next day
                                overrides={"hands": InspectionOverride("cannot_tell", "behind the counter", "lead")})
    assert told.overrides["hands"].status == "cannot_tell" and "hands" not in told.items


def test_postgres_url_accepted_without_connecting():
    from inspector.store.core import _make_engine
    pytest.importorskip("psycopg", reason="psycopg not installed (optional extra 'postgres')")
    eng = _make_engine("postgresql+psycopg://user@localhost/conduct", 2.0, True)
    assert eng.dialect.name == "postgresql"


def test_names_lose_control_characters_and_have_a_length_limit(tmp_path):
    """Issue 15, defect 12: names had no limit, and terminal escape codes were printed raw."""
    with Store.open(tmp_path / "t.db") as s:
        st = s.add_staff("A\x1b[2J01", "Ali\x1b]0;owned\x07ce\u202e")
        assert (st.code, st.name) == ("A[2J01", "Ali]0;ownedce")
        with pytest.raises(InvalidInput, match="at most 100 characters"):
            s.add_staff("B02", "x" * 101)
        with pytest.raises(InvalidInput, match="non-empty"):
            s.add_staff("C03", "\x1b\x07")
        with pytest.raises(InvalidInput, match="at most 64"):
            s.add_staff("c" * 65, "Carol")
        with pytest.raises(InvalidInput, match="account name must have at most"):
            s.init_manager("m" * 101, "correct horse battery")


def test_schema_upgrades_of_one_database_take_turns(tmp_path):
    """Two programs opening a new or old database at once: the second waits for the first one's upgrade
    (a lock beside the SQLite file), then finds the schema current; a holder that never lets go is one
    clear error, not a half-upgraded database."""
    import threading

    from inspector.locking import LockHeld, ProcessLock
    from inspector.store.settings import StorageConfig

    db = tmp_path / "conduct.db"
    holder = ProcessLock(tmp_path / "conduct.db.migrate.lock", "test").acquire()
    opened: list[Store] = []
    t = threading.Thread(target=lambda: opened.append(Store.open(db, StorageConfig(busy_timeout_s=20))))
    t.start()
    time.sleep(0.8)
    assert t.is_alive() and not opened, "the upgrade must wait while another program holds the lock"
    holder.release()
    t.join(20)
    assert opened and opened[0].schema_revision() is not None
    opened[0].close()

    other = tmp_path / "other.db"
    holder = ProcessLock(tmp_path / "other.db.migrate.lock", "test").acquire()
    try:
        with pytest.raises(LockHeld, match="being upgraded"):
            Store.open(other, StorageConfig(busy_timeout_s=1))
    finally:
        holder.release()
    with Store.open(other) as s:  # nothing half-done: it opens and upgrades normally afterwards
        assert s.schema_revision() is not None
