"""Bad inputs on the command line: each gives one clear line on stderr and a non-zero exit."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.cli import main
from models.registry import load_manifest


@pytest.fixture()
def wall(tmp_path):
    p = tmp_path / "wall.png"
    cv2.imwrite(str(p), np.full((120, 160, 3), 200, np.uint8))
    return p


def test_model_with_wrong_digest_is_refused(tmp_path, wall, monkeypatch, capsys):
    for spec in load_manifest().values():
        (tmp_path / spec.file).write_bytes(b"not a model")
    monkeypatch.setenv("INSPECTOR_MODEL_DIR", str(tmp_path))
    assert main(["classify", str(wall)]) == 2
    err = capsys.readouterr().err
    assert "digest mismatch" in err and "expected sha256" in err and "Traceback" not in err


def test_missing_models_say_where_to_put_them(tmp_path, wall, monkeypatch, capsys):
    monkeypatch.setenv("INSPECTOR_MODEL_DIR", str(tmp_path / "empty"))
    assert main(["classify", str(wall)]) == 2
    err = capsys.readouterr().err
    assert "is missing from" in err and "by hand" in err


def test_missing_camera(tmp_path, capsys):
    assert main(["analyze", "9", "--station", "desk", "--create-station", "--whole-frame",
                 "--db", str(tmp_path / "t.db")]) == 2
    assert "camera 9 not found" in capsys.readouterr().err


def test_corrupt_video(tmp_path, capsys):
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"\x00" * 5000)
    assert main(["analyze", str(bad), "--station", "desk", "--create-station", "--whole-frame",
                 "--db", str(tmp_path / "t.db")]) == 2
    assert "cannot open video" in capsys.readouterr().err


def test_unknown_config_key(tmp_path, wall, capsys):
    cfg = tmp_path / "site.toml"
    cfg.write_text("[posture]\ncamera_pich_deg = 20\n", encoding="utf-8")
    assert main(["--config", str(cfg), "classify", str(wall)]) == 2
    assert "unknown key 'posture.camera_pich_deg'" in capsys.readouterr().err


def test_bad_stride(tmp_path, capsys):
    video = tmp_path / "v.avi"
    w = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (64, 48))
    w.write(np.zeros((48, 64, 3), np.uint8))
    w.release()
    assert main(["analyze", str(video), "--station", "d", "--create-station", "--stride", "0",
                 "--db", str(tmp_path / "t.db")]) == 2
    assert "stride" in capsys.readouterr().err


def test_db_that_is_not_a_database_is_one_line(tmp_path, capsys):
    """Issue 15, defect 9: this used to print 42 frames of SQLAlchemy."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 100, encoding="utf-8")
    assert main(["review", "list", "--db", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "cannot be used as the conduct database" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert notes.read_text(encoding="utf-8").startswith("my notes")


def test_one_unreadable_image_in_a_folder_skips_only_that_image(tmp_path):
    from inspector.sources import ImageSource, SourceError

    for name in ("a.png", "c.png"):
        cv2.imwrite(str(tmp_path / name), np.full((48, 64, 3), 100, np.uint8))
    (tmp_path / "b.png").write_bytes(b"broken")
    src = ImageSource(tmp_path)
    assert [f.path for f in src] == [str(tmp_path / "a.png"), str(tmp_path / "c.png")]
    assert len(src.skipped) == 1 and "b.png" in src.skipped[0]
    with pytest.raises(SourceError):
        list(ImageSource(tmp_path / "b.png"))  # a single image still says it cannot be read


def test_analyze_goes_past_an_unreadable_image_and_says_so(tmp_path, capsys, models_ready):
    folder = tmp_path / "imgs"
    folder.mkdir()
    for name in ("a.png", "c.png"):
        cv2.imwrite(str(folder / name), np.full((120, 160, 3), 200, np.uint8))
    (folder / "b.png").write_bytes(b"broken")
    rc = main(["analyze", str(folder), "--station", "desk", "--create-station", "--allow-uncalibrated", "--no-clips",
               "--db", str(tmp_path / "t.db")])
    out = capsys.readouterr()
    assert rc == 1 and "2 frames" in out.out
    assert "skipped not a readable image" in out.err and "b.png" in out.err and "Traceback" not in out.err
