"""The one writer of an analysis: events, clip results and greeting verdicts go to the store in order.

Both ``inspector analyze`` (:class:`inspector.analyze.Analyzer`) and the app's live view
(``inspector.live_session.EventRecorder``) write through an :class:`EventWriter`:

* every write is queued and written in order, one transaction each — at once on the caller's
  thread, or, with ``background=True`` (the live view), on the writer's own thread, so that a
  locked database never holds up the analysis;
* a database locked by another process (or failing for a passing reason, e.g. a full disk)
  keeps the queue, and everything behind it, for a later :meth:`EventWriter.flush`: after a
  failure the queue is tried again at most once a second;
* a write the store refuses for good (invalid value, unknown station, duplicate...) is reported
  in :attr:`EventWriter.errors` and dropped, so it cannot hold up the writes behind it;
* :meth:`EventWriter.close` retries for a while and then saves whatever is still unwritten to a
  JSON-lines file next to the database (``unsaved-events-<time>.jsonl``): nothing is lost. A
  write that arrives after :meth:`~EventWriter.close` goes straight to that file, and
  :func:`import_unsaved` (``inspector review import-unsaved FILE``) writes the file to the store
  later, as often as needed.

An event analysed again (the same footage, an earlier run stored it) is only ever extended: a
run killed part-way left it short, the re-run completes it; an interrupted re-run cannot shorten it.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Literal, Sequence

from inspector.clips import ClipResult
from inspector.private_files import append_private, private_folder
from inspector.events import STATION_TRACK, ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.store import (AlreadyDecided, Duplicate, InvalidInput, NotFound, PermissionDenied, RosterOverlap, Store,
                             StoreError)
from inspector.store.records import ClipStatus

if TYPE_CHECKING:
    from inspector.greeting import GreetingOutcome

WriteKind = Literal["event", "clip", "greeting"]

REFUSED = (AlreadyDecided, Duplicate, InvalidInput, NotFound, PermissionDenied, RosterOverlap)
"""Store errors that no retry can mend: the write is reported and dropped."""
RETRY_S = 1.0
"""After a failed attempt, the queue is tried again at most this often (unless forced)."""


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
        background: Write on a thread of the writer's own (the caller never waits for the database).
    """

    def __init__(self, store: Store, station: int | str, station_name: str, source_id: str, rules_version: str,
                 wall: Callable[[int], datetime], unsaved_dir: Path, give_up_s: float = 5.0,
                 background: bool = False) -> None:
        self.store, self.station, self.station_name = store, station, station_name
        self.source_id, self.rules_version, self.wall = source_id, rules_version, wall
        self.unsaved_dir, self.give_up_s = Path(unsaved_dir), give_up_s
        self._pending: deque[tuple[WriteKind, object]] = deque()
        self._ids: dict[str, int] = {}
        self._has_clip: set[str] = set()
        self._known_end: dict[str, datetime] = {}  # events an earlier run stored -> their stored end
        self._last_failure = 0.0
        self._greetings_seen = 0  # verdicts of the monitor's list already queued
        self._lock = threading.Lock()        # the queue, ids and counters
        self._flushing = threading.Lock()    # one flush at a time
        self._closed = False
        self._unsaved: str | None = None
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
            self._thread.start()
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

    def message(self, m: EventMessage) -> None:
        """Stores what an event lifecycle message says: the event at its start and at its end, and
        its updates in between once it is stored (while a locked database holds its start back,
        updates are skipped: the end carries the final values)."""
        if isinstance(m, (EventStarted, EventEnded)) or self.event_id(m.event.key) is not None:
            self.event(m.event)

    def greetings(self, outcomes: Sequence[GreetingOutcome]) -> int:
        """Stores the verdicts of a greeting monitor's outcome list (which only grows) that are
        new since the last call.

        Returns:
            How many verdicts were queued.
        """
        new = outcomes[self._greetings_seen:]
        self._greetings_seen += len(new)
        for o in new:
            self.greeting(o)
        return len(new)

    def event_id(self, key: str) -> int | None:
        """The stored id of an event, once written."""
        with self._lock:
            return self._ids.get(key)

    def has_clip(self, key: str) -> bool:
        """Whether the event already had evidence from an earlier run (do not record it again)."""
        with self._lock:
            return key in self._has_clip

    @property
    def pending(self) -> int:
        """Writes not done yet (the database was locked, or the background thread has not got to them)."""
        with self._lock:
            return len(self._pending)

    @property
    def event_ids(self) -> tuple[int, ...]:
        """Ids of every event written (new or already stored), sorted."""
        with self._lock:
            return tuple(sorted(self._ids.values()))

    def _queue(self, kind: WriteKind, payload: object) -> None:
        with self._lock:
            if not self._closed:
                self._pending.append((kind, payload))
        if self._closed:  # too late for the store: straight to the unsaved file
            self._save((kind, payload))
        elif self._thread is not None:
            self._wake.set()
        else:
            self.flush()

    def _run(self) -> None:
        while not self._closed:
            self._wake.wait(RETRY_S)
            self._wake.clear()
            if not self._closed:
                self.flush()

    # -- writing -------------------------------------------------------------------------------
    def flush(self, force: bool = False) -> None:
        """Writes what is queued, in order, until a write fails for a passing reason (locked database).

        After such a failure the queue is tried again at most once a second; ``force`` tries regardless.
        """
        with self._flushing:
            if not force and self._last_failure and time.monotonic() - self._last_failure < RETRY_S:
                return
            while True:
                with self._lock:
                    if not self._pending:
                        self._last_failure = 0.0
                        return
                    kind, payload = self._pending[0]
                try:
                    self._write(kind, payload)
                except REFUSED as e:  # refused for good: report it, do not block what follows
                    with self._lock:
                        self.errors.append(f"{kind} {_describe(kind, payload)}: {e}")
                except StoreError:  # locked, or failing for now: keep it (and all behind it) queued
                    self._last_failure = time.monotonic()
                    return
                with self._lock:
                    self._pending.popleft()

    def _write(self, kind: WriteKind, payload: object) -> None:
        if kind == "event":
            ev: ConductEvent = payload  # type: ignore[assignment]
            numeric = _features(ev.trigger, ev.peak_confidence)
            peak = min(1.0, max(0.0, ev.peak_confidence))
            known_end = self._known_end.get(ev.key)
            if known_end is not None and ev.end_at <= known_end:
                return  # stored by an earlier run, at least this long: never shortened
            if ev.key not in self._ids:
                rec, new = self.store.add_event(
                    station=self.station, source_id=self.source_id, rule_id=ev.rule_id,
                    rules_version=ev.rules_version, start=ev.start_at, end=ev.end_at, peak_confidence=peak,
                    features=numeric, points=ev.points, track_id=None if ev.track_id == STATION_TRACK else ev.track_id,
                    clip_status=ClipStatus.NONE)
                with self._lock:
                    self._ids[ev.key] = rec.id
                    if new:
                        self.new += 1
                    else:
                        self.known += 1
                        self._known_end[ev.key] = rec.end
                        # evidence deleted by retention is not recorded again
                        if rec.clip_status in (ClipStatus.OK, ClipStatus.EXPIRED):
                            self._has_clip.add(ev.key)  # evidence exists from an earlier run: keep it
            else:
                self.store.update_event_end(self._ids[ev.key], ev.end_at, peak_confidence=peak, features=numeric)
                if known_end is not None:
                    self._known_end[ev.key] = ev.end_at
        elif kind == "greeting":
            o: GreetingOutcome = payload  # type: ignore[assignment]
            _, new = self.store.add_greeting(
                station=self.station, source_id=self.source_id, customer_track=o.customer_track,
                staff_track=o.staff_track, kind=o.kind, status=o.status, arrival=self.wall(o.open_ms),
                greeted=None if o.greeted_ms is None else self.wall(o.greeted_ms), actions=o.actions,
                rules_version=self.rules_version)
            with self._lock:
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
        """Stops the background thread, retries what is still queued for up to ``give_up_s`` and
        saves the rest to a file; later writes go to that file too.

        Returns:
            The unsaved-events file, or None when everything was written.
        """
        if self._thread is not None:
            self._closed = True
            self._wake.set()
            self._thread.join()
        deadline = time.monotonic() + self.give_up_s
        while self.pending and time.monotonic() < deadline:
            self.flush(force=True)
            if self.pending:
                time.sleep(0.5)
        with self._lock:
            self._closed = True
            left = list(self._pending)
            self._pending.clear()
        for item in left:
            self._save(item)
        return self._unsaved

    def _save(self, item: tuple[WriteKind, object]) -> None:
        """Appends one write to the unsaved-events file (made on first use)."""
        if self._unsaved is None:
            self._unsaved = str(self.unsaved_dir / f"unsaved-events-{int(time.time())}.jsonl")
        out = Path(self._unsaved)
        private_folder(out.parent)
        append_private(out, json.dumps(self._record(*item), ensure_ascii=False) + "\n")

    def _record(self, kind: WriteKind, payload: object) -> dict:
        if kind == "event":
            ev: ConductEvent = payload  # type: ignore[assignment]
            stored = ev.key in self._ids  # the event itself was stored; this is its later end
            return {"kind": "event", "write": "end" if stored else "add", "event_key": ev.key,
                    "event_id": self._ids.get(ev.key), "station": self.station_name,
                    "source_id": self.source_id,
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
        return {"kind": "clip", "event_key": res.event_key, "event_id": self._ids.get(res.event_key),
                "status": res.status, "clip_path": str(res.clip_path) if res.clip_path else None,
                "thumbnail_path": str(res.thumbnail_path) if res.thumbnail_path else None, "error": res.error}


def _features(trigger, peak_confidence: float) -> dict[str, float]:
    """The numbers among an event's trigger values, with its peak confidence (what the store keeps)."""
    numeric = {str(k): float(v) for k, v in trigger if isinstance(v, (int, float)) and not isinstance(v, bool)}
    numeric["peak_confidence"] = float(peak_confidence)
    return numeric


@dataclass(frozen=True)
class ImportReport:
    """What :func:`import_unsaved` did.

    Attributes:
        events_new: Events stored that were not stored before.
        events_known: Events found already stored (an earlier import, or the run itself).
        ends_extended: Stored events whose end the file moved later.
        clips: Clip outcomes recorded against their events.
        greetings_new: Greeting verdicts stored that were not stored before.
        skipped: Lines not imported, each with its number and the reason.
    """

    events_new: int
    events_known: int
    ends_extended: int
    clips: int
    greetings_new: int
    skipped: tuple[str, ...]


def import_unsaved(store: Store, path: str | Path) -> ImportReport:
    """Writes an ``unsaved-events-*.jsonl`` file (:meth:`EventWriter.close`) to the store.

    Idempotent: events and greetings are found by their natural keys, an end only ever moves
    later and a clip outcome is set again to the same value, so importing a file twice (or a
    file some of whose writes did reach the store) stores everything once. A line that cannot be
    imported is reported in :attr:`ImportReport.skipped` and does not stop the others.

    Raises:
        OSError: The file cannot be read.
        PermissionDenied: The store's actor may not record events (checked before any line).
    """
    from inspector.auth import Permission

    store.authorize(Permission.RECORD_EVENTS, "import unsaved events")
    ids: dict[str, int] = {}
    new = known = extended = clips = greetings = 0
    skipped: list[str] = []
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            kind = r["kind"]
            if kind == "event":
                start, end = datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"])
                peak = float(r["peak_confidence"])
                features = _features(r.get("trigger", ()), peak)
                event_id = r.get("event_id")
                if event_id is None:
                    rec, is_new = store.add_event(
                        station=r["station"], source_id=r["source_id"], rule_id=r["rule_id"],
                        rules_version=r["rules_version"], start=start, end=end,
                        peak_confidence=min(1.0, max(0.0, peak)), features=features, points=float(r["points"]),
                        track_id=None if r["track_id"] == STATION_TRACK else int(r["track_id"]))
                    new, known = new + int(is_new), known + int(not is_new)
                    event_id = rec.id
                    stored_end = rec.end
                else:
                    stored_end = store.get_event(int(event_id)).end
                if r.get("event_key"):
                    ids[r["event_key"]] = int(event_id)
                if end > stored_end:
                    store.update_event_end(int(event_id), end, peak_confidence=min(1.0, max(0.0, peak)),
                                           features=features)
                    extended += 1
            elif kind == "greeting":
                _, is_new = store.add_greeting(
                    station=r["station"], source_id=r["source_id"], customer_track=int(r["customer_track"]),
                    staff_track=int(r["staff_track"]), kind=r["visit"], status=r["status"],
                    arrival=datetime.fromisoformat(r["arrival"]),
                    greeted=None if r["greeted"] is None else datetime.fromisoformat(r["greeted"]),
                    actions=r.get("actions", ()), rules_version=r["rules_version"])
                greetings += int(is_new)
            elif kind == "clip":
                event_id = r.get("event_id") or ids.get(r.get("event_key", ""))
                if event_id is None:
                    raise ValueError(f"its event {r.get('event_key')!r} is not in the file nor stored")
                if r["status"] == "ok":
                    store.set_clip(int(event_id), ClipStatus.OK, r["clip_path"], r.get("thumbnail_path"))
                else:
                    store.set_clip(int(event_id), ClipStatus.MISSING, None, r.get("thumbnail_path"))
                clips += 1
            else:
                raise ValueError(f"unknown kind {kind!r}")
        except (KeyError, TypeError, ValueError, *REFUSED) as e:  # a locked database stops the import
            what = (f"missing field {e}" if isinstance(e, KeyError) else
                    "not a JSON record" if isinstance(e, json.JSONDecodeError) else str(e))
            skipped.append(f"line {n}: {what}")
    return ImportReport(new, known, extended, clips, greetings, tuple(skipped))


def _describe(kind: WriteKind, payload: object) -> str:
    if kind == "event":
        return f"{payload.rule_id} from {payload.start_at.isoformat()}"  # type: ignore[attr-defined]
    if kind == "greeting":
        return f"customer #{payload.customer_track}"  # type: ignore[attr-defined]
    return f"clip of {payload.event_key}"  # type: ignore[attr-defined]


__all__ = ["EventWriter", "ImportReport", "import_unsaved"]
