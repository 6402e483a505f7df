"""The desk's sound inside a station's analysis: the greeting hook and the per-frame audio station."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np
import pytest
from test_audio import SPEECH, make_video
from test_greeting import customers, ended, geo, replay, staff_rec  # noqa: F401 - fixtures

from inspector.audio.settings import AudioSettings
from inspector.audio.source import SAMPLE_RATE, read_all
from inspector.audio.station import AudioFeed, open_audio_station
from inspector.audio.vad import SileroVad
from inspector.greeting import GreetingConfig
from inspector.greeting_state import PersonState
from inspector.types import Measure, Role

ORIGIN = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def vad() -> SileroVad:
    from models.registry import ModelDigestError, ModelMissingError

    try:
        return SileroVad()
    except (ModelMissingError, ModelDigestError) as e:
        pytest.skip(f"VAD model not available: {e}")


def silent(t: float, s: PersonState) -> PersonState:
    return replace(s, talking=Measure(0.0, 0.9))


def test_heard_speech_counts_as_the_greetings_speech(geo, customers, staff_rec):  # noqa: F811
    cfg = GreetingConfig(require_smile=False)
    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, silent, cfg)
    assert ended(msgs, "greeting_missed"), "a staff member who never speaks misses the greeting"
    open_ms = outcomes[0].open_ms

    from inspector.greeting import GreetingMonitor
    mon = GreetingMonitor(geo, "desk-1", ORIGIN, "test-rules", cfg)
    credited = []

    def hear_once() -> None:
        t = mon._last_ms
        if not credited and t is not None and t >= open_ms + 1500:
            credited.append(mon.hear(999, t, 5.0))

    msgs, outcomes = replay(geo, [(customers["P2"], 0.0)], staff_rec, silent, cfg, mon=mon, after_frame=hear_once)
    assert credited == [1]
    assert not ended(msgs, "greeting_missed")
    assert outcomes[0].status == "on_time" and "heard" in outcomes[0].actions
    assert mon.hear(999, open_ms + 60_000, 5.0) == 0, "no visit waits for a greeting any more"


def test_speech_outside_the_window_does_not_count(geo, customers, staff_rec):  # noqa: F811
    cfg = GreetingConfig(require_smile=False)
    from inspector.greeting import GreetingMonitor
    mon = GreetingMonitor(geo, "desk-1", ORIGIN, "test-rules", cfg)
    counted = []

    def hear_late() -> None:
        if mon._visits:
            v = next(iter(mon._visits.values()))
            counted.append(mon.hear(999, v.open_ms + 8000, 5.0))
            counted.append(mon.hear(7, mon._last_ms, 5.0))  # another staff member's speech

    msgs, _ = replay(geo, [(customers["P2"], 0.0)], staff_rec, silent, cfg, mon=mon, after_frame=hear_late)
    assert counted and set(counted) == {0}
    assert ended(msgs, "greeting_missed")


def _states(t_ms: float, staff_talking: float, customer_talking: float) -> list[PersonState]:
    return [PersonState(int(t_ms), 1, Role.STAFF, talking=Measure(staff_talking, 0.9)),
            PersonState(int(t_ms), 2, Role.CUSTOMER, talking=Measure(customer_talking, 0.9))]


def test_audio_station_credits_staff_speech_frame_by_frame(tmp_path, vad):
    speech = read_all(SPEECH).samples[: 3 * SAMPLE_RATE]
    video = make_video(tmp_path / "desk.mp4", 9.0, speech, audio_start_s=2.0)
    settings = AudioSettings(enabled=True, source="video")
    heard: list[tuple[int, int, float]] = []

    def hear(track: int, t_ms: int, window_s: float) -> int:
        heard.append((track, t_ms, window_s))
        return 1

    station, why = open_audio_station(settings, str(video), "desk-1", "v1", ORIGIN, hear=hear)
    assert why is None and station is not None
    msgs = []
    for t in np.arange(0, 9000, 100.0):
        staff_talks = 0.8 if 2000 <= t <= 5200 else 0.0
        msgs += station.step(int(t), _states(t, staff_talks, 0.05))
    msgs += station.finish()
    assert msgs == [], "no forbidden phrase can be heard without a spotter"
    assert heard and heard[0][0] == 1 and abs(heard[0][1] - 2000) < 300 and heard[0][2] == 5.0
    assert station.tally.staff >= 1 and station.tally.customer == 0
    assert station.summary().startswith(f"audio: {station.tally.segments} speech segment(s): staff ")
    assert "no phrase spotter installed" in station.summary()


def test_customer_speech_is_never_credited_or_charged(tmp_path, vad):
    speech = read_all(SPEECH).samples[: 3 * SAMPLE_RATE]
    video = make_video(tmp_path / "desk.mp4", 7.0, speech, audio_start_s=1.0)
    heard = []
    station, _ = open_audio_station(AudioSettings(enabled=True, source="video"), str(video), "desk-1", "v1", ORIGIN,
                                    hear=lambda *a: heard.append(a) or 1)
    for t in np.arange(0, 7000, 100.0):
        station.step(int(t), _states(t, 0.0, 0.9 if 1000 <= t <= 4200 else 0.0))
    station.finish()
    assert heard == [] and station.tally.customer >= 1 and station.tally.staff == 0


def test_no_audio_is_said_in_one_line_and_nothing_starts(tmp_path):
    off, why = open_audio_station(AudioSettings(), None, "desk-1", "v1", ORIGIN)
    assert off is None and why is None, "audio is off unless enabled"
    silent_video = make_video(tmp_path / "silent.mp4", 1.0, None)
    st, why = open_audio_station(AudioSettings(enabled=True, source="video"), str(silent_video), "desk-1", "v1", ORIGIN)
    assert st is None and "no audio track" in why and "\n" not in why
    st, why = open_audio_station(AudioSettings(enabled=True, source="video"), None, "desk-1", "v1", ORIGIN)
    assert st is None and "needs a video file or stream" in why
    st, why = open_audio_station(AudioSettings(enabled=True, device="no such mic"), None, "desk-1", "v1", ORIGIN)
    assert st is None and why.startswith("microphone:")


def test_feed_hands_out_chunks_up_to_the_frame_time(tmp_path):
    from inspector.audio.source import file_audio

    feed = AudioFeed(file_audio(SPEECH, chunk_ms=500))
    first = feed.upto(900)
    assert [c.t_ms for c in first] == [0.0, 500.0]
    assert feed.upto(900) == []
    rest = feed.rest()
    assert rest[0].t_ms == 1000.0 and feed.ended


def test_a_managers_switch_per_station_is_audited(tmp_path, monkeypatch, capsys):
    from inspector.cli import main
    from inspector.site import Site
    from inspector.store import Store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("INSPECTOR_DB", raising=False)
    db = str(tmp_path / "cli.db")
    assert main(["stations", "add", "desk-1", "--db", db]) == 0
    assert main(["audio", "enable", "desk-1", "--db", db]) == 0
    assert "audio on for station desk-1" in capsys.readouterr().out
    assert Site.from_storage().audio_stations() == {"desk-1": True}
    assert main(["audio", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "not allowed" in out and "switched on, but the site does not allow audio" in out
    assert main(["audio", "disable", "desk-1", "--db", db]) == 0
    assert Site.from_storage().audio_stations() == {"desk-1": False}
    assert main(["audio", "enable", "nowhere", "--db", db]) == 2
    assert "Traceback" not in capsys.readouterr().err
    with Store.open(db) as store:
        rows = [r for r in store.list_audit() if r.target == "audio:desk-1"]
    assert [(r.action, r.details["old"], r.details["new"]) for r in rows] == [
        ("config.save", False, True), ("config.save", True, False)]
    Site.from_storage().audio_path.write_text("[1, 2]", encoding="utf-8")
    assert main(["audio", "status", "--db", db]) == 2
    assert "must map station names" in capsys.readouterr().err


def test_a_live_streams_sound_feeds_the_station(tmp_path, vad):
    import time

    speech = read_all(SPEECH).samples[: 3 * SAMPLE_RATE]
    video = make_video(tmp_path / "stream.mp4", 5.0, speech, audio_start_s=1.0)
    station, why = open_audio_station(AudioSettings(enabled=True, source="video"), str(video), "desk-1", "v1", ORIGIN,
                                      clock_origin=time.monotonic(), live_stream=True)
    assert why is None
    deadline = time.monotonic() + 30
    while not station.feed_src.live.ended and time.monotonic() < deadline:
        time.sleep(0.05)
    station.step(10_000, [])
    station.finish()
    assert station.tally.segments >= 1 and station.tally.unknown == station.tally.segments
