"""The one writer of an analysis: events, clip results and greeting verdicts go to the store in order.

Both ``inspector analyze`` (:class:`inspector.analyze.Analyzer`) and the app's live view
(``ui.live_session.EventRecorder``) write through an :class:`EventWriter`:

* every write is queued and written at once, in order, one transaction each;
* a database locked by another process keeps the queue (and everything behind it) for the next
  :meth:`EventWriter.flush` — a backlog is retried at most once a second;
* a write the store refuses for another reason (e.g. an invalid value) is reported in
  :attr:`EventWriter.errors` and dropped, so it cannot hold up the writes behind it;
* :meth:`EventWriter.close` retries for a while and then saves whatever is still unwritten to a
  JSON-lines file next to the database (``unsaved-events-<time>.jsonl``): nothing is lost.
"""

from __future__ import annotations

import json
import time
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Literal

from inspector.clips import ClipResult
from inspector.events import STATION_TRACK, ConductEvent
from inspector.store import DatabaseLocked, Store, StoreError
from inspector.store.records import ClipStatus

if TYPE_CHECKING:
    from inspector.greeting import GreetingOutcome

WriteKind = Literal["event", "clip", "greeting"]


class EventWriter:
    """Queues and writes one source's events, clip results and greeting verdicts.

    Args:
        store: The open store.
        station: The station's id or name (as the store takes it).
        station_name: The station's name (for the unsaved-events file).
        source_id: Stable id of the footage (same footage → same events, not counted twice).
        rules_version: Stored with greeting verdicts.
        wall: Wall-clock time of a stream time (the event engine's clock).
        unsaved_dir: Folder of the unsaved-events file.
        give_up_s: How long :meth:`close` retries a locked database.
    """

    def __init__(self, store: Store, station: int | str, station_name: str, source_id: str, rules_version: str,
                 wall: Callable[[int], datetime], unsaved_dir: Path, give_up_s: float = 5.0) -> None:
        self.store, self.station, self.station_name = store, station, station_name
        self.source_id, self.rules_version, self.wall = source_id, rules_version, wall
        self.unsaved_dir, self.give_up_s = Path(unsaved_dir), give_up_s
        self._pending: deque[tuple[WriteKind, object]] = deque()
        self._ids: dict[str, int] = {}
        self._has_clip: set[str] = set()
        self._last_retry = 0.0
        self.new = 0
        """Events stored that were not stored before."""
        self.known = 0
        """Events found already stored (the same footage analysed again)."""
        self.greetings_new = 0
        """Greeting verdicts stored that were not stored before."""
        self.errors: list[str] = []
        """Writes the store refused (not for a lock), each with the reason; they were dropped."""

    # -- queueing ------------------------------------------------------------------------------
    def event(self, ev: ConductEvent) -> None:
        """Stores an event (the first time its key is seen) or its new end and peak."""
        self._queue("event", ev)

    def clip(self, res: ClipResult) -> None:
        """Records an event's clip (or that it is missing); ignored for an event never stored."""
        self._queue("clip", res)

    def greeting(self, outcome: GreetingOutcome) -> None:
        """Stores a greeting verdict (one customer visit)."""
        self._queue("greeting", outcome)

    def event_id(self, key: str) -> int | None:
        """The stored id of an event, once written."""
        return self._ids.get(key)

    def has_clip(self, key: str) -> bool:
        """Whether the event already had evidence from an earlier run (do not record it again)."""
        return key in self._has_clip

    @property
    def pending(self) -> int:
        """Writes waiting for a locked database."""
        return len(self._pending)

    @property
    def event_ids(self) -> tuple[int, ...]:
        """Ids of every event written (new or already stored), sorted."""
        return tuple(sorted(self._ids.values()))

    def _queue(self, kind: WriteKind, payload: object) -> None:
        self._pending.append((kind, payload))
        self.flush()

    # -- writing -------------------------------------------------------------------------------
    def flush(self, force: bool = False) -> None:
        """Writes what is queued, in order, until the database is locked.

        A backlog (more than the write just queued) is retried at most once a second while the
        database stays locked; ``force`` retries regardless.
        """
        now = time.monotonic()
        backlog = len(self._pending) > 1
        if not force and backlog and self._last_retry and now - self._last_retry < 1.0:
            return
        while self._pending:
            kind, payload = self._pending[0]
            try:
                self._write(kind, payload)
            except DatabaseLocked:
                self._last_retry = now
                return
            except StoreError as e:  # refused for good: report it, do not block what follows
                self.errors.append(f"{kind} {_describe(kind, payload)}: {e}")
            self._pending.popleft()

    def _write(self, kind: WriteKind, payload: object) -> None:
        if kind == "event":
            ev: ConductEvent = payload  # type: ignore[assignment]
            numeric = {k: float(v) for k, v in ev.trigger if isinstance(v, (int, float)) and not isinstance(v, bool)}
            numeric["peak_confidence"] = ev.peak_confidence
            peak = min(1.0, max(0.0, ev.peak_confidence))
            if ev.key not in self._ids:
                rec, new = self.store.add_event(
                    station=self.station, source_id=self.source_id, rule_id=ev.rule_id,
                    rules_version=ev.rules_version, start=ev.start_at, end=ev.end_at, peak_confidence=peak,
                    features=numeric, points=ev.points, track_id=None if ev.track_id == STATION_TRACK else ev.track_id,
                    clip_status=ClipStatus.NONE)
                self._ids[ev.key] = rec.id
                if new:
                    self.new += 1
                else:
                    self.known += 1
                    # issue 7: evidence deleted by retention is not recorded again
                    if rec.clip_status in (ClipStatus.OK, ClipStatus.EXPIRED):
                        self._has_clip.add(ev.key)  # evidence exists from an earlier run: keep it
            else:
                self.store.update_event_end(self._ids[ev.key], ev.end_at, peak_confidence=peak, features=numeric)
        elif kind == "greeting":
            o: GreetingOutcome = payload  # type: ignore[assignment]
            _, new = self.store.add_greeting(
                station=self.station, source_id=self.source_id, customer_track=o.customer_track,
                staff_track=o.staff_track, kind=o.kind, status=o.status, arrival=self.wall(o.open_ms),
                greeted=None if o.greeted_ms is None else self.wall(o.greeted_ms), actions=o.actions,
                rules_version=self.rules_version)
            self.greetings_new += int(new)
        else:
            res: ClipResult = payload  # type: ignore[assignment]
            event_id = self._ids.get(res.event_key)
            if event_id is None:
                return
            thumb = str(res.thumbnail_path) if res.thumbnail_path else None
            if res.status == "ok":
                self.store.set_clip(event_id, ClipStatus.OK, str(res.clip_path), thumb)
            else:
                self.store.set_clip(event_id, ClipStatus.MISSING, None, thumb)

    def close(self) -> str | None:
        """Retries what is still queued for up to ``give_up_s``; saves the rest to a file.

        Returns:
            The unsaved-events file, or None when everything was written.
        """
        deadline = time.monotonic() + self.give_up_s
        while self._pending and time.monotonic() < deadline:
            self.flush(force=True)
            if self._pending:
                time.sleep(0.5)
        if not self._pending:
            return None
        out = self.unsaved_dir / f"unsaved-events-{int(time.time())}.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "a", encoding="utf-8") as f:
            for kind, payload in self._pending:
                f.write(json.dumps(self._record(kind, payload), ensure_ascii=False) + "\n")
        self._pending.clear()
        return str(out)

    def _record(self, kind: WriteKind, payload: object) -> dict:
        if kind == "event":
            ev: ConductEvent = payload  # type: ignore[assignment]
            return {"kind": "event", "station": self.station_name, "source_id": self.source_id,
                    "rule_id": ev.rule_id, "rules_version": ev.rules_version, "track_id": ev.track_id,
                    "start": ev.start_at.isoformat(), "end": ev.end_at.isoformat(),
                    "peak_confidence": ev.peak_confidence, "points": ev.points,
                    "trigger": [[k, v] for k, v in ev.trigger]}
        if kind == "greeting":
            o: GreetingOutcome = payload  # type: ignore[assignment]
            return {"kind": "greeting", "station": self.station_name, "source_id": self.source_id,
                    "customer_track": o.customer_track, "staff_track": o.staff_track, "visit": o.kind,
                    "status": o.status, "arrival": self.wall(o.open_ms).isoformat(),
                    "greeted": None if o.greeted_ms is None else self.wall(o.greeted_ms).isoformat(),
                    "actions": list(o.actions), "rules_version": self.rules_version}
        res: ClipResult = payload  # type: ignore[assignment]
        return {"kind": "clip", "event_key": res.event_key, "status": res.status,
                "clip_path": str(res.clip_path) if res.clip_path else None}


def _describe(kind: WriteKind, payload: object) -> str:
    if kind == "event":
        return f"{payload.rule_id} from {payload.start_at.isoformat()}"  # type: ignore[attr-defined]
    if kind == "greeting":
        return f"customer #{payload.customer_track}"  # type: ignore[attr-defined]
    return f"clip of {payload.event_key}"  # type: ignore[attr-defined]


__all__ = ["EventWriter"]
