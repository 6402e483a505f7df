"""Accounts and roles: every write path of the store refuses a role without the permission."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector.auth import ROLE_PERMISSIONS, Actor, Permission, hash_password, verify_password
from inspector.cli import main
from inspector.store import CachedScore, PermissionDenied, Store, UnknownEvent, WrongPassword

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
PW = "correct horse battery"


def _event(store: Store, start: datetime, rule: str = "arms_crossed"):
    return store.add_event(station="desk", source_id="v1", rule_id=rule, rules_version="r1", start=start,
                           end=start + timedelta(seconds=20), peak_confidence=0.8, features={"x": 1.0}, points=2)[0]


@pytest.fixture()
def db(tmp_path):
    """A database with a manager, an auditor and two staff accounts, events of both staff."""
    path = tmp_path / "auth.db"
    with Store.open(path) as open_mode:  # no account yet: setup works without signing in
        open_mode.add_station("desk")
        for code in ("A01", "B02", "C03"):
            open_mode.add_staff(code, f"Name {code}")
        open_mode.add_roster("A01", "desk", T0, T0 + timedelta(hours=1))
        open_mode.add_roster("B02", "desk", T0 + timedelta(hours=1), T0 + timedelta(hours=2))
        _event(open_mode, T0 + timedelta(minutes=5))
        _event(open_mode, T0 + timedelta(minutes=65))
        open_mode.init_manager("boss", PW)
    with Store.open(path) as s:
        mgr = s.as_actor(s.authenticate("boss", PW))
        mgr.add_user("aud", "auditor", PW)
        mgr.add_user("alice", "staff", PW, staff_code="A01")
        mgr.add_user("bob", "staff", PW, staff_code="B02")
    return path


def _actor(path, name: str) -> Actor:
    with Store.open(path) as s:
        return s.authenticate(name, PW)


# Each write path: (name, permission it needs, call). Calls use fresh targets so that an allowed call succeeds.
WRITES = [
    ("add_staff", Permission.CONFIGURE, lambda s, n: s.add_staff(f"N{n}", "New")),
    ("set_staff_active", Permission.CONFIGURE, lambda s, n: s.set_staff_active("C03", False)),
    ("add_station", Permission.CONFIGURE, lambda s, n: s.add_station(f"desk-{n}")),
    ("add_roster", Permission.CONFIGURE,
     lambda s, n: s.add_roster("C03", "desk", T0 + timedelta(days=n + 1), T0 + timedelta(days=n + 1, hours=1))),
    ("reattribute_unassigned", Permission.CONFIGURE, lambda s, n: s.reattribute_unassigned()),
    ("add_event", Permission.RECORD_EVENTS, lambda s, n: _event(s, T0 + timedelta(days=n + 1))),
    ("update_event_end", Permission.RECORD_EVENTS, lambda s, n: s.update_event_end(1, T0 + timedelta(minutes=7))),
    ("set_clip", Permission.RECORD_EVENTS, lambda s, n: s.set_clip(1, "missing")),
    ("decide", Permission.REVIEW,
     lambda s, n: s.decide(_event(s.as_actor(Actor.local_admin_mode()), T0 + timedelta(days=30 + n)).id,
                           "dismiss", "x")),
    ("assign_event", Permission.REVIEW, lambda s, n: s.assign_event(2, "B02")),
    ("add_inspection", Permission.INSPECT, lambda s, n: s.add_inspection("A01", T0, {"badge": True}, 0)),
    ("save_monthly_scores", Permission.RECALCULATE,
     lambda s, n: s.save_monthly_scores("2026-03", [CachedScore(1, "2026-03", 98.0, 2.0, 0.0, T0)])),
    ("add_user", Permission.MANAGE_USERS, lambda s, n: s.add_user(f"u{n}", "auditor", PW)),
    ("set_user_active", Permission.MANAGE_USERS, lambda s, n: s.set_user_active("aud", True)),
    ("set_password(other)", Permission.MANAGE_USERS, lambda s, n: s.set_password("bob", PW)),
    ("expire_clip", Permission.EXPIRE_CLIPS, lambda s, n: s.expire_clip(2, "test")),
    ("record_change", Permission.CONFIGURE, lambda s, n: s.record_change("config.save", "config:rules", {"a": 1})),
    ("appeal", Permission.APPEAL, lambda s, n: s.appeal(1, "I was helping a customer")),
]
ACCOUNTS = {"manager": "boss", "auditor": "aud", "staff": "alice"}


@pytest.mark.parametrize("role", ["manager", "auditor", "staff", "local-admin", "nobody"])
def test_every_write_path_checks_the_role(db, role):
    actor = {"local-admin": Actor.local_admin_mode(), "nobody": None}[role] if role not in ACCOUNTS \
        else _actor(db, ACCOUNTS[role])
    granted = set() if actor is None else ROLE_PERMISSIONS[actor.role]
    with Store.open(db) as base:
        s = base.as_actor(actor)
        for n, (name, perm, call) in enumerate(WRITES):
            if perm in granted and not (perm is Permission.APPEAL and actor.local_admin):
                call(s, n)  # allowed: must not raise
            else:
                with pytest.raises(PermissionDenied):
                    call(s, n)
                    pytest.fail(f"{role} was allowed to {name}")


def test_refused_write_changes_nothing_and_is_not_audited(db):
    with Store.open(db, actor=Actor.local_admin_mode()) as base:
        before = len(base.list_audit())
        staff = base.as_actor(_actor(db, "alice"))
        with pytest.raises(PermissionDenied, match="configure"):
            staff.add_staff("Z99", "Intruder")
        assert [x.code for x in base.list_staff()] == ["A01", "B02", "C03"]
        assert len(base.list_audit()) == before


def test_staff_see_only_their_own_events_and_appeal_only_those(db):
    with Store.open(db, actor=Actor.local_admin_mode()) as base:
        alice = base.as_actor(_actor(db, "alice"))
        assert [e.staff_code for e in alice.list_events()] == ["A01"]
        assert [e.staff_code for e in alice.list_events(staff_code="B02")] == []
        with pytest.raises(UnknownEvent):
            alice.get_event(2)  # Bob's event is invisible to Alice
        with pytest.raises(PermissionDenied, match="own events"):
            alice.appeal(2, "not mine")
        ap = alice.appeal(1, "I was helping a customer")
        assert ap.user == "alice" and alice.get_event(1).appeal == ap
        assert [s.code for s in alice.list_staff()] == ["A01"]
        last = base.list_audit()[-1]
        assert (last.action, last.target, last.actor, dict(last.details)) == \
            ("appeal.add", "event:1", "alice", {"comment": "I was helping a customer"})


def test_anonymous_writes_refused_once_accounts_exist(db):
    with Store.open(db) as s:
        assert s.has_accounts()
        with pytest.raises(PermissionDenied, match="--user NAME"):
            s.add_station("desk-2")


def test_wrong_password_and_disabled_account(db):
    with Store.open(db) as s:
        with pytest.raises(WrongPassword):
            s.authenticate("boss", "wrong password!")
        with pytest.raises(WrongPassword):
            s.authenticate("nobody", PW)
        aud = _actor(db, "aud")
        s.as_actor(_actor(db, "boss")).set_user_active("aud", False)
        with pytest.raises(WrongPassword):
            s.authenticate("aud", PW)
        with pytest.raises(PermissionDenied, match="no longer active"):
            s.as_actor(aud).decide(1, "confirm", "aud")  # a signed-in actor loses its rights at once


def test_last_manager_cannot_be_disabled(db):
    from inspector.store import InvalidInput

    with Store.open(db) as s:
        with pytest.raises(InvalidInput, match="last active manager"):
            s.as_actor(_actor(db, "boss")).set_user_active("boss", False)


def test_password_hashes_are_salted_argon2id():
    a, b = hash_password(PW), hash_password(PW)
    assert a.startswith("$argon2id$") and a != b
    assert verify_password(a, PW) and not verify_password(a, PW + "x") and not verify_password("garbage", PW)


def test_reviewer_is_the_signed_in_account(db):
    with Store.open(db) as s:
        rv = s.as_actor(_actor(db, "aud")).decide(2, "confirm", "someone else")
        assert rv.reviewer == "aud"


def test_cli_requires_a_manager_or_recorded_local_admin(db, monkeypatch, capsys):
    monkeypatch.delenv("INSPECTOR_PASSWORD", raising=False)
    assert main(["staff", "add", "D04", "Dora", "--db", str(db)]) == 2
    assert "sign in" in capsys.readouterr().err
    monkeypatch.setenv("INSPECTOR_PASSWORD", PW)
    assert main(["staff", "add", "D04", "Dora", "--db", str(db), "--user", "aud"]) == 2
    assert "may not add staff" in capsys.readouterr().err
    assert main(["staff", "add", "D04", "Dora", "--db", str(db), "--user", "boss"]) == 0
    assert main(["staff", "add", "E05", "Eve", "--db", str(db), "--local-admin"]) == 0
    with Store.open(db, actor=Actor.local_admin_mode()) as s:
        rows = s.list_audit()[-2:]
    assert [(r.actor, r.role, r.target) for r in rows] == [("boss", "manager", "staff:D04"),
                                                           ("local-admin", "local-admin", "staff:E05")]
    assert rows[1].os_user


def test_users_init_only_once(tmp_path, monkeypatch, capsys):
    db = tmp_path / "u.db"
    monkeypatch.setenv("INSPECTOR_NEW_PASSWORD", PW)
    assert main(["users", "init", "boss", "--db", str(db)]) == 0
    assert main(["users", "init", "boss2", "--db", str(db)]) == 2
    assert "accounts exist already" in capsys.readouterr().err
    monkeypatch.setenv("INSPECTOR_NEW_PASSWORD", "short")
    monkeypatch.setenv("INSPECTOR_PASSWORD", PW)
    assert main(["users", "add", "x", "--role", "auditor", "--db", str(db), "--user", "boss"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err


def test_cli_staff_appeal(db, monkeypatch, capsys):
    monkeypatch.setenv("INSPECTOR_PASSWORD", PW)
    assert main(["users", "my-events", "--db", str(db), "--user", "bob"]) == 0
    out = capsys.readouterr().out
    assert "arms_crossed" in out and out.count("\n") == 1  # only Bob's one event
    assert main(["users", "appeal", "1", "not me", "--db", str(db), "--user", "bob"]) == 2
    assert main(["users", "appeal", "2", "a customer asked me to hold the phone", "--db", str(db), "--user", "bob"]) == 0
    assert main(["users", "appeal", "2", "again", "--db", str(db), "--user", "boss"]) == 2  # managers do not appeal


def test_failed_sign_ins_are_audited_and_then_slowed(db):
    """Issue 15, defect 11: no delay after failures, and failures were not audited."""
    from inspector.auth import AuthSettings

    rules = AuthSettings(free_failures=2, failure_delay_s=60)
    with Store.open(db, auth=rules) as s:
        for name in ("boss", "boss", "ghost", "ghost"):  # typing mistakes cost nothing
            with pytest.raises(WrongPassword, match="sign-in failed"):
                s.authenticate(name, "wrong password!")
        assert s.authenticate("boss", PW).name == "boss"
        with pytest.raises(WrongPassword, match="sign-in failed"):
            s.authenticate("boss", "wrong password!")  # the third failure within the window
        with pytest.raises(WrongPassword, match="refused for 60 s more: 3 failed attempts"):
            s.authenticate("boss", PW)  # even the right password waits, unchecked
        with pytest.raises(WrongPassword, match="sign-in failed"):
            s.authenticate("ghost", "again wrong")  # an unknown name: the same answers as a known one
        with pytest.raises(WrongPassword, match="refused for 60 s more"):
            s.authenticate("ghost", "again wrong")
        assert s.authenticate("aud", PW).name == "aud"  # other accounts are not held up
        auditor = s.as_actor(_actor(db, "aud"))
        failed = [r for r in auditor.list_audit() if r.action == "auth.failed"]
        assert [(r.target, r.role) for r in failed] == [("user:boss", "unauthenticated")] * 2 + \
            [("user:ghost", "unauthenticated")] * 2 + [("user:boss", "unauthenticated"),
                                                        ("user:ghost", "unauthenticated")]
        assert auditor.verify_audit() == ()


def test_failure_delay_doubles_up_to_the_limit():
    from inspector.auth import AuthSettings, failure_delay

    rules = AuthSettings(free_failures=2, failure_delay_s=2, max_failure_delay_s=30)
    assert [failure_delay(n, rules) for n in range(8)] == [0, 0, 0, 2, 4, 8, 16, 30]


def test_an_unknown_name_answers_as_slowly_as_a_known_one(db):
    import time

    def timed(name):
        t = time.perf_counter()
        with pytest.raises(WrongPassword):
            s.authenticate(name, "wrong password!")
        return time.perf_counter() - t

    with Store.open(db) as s:
        timed("nobody-yet")  # the first call makes the stand-in hash
        known = min(timed("aud") for _ in range(2))
        unknown = min(timed(f"nobody-{i}") for i in range(2))
    assert unknown > 0.5 * known and known > 0.01  # was 0.5 ms against 145 ms


def test_min_password_length_of_the_config_is_enforced(tmp_path, capsys, monkeypatch):
    """Issue 15, defect 11: auth.min_password_length = 30 was accepted and ignored."""
    from inspector.cli import main

    cfg = tmp_path / "site.toml"
    cfg.write_text("[auth]\nmin_password_length = 30\n", encoding="utf-8")
    monkeypatch.setenv("INSPECTOR_NEW_PASSWORD", "twenty characters ok")
    assert main(["--config", str(cfg), "users", "init", "boss", "--db", str(tmp_path / "t.db")]) == 2
    assert "at least 30 characters" in capsys.readouterr().err
    with Store.open(tmp_path / "t.db") as s:
        assert not s.has_accounts()


def test_reading_needs_an_identity_once_accounts_exist(db, capsys):
    """Issue 15, defect 3: without --user, review list, users list and audit list read everything."""
    from inspector.cli import main

    with Store.open(db) as s:
        for read in (lambda: s.list_events(), lambda: s.list_users(), lambda: s.list_audit(),
                     lambda: s.list_staff(), lambda: s.list_roster(), lambda: s.list_appeals()):
            with pytest.raises(PermissionDenied, match="sign in"):
                read()
        assert not s.can(Permission.READ_ALL)
    for argv in (["review", "list", "--status", "all"], ["users", "list"], ["audit", "list"]):
        assert main([*argv, "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "sign in" in err and "Traceback" not in err


def test_staff_see_only_their_own_roster_entries(db):
    with Store.open(db) as s:
        alice = s.as_actor(_actor(db, "alice"))
        assert {r.staff_code for r in alice.list_roster()} == {"A01"}
        assert {r.staff_code for r in s.as_actor(_actor(db, "aud")).list_roster()} == {"A01", "B02"}


def test_local_admin_is_only_for_the_owner_of_the_database_file(db, monkeypatch, capsys):
    """Issue 15, defect 3: --local-admin gave manager rights to any OS user who could write the file."""
    import inspector.commands.common as common

    owner = db.stat().st_uid
    monkeypatch.setattr(common.os, "getuid", lambda: owner + 4321)
    assert main(["staff", "add", "F06", "Fay", "--db", str(db), "--local-admin"]) == 2
    err = capsys.readouterr().err
    assert "--local-admin is for the OS user who owns" in err and "Traceback" not in err
    monkeypatch.setattr(common.os, "getuid", lambda: owner)
    assert main(["staff", "add", "F06", "Fay", "--db", str(db), "--local-admin"]) == 0
