"""Evaluation arithmetic on hand-made predictions."""

from __future__ import annotations

import pytest

from inspector.evaluate import binary_view, format_report, read_labels, score


def test_per_class_figures_match_hand_computation():
    pairs = [("a", "x", "x"), ("b", "x", "y"), ("c", "y", "y"), ("d", "y", "y"), ("e", "z", "y")]
    rep = score("t", pairs)
    by = {c.label: c for c in rep.classes}
    assert by["x"].precision == 1.0 and by["x"].recall == 0.5
    assert by["y"].precision == pytest.approx(2 / 4) and by["y"].recall == 1.0
    assert by["z"].f1 == 0.0
    assert rep.accuracy == pytest.approx(3 / 5)
    assert rep.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert ("b", "x", "y") in rep.errors and len(rep.errors) == 2
    text = format_report(rep)
    assert "misclassified" in text and "b: x -> y" in text


def test_binary_view_counts_other_predictions_as_errors():
    pairs = [("a", "s_up", "s_up"), ("b", "s_sl", "unknown"), ("c", "head", "s_up")]
    rep = binary_view(pairs, {"s_up"}, {"s_sl"}, "upright", "slouched")
    assert rep.n == 2
    assert rep.accuracy == 0.5


def test_read_labels_resolves_paths_and_aliases(tmp_path):
    csv_file = tmp_path / "labels.csv"
    csv_file.write_text("path,task,label\nimg/a.jpg,body_posture,sitting_upright_subtle\n"
                        "img/b.jpg,golden,\nimg/c.jpg,arm_posture,arms_crossed\n", encoding="utf-8")
    rows = read_labels(csv_file)
    assert [(r.rel, r.label) for r in rows] == [("img/a.jpg", "sitting_upright"), ("img/c.jpg", "arms_crossed")]
    assert rows[0].path == tmp_path / "img/a.jpg"
    assert [r.rel for r in read_labels(csv_file, task="arm_posture")] == ["img/c.jpg"]


def test_read_labels_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_labels(tmp_path / "nope.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("file,label\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks column"):
        read_labels(bad)
