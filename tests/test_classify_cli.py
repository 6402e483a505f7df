"""``inspector classify`` and ``inspector eval`` end to end on real images a PyPI package ships."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from inspector.cli import main

pytestmark = pytest.mark.usefixtures("models_ready")


@pytest.fixture()
def astronaut_file(tmp_path, astronaut_bgr):
    p = tmp_path / "astronaut.png"
    cv2.imwrite(str(p), astronaut_bgr)
    return p


def test_classify_json_astronaut(astronaut_file, capsys):
    assert main(["classify", str(astronaut_file), "--json"]) == 0
    rec = json.loads(capsys.readouterr().out.strip())
    assert rec["path"] == str(astronaut_file)
    assert len(rec["persons"]) == 1
    person = rec["persons"][0]
    assert set(person) == {"id", "bbox", "labels", "features", "confidence"}
    assert person["labels"]["face_expression"] == "face_smiling"
    x, y, w, h = person["bbox"]
    assert 0 <= x < 256 and w > 150 and h > 250  # the astronaut fills most of the 512x512 photo
    assert set(person["labels"]) == {"arm_posture", "body_posture", "face_expression", "badge"}
    assert person["features"]["smile"] > 0.5
    assert 0 < person["confidence"]["smile"] <= 1


def test_classify_annotates(astronaut_file, tmp_path, capsys):
    out = tmp_path / "annotated"
    assert main(["classify", str(astronaut_file), "--annotate", str(out)]) == 0
    files = list(out.glob("*.jpg"))
    assert len(files) == 1 and cv2.imread(str(files[0])) is not None
    assert "face=face_smiling" in capsys.readouterr().out


def test_image_without_person_gives_empty_list(tmp_path, capsys):
    p = tmp_path / "wall.png"
    cv2.imwrite(str(p), np.full((240, 320, 3), 200, np.uint8))
    assert main(["classify", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["persons"] == []


def test_bad_inputs_give_clear_errors(tmp_path, capsys):
    assert main(["classify", str(tmp_path / "missing.jpg")]) == 2
    assert "file not found" in capsys.readouterr().err
    fake = tmp_path / "notes.jpg"
    fake.write_text("not an image")
    assert main(["classify", str(fake), "--json"]) == 2
    assert "not a readable image" in capsys.readouterr().err


def test_folder_with_one_bad_file_goes_on(tmp_path, astronaut_bgr, capsys):
    cv2.imwrite(str(tmp_path / "a.png"), astronaut_bgr)
    (tmp_path / "b.jpg").write_text("broken")
    assert main(["classify", str(tmp_path), "--json"]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert [len(x["persons"]) for x in lines] == [1, 0] and "error" in lines[1]


def test_eval_on_own_labels(tmp_path, astronaut_bgr, capsys):
    cv2.imwrite(str(tmp_path / "a.png"), astronaut_bgr)
    cv2.imwrite(str(tmp_path / "wall.png"), np.full((240, 320, 3), 200, np.uint8))
    (tmp_path / "labels.csv").write_text("path,task,label\na.png,face_expression,face_smiling\n"
                                         "wall.png,face_expression,face_neutral\n")
    assert main(["eval", "--labels", str(tmp_path / "labels.csv"), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "face_expression: 2 files, accuracy 0.500" in out
    assert "wall.png: face_neutral -> unknown" in out
