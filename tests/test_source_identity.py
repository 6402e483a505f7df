"""Source identity from content, event times that a touch or a copy cannot move (issue 15, defect 5)."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta, timezone

import av
import numpy as np
import pytest

from inspector.analyze import container_creation_time, file_origin, file_source_id
from inspector.cli import main
from inspector.sources import VideoFileSource
from inspector.store import Store


def _mp4(path, frames=10, creation_time=None):
    with av.open(str(path), "w") as c:
        if creation_time:
            c.metadata["creation_time"] = creation_time
        s = c.add_stream("libx264", rate=10)
        s.width, s.height, s.pix_fmt = 64, 48, "yuv420p"
        for i in range(frames):
            img = np.full((48, 64, 3), (i * 20) % 255, np.uint8)
            for p in s.encode(av.VideoFrame.from_ndarray(img, format="bgr24")):
                c.mux(p)
        for p in s.encode():
            c.mux(p)
    return path


def test_a_copied_renamed_or_touched_file_keeps_its_id(tmp_path):
    a = tmp_path / "a.bin"
    a.write_bytes(os.urandom(3 << 20))
    b = tmp_path / "sub" / "other-name.bin"
    b.parent.mkdir()
    shutil.copy(a, b)
    os.utime(b, (1_000_000, 1_000_000))
    assert file_source_id(a) == file_source_id(b) and ":" in file_source_id(a) and "a.bin" not in file_source_id(a)


def test_an_edit_at_either_end_or_a_new_size_gives_another_id(tmp_path):
    data = bytearray(os.urandom(6 << 20))
    a = tmp_path / "a.bin"
    a.write_bytes(data)
    first = file_source_id(a)
    data[-1] ^= 0xFF  # beyond the first 4 MiB the old id read: it used not to see this
    a.write_bytes(data)
    assert file_source_id(a) != first
    a.write_bytes(bytes(data) + b"x")
    assert file_source_id(a) not in (first,)


def test_the_store_keeps_the_first_origin_of_a_source(tmp_path):
    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    with Store.open(tmp_path / "t.db") as s:
        assert s.source_origin("file:abc", t0) == t0
        assert s.source_origin("file:abc", t0 + timedelta(days=3)) == t0  # a touched file proposes another
        assert s.source_origin("file:def", t0 + timedelta(days=3)) == t0 + timedelta(days=3)


def test_the_container_creation_time_is_the_first_guess(tmp_path):
    tagged = _mp4(tmp_path / "tagged.mp4", creation_time="2026-02-03T04:05:06.000000Z")
    assert container_creation_time(tagged) == datetime(2026, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    with VideoFileSource(tagged) as src:
        os.utime(tagged, (2_000_000_000, 2_000_000_000))
        assert file_origin(src, timezone.utc) == datetime(2026, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    plain = _mp4(tmp_path / "plain.mp4")
    assert container_creation_time(plain) is None


def test_analysing_a_touched_copy_counts_nothing_twice(tmp_path, capsys, models_ready):
    video = _mp4(tmp_path / "v.mp4", frames=20)
    copy = tmp_path / "copy.mp4"
    shutil.copy(video, copy)
    os.utime(copy, (2_000_000_000, 2_000_000_000))
    db = tmp_path / "t.db"
    out = []
    for f in (video, copy):
        assert main(["analyze", str(f), "--station", "desk", "--create-station", "--whole-frame", "--no-clips", "--json",
                     "--db", str(db)]) == 0
        out.append(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))
    assert out[0]["source_id"] == out[1]["source_id"]
    with Store.open(db) as s:
        with s._read() as session:
            from inspector.store import schema as S

            assert session.query(S.Source).count() == 1
