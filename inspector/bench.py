"""Throughput of the bare models and of the full perception pipeline on the same frames."""

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


__all__ = ["BenchResult", "load_frames", "run_bench"]
