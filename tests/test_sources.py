"""Frame sources on files the tests make, and their errors."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector.sources import (ImageSource, LiveSource, SourceError, SourceTruncatedError, VideoFileSource,
                               open_source, read_image)


def _write_video(path, n=30, fps=10.0, size=(64, 48)):
    w = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    for i in range(n):
        img = np.full((size[1], size[0], 3), i * 8 % 255, np.uint8)
        w.write(img)
    w.release()


def test_read_image_errors(tmp_path):
    with pytest.raises(SourceError, match="file not found"):
        read_image(tmp_path / "missing.jpg")
    fake = tmp_path / "text.jpg"
    fake.write_text("this is not an image")
    with pytest.raises(SourceError, match="not a readable image"):
        read_image(fake)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="not a readable image"):
        read_image(empty)


def test_image_folder_is_sorted_and_indexed(tmp_path):
    for name in ("b.png", "a.png"):
        cv2.imwrite(str(tmp_path / name), np.zeros((8, 8, 3), np.uint8))
    (tmp_path / "notes.txt").write_text("ignored")
    frames = list(ImageSource(tmp_path))
    assert [f.path.split("/")[-1] for f in frames] == ["a.png", "b.png"]
    assert [f.index for f in frames] == [0, 1]


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="no images"):
        ImageSource(tmp_path)


def test_video_timestamps_are_stream_time(tmp_path):
    p = tmp_path / "v.avi"
    _write_video(p, n=20, fps=10.0)
    with VideoFileSource(p) as src:
        frames = list(src)
    assert len(frames) == 20
    assert [f.timestamp_ms for f in frames[:3]] == [0, 100, 200]
    assert frames[0].fps == pytest.approx(10.0)


def test_truncated_video_yields_frames_then_raises(tmp_path):
    p = tmp_path / "v.avi"
    _write_video(p, n=100, fps=10.0, size=(160, 120))
    data = p.read_bytes()
    cut = tmp_path / "cut.avi"
    cut.write_bytes(data[: len(data) // 2])
    got = []
    src = open_source(str(cut))
    with pytest.raises(SourceError):
        for f in src:
            got.append(f)
    assert 0 < len(got) < 100


def test_not_a_video(tmp_path):
    p = tmp_path / "x.mp4"
    p.write_text("garbage")
    with pytest.raises(SourceError):
        list(open_source(str(p)))


def test_missing_camera_gives_clear_error():
    with pytest.raises(SourceError, match="camera 97 not found"):
        LiveSource(97, opener=lambda t: _FakeCap([], opened=False))


def test_unknown_scheme_and_missing_file():
    with pytest.raises(SourceError, match="scheme"):
        open_source("ftp://example.invalid/x")
    with pytest.raises(SourceError, match="file not found"):
        open_source("/no/such/video.mp4")


class _FakeCap:
    """A capture that plays a script of frames; None in the script means the signal drops."""

    def __init__(self, script, opened=True):
        self.script = list(script)
        self.opened = opened

    def isOpened(self):
        return self.opened

    def read(self):
        if not self.script:
            return False, None
        item = self.script.pop(0)
        return (item is not None), item

    def get(self, prop):
        return 25.0 if prop == cv2.CAP_PROP_FPS else 0.0

    def release(self):
        self.opened = False


def test_live_source_reconnects_with_backoff():
    img = np.zeros((4, 4, 3), np.uint8)
    caps = [_FakeCap([img, img, None]), _FakeCap([], opened=False), _FakeCap([img, img])]
    status = []
    src = LiveSource(0, opener=lambda t: caps.pop(0) if caps else _FakeCap([], opened=False),
                     backoff_s=0.001, max_retries=3, on_status=status.append)
    frames = []
    with pytest.raises(SourceError, match="reconnection attempts failed"):
        for f in src:
            frames.append(f)
    assert len(frames) == 4
    ts = [f.timestamp_ms for f in frames]
    assert ts == sorted(ts) and len(set(ts)) == 4
    assert any("reconnected" in s for s in status) and any("lost" in s for s in status)


def test_prefetch_keeps_order_and_raises_after_the_frames():
    from inspector.sources import prefetch

    def gen():
        yield from range(5)
        raise SourceTruncatedError("cut")

    got = []
    with pytest.raises(SourceTruncatedError, match="cut"):
        for x in prefetch(gen(), depth=2):
            got.append(x)
    assert got == [0, 1, 2, 3, 4]


def test_prefetch_stops_its_worker_when_the_consumer_stops():
    import itertools
    import threading

    from inspector.sources import prefetch

    it = prefetch(itertools.count(), depth=3)
    assert [next(it) for _ in range(3)] == [0, 1, 2]
    it.close()
    assert not any(t.name == "decode-ahead" and t.is_alive() for t in threading.enumerate())


@pytest.mark.parametrize("end", ["finished", "failed"])
def test_prefetch_worker_ends_when_the_consumer_stops_with_the_queue_full_at_the_end(end):
    import threading
    import time

    from inspector.sources import prefetch

    def gen():
        yield from range(3)
        if end == "failed":
            raise SourceTruncatedError("cut")

    it = prefetch(gen(), depth=2)
    assert next(it) == 0
    time.sleep(0.3)  # the worker has read everything and waits for room for the end marker / the error
    it.close()
    assert not any(t.name == "decode-ahead" and t.is_alive() for t in threading.enumerate())


def write_stalled_video(path, stall_step_ms: int) -> list[int]:
    """A 25 fps 300-frame recording whose frames 100-109 come ``stall_step_ms`` apart (a stall);
    returns the frames' times in ms."""
    from fractions import Fraction

    import av

    times = []
    with av.open(str(path), mode="w") as c:
        s = c.add_stream("libx264", rate=25)
        s.width, s.height, s.pix_fmt = 160, 120, "yuv420p"
        s.codec_context.time_base = Fraction(1, 1000)
        t = 0
        for i in range(300):
            vf = av.VideoFrame.from_ndarray(np.full((120, 160, 3), i % 250, np.uint8), format="bgr24")
            vf.pts, vf.time_base = t, Fraction(1, 1000)
            times.append(t)
            for p in s.encode(vf):
                c.mux(p)
            t += stall_step_ms if 100 <= i < 110 else 40
        for p in s.encode(None):
            c.mux(p)
    return times


def test_video_timestamps_follow_the_container_when_frames_were_dropped(tmp_path):
    """A 25 fps recording with a 5 s stall (ten frames 0.5 s apart): frames keep their real times,
    the times clips cut from the file use (index / average fps would be seconds off)."""
    times = write_stalled_video(tmp_path / "stall.mp4", 500)
    src = VideoFileSource(tmp_path / "stall.mp4")
    got = [f.timestamp_ms for f in src]
    src.close()
    assert got == times


def test_stream_clock_uses_the_container_and_falls_back_without_drift():
    from inspector.sources import StreamClock

    clock = StreamClock(29.97)
    assert [clock.time(p) for p in (0.0, 33.4, 66.7)] == [0, 33, 67]
    # the container stops giving positions: a thousand frames later the time is still exact
    times = [clock.time(float("nan")) for _ in range(1000)]
    assert times[-1] == round(66.7 + 1000 * 1000 / 29.97) and all(b > a for a, b in zip(times, times[1:]))
    assert clock.time(0.0) == times[-1] + 34  # a position going back is not believed either
    clock = StreamClock(10.0)
    assert [clock.time(p) for p in (200.0, 300.0, 300.0, 500.0)] == [200, 300, 400, 500]


def test_complete_file_with_dropped_frames_is_not_called_truncated(tmp_path):
    """A complete .mkv whose frames stop for 5 s: the container's count is estimated from its
    length at the nominal rate, so counting frames would call it truncated; its times reach the end."""
    path = tmp_path / "stall.mkv"
    write_stalled_video(path, 540)
    src = VideoFileSource(path)
    frames = list(src)  # no SourceTruncatedError
    src.close()
    assert len(frames) == 300 and frames[-1].timestamp_ms > 16000


def _png_header(path, width: int, height: int) -> None:
    """A PNG whose header states ``width`` x ``height`` (its pixel data is not there: nothing to decode)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("width, height, stated", [(20000, 20000, "400 megapixels"), (8000, 7000, "8000x7000")])
def test_a_huge_image_is_refused_from_its_header_before_decoding(tmp_path, width, height, stated):
    """Issue 15 (12): a 20000x20000 image took 2.6 GB with no limit."""
    import resource

    from inspector.sources import MAX_IMAGE_PIXELS

    big = tmp_path / "big.png"
    _png_header(big, width, height)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(SourceError, match=rf"image too large: .*big.png \({stated}.*at most "
                                          rf"{MAX_IMAGE_PIXELS // 1_000_000} megapixels"):
        read_image(big)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB: nothing was decoded
    folder = tmp_path / "imgs"
    folder.mkdir()
    big.rename(folder / "big.png")
    cv2.imwrite(str(folder / "small.png"), np.zeros((48, 64, 3), np.uint8))
    src = ImageSource(folder)
    assert [f.image.shape for f in src] == [(48, 64, 3)]  # a folder goes past it and says so
    assert len(src.skipped) == 1 and "image too large" in src.skipped[0]


def test_an_image_at_the_limit_is_read(tmp_path, monkeypatch):
    import inspector.sources as sources

    monkeypatch.setattr(sources, "MAX_IMAGE_PIXELS", 64 * 48)
    ok = tmp_path / "ok.png"
    cv2.imwrite(str(ok), np.zeros((48, 64, 3), np.uint8))
    assert read_image(ok).image.shape == (48, 64, 3)
    cv2.imwrite(str(ok), np.zeros((48, 65, 3), np.uint8))
    with pytest.raises(SourceError, match="image too large"):
        read_image(ok)
