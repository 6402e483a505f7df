"""The staff, stations, roster, review and scores commands end to end on a temporary database."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inspector.cli import main
from inspector.store import Store

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture()
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("INSPECTOR_DB", raising=False)
    return str(tmp_path / "cli.db")


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_setup_review_and_scores(db, tmp_path, capsys):
    assert run(capsys, "staff", "add", "A001", "张伟", "--db", db)[0] == 0
    assert run(capsys, "staff", "add", "A002", "李娜", "--db", db)[0] == 0
    assert run(capsys, "stations", "add", "desk-1", "--camera", "0", "--area", "left", "--roi", "0,0,1,0.8",
               "--db", db)[0] == 0
    rc, out, _ = run(capsys, "stations", "list", "--db", db)
    assert "desk-1" in out and "roi 0,0,1,0.8" in out
    roster = tmp_path / "roster.csv"
    roster.write_text("staff,station,start,end\nA001,desk-1,2025-03-03 09:00,2025-03-03 13:00\n"
                      "A002,desk-1,2025-03-03 13:00,2025-03-03 18:00\n", encoding="utf-8")
    rc, out, err = run(capsys, "roster", "import", str(roster), "--tz", "Asia/Shanghai", "--db", db)
    assert rc == 0 and "imported 2" in out, err

    with Store.open(db) as s:  # what `inspector analyze` would write
        for hour, rule in [(10, "arms_crossed"), (11, "arms_crossed"), (14, "phone_use"), (19, "sleeping")]:
            s.add_event(station="desk-1", source_id="cam", rule_id=rule, rules_version="1",
                        start=datetime(2025, 3, 3, hour, tzinfo=SH),
                        end=datetime(2025, 3, 3, hour, tzinfo=SH) + timedelta(seconds=40),
                        peak_confidence=0.9, features={"f": 1.0}, points=3)
        for n, (minute, delay) in enumerate([(5, 2.0), (20, None), (40, 7.0)]):  # A001: 2 of 3 greeted
            at = datetime(2025, 3, 3, 10, minute, tzinfo=SH)
            s.add_greeting(station="desk-1", source_id="cam", customer_track=n, staff_track=0, kind="first",
                           status="missed" if delay is None else "on_time" if delay < 5 else "late", arrival=at,
                           greeted=None if delay is None else at + timedelta(seconds=delay), rules_version="1")
    rc, out, _ = run(capsys, "review", "list", "--tz", "Asia/Shanghai", "--db", db)
    assert out.count("pending") == 4 and "UNASSIGNED" in out
    assert run(capsys, "review", "confirm", "1", "2", "3", "--reviewer", "王经理", "--comment", "seen", "--db", db)[0] == 0
    rc, out, err = run(capsys, "review", "dismiss", "1", "--reviewer", "other", "--db", db)
    assert rc == 2 and "already confirmed by 王经理" in err
    rc, out, err = run(capsys, "scores", "--month", "2025-03", "--tz", "Asia/Shanghai", "--csv",
                       str(tmp_path / "s.csv"), "--db", db)
    assert rc == 0, err
    rows = {l.split()[0]: l.split() for l in out.splitlines() if l.startswith("A00")}
    assert rows["A001"][2:5] == ["95", "5", "0"]   # two arms_crossed of 3 points, capped at 5 per day
    assert rows["A002"][2:5] == ["97", "3", "0"]
    assert rows["A001"][5:9] == ["67%", "(2/3)", "4.5", "s"]  # median of 2 s and 7 s
    assert rows["A002"][5:7] == ["—", "—"] and "median delay" in out
    assert "1 unassigned event" in out
    with open(tmp_path / "s.csv", encoding="utf-8-sig") as f:
        recs = list(csv.DictReader(f))
    assert [(r["staff_code"], r["score"]) for r in recs if r["record"] == "score"] == [("A001", "95"), ("A002", "97")]
    with Store.open(db) as s:
        assert sorted(c.score for c in s.list_monthly_scores("2025-03")) == [95.0, 97.0]


@pytest.mark.parametrize("argv, message", [
    (["roster", "add", "A001", "desk-1", "--start", "2025-03-03 12:00", "--end", "2025-03-03 14:00"],
     "overlaps roster entry"),
    (["roster", "add", "A001", "desk-9", "--start", "2025-03-04 12:00", "--end", "2025-03-04 14:00"],
     "unknown station 'desk-9'"),
    (["roster", "add", "A001", "desk-1", "--start", "noon", "--end", "2025-03-04 14:00"], "--start: time must"),
    (["review", "confirm", "42", "--reviewer", "x"], "unknown event id 42"),
    (["scores", "--month", "March"], "YYYY-MM"),
    (["scores", "--month", "2025-03", "--tz", "Mars/Base"], "unknown time zone"),
    (["staff", "add", "A001", "again"], "already exists"),
    (["stations", "add", "desk-2", "--roi", "1,2,3"], "--roi must be four numbers"),
])
def test_bad_inputs_give_one_clear_line(db, capsys, argv, message):
    run(capsys, "staff", "add", "A001", "张伟", "--db", db)
    run(capsys, "stations", "add", "desk-1", "--db", db)
    run(capsys, "roster", "add", "A001", "desk-1", "--start", "2025-03-03 09:00", "--end", "2025-03-03 13:00",
        "--db", db)
    rc, out, err = run(capsys, *argv, "--db", db)
    assert rc == 2 and message in err and "Traceback" not in err and err.count("\n") == 1


def test_roster_csv_problems_name_the_line(db, tmp_path, capsys):
    run(capsys, "staff", "add", "A001", "张伟", "--db", db)
    run(capsys, "stations", "add", "desk-1", "--db", db)
    bad = tmp_path / "bad.csv"
    bad.write_text("staff,station,start\nA001,desk-1,2025-03-03 09:00\n", encoding="utf-8")
    assert "missing end" in run(capsys, "roster", "import", str(bad), "--db", db)[2]
    bad.write_text("staff,station,start,end\nA001,desk-1,2025-03-03 09:00,\n", encoding="utf-8")
    assert "line 2: empty end" in run(capsys, "roster", "import", str(bad), "--db", db)[2]
    bad.write_text("staff,station,start,end\nA001,desk-1,2025-03-03 09:00,2025-03-03 12:00\n"
                   "A001,desk-1,2025-03-03 11:00,2025-03-03 15:00\n", encoding="utf-8")
    rc, _, err = run(capsys, "roster", "import", str(bad), "--db", db)
    assert rc == 2 and "nothing imported: roster entry 2" in err
    assert "no roster entries" in run(capsys, "roster", "list", "--db", db)[1]


def test_db_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INSPECTOR_DB", str(tmp_path / "env.db"))
    assert run(capsys, "staff", "add", "B1", "Bo")[0] == 0
    assert (tmp_path / "env.db").is_file()


def test_analyze_uses_the_calibration_the_app_saved_for_the_station(tmp_path, monkeypatch):
    from calibration.profile import save_profile
    from inspector.site import station_profile_path
    from inspector.commands.analyze import calibration_profile
    from inspector.config import InspectorConfig
    from inspector.store import default_data_dir
    from test_calibration import camera_profile

    cfg = InspectorConfig()
    assert calibration_profile(None, cfg, "desk-1") is None  # nothing saved: the station region decides
    saved = save_profile(camera_profile(), station_profile_path(default_data_dir(cfg.storage), "desk-1"))
    assert calibration_profile(None, cfg, "desk-1") == saved
    assert calibration_profile(None, cfg, "desk-2") is None
    assert calibration_profile(tmp_path / "other.json", cfg, "desk-1") == tmp_path / "other.json"  # --calibration wins
    cfg2 = InspectorConfig.model_validate({"analysis": {"calibration_file": str(tmp_path / "cfg.json")}})
    assert calibration_profile(None, cfg2, "desk-1") == tmp_path / "cfg.json"
