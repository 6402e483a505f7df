"""Tests of the event-level evaluation: matching found to annotated events, and ``inspector eval events``."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from inspector.event_eval import (CUSTOMER, PRESENT, AnnotatedEvent, AnnotationError, FoundEvent, match_events,
                                  read_annotations, same_person, score_events, time_overlap)

BOX = (0.3, 0.2, 0.6, 0.9)


def ann(rule: str, t0: float, t1: float, person: str = "S1", box=BOX) -> AnnotatedEvent:
    return AnnotatedEvent("v.mp4", person, rule, t0, t1, box)


def found(rule: str, t0: float, t1: float, track: int = 1, box=(0.32, 0.25, 0.58, 0.85)) -> FoundEvent:
    return FoundEvent(rule, track, t0, t1, box if track >= 0 else None, 0.9)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 10), (5, 20), 0.5),      # half of the shorter (10 s) span
    ((0, 10), (2, 4), 1.0),       # the shorter lies inside
    ((0, 10), (10, 20), 0.0),     # touching only
    ((0, 10), (12, 20), 0.0),
])
def test_time_overlap_is_a_fraction_of_the_shorter_span(a, b, expected):
    assert time_overlap(*a, *b) == pytest.approx(expected)


@pytest.mark.parametrize(("f", "matches"), [
    (found("phone_use", 12, 30), True),                                   # same person, 80 % overlap
    (found("phone_use", 17, 40), True),                                   # 30 % of the shorter: just enough
    (found("phone_use", 18, 40), False),                                  # 20 %: too little
    (found("slouching", 12, 30), False),                                  # another rule
    (found("phone_use", 12, 30, box=(0.7, 0.2, 0.95, 0.9)), False),       # another person (box elsewhere)
    (found("phone_use", 12, 30, box=None), True),                         # box unknown: person cannot disagree
])
def test_a_match_needs_rule_person_and_time(f, matches):
    a = ann("phone_use", 10, 20)
    assert (len(match_events([a], [f])) == 1) is matches


def test_station_events_match_only_station_annotations():
    station = ann("post_unattended", 0, 200, person="", box=None)
    assert same_person(station, found("post_unattended", 0, 180, track=-1))
    assert not same_person(station, found("post_unattended", 0, 180, track=3))
    assert not same_person(ann("post_unattended", 0, 200), found("post_unattended", 0, 180, track=-1))


def test_each_event_is_matched_once_largest_overlap_first():
    annotated = [ann("phone_use", 0, 10), ann("phone_use", 20, 30)]
    got = [found("phone_use", 1, 29)]  # overlaps both fully; one match only
    pairs = match_events(annotated, got)
    assert len(pairs) == 1
    scores = {s.rule: s for s in score_events([(annotated, got)])}
    assert scores["phone_use"].matched == 1 and scores["phone_use"].recall == 0.5


def test_scores_per_rule_and_in_total():
    annotated = [ann(PRESENT, 0, 1800), ann("phone_use", 100, 160), ann("slouching", 500, 700)]
    got = [found("phone_use", 103, 150), found("chin_on_hand", 300, 310), found("chin_on_hand", 900, 905)]
    scores = {s.rule: s for s in score_events([(annotated, got)])}
    assert scores["phone_use"].precision == 1 and scores["phone_use"].recall == 1
    assert scores["phone_use"].median_onset_delay_s == pytest.approx(3.0)
    assert scores["slouching"].found == 0 and scores["slouching"].recall == 0 and math.isnan(scores["slouching"].precision)
    assert scores["chin_on_hand"].false_per_staff_hour == pytest.approx(4.0)   # 2 false in half an hour
    total = scores["all"]
    assert (total.annotated, total.found, total.matched) == (2, 3, 1)
    assert total.staff_hours == pytest.approx(0.5)
    assert PRESENT not in scores


def test_customer_rows_are_context_and_events_on_customers_are_counted():
    staff_box, customer_box = (0.6, 0.2, 0.9, 0.9), (0.05, 0.2, 0.35, 0.95)
    annotated = [ann(PRESENT, 0, 60, box=staff_box), ann(CUSTOMER, 10, 40, person="C1", box=customer_box)]
    got = [found("phone_use", 12, 20, box=(0.1, 0.3, 0.3, 0.9)),      # the customer, while there
           found("slouching", 45, 55, box=(0.1, 0.3, 0.3, 0.9)),      # same place, customer gone
           found("chin_on_hand", 12, 20, box=(0.62, 0.25, 0.88, 0.85))]  # the staff member
    scores = {s.rule: s for s in score_events([(annotated, got)])}
    assert CUSTOMER not in scores
    assert scores["phone_use"].on_customer == 1
    assert scores["slouching"].on_customer == 0 and scores["chin_on_hand"].on_customer == 0
    assert scores["all"].on_customer == 1 and scores["all"].annotated == 0


def test_customer_rows_are_read(tmp_path: Path):
    p = tmp_path / "a.csv"
    p.write_text("video,person,rule,t_start_s,t_end_s,box,note\nv.mp4,C1,customer_present,0,9,0.1 0.1 0.5 0.9,\n")
    assert read_annotations(p, frozenset({"phone_use"}))[0].rule == CUSTOMER


@pytest.mark.parametrize(("row", "message"), [
    ("v.mp4,S1,phone_use,5,3,,", "end after it starts"),
    ("v.mp4,S1,phone_use,x,3,,", "must be numbers"),
    ("v.mp4,S1,dancing,1,3,,", "unknown rule 'dancing'"),
    ("v.mp4,S1,phone_use,1,3,0.5 0.5 0.2 0.9,", "x0 < x1"),
    ("v.mp4,S1,phone_use,1,3,0.1 0.2,", "four numbers"),
])
def test_bad_annotations_are_named_with_their_line(tmp_path: Path, row: str, message: str):
    p = tmp_path / "a.csv"
    p.write_text("video,person,rule,t_start_s,t_end_s,box,note\nv.mp4,S1,staff_present,0,9,,\n" + row + "\n")
    with pytest.raises(AnnotationError, match=message) as e:
        read_annotations(p, frozenset({"phone_use"}))
    assert "a.csv:3" in str(e.value)


def test_eval_events_on_the_annotated_sample_clip(tmp_path: Path, capsys: pytest.CaptureFixture):
    """The sample clip, annotated by looking at it: the astronaut at the post 0-6 s, the post empty 6-10 s.

    Analysis finds the empty post (a true event) and, for the astronaut, slouching (false: the
    spacesuit's collar misleads the pose model; tests/golden/replay_sample.json).
    """
    from inspector.cli import main
    from inspector.sample import write_sample_video
    from tests.test_replay import _rules_file

    video = write_sample_video(tmp_path / "sample.mp4")
    notes = tmp_path / "annotations.csv"
    notes.write_text("video,person,rule,t_start_s,t_end_s,box,note\n"
                     "sample.mp4,S1,staff_present,0,6,0.15 0.05 0.9 0.95,upright and still\n"
                     "sample.mp4,,post_unattended,6,10,,nobody at the post\n", encoding="utf-8")
    assert main(["eval", "events", str(video), "--annotations", str(notes),
                 "--rules", str(_rules_file(tmp_path)), "--stride", "1"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:] if line and line[0].isalpha()}
    assert rows["post_unattended"][:5] == ["1", "1", "1", "1.00", "1.00"]
    assert rows["slouching"][:4] == ["0", "1", "0", "0.00"]
    assert rows["all"][:3] == ["1", "2", "1"]
    assert "0.1 staff-minutes" in out   # 6 s


def test_eval_events_refuses_what_it_cannot_use(tmp_path: Path, capsys: pytest.CaptureFixture):
    from inspector.cli import main

    notes = tmp_path / "a.csv"
    notes.write_text("video,person,rule,t_start_s,t_end_s,box,note\nother.mp4,S1,staff_present,0,6,,\n")
    assert main(["eval", "events", str(tmp_path / "missing.mp4"), "--annotations", str(notes)]) != 0
    assert "no row for missing.mp4" in capsys.readouterr().err
    assert main(["eval", "events", str(tmp_path / "x.mp4")]) != 0
    assert "--annotations" in capsys.readouterr().err
    (tmp_path / "other.mp4").write_bytes(b"not a video")
    assert main(["eval", "events", str(tmp_path / "other.mp4"), "--annotations", str(notes)]) != 0
    err = capsys.readouterr().err
    assert "other.mp4" in err and "Traceback" not in err
