"""Appeals get decided: a manager or auditor upholds or overturns one with a reason; the score
follows, the staff member reads the reason, the decision is in the audit trail (issue 14, 1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector.scoring import compute_month
from inspector.store import AlreadyDecided, EventStatus, InvalidInput, NotFound, PermissionDenied, Store

PW = "correct horse battery"


@pytest.fixture()
def store(tmp_path):
    s = Store.open(tmp_path / "a.db")
    s.add_station("desk")
    s.add_staff("A01", "Alice")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    s.add_roster("A01", "desk", now - timedelta(hours=5), now + timedelta(hours=1))
    for k, rule in enumerate(("phone_use", "slouching")):
        t = now - timedelta(hours=4 - k)
        s.add_event(station="desk", source_id="cam", rule_id=rule, rules_version="r1", start=t,
                    end=t + timedelta(seconds=10), peak_confidence=0.8, features={}, points=3)
    s.init_manager("boss", PW)
    boss = s.as_actor(s.authenticate("boss", PW))
    boss.add_user("alice", "staff", PW, staff_code="A01")
    boss.add_user("audrey", "auditor", PW)
    yield s
    s.close()


def _as(store, name):
    return store.as_actor(store.authenticate(name, PW))


def _score(store) -> float:
    events = store.list_events()
    month = events[0].start.astimezone().strftime("%Y-%m")
    return compute_month(month, store.list_staff(), events, []).scores[0].score


def test_overturned_appeal_gives_the_points_back_and_is_audited(store):
    boss, alice = _as(store, "boss"), _as(store, "alice")
    store = boss  # reads need an account once accounts exist
    phone = next(e for e in store.list_events() if e.rule_id == "phone_use")
    boss.decide(phone.id, "confirm", "boss")
    assert _score(store) == 97
    alice.appeal(phone.id, "I was calling the customer back, as the manual says")
    ap = boss.decide_appeal(phone.id, "overturn", "the customer asked to be called back")
    assert ap.decision == "overturn" and ap.decided_by == "boss" and ap.user == "alice"
    ev = store.get_event(phone.id)
    assert ev.status is EventStatus.DISMISSED and _score(store) == 100
    assert [e.id for e in store.list_events(status="dismissed")] == [phone.id]
    assert store.list_events(status="confirmed") == []
    mine = alice.get_event(phone.id).appeal
    assert mine.reason == "the customer asked to be called back"  # the staff member reads why
    entry = store.list_audit()[-1]
    assert entry.action == "appeal.decide" and entry.target == f"event:{phone.id}" and entry.actor == "boss"
    assert store.verify_audit() == ()
    with pytest.raises(AlreadyDecided):
        boss.decide_appeal(phone.id, "uphold", "second thoughts")


def test_upheld_appeal_keeps_the_deduction_and_decides_a_pending_event(store):
    audrey, alice = _as(store, "audrey"), _as(store, "alice")
    store = audrey
    slouch = next(e for e in store.list_events() if e.rule_id == "slouching")
    alice.appeal(slouch.id, "I was picking up a pen")
    assert store.get_event(slouch.id).status is EventStatus.PENDING
    audrey.decide_appeal(slouch.id, "uphold", "the clip shows 40 s of slouching")
    ev = store.get_event(slouch.id)
    assert ev.status is EventStatus.CONFIRMED and ev.review.reviewer == "audrey"
    assert ev.appeal.decision == "uphold" and _score(store) == 97


def test_only_reviewers_decide_appeals_and_a_reason_is_required(store):
    boss, alice = _as(store, "boss"), _as(store, "alice")
    store = boss
    phone = next(e for e in store.list_events() if e.rule_id == "phone_use")
    with pytest.raises(NotFound):
        boss.decide_appeal(phone.id, "overturn", "nobody appealed")
    alice.appeal(phone.id, "not me")
    with pytest.raises(PermissionDenied):
        alice.decide_appeal(phone.id, "overturn", "I agree with myself")
    with pytest.raises(InvalidInput):
        boss.decide_appeal(phone.id, "overturn", "  ")
    with pytest.raises(InvalidInput):
        boss.decide_appeal(phone.id, "maybe", "why not")
    assert store.get_event(phone.id).appeal.decision is None


# --- inspection deductions are appealed like events (issue 14, 5) ---------------------------------

def _failed_inspection(store, at=None):
    at = at or datetime.now(timezone.utc).replace(hour=10, minute=0, second=0, microsecond=0)  # mid-day (UTC)
    return store.add_inspection("A01", at, {"badge": False, "uniform": True}, 2, inspector="boss")


def _month_score(store) -> float:
    events, inspections = store.list_events(), store.list_inspections()
    month = inspections[0].at.astimezone().strftime("%Y-%m")
    return compute_month(month, store.list_staff(), events, inspections).scores[0].score


def test_staff_see_and_appeal_their_inspection_and_an_overturn_gives_the_points_back(store):
    boss, alice, audrey = _as(store, "boss"), _as(store, "alice"), _as(store, "audrey")
    rec = _failed_inspection(boss)
    assert _month_score(boss) == 98
    mine = alice.list_inspections()
    assert [i.id for i in mine] == [rec.id] and mine[0].deducted == 2 and mine[0].appeal is None
    ap = alice.appeal_inspection(rec.id, "my badge was on, under the scarf")
    assert ap.user == "alice" and ap.decision is None
    assert [a.inspection_id for a in audrey.list_inspection_appeals()] == [rec.id]
    with pytest.raises(AlreadyDecided):
        alice.appeal_inspection(rec.id, "again")
    with pytest.raises(PermissionDenied):
        alice.decide_inspection_appeal(rec.id, "overturn", "I agree with myself")
    audrey.decide_inspection_appeal(rec.id, "overturn", "the badge is visible on the side view")
    seen = alice.get_inspection(rec.id)
    assert seen.appeal.decision == "overturn" and seen.appeal.decided_by == "audrey"
    assert seen.appeal.reason == "the badge is visible on the side view" and seen.deducted == 0
    assert _month_score(boss) == 100
    entries = [e for e in boss.list_audit() if e.target == f"inspection:{rec.id}"]
    assert [e.action for e in entries] == ["inspection.appeal", "inspection.appeal.decide"]
    assert boss.verify_audit() == ()
    with pytest.raises(AlreadyDecided):
        boss.decide_inspection_appeal(rec.id, "uphold", "second thoughts")


def test_an_upheld_inspection_appeal_keeps_the_deduction(store):
    boss, alice = _as(store, "boss"), _as(store, "alice")
    rec = _failed_inspection(boss)
    alice.appeal_inspection(rec.id, "I was wearing it")
    with pytest.raises(InvalidInput):
        boss.decide_inspection_appeal(rec.id, "overturn", " ")
    boss.decide_inspection_appeal(rec.id, "uphold", "no badge on either view")
    assert alice.get_inspection(rec.id).deducted == 2 and _month_score(boss) == 98


def test_only_own_deducting_inspections_can_be_appealed(store):
    boss, alice = _as(store, "boss"), _as(store, "alice")
    boss.add_staff("B02", "Bob")
    at = datetime.now(timezone.utc).replace(microsecond=0)
    bobs = boss.add_inspection("B02", at, {"badge": False}, 1)
    passed = boss.add_inspection("A01", at, {"badge": True}, 0)
    with pytest.raises(PermissionDenied):
        alice.appeal_inspection(bobs.id, "not mine either")
    with pytest.raises(InvalidInput, match="nothing to appeal"):
        alice.appeal_inspection(passed.id, "it passed")
    with pytest.raises(NotFound):
        boss.decide_inspection_appeal(passed.id, "overturn", "nobody appealed")
    assert [i.id for i in alice.list_inspections()] == [passed.id]  # staff see only their own


def test_the_appeal_of_a_replaced_inspection_leaves_the_queue(store):
    boss, alice = _as(store, "boss"), _as(store, "alice")
    rec = _failed_inspection(boss)
    alice.appeal_inspection(rec.id, "the badge was there")
    assert [a.inspection_id for a in boss.list_inspection_appeals()] == [rec.id]
    again = boss.add_inspection("A01", rec.at + timedelta(minutes=5), {"badge": True}, 0, replace=True)
    assert boss.list_inspection_appeals() == []  # moot: the replaced inspection deducts nothing
    assert boss.get_inspection(rec.id).appeal is not None and boss.get_inspection(rec.id).replaced_by == again.id
    with pytest.raises(InvalidInput, match="nothing to appeal"):
        alice.appeal_inspection(again.id, "it passed anyway")
