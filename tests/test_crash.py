"""Crash safety: ``kill -9`` of ``inspector analyze`` at random moments, then a re-run finishes the work.

After each kill the SQLite database (WAL) passes ``PRAGMA integrity_check``, every file with a final
clip name is a complete, decodable MP4 (partial files only ever carry a ``.part`` name), and the next
run removes the stale ``.part`` files. The last run completes and leaves the same events as a run
that was never interrupted (events are idempotent by their natural key).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import av
import pytest

from inspector.sample import write_sample_video

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("models_ready")
KILLS = 3


def _analyze(video: Path, db: Path, clips: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.Popen([sys.executable, "-m", "inspector.cli", "analyze", str(video), "--station", "desk",
                             "--create-station", "--whole-frame", "--db", str(db), "--clips-dir", str(clips),
                             "--start", "2026-03-02T09:00:00+00:00"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _events(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT rule_id, track_id, start_at, end_at, clip_status FROM events "
                           "ORDER BY rule_id, start_at").fetchall()
    finally:
        con.close()


def _check_consistent(db: Path, clips: Path) -> None:
    if db.exists():
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()
    for mp4 in clips.glob("*.mp4"):  # a final name only ever holds a whole clip
        with av.open(str(mp4)) as c:
            assert sum(1 for _ in c.decode(video=0)) > 0, f"{mp4.name} is not a complete clip"


def test_kill_9_at_random_moments_then_rerun_finishes(tmp_path):
    video = write_sample_video(tmp_path / "sample.mp4")  # 10 s: the person 6 s, then the empty post
    clean_db, clean_clips = tmp_path / "clean.db", tmp_path / "clean-clips"
    p = _analyze(video, clean_db, clean_clips)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    expected = _events(clean_db)
    assert expected, "the sample must produce events"

    db, clips = tmp_path / "crash.db", tmp_path / "clips"
    rng = random.Random(7)
    killed_at, parts_seen, events_after_kill = [], 0, []
    for _ in range(KILLS):
        p = _analyze(video, db, clips)
        delay = rng.uniform(1.5, 9.0)
        time.sleep(delay)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed_at.append(round(delay, 1))
        p.communicate(timeout=60)
        _check_consistent(db, clips)
        parts_seen += len(list(clips.glob(".*.part")))
        events_after_kill.append(len(_events(db)) if db.exists() else 0)
    assert killed_at, "at least one run must have been killed mid-way"

    # One more kill exactly while a clip is being written (a .part file exists).
    p = _analyze(video, db, clips)
    deadline = time.monotonic() + 60
    while p.poll() is None and not list(clips.glob(".*.part")) and time.monotonic() < deadline:
        time.sleep(0.02)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
        killed_at.append("while writing a clip")
    p.communicate(timeout=60)
    _check_consistent(db, clips)
    parts_seen += len(list(clips.glob(".*.part")))

    p = _analyze(video, db, clips)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    _check_consistent(db, clips)
    assert list(clips.glob(".*.part")) == [], "stale partial files must be removed at the next start"
    assert [e[:4] for e in _events(db)] == [e[:4] for e in expected], f"killed at {killed_at} s"
    assert all(e[4] == "ok" for e in _events(db)), "every event gets its clip in the end"
    print(f"killed at {killed_at} s; events stored after each kill {events_after_kill}; "
          f".part files left by the kills {parts_seen}; final events {len(expected)}")
