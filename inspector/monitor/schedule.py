"""Fair scheduling of several cameras' frames onto one set of models.

Each station has a slot holding only its newest captured frame (a newer frame replaces one not yet
analysed: a camera delivers more frames than the rules need). A station is *due* once per
``1 / target_fps`` seconds; of the due stations with a frame, the one due the longest goes first
(earliest deadline first). When the machine cannot give every station the target rate, all of them
fall behind alike, so the stations share what there is equally; a station that had nothing to
offer for a while (a camera reconnecting) catches up by at most one frame, not by a burst.

A frame whose age exceeds ``max_age_s`` when its turn comes is thrown away (counted as stale),
so no result lags its camera by more than that. A station is analysed by one thread at a time,
so its tracker and event engine see its frames in order.

No model, camera or thread here: :class:`FairScheduler` is the decision and its bookkeeping,
shared by the capture threads (:meth:`FairScheduler.offer`) and the analysis threads
(:meth:`FairScheduler.take` / :meth:`FairScheduler.done`).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

from inspector.types import Frame


@dataclass(frozen=True)
class Captured:
    """A frame as it left its camera.

    Attributes:
        frame: The frame.
        at: Clock time (monotonic seconds) when it was read from the source.
    """

    frame: Frame
    at: float


@dataclass
class _Slot:
    """One station's place in the schedule (guarded by the scheduler's lock)."""

    order: int
    next_due: float
    frame: Captured | None = None
    busy: bool = False
    closed: bool = False
    replaced: int = 0
    stale: int = 0


@dataclass(frozen=True)
class SlotCounts:
    """What the schedule did with one station's frames.

    Attributes:
        replaced: Frames replaced by a newer one before their turn (the camera is faster than the target rate).
        stale: Frames thrown away because they were older than ``max_age_s`` when their turn came.
        waiting: Whether a frame is waiting now.
    """

    replaced: int
    stale: int
    waiting: bool


def next_due(previous_due: float, picked_at: float, period: float) -> float:
    """When a station is due again after a frame of it was taken at ``picked_at``.

    One period after the previous due time, so that stations that all lag keep their turns in
    order; but never more than one period in the past, so a station that had no frame for a
    while catches up by one frame, not by a burst.
    """
    return max(previous_due + period, picked_at - period)


class FairScheduler:
    """Decides which station's frame the models analyse next.

    Args:
        target_fps: Analysed frames per second each station aims for.
        max_age_s: Frames older than this when their turn comes are thrown away.
        clock: Monotonic clock in seconds (the same one the capture threads stamp frames with).

    Raises:
        ValueError: A target rate or an age limit that is not positive.
    """

    def __init__(self, target_fps: float, max_age_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        if target_fps <= 0 or max_age_s <= 0:
            raise ValueError("target_fps and max_age_s must be positive")
        self.period = 1.0 / target_fps
        self.max_age_s = max_age_s
        self._clock = clock
        self._slots: dict[str, _Slot] = {}
        self._cond = threading.Condition()
        self._stopped = False

    def add(self, name: str) -> None:
        """Adds a station, due at once.

        Raises:
            ValueError: A station of that name is already scheduled.
        """
        with self._cond:
            if name in self._slots:
                raise ValueError(f"station {name!r} is scheduled twice")
            self._slots[name] = _Slot(order=len(self._slots), next_due=self._clock())

    def offer(self, name: str, item: Captured) -> bool:
        """Puts a station's newest frame in its slot.

        Returns:
            True when it replaced a frame that had not been analysed.
        """
        with self._cond:
            slot = self._slots[name]
            replaced = slot.frame is not None
            slot.replaced += int(replaced)
            slot.frame = item
            self._cond.notify()
            return replaced

    def close(self, name: str) -> None:
        """The station's source ended: its waiting frame is still analysed, then nothing more."""
        with self._cond:
            self._slots[name].closed = True
            self._cond.notify_all()

    def stop(self) -> None:
        """Ends every :meth:`take` (now and later) with None."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def finished(self) -> bool:
        """Whether every station's source ended and every waiting frame was taken."""
        with self._cond:
            return all(s.closed and s.frame is None and not s.busy for s in self._slots.values())

    def counts(self, name: str) -> SlotCounts:
        """The station's counters."""
        with self._cond:
            s = self._slots[name]
            return SlotCounts(s.replaced, s.stale, s.frame is not None)

    def take(self, timeout: float | None = None) -> tuple[str, Captured] | None:
        """The next frame to analyse, marking its station busy until :meth:`done`.

        Waits while no station is due with a fresh frame.

        Returns:
            (station, frame), or None after ``timeout``, after :meth:`stop`, or once every source
            ended and every frame was taken.
        """
        end = None if timeout is None else self._clock() + timeout
        with self._cond:
            while not self._stopped:
                now = self._clock()
                picked, wake = self._pick(now)
                if picked is not None:
                    slot = self._slots[picked]
                    item, slot.frame, slot.busy = slot.frame, None, True
                    slot.next_due = next_due(slot.next_due, now, self.period)
                    return picked, item  # type: ignore[return-value]
                if all(s.closed and s.frame is None for s in self._slots.values()) and self._slots:
                    self._cond.notify_all()
                    return None
                if end is not None:
                    if now >= end:
                        return None
                    wake = end if wake is None else min(wake, end)
                self._cond.wait(None if wake is None else max(0.0, wake - now))
            return None

    def done(self, name: str) -> None:
        """The station's frame taken by :meth:`take` is analysed; the station may be picked again."""
        with self._cond:
            self._slots[name].busy = False
            self._cond.notify_all()

    def _pick(self, now: float) -> tuple[str | None, float | None]:
        """The due station with a fresh frame that is due the longest, else when to look again.

        Throws away frames that are too old on the way (they are counted as stale).
        """
        best: tuple[float, int, str] | None = None
        wake: float | None = None
        for name, s in self._slots.items():
            if s.busy or s.frame is None:
                continue
            if now - s.frame.at > self.max_age_s:
                s.frame = None
                s.stale += 1
                continue
            if s.next_due > now:
                wake = s.next_due if wake is None else min(wake, s.next_due)
                continue
            key = (s.next_due, s.order, name)
            if best is None or key < best:
                best = key
        return (best[2] if best else None), wake


__all__ = ["Captured", "FairScheduler", "SlotCounts", "next_due"]
