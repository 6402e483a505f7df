"""``analyze`` while another process holds the database's write lock: nothing is lost."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest

from inspector.cli import main
from inspector.sample import SAMPLE_REGION, write_sample_video
from inspector.store import Store

pytestmark = pytest.mark.usefixtures("models_ready")


def _lock(db, seconds: float, started: threading.Event) -> None:
    con = sqlite3.connect(db, timeout=1)
    con.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    con.rollback()
    con.close()


@pytest.fixture()
def setup(tmp_path):
    video = write_sample_video(tmp_path / "sample.mp4")
    db = tmp_path / "t.db"
    Store.open(db).close()  # create and migrate
    cfg = tmp_path / "site.toml"
    cfg.write_text(f'[storage]\nbusy_timeout_s = 0.2\ndata_dir = "{tmp_path}"\n', encoding="utf-8")
    return video, db, cfg


def test_lock_released_during_run_writes_everything_later(setup, capsys):
    video, db, cfg = setup
    with Store.open(db) as s:
        s.add_station("desk", roi=SAMPLE_REGION)  # the sample's person is its staff
    started = threading.Event()
    t = threading.Thread(target=_lock, args=(str(db), 4.0, started))
    t.start()
    started.wait()
    rc = main(["--config", str(cfg), "analyze", str(video), "--station", "desk", "--db", str(db), "--no-clips",
               "--json"])
    t.join()
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rc == 0 and summary["unsaved_file"] is None
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == summary["events_new"] > 0


def test_lock_held_to_the_end_saves_events_to_a_file(setup, capsys):
    video, db, cfg = setup
    with Store.open(db) as s:
        s.add_station("desk", roi=SAMPLE_REGION)  # the sample's person is its staff
    started = threading.Event()
    t = threading.Thread(target=_lock, args=(str(db), 60.0, started), daemon=True)
    t.start()
    started.wait()
    rc = main(["--config", str(cfg), "analyze", str(video), "--station", "desk", "--db", str(db), "--no-clips",
               "--json"])
    captured = capsys.readouterr()
    summary = json.loads(captured.out.strip().splitlines()[-1])
    assert rc == 1 and "locked" in captured.err
    lines = [json.loads(x) for x in open(summary["unsaved_file"], encoding="utf-8")]
    assert {x["rule_id"] for x in lines if x["kind"] == "event"}, lines
    assert all(x["station"] == "desk" for x in lines if x["kind"] == "event")
