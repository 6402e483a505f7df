"""The hash-chained audit trail: decisions and changes are recorded; tampering is detected and named."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from inspector.audit import canonical, chain_hash
from inspector.cli import main
from inspector.store import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture()
def db(tmp_path):
    """A database (open mode) with six audited changes: station, 2 staff, roster, a review, a re-assignment."""
    path = tmp_path / "audit.db"
    with Store.open(path) as s:
        s.add_station("desk")
        s.add_staff("A01", "Alice")
        s.add_staff("B02", "Bob")
        s.add_roster("A01", "desk", T0, T0 + timedelta(hours=8))
        ev, _ = s.add_event(station="desk", source_id="v", rule_id="phone", rules_version="r1", start=T0,
                            end=T0 + timedelta(seconds=9), peak_confidence=0.9, features={}, points=3)
        ev2, _ = s.add_event(station="desk", source_id="v", rule_id="arms", rules_version="r1",
                             start=T0 + timedelta(minutes=1), end=T0 + timedelta(minutes=2),
                             peak_confidence=0.9, features={}, points=1)
        s.decide(ev.id, "confirm", "auditor-1", "clear on the clip")
        s.assign_event(ev2.id, "B02")
        assert s.verify_audit() == ()
    return path


def _sql(path, statement: str, *params) -> None:
    con = sqlite3.connect(path)
    con.execute(statement, params)
    con.commit()
    con.close()


def test_changes_are_recorded_with_who_when_what(db):
    with Store.open(db) as s:
        rows = s.list_audit()
    assert [(r.id, r.action, r.target) for r in rows] == [
        (1, "station.add", "station:desk"), (2, "staff.add", "staff:A01"), (3, "staff.add", "staff:B02"),
        (4, "roster.add", "roster:1-1"), (5, "review.confirm", "event:1"), (6, "event.assign", "event:2")]
    assert dict(rows[4].details)["comment"] == "clear on the clip"
    assert dict(rows[5].details) == {"old": "A01", "new": "B02"}
    assert all(r.at.tzinfo is not None and r.os_user for r in rows)
    assert rows[0].prev_hash == "0" * 64 and all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:]))


def test_edited_row_is_named(db):
    _sql(db, "UPDATE audit_log SET details_json = ? WHERE id = 5",
         json.dumps({"reviewer": "auditor-1", "comment": "", "at": "x", "rule_id": "phone", "points": 0}))
    with Store.open(db) as s:
        problems = s.verify_audit()
    # the edited row no longer matches the review and the points it recorded either
    assert [(p.kind, p.row_id) for p in problems] == [("edited", 5), ("review", 5), ("points", 5)]


def test_rewritten_row_with_recomputed_hash_is_named(db):
    con = sqlite3.connect(db)
    rid, at, actor, role, osu, action, target, prev = con.execute(
        "SELECT id, at, actor, role, os_user, action, target, prev_hash FROM audit_log WHERE id = 3").fetchone()
    forged = json.dumps({"active": True, "name": "Mallory"}, sort_keys=True, separators=(",", ":"))
    when = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
    h = chain_hash(prev, canonical(rid, when, actor, role, osu, action, target, forged))
    con.execute("UPDATE audit_log SET details_json = ?, hash = ? WHERE id = 3", (forged, h))
    con.commit()
    con.close()
    with Store.open(db) as s:
        assert [(p.kind, p.row_id) for p in s.verify_audit()] == [("rewritten", 3)]


def test_deleted_row_is_named(db):
    _sql(db, "DELETE FROM audit_log WHERE id = 4")
    with Store.open(db) as s:
        assert [(p.kind, p.row_id) for p in s.verify_audit()] == [("deleted", 4)]


def test_deleted_last_row_is_named(db):
    _sql(db, "DELETE FROM audit_log WHERE id = 6")
    with Store.open(db) as s:
        assert [(p.kind, p.row_id) for p in s.verify_audit()] == [("deleted", 6)]


def test_inserted_row_is_named(db):
    _sql(db, "UPDATE audit_log SET id = id + 100 WHERE id >= 4")  # make room, as an editor would
    _sql(db, "UPDATE audit_log SET id = id - 99 WHERE id >= 104")
    _sql(db, "INSERT INTO audit_log (id, at, actor, role, os_user, action, target, details_json, prev_hash, hash) "
             "VALUES (4, '2026-03-02 10:00:00.000000', 'boss', 'manager', 'root', 'staff.add', 'staff:Z', '{}', "
             "?, ?)", "0" * 64, "f" * 64)
    _sql(db, "UPDATE audit_head SET last_id = 7")
    with Store.open(db) as s:
        kinds = [(p.kind, p.row_id) for p in s.verify_audit()]
    assert ("inserted", 4) in kinds


def test_new_rows_continue_an_intact_chain(db):
    with Store.open(db) as s:
        s.add_staff("C03", "Carol")
        assert s.verify_audit() == () and s.audit_head()[0] == 7


def test_cli_verify(db, capsys):
    assert main(["audit", "verify", "--db", str(db)]) == 0
    assert "intact" in capsys.readouterr().out
    _sql(db, "UPDATE audit_log SET actor = 'someone-else' WHERE id = 2")
    assert main(["audit", "verify", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "EDITED" in out and "row 2" in out and "BROKEN" in out


def test_removed_head_is_reported_in_the_trail(db):
    _sql(db, "DELETE FROM audit_head")
    with Store.open(db) as s:
        assert [p.kind for p in s.verify_audit()] == ["head"]
        s.add_staff("C03", "Carol")
        assert [r.action for r in s.list_audit()[-2:]] == ["audit.head_rebuilt", "staff.add"]
        # Issue 15, defect 6: a rebuilt head used to verify as "intact" (the cut rows forgotten).
        assert [(p.kind, p.row_id) for p in s.verify_audit()] == [("head", 7)]


def test_rows_and_head_deleted_then_any_command_is_not_intact(db, capsys):
    _sql(db, "DELETE FROM audit_log WHERE id >= 5")
    _sql(db, "DELETE FROM audit_head")
    with Store.open(db) as s:
        s.add_staff("C03", "Carol")  # any change rebuilds the head
    assert main(["audit", "verify", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "removed and rebuilt" in out and "BROKEN" in out


def test_a_trail_cut_back_with_its_head_is_caught_by_the_anchor(db, capsys):
    assert main(["audit", "anchor", "--db", str(db)]) == 0
    anchor = capsys.readouterr().out.strip()
    assert anchor.startswith("6:") and len(anchor) == 66
    with Store.open(db) as s:
        s.add_staff("C03", "Carol")  # the trail grows after the anchor: still fine
    assert main(["audit", "verify", "--expect", anchor, "--db", str(db)]) == 0
    capsys.readouterr()
    con = sqlite3.connect(db)  # cut back to row 4 and move the head with it, as an editor would
    last_hash = con.execute("SELECT hash FROM audit_log WHERE id = 4").fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE id > 4")
    con.execute("UPDATE audit_head SET last_id = 4, last_hash = ?", (last_hash,))
    con.commit()
    con.close()
    assert main(["audit", "verify", "--db", str(db)]) == 1  # the chain looks whole, but the review lost its row
    out = capsys.readouterr().out
    assert out.count("REVIEW") == 1 and "review of event 1" in out and "has no audit row" in out
    assert "ANCHOR" not in out
    assert main(["audit", "verify", "--expect", anchor, "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "ANCHOR" in out and "row 6 is gone" in out
    assert main(["audit", "verify", "--expect", "not-an-anchor", "--db", str(db)]) == 2
    assert "--expect" in capsys.readouterr().err


def test_upgrade_from_0001_keeps_reviewed_events_and_starts_an_empty_trail(tmp_path):
    """Migration 0002 rebuilds ``events`` on SQLite (new clip status) while reviews point at it."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from inspector.store import alembic_config
    from inspector.store.core import _make_engine

    db = tmp_path / "old.db"
    engine = _make_engine(f"sqlite:///{db}", 5, True)
    with engine.execution_options(inspector_write=True).connect() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.commit()
    with engine.connect() as conn:  # rows written the way the 0001 program wrote them
        conn.exec_driver_sql("INSERT INTO stations (id, name, camera_source, area) VALUES (1, 'desk', '', '')")
        conn.exec_driver_sql(
            "INSERT INTO events (id, station_id, source_id, rule_id, rules_version, start_at, end_at, peak_confidence,"
            " features_json, points, clip_status, created_at) VALUES (1, 1, 'v', 'phone', 'r1', "
            "'2026-03-02 09:00:00.000000', '2026-03-02 09:00:05.000000', 0.5, '{}', 1, 'ok', "
            "'2026-03-02 09:00:06.000000')")
        conn.exec_driver_sql("UPDATE events SET clip_path = '/x.mp4'")
        conn.exec_driver_sql("INSERT INTO reviews (event_id, decision, reviewer, at, comment) "
                             "VALUES (1, 'confirm', 'aud', '2026-03-02 10:00:00.000000', '')")
        conn.commit()
    engine.dispose()
    with Store.open(db) as s:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert s.schema_revision() == head and s.get_event(1).status.value == "confirmed"
        assert s.list_audit() == [] and s.verify_audit() == ()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


# --- direct edits of the tables that decide scores (issue 15, defect 6) ---------------------------


@pytest.fixture()
def appealed(db):
    """The ``db`` fixture plus accounts: staff A01 appeals event 1, a manager decides it; event 2 is
    confirmed by a manager; event 3 is not reviewed. Every table that decides a score has a row."""
    from inspector.auth import Role

    with Store.open(db) as s:
        s.add_event(station="desk", source_id="v", rule_id="phone", rules_version="r1", start=T0 + timedelta(hours=1),
                    end=T0 + timedelta(hours=1, seconds=5), peak_confidence=0.9, features={}, points=3)
        s.init_manager("boss", "correct horse battery")
        boss = s.as_actor(s.authenticate("boss", "correct horse battery"))
        boss.add_user("alice", Role.STAFF, "alice's long password", staff_code="A01")  # event 1 is hers (roster)
        alice = s.as_actor(s.authenticate("alice", "alice's long password"))
        alice.appeal(1, "I was answering a customer's call")
        boss.decide_appeal(1, "uphold", "the phone is visible for 9 s")
        boss.decide(2, "dismiss", "boss", "arms were not crossed")
        insp = boss.add_inspection("A01", T0 + timedelta(hours=2), {"badge": False, "uniform": True}, 2,
                                   inspector="boss")
        alice.appeal_inspection(insp.id, "my badge was on, under the scarf")
        boss.decide_inspection_appeal(insp.id, "overturn", "the badge shows on the side view")
        assert boss.verify_audit() == ()
    return db


def _verify(db, capsys) -> list[str]:
    """``audit verify`` as a manager; the problem lines (it must exit 1)."""
    assert main(["audit", "verify", "--local-admin", "--db", str(db)]) == 1
    return [line for line in capsys.readouterr().out.splitlines() if not line.startswith("audit trail")]


@pytest.mark.parametrize("statement, kind, words", [
    ("UPDATE reviews SET decision = 'dismiss' WHERE event_id = 1", "REVIEW", ["event 1", "decision: recorded 'confirm', now 'dismiss'"]),
    ("UPDATE reviews SET reviewer = 'someone else' WHERE event_id = 2", "REVIEW", ["event 2", "reviewer"]),
    ("DELETE FROM reviews WHERE event_id = 1", "REVIEW", ["event 1", "is gone", "undecided"]),
    ("INSERT INTO reviews (event_id, decision, reviewer, at, comment) VALUES (3, 'confirm', 'x', "
     "'2030-01-01 00:00:00.000000', '')", "REVIEW", ["event 3", "has no audit row"]),
    ("UPDATE events SET points = 50 WHERE id = 1", "POINTS", ["event 1", "points: recorded 3.0, now 50.0"]),
    ("UPDATE events SET rule_id = 'smile' WHERE id = 2", "POINTS", ["event 2", "rule: recorded 'arms', now 'smile'"]),
    ("UPDATE appeals SET decision = 'overturn' WHERE event_id = 1", "APPEAL", ["event 1", "'uphold', now 'overturn'"]),
    ("UPDATE appeals SET comment = 'other words' WHERE event_id = 1", "APPEAL", ["event 1", "comment"]),
    ("DELETE FROM appeals WHERE event_id = 1", "APPEAL", ["event 1", "is gone"]),
    ("UPDATE inspection_appeals SET decision = 'uphold'", "APPEAL", ["inspection 1", "'overturn', now 'uphold'"]),
    ("DELETE FROM inspection_appeals", "APPEAL", ["inspection 1", "is gone"]),
])
def test_a_direct_edit_of_reviews_appeals_or_points_is_named(appealed, capsys, statement, kind, words):
    """Issue 15 (6): flipping a decision or setting points to 50 in SQL gave "intact" (inspection
    appeals, added for issue 14, decide scores too)."""
    assert main(["audit", "verify", "--local-admin", "--db", str(appealed)]) == 0
    capsys.readouterr()
    _sql(appealed, statement)
    lines = _verify(appealed, capsys)
    assert len(lines) == 1 and lines[0].startswith(kind), lines
    assert all(w in lines[0] for w in words), lines


def test_reviews_from_before_the_audit_trail_are_not_flagged(tmp_path):
    """A review older than the trail's first row (an upgraded database) has no row to check against."""
    from inspector.audit import AuditRecord, ReviewFact, cross_check

    first = AuditRecord(1, T0, "a", "open", "u", "staff.add", "staff:A01", {}, "0" * 64, "h")
    old = ReviewFact(7, "confirm", "aud", "", T0 - timedelta(days=30))
    new = ReviewFact(8, "confirm", "aud", "", T0 + timedelta(days=1))
    assert [p.message.split(" (")[0] for p in cross_check([first], [old, new], [], {})] == ["the review of event 8"]
    assert cross_check([], [old, new], [], {}) == ()
