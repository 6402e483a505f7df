"""Re-analysing an archive of recordings on a Dask cluster: one task per recording.

After a rule change, weeks of recordings are analysed again. Each recording is independent (its
own tracker, event engine and models), so each is one task: :func:`analyse_recording` runs
:func:`inspector.event_eval.detect_events` on one file and returns its events, nothing shared
and nothing stored, so a task can run in any worker process on any machine that can read the
file, and a task that is run twice gives the same answer.

Why Dask (``distributed``) rather than Ray: the work is a plain map of a Python function over
files, which ``Client.map`` expresses directly; Dask is pure Python and installs from PyPI in
seconds with no native server, its ``LocalCluster`` starts in a few seconds inside a test on a
2-core machine, and the same code runs against a cluster of the site's machines
(``dask scheduler`` / ``dask worker``) by giving the scheduler's address. Ray brings a large native
runtime (a raylet and an object store per node, hundreds of MB of memory before any task) whose
actors and GPU scheduling this job does not need.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from inspector.config import InspectorConfig
from inspector.event_eval import Box, FoundEvent
from inspector.rules import RulesConfig


@dataclass(frozen=True)
class RecordingResult:
    """What the analysis found in one recording.

    Attributes:
        path: The recording.
        events: The events found, in order of start.
        seconds: Wall time of its task.
        error: Why the recording could not be analysed (the others go on), or None.
    """

    path: str
    events: tuple[FoundEvent, ...]
    seconds: float
    error: str | None = None


@dataclass(frozen=True)
class ArchiveRun:
    """A re-analysis of an archive.

    Attributes:
        results: One per recording, in the order given.
        seconds: Wall time of the whole run (a cluster's start included).
        where: ``"sequential"`` or the cluster's description.
    """

    results: tuple[RecordingResult, ...]
    seconds: float
    where: str

    def same_events(self, other: "ArchiveRun") -> bool:
        """Whether both runs found the same events in every recording."""
        return [(r.path, r.events, r.error) for r in self.results] == \
            [(r.path, r.events, r.error) for r in other.results]


def analyse_recording(path: str, cfg: InspectorConfig, rules: RulesConfig, stride: int = 1,
                      region: Box | None = None) -> RecordingResult:
    """The events of one recording (the task each worker runs); a file that cannot be read gives an error, not a raise."""
    from inspector.event_eval import detect_events
    from inspector.sources import SourceError

    t0 = time.monotonic()
    try:
        events = detect_events(Path(path), cfg, rules, stride=stride, region=region)
    except (SourceError, OSError) as e:
        return RecordingResult(path, (), time.monotonic() - t0, str(e))
    return RecordingResult(path, tuple(events), time.monotonic() - t0)


def check_recordings(paths: Sequence[str]) -> list[str]:
    """The recordings as absolute paths (workers may run elsewhere in the file system's view).

    Raises:
        ValueError: No recording, a path that is not a file, or a recording listed twice.
    """
    if not paths:
        raise ValueError("give at least one recording")
    out = []
    for p in paths:
        path = Path(p).expanduser()
        if not path.is_file():
            raise ValueError(f"not a file: {p}")
        out.append(str(path.resolve()))
    if len(set(out)) != len(out):
        raise ValueError("a recording is listed twice")
    return out


def reanalyse_sequential(paths: Sequence[str], cfg: InspectorConfig, rules: RulesConfig, stride: int = 1,
                         region: Box | None = None) -> ArchiveRun:
    """Every recording, one after another, in this process."""
    files = check_recordings(paths)
    t0 = time.monotonic()
    results = tuple(analyse_recording(p, cfg, rules, stride, region) for p in files)
    return ArchiveRun(results, time.monotonic() - t0, "sequential")


@contextmanager
def local_cluster(workers: int) -> Iterator[object]:
    """A Dask client on a cluster of ``workers`` single-threaded worker processes on this machine.

    No dashboard is served and the scheduler listens on loopback only.

    Raises:
        ValueError: Fewer than one worker.
    """
    if workers < 1:
        raise ValueError("a cluster needs at least one worker")
    import dask
    from distributed import Client, LocalCluster

    # Dask sets MALLOC_TRIM_THRESHOLD_ in its workers to give memory back sooner; that pins glibc's
    # mmap threshold, so every decoded frame is mapped and unmapped again: several times slower here.
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def reanalyse_on_cluster(paths: Sequence[str], cfg: InspectorConfig, rules: RulesConfig, client: object,
                         stride: int = 1, region: Box | None = None) -> ArchiveRun:
    """Every recording as one task on a Dask cluster; results in the order given.

    Args:
        paths: The recordings (each must be readable by every worker under the same path).
        cfg: Configuration.
        rules: Rule table.
        client: A ``distributed.Client`` (see :func:`local_cluster`, or ``Client("tcp://host:8786")``).
        stride: Analyse every N-th frame.
        region: The station's region, or None for the whole frame.
    """
    files = check_recordings(paths)
    t0 = time.monotonic()
    futures = client.map(analyse_recording, files, cfg=cfg, rules=rules, stride=stride,  # type: ignore[attr-defined]
                         region=region, pure=False)
    results = tuple(client.gather(futures))  # type: ignore[attr-defined]
    workers = len(client.scheduler_info().get("workers", {}))  # type: ignore[attr-defined]
    return ArchiveRun(results, time.monotonic() - t0, f"Dask cluster, {workers} worker(s)")


def format_run(run: ArchiveRun) -> str:
    """One line per recording and per event, and the total."""
    lines = []
    for r in run.results:
        if r.error:
            lines.append(f"{r.path}: not analysed: {r.error}")
            continue
        lines.append(f"{r.path}: {len(r.events)} event(s) ({r.seconds:.1f} s)")
        for e in r.events:
            who = "station" if e.track_id < 0 else f"#{e.track_id}"
            lines.append(f"  {e.start_s:8.1f}-{e.end_s:8.1f} s  {e.rule:24s} {who}  confidence {e.confidence:.2f}")
    lines.append(f"{len(run.results)} recording(s), {sum(len(r.events) for r in run.results)} event(s) in "
                 f"{run.seconds:.1f} s ({run.where})")
    return "\n".join(lines)


__all__ = ["ArchiveRun", "RecordingResult", "analyse_recording", "check_recordings", "format_run", "local_cluster",
           "reanalyse_on_cluster", "reanalyse_sequential"]
