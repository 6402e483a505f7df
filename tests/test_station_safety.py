"""Station ids, clip folders, clean-up and the station lock (issue 15, defects 7, 8 and 10)."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

from inspector.cli import main
from inspector.locking import LockHeld
from inspector.privacy import remove_stale_parts
from inspector.site import Site
from inspector.store import InvalidInput, Store
from inspector.store.names import check_station_name


@pytest.mark.parametrize("name", ["../../../escaped", "/abs/path", "a/b", ".hidden", "desk 1", "desk.1", "-x",
                                  "desk\x1b[31m", "d" * 65, "", "  "])
def test_a_station_name_that_is_not_an_id_is_refused(tmp_path, name):
    with Store.open(tmp_path / "t.db") as s:
        with pytest.raises(InvalidInput, match="station name"):
            s.add_station(name)
        assert s.list_stations() == []


@pytest.mark.parametrize("name", ["desk-1", "Desk_2", "前台1", "d" * 64])
def test_station_ids_of_letters_digits_dash_and_underscore_are_accepted(tmp_path, name):
    assert check_station_name(f" {name} ") == name
    with Store.open(tmp_path / "t.db") as s:
        assert s.add_station(name).name == name


def test_cli_refuses_a_path_as_station_name_in_one_line(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["stations", "add", "../../../escaped", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "may hold only letters, digits" in err and "Traceback" not in err
    assert main(["analyze", str(tmp_path / "none.mp4"), "--station", "/abs/path", "--create-station",
                 "--whole-frame", "--db", str(db)]) == 2
    assert "may hold only letters, digits" in capsys.readouterr().err


@pytest.mark.parametrize("legacy", ["../../../escaped", "/abs/path", "..", "x" * 300])
def test_clip_folder_of_any_stored_name_stays_inside_the_data_folder(tmp_path, legacy):
    """Stations stored before names were checked still get a folder inside ``<data>/clips``."""
    site = Site(tmp_path / "data")
    folder = site.clip_dir(legacy)
    assert folder.parent == tmp_path / "data" / "clips" and len(folder.name) < 120
    assert os.path.normpath(folder) == str(folder)  # no '..' to resolve
    assert site.station_lock(legacy).path.parent == tmp_path / "data" / "locks"


def test_clean_up_removes_only_the_partial_files_the_product_writes(tmp_path):
    (tmp_path / "a").mkdir()
    stale = [tmp_path / ".desk-1_arms_crossed_20260101T090000_0123abcd.mp4.part", tmp_path / ".x.jpg.part"]
    keep = [tmp_path / "x.mp4", tmp_path / "notes.part.txt", tmp_path / ".bashrc.part", tmp_path / ".my thesis.mp4.part",
            tmp_path / "a" / ".y.jpg.part", tmp_path / ".report.docx.part"]
    for p in stale + keep:
        p.write_bytes(b"data")
    outside = tmp_path / "a" / "user-file"
    outside.write_bytes(b"mine")
    (tmp_path / ".link.mp4.part").symlink_to(outside)
    assert sorted(remove_stale_parts(tmp_path)) == sorted(stale)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in stale)
    assert outside.read_bytes() == b"mine" and (tmp_path / ".link.mp4.part").is_symlink()
    assert remove_stale_parts(tmp_path / "missing") == ()


def test_the_station_lock_is_exclusive_and_released(tmp_path):
    site = Site(tmp_path)
    with site.station_lock("desk-1"):
        with pytest.raises(LockHeld, match=rf"station desk-1 is in use by process {os.getpid()}"):
            site.station_lock("desk-1").acquire()
        with site.station_lock("desk-2"):  # another station is not held up
            pass
    with site.station_lock("desk-1"):  # released at the end of the first
        pass
    assert oct(site.station_lock("desk-1").path.stat().st_mode & 0o777) == "0o600"


@pytest.fixture()
def video(tmp_path):
    p = tmp_path / "v.avi"
    w = cv2.VideoWriter(str(p), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (64, 48))
    for _ in range(3):
        w.write(np.zeros((48, 64, 3), np.uint8))
    w.release()
    return p


def test_a_second_analysis_of_a_station_is_refused_while_the_first_runs(tmp_path, video, capsys, monkeypatch):
    """Issue 15, defect 8: the second run's clean-up deleted the first run's clip in progress."""
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = tmp_path / "t.db"
    with Store.open(db) as s:
        s.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
    clips = Site(data.parent / "deskconduct").clip_dir("desk")
    clips.mkdir(parents=True)
    in_progress = clips / ".desk_arms_crossed_20260101T090000_0123abcd.mp4.part"
    in_progress.write_bytes(b"being written")
    with Site(data.parent / "deskconduct").station_lock("desk"):  # the first run
        assert main(["analyze", str(video), "--station", "desk", "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "station desk is in use by process" in err and "Traceback" not in err
        assert in_progress.read_bytes() == b"being written"


def test_create_station_creates_nothing_when_the_source_fails(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["analyze", str(tmp_path / "missing.mp4"), "--station", "desk-9", "--create-station",
                 "--whole-frame", "--db", str(db)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    with Store.open(db) as s:
        assert s.list_stations() == []


@pytest.mark.parametrize("case", ["a file", "read-only"])
def test_a_clips_folder_that_cannot_be_written_is_one_line(tmp_path, video, capsys, monkeypatch, case):
    target = tmp_path / "ro"
    if case == "a file":
        target.write_bytes(b"not a folder")
    else:  # a read-only file system (root may write anywhere, so access() answers as it would)
        target.mkdir()
        import inspector.analyze as analyze

        monkeypatch.setattr(analyze.os, "access", lambda path, mode: os.fspath(path) != str(target))
    rc = main(["analyze", str(video), "--station", "desk", "--create-station", "--whole-frame",
               "--clips-dir", str(target), "--db", str(tmp_path / "t.db")])
    err = capsys.readouterr().err
    assert rc == 2 and "cannot use the clips folder" in err and "Traceback" not in err


def test_database_clips_and_locks_are_created_owner_only(tmp_path):
    """Issue 15, defect 3: the database and clip folders were created 644/755, readable by anyone."""
    from inspector.clips import Mp4Writer
    from inspector.private_files import private_folder

    db = tmp_path / "new" / "inspector.db"
    with Store.open(db) as s:
        s.add_station("desk")
    mode = lambda p: oct(p.stat().st_mode & 0o777)  # noqa: E731
    assert mode(db.parent) == "0o700" and mode(db) == "0o600"
    assert all(mode(p) == "0o600" for p in db.parent.iterdir())  # the WAL files too
    clips = private_folder(tmp_path / "data" / "clips" / "desk")
    assert mode(tmp_path / "data") == mode(tmp_path / "data" / "clips") == mode(clips) == "0o700"
    w = Mp4Writer(clips / "a.mp4", 64, 48)
    assert mode(w.part) == "0o600"
    w.add(np.zeros((48, 64, 3), np.uint8), 0)
    assert mode(w.close()) == "0o600"


def test_thumbnails_and_site_files_are_written_owner_only(tmp_path):
    """Thumbnails, calibration profiles and the site's settings files go through ``write_atomic``,
    which wrote them with the process umask (0644): readable by every user of the machine."""
    import os

    from inspector.files import write_atomic

    mode = lambda p: oct(p.stat().st_mode & 0o777)  # noqa: E731
    old = os.umask(0o022)
    try:
        thumb = tmp_path / "data" / "clips" / "desk" / "a.jpg"
        write_atomic(thumb, b"jpeg")
        stale = tmp_path / "data" / ".retention.json.part"
        stale.write_bytes(b"old")
        stale.chmod(0o644)
        write_atomic(tmp_path / "data" / "retention.json", b"{}")
    finally:
        os.umask(old)
    assert mode(thumb) == "0o600" and mode(tmp_path / "data" / "retention.json") == "0o600"
    assert mode(thumb.parent) == mode(tmp_path / "data") == "0o700"
    assert not stale.exists() and thumb.read_bytes() == b"jpeg"


# --- no station is judged blind (issue 13 §4) ----------------------------------------------------


def test_analyze_refuses_a_station_with_neither_region_nor_calibration(tmp_path, video, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = tmp_path / "t.db"
    with Store.open(db) as s:
        s.add_station("desk")
    assert main(["analyze", str(video), "--station", "desk", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "station desk has neither a region nor a camera calibration" in err
    assert "`inspector stations region desk X0,Y0,X1,Y1`" in err and "Calibrate camera" in err
    assert "--whole-frame" in err and "--allow-uncalibrated" in err
    assert not Site(tmp_path / "deskconduct").clip_dir("desk").exists()  # refused before anything was made
    # a station analyze would create: refused, not created, told how to add it with a region
    assert main(["analyze", str(video), "--station", "desk-2", "--create-station", "--db", str(db)]) == 2
    assert "`inspector stations add desk-2 --roi X0,Y0,X1,Y1`" in capsys.readouterr().err
    with Store.open(db) as s:
        assert [st.name for st in s.list_stations()] == ["desk"]
    # drawn with the command the message names, the same analysis runs
    assert main(["stations", "region", "desk", "0.25,0,0.75,1", "--db", str(db)]) == 0
    assert main(["analyze", str(video), "--station", "desk", "--no-clips", "--json", "--db", str(db)]) == 0
    assert '"judging": "region"' in capsys.readouterr().out


@pytest.mark.parametrize("choice, judging, note", [
    ("--whole-frame", "whole_frame", "every face but the flagged person's is blurred"),
    ("--allow-uncalibrated", "uncalibrated", "every face is blurred"),
])
def test_analyze_runs_a_bare_station_when_the_mode_is_chosen(tmp_path, video, capsys, monkeypatch, choice, judging,
                                                            note):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = tmp_path / "t.db"
    assert main(["analyze", str(video), "--station", "desk", "--create-station", choice, "--json",
                 "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert f'"judging": "{judging}"' in out.out and note in out.err


def test_analyze_refuses_both_choices_at_once(tmp_path, video, capsys):
    assert main(["analyze", str(video), "--station", "desk", "--create-station", "--whole-frame",
                 "--allow-uncalibrated", "--db", str(tmp_path / "t.db")]) == 2
    assert "two different choices" in capsys.readouterr().err


def test_whole_frame_blurs_all_but_the_flagged_person_and_uncalibrated_everyone():
    from inspector.privacy import PrivacyConfig
    from inspector.station import Judging, clip_privacy

    got = {(mode, blur): clip_privacy(mode, PrivacyConfig(blur=blur)).blur
           for mode in Judging for blur in ("customers", "all_but_flagged", "everyone", "off")}
    assert got == {
        (Judging.ZONES, "customers"): "customers", (Judging.ZONES, "all_but_flagged"): "all_but_flagged",
        (Judging.ZONES, "everyone"): "everyone", (Judging.ZONES, "off"): "off",
        (Judging.REGION, "customers"): "customers", (Judging.REGION, "all_but_flagged"): "all_but_flagged",
        (Judging.REGION, "everyone"): "everyone", (Judging.REGION, "off"): "off",
        (Judging.WHOLE_FRAME, "customers"): "all_but_flagged", (Judging.WHOLE_FRAME, "all_but_flagged"): "all_but_flagged",
        (Judging.WHOLE_FRAME, "everyone"): "everyone", (Judging.WHOLE_FRAME, "off"): "off",
        (Judging.UNCALIBRATED, "customers"): "everyone", (Judging.UNCALIBRATED, "all_but_flagged"): "everyone",
        (Judging.UNCALIBRATED, "everyone"): "everyone", (Judging.UNCALIBRATED, "off"): "off",
    }


def test_the_analyzer_itself_refuses_a_bare_station(tmp_path, video):
    """The engine, not only the command line: an Analyzer built without a mode refuses."""
    from datetime import datetime, timezone

    from inspector.analyze import Analyzer
    from inspector.config import InspectorConfig
    from inspector.rules import default_rules
    from inspector.sources import open_source
    from inspector.station import Judging, UnjudgedStation

    with Store.open(tmp_path / "t.db") as s, open_source(str(video)) as source:
        bare = s.add_station("bare")
        args = (InspectorConfig(), s, bare, source, "test", datetime(2026, 1, 1, tzinfo=timezone.utc), default_rules(),
                None)
        with pytest.raises(UnjudgedStation):
            Analyzer(*args)
        whole = Analyzer(*args, judging=Judging.WHOLE_FRAME)
        assert whole.monitor.region is None and whole.judging is Judging.WHOLE_FRAME
        whole.writer.close()


def test_stations_region_draws_and_clears_a_region_audited(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["stations", "add", "desk", "--db", str(db)]) == 0
    assert main(["stations", "region", "desk", "0.1,0,0.9,1", "--db", str(db)]) == 0
    assert main(["stations", "region", "desk", "0.9,0,0.1,1", "--db", str(db)]) == 2
    assert main(["stations", "region", "desk", "--db", str(db)]) == 2
    with Store.open(db) as s:
        assert s.get_station("desk").roi == (0.1, 0.0, 0.9, 1.0)
    assert main(["stations", "region", "desk", "--clear", "--db", str(db)]) == 0
    with Store.open(db) as s:
        assert s.get_station("desk").roi is None
        changes = [(e.action, e.details) for e in s.list_audit() if e.action == "station.region"]
    assert changes == [("station.region", {"old": None, "new": "[0.1, 0.0, 0.9, 1.0]"}),
                       ("station.region", {"old": "[0.1, 0.0, 0.9, 1.0]", "new": None})]
    err = capsys.readouterr().err
    assert "Traceback" not in err and "X0,Y0,X1,Y1" in err


# --- the lock file cannot be made (issue 15) -----------------------------------------------------


def test_a_lock_that_cannot_be_made_is_one_clear_line(tmp_path, video, capsys, monkeypatch):
    from inspector.locking import LockUnavailable, ProcessLock

    (tmp_path / "blocked").write_bytes(b"a file where the locks folder should be")
    with pytest.raises(LockUnavailable, match=r"cannot lock station desk: .*blocked.*check that the folder"):
        ProcessLock(tmp_path / "blocked" / "desk.lock", "station desk").acquire()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    site = Site(tmp_path / "deskconduct")
    site.data_dir.mkdir()
    (site.data_dir / "locks").write_bytes(b"not a folder")  # the data folder cannot hold the lock
    db = tmp_path / "t.db"
    assert main(["analyze", str(video), "--station", "desk", "--create-station", "--whole-frame",
                 "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "cannot lock station desk" in err and "can be written" in err
