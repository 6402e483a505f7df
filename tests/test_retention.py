"""Retention: exactly the expired clips are deleted; confirmed or appealed evidence is kept; events stay."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector.auth import Actor
from inspector.cli import main
from inspector.privacy import apply_retention
from inspector.store import ClipStatus, Duplicate, InvalidInput, PermissionDenied, Store
from inspector.store import schema as S

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=timezone.utc)
PW = "correct horse battery"


def _with_clip(store: Store, folder, name: str, age_days: float, clip: bool = True):
    start = NOW - timedelta(days=age_days)
    ev, _ = store.add_event(station="desk", source_id="cam", rule_id=name, rules_version="r1", start=start,
                            end=start + timedelta(seconds=10), peak_confidence=0.8, features={"f": 1.0}, points=2)
    mp4, jpg = folder / f"{name}.mp4", folder / f"{name}.jpg"
    jpg.write_bytes(b"jpeg")
    if clip:
        mp4.write_bytes(b"mp4")
        return store.set_clip(ev.id, "ok", str(mp4), str(jpg))
    return store.set_clip(ev.id, "missing", None, str(jpg))


@pytest.fixture()
def setup(tmp_path):
    """Events aged around the 30-day limit in every review state; returns (db, folder, events by name)."""
    db, folder = tmp_path / "r.db", tmp_path / "clips"
    folder.mkdir()
    with Store.open(db) as s:
        s.add_station("desk")
        s.add_staff("A01", "Alice")
        s.add_roster("A01", "desk", NOW - timedelta(days=90), NOW + timedelta(days=1))
        ev = {name: _with_clip(s, folder, name, age, clip) for name, age, clip in [
            ("old_pending", 31, True), ("old_dismissed", 45, True), ("old_confirmed", 40, True),
            ("old_appealed", 35, True), ("old_thumb_only", 33, False), ("young_pending", 29, True),
            ("edge_young", 29.99, True)]}
        s.decide(ev["old_dismissed"].id, "dismiss", "aud")
        s.decide(ev["old_confirmed"].id, "confirm", "aud")
        s.init_manager("boss", PW)
        s.as_actor(s.authenticate("boss", PW)).add_user("alice", "staff", PW, staff_code="A01")
        s.as_actor(s.authenticate("alice", PW)).appeal(ev["old_appealed"].id, "that was a customer's phone")
    return db, folder, ev


def test_retention_deletes_exactly_the_expired_clips(setup):
    db, folder, ev = setup
    expired = {"old_pending", "old_dismissed", "old_thumb_only"}
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        rep = apply_retention(s, 30, now=NOW)
        assert sorted(rep.expired) == sorted(ev[n].id for n in expired)
        assert rep.files_deleted == 5 and rep.errors == ()
        for name, before in ev.items():
            after = s.get_event(before.id)
            assert (after.rule_id, after.start, after.points, dict(after.features)) == \
                (before.rule_id, before.start, before.points, dict(before.features))  # the event keeps its data
            if name in expired:
                assert after.clip_status is ClipStatus.EXPIRED and after.clip_path is None
                assert not (folder / f"{name}.mp4").exists() and not (folder / f"{name}.jpg").exists()
            else:
                assert after.clip_status is before.clip_status and after.clip_path == before.clip_path
                assert (folder / f"{name}.mp4").exists() and (folder / f"{name}.jpg").exists()
        assert apply_retention(s, 30, now=NOW).expired == ()  # a second run has nothing left to do
        assert [a.action for a in s.list_audit()].count("clip.expire") == 3
        assert s.verify_audit() == ()


def test_dry_run_deletes_nothing(setup):
    db, folder, ev = setup
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        rep = apply_retention(s, 30, now=NOW, dry_run=True)
        assert len(rep.expired) == 3 and rep.files_deleted == 0
        assert all(s.get_event(e.id).clip_status is not ClipStatus.EXPIRED for e in ev.values())
    assert len(list(folder.iterdir())) == 13


def test_clip_already_gone_is_still_expired(setup):
    db, folder, ev = setup
    (folder / "old_pending.mp4").unlink()  # e.g. a crash after deleting the file, before the database update
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        assert ev["old_pending"].id in apply_retention(s, 30, now=NOW).expired


def test_confirmed_or_appealed_evidence_cannot_be_expired(setup):
    db, _, ev = setup
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        for name in ("old_confirmed", "old_appealed"):
            with pytest.raises(InvalidInput, match="kept"):
                s.expire_clip(ev[name].id, "manual")


def test_only_managers_run_retention(setup):
    db, _, _ = setup
    with Store.open(db) as s:
        with pytest.raises(PermissionDenied):
            apply_retention(s.as_actor(s.authenticate("alice", PW)), 30, now=NOW)
        with pytest.raises(PermissionDenied):
            apply_retention(s, 30, now=NOW)  # anonymous once accounts exist


def test_expired_evidence_is_not_replaced_by_a_later_clip(setup):
    db, folder, ev = setup
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        apply_retention(s, 30, now=NOW)
        with pytest.raises(InvalidInput, match="expired"):
            s.set_clip(ev["old_pending"].id, "ok", str(folder / "again.mp4"))


def test_cli(setup, capsys):
    db, _, _ = setup
    assert main(["retention", "--days", "30", "--db", str(db), "--local-admin", "--dry-run"]) == 0
    assert "would expire" in capsys.readouterr().out
    assert main(["retention", "--days", "0", "--db", str(db), "--local-admin"]) == 2


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("who", ["staff", "anonymous"])
def test_a_refused_actor_deletes_no_file_and_changes_nothing(setup, who):
    """Issue 15, defect 2: the files used to be unlinked before the store refused the actor."""
    db, folder, ev = setup
    files = _files(folder)
    with Store.open(db) as s:
        actor = s.as_actor(s.authenticate("alice", PW)) if who == "staff" else s
        audit_rows = len(s.as_actor(Actor.local_admin_mode()).list_audit())
        with pytest.raises(PermissionDenied):
            apply_retention(actor, 30, now=NOW)
        with pytest.raises(PermissionDenied):
            apply_retention(actor, 30, now=NOW, dry_run=True)  # nor may it list other people's event ids
        admin = s.as_actor(Actor.local_admin_mode())
        assert _files(folder) == files
        assert all(admin.get_event(e.id).clip_status is e.clip_status for e in ev.values())
        assert len(admin.list_audit()) == audit_rows


def test_a_file_cannot_become_the_evidence_of_two_events(setup):
    db, folder, ev = setup
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        with pytest.raises(Duplicate, match="belongs to event"):
            s.set_clip(ev["old_pending"].id, "ok", str(folder / "old_confirmed.mp4"))
        with pytest.raises(Duplicate):
            s.set_clip(ev["old_pending"].id, "missing", None, str(folder / "young_pending.jpg"))
        assert s.get_event(ev["old_pending"].id).clip_path == str(folder / "old_pending.mp4")
        s.set_clip(ev["old_pending"].id, "ok", str(folder / "old_pending.mp4"), str(folder / "old_pending.jpg"))


def test_retention_keeps_a_file_another_event_still_needs(setup):
    """Issue 15, defect 1: a file shared by a confirmed and a dismissed event (as clip names made
    before per-event names allowed) was deleted with the dismissed event's evidence."""
    db, folder, ev = setup
    shared_clip, shared_thumb = str(folder / "old_confirmed.mp4"), str(folder / "old_confirmed.jpg")
    with Store.open(db) as s:
        with s._write() as session:  # data from before the store refused shared files
            row = session.get(S.Event, ev["old_dismissed"].id)
            row.clip_path, row.thumbnail_path = shared_clip, shared_thumb
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        rep = apply_retention(s, 30, now=NOW)
        assert ev["old_dismissed"].id in rep.expired and rep.errors == ()
        assert s.get_event(ev["old_dismissed"].id).clip_status is ClipStatus.EXPIRED
        assert s.get_event(ev["old_confirmed"].id).clip_path == shared_clip
        assert (folder / "old_confirmed.mp4").exists() and (folder / "old_confirmed.jpg").exists()
        entry = [a for a in s.list_audit() if a.target == f"event:{ev['old_dismissed'].id}"][-1]
        assert entry.details["kept_for_other_events"] == [shared_clip, shared_thumb]
        assert (folder / "old_dismissed.mp4").exists()  # no longer referenced by anyone: not the product's to judge


def test_a_file_that_cannot_be_deleted_leaves_its_event_unchanged(setup, monkeypatch):
    db, folder, ev = setup
    import inspector.privacy as privacy

    def refuse(path):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(privacy.os, "unlink", refuse)
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        rep = apply_retention(s, 30, now=NOW)
        assert rep.expired == () and len(rep.errors) == 3
        assert all(s.get_event(e.id).clip_status is e.clip_status for e in ev.values())
        assert [a.action for a in s.list_audit()].count("clip.expire") == 0


@pytest.mark.parametrize("days", ["nan", "inf", "-inf", "1e308", "-3"])
def test_cli_refuses_days_that_are_not_a_period_in_one_line(setup, capsys, days):
    db, folder, _ = setup
    files = _files(folder)
    assert main(["retention", f"--days={days}", "--db", str(db), "--local-admin"]) == 2
    err = capsys.readouterr().err
    assert "--days must be" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _files(folder) == files
