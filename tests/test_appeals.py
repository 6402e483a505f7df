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
