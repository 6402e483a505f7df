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


def test_a_folder_of_folders_is_labelled_by_the_nearest_class_folder(tmp_path):
    from inspector.evaluate import read_folder_labels, read_labels

    for rel in ("setA/arm_posture/arms_crossed/a.jpg", "setA/arm_posture/arms_crossed/deeper/b.png",
                "setB/face_smiling/c.jpg", "setB/sitting_upright_subtle/d.jpg", "setB/unlabelled/e.jpg",
                "setB/face_smiling/notes.txt", "badge_no/face_neutral/f.jpg"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    rows = {r.rel: (r.task, r.label, r.source) for r in read_folder_labels(tmp_path)}
    assert rows == {
        "setA/arm_posture/arms_crossed/a.jpg": ("arm_posture", "arms_crossed", "setA"),
        "setA/arm_posture/arms_crossed/deeper/b.png": ("arm_posture", "arms_crossed", "setA"),
        "setB/face_smiling/c.jpg": ("face_expression", "face_smiling", "setB"),
        "setB/sitting_upright_subtle/d.jpg": ("body_posture", "sitting_upright", "setB"),
        "badge_no/face_neutral/f.jpg": ("face_expression", "face_neutral", "badge_no"),  # the nearest class wins
    }
    assert [r.rel for r in read_labels(tmp_path, "face_expression")] == ["badge_no/face_neutral/f.jpg",
                                                                          "setB/face_smiling/c.jpg"]


def test_classify_reads_sub_folders(tmp_path):
    from inspector.commands.classify import _paths

    for rel in ("a/x.jpg", "a/b/y.png", "z.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in _paths(tmp_path)] == ["a/b/y.png", "a/x.jpg"]
