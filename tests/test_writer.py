"""EventWriter: in order, retried while locked, refused writes dropped, re-runs never shorten an event."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest

from inspector.events import ConductEvent
from inspector.store import Store
from inspector.writer import EventWriter

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def event(end_s: float, start_s: float = 0.0, rule: str = "arms", peak: float = 0.8) -> ConductEvent:
    return ConductEvent("desk", 1, rule, "v1", int(start_s * 1000), int(end_s * 1000),
                        T0 + timedelta(seconds=start_s), T0 + timedelta(seconds=end_s), peak, 0, (("x", 1.0),),
                        "low", 1.0, 3)


def writer(store: Store, tmp_path, **kw) -> EventWriter:
    return EventWriter(store, "desk", "desk", "file:abc", "v1", lambda ms: T0 + timedelta(milliseconds=ms),
                       tmp_path / "unsaved", **kw)


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "t.db", busy_timeout_s=0.1) as s:
        s.add_station("desk")
        yield s


def test_a_second_run_extends_but_never_shortens_a_stored_event(store, tmp_path):
    first = writer(store, tmp_path)
    first.event(event(6))
    assert first.close() is None and first.new == 1
    again = writer(store, tmp_path)  # the same footage analysed again, interrupted at 4 s
    again.event(event(1))
    again.event(event(4))
    assert again.known == 1 and store.list_events()[0].end == T0 + timedelta(seconds=6)
    again.event(event(9))  # a run killed at 6 s left it short: the re-run completes it
    assert store.list_events()[0].end == T0 + timedelta(seconds=9)
    assert again.close() is None and len(store.list_events()) == 1


def test_refused_writes_are_reported_and_do_not_block_the_rest(store, tmp_path):
    w = EventWriter(store, "nowhere", "nowhere", "file:abc", "v1", lambda ms: T0, tmp_path / "unsaved")
    w.event(event(3))
    assert w.pending == 0 and len(w.errors) == 1 and "nowhere" in w.errors[0]
    ok = writer(store, tmp_path)
    ok.event(event(5, rule="phone"))
    assert [e.rule_id for e in store.list_events()] == ["phone"]


def test_locked_writes_wait_in_order_and_late_ones_go_to_the_file(store, tmp_path):
    holder = sqlite3.connect(tmp_path / "t.db", isolation_level=None)  # another process's write lock
    holder.execute("BEGIN IMMEDIATE")
    w = writer(store, tmp_path, background=True, give_up_s=0.3)
    t = time.monotonic()
    for i in range(5):
        w.event(event(2 + i, start_s=i, rule=f"r{i}"))
    assert time.monotonic() - t < 0.1  # the caller never waits for the lock
    holder.execute("COMMIT")
    deadline = time.monotonic() + 10
    while w.pending and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [e.rule_id for e in store.list_events()] == ["r0", "r1", "r2", "r3", "r4"]
    holder.execute("BEGIN IMMEDIATE")
    w.event(event(9, start_s=8, rule="r5"))
    unsaved = w.close()
    w.event(event(12, start_s=11, rule="r6"))  # after close: straight to the file
    holder.execute("COMMIT")
    holder.close()
    lines = [json.loads(x) for x in open(unsaved, encoding="utf-8")]
    assert [(x["rule_id"], x["write"]) for x in lines] == [("r5", "add"), ("r6", "add")]


def test_the_unsaved_file_can_be_imported_and_importing_again_changes_nothing(store, tmp_path, capsys):
    """Issue 15, defect 10: nothing could read the unsaved-events file back."""
    from inspector.cli import main
    from inspector.clips import ClipResult
    from inspector.writer import import_unsaved

    first = writer(store, tmp_path)
    first.event(event(4, start_s=0, rule="stored"))  # stored; its later end and its clip are not
    holder = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    w = writer(store, tmp_path, give_up_s=0.2)
    w._ids.update(first._ids)  # the same run: the first event was stored before the lock
    w.event(event(9, start_s=0, rule="stored"))
    w.event(event(6, start_s=2, rule="unsaved"))
    clip = tmp_path / "c.mp4"
    clip.write_bytes(b"mp4")
    w.clip(ClipResult(event(6, start_s=2, rule="unsaved").key, "ok", clip, None, 10, 0, 400))
    w.clip(ClipResult(event(9, start_s=0, rule="stored").key, "missing", None, None, 0, -1, -1, error="disk full"))
    unsaved = w.close()
    holder.execute("ROLLBACK")
    holder.close()
    with open(unsaved, "a", encoding="utf-8") as f:
        f.write("not json\n")
    rep = import_unsaved(store, unsaved)
    assert (rep.events_new, rep.ends_extended, rep.clips) == (1, 1, 2) and len(rep.skipped) == 1
    events = {e.rule_id: e for e in store.list_events()}
    assert events["stored"].end == T0 + timedelta(seconds=9) and events["stored"].clip_status.value == "missing"
    assert events["unsaved"].clip_path == str(clip) and events["unsaved"].clip_status.value == "ok"
    again = import_unsaved(store, unsaved)
    assert (again.events_new, again.events_known, again.ends_extended) == (0, 1, 0)
    assert {e.rule_id: (e.start, e.end, e.clip_status) for e in store.list_events()} == \
        {k: (e.start, e.end, e.clip_status) for k, e in events.items()}
    assert main(["review", "import-unsaved", unsaved, "--db", str(tmp_path / "t.db")]) == 1  # the bad line
    out = capsys.readouterr()
    assert "0 new, 1 already stored" in out.out and "line 5: not a JSON record" in out.err and "Traceback" not in out.err
