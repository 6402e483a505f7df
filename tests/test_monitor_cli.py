"""``inspector monitor`` and ``inspector reanalyse`` on the command line: a real run over two stations,
and one clear line for every bad input."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.cli import main
from inspector.rules import default_rules, rules_to_toml
from inspector.sample import SAMPLE_REGION, write_sample_video
from inspector.site import Site

ROI = ",".join(map(str, SAMPLE_REGION))


def _short_rules_for_site() -> None:
    """The site's rule table: the defaults, each needing one second, at any hour (the clips are short)."""
    rules = default_rules()
    short = rules.model_copy(update={"rules": tuple(r.model_copy(update={"min_duration_s": 1.0, "active_hours": ()})
                                                    for r in rules.rules), "version": "monitor-test"})
    path = Site.from_storage().rules_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(rules_to_toml(short), encoding="utf-8")


@pytest.mark.models
def test_monitor_watches_every_station_and_stores_their_events(tmp_path, capsys, models_ready):
    db = tmp_path / "t.db"
    for name, present in (("desk-1", 3), ("desk-2", 1)):
        video = write_sample_video(tmp_path / f"{name}.mp4", seconds_present=present, seconds_empty=3,
                                   size=(320, 240))
        assert main(["stations", "add", name, "--camera", str(video), "--roi", ROI, "--db", str(db)]) == 0
    assert main(["stations", "add", "desk-3", "--roi", ROI, "--db", str(db)]) == 0   # no camera: not watched
    plain = write_sample_video(tmp_path / "desk-4.mp4", seconds_present=1, seconds_empty=1, size=(320, 240))
    assert main(["stations", "add", "desk-4", "--camera", str(plain), "--db", str(db)]) == 0  # no region
    _short_rules_for_site()
    capsys.readouterr()
    assert main(["monitor", "--db", str(db), "--every", "0", "--seconds", "300"]) == 0
    out = capsys.readouterr().out
    assert "watching 3 station(s) at 5 analysed fps each, models shared" in out
    assert "desk-3" not in out
    desk4 = [line for line in out.splitlines() if line.startswith("desk-4")]
    assert desk4 and "has neither a region nor a camera calibration" in desk4[-1]   # shown, not judged
    assert "desk-1: post_unattended (post) started" in out and "desk-2: post_unattended (post) started" in out
    con = sqlite3.connect(db)
    rows = con.execute("SELECT s.name, e.rule_id FROM events e JOIN stations s ON s.id = e.station_id").fetchall()
    assert {("desk-1", "post_unattended"), ("desk-2", "post_unattended")} <= set(rows)
    assert not [r for r in rows if r[0] == "desk-4"]
    assert [line.split()[:2] for line in out.splitlines()[-3:]] == [["desk-1", "finished"], ["desk-2", "finished"],
                                                                    ["desk-4", "finished"]]


@pytest.mark.parametrize("args, message", [
    (["monitor", "--source", "desk"], "--source takes NAME=SOURCE"),
    (["monitor", "--station", "nowhere"], "no station named nowhere"),
    (["monitor"], "no station has a camera"),
    (["monitor", "--target-fps", "0"], "--target-fps must be above 0"),
    (["monitor", "--seconds", "-1", "--source", "desk-1=0"], "--seconds must be above 0"),
    (["reanalyse", "missing.mp4"], "not a file: missing.mp4"),
    (["reanalyse", "--region", "1,2", "x.mp4"], "--region takes X0,Y0,X1,Y1"),
    (["reanalyse", "--workers", "0", "x.mp4"], "--workers must be at least 1"),
    (["reanalyse", "--sequential", "--compare", "x.mp4"], "--sequential runs in this process only"),
    (["bench", "--cameras", "2", "x.mp4"], "file not found"),
])
def test_bad_input_gets_one_clear_line(tmp_path, capsys, args, message):
    db = tmp_path / "t.db"
    assert main(["stations", "add", "desk-1", "--roi", ROI, "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(args + (["--db", str(db)] if args[0] == "monitor" else [])) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("inspector: error: ") and message in err[0], err


def test_bench_refuses_zero_cameras(tmp_path, capsys):
    video = write_sample_video(tmp_path / "v.mp4", seconds_present=1, seconds_empty=0, size=(320, 240))
    assert main(["bench", "--cameras", "0", str(video)]) == 2
    assert "--cameras must be at least 1" in capsys.readouterr().err
