"""Fixtures shared by the UI tests: an isolated QSettings, a temporary store with staff, a station,
a roster and events (one with a real H.264 clip, one whose clip file is missing)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")


@pytest.fixture
def app_setup(qapp, tmp_path):
    """The app set up in English with settings in a temporary folder."""
    from PySide6.QtCore import QSettings

    from ui.app import setup_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    setup = setup_app("en")
    QSettings().clear()
    yield setup
    setup.translators.install("en")


@pytest.fixture
def ctx(app_setup, tmp_path):
    """A context on a fresh SQLite store with two staff, one station, a roster and three events."""
    from inspector.sample import SAMPLE_REGION, write_sample_video
    from ui.context import open_context

    c = open_context(data_dir=tmp_path / "data")
    c.reviewer = "auditor-a"
    store = c.store
    store.add_staff("S001", "张伟")
    store.add_staff("S002", "Li Na")
    store.add_station("desk-1", "0", "left counter", roi=SAMPLE_REGION)  # the sample's person is its staff
    now = datetime.now(timezone.utc).replace(microsecond=0)
    store.add_roster("S001", "desk-1", now - timedelta(hours=6), now + timedelta(hours=6))
    clip = write_sample_video(tmp_path / "clips" / "e1.mp4", seconds_present=1.0, seconds_empty=1.0)
    t1, t2, t3 = now - timedelta(hours=3), now - timedelta(hours=2), now - timedelta(hours=1)
    store.add_event(station="desk-1", source_id="cam0", rule_id="phone_use", rules_version="default-1",
                    start=t1, end=t1 + timedelta(seconds=8), peak_confidence=0.9, features={"x": 1.0}, points=3,
                    track_id=1, clip_path=str(clip), clip_status="ok")
    store.add_event(station="desk-1", source_id="cam0", rule_id="slouching", rules_version="default-1",
                    start=t2, end=t2 + timedelta(seconds=6), peak_confidence=0.7, features={}, points=1,
                    track_id=1, clip_path=str(tmp_path / "clips" / "gone.mp4"), clip_status="ok")
    store.add_event(station="desk-1", source_id="cam0", rule_id="phone_use", rules_version="default-1",
                    start=t3, end=t3 + timedelta(seconds=5), peak_confidence=0.8, features={}, points=3, track_id=2)
    yield c
    store.close()


def sample_video(path: Path, seconds: float = 3.0) -> Path:
    """A short sample video (the astronaut, then an empty desk)."""
    from inspector.sample import write_sample_video

    return write_sample_video(path, seconds_present=seconds * 2 / 3, seconds_empty=seconds / 3)
