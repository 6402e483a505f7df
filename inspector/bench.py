"""Throughput of the bare models and of the full perception pipeline on the same frames, and of
several cameras in one monitoring service (:func:`run_camera_bench`)."""

from __future__ import annotations

import resource
import statistics
import time
from dataclasses import dataclass

from inspector.config import InspectorConfig
from inspector.perception import Perception
from inspector.pipeline import Pipeline
from inspector.sources import open_source
from inspector.types import Frame


@dataclass(frozen=True)
class BenchResult:
    """Benchmark figures."""

    source: str
    frames: int
    size: tuple[int, int]
    bare_fps: float
    pipeline_fps: float
    serial_bare_fps: float
    peak_rss_mb: float
    persons_per_frame: float
    rounds: int = 1

    @property
    def ratio(self) -> float:
        return self.pipeline_fps / self.bare_fps if self.bare_fps else 0.0

    def format(self) -> str:
        return (f"source: {self.source} ({self.size[0]}x{self.size[1]}, {self.frames} frames, "
                f"{self.persons_per_frame:.2f} persons/frame; medians of {self.rounds} alternate timings)\n"
                f"bare models, one after another: {self.serial_bare_fps:6.2f} fps\n"
                f"bare models (pose+face+hands): {self.bare_fps:7.2f} fps"
                f"{'  (run concurrently, as the pipeline runs them)' if self.bare_fps != self.serial_bare_fps else ''}\n"
                f"full pipeline:                 {self.pipeline_fps:7.2f} fps\n"
                f"ratio pipeline/bare:           {self.ratio:7.3f}\n"
                f"peak memory (RSS):             {self.peak_rss_mb:7.1f} MB")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load_frames(spec: str, max_frames: int) -> list[Frame]:
    """Decodes up to ``max_frames`` frames into memory (decoding is not part of either figure)."""
    frames = []
    with open_source(spec) as src:
        for f in src:
            frames.append(f)
            if len(frames) >= max_frames:
                break
    return frames


def run_bench(spec: str, cfg: InspectorConfig | None = None, max_frames: int = 200, warmup: int = 5,
              rounds: int = 3) -> BenchResult:
    """Times the bare models and the pipeline on the same in-memory frames.

    Every timing uses VIDEO mode and fresh landmarkers and skips ``warmup`` frames. The bare
    models and the pipeline are timed alternately ``rounds`` times and the median of each is
    reported (single runs on a shared 2-core machine vary by several per cent).
    """
    cfg = cfg or InspectorConfig()
    frames = load_frames(spec, max_frames + warmup)
    if len(frames) <= warmup:
        raise ValueError(f"{spec}: only {len(frames)} frame(s); need more than {warmup}")
    def time_bare(pcfg) -> float:
        with Perception(pcfg, "video") as perc:
            for f in frames[:warmup]:
                perc.infer_bare(f)
            t0 = time.perf_counter()
            for f in frames[warmup:]:
                perc.infer_bare(f)
            return time.perf_counter() - t0

    def time_pipeline() -> tuple[float, int]:
        persons = 0
        with Pipeline(cfg, "video") as pipe:  # run as analyze runs it: the next frame's models overlap
            for f in frames[:warmup]:
                pipe.process(f)
            t0 = time.perf_counter()
            for _, result in pipe.stream(frames[warmup:]):
                persons += len(result.persons)
            return time.perf_counter() - t0, persons

    bares, fulls = [], []
    for _ in range(max(1, rounds)):
        bares.append(time_bare(cfg.perception))
        full_s, persons = time_pipeline()
        fulls.append(full_s)
    bare, full = statistics.median(bares), statistics.median(fulls)
    serial = bare if not cfg.perception.parallel_models else \
        time_bare(cfg.perception.model_copy(update={"parallel_models": False}))
    n = len(frames) - warmup
    return BenchResult(spec, n, (frames[0].width, frames[0].height), n / bare, n / full, n / serial, _peak_rss_mb(),
                       persons / n, len(bares))


# --- several cameras in one service ------------------------------------------------------------

def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB (from /proc; (0, ru_maxrss) elsewhere)."""
    cur = peak = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    cur = float(line.split()[1]) / 1024.0
                elif line.startswith("VmHWM:"):
                    peak = float(line.split()[1]) / 1024.0
    except OSError:
        peak = _peak_rss_mb()
    return cur, peak


@dataclass(frozen=True)
class MemoryStep:
    """Resident memory after one step of starting the service.

    Attributes:
        step: What had been done.
        rss_mb: Resident memory then.
    """

    step: str
    rss_mb: float


@dataclass(frozen=True)
class StationFigures:
    """One station's figures over the measured part of a camera benchmark.

    Attributes:
        name: Station name.
        source: Its video file.
        fps: Analysed frames per second.
        max_age_s: Oldest analysed frame's age (capture to result).
        mean_age_s: Mean age.
        cpu_share: Estimated share of the machine's CPU this station used (its own threads, plus its
            part of the models' CPU in proportion to the time its frames spent in them).
        stale: Frames thrown away as older than the age limit.
    """

    name: str
    source: str
    fps: float
    max_age_s: float
    mean_age_s: float
    cpu_share: float
    stale: int


@dataclass(frozen=True)
class CameraBenchResult:
    """What ``inspector bench --cameras N`` measured.

    Attributes:
        cameras: Number of stations.
        target_fps: Analysed frames per second each station aimed for.
        sharing: How the models were shared.
        model_copies: Sets of landmarkers in memory.
        seconds: Length of the measured part.
        stations: Per-station figures.
        cpu_share: The process's share of the machine's CPU (1.0 = every core busy).
        cores: Cores of the machine.
        rss_mb: Resident memory at the end.
        peak_rss_mb: Peak resident memory.
        memory: Resident memory after each step of starting.
        load: The machine's 1-minute load average at the start and at the end (others' work included).
        hands_skipped: Fraction of the analysed frames the hand landmarker was left out of (nobody at the post).
    """

    cameras: int
    target_fps: float
    sharing: str
    model_copies: int
    seconds: float
    stations: tuple[StationFigures, ...]
    cpu_share: float
    cores: int
    rss_mb: float
    peak_rss_mb: float
    memory: tuple[MemoryStep, ...]
    load: tuple[float, float]
    hands_skipped: float = 0.0

    @property
    def total_fps(self) -> float:
        return sum(s.fps for s in self.stations)

    @property
    def max_age_s(self) -> float:
        return max((s.max_age_s for s in self.stations), default=0.0)

    @property
    def cpu_ms_per_frame(self) -> float:
        """CPU time of the process per analysed frame, decoding of the frames not analysed included."""
        frames = self.total_fps * self.seconds
        return self.cpu_share * self.cores * self.seconds * 1000.0 / frames if frames else 0.0

    def format(self) -> str:
        lines = [f"{self.cameras} camera(s), target {self.target_fps:g} analysed fps each, models {self.sharing} "
                 f"({self.model_copies} set(s) in memory), measured over {self.seconds:.0f} s; "
                 f"load average {self.load[0]:.2f} at the start, {self.load[1]:.2f} at the end "
                 f"({self.cores} cores)",
                 f"{'station':12s} {'source':28s} {'analysed fps':>12s} {'oldest frame':>12s} {'mean age':>9s} "
                 f"{'CPU share':>9s} {'stale':>6s}"]
        for s in self.stations:
            lines.append(f"{s.name:12s} {s.source[-28:]:28s} {s.fps:12.2f} {s.max_age_s:10.2f} s {s.mean_age_s:7.2f} s "
                         f"{s.cpu_share:8.1%} {s.stale:6d}")
        lines.append(f"{'all':12s} {'':28s} {self.total_fps:12.2f} {self.max_age_s:10.2f} s {'':9s} "
                     f"{self.cpu_share:8.1%}")
        lines.append(f"hand landmarker left out of {self.hands_skipped:.0%} of the analysed frames (nobody at the post)")
        if self.cpu_ms_per_frame:
            lines.append(f"CPU per analysed frame: {self.cpu_ms_per_frame:.0f} ms (decoding every captured frame "
                         f"included; inflated when the machine runs more threads than it has cores)")
        lines.append(f"memory (RSS): {self.rss_mb:.0f} MB now, {self.peak_rss_mb:.0f} MB peak; "
                     + ", ".join(f"{m.step} {m.rss_mb:.0f} MB" for m in self.memory))
        return "\n".join(lines)


def run_camera_bench(sources: list[str], cameras: int, cfg: InspectorConfig | None = None, *,
                     seconds: float = 30.0, warmup_s: float = 5.0, target_fps: float | None = None,
                     sharing: str | None = None) -> CameraBenchResult:
    """Runs ``cameras`` copies of the sample videos as live sources through one monitoring service.

    The videos are paced at their own frame rate and start again when they end, as cameras
    would deliver frames; each station has the whole chain of a live station (tracker, features,
    event engine) but stores nothing. After ``warmup_s`` (models loaded and running) the figures
    are taken over ``seconds``.

    Args:
        sources: Video files, used in turn for the stations.
        cameras: Number of stations.
        cfg: Configuration (its ``monitor`` section, with ``target_fps`` and ``sharing`` applied).
        seconds: Length of the measured part.
        warmup_s: Seconds run before measuring.
        target_fps: Analysed frames per second per station (default ``monitor.target_fps``).
        sharing: ``"shared"`` or ``"per_station"`` (default ``monitor.model_sharing``).

    Raises:
        ValueError: No source, fewer than one camera, a time that is not positive, or models that fail.
        SourceError: A source cannot be opened.
    """
    import os
    from inspector.monitor.models import ModelSet
    from inspector.monitor.service import MonitorService, StationChain, StationSpec, watch_only
    from inspector.monitor.settings import MonitorConfig
    from inspector.rules import load_rules

    if not sources:
        raise ValueError("give at least one video file")
    if cameras < 1:
        raise ValueError("--cameras must be at least 1")
    if seconds <= 0 or warmup_s < 0:
        raise ValueError("--seconds must be above 0 and the warm-up 0 or more")
    for spec in sources:  # a wrong path fails here, in one line, not in a capture thread
        open_source(spec).close()
    cfg = cfg or InspectorConfig()
    base = getattr(cfg, "monitor", None) or MonitorConfig()
    update: dict = {"loop_files": True, "realtime": True}
    if target_fps is not None:
        update["target_fps"] = target_fps
    if sharing is not None:
        update["model_sharing"] = sharing
    mcfg = MonitorConfig.model_validate({**base.model_dump(), **update})
    rules = load_rules(None)
    memory = [MemoryStep("Python, NumPy and OpenCV", rss_mb()[0])]
    import mediapipe  # noqa: F401 - its libraries are part of the cost, measured on their own

    memory.append(MemoryStep("MediaPipe imported", rss_mb()[0]))
    models = ModelSet(cfg.perception, mcfg.model_sharing, mcfg.skip_idle_hands)
    stations = [StationSpec(f"desk{i + 1}", sources[i % len(sources)]) for i in range(cameras)]

    def make_pipeline(name: str, models: ModelSet) -> Pipeline:
        return Pipeline(cfg, "video", perception=models.for_station(name))

    service = MonitorService(stations, lambda spec: StationChain(watch_only(rules, spec, cfg)), make_pipeline,
                             models, mcfg)
    load0 = os.getloadavg()[0]
    service.start()
    try:
        if not service.wait_ready(120):
            raise ValueError(f"the models could not be loaded: {service.model_error}")
        copies = models.copies
        memory.append(MemoryStep(f"models loaded ({copies} set(s))", rss_mb()[0]))
        time.sleep(warmup_s)
        memory.append(MemoryStep(f"{cameras} station(s) running", rss_mb()[0]))
        service.mark()
        cpu0, wall0 = time.process_time(), time.monotonic()
        time.sleep(seconds)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        totals = service.totals()
        cur, peak = rss_mb()
        load1 = os.getloadavg()[0]
        failed = [s for s in service.snapshots() if s.state.value == "failed"]
        hands = models.hand_work()
    finally:
        service.stop()
    if failed:
        raise ValueError(f"station {failed[0].name} failed: {failed[0].note}")
    cores = os.cpu_count() or 1
    own = sum(t.own_cpu_s for t in totals)
    busy = sum(t.busy_s for t in totals) or 1.0
    model_cpu = max(0.0, cpu - own)  # what no station's own threads account for: the models' threads
    figures = tuple(StationFigures(t.name, spec.source, t.fps, t.max_age_s, t.mean_age_s,
                                   (t.own_cpu_s + model_cpu * t.busy_s / busy) / (wall * cores), t.stale)
                    for t, spec in zip(totals, stations))
    return CameraBenchResult(cameras, mcfg.target_fps, mcfg.model_sharing, copies,
                             wall, figures, cpu / (wall * cores), cores, cur, peak, tuple(memory), (load0, load1),
                             hands.skipped / hands.frames if hands.frames else 0.0)


@dataclass(frozen=True)
class SharingAgreement:
    """How far one shared IMAGE-mode model set agrees with a station's own VIDEO-mode set, frame by frame.

    Attributes:
        source: The video.
        frames: Frames compared (taken at the target rate).
        same_count: Fraction of frames where both find as many persons.
        arm, body, face: Fraction of the persons found by both (matched by box overlap) given the same class.
        image_ms, video_ms: Mean model time per frame in each mode.
    """

    source: str
    frames: int
    same_count: float
    arm: float
    body: float
    face: float
    image_ms: float
    video_ms: float

    def format(self) -> str:
        return (f"{self.source}: {self.frames} frames; same number of persons {self.same_count:.1%}; same class "
                f"(persons found by both): arms {self.arm:.1%}, body {self.body:.1%}, face {self.face:.1%}; "
                f"models {self.video_ms:.0f} ms/frame in video mode, {self.image_ms:.0f} ms in image mode")


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    h = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    union = aw * ah + bw * bh - w * h
    return w * h / union if union > 0 else 0.0


def compare_sharing(spec: str, cfg: InspectorConfig | None = None, fps: float = 5.0,
                    max_frames: int = 150) -> SharingAgreement:
    """Runs a video at ``fps`` through a station pipeline with its own VIDEO-mode models and with
    shared IMAGE-mode models, and compares what they find (the accuracy side of ``model_sharing``).

    Raises:
        ValueError: The video has too few frames.
        SourceError: It cannot be read.
    """
    import threading

    from inspector.monitor.models import GuardedPerception

    cfg = cfg or InspectorConfig()
    frames: list[Frame] = []
    with open_source(spec) as src:
        step = max(1, round((src.fps or 25.0) / fps))
        for f in src:
            if f.index % step == 0:
                frames.append(f)
                if len(frames) >= max_frames:
                    break
    if len(frames) < 2:
        raise ValueError(f"{spec}: fewer than two frames at {fps:g} fps")
    runs = []
    for mode in ("video", "image"):
        models = GuardedPerception(cfg.perception, mode, threading.Lock())  # type: ignore[arg-type]
        try:
            with Pipeline(cfg, "video", perception=models) as pipe:
                runs.append([pipe.process(f) for f in frames])
        finally:
            models.close()
    video, image = runs
    same = arm = body = face = pairs = 0
    for v, i in zip(video, image):
        same += int(len(v.persons) == len(i.persons))
        for pv in v.persons:
            best = max(i.persons, key=lambda pi: _iou(pv.bbox, pi.bbox), default=None)
            if best is None or _iou(pv.bbox, best.bbox) < 0.5 or pv.labels is None or best.labels is None:
                continue
            pairs += 1
            arm += int(pv.labels.arm_posture == best.labels.arm_posture)
            body += int(pv.labels.body_posture == best.labels.body_posture)
            face += int(pv.labels.face_expression == best.labels.face_expression)
    n, p = len(frames), max(pairs, 1)
    return SharingAgreement(spec, n, same / n, arm / p, body / p, face / p,
                            statistics.fmean(r.inference_ms for r in image), statistics.fmean(r.inference_ms for r in video))


__all__ = ["BenchResult", "CameraBenchResult", "SharingAgreement", "compare_sharing", "MemoryStep", "StationFigures", "load_frames", "rss_mb",
           "run_bench", "run_camera_bench"]
